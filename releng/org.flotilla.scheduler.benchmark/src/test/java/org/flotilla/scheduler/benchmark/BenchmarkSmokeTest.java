package org.flotilla.scheduler.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flotilla.scheduler.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's plumbing on the smallest instance, in well under a second: solve, write, read back, check. */
class BenchmarkSmokeTest {

	private static Path instanceFile() {
		Path dir = Path.of(System.getProperty("flotilla.bench.dir", "../../../shared/bench/cloudbalancing"));
		Path file = dir.resolve("2computers-6processes.json");
		assumeTrue(Files.isRegularFile(file), "benchmark instances not found at " + dir);
		return file;
	}

	@Test
	void smallestInstanceIsSolvedOptimallyAndCheckedIndependently(@TempDir Path out) throws Exception {
		Instance instance = Instance.read(instanceFile());
		Placement placement = CloudBalancingBenchmark.solveWithFlotilla(instance, Duration.ofMillis(200), 0);
		Path file = CloudBalancingBenchmark.writeAssignment(out, instance.name(), CloudBalancingBenchmark.assignmentOf(placement));
		AssignmentChecker.Verdict verdict = AssignmentChecker.check(instance, file);
		assertTrue(verdict.feasible(), verdict.toString());
		assertEquals(5_460, verdict.cost(), "proven optimum of 2computers-6processes");
		assertTrue(Files.readString(file).contains("\"dataset\":\"2computers-6processes\""));
	}

	@Test
	void checkerRejectsBrokenAssignments(@TempDir Path out) throws Exception {
		Instance instance = Instance.read(instanceFile());
		Map<String, String> allOnSmall = new LinkedHashMap<>();
		instance.processes().forEach(p -> allOnSmall.put(p.id(), "1"));
		AssignmentChecker.Verdict overloaded = AssignmentChecker.check(instance,
				CloudBalancingBenchmark.writeAssignment(out, instance.name(), allOnSmall));
		assertTrue(overloaded.valid());
		// Computer 1 has cpu 6, memory 4, network 6; the six processes need 8, 12 and 22.
		assertEquals(-(2 + 8 + 16), overloaded.hardScore());
		assertFalse(overloaded.feasible());

		Map<String, String> missing = new LinkedHashMap<>(allOnSmall);
		missing.remove("3");
		assertFalse(AssignmentChecker.check(instance, CloudBalancingBenchmark.writeAssignment(out, instance.name(), missing)).valid());

		Map<String, String> unknown = new LinkedHashMap<>(allOnSmall);
		unknown.put("0", "99");
		assertFalse(AssignmentChecker.check(instance, CloudBalancingBenchmark.writeAssignment(out, instance.name(), unknown)).valid());
	}
}
