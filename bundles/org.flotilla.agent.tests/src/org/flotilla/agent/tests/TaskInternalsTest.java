package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;

import org.flotilla.agent.internal.tasks.TaskCgroups;
import org.flotilla.agent.internal.tasks.TaskHistories;
import org.flotilla.agent.internal.tasks.TaskLauncher;
import org.flotilla.agent.internal.tasks.TaskStore;
import org.flotilla.agent.tasks.TaskUsage;
import org.flotilla.protocol.tasks.TaskSpec;
import org.flotilla.protocol.tasks.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parts of the task runtime on their own, where a real host cannot show them: cgroup v2's {@code cgroup.kill} (on a
 * directory laid out as a delegated v2 group), a forgotten task's history, and the warning of an agent that runs as
 * PID 1.
 */
class TaskInternalsTest {

	@TempDir
	Path dir;

	@Test
	void onCgroupV2AKillIsOneWriteToTheTasksCgroupKill() throws Exception {
		assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "Linux");
		// What the kernel shows of a delegated v2 group with cpu and memory, and the agent's own group in it.
		Files.writeString(dir.resolve("cgroup.controllers"), "cpuset cpu io memory pids");
		Files.writeString(dir.resolve("cgroup.subtree_control"), "cpu memory");
		Path agentGroup = Files.createDirectories(dir.resolve("flotilla-node"));
		Files.writeString(agentGroup.resolve("cgroup.subtree_control"), "cpu memory");
		TaskCgroups cgroups = TaskCgroups.detect(dir, "flotilla-node");
		assertEquals("cgroup v2", cgroups.description());
		cgroups.prepare("web", 0, 0);
		Path kill = agentGroup.resolve("task-web/cgroup.kill");
		assertFalse(cgroups.kill("web"), "a kernel before 5.14 has no cgroup.kill: the caller signals one by one");
		assertFalse(Files.exists(kill), "and nothing is made up");
		Files.writeString(kill, "");
		assertTrue(cgroups.kill("web"));
		assertEquals("1", Files.readString(kill));
		assertFalse(TaskCgroups.unconfined("test").kill("web"), "unconfined: nothing to kill at once");
	}

	@Test
	void aMeasurementOfAForgottenTaskDoesNotMakeItsFolderAgain() throws Exception {
		TaskStore store = new TaskStore(dir.resolve("tasks"));
		TaskSpec spec = TaskRuntimeTest.service("old", 1, "sleep", "1");
		store.save(new TaskStore.TaskRecord("old", spec, 1, false, 0, 0, 0, TaskStatus.State.EXITED, "", 0, 0, "", false));
		TaskHistories histories = new TaskHistories(store, InstantSource.system());
		TaskUsage usage = new TaskUsage("old", System.currentTimeMillis(), 0.5, 1 << 20, 0, 0);
		histories.record(List.of(usage));
		assertTrue(Files.isDirectory(store.history("old")), "a known task's history is kept");

		// Measured while it ran; forgotten (to make room) before the measurement reached its history.
		histories.forget("old");
		assertFalse(Files.exists(store.folder("old")));
		histories.record(List.of(usage));
		assertFalse(Files.exists(store.folder("old")), "its folder is not made again");
		histories.closeAll();
	}

	@Test
	void asPid1TheAgentSaysItNeedsAnInitThatReaps() {
		String problem = TaskLauncher.initProblem(1);
		assertTrue(problem.contains("PID 1") && problem.contains("zombies") && problem.contains("docker run --init")
				&& problem.contains("tini"), problem);
		assertNull(TaskLauncher.initProblem(4242));
		assertNull(TaskLauncher.initProblem(ProcessHandle.current().pid() == 1 ? 4242 : ProcessHandle.current().pid()));
	}

	@Test
	void theExitFileIsReadOnlyForItsOwnRun() throws Exception {
		Path exit = dir.resolve("exit-code");
		Files.writeString(exit, "run-a 3\n");
		assertEquals(3, TaskLauncher.exitCode(exit, "run-a"));
		assertNull(TaskLauncher.exitCode(exit, "run-b"), "another run's");
		assertNull(TaskLauncher.exitCode(exit, ""), "no run");
		Files.writeString(exit, "3\n");
		assertNull(TaskLauncher.exitCode(exit, "run-a"), "written without a run: not this run's");
		assertNull(TaskLauncher.exitCode(dir.resolve("none"), "run-a"));
	}
}
