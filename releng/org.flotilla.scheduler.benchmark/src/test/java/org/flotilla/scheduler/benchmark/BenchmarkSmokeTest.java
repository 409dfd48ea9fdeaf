package org.flotilla.scheduler.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.flotilla.scheduler.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's plumbing in a few seconds: solve, write, read back, check (including broken assignments),
 * the order of instances, the LP bound, the generators, and Timefold's configuration on a small instance.
 */
class BenchmarkSmokeTest {

	/** The instances kept in this module (surefire sets the property; the default is the same folder). */
	private static Path instances() {
		return Path.of(System.getProperty("flotilla.bench.dir", "instances/cloudbalancing"));
	}

	private static Instance smallest() throws Exception {
		return Instance.read(instances().resolve("2computers-6processes.json"));
	}

	@Test
	void smallestInstanceIsSolvedOptimallyAndCheckedIndependently(@TempDir Path out) throws Exception {
		Instance instance = smallest();
		Placement placement = CloudBalancingBenchmark.solveWithFlotilla(instance, Duration.ofMillis(200), 0);
		Path file = CloudBalancingBenchmark.writeAssignment(out, instance.name(), CloudBalancingBenchmark.assignmentOf(placement));
		AssignmentChecker.Verdict verdict = AssignmentChecker.check(instance, file);
		assertTrue(verdict.feasible(), verdict.toString());
		assertEquals(5_460, verdict.cost(), "proven optimum of 2computers-6processes");
		assertTrue(Files.readString(file).contains("\"dataset\":\"2computers-6processes\""));
	}

	@Test
	void checkerRejectsBrokenAssignments(@TempDir Path out) throws Exception {
		Instance instance = smallest();
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

	/** A JSON tree keeps only the last of two equal keys; the checker must still see the process twice. */
	@Test
	void checkerRejectsAProcessAssignedTwice(@TempDir Path out) throws Exception {
		Instance instance = smallest();
		// Every process once, on the big computer (feasible), and process 3 a second time, on the small one.
		Path twice = out.resolve("twice.json");
		Files.writeString(twice, """
				{"dataset": "2computers-6processes",
				 "assignment": {"0": 0, "1": 0, "2": 0, "3": 1, "4": 0, "5": 0, "3": 0}}""");
		AssignmentChecker.Verdict verdict = AssignmentChecker.check(instance, twice);
		assertFalse(verdict.valid(), verdict.toString());
		assertTrue(verdict.problem().contains("process 3 assigned twice"), verdict.problem());

		Path once = out.resolve("once.json");
		Files.writeString(once, """
				{"dataset": "2computers-6processes",
				 "assignment": {"0": 0, "1": 0, "2": 0, "3": "0", "4": 0, "5": 0}}""");
		assertTrue(AssignmentChecker.check(instance, once).valid(), "string and integer computer ids both count");
	}

	@Test
	void instancesAreOrderedBySizeReadFromTheFilesWhateverTheirNames(@TempDir Path folder) throws Exception {
		Instance big = InstanceGenerator.heterogeneousFleet(20, 5).instance();
		big.write(folder.resolve("heterogeneous-anything.json"), null);
		Files.copy(instances().resolve("4computers-12processes.json"), folder.resolve("zz-4computers-12processes.json"));
		Files.copy(instances().resolve("2computers-6processes.json"), folder.resolve("a-name-that-says-nothing.json"));
		List<String> names = Instance.readFolder(folder).stream().map(Instance::name).toList();
		assertEquals(List.of("2computers-6processes", "4computers-12processes", big.name()), names);

		List<String> shipped = Instance.readFolder(instances()).stream().map(Instance::name).toList();
		assertEquals(9, shipped.size());
		assertEquals("2computers-6processes", shipped.get(0));
		assertEquals("2400computers-7000processes", shipped.get(8));
	}

	/**
	 * The LP bound: on 2computers-6processes both computers are needed (network 22 of 22), so it is the cost of
	 * all; on the larger public instances it lies within three computers' cost below the README's 0/1 bound.
	 */
	@Test
	void lpBoundMatchesTheReadmesBound() throws Exception {
		assertEquals(5_460, LpBound.of(smallest()), 1e-6);
		Map<String, Long> readme = Map.of("100computers-300processes", 96_670L, "800computers-2400processes", 747_420L);
		for (Map.Entry<String, Long> e : readme.entrySet()) {
			Instance instance = Instance.read(instances().resolve(e.getKey() + ".json"));
			int dearest = instance.computers().stream().mapToInt(Instance.Computer::cost).max().orElseThrow();
			double lp = LpBound.of(instance);
			assertTrue(lp <= e.getValue() + 1e-6 && lp >= e.getValue() - 3.0 * dearest, e.getKey() + ": " + lp);
		}
	}

	@Test
	void generatorReproducesThePublishedInstancesWithTheirSeed() throws Exception {
		Instance published = Instance.read(instances().resolve("100computers-300processes.json"));
		Instance generated = InstanceGenerator.published(published.name(), 100, 300, new Random(47));
		assertEquals(published, generated);
	}

	@Test
	void heterogeneousFleetIsFeasibleByItsPlantedAssignmentAndHasGiantTasks(@TempDir Path out) throws Exception {
		InstanceGenerator.Planted planted = InstanceGenerator.heterogeneousFleet(400, 3);
		Instance instance = planted.instance();
		AssignmentChecker.Verdict verdict = AssignmentChecker.check(instance,
				CloudBalancingBenchmark.writeAssignment(out, instance.name(), planted.assignment()));
		assertTrue(verdict.feasible(), verdict.toString());
		// Giant tasks fit on only a few computers (the largest of a family); ordinary ones on most.
		assertTrue(instance.processes().stream().anyMatch(p -> instance.computers().stream()
				.filter(c -> p.cpu() <= c.cpu() && p.memory() <= c.memory() && p.network() <= c.network()).count() < 20),
				"a giant task");
		assertTrue(LpBound.of(instance) < verdict.cost());
	}

	@Test
	void publishedDistributionIsScaledToTheCapacityFactor() {
		Instance instance = InstanceGenerator.published(200, 10, 1.3, 1);
		assertEquals(2_000, instance.processes().size());
		long demand = instance.processes().stream().mapToLong(Instance.Process::memory).sum();
		long capacity = instance.computers().stream().mapToLong(Instance.Computer::memory).sum();
		assertEquals(1.3, (double) capacity / demand, 0.02);
	}

	@Test
	void timefoldWithTheExamplesConstructionSolvesASmallInstance(@TempDir Path out) throws Exception {
		Instance instance = Instance.read(instances().resolve("4computers-12processes.json"));
		TimefoldCloudBalancing.Result result = TimefoldCloudBalancing.solve(instance, Duration.ofMillis(300));
		AssignmentChecker.Verdict verdict = AssignmentChecker.check(instance,
				CloudBalancingBenchmark.writeAssignment(out, instance.name(), result.assignment()));
		assertTrue(verdict.feasible(), verdict.toString());
	}

	@Test
	void constrainedRunIsSolvedWithoutViolationsAndItsCheckerSeesThem() {
		ConstrainedScale constrained = new ConstrainedScale(InstanceGenerator.published(200, 10, 1.5, 1), 11);
		assertEquals(2, constrained.pinnedCount());
		Placement placement = org.flotilla.scheduler.Solver.builder().maxSteps(20_000).seed(0).build()
				.solve(constrained.toProblem());
		int[] nodeOf = placement.nodeIndexes();
		assertEquals(List.of(), constrained.violations(nodeOf));
		assertTrue(placement.isComplete());

		int labelled = 0;
		while (constrained.taskLabel[labelled] != 3) {
			labelled++;
		}
		int[] broken = nodeOf.clone();
		int noSsd = 0;
		while (constrained.nodeSsd[noSsd]) {
			noSsd++;
		}
		broken[labelled] = noSsd;
		assertTrue(constrained.violations(broken).stream().anyMatch(v -> v.contains("lacks its label")));
		int pinned = 0;
		while (constrained.taskPin[pinned] < 0) {
			pinned++;
		}
		broken = nodeOf.clone();
		broken[pinned] = (constrained.taskPin[pinned] + 1) % 200;
		assertTrue(constrained.violations(broken).stream().anyMatch(v -> v.contains("pinned task")));
	}
}
