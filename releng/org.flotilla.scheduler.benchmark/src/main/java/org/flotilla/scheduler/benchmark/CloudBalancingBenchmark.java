package org.flotilla.scheduler.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.flotilla.scheduler.Objective;
import org.flotilla.scheduler.Placement;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.Solver;
import org.flotilla.scheduler.WhatIf;

/**
 * Runs the Flotilla scheduler (consolidate) and Timefold Solver on every cloud-balancing instance under the
 * same time limit, checks every result independently from the written assignment file, and prints a table
 * with every cost also as a ratio to the LP lower bound ({@link LpBound}). Then, with {@code --generated},
 * instances made by {@link InstanceGenerator} for the given seeds; then a 10,000-node, 100,000-task instance
 * resampled from the public ones (time to first feasible, memory, what-if latency).
 *
 * <pre>
 * --time-limit SECONDS  per instance and solver (default 10)
 * --out DIR             where assignments and results.md go (default target/benchmark-out)
 * --instances DIR       the cloud-balancing folder (default instances/cloudbalancing of this module)
 * --only TEXT           only instances whose name contains TEXT
 * --seed N              Flotilla's seed (default 0)
 * --threads N           Flotilla's parallel portfolio searches (default 1; Timefold always uses one)
 * --warm-up SECONDS     before measuring, each solver solves the middle-sized instance this long (default 10, 0: none)
 * --generated SEEDS     comma-separated generator seeds: run the generated sets (see GENERATED_SETS) for each
 * --sets NAMES          comma-separated subset of the generated sets (default all)
 * --skip-timefold, --skip-public, --skip-scale, --scale-only
 * </pre>
 * Timefold and Flotilla take turns going first (Flotilla first on the 1st, 3rd, ... instance), so that neither
 * always runs on a JVM the other has just warmed up or filled with garbage.
 */
public final class CloudBalancingBenchmark {

	/** Best published scores (OptaPlanner 2013 report) and the targets; the three small ones are proven optima. */
	private static final Map<String, Long> TARGET = Map.of("2computers-6processes", 5_460L, "3computers-9processes", 5_460L,
			"4computers-12processes", 7_410L, "100computers-300processes", 112_400L, "200computers-600processes", 196_350L,
			"400computers-1200processes", 441_870L, "800computers-2400processes", 915_260L, "1600computers-4800processes",
			1_830_000L, "2400computers-7000processes", 2_740_000L);

	/** The generated sets, by name: what {@code --generated} runs for each seed. */
	static final Map<String, String> GENERATED_SETS = new LinkedHashMap<>();
	static {
		GENERATED_SETS.put("pub3-f1.1", "published distribution, 5,000 computers x 15,000 processes, capacity 1.1 x demand");
		GENERATED_SETS.put("pub3-f1.3", "published distribution, 5,000 computers x 15,000 processes, capacity 1.3 x demand");
		GENERATED_SETS.put("pub3-f1.5", "published distribution, 5,000 computers x 15,000 processes, capacity 1.5 x demand");
		GENERATED_SETS.put("pub10-f1.3", "published distribution, 10,000 computers x 100,000 processes, capacity 1.3 x demand");
		GENERATED_SETS.put("pub10-f1.25", "published distribution, 10,000 computers x 100,000 processes, capacity 1.25 x demand (80 %)");
		GENERATED_SETS.put("hetero", "heterogeneous fleet, 4,000 computers (18 shapes), about 19,000 processes, planted feasible");
	}

	static Instance generate(String set, long seed) {
		return switch (set) {
		case "pub3-f1.1" -> InstanceGenerator.published(5_000, 3, 1.1, seed);
		case "pub3-f1.3" -> InstanceGenerator.published(5_000, 3, 1.3, seed);
		case "pub3-f1.5" -> InstanceGenerator.published(5_000, 3, 1.5, seed);
		case "pub10-f1.3" -> InstanceGenerator.published(10_000, 10, 1.3, seed);
		case "pub10-f1.25" -> InstanceGenerator.published(10_000, 10, 1.25, seed);
		case "hetero" -> InstanceGenerator.heterogeneousFleet(4_000, seed).instance();
		default -> throw new IllegalArgumentException("unknown generated set " + set + "; known: " + GENERATED_SETS.keySet());
		};
	}

	/** Flotilla's portfolio searches ({@code --threads}); Timefold always runs on one thread. */
	static int flotillaThreads = 1;

	public static void main(String[] args) throws Exception {
		Duration limit = Duration.ofSeconds(10);
		Path out = Path.of("target/benchmark-out");
		Path instances = Path.of("instances/cloudbalancing");
		String only = null;
		long seed = 0;
		double warmUp = 10;
		List<Long> generatedSeeds = new ArrayList<>();
		List<String> sets = new ArrayList<>(GENERATED_SETS.keySet());
		boolean timefold = true;
		boolean scale = true;
		boolean cloud = true;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--time-limit" -> limit = Duration.ofMillis(Math.round(Double.parseDouble(args[++i]) * 1000));
			case "--out" -> out = Path.of(args[++i]);
			case "--instances" -> instances = Path.of(args[++i]);
			case "--only" -> only = args[++i];
			case "--seed" -> seed = Long.parseLong(args[++i]);
			case "--threads" -> flotillaThreads = Integer.parseInt(args[++i]);
			case "--warm-up" -> warmUp = Double.parseDouble(args[++i]);
			case "--generated" -> {
				for (String n : args[++i].split(",")) {
					generatedSeeds.add(Long.parseLong(n.trim()));
				}
			}
			case "--sets" -> sets = List.of(args[++i].split(","));
			case "--skip-timefold" -> timefold = false;
			case "--skip-scale" -> scale = false;
			case "--skip-public" -> cloud = false;
			case "--scale-only" -> cloud = false;
			default -> throw new IllegalArgumentException("unknown argument " + args[i]);
			}
		}
		Files.createDirectories(out.resolve("flotilla"));
		Files.createDirectories(out.resolve("timefold"));
		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT, "time limit %.1f s per instance and solver; Flotilla threads %d; %s, %d cores, JDK %s; load average at start %s%n%n",
				limit.toMillis() / 1000.0, flotillaThreads, System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), loadAverage()));
		List<Instance> publicInstances = cloud ? Instance.readFolder(instances) : List.of();
		if (warmUp > 0 && (cloud || !generatedSeeds.isEmpty())) {
			List<Instance> all = Instance.readFolder(instances);
			Instance warm = all.get(all.size() / 2);
			Duration warmLimit = Duration.ofMillis(Math.round(warmUp * 1000));
			solveWithFlotilla(warm, warmLimit, seed);
			if (timefold) {
				TimefoldCloudBalancing.solve(warm, warmLimit);
			}
			report.append(String.format(Locale.ROOT, "warm-up: each solver solved %s for %.1f s first%n%n", warm.name(), warmUp));
		}
		if (cloud) {
			report.append(TABLE_HEADER);
			int index = 0;
			for (Instance instance : publicInstances) {
				if (only != null && !instance.name().contains(only)) {
					continue;
				}
				String row = runInstance(instance, limit, seed, timefold, index++ % 2 == 0, out);
				report.append(row).append('\n');
				System.out.println(row);
			}
		}
		if (!generatedSeeds.isEmpty()) {
			report.append(String.format(Locale.ROOT, "%nGenerated instances (InstanceGenerator), seeds %s%n%n", generatedSeeds));
			for (String set : sets) {
				report.append("- ").append(set).append(": ").append(GENERATED_SETS.get(set)).append('\n');
			}
			report.append('\n').append(TABLE_HEADER);
			int index = 0;
			for (long generatorSeed : generatedSeeds) {
				for (String set : sets) {
					Instance instance = generate(set, generatorSeed);
					String row = runInstance(instance, limit, seed, timefold, index++ % 2 == 0, out);
					report.append(row).append('\n');
					System.out.println(row);
				}
			}
		}
		if (scale) {
			String scaleReport = runScale(instances, limit, seed, out);
			report.append('\n').append(scaleReport);
			System.out.println(scaleReport);
			String constrainedReport = runConstrainedScale(instances, limit, seed);
			report.append('\n').append(constrainedReport);
			System.out.println(constrainedReport);
		}
		report.append(String.format(Locale.ROOT, "%nload average at the end %s%n", loadAverage()));
		Files.writeString(out.resolve("results.md"), report);
		System.out.println();
		System.out.println(report);
	}

	private static final String TABLE_HEADER = """
			| instance | LP bound | feasible | Flotilla cost | Flotilla / bound | first feasible | time used | Timefold cost | Timefold / bound | Timefold feasible | Timefold first feasible | Flotilla / Timefold | first to run | published best / target | target met |
			|---|---:|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---|---:|---|
			""";

	/** The first field of /proc/loadavg (the 1-minute load average), or "?" where there is none. */
	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		} catch (IOException | RuntimeException e) {
			return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	static Problem toProblem(Instance instance) {
		Problem.Builder b = Problem.builder("cpu", "memory", "network").predictor(null);
		for (Instance.Computer c : instance.computers()) {
			b.addNode(c.id(), c.cost(), c.cpu(), c.memory(), c.network());
		}
		for (Instance.Process p : instance.processes()) {
			b.addTask(p.id(), p.cpu(), p.memory(), p.network());
		}
		return b.build();
	}

	/** Solves with Flotilla's consolidate objective and returns process id to computer id (unplaced left out). */
	static Placement solveWithFlotilla(Instance instance, Duration limit, long seed) {
		Problem problem = toProblem(instance);
		return Solver.builder().objective(Objective.consolidate()).timeLimit(limit).seed(seed).threads(flotillaThreads).build()
				.solve(problem);
	}

	static Map<String, String> assignmentOf(Placement placement) {
		Map<String, String> assignment = new LinkedHashMap<>();
		Problem problem = placement.problem();
		for (int t = 0; t < problem.tasks().size(); t++) {
			int n = placement.nodeIndexOf(t);
			if (n >= 0) {
				assignment.put(problem.task(t).id(), problem.node(n).id());
			}
		}
		return assignment;
	}

	/** Writes the README's assignment format: {"dataset": name, "assignment": {"processId": computerId}}. */
	static Path writeAssignment(Path folder, String name, Map<String, String> assignment) throws IOException {
		return writeAssignment(folder, name, name, assignment);
	}

	/** As above, to the file {@code fileName}.json. */
	static Path writeAssignment(Path folder, String fileName, String name, Map<String, String> assignment) throws IOException {
		ObjectMapper mapper = new ObjectMapper();
		ObjectNode root = mapper.createObjectNode();
		root.put("dataset", name);
		ObjectNode map = root.putObject("assignment");
		assignment.forEach((process, computer) -> {
			if (computer.matches("-?\\d{1,18}")) {
				map.put(process, Long.parseLong(computer));
			} else {
				map.put(process, computer);
			}
		});
		Path file = folder.resolve(fileName + ".json");
		mapper.writeValue(file.toFile(), root);
		return file;
	}

	private static String runInstance(Instance instance, Duration limit, long seed, boolean timefold, boolean flotillaFirst,
			Path out) throws IOException {
		double bound = LpBound.of(instance);
		TimefoldCloudBalancing.Result tf = null;
		if (timefold && !flotillaFirst) {
			tf = TimefoldCloudBalancing.solve(instance, limit);
		}
		Placement placement = solveWithFlotilla(instance, limit, seed);
		if (timefold && flotillaFirst) {
			tf = TimefoldCloudBalancing.solve(instance, limit);
		}
		Path file = writeAssignment(out.resolve("flotilla"), instance.name(), assignmentOf(placement));
		AssignmentChecker.Verdict ours = AssignmentChecker.check(instance, file);
		String tfCost = "-";
		String tfRatio = "-";
		String tfFeasible = "-";
		String tfFirst = "-";
		String ratio = "-";
		if (tf != null) {
			Path tfFile = writeAssignment(out.resolve("timefold"), instance.name(), tf.assignment());
			AssignmentChecker.Verdict theirs = AssignmentChecker.check(instance, tfFile);
			boolean complete = tf.assignment().size() == instance.processes().size();
			tfCost = theirs.valid() ? fmt(theirs.cost()) : "-";
			tfRatio = theirs.feasible() ? ratio(theirs.cost(), bound) : "-";
			tfFeasible = theirs.feasible() ? "yes"
					: complete ? "NO (" + theirs + ")"
							: "no: construction unfinished, " + fmt(tf.assignment().size()) + " of " + fmt(instance.processes().size()) + " assigned";
			tfFirst = tf.firstFeasibleNanos() < 0 ? "never" : seconds(tf.firstFeasibleNanos());
			if (ours.feasible() && theirs.feasible()) {
				ratio = String.format(Locale.ROOT, "%.4f", (double) ours.cost() / theirs.cost());
			}
		}
		long target = TARGET.getOrDefault(instance.name(), -1L);
		String met = target < 0 ? "-" : ours.feasible() && ours.cost() <= target ? "yes" : "no";
		Duration first = placement.timeToFirstFeasible();
		return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |", instance.name(),
				Double.isNaN(bound) ? "none" : fmt(Math.round(Math.ceil(bound - 1e-6))),
				ours.feasible() ? "yes" : "NO (" + ours + ")", ours.valid() ? fmt(ours.cost()) : "invalid",
				ours.feasible() ? ratio(ours.cost(), bound) : "-",
				first == null ? "never" : seconds(first.toNanos()), seconds(placement.timeUsed().toNanos()), tfCost, tfRatio, tfFeasible,
				tfFirst, ratio, tf == null ? "-" : flotillaFirst ? "Flotilla" : "Timefold", target < 0 ? "-" : fmt(target), met);
	}

	private static String ratio(long cost, double bound) {
		return Double.isNaN(bound) ? "-" : String.format(Locale.ROOT, "%.3f", cost / bound);
	}

	/**
	 * 10,000 computers and 100,000 processes drawn (with replacement, seed 47) from the computers and processes
	 * of the nine instances. The instances carry about 2.9 processes per computer; at 10 per computer the
	 * same processes would need 3.4 times the capacity there is, so every computer's capacity is multiplied by
	 * (10 / (7000 / 2400)) to keep the load ratio of the largest instance. Costs are unchanged.
	 */
	static Instance generateScaleInstance(Path instances, int computers, int processes) throws IOException {
		List<Instance.Computer> computerPool = new ArrayList<>();
		List<Instance.Process> processPool = new ArrayList<>();
		// In file-name order, as before instances were ordered by size, so that seed 47 draws the same instance.
		try (var list = Files.list(instances)) {
			for (Path p : list.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
				Instance i = Instance.read(p);
				computerPool.addAll(i.computers());
				processPool.addAll(i.processes());
			}
		}
		double factor = ((double) processes / computers) / (7000.0 / 2400.0);
		SplittableRandom random = new SplittableRandom(47);
		List<Instance.Computer> cs = new ArrayList<>();
		for (int i = 0; i < computers; i++) {
			Instance.Computer c = computerPool.get(random.nextInt(computerPool.size()));
			cs.add(new Instance.Computer(Integer.toString(i), (int) Math.round(c.cpu() * factor),
					(int) Math.round(c.memory() * factor), (int) Math.round(c.network() * factor), c.cost()));
		}
		List<Instance.Process> ps = new ArrayList<>();
		for (int i = 0; i < processes; i++) {
			Instance.Process p = processPool.get(random.nextInt(processPool.size()));
			ps.add(new Instance.Process(Integer.toString(i), p.cpu(), p.memory(), p.network()));
		}
		return new Instance(computers + "computers-" + processes + "processes-generated", cs, ps);
	}

	private static String runScale(Path instances, Duration limit, long seed, Path out) throws IOException {
		Instance instance = generateScaleInstance(instances, 10_000, 100_000);
		System.gc();
		long baseline = usedHeap();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
		long start = System.nanoTime();
		Problem problem = toProblem(instance);
		long built = System.nanoTime();
		Placement placement = Solver.builder().objective(Objective.consolidate()).timeLimit(limit).seed(seed)
				.threads(flotillaThreads).build().solve(problem);
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		System.gc();
		long retained = usedHeap() - baseline;
		Path file = writeAssignment(out.resolve("flotilla"), instance.name(), assignmentOf(placement));
		AssignmentChecker.Verdict verdict = AssignmentChecker.check(instance, file);
		Placement construction = Solver.builder().objective(Objective.consolidate()).maxSteps(0).seed(seed).build().solve(problem);
		AssignmentChecker.Verdict constructionVerdict = AssignmentChecker.check(instance,
				writeAssignment(out.resolve("flotilla"), instance.name() + "-construction", instance.name(), assignmentOf(construction)));
		double bound = LpBound.of(instance);
		Duration first = placement.timeToFirstFeasible();
		// What-if latency: a planning board asks this for every node the dragged task passes over.
		WhatIf whatIf = new WhatIf(placement, Objective.consolidate());
		SplittableRandom pick = new SplittableRandom(1);
		int feasibleMoves = 0;
		int evaluations = 1_000_000;
		for (int i = 0; i < 100_000; i++) { // warm-up
			feasibleMoves += whatIf.evaluate(pick.nextInt(100_000), pick.nextInt(10_000)).feasible() ? 1 : 0;
		}
		feasibleMoves = 0;
		long whatIfStart = System.nanoTime();
		for (int i = 0; i < evaluations; i++) {
			feasibleMoves += whatIf.evaluate(pick.nextInt(100_000), pick.nextInt(10_000)).feasible() ? 1 : 0;
		}
		double whatIfMicros = (System.nanoTime() - whatIfStart) / 1e3 / evaluations;
		long totalCost = instance.computers().stream().mapToLong(Instance.Computer::cost).sum();
		return String.format(Locale.ROOT, """
				Scale run: %s (generated, seed 47), time limit %.1f s
				- problem built in %s s; first feasible placement %s s after solve() started (construction heuristic)
				- feasible: %s (checked independently); LP bound %s; cost after construction %s (%s x bound), after %s s of search %s (%s x bound; all computers: %s); %,d search steps
				- memory: %,d MB heap retained by problem + placement, %,d MB peak heap during the run (JVM -Xmx %,d MB)
				- what-if: %.2f us per evaluation on average over %,d random task/node pairs (%,d feasible)
				""", instance.name(), limit.toMillis() / 1000.0, seconds(built - start), first == null ? "never" : seconds(first.toNanos()),
				verdict.feasible() ? "yes" : "NO (" + verdict + ")", fmt(Math.round(Math.ceil(bound - 1e-6))),
				constructionVerdict.feasible() ? fmt(constructionVerdict.cost()) : constructionVerdict.toString(),
				ratio(constructionVerdict.cost(), bound), seconds(placement.timeUsed().toNanos()), fmt(verdict.cost()),
				ratio(verdict.cost(), bound), fmt(totalCost), placement.steps(),
				retained >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20, whatIfMicros, evaluations, feasibleMoves);
	}

	/** The scale instance with labels, stacks, anti-affinity and pins ({@link ConstrainedScale}), checked by its own checker. */
	private static String runConstrainedScale(Path instances, Duration limit, long seed) throws IOException {
		Instance instance = generateScaleInstance(instances, 10_000, 100_000);
		ConstrainedScale constrained = new ConstrainedScale(instance, 11);
		long start = System.nanoTime();
		Problem problem = constrained.toProblem();
		long built = System.nanoTime();
		Placement placement = Solver.builder().objective(Objective.consolidate()).timeLimit(limit).seed(seed)
				.threads(flotillaThreads).build().solve(problem);
		int[] nodeOf = placement.nodeIndexes();
		List<String> violations = constrained.violations(nodeOf);
		long unplaced = java.util.Arrays.stream(nodeOf).filter(n -> n < 0).count();
		long cost = constrained.cost(nodeOf);
		double bound = LpBound.of(instance);
		Duration first = placement.timeToFirstFeasible();
		return String.format(Locale.ROOT, """
				Constrained scale run: the same instance; a third of the tasks require a label, a tenth jvm >= 21, a fiftieth jvm >= 25,
				a tenth in anti-affinity groups of five, %d pinned (ConstrainedScale, seed 11), time limit %.1f s
				- problem built in %s s; first feasible placement %s s after solve() started
				- %d unplaced; %d constraint violations (checked independently)%s
				- cost after %s s %s (%s x the capacity-only LP bound %s); %,d search steps
				""", constrained.pinnedCount(), limit.toMillis() / 1000.0, seconds(built - start),
				first == null ? "never" : seconds(first.toNanos()), unplaced, violations.size(),
				violations.isEmpty() ? "" : ", first: " + violations.get(0), seconds(placement.timeUsed().toNanos()), fmt(cost),
				ratio(cost, bound), fmt(Math.round(Math.ceil(bound - 1e-6))), placement.steps());
	}

	private static long usedHeap() {
		Runtime rt = Runtime.getRuntime();
		return rt.totalMemory() - rt.freeMemory();
	}

	private static String fmt(long v) {
		return String.format(Locale.ROOT, "%,d", v);
	}

	private static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
	}
}
