package org.flotilla.integration;

import org.junit.jupiter.api.Test;

/** The task benchmark with two agents and a few tasks, so that {@code releng/run-task-benchmark} keeps working. */
class TaskBenchmarkSmokeTest {

	@Test
	void theBenchmarkRunsToTheEnd() throws Exception {
		TaskBenchmark.main(new String[] { "--agents", "2", "--tasks", "10", "--victim-tasks", "4", "--runs", "1",
				"--restart-agents", "2" });
	}
}
