package org.flotilla.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.flotilla.console.core.LocalPoolAuthority;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.tasks.TaskOperations;
import org.flotilla.protocol.tasks.TaskSpec;
import org.flotilla.protocol.tasks.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task outlives its agent: the real agent process of the built distribution is killed with SIGKILL while it runs a
 * task, the task goes on, and the agent started again on the same data directory re-adopts the same process instead
 * of starting a second one.
 */
class TaskSurvivalIntegrationTest {

	@TempDir
	Path dir;

	private final List<Process> agents = new ArrayList<>();

	@AfterEach
	void stopEverything() throws InterruptedException {
		for (Process agent : agents) {
			agent.destroyForcibly();
			agent.waitFor(10, TimeUnit.SECONDS);
		}
		for (long pid : taskProcesses("sleeper")) {
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	@Test
	void aTaskSurvivesKillMinus9OfItsAgentAndIsReAdoptedNotDuplicated() throws Exception {
		assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "tasks run on Linux");
		Path agentHome = AgentProcesses.home();
		LocalPoolAuthority identity = LocalPoolAuthority.openOrCreate(dir.resolve("workspace"), "integration pool");
		Path data = dir.resolve("data");
		identity.issueAgent("survivor", data);
		int port = AgentProcesses.freePort();
		Path config = data.resolve("agent.properties");
		AgentProcesses.configure(config, "survivor", port, data, "report.interval = 500ms");
		TaskSpec spec = new TaskSpec("sleeper", 4, TaskSpec.TaskKind.SERVICE, "sleep", List.of("300"), Map.of(), false,
				TaskSpec.RestartPolicy.ON_FAILURE, 3, 0, 0, TaskSpec.Isolation.KEEP, 60_000);

		Process first = AgentProcesses.start(agentHome, config);
		agents.add(first);
		long pid;
		try (ProtocolClient console = connect(identity, port, config)) {
			Message.Response ran = console.request(TaskOperations.RUN, 0, spec.toArguments("it")).get(30, TimeUnit.SECONDS);
			assertEquals(Message.Response.Status.OK, ran.status(), ran.detail());
			pid = Long.parseLong(ran.values().get("pid"));
		}
		waitUntil("the task's sleep runs", () -> taskProcesses("sleeper").size() == 2, config); // wrapper and sleep

		new ProcessBuilder("kill", "-9", Long.toString(first.pid())).inheritIO().start().waitFor();
		assertTrue(first.waitFor(30, TimeUnit.SECONDS), "the agent died");
		assertEquals(137, first.exitValue(), "killed by SIGKILL");
		assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the task lives on without its agent");

		Process second = AgentProcesses.start(agentHome, config);
		agents.add(second);
		try (ProtocolClient console = connect(identity, port, config)) {
			Message.Response answer = console.request(TaskOperations.STATUS, 0, Map.of("task", "sleeper")).get(30,
					TimeUnit.SECONDS);
			List<TaskStatus> statuses = TaskStatus.fromValues(answer.values());
			assertEquals(1, statuses.size(), answer.values().toString());
			assertEquals(TaskStatus.State.RUNNING, statuses.get(0).state());
			assertEquals(pid, statuses.get(0).pid(), "the same process, re-adopted");
			assertEquals(4, statuses.get(0).epoch());
			assertEquals(2, taskProcesses("sleeper").size(), "nothing duplicated");

			Message.Response stopped = console.request(TaskOperations.STOP, 0, Map.of("task", "sleeper", "epoch", "4"))
					.get(30, TimeUnit.SECONDS);
			assertEquals(Message.Response.Status.OK, stopped.status(), stopped.detail());
			waitUntil("the re-adopted task is gone", () -> taskProcesses("sleeper").isEmpty(), config);
		}
	}

	private ProtocolClient connect(LocalPoolAuthority identity, int port, Path config) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (true) {
			try {
				return ProtocolClient.builder(new InetSocketAddress("127.0.0.1", port), identity.consoleTls("console-it"),
						PeerKind.CONSOLE, "console-it").expectAgent("survivor").requestTimeout(Duration.ofSeconds(30)).connect();
			} catch (Exception e) {
				if (System.nanoTime() > deadline) {
					throw new AssertionError("the agent does not answer; its log:\n" + AgentProcesses.log(config), e);
				}
				Thread.sleep(100);
			}
		}
	}

	/** The live processes whose environment names the task and whose working directory is in this test's folder. */
	private List<Long> taskProcesses(String taskId) {
		List<Long> pids = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of("/proc"))) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if (!name.chars().allMatch(Character::isDigit)) {
					continue;
				}
				try {
					String stat = Files.readString(entry.resolve("stat"));
					String environ = new String(Files.readAllBytes(entry.resolve("environ")), StandardCharsets.UTF_8);
					if (!stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z")
							&& ("\0" + environ).contains("\0FLOTILLA_TASK_ID=" + taskId + "\0")
							&& Files.readSymbolicLink(entry.resolve("cwd")).startsWith(dir)) {
						pids.add(Long.parseLong(name));
					}
				} catch (IOException | RuntimeException e) {
					// gone meanwhile
				}
			}
		} catch (IOException e) {
			throw new AssertionError(e);
		}
		return pids;
	}

	private static void waitUntil(String what, BooleanSupplier condition, Path config) throws InterruptedException {
		AgentProcesses.waitUntil(what, condition, config, Duration.ofSeconds(30));
	}
}
