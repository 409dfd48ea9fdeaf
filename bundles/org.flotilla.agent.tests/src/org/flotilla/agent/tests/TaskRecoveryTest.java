package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.flotilla.agent.tasks.TaskRuntime;
import org.flotilla.agent.tasks.TaskSettings;
import org.flotilla.protocol.tasks.TaskSpec.RestartPolicy;
import org.flotilla.protocol.tasks.TaskSpec.TaskKind;
import org.flotilla.protocol.tasks.TaskStatus;
import org.flotilla.protocol.tasks.TaskStatus.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agent that dies at the worst moment of a launch or a replacement (its journal edited into what it holds at that
 * moment, with real processes) does not run a task twice, does not run a finished batch again, and does not take an
 * older run for the newer one; and it finds its unrecorded run through a symbolic link to its data directory.
 */
class TaskRecoveryTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

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
		Set<Path> groups = new LinkedHashSet<>();
		for (TaskRuntime runtime : runtimes) {
			for (TaskStatus status : runtime.status(null)) {
				groups.addAll(runtime.cgroupsOf(status.id()));
			}
			runtime.close();
		}
		TaskProcesses.killAll(dir);
		for (Path group : groups) {
			Conditions.await("cgroup " + group + " removed", WAIT, () -> {
				try {
					Files.deleteIfExists(group);
					return true;
				} catch (IOException e) {
					return false;
				}
			});
			try {
				Files.deleteIfExists(group.getParent());
			} catch (IOException e) {
				// another task's group is still in it
			}
		}
	}

	private Path data() {
		return dir.resolve("data");
	}

	private TaskRuntime start(Path data, TaskSettings settings) throws Exception {
		TaskRuntime runtime = TaskRuntime.start(data, settings, agentGroup, InstantSource.system());
		runtimes.add(runtime);
		return runtime;
	}

	private static TaskSettings stopGrace(Duration grace) {
		return new TaskSettings(true, null, 16, grace, Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofSeconds(60));
	}

	private static Properties load(Path file) throws IOException {
		Properties p = new Properties();
		p.load(new StringReader(Files.readString(file)));
		return p;
	}

	/** Rewrites a task's journal record as the agent would have left it at some moment. */
	private static void journal(Path data, String taskId, java.util.function.Consumer<Properties> change) throws IOException {
		Path record = data.resolve("tasks").resolve(taskId).resolve("task.properties");
		Properties p = load(record);
		change.accept(p);
		java.io.StringWriter text = new java.io.StringWriter();
		p.store(text, null);
		Files.writeString(record, text.toString());
	}

	private static TaskStatus await(TaskRuntime runtime, String id, String what, Predicate<TaskStatus> condition) {
		TaskStatus[] last = new TaskStatus[1];
		Conditions.await(what, WAIT, () -> {
			List<TaskStatus> status = runtime.status(id);
			last[0] = status.isEmpty() ? null : status.get(0);
			return last[0] != null && condition.test(last[0]);
		});
		return last[0];
	}

	private static String variable(long pid, String name) throws IOException {
		return TaskProcesses.variable(Path.of("/proc", Long.toString(pid)), name);
	}

	@Test
	void theJournalNamesEachRunBeforeItsProcessRuns() throws Exception {
		TaskRuntime runtime = start(data(), TaskSettings.DEFAULTS);
		// The task reads its own journal record the moment it runs.
		String script = "cp ../task.properties journal-at-start; exec sleep 300";
		TaskStatus one = runtime.run(TaskRuntimeTest.script("journal", 1, TaskKind.SERVICE, RestartPolicy.ALWAYS, 5, script));
		Path seen = runtime.folderOf("journal").resolve("work/journal-at-start");
		Conditions.await("epoch 1 runs", WAIT, () -> TaskProcesses.running(data(), "journal", "sleep").size() == 1);
		long sleep = TaskProcesses.running(data(), "journal", "sleep").get(0);
		String run = variable(sleep, "FLOTILLA_TASK_RUN");
		assertNotNull(run, "the run's nonce is in the task's environment");
		Properties atStart = load(seen);
		assertEquals(run, atStart.getProperty("run"), "journaled before the process ran: " + atStart);
		assertTrue(List.of("0", Long.toString(one.pid())).contains(atStart.getProperty("pid")), atStart.toString());

		// A replacement: epoch 2's process finds its own run journaled, never epoch 1's process as if it were its.
		TaskStatus two = runtime.run(TaskRuntimeTest.script("journal", 2, TaskKind.SERVICE, RestartPolicy.ALWAYS, 5, script));
		assertEquals(2, two.epoch());
		Conditions.await("only epoch 2 runs", WAIT, () -> {
			List<Long> sleeps = TaskProcesses.running(data(), "journal", "sleep");
			try {
				return sleeps.size() == 1 && "2".equals(variable(sleeps.get(0), "FLOTILLA_TASK_EPOCH"));
			} catch (IOException e) {
				return false;
			}
		});
		long second = TaskProcesses.running(data(), "journal", "sleep").get(0);
		String run2 = variable(second, "FLOTILLA_TASK_RUN");
		assertNotEquals(run, run2, "every run has a nonce of its own");
		Conditions.await("epoch 2 read its journal", WAIT, () -> {
			try {
				return run2.equals(load(seen).getProperty("run"));
			} catch (IOException e) {
				return false;
			}
		});
		Properties atStart2 = load(seen);
		assertEquals("2", atStart2.getProperty("spec.epoch"));
		assertTrue(List.of("0", Long.toString(runtime.status("journal").get(0).pid())).contains(atStart2.getProperty("pid")),
				"not epoch 1's pid " + one.pid() + ": " + atStart2);
		assertFalse(atStart2.containsKey("stopping"), atStart2.toString());
	}

	@Test
	void aRunStartedButNotJournaledIsAdoptedThroughASymbolicLinkToTheDataDirectory() throws Exception {
		Path real = Files.createDirectories(dir.resolve("real-data"));
		Path link = Files.createSymbolicLink(dir.resolve("linked-data"), real);
		TaskRuntime first = start(link, TaskSettings.DEFAULTS);
		TaskStatus running = first.run(TaskRuntimeTest.service("svc", 1, "sleep", "300"));
		Conditions.await("the sleep runs", WAIT, () -> TaskProcesses.running(real, "svc", "sleep").size() == 1);
		first.close();
		// The agent died after it journaled the run and started its process, before it journaled the pid.
		journal(link, "svc", p -> {
			p.setProperty("pid", "0");
			p.setProperty("pidStartTicks", "0");
		});

		TaskRuntime second = start(link, TaskSettings.DEFAULTS);
		TaskStatus adopted = second.status("svc").get(0);
		assertEquals(State.RUNNING, adopted.state());
		assertEquals(running.pid(), adopted.pid(), "its process, found by its run and working directory, adopted");
		second.sample();
		assertEquals(1, TaskProcesses.running(real, "svc", "sleep").size(), "nothing started a second time");
	}

	@Test
	void aShortBatchThatRanWhileTheAgentWasDownIsNotRunAgain() throws Exception {
		TaskRuntime first = start(data(), TaskSettings.DEFAULTS);
		first.run(TaskRuntimeTest.script("once", 1, TaskKind.BATCH, RestartPolicy.NEVER, 0, "echo ran >> ../runs; exit 3"));
		await(first, "once", "once exited", s -> s.state() == State.EXITED);
		first.close();
		String[] exit = Files.readString(data().resolve("tasks/once/exit-code")).trim().split(" ");
		assertEquals(2, exit.length, "the wrapper writes its run with the exit code");
		assertEquals("3", exit[1]);
		// The agent died after it journaled the run and before it journaled its pid; the batch ran to its end meanwhile.
		journal(data(), "once", launchedNotRecorded(exit[0]));

		TaskRuntime second = start(data(), TaskSettings.DEFAULTS);
		TaskStatus status = second.status("once").get(0);
		assertEquals(State.EXITED, status.state(), status.toString());
		assertEquals(3, status.exitCode());
		assertEquals("exited with code 3 while the agent was away (restart: never)", status.reason());
		assertTrue(TaskProcesses.of(data(), "once").isEmpty(), "not started again");
		assertEquals(List.of("ran"), Files.readAllLines(data().resolve("tasks/once/runs")));
	}

	@Test
	void anotherRunsExitCodeIsNotTakenForTheJournaledRuns() throws Exception {
		TaskRuntime first = start(data(), TaskSettings.DEFAULTS);
		first.run(TaskRuntimeTest.script("twice", 1, TaskKind.BATCH, RestartPolicy.NEVER, 0, "echo ran >> ../runs; exit 3"));
		await(first, "twice", "twice exited", s -> s.state() == State.EXITED);
		first.close();
		// Journaled as launched, but no trace of that run: the agent died before it could start it. It starts now.
		journal(data(), "twice", launchedNotRecorded(UUID.randomUUID().toString()));

		TaskRuntime second = start(data(), TaskSettings.DEFAULTS);
		TaskStatus status = await(second, "twice", "twice exited again", s -> s.state() == State.EXITED);
		assertEquals("exited with code 3 (restart: never)", status.reason());
		assertEquals(List.of("ran", "ran"), Files.readAllLines(data().resolve("tasks/twice/runs")));
	}

	/** The record between "launch journaled" and "pid journaled": to run, run {@code run} in flight, no pid. */
	private static java.util.function.Consumer<Properties> launchedNotRecorded(String run) {
		return p -> {
			p.setProperty("desired", "running");
			p.setProperty("state", "running");
			p.setProperty("reason", "");
			p.setProperty("pid", "0");
			p.setProperty("pidStartTicks", "0");
			p.setProperty("run", run);
			p.remove("exitCode");
		};
	}

	@Test
	void aReplacementJournaledBeforeTheAgentDiedStopsTheOlderProcessThenStartsTheNewerEpoch() throws Exception {
		TaskRuntime first = start(data(), TaskSettings.DEFAULTS);
		TaskStatus one = first.run(TaskRuntimeTest.service("db", 1, "sleep", "300"));
		Conditions.await("epoch 1 runs", WAIT, () -> TaskProcesses.running(data(), "db", "sleep").size() == 1);
		first.close();
		// As run-task of epoch 2 journals it, an instant before the agent died: epoch 2's spec, epoch 1's process
		// (still running) being stopped.
		journal(data(), "db", p -> {
			p.setProperty("spec.epoch", "2");
			p.setProperty("highestEpoch", "2");
			p.setProperty("stopping", "true");
			p.setProperty("state", "starting");
			p.setProperty("reason", "replacing epoch 1");
		});

		TaskRuntime second = start(data(), stopGrace(Duration.ofSeconds(1)));
		TaskStatus two = await(second, "db", "epoch 2 runs in a process of its own",
				s -> s.state() == State.RUNNING && s.pid() > 0 && s.pid() != one.pid());
		assertEquals(2, two.epoch());
		Conditions.await("only epoch 2's process", WAIT, () -> onlyEpoch(data(), "db", "2"));
		assertFalse(ProcessHandle.of(one.pid()).map(ProcessHandle::isAlive).orElse(false), "epoch 1's process ended");
	}

	@Test
	void aReplacementWhoseOldLeaderEndedWhileTheAgentWasDownStopsWhatIsLeftOfItFirst() throws Exception {
		TaskRuntime first = start(data(), stopGrace(Duration.ofSeconds(60)));
		Path terms = data().resolve("tasks/db/terms");
		// Epoch 1 notes every SIGTERM it gets and carries on; only a SIGKILL ends it.
		TaskStatus one = first.run(TaskRuntimeTest.script("db", 1, TaskKind.SERVICE, RestartPolicy.ALWAYS, 5,
				"trap 'echo term >> ../terms' TERM; while :; do sleep 0.2; done"));
		Conditions.await("epoch 1 runs", WAIT, () -> TaskProcesses.of(data(), "db").size() >= 2);
		// Its wrapper ends on the SIGTERM of the replacement; the rest of it waits for a SIGKILL 60 s later that this
		// agent never sends: it dies first.
		first.run(TaskRuntimeTest.script("db", 2, TaskKind.SERVICE, RestartPolicy.ALWAYS, 5, "exec sleep 301"));
		Conditions.await("epoch 1's wrapper ended, the rest of it noted the SIGTERM", WAIT,
				() -> !ProcessHandle.of(one.pid()).map(ProcessHandle::isAlive).orElse(false) && lines(terms) >= 1);
		assertFalse(TaskProcesses.of(data(), "db").isEmpty(), "the rest of epoch 1 runs on");
		first.close();

		int termsBefore = lines(terms);
		long resumed = System.nanoTime();
		TaskRuntime second = start(data(), stopGrace(Duration.ofSeconds(1)));
		Conditions.await("only epoch 2's process", WAIT, () -> onlyEpoch(data(), "db", "2"));
		long tookMillis = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - resumed);
		TaskStatus two = await(second, "db", "epoch 2 running", s -> s.state() == State.RUNNING && s.pid() > 0);
		assertEquals(2, two.epoch());
		// What was left of epoch 1 was stopped as a stop goes: SIGTERM, the grace (1 s), SIGKILL; then epoch 2 started.
		assertTrue(lines(terms) > termsBefore, "a SIGTERM first");
		assertTrue(tookMillis >= 950, "the SIGKILL after the grace, not at once: " + tookMillis + " ms");
	}

	private static int lines(Path file) {
		try {
			return Files.exists(file) ? Files.readAllLines(file).size() : 0;
		} catch (IOException e) {
			return -1;
		}
	}

	/** Whether every process of the task is of {@code epoch}, and one of them runs a sleep. */
	private static boolean onlyEpoch(Path data, String taskId, String epoch) {
		try {
			for (long pid : TaskProcesses.of(data, taskId)) {
				if (!epoch.equals(variable(pid, "FLOTILLA_TASK_EPOCH"))) {
					return false;
				}
			}
		} catch (IOException e) {
			return false;
		}
		return TaskProcesses.running(data, taskId, "sleep").size() == 1;
	}
}
