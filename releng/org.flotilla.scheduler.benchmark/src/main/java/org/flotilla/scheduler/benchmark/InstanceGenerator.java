package org.flotilla.scheduler.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Instances the engine was not tuned on, in the benchmark README's format.
 * <ul>
 * <li>{@link #published}: the distribution of the OptaPlanner cloud-balancing generator that produced the
 * public instances (seven CPU, memory and network price points, memory and network sizes drawn near the CPU
 * size, cost the sum of the three prices; process demand from a steep power law, 1-12 CPU, 1-32 memory, 1-12
 * network), reimplemented from its description; with {@code new Random(47)} per instance it reproduces the
 * public files exactly (see BenchmarkSmokeTest). Then every computer's capacity of each resource is scaled so
 * that the pool's capacity is {@code capacityFactor} times the demand (utilisation 1 / factor): at 10
 * processes per computer the published computers would be far too small, at 3 the published pools are loosely
 * (45-71 %) utilised.</li>
 * <li>{@link #heterogeneousFleet}: machine families and sizes unlike the published ones, cost per unit falling
 * with size, five classes of tasks and a few giant tasks that fit only the largest machines, with a planted
 * feasible assignment (so a feasible answer is known to exist).</li>
 * </ul>
 */
final class InstanceGenerator {

	private InstanceGenerator() {
	}

	// Price points of the published generator: capacity and price of each component.
	private static final int[][] CPU = { { 3, 110 }, { 4, 140 }, { 6, 180 }, { 8, 270 }, { 12, 400 }, { 16, 1000 }, { 24, 3000 } };
	private static final int[][] MEMORY = { { 2, 140 }, { 4, 180 }, { 8, 220 }, { 16, 300 }, { 32, 400 }, { 64, 600 }, { 96, 1000 } };
	private static final int[][] NETWORK = { { 2, 100 }, { 4, 200 }, { 6, 300 }, { 8, 400 }, { 12, 600 }, { 16, 800 }, { 20, 1000 } };

	/** The published distribution, unscaled: what produced the public instances (seed 47). */
	static Instance published(String name, int computers, int processes, Random random) {
		List<Instance.Computer> cs = new ArrayList<>();
		for (int i = 0; i < computers; i++) {
			int cpu = random.nextInt(CPU.length);
			int memory = distortIndex(random, cpu, MEMORY.length);
			int network = distortIndex(random, cpu, NETWORK.length);
			cs.add(new Instance.Computer(Integer.toString(i), CPU[cpu][0], MEMORY[memory][0], NETWORK[network][0],
					CPU[cpu][1] + MEMORY[memory][1] + NETWORK[network][1]));
		}
		List<Instance.Process> ps = new ArrayList<>();
		for (int i = 0; i < processes; i++) {
			int cpu = powerLaw(random, 12);
			int memory = powerLaw(random, 32);
			int network = powerLaw(random, 12);
			ps.add(new Instance.Process(Integer.toString(i), cpu, memory, network));
		}
		return new Instance(name, cs, ps);
	}

	/** Usually the reference index; a quarter of the time one (rarely more) lower, a quarter one higher. */
	private static int distortIndex(Random random, int reference, int length) {
		int index = reference;
		double r = random.nextDouble();
		double lowering = 0.25;
		while (r < lowering && index >= 1) {
			index--;
			lowering *= 0.10;
		}
		double raising = 0.75;
		while (r > raising && index < length - 1) {
			index++;
			raising = 1.0 - (1.0 - raising) * 0.10;
		}
		return index;
	}

	/** 1..max, mostly small: (2000^u - 1) / 1999 for a uniform u. */
	private static int powerLaw(Random random, int max) {
		double base = 2000.0;
		double x = (Math.pow(base, random.nextDouble()) - 1.0) / (base - 1.0);
		return (int) Math.floor(x * max) + 1;
	}

	/**
	 * The published distribution at {@code processesPerComputer}, every computer's capacity of resource r
	 * multiplied by {@code capacityFactor * demand_r / capacity_r} (rounded, at least 1), costs unchanged.
	 */
	static Instance published(int computers, int processesPerComputer, double capacityFactor, long seed) {
		// The factor as written (1.3, 1.25), so that 1.25 does not become "1.3" in the name.
		String name = String.format(java.util.Locale.ROOT, "published-%dx%d-f%s-seed%d", computers,
				computers * processesPerComputer, java.math.BigDecimal.valueOf(capacityFactor).stripTrailingZeros().toPlainString(), seed);
		Instance raw = published(name, computers, computers * processesPerComputer, new Random(seed));
		double[] demand = new double[3];
		double[] capacity = new double[3];
		for (Instance.Process p : raw.processes()) {
			demand[0] += p.cpu();
			demand[1] += p.memory();
			demand[2] += p.network();
		}
		for (Instance.Computer c : raw.computers()) {
			capacity[0] += c.cpu();
			capacity[1] += c.memory();
			capacity[2] += c.network();
		}
		double[] scale = new double[3];
		for (int r = 0; r < 3; r++) {
			scale[r] = capacityFactor * demand[r] / capacity[r];
		}
		List<Instance.Computer> scaled = new ArrayList<>();
		for (Instance.Computer c : raw.computers()) {
			scaled.add(new Instance.Computer(c.id(), scaled(c.cpu(), scale[0]), scaled(c.memory(), scale[1]),
					scaled(c.network(), scale[2]), c.cost()));
		}
		return new Instance(name, scaled, raw.processes());
	}

	private static int scaled(int capacity, double scale) {
		return Math.max(1, (int) Math.round(capacity * scale));
	}

	/** A heterogeneous instance and the assignment that shows it feasible (process id to computer id). */
	record Planted(Instance instance, java.util.Map<String, String> assignment) {
	}

	/** Families: CPU : memory : network per size unit, and price per unit at the smallest size. */
	private static final int[][] FAMILIES = { { 2, 8, 1, 100 }, // general purpose
			{ 4, 8, 1, 120 }, // compute
			{ 1, 16, 1, 110 }, // memory
	};
	/** Sizes in units; the price of a machine is unit price * size^0.85, so larger is cheaper per unit. */
	private static final int[] SIZES = { 1, 2, 4, 8, 16, 32 };

	/** Five task classes: CPU, memory, network at multiplier 1 (then times 1..4). */
	private static final int[][] TASK_CLASSES = { { 1, 2, 1 }, // web
			{ 2, 4, 1 }, // application server
			{ 4, 4, 1 }, // batch
			{ 1, 12, 1 }, // cache
			{ 2, 8, 2 }, // database
	};

	/**
	 * About {@code computers} machines (families and sizes drawn with small machines more common), each filled
	 * in the planted assignment to a random 55-90 % of its capacity with tasks of the five classes; one in eight
	 * of the largest machines first gets a giant task of 60-80 % of its CPU and memory, more than any smaller
	 * machine has. Ids are shuffled so that list order says nothing about the planted assignment.
	 */
	static Planted heterogeneousFleet(int computers, long seed) {
		Random random = new Random(seed);
		List<Instance.Computer> cs = new ArrayList<>();
		List<int[]> demands = new ArrayList<>();
		List<Integer> plantedOn = new ArrayList<>();
		for (int i = 0; i < computers; i++) {
			int[] family = FAMILIES[random.nextInt(FAMILIES.length)];
			// Size index: geometric, small machines most common, the largest about 1 in 16.
			int s = 0;
			while (s < SIZES.length - 1 && random.nextDouble() < 0.55) {
				s++;
			}
			int size = SIZES[s];
			int unit = 8; // a size-1 general-purpose machine: 8 CPU, 32 memory, 4 network
			int cpu = family[0] * unit * size / 2;
			int memory = family[1] * unit * size / 2;
			int network = Math.max(1, family[2] * unit * size / 2);
			int cost = (int) Math.round(family[3] * Math.pow(size, 0.85));
			cs.add(new Instance.Computer(Integer.toString(i), cpu, memory, network, cost));
			double fill = 0.55 + 0.35 * random.nextDouble();
			int[] free = { (int) (cpu * fill), (int) (memory * fill), (int) (network * fill) };
			if (s == SIZES.length - 1 && random.nextInt(8) == 0) {
				// A giant task: more CPU and memory than any machine but the largest of some family has.
				double share = 0.6 + 0.2 * random.nextDouble();
				int[] giant = { (int) (cpu * share), (int) (memory * share), Math.max(1, network / 4) };
				demands.add(giant);
				plantedOn.add(i);
				fill = Math.max(fill, share + 0.1);
				free = new int[] { (int) (cpu * fill) - giant[0], (int) (memory * fill) - giant[1],
						(int) (network * fill) - giant[2] };
			}
			int misses = 0;
			while (misses < 4) {
				int[] cls = TASK_CLASSES[random.nextInt(TASK_CLASSES.length)];
				int m = 1 + random.nextInt(4);
				int[] d = { cls[0] * m, cls[1] * m, cls[2] * (1 + random.nextInt(2)) };
				if (d[0] <= free[0] && d[1] <= free[1] && d[2] <= free[2]) {
					demands.add(d);
					plantedOn.add(i);
					for (int r = 0; r < 3; r++) {
						free[r] -= d[r];
					}
				} else {
					misses++;
				}
			}
		}
		List<Integer> order = new ArrayList<>();
		for (int t = 0; t < demands.size(); t++) {
			order.add(t);
		}
		Collections.shuffle(order, random);
		List<Instance.Process> ps = new ArrayList<>();
		java.util.Map<String, String> planted = new java.util.LinkedHashMap<>();
		for (int k = 0; k < order.size(); k++) {
			int[] d = demands.get(order.get(k));
			ps.add(new Instance.Process(Integer.toString(k), d[0], d[1], d[2]));
			planted.put(Integer.toString(k), Integer.toString(plantedOn.get(order.get(k))));
		}
		String name = "heterogeneous-" + computers + "x" + ps.size() + "-seed" + seed;
		return new Planted(new Instance(name, cs, ps), planted);
	}
}
