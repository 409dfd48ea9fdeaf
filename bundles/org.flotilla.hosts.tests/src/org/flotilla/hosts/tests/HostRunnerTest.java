package org.flotilla.hosts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.flotilla.hosts.HostAccess;
import org.flotilla.hosts.HostCheck;
import org.flotilla.hosts.HostConnection;
import org.flotilla.hosts.HostRunner;
import org.flotilla.hosts.InstallOptions;
import org.flotilla.hosts.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Many hosts at once: bounded parallelism, progress and an outcome per host, cancellation. */
class HostRunnerTest {

	private static SshFixture ssh;

	@BeforeAll
	static void start() throws Exception {
		ssh = SshFixture.start();
	}

	@AfterAll
	static void stop() throws Exception {
		ssh.close();
	}

	@Test
	void checksManyHostsTwoAtATimeWithAnOutcomePerHost() throws Exception {
		List<HostAccess> hosts = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			hosts.add(i % 2 == 0 ? ssh.root() : ssh.userWithPassword());
		}
		int closed = TestSshd.freePort();
		hosts.add(2, HostAccess.keyFile("127.0.0.1", closed, "root", ssh.rootKey, null));
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		ConcurrentHashMap<String, List<String>> progress = new ConcurrentHashMap<>();
		ProgressListener listener = new ProgressListener() {
			@Override
			public void stepStarted(HostAccess host, String step) {
				progress.computeIfAbsent(host.label(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
						.add("start " + step);
			}

			@Override
			public void stepFinished(HostAccess host, String step, String detail) {
				progress.get(host.label()).add("done " + step);
			}

			@Override
			public void stepFailed(HostAccess host, String step, String error) {
				progress.get(host.label()).add("failed " + step);
			}
		};
		HostRunner.Batch<HostCheck> batch = new HostRunner(2).start(hosts, (host, steps, cancelled) -> {
			most.accumulateAndGet(running.incrementAndGet(), Math::max);
			steps.stepStarted(host, "check");
			try (HostConnection c = ssh.open(host)) {
				HostCheck check = HostCheck.run(c, InstallOptions.defaults(), 7443);
				steps.stepFinished(host, "check", check.plan().description());
				return check;
			} catch (Exception e) {
				steps.stepFailed(host, "check", e.getMessage());
				throw e;
			} finally {
				running.decrementAndGet();
			}
		}, listener);
		assertTrue(batch.await(Duration.ofSeconds(120)), "all hosts done");
		List<HostRunner.Outcome<HostCheck>> outcomes = batch.outcomes();
		assertEquals(6, outcomes.size());
		assertTrue(most.get() <= 2, "at most 2 at once, saw " + most.get());
		for (int i = 0; i < 6; i++) {
			HostRunner.Outcome<HostCheck> outcome = outcomes.get(i);
			assertEquals(hosts.get(i), outcome.host());
			if (i == 2) {
				assertEquals(HostRunner.Status.FAILED, outcome.status());
				assertTrue(outcome.error().startsWith("cannot reach 127.0.0.1:" + closed), outcome.error());
			} else {
				assertEquals(HostRunner.Status.DONE, outcome.status(), String.valueOf(outcome.error()));
				assertTrue(outcome.result().reachable());
			}
		}
		assertEquals(List.of("start check", "failed check"), progress.get(hosts.get(2).label()));
		assertTrue(progress.get(ssh.root().label()).contains("done check"));
	}

	@Test
	void cancellingSkipsTheHostsNotStartedAndTellsTheRunningOnes() throws Exception {
		List<HostAccess> hosts = List.of(ssh.root(), ssh.root(), ssh.root(), ssh.root());
		CountDownLatch firstRunning = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		HostRunner.Batch<String> batch = new HostRunner(1).start(hosts, (host, steps, cancelled) -> {
			firstRunning.countDown();
			assertTrue(release.await(30, TimeUnit.SECONDS));
			return cancelled.getAsBoolean() ? "saw the cancel" : "not cancelled";
		}, ProgressListener.NONE);
		assertTrue(firstRunning.await(30, TimeUnit.SECONDS));
		batch.cancel();
		release.countDown();
		assertTrue(batch.await(Duration.ofSeconds(30)));
		List<HostRunner.Outcome<String>> outcomes = batch.outcomes();
		assertEquals(HostRunner.Status.DONE, outcomes.get(0).status());
		assertEquals("saw the cancel", outcomes.get(0).result());
		for (int i = 1; i < 4; i++) {
			assertEquals(HostRunner.Status.CANCELLED, outcomes.get(i).status());
		}
	}
}
