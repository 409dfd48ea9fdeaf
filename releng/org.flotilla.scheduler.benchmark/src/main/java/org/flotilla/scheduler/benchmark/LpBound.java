package org.flotilla.scheduler.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The lower bound of the benchmark README ("the cheapest set of computers whose total capacity covers the total
 * demand of each resource, packing ignored") as a linear program: minimise sum cost * y subject to
 * sum capacity_r * y >= demand_r for every resource, 0 <= y <= 1. The LP relaxation is at most the README's 0/1
 * bound and differs from it by less than three computers' cost (a basic solution has at most three fractional
 * y, one per constraint), so it is a valid, slightly weaker bound. Computers of equal shape and cost are one
 * variable bounded by their number, which keeps the LP small (the published distribution has at most 343
 * shapes) for Apache Commons Math's dense simplex.
 */
final class LpBound {

	private LpBound() {
	}

	/** The bound; {@code Double.NaN} when all computers together cannot cover the demand. */
	static double of(Instance instance) {
		Map<List<Integer>, Integer> countOfShape = new LinkedHashMap<>();
		for (Instance.Computer c : instance.computers()) {
			countOfShape.merge(List.of(c.cpu(), c.memory(), c.network(), c.cost()), 1, Integer::sum);
		}
		List<List<Integer>> shapes = new ArrayList<>(countOfShape.keySet());
		int k = shapes.size();
		double[] demand = new double[3];
		for (Instance.Process p : instance.processes()) {
			demand[0] += p.cpu();
			demand[1] += p.memory();
			demand[2] += p.network();
		}
		double[] cost = new double[k];
		List<LinearConstraint> constraints = new ArrayList<>();
		for (int r = 0; r < 3; r++) {
			double[] row = new double[k];
			double total = 0;
			for (int i = 0; i < k; i++) {
				row[i] = shapes.get(i).get(r);
				total += row[i] * countOfShape.get(shapes.get(i));
			}
			if (total < demand[r]) {
				return Double.NaN;
			}
			constraints.add(new LinearConstraint(row, Relationship.GEQ, demand[r]));
		}
		for (int i = 0; i < k; i++) {
			cost[i] = shapes.get(i).get(3);
			double[] row = new double[k];
			row[i] = 1;
			constraints.add(new LinearConstraint(row, Relationship.LEQ, countOfShape.get(shapes.get(i))));
		}
		PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(cost, 0),
				new LinearConstraintSet(constraints), GoalType.MINIMIZE, new NonNegativeConstraint(true));
		return optimum.getValue();
	}
}
