package org.flotilla.console.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.flotilla.console.ui.internal.tasks.CsvExport;
import org.flotilla.console.ui.internal.tasks.TaskColumns;
import org.flotilla.console.ui.internal.tasks.TaskRows;
import org.flotilla.console.ui.internal.tasks.TaskTexts;
import org.flotilla.model.Job;
import org.flotilla.model.JobKind;
import org.flotilla.model.JobState;
import org.flotilla.model.Node;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.Task;
import org.flotilla.model.TaskState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Tasks and Jobs tables and the CSV export write, and the rows of a large pool. */
class TaskTablesTest {

	private static Task task(String name, TaskState state) {
		Task task = PoolFactory.eINSTANCE.createTask();
		task.setName(name);
		task.setState(state);
		return task;
	}

	@Test
	void theStateSaysWhy() {
		Task exited = task("batch-1", TaskState.EXITED);
		exited.setExitCode(3);
		assertEquals("exited 3", TaskTexts.state(exited));
		Task failed = task("web-1", TaskState.FAILED);
		failed.setStateReason("command not found: /no/such");
		assertEquals("failed: command not found: /no/such", TaskTexts.state(failed));
		assertEquals("running", TaskTexts.state(task("web-2", TaskState.RUNNING)));
		Task pending = task("big", TaskState.PENDING);
		pending.setStateReason("memory 48 of 32 GiB on 3 nodes");
		assertEquals("pending: memory 48 of 32 GiB on 3 nodes", TaskTexts.state(pending));
	}

	@Test
	void placementDemandIsMarkedPredictedOrDeclared() {
		Task task = task("web-1", TaskState.RUNNING);
		task.setCpuDemand(2);
		task.setMemoryDemand(512);
		assertEquals("2 cores, 512 MiB", TaskTexts.declaredDemand(task));
		task.setPredictedCpuDemand(0.75);
		task.setPredictedMemoryDemand(300);
		task.setDemandPredicted(true);
		assertEquals("0.75 cores, 300 MiB (predicted p95)", TaskTexts.placementDemand(task));
		task.setDemandPredicted(false);
		assertTrue(TaskTexts.placementDemand(task).endsWith("(declared)"));
		task.setCpuUsage(0.5);
		task.setMemoryUsage(20480);
		assertEquals("0.50 cores", TaskTexts.observedCpu(task));
		assertEquals("20 GiB", TaskTexts.observedMemory(task));
		task.setState(TaskState.STOPPED);
		assertEquals("\u2013", TaskTexts.observedCpu(task), "a stopped task uses nothing");
	}

	@Test
	void jobsSayWhereFromWhereToAndHowFar() {
		Node a = PoolFactory.eINSTANCE.createNode();
		a.setName("node-a");
		Node b = PoolFactory.eINSTANCE.createNode();
		b.setName("node-b");
		Job job = PoolFactory.eINSTANCE.createJob();
		job.setKind(JobKind.MIGRATION);
		job.setNode(a);
		job.setTargetNode(b);
		job.setTotalWork(4);
		job.setWorked(1);
		job.setState(JobState.RUNNING);
		job.setStarted(new Date(1_000_000));
		assertEquals("node-a \u2192 node-b", TaskTexts.jobNodes(job));
		assertEquals("1 / 4", TaskTexts.jobProgress(job));
		assertEquals(0.25, TaskTexts.jobFraction(job));
		assertEquals("1 min 05 s", TaskTexts.jobDuration(job, 1_065_000));
		job.setState(JobState.SUCCEEDED);
		assertEquals(1.0, TaskTexts.jobFraction(job), "a job that succeeded is full, whatever it counted");
	}

	@Test
	void csvQuotesWhatNeedsIt(@TempDir Path folder) throws Exception {
		assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",", CsvExport.line("a", "b,c", "say \"hi\"", "two\nlines", null));
		Path file = folder.resolve("tasks.csv");
		org.eclipse.core.runtime.jobs.Job job = CsvExport.write(null, file,
				List.of(new String[] { "Task", "State" }, new String[] { "web-1", "failed: no, really" }));
		job.join();
		assertEquals("Task,State\r\nweb-1,\"failed: no, really\"\r\n", Files.readString(file, StandardCharsets.UTF_8));
		try (var files = Files.list(folder)) {
			assertEquals(1, files.count(), "no temporary file left");
		}
	}

	/** 100,000 tasks: the rows (filter and sort) are computed well within a batch, and found by index. */
	@Test
	void aHundredThousandTasksAreFilteredAndSortedQuickly() {
		List<Task> tasks = new ArrayList<>();
		for (int i = 0; i < 100_000; i++) {
			tasks.add(task(String.format("task-%06d", i), i % 10 == 0 ? TaskState.FAILED : TaskState.RUNNING));
		}
		TaskRows.of(tasks, "", TaskColumns.ALL.get(0).order(), false); // warm up
		long start = System.nanoTime();
		TaskRows rows = TaskRows.of(tasks, "", TaskColumns.ALL.get(1).order(), true);
		long sortMillis = (System.nanoTime() - start) / 1_000_000;
		assertEquals(100_000, rows.size());
		assertEquals(TaskState.RUNNING, rows.get(0).getState(), "sorted by state, descending");
		assertEquals(tasks.get(10), rows.get(rows.indexOf(tasks.get(10))));
		assertTrue(sortMillis < 2000, "sorting 100,000 tasks by state took " + sortMillis + " ms");

		TaskRows failed = TaskRows.of(tasks, "FAILED", Comparator.comparing(Task::getName), false);
		assertEquals(10_000, failed.size(), "the filter is case-blind and matches the state");
		assertEquals(-1, failed.indexOf(tasks.get(1)), "a filtered-out task has no row");
		assertEquals(100_000, failed.total());
	}
}
