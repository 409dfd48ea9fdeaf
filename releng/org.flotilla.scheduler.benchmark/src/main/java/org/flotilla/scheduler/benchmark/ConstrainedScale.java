package org.flotilla.scheduler.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.flotilla.scheduler.Problem;

/**
 * The scale instance with the engine's other hard constraints added (issue 15): a third of the tasks require
 * a label (half of them "ssd", which half of the nodes have; half of them one of three zones), a tenth need
 * jvm >= 21 (installed on two thirds of the nodes) and a fiftieth jvm >= 25 (provisionable on a quarter), a
 * tenth are replicas in anti-affinity groups of five, and 100 small tasks are pinned to a node that holds
 * them. The constraints are kept here as plain arrays so that {@link #violations} checks an assignment
 * without the engine's code.
 */
final class ConstrainedScale {

	private static final String[] ZONES = { "zone=a", "zone=b", "zone=c" };

	final Instance instance;
	final boolean[] nodeSsd;
	final int[] nodeZone;
	final int[] nodeJvm;
	final boolean[] nodeJvm25Provisionable;
	/** -1 none, 0..2 a zone, 3 "ssd". */
	final int[] taskLabel;
	/** 0 none, else the minimum jvm major version. */
	final int[] taskJvm;
	/** -1 none, else the anti-affinity group. */
	final int[] taskGroup;
	/** -1 not pinned, else the computer index. */
	final int[] taskPin;

	ConstrainedScale(Instance instance, long seed) {
		this.instance = instance;
		int nodes = instance.computers().size();
		int tasks = instance.processes().size();
		SplittableRandom random = new SplittableRandom(seed);
		nodeSsd = new boolean[nodes];
		nodeZone = new int[nodes];
		nodeJvm = new int[nodes];
		nodeJvm25Provisionable = new boolean[nodes];
		for (int n = 0; n < nodes; n++) {
			nodeSsd[n] = random.nextBoolean();
			nodeZone[n] = random.nextInt(3);
			nodeJvm[n] = random.nextInt(3) == 0 ? 17 : 21;
			nodeJvm25Provisionable[n] = random.nextInt(4) == 0;
		}
		taskLabel = new int[tasks];
		taskJvm = new int[tasks];
		taskGroup = new int[tasks];
		taskPin = new int[tasks];
		int pins = 0;
		for (int t = 0; t < tasks; t++) {
			taskLabel[t] = -1;
			taskGroup[t] = -1;
			taskPin[t] = -1;
			Instance.Process p = instance.processes().get(t);
			if (t % 1_000 == 7 && pins < 100) {
				int n = (int) ((long) (t / 1_000) * (nodes / 100) % nodes);
				Instance.Computer c = instance.computers().get(n);
				if (p.cpu() <= c.cpu() && p.memory() <= c.memory() && p.network() <= c.network()) {
					taskPin[t] = n; // a different node for each pin
					pins++;
					continue;
				}
			}
			if (random.nextInt(3) == 0) {
				taskLabel[t] = random.nextBoolean() ? 3 : random.nextInt(3);
			}
			int stack = random.nextInt(50);
			taskJvm[t] = stack == 0 ? 25 : stack < 5 ? 21 : 0;
			if (t % 10 == 3) {
				taskGroup[t] = t / 50;
			}
		}
	}

	Problem toProblem() {
		Problem.Builder b = Problem.builder("cpu", "memory", "network").predictor(null);
		for (int n = 0; n < instance.computers().size(); n++) {
			Instance.Computer c = instance.computers().get(n);
			Problem.NodeBuilder nb = b.node(c.id()).capacity(c.cpu(), c.memory(), c.network()).cost(c.cost())
					.labels(ZONES[nodeZone[n]]).installed("jvm", Integer.toString(nodeJvm[n]));
			if (nodeSsd[n]) {
				nb.labels("ssd");
			}
			if (nodeJvm25Provisionable[n]) {
				nb.provisionable("jvm", "25");
			}
			nb.add();
		}
		for (int t = 0; t < instance.processes().size(); t++) {
			Instance.Process p = instance.processes().get(t);
			Problem.TaskBuilder tb = b.task(p.id()).demand(p.cpu(), p.memory(), p.network());
			if (taskLabel[t] >= 0) {
				tb.requireLabels(taskLabel[t] == 3 ? "ssd" : ZONES[taskLabel[t]]);
			}
			if (taskJvm[t] > 0) {
				tb.requireStack("jvm", Integer.toString(taskJvm[t]));
			}
			if (taskGroup[t] >= 0) {
				tb.antiAffinityGroups("replicas-" + taskGroup[t]);
			}
			if (taskPin[t] >= 0) {
				tb.pinnedTo(instance.computers().get(taskPin[t]).id());
			}
			tb.add();
		}
		return b.build();
	}

	int pinnedCount() {
		int count = 0;
		for (int pin : taskPin) {
			count += pin >= 0 ? 1 : 0;
		}
		return count;
	}

	/** Every broken constraint (capacity, label, stack, anti-affinity, pin) of node index per task (-1: unplaced). */
	List<String> violations(int[] nodeOf) {
		List<String> found = new ArrayList<>();
		int nodes = instance.computers().size();
		long[] used = new long[nodes * 3];
		java.util.Set<Long> groupOnNode = new java.util.HashSet<>();
		for (int t = 0; t < nodeOf.length; t++) {
			int n = nodeOf[t];
			if (taskPin[t] >= 0 && n != taskPin[t]) {
				found.add("pinned task " + t + " moved");
			}
			if (n < 0) {
				continue;
			}
			Instance.Process p = instance.processes().get(t);
			used[n * 3] += p.cpu();
			used[n * 3 + 1] += p.memory();
			used[n * 3 + 2] += p.network();
			if (taskLabel[t] == 3 && !nodeSsd[n] || taskLabel[t] >= 0 && taskLabel[t] < 3 && nodeZone[n] != taskLabel[t]) {
				found.add("task " + t + " lacks its label on node " + n);
			}
			if (taskJvm[t] > 0 && nodeJvm[n] < taskJvm[t] && !(nodeJvm25Provisionable[n] && 25 >= taskJvm[t])) {
				found.add("task " + t + " lacks jvm " + taskJvm[t] + " on node " + n);
			}
			if (taskGroup[t] >= 0 && !groupOnNode.add((long) taskGroup[t] * nodes + n)) {
				found.add("two replicas of group " + taskGroup[t] + " on node " + n);
			}
		}
		for (int n = 0; n < nodes; n++) {
			Instance.Computer c = instance.computers().get(n);
			if (used[n * 3] > c.cpu() || used[n * 3 + 1] > c.memory() || used[n * 3 + 2] > c.network()) {
				found.add("node " + n + " over capacity");
			}
		}
		return found;
	}

	/** Cost of the computers that run at least one task. */
	long cost(int[] nodeOf) {
		boolean[] usedNode = new boolean[instance.computers().size()];
		long cost = 0;
		for (int n : nodeOf) {
			if (n >= 0 && !usedNode[n]) {
				usedNode[n] = true;
				cost += instance.computers().get(n).cost();
			}
		}
		return cost;
	}
}
