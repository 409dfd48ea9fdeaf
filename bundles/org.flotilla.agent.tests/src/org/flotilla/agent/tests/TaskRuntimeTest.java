package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.flotilla.agent.internal.tasks.OutputLog;
import org.flotilla.agent.tasks.TaskRefusedException;
import org.flotilla.agent.tasks.TaskRuntime;
import org.flotilla.agent.tasks.TaskSettings;
import org.flotilla.agent.tasks.TaskUsage;
import org.flotilla.protocol.tasks.TaskSpec;
import org.flotilla.protocol.tasks.TaskSpec.Isolation;
import org.flotilla.protocol.tasks.TaskSpec.RestartPolicy;
import org.flotilla.protocol.tasks.TaskSpec.TaskKind;
import org.flotilla.protocol.tasks.TaskStatus;
import org.flotilla.protocol.tasks.TaskStatus.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The task runtime with real processes: started, restarted, stopped, fenced, limited, measured and re-adopted. */
class TaskRuntimeTest {

	private static final Duration WAIT = Duration.ofSeconds(15);

	@TempDir
	Path dir;

	private final List<TaskRuntime> runtimes = new ArrayList<>();
	private final String agentGroup = "flotilla-test-" + UUID.randomUUID();

	@BeforeAll
	static void linuxOnly() {
		assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "tasks run on Linux");
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid")),
				"setsid (util-linux) starts tasks");
	}

	@AfterEach
	void cleanUp() {
		java.util.Set<Path> groups = new java.util.LinkedHashSet<>();
		for (TaskRuntime runtime : runtimes) {
			for (TaskStatus status : runtime.status(null)) {
				groups.addAll(runtime.cgroupsOf(status.id()));
			}
			runtime.close();
		}
		// Tasks outlive their agent on purpose: a test kills what it left, then removes their cgroups.
		TaskProcesses.killAll(dir);
		TaskProcesses.removeCgroups(groups);
	}

	private Path data() {
		return dir.resolve("data");
	}

	private TaskRuntime start(TaskSettings settings) throws Exception {
		return start(settings, InstantSource.system());
	}

	private TaskRuntime start(TaskSettings settings, InstantSource clock) throws Exception {
		TaskRuntime runtime = TaskRuntime.start(data(), settings, agentGroup, clock);
		runtimes.add(runtime);
		return runtime;
	}

	private static TaskSettings quick() {
		return new TaskSettings(true, null, 16, Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(2),
				Duration.ofSeconds(60));
	}

	static TaskSpec service(String id, long epoch, String command, String... arguments) {
		return new TaskSpec(id, epoch, TaskKind.SERVICE, command, List.of(arguments), Map.of(), false,
				RestartPolicy.ON_FAILURE, 5, 0, 0, Isolation.KEEP, 10_000);
	}

	static TaskSpec script(String id, long epoch, TaskKind kind, RestartPolicy restart, int maxRestarts, String script) {
		return new TaskSpec(id, epoch, kind, script, List.of(), Map.of(), true, restart, maxRestarts, 0, 0, Isolation.KEEP,
				10_000);
	}

	private static TaskStatus await(TaskRuntime runtime, String id, String what, java.util.function.Predicate<TaskStatus> condition) {
		TaskStatus[] last = new TaskStatus[1];
		Conditions.await(what + " (last: " + last[0] + ")", WAIT, () -> {
			List<TaskStatus> status = runtime.status(id);
			last[0] = status.isEmpty() ? null : status.get(0);
			return last[0] != null && condition.test(last[0]);
		});
		return last[0];
	}

	private static TaskStatus awaitState(TaskRuntime runtime, String id, State state) {
		return await(runtime, id, id + " " + state.wireName(), s -> s.state() == state);
	}

	@Test
	void aServiceRunsInItsOwnSessionWithItsMarkerAndRunTaskIsIdempotent() throws Exception {
		TaskRuntime runtime = start(TaskSettings.DEFAULTS);
		TaskStatus started = runtime.run(service("web-1", 3, "sleep", "300"));
		assertEquals(State.RUNNING, started.state(), started.toString());
		assertTrue(started.pid() > 0);
		assertEquals(3, started.epoch());
		assertTrue(started.startedAt() > 0);

		Conditions.await("the sleep runs", WAIT, () -> TaskProcesses.running(data(), "web-1", "sleep").size() == 1);
		long sleep = TaskProcesses.running(data(), "web-1", "sleep").get(0);
		Path proc = Path.of("/proc", Long.toString(sleep));
		assertEquals("3", TaskProcesses.variable(proc, "FLOTILLA_TASK_EPOCH"));
		assertEquals(runtime.folderOf("web-1").resolve("work").toAbsolutePath(), Files.readSymbolicLink(proc.resolve("cwd")));
		// Its own session, led by the process the agent reports: the agent's death cannot take it down.
		String stat = Files.readString(proc.resolve("stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		assertEquals(Long.toString(started.pid()), fields[3], "session of the sleep is the task's pid");
		assertNotEquals(Long.toString(ProcessHandle.current().pid()), fields[3]);

		TaskStatus again = runtime.run(service("web-1", 3, "sleep", "300"));
		assertEquals(started.pid(), again.pid(), "the same epoch again starts nothing");
		assertEquals(1, TaskProcesses.running(data(), "web-1", "sleep").size());

		TaskStatus stopped = runtime.stop("web-1", 3);
		assertEquals(State.STOPPED, stopped.state(), stopped.toString());
		assertEquals(0, stopped.pid());
		Conditions.await("no process of web-1 left", WAIT, () -> TaskProcesses.of(data(), "web-1").isEmpty());
	}

	@Test
	void aBatchKeepsItsExitCodeAndItsOutput() throws Exception {
		TaskRuntime runtime = start(TaskSettings.DEFAULTS);
		runtime.run(script("job-1", 1, TaskKind.BATCH, RestartPolicy.NEVER, 0, "echo out; echo err >&2; exit 3"));
		TaskStatus done = awaitState(runtime, "job-1", State.EXITED);
		assertEquals(3, done.exitCode());
		assertEquals(0, done.pid());
		assertTrue(done.reason().contains("exited with code 3"), done.reason());
		OutputLog.Tail tail = runtime.log("job-1", 10);
		assertEquals("out\nerr\n", tail.text());
		assertFalse(tail.truncated());

		runtime.run(script("job-2", 1, TaskKind.BATCH, RestartPolicy.ON_FAILURE, 3, "exit 0"));
		TaskStatus ok = awaitState(runtime, "job-2", State.EXITED);
		assertEquals(0, ok.exitCode());
		assertEquals(0, ok.restarts(), "a batch that succeeded is not run again");
		// Asked again for the same assignment, a finished batch does not run twice.
		assertEquals(State.EXITED, runtime.run(script("job-2", 1, TaskKind.BATCH, RestartPolicy.ON_FAILURE, 3, "exit 0")).state());

		// The arguments are never read by a shell: a ; or $(...) in one is just text.
		runtime.run(new TaskSpec("job-3", 1, TaskKind.BATCH, "/bin/echo", List.of("a;b", "$(id)", "*"), Map.of("X", "1"),
				false, RestartPolicy.NEVER, 0, 0, 0, Isolation.KEEP, 0));
		awaitState(runtime, "job-3", State.EXITED);
		assertEquals("a;b $(id) *\n", runtime.log("job-3", 10).text());
	}

	@Test
	void aFailingServiceIsRestartedWithBackOffUntilItGivesUp() throws Exception {
		TaskRuntime runtime = start(quick());
		BlockingQueue<TaskStatus> events = new LinkedBlockingQueue<>();
		runtime.addListener(events::add);
		long before = System.nanoTime();
		runtime.run(script("flaky", 1, TaskKind.SERVICE, RestartPolicy.ON_FAILURE, 2, "exit 7"));
		TaskStatus failed = awaitState(runtime, "flaky", State.FAILED);
		long tookMillis = (System.nanoTime() - before) / 1_000_000;
		assertEquals(7, failed.exitCode());
		assertEquals(2, failed.restarts());
		assertTrue(failed.reason().startsWith("gave up after 2 restarts in a row"), failed.reason());
		// Back-off 300 ms, then 600 ms.
		assertTrue(tookMillis >= 900, "back-off waited: " + tookMillis + " ms");
		List<State> states = new ArrayList<>();
		for (TaskStatus s; (s = events.poll(1, TimeUnit.SECONDS)) != null;) {
			states.add(s.state());
			if (s.state() == State.FAILED) {
				break;
			}
		}
		assertEquals(List.of(State.RUNNING, State.RESTARTING, State.RUNNING, State.RESTARTING, State.RUNNING, State.FAILED),
				states);
	}

	/** A script that counts its runs in its working directory (kept across runs) and prints "run N". */
	private static String counting(String rest) {
		return "n=$(cat runs 2>/dev/null || echo 0); n=$((n+1)); echo $n > runs; echo run $n; " + rest;
	}

	@Test
	void aBatchIsRetriedOnFailureUntilItSucceedsOrReachesItsLimit() throws Exception {
		TaskRuntime runtime = start(quick());
		// Fails twice (code 4), then succeeds: retried, and done once it succeeded.
		runtime.run(script("retried", 1, TaskKind.BATCH, RestartPolicy.ON_FAILURE, 3, counting("[ $n -ge 3 ] || exit 4")));
		TaskStatus done = awaitState(runtime, "retried", State.EXITED);
		assertEquals(0, done.exitCode(), done.toString());
		assertEquals(2, done.restarts(), done.toString());
		assertEquals("run 1\nrun 2\nrun 3\n", runtime.log("retried", 10).text(), "ran three times, no more");

		// Always failing: run once and retried maxRestarts times, then failed with its last exit code.
		runtime.run(script("hopeless", 1, TaskKind.BATCH, RestartPolicy.ON_FAILURE, 2, counting("exit 5")));
		TaskStatus failed = awaitState(runtime, "hopeless", State.FAILED);
		assertEquals(5, failed.exitCode(), failed.toString());
		assertEquals(2, failed.restarts(), failed.toString());
		assertTrue(failed.reason().startsWith("gave up after 2 restarts in a row"), failed.reason());
		assertEquals("run 1\nrun 2\nrun 3\n", runtime.log("hopeless", 10).text());

		// Policy never: a failing batch runs once and keeps its code.
		runtime.run(script("once", 1, TaskKind.BATCH, RestartPolicy.NEVER, 3, counting("exit 6")));
		TaskStatus once = awaitState(runtime, "once", State.EXITED);
		assertEquals(6, once.exitCode());
		assertEquals(0, once.restarts());
		assertTrue(once.reason().contains("(restart: never)"), once.reason());
		assertEquals("run 1\n", runtime.log("once", 10).text());
	}

	@Test
	void aServiceThatExitsCleanlyIsRestartedUnderAlwaysAndNotUnderOnFailure() throws Exception {
		TaskRuntime runtime = start(quick());
		// Exits 0 on its first run, then stays up.
		String script = counting("[ $n -ge 2 ] && exec sleep 300; exit 0");
		runtime.run(script("always", 1, TaskKind.SERVICE, RestartPolicy.ALWAYS, 3, script));
		TaskStatus again = await(runtime, "always", "restarted after exiting 0 and running",
				s -> s.state() == State.RUNNING && s.restarts() == 1);
		assertTrue(again.pid() > 0);
		Conditions.await("its second run's sleep runs", WAIT, () -> TaskProcesses.running(data(), "always", "sleep").size() == 1);
		assertEquals("run 1\nrun 2\n", runtime.log("always", 10).text(), "run twice: once exited 0, once up");

		runtime.run(script("onfailure", 1, TaskKind.SERVICE, RestartPolicy.ON_FAILURE, 3, script));
		TaskStatus exited = awaitState(runtime, "onfailure", State.EXITED);
		assertEquals(0, exited.exitCode());
		assertEquals(0, exited.restarts(), "a clean exit is not a failure");
		assertEquals("run 1\n", runtime.log("onfailure", 10).text());
	}

	@Test
	void stopEndsTheWholeTreeEvenAChildThatIgnoresSigterm() throws Exception {
		TaskRuntime runtime = start(quick());
		// A child in the background, one that ignores SIGTERM, and the script waiting for both.
		runtime.run(script("tree", 1, TaskKind.SERVICE, RestartPolicy.ALWAYS, 5,
				"sleep 300 & (trap '' TERM; exec sleep 301) & wait"));
		Conditions.await("both sleeps run", WAIT, () -> TaskProcesses.running(data(), "tree", "sleep").size() == 2);
		TaskStatus stopped = runtime.stop("tree", 1);
		// SIGKILL follows after the grace of 1 s (quick settings) for the one that ignores SIGTERM.
		Conditions.await("no process of the task left", WAIT, () -> TaskProcesses.of(data(), "tree").isEmpty());
		TaskStatus after = awaitState(runtime, "tree", State.STOPPED);
		assertEquals("stopped by a console", after.reason(), stopped + " then " + after);
		Thread.sleep(700); // longer than the back-off: a stopped task must not come back
		assertEquals(State.STOPPED, runtime.status("tree").get(0).state());
		assertTrue(TaskProcesses.of(data(), "tree").isEmpty());
	}

	@Test
	void olderEpochsAreRefusedAndANewerStopFencesTheInstance() throws Exception {
		TaskRuntime runtime = start(TaskSettings.DEFAULTS);
		TaskStatus five = runtime.run(service("db", 5, "sleep", "300"));
		TaskRefusedException stale = assertThrows(TaskRefusedException.class, () -> runtime.run(service("db", 4, "sleep", "300")));
		assertEquals("stale epoch 4 for task 'db': this agent has seen epoch 5", stale.getMessage());
		assertThrows(TaskRefusedException.class, () -> runtime.stop("db", 3));
		assertEquals(five.pid(), runtime.status("db").get(0).pid(), "refusals leave it running");

		// A newer epoch runs elsewhere: this copy is fenced.
		TaskStatus fenced = runtime.stop("db", 6);
		assertEquals(State.STOPPED, fenced.state());
		assertEquals("fenced: epoch 6 of this task runs elsewhere", fenced.reason());
		Conditions.await("the fenced copy ended", WAIT, () -> TaskProcesses.of(data(), "db").isEmpty());
		TaskRefusedException late = assertThrows(TaskRefusedException.class, () -> runtime.run(service("db", 5, "sleep", "300")));
		assertTrue(late.getMessage().contains("has seen epoch 6"), late.getMessage());

		// The epoch survives the agent.
		runtime.close();
		TaskRuntime next = start(TaskSettings.DEFAULTS);
		assertThrows(TaskRefusedException.class, () -> next.run(service("db", 5, "sleep", "300")));
		// A run at a newer epoch replaces whatever runs (stop, then start).
		TaskStatus seven = next.run(service("db", 7, "sleep", "300"));
		assertEquals(7, seven.epoch());
		TaskStatus eight = next.run(service("db", 8, "sleep", "301"));
		assertEquals(8, eight.epoch());
		TaskStatus replaced = await(next, "db", "epoch 8 running", s -> s.state() == State.RUNNING && s.pid() != seven.pid());
		assertEquals(8, replaced.epoch());
		Conditions.await("only epoch 8's process", WAIT, () -> TaskProcesses.running(data(), "db", "sleep").size() == 1);
		long left = TaskProcesses.running(data(), "db", "sleep").get(0);
		assertEquals("8", TaskProcesses.variable(Path.of("/proc", Long.toString(left)), "FLOTILLA_TASK_EPOCH"));
	}

	@Test
	void badCommandsAreRefusedSayingWhich() throws Exception {
		TaskRuntime runtime = start(TaskSettings.DEFAULTS);
		TaskRefusedException missing = assertThrows(TaskRefusedException.class,
				() -> runtime.run(service("x", 1, "flotilla-no-such-program")));
		assertTrue(missing.getMessage().contains("'command' flotilla-no-such-program is not absolute and not found on PATH"),
				missing.getMessage());
		TaskRefusedException relative = assertThrows(TaskRefusedException.class, () -> runtime.run(service("x", 1, "./run.sh")));
		assertTrue(relative.getMessage().contains("must be absolute"), relative.getMessage());
		assertTrue(runtime.status(null).isEmpty(), "nothing recorded for a refused task");
		assertThrows(IllegalArgumentException.class, () -> service("..", 1, "sleep", "1"), "'..' is no task id");
	}

	@Test
	void aReAdoptedTaskKeepsItsPidAndIsNotDuplicated() throws Exception {
		TaskRuntime first = start(TaskSettings.DEFAULTS);
		TaskStatus running = first.run(service("svc", 2, "sleep", "300"));
		Conditions.await("the sleep runs", WAIT, () -> TaskProcesses.running(data(), "svc", "sleep").size() == 1);
		first.close(); // as good as kill -9 for the tasks: they do not depend on the agent

		TaskRuntime second = start(TaskSettings.DEFAULTS);
		TaskStatus adopted = second.status("svc").get(0);
		assertEquals(State.RUNNING, adopted.state());
		assertEquals(running.pid(), adopted.pid(), "the same process, adopted");
		assertEquals(1, TaskProcesses.running(data(), "svc", "sleep").size(), "nothing duplicated");

		// Stopping an adopted task (the agent is not its parent) works the same.
		assertEquals(State.STOPPED, second.stop("svc", 2).state());
		Conditions.await("the adopted task ended", WAIT, () -> TaskProcesses.of(data(), "svc").isEmpty());
	}

	@Test
	void aTaskThatDiedWhileTheAgentWasAwayIsStartedAgainAndARecycledPidIsNotAdopted() throws Exception {
		TaskRuntime first = start(TaskSettings.DEFAULTS);
		TaskStatus died = first.run(service("gone", 1, "sleep", "300"));
		TaskStatus recycled = first.run(service("recycled", 1, "sleep", "300"));
		first.close();
		// While the agent is away: one task is killed, and the other's pid now belongs to another process.
		ProcessHandle.of(died.pid()).ifPresent(ProcessHandle::destroyForcibly);
		TaskProcesses.killAll(data());
		Conditions.await("the tasks are dead", WAIT, () -> TaskProcesses.of(data(), null).isEmpty());
		Process stranger = new ProcessBuilder("sleep", "300").start();
		try {
			Path record = data().resolve("tasks/recycled/task.properties");
			String text = Files.readString(record).replaceAll("(?m)^pid=\\d+$", "pid=" + stranger.pid());
			Files.writeString(record, text);

			TaskRuntime second = start(quick());
			TaskStatus again = await(second, "gone", "gone running again", s -> s.state() == State.RUNNING && s.pid() > 0);
			assertNotEquals(died.pid(), again.pid());
			TaskStatus fresh = await(second, "recycled", "recycled running", s -> s.state() == State.RUNNING && s.pid() > 0);
			assertNotEquals(stranger.pid(), fresh.pid(), "another process with the pid is not the task");
			assertTrue(stranger.isAlive(), "and it is left alone");
			Conditions.await("one sleep each", WAIT, () -> TaskProcesses.running(data(), "gone", "sleep").size() == 1
					&& TaskProcesses.running(data(), "recycled", "sleep").size() == 1);
		} finally {
			stranger.destroyForcibly();
		}
	}

	@Test
	void aTaskGetsItsOwnCgroupWithItsLimitsAndItIsRemovedWhenTheTaskIsGone() throws Exception {
		TaskRuntime runtime = start(TaskSettings.DEFAULTS);
		assumeTrue(!runtime.limitsDescription().startsWith("not enforced"),
				"this host has no cgroup the agent can use: " + runtime.limitsDescription());
		TaskSpec limited = new TaskSpec("capped", 1, TaskKind.SERVICE, "sleep", List.of("300"), Map.of(), false,
				RestartPolicy.NEVER, 0, 0.5, 64, Isolation.KEEP, 0);
		TaskStatus status = runtime.run(limited);
		List<Path> groups = runtime.cgroupsOf("capped");
		assertFalse(groups.isEmpty());
		Conditions.await("the sleep runs", WAIT, () -> TaskProcesses.running(data(), "capped", "sleep").size() == 1);
		long sleep = TaskProcesses.running(data(), "capped", "sleep").get(0);
		String membership = Files.readString(Path.of("/proc", Long.toString(sleep), "cgroup"));
		if (runtime.limitsDescription().equals("cgroup v1")) {
			Path cpu = groups.get(0);
			Path memory = groups.get(1);
			assertEquals("50000", Files.readString(cpu.resolve("cpu.cfs_quota_us")).trim());
			assertEquals("100000", Files.readString(cpu.resolve("cpu.cfs_period_us")).trim());
			assertEquals(Long.toString(64L << 20), Files.readString(memory.resolve("memory.limit_in_bytes")).trim());
			assertTrue(Files.readString(memory.resolve("cgroup.procs")).contains(Long.toString(sleep)));
			assertTrue(Files.readString(memory.resolve("cgroup.procs")).contains(Long.toString(status.pid())));
		} else {
			Path group = groups.get(0);
			assertEquals("50000 100000", Files.readString(group.resolve("cpu.max")).trim());
			assertEquals(Long.toString(64L << 20), Files.readString(group.resolve("memory.max")).trim());
		}
		assertTrue(membership.contains("task-capped"), membership);
		runtime.stop("capped", 1);
		Conditions.await("the task's cgroups are removed", WAIT, () -> {
			runtime.sample(); // retries a removal that met a process still leaving
			return groups.stream().noneMatch(Files::exists);
		});
	}

	@Test
	void withLimitsOffOrNoCgroupTheRuntimeSaysWhyTheyAreNotEnforced() throws Exception {
		TaskRuntime off = start(TaskSettings.DEFAULTS.withLimits(false, null, 16));
		assertEquals("not enforced: tasks.limits is off in the agent's configuration", off.limitsDescription());
		off.run(service("free", 1, "sleep", "300"));
		assertTrue(off.cgroupsOf("free").isEmpty());
		off.stop("free", 1);
		off.close();
		Path nowhere = dir.resolve("no-cgroups");
		Files.createDirectories(nowhere);
		TaskRuntime none = start(TaskSettings.DEFAULTS.withLimits(true, nowhere, 16));
		assertEquals("not enforced: no cgroup v2 and no cgroup v1 cpu and memory hierarchies at " + nowhere
				+ " (tasks.cgroup.root)", none.limitsDescription());
		// A cgroup v2 tree without the controllers (this project's machine mounts one beside its v1 hierarchies).
		Path unified = Path.of("/sys/fs/cgroup/unified");
		if (Files.isRegularFile(unified.resolve("cgroup.controllers"))
				&& !Files.readString(unified.resolve("cgroup.controllers")).contains("memory")) {
			TaskRuntime bare = start(TaskSettings.DEFAULTS.withLimits(true, unified, 16));
			assertTrue(bare.limitsDescription().startsWith("not enforced: cgroup v2 at " + unified
					+ " (tasks.cgroup.root) offers no cpu and memory controllers"), bare.limitsDescription());
		}
	}

	/** A service that stops on its isolation, ignoring SIGTERM (so that only the SIGKILL ends it). */
	private static TaskSpec isolated(String id, Isolation isolation, long graceMillis) {
		return new TaskSpec(id, 1, TaskKind.SERVICE, "trap '' TERM; exec sleep 300", List.of(), Map.of(), true,
				RestartPolicy.ALWAYS, 5, 0, 0, isolation, graceMillis);
	}

	@Test
	void isolationStopsAServiceOnlyOnceNoCommandingConsoleWasHeardFromForLongerThanItsGrace() throws Exception {
		MutableClock clock = new MutableClock(java.time.Instant.now());
		TaskRuntime runtime = start(TaskSettings.DEFAULTS, clock);
		AtomicReference<Optional<Duration>> heard = new AtomicReference<>(Optional.empty());
		runtime.watchConsoles(heard::get);
		runtime.run(isolated("eager", Isolation.STOP, 0));
		runtime.run(isolated("patient", Isolation.STOP, 5_000));
		runtime.run(isolated("kept", Isolation.KEEP, 0));
		Conditions.await("the three sleeps run", WAIT, () -> TaskProcesses.running(data(), null, "sleep").size() == 3);
		clock.advance(Duration.ofMinutes(1));

		// A console heard from 3.999 s ago is present: nothing is isolated, not even with a grace of 0.
		heard.set(Optional.of(Duration.ofMillis(3_999)));
		runtime.sample();
		for (String id : List.of("eager", "patient", "kept")) {
			TaskStatus status = runtime.status(id).get(0);
			assertEquals(State.RUNNING, status.state(), id + ": " + status);
			assertFalse(status.reason().startsWith("stopping"), id + ": " + status);
		}

		// 4 s: no longer present. A grace of 0 is over, one of 5 s is not.
		clock.advance(Duration.ofMillis(1));
		heard.set(Optional.of(Duration.ofMillis(4_000)));
		long isolatedAt = System.nanoTime();
		runtime.sample();
		assertEquals("stopping: isolated: no console for 4 s", runtime.status("eager").get(0).reason());
		assertEquals(State.RUNNING, runtime.status("patient").get(0).state());
		assertFalse(runtime.status("patient").get(0).reason().startsWith("stopping"));
		// It ignores SIGTERM: the SIGKILL follows 2 s later, not after the 10 s of a console's stop.
		Conditions.await("the isolated copy is gone", Duration.ofSeconds(8), () -> TaskProcesses.of(data(), "eager").isEmpty());
		long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - isolatedAt);
		assertTrue(tookMillis >= 1_950 && tookMillis < 8_000, "SIGKILL 2 s after SIGTERM, took " + tookMillis + " ms");
		awaitState(runtime, "eager", State.STOPPED);

		// Quiet exactly as long as the grace: not yet (the grace must be over, strictly); a millisecond more: isolated.
		clock.advance(Duration.ofMillis(1_000));
		heard.set(Optional.of(Duration.ofMillis(5_000)));
		runtime.sample();
		assertFalse(runtime.status("patient").get(0).reason().startsWith("stopping"), runtime.status("patient").toString());
		clock.advance(Duration.ofMillis(1));
		heard.set(Optional.empty()); // its connection closed too: the quiet counts from when it was last heard from
		runtime.sample();
		assertEquals("stopping: isolated: no console for 5 s", runtime.status("patient").get(0).reason());
		awaitState(runtime, "patient", State.STOPPED);
		assertEquals(State.RUNNING, runtime.status("kept").get(0).state(), "isolation=keep leaves it running");

		// A console is back: isolated tasks are not started again by themselves, only by a new run-task.
		heard.set(Optional.of(Duration.ZERO));
		runtime.sample();
		assertEquals(State.STOPPED, runtime.status("eager").get(0).state(), "not started again by itself");
		assertEquals(State.RUNNING, runtime.run(isolated("eager", Isolation.STOP, 0)).state(), "a new run-task starts it");
		runtime.sample();
		assertEquals(State.RUNNING, runtime.status("eager").get(0).state(), "a console is present: it stays");
	}

	@Test
	void aRunTaskHandledAfterTheStopTaskOfItsEpochIsRefused() throws Exception {
		TaskRuntime runtime = start(TaskSettings.DEFAULTS);
		// The console sent run-task 3 then stop-task 3; the agent's two request threads took the stop first.
		TaskStatus stopped = runtime.stop("late", 3);
		assertEquals(State.STOPPED, stopped.state());
		assertEquals("stopped before it ran here", stopped.reason());
		String refusal = "task 'late' was stopped at epoch 3 before it ever ran here: running it needs a newer epoch than 3";
		assertEquals(refusal, assertThrows(TaskRefusedException.class, () -> runtime.checkRun("late", 3)).getMessage(),
				"what the endpoint checks before it audits the request as accepted");
		assertEquals(refusal,
				assertThrows(TaskRefusedException.class, () -> runtime.run(service("late", 3, "sleep", "300"))).getMessage());
		runtime.checkEpoch("late", 3); // another stop of that epoch is fine
		assertTrue(TaskProcesses.of(data(), "late").isEmpty(), "nothing ran");

		runtime.close();
		TaskRuntime next = start(TaskSettings.DEFAULTS);
		assertThrows(TaskRefusedException.class, () -> next.run(service("late", 3, "sleep", "300")), "journaled");
		assertEquals(State.RUNNING, next.run(service("late", 4, "sleep", "300")).state(), "a newer epoch runs");
	}

	@Test
	void afterTheGraceEveryLookAtAStoppingTaskKillsWhatIsLeftEvenWhatAppearedLater() throws Exception {
		TaskRuntime runtime = start(quick()); // SIGKILL 1 s after SIGTERM
		assumeTrue(runtime.limitsDescription().equals("cgroup v1"), "needs cgroup v1 (its freezer): "
				+ runtime.limitsDescription());
		Path freezer = Path.of("/sys/fs/cgroup/freezer");
		assumeTrue(Files.isWritable(freezer), "needs a writable cgroup v1 freezer");
		// A frozen process does not die of a SIGKILL until it is thawed: it keeps the stop going past its grace.
		Path frozen = Files.createDirectory(freezer.resolve(agentGroup + "-frozen"));
		Process late = null;
		try {
			runtime.run(service("stuck", 1, "sleep", "300"));
			Conditions.await("the sleep runs", WAIT, () -> TaskProcesses.running(data(), "stuck", "sleep").size() == 1);
			long sleep = TaskProcesses.running(data(), "stuck", "sleep").get(0);
			Files.writeString(frozen.resolve("cgroup.procs"), Long.toString(sleep));
			Files.writeString(frozen.resolve("freezer.state"), "FROZEN");
			Conditions.await("frozen", WAIT, () -> read(frozen.resolve("freezer.state")).equals("FROZEN"));

			long stopAt = System.nanoTime();
			runtime.stop("stuck", 1);
			// Not a wait for luck: the process below must appear after the SIGKILL of the grace (1 s) went out.
			Thread.sleep(Math.max(0, 2_000 - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopAt)));
			assertTrue(runtime.status("stuck").get(0).reason().startsWith("stopping: "), "the frozen sleep holds the stop");

			// A process of the task that appears now (here: one put into its cgroup) is killed at the next look.
			late = new ProcessBuilder("sleep", "301").directory(data().toFile()).start();
			for (Path group : runtime.cgroupsOf("stuck")) {
				Files.writeString(group.resolve("cgroup.procs"), Long.toString(late.pid()));
			}
			Process joined = late;
			Conditions.await("the late process is killed", WAIT, () -> !joined.isAlive());

			Files.writeString(frozen.resolve("freezer.state"), "THAWED");
			TaskStatus after = awaitState(runtime, "stuck", State.STOPPED);
			assertEquals("stopped by a console", after.reason());
			assertTrue(TaskProcesses.of(data(), "stuck").isEmpty());
		} finally {
			Files.writeString(frozen.resolve("freezer.state"), "THAWED");
			if (late != null) {
				late.destroyForcibly();
			}
			Conditions.await("the freezer group is empty", WAIT, () -> read(frozen.resolve("cgroup.procs")).isEmpty());
			Files.delete(frozen);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file).trim();
		} catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
	}

	@Test
	void aCpuBurnerIsMeasuredAndItsUsageKeptInItsHistory() throws Exception {
		TaskRuntime runtime = start(TaskSettings.DEFAULTS);
		runtime.run(script("burner", 1, TaskKind.SERVICE, RestartPolicy.NEVER, 0, "while :; do :; done"));
		runtime.sample(); // the baseline
		double[] cores = { 0 };
		long[] memory = { 0 };
		Conditions.await("the burner uses more than 0.3 cores", WAIT, () -> {
			try {
				Thread.sleep(500);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			for (TaskUsage usage : runtime.sample()) {
				if (usage.taskId().equals("burner")) {
					cores[0] = usage.cpuCores();
					memory[0] = usage.memoryBytes();
				}
			}
			return cores[0] > 0.3;
		});
		assertTrue(memory[0] > 0, "resident memory: " + memory[0]);
		long now = System.currentTimeMillis();
		var history = runtime.history("burner", org.flotilla.agent.HistoryQuery.between(
				java.time.Instant.ofEpochMilli(now - 60_000), java.time.Instant.ofEpochMilli(now + 1000)));
		assertFalse(history.points().isEmpty(), "the usage is on disk");
		assertTrue(history.points().stream().anyMatch(p -> p.max().hostCpu() > 0.3), "cores in the history");
		assertTrue(Files.isDirectory(runtime.folderOf("burner").resolve("history")));
	}

	@Test
	void withoutCgroupsABurnerIsMeasuredOverItsSession() throws Exception {
		TaskRuntime runtime = start(TaskSettings.DEFAULTS.withLimits(false, null, 16));
		// The busy loop is a child of the script, which is a child of the wrapper: the whole session counts.
		runtime.run(script("burner", 1, TaskKind.SERVICE, RestartPolicy.NEVER, 0, "sh -c 'while :; do :; done'"));
		runtime.sample();
		double[] cores = { 0 };
		Conditions.await("the burner uses more than 0.3 cores", WAIT, () -> {
			try {
				Thread.sleep(300);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			runtime.sample().stream().filter(u -> u.taskId().equals("burner")).forEach(u -> cores[0] = u.cpuCores());
			return cores[0] > 0.3;
		});
	}

	@Test
	void theOutputIsRotatedAndItsTailIsBounded() throws Exception {
		TaskRuntime runtime = start(TaskSettings.DEFAULTS);
		// 2,000 lines of 1 KiB: more than the rotation size; then it waits.
		runtime.run(script("chatty", 1, TaskKind.SERVICE, RestartPolicy.NEVER, 0,
				"i=0; line=$(printf '%01000d' 0); while [ $i -lt 2000 ]; do echo \"$i $line\"; i=$((i+1)); done; exec sleep 300"));
		Path output = runtime.folderOf("chatty").resolve("output.log");
		Conditions.await("all lines written", WAIT, () -> {
			try {
				return Files.size(output) + (Files.exists(OutputLog.older(output)) ? Files.size(OutputLog.older(output)) : 0)
						>= 2000L * 1006 || Files.readString(output).contains("1999 ");
			} catch (java.io.IOException e) {
				return false;
			}
		});
		runtime.sample();
		assertTrue(Files.size(output) <= OutputLog.ROTATE_BYTES, "rotated: " + Files.size(output));
		assertTrue(Files.size(OutputLog.older(output)) <= OutputLog.ROTATE_BYTES);
		OutputLog.Tail tail = runtime.log("chatty", 1000);
		assertTrue(tail.truncated());
		assertTrue(tail.text().length() <= OutputLog.TAIL_BYTES, "at most 64 KiB: " + tail.text().length());
		assertTrue(tail.text().endsWith(" " + "0".repeat(1000) + "\n") && tail.text().contains("\n1999 "), "the newest lines");
		OutputLog.Tail two = runtime.log("chatty", 2);
		assertEquals(2, two.text().split("\n").length);
		assertTrue(two.text().startsWith("1998 "), two.text().substring(0, 10));
	}
}
