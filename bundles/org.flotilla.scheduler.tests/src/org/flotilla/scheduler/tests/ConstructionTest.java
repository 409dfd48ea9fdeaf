package org.flotilla.scheduler.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.flotilla.scheduler.Objective;
import org.flotilla.scheduler.Placement;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.Solver;
import org.flotilla.scheduler.SolverProgress;
import org.junit.jupiter.api.Test;

/**
 * The construction alone ({@code maxSteps(0)}) on pools loaded in every resource at once, where first-fit
 * decreasing strands capacity: every node full in one resource while the others keep room no task can use.
 * The pools are shaped like the published cloud-balancing instances (node sizes from seven price points per
 * resource, memory and network drawn near the CPU size; task demands from a steep power law in each resource
 * independently), then every node's capacity of each resource is scaled so that the pool has 1.25 times the
 * demand (80 % utilisation).
 */
class ConstructionTest {

	private static final int[] CPU = { 3, 4, 6, 8, 12, 16, 24 };
	private static final int[] MEMORY = { 2, 4, 8, 16, 32, 64, 96 };
	private static final int[] NETWORK = { 2, 4, 6, 8, 12, 16, 20 };
	private static final int[] CPU_PRICE = { 110, 140, 180, 270, 400, 1000, 3000 };
	private static final int[] MEMORY_PRICE = { 140, 180, 220, 300, 400, 600, 1000 };
	private static final int[] NETWORK_PRICE = { 100, 200, 300, 400, 600, 800, 1000 };

	/** Both sides of the claim: first-fit decreasing (written here, independently) leaves tasks; the engine's construction does not. */
	@Test
	void constructionPlacesEveryTaskWhereFirstFitDecreasingStrandsCapacity() {
		for (long seed : new long[] { 1, 2 }) {
			Problem p = tightPool(seed, 500, 10, 1.25, false);
			int ffd = firstFitDecreasingUnplaced(p);
			assertTrue(ffd > 200, "the pool is tight enough that first fit decreasing leaves tasks unplaced: " + ffd);

			List<SolverProgress> progress = new ArrayList<>();
			Placement placement = Solver.builder().objective(Objective.consolidate()).seed(3).maxSteps(0)
					.progressListener(progress::add).build().solve(p);
			assertEquals("construction", progress.get(0).phase());
			assertEquals(0, progress.get(0).unplacedTasks(), "unplaced after construction (seed " + seed + ")");
			assertEquals(List.of(), Checks.violations(p, placement.nodeIndexes()));
			assertTrue(placement.unplacedTasks().isEmpty());
			assertTrue(placement.timeToFirstFeasible() != null);
		}
	}

	/** Shape filling packs the cheap nodes fuller, so it also uses fewer (cheaper) nodes than first fit. */
	@Test
	void constructionCostsLessThanFirstFitDecreasing() {
		Problem p = tightPool(3, 500, 10, 1.5, false);
		int[] ffd = firstFitDecreasing(p);
		assertEquals(0, Arrays.stream(ffd).filter(n -> n < 0).count(), "at 67 % first fit places everything too");
		Placement placement = Solver.builder().seed(3).maxSteps(0).build().solve(p);
		assertEquals(List.of(), Checks.violations(p, placement.nodeIndexes()));
		assertTrue(Checks.usedCost(p, placement.nodeIndexes()) < 0.97 * Checks.usedCost(p, ffd),
				Checks.usedCost(p, placement.nodeIndexes()) + " vs first fit " + Checks.usedCost(p, ffd));
	}

	/** Labels, stacks, anti-affinity, pins and running tasks on a tight pool: nothing broken, nothing left. */
	@Test
	void constraintsHoldAfterTheConstruction() {
		Problem p = tightPool(4, 400, 10, 1.3, true);
		Placement placement = Solver.builder().seed(3).maxSteps(0).build().solve(p);
		int[] nodeOf = placement.nodeIndexes();
		assertEquals(List.of(), Checks.violations(p, nodeOf));
		assertEquals(0, placement.unplacedTasks().size());
		for (int t = 0; t < p.tasks().size(); t++) {
			String current = p.task(t).currentNode();
			if (current != null && !p.task(t).pinned()) {
				// Running tasks are placed first and stay (their node had room for them before anything else).
				assertEquals(current, p.node(nodeOf[t]).id(), "running task " + p.task(t).id());
			}
		}
	}

	@Test
	void sameProblemGivesTheSameConstruction() {
		for (boolean constrained : new boolean[] { false, true }) {
			Problem p = tightPool(5, 300, 10, 1.25, constrained);
			int[] first = Solver.builder().seed(1).maxSteps(0).build().solve(p).nodeIndexes();
			int[] second = Solver.builder().seed(1).maxSteps(0).build().solve(p).nodeIndexes();
			assertArrayEquals(first, second);
		}
	}

	/**
	 * Tasks of all-different demands: shape filling with its per-choice limit (800 nodes), and first fit when
	 * shapes x nodes is over shape filling's limit (10,000 nodes). Both place everything, validly.
	 */
	@Test
	void distinctDemandsArePlacedWithOrWithoutShapeFilling() {
		for (int nodes : new int[] { 800, 10_000 }) {
			SplittableRandom random = new SplittableRandom(9);
			Problem.Builder b = Problem.builder("cpu", "memory").predictor(null);
			for (int n = 0; n < nodes; n++) {
				b.node("n" + n).capacity(32, 128).cost(100 + random.nextInt(100)).add();
			}
			for (int t = 0; t < 20_500; t++) {
				b.task("t" + t).demand(0.1 + random.nextDouble(), 0.5 + 4 * random.nextDouble()).add();
			}
			Problem p = b.build();
			Placement placement = Solver.builder().seed(1).maxSteps(0).build().solve(p);
			assertEquals(List.of(), Checks.violations(p, placement.nodeIndexes()));
			assertEquals(0, placement.unplacedTasks().size());
		}
	}

	/**
	 * The published distribution, scaled to {@code factor} x demand in every resource. Constrained: a third of
	 * the tasks need a label (half of the nodes have it), a tenth are in anti-affinity groups of five, a tenth
	 * need jvm 21 (on two thirds of the nodes), and some of the others run on a node with room (every 97th) or are
	 * pinned there (every 199th).
	 */
	static Problem tightPool(long seed, int nodes, int tasksPerNode, double factor, boolean constrained) {
		SplittableRandom random = new SplittableRandom(seed);
		int[][] node = new int[nodes][4];
		for (int n = 0; n < nodes; n++) {
			int cpu = random.nextInt(7);
			int memory = near(random, cpu);
			int network = near(random, cpu);
			node[n] = new int[] { CPU[cpu], MEMORY[memory], NETWORK[network], CPU_PRICE[cpu] + MEMORY_PRICE[memory] + NETWORK_PRICE[network] };
		}
		int tasks = nodes * tasksPerNode;
		int[][] task = new int[tasks][];
		double[] demand = new double[3];
		double[] capacity = new double[3];
		for (int t = 0; t < tasks; t++) {
			task[t] = new int[] { powerLaw(random, 12), powerLaw(random, 32), powerLaw(random, 12) };
			for (int r = 0; r < 3; r++) {
				demand[r] += task[t][r];
			}
		}
		for (int[] c : node) {
			for (int r = 0; r < 3; r++) {
				capacity[r] += c[r];
			}
		}
		Problem.Builder b = Problem.builder("cpu", "memory", "network").predictor(null);
		double[][] scaled = new double[nodes][3];
		for (int n = 0; n < nodes; n++) {
			for (int r = 0; r < 3; r++) {
				scaled[n][r] = Math.max(1, Math.round(node[n][r] * factor * demand[r] / capacity[r]));
			}
			Problem.NodeBuilder nb = b.node("n" + n).capacity(scaled[n]).cost(node[n][3]).installed("jvm", n % 3 == 0 ? "17" : "21");
			if (constrained && n % 2 == 0) {
				nb.labels("ssd");
			}
			nb.add();
		}
		double[] running = new double[nodes * 3];
		for (int t = 0; t < tasks; t++) {
			Problem.TaskBuilder tb = b.task("t" + t).demand(task[t][0], task[t][1], task[t][2]);
			if (constrained) {
				if (t % 3 == 0) {
					tb.requireLabels("ssd");
				}
				if (t % 10 == 1) {
					tb.antiAffinityGroups("replicas-" + t / 50);
				}
				if (t % 10 == 2) {
					tb.requireStack("jvm", "21");
				}
				// Running and pinned tasks among those without other needs, so that their node is allowed.
				if ((t % 97 == 5 || t % 199 == 7) && t % 3 != 0 && t % 10 != 1 && t % 10 != 2) {
					int n = random.nextInt(nodes);
					boolean fits = true;
					for (int r = 0; r < 3; r++) {
						fits &= running[n * 3 + r] + task[t][r] <= scaled[n][r];
					}
					if (fits) {
						for (int r = 0; r < 3; r++) {
							running[n * 3 + r] += task[t][r];
						}
						if (t % 199 == 7) {
							tb.pinnedTo("n" + n);
						} else {
							tb.currentNode("n" + n);
						}
					}
				}
			}
			tb.add();
		}
		return b.build();
	}

	/** Usually the same index; a quarter of the time one lower, a quarter one higher. */
	private static int near(SplittableRandom random, int index) {
		double r = random.nextDouble();
		return r < 0.25 ? Math.max(0, index - 1) : r > 0.75 ? Math.min(6, index + 1) : index;
	}

	/** 1..max, mostly 1: (2000^u - 1) / 1999 scaled, as in the published generator. */
	private static int powerLaw(SplittableRandom random, int max) {
		return (int) Math.floor((Math.pow(2000, random.nextDouble()) - 1) / 1999 * max) + 1;
	}

	private static int firstFitDecreasingUnplaced(Problem p) {
		return (int) Arrays.stream(firstFitDecreasing(p)).filter(n -> n < 0).count();
	}

	/**
	 * Plain first-fit decreasing, independent of the engine (unconstrained pools only): tasks by the sum of
	 * their demands over the average node's capacity, largest first; nodes by cost over that capacity measure,
	 * cheapest first; each task to the first node with room.
	 */
	static int[] firstFitDecreasing(Problem p) {
		int R = p.resourceCount();
		int nodes = p.nodes().size();
		int tasks = p.tasks().size();
		double[] avg = new double[R];
		for (int n = 0; n < nodes; n++) {
			for (int r = 0; r < R; r++) {
				avg[r] += p.node(n).capacity(r) / nodes;
			}
		}
		double[] nodeSize = new double[nodes];
		for (int n = 0; n < nodes; n++) {
			for (int r = 0; r < R; r++) {
				nodeSize[n] += p.node(n).capacity(r) / avg[r];
			}
		}
		double[] taskSize = new double[tasks];
		for (int t = 0; t < tasks; t++) {
			for (int r = 0; r < R; r++) {
				taskSize[t] += p.demand(t, r) / avg[r];
			}
		}
		Integer[] nodeOrder = new Integer[nodes];
		Integer[] taskOrder = new Integer[tasks];
		Arrays.setAll(nodeOrder, i -> i);
		Arrays.setAll(taskOrder, i -> i);
		Arrays.sort(nodeOrder, Comparator.comparingDouble((Integer n) -> p.node(n).cost() / nodeSize[n]).thenComparing(n -> n));
		Arrays.sort(taskOrder, Comparator.comparingDouble((Integer t) -> -taskSize[t]).thenComparing(t -> t));
		double[] used = new double[nodes * R];
		int[] nodeOf = new int[tasks];
		Arrays.fill(nodeOf, -1);
		for (int t : taskOrder) {
			for (int n : nodeOrder) {
				boolean fits = true;
				for (int r = 0; r < R && fits; r++) {
					fits = used[n * R + r] + p.demand(t, r) <= p.node(n).capacity(r) + 1e-9;
				}
				if (fits) {
					for (int r = 0; r < R; r++) {
						used[n * R + r] += p.demand(t, r);
					}
					nodeOf[t] = n;
					break;
				}
			}
		}
		return nodeOf;
	}
}
