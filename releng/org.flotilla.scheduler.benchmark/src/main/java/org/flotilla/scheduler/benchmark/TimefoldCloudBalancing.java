package org.flotilla.scheduler.benchmark;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;

/**
 * The reference: the same instance modelled for Timefold Solver with constraint streams (capacity excess per
 * resource as hard score, cost of used computers as soft score), under the same time limit. Construction is the
 * official cloud-balancing example's: first fit decreasing, processes by difficulty (CPU * memory * network,
 * then id), computers by strength (CPU * memory * network, then cost descending, then id), as in its
 * CloudProcessDifficultyComparator and CloudComputerStrengthComparator. Local search is Timefold's default
 * (late acceptance).
 */
final class TimefoldCloudBalancing {

	/** Numeric ids in numeric order ("9" before "10"), others after them by text: the example compares long ids. */
	static final Comparator<String> ID_ORDER = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

	/** The example's CloudComputerStrengthComparator: weaker first. */
	public static class ComputerStrength implements Comparator<Computer> {
		@Override
		public int compare(Computer a, Computer b) {
			return Comparator.comparingLong(Computer::multiplicand)
					.thenComparing(Comparator.comparingInt((Computer c) -> c.cost).reversed())
					.thenComparing((Computer c) -> c.id, ID_ORDER).compare(a, b);
		}
	}

	/** The example's CloudProcessDifficultyComparator: easier first (first fit decreasing takes the hardest first). */
	public static class ProcessDifficulty implements Comparator<Process> {
		@Override
		public int compare(Process a, Process b) {
			return Comparator.comparingLong(Process::requiredMultiplicand).thenComparing((Process p) -> p.id, ID_ORDER)
					.compare(a, b);
		}
	}

	public static class Computer {
		@PlanningId
		public String id;
		public int cpu;
		public int memory;
		public int network;
		public int cost;

		public Computer() {
		}

		Computer(Instance.Computer c) {
			id = c.id();
			cpu = c.cpu();
			memory = c.memory();
			network = c.network();
			cost = c.cost();
		}

		long multiplicand() {
			return (long) cpu * memory * network;
		}
	}

	@PlanningEntity(comparatorClass = ProcessDifficulty.class)
	public static class Process {
		@PlanningId
		public String id;
		public int cpu;
		public int memory;
		public int network;
		@PlanningVariable(comparatorClass = ComputerStrength.class)
		public Computer computer;

		public Process() {
		}

		Process(Instance.Process p) {
			id = p.id();
			cpu = p.cpu();
			memory = p.memory();
			network = p.network();
		}

		long requiredMultiplicand() {
			return (long) cpu * memory * network;
		}

		public Computer getComputer() {
			return computer;
		}
	}

	@PlanningSolution
	public static class Balance {
		@ProblemFactCollectionProperty
		@ValueRangeProvider
		public List<Computer> computers;
		@PlanningEntityCollectionProperty
		public List<Process> processes;
		@PlanningScore
		public HardSoftScore score;
	}

	public static class Constraints implements ConstraintProvider {
		@Override
		public Constraint[] defineConstraints(ConstraintFactory f) {
			return new Constraint[] {
					f.forEach(Process.class).groupBy(Process::getComputer, sum(p -> p.cpu))
							.filter((c, used) -> used > c.cpu)
							.penalize(HardSoftScore.ONE_HARD, (c, used) -> used - c.cpu).asConstraint("cpu capacity"),
					f.forEach(Process.class).groupBy(Process::getComputer, sum(p -> p.memory))
							.filter((c, used) -> used > c.memory)
							.penalize(HardSoftScore.ONE_HARD, (c, used) -> used - c.memory).asConstraint("memory capacity"),
					f.forEach(Process.class).groupBy(Process::getComputer, sum(p -> p.network))
							.filter((c, used) -> used > c.network)
							.penalize(HardSoftScore.ONE_HARD, (c, used) -> used - c.network).asConstraint("network capacity"),
					f.forEach(Computer.class).ifExists(Process.class, Joiners.equal(c -> c, Process::getComputer))
							.penalize(HardSoftScore.ONE_SOFT, c -> c.cost).asConstraint("computer cost") };
		}
	}

	record Result(Map<String, String> assignment, long firstFeasibleNanos, long elapsedNanos, String score) {
	}

	static Result solve(Instance instance, Duration limit) {
		SolverConfig config = new SolverConfig().withSolutionClass(Balance.class).withEntityClasses(Process.class)
				.withConstraintProviderClass(Constraints.class).withTerminationSpentLimit(limit)
				.withPhases(new ConstructionHeuristicPhaseConfig()
						.withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING), new LocalSearchPhaseConfig());
		Solver<Balance> solver = SolverFactory.<Balance>create(config).buildSolver();
		Balance problem = new Balance();
		problem.computers = new ArrayList<>();
		for (Instance.Computer c : instance.computers()) {
			problem.computers.add(new Computer(c));
		}
		problem.processes = new ArrayList<>();
		for (Instance.Process p : instance.processes()) {
			problem.processes.add(new Process(p));
		}
		long start = System.nanoTime();
		long[] firstFeasible = { -1 };
		solver.addEventListener(event -> {
			if (firstFeasible[0] < 0 && event.getNewBestScore().isFeasible()
					&& event.getNewBestSolution().processes.stream().allMatch(p -> p.computer != null)) {
				firstFeasible[0] = System.nanoTime() - start;
			}
		});
		Balance best = solver.solve(problem);
		long elapsed = System.nanoTime() - start;
		Map<String, String> assignment = new HashMap<>();
		for (Process p : best.processes) {
			if (p.computer != null) {
				assignment.put(p.id, p.computer.id);
			}
		}
		return new Result(assignment, firstFeasible[0], elapsed, String.valueOf(best.score));
	}
}
