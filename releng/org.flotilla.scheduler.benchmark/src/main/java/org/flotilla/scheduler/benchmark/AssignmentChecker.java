package org.flotilla.scheduler.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores an assignment file against an instance by the README's rules, sharing nothing with either solver:
 * it reads the written JSON back, recomputes every computer's usage from the assignment, and counts
 * capacity excess (hard) and the cost of used computers (soft).
 */
final class AssignmentChecker {

	record Verdict(boolean valid, String problem, long hardScore, long cost) {
		boolean feasible() {
			return valid && hardScore == 0;
		}

		@Override
		public String toString() {
			return valid ? hardScore + "hard/" + (-cost) + "soft" : "INVALID: " + problem;
		}
	}

	static Verdict check(Instance instance, Path assignmentFile) throws IOException {
		JsonNode root = new ObjectMapper().readTree(assignmentFile.toFile());
		if (root.has("dataset") && !root.get("dataset").asText().equals(instance.name())) {
			return new Verdict(false, "dataset " + root.get("dataset").asText() + " is not " + instance.name(), 0, 0);
		}
		JsonNode assignment = root.get("assignment");
		if (assignment == null || !assignment.isObject()) {
			return new Verdict(false, "no assignment object", 0, 0);
		}
		Map<String, Instance.Computer> computers = new HashMap<>();
		for (Instance.Computer c : instance.computers()) {
			computers.put(c.id(), c);
		}
		Map<String, long[]> used = new HashMap<>();
		Set<String> seen = new HashSet<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = assignment.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> e = it.next();
			if (!seen.add(e.getKey())) {
				return new Verdict(false, "process " + e.getKey() + " assigned twice", 0, 0);
			}
		}
		for (Instance.Process p : instance.processes()) {
			JsonNode target = assignment.get(p.id());
			if (target == null || target.isNull()) {
				return new Verdict(false, "process " + p.id() + " is not assigned", 0, 0);
			}
			Instance.Computer c = computers.get(target.asText());
			if (c == null) {
				return new Verdict(false, "process " + p.id() + " is on unknown computer " + target.asText(), 0, 0);
			}
			long[] u = used.computeIfAbsent(c.id(), k -> new long[3]);
			u[0] += p.cpu();
			u[1] += p.memory();
			u[2] += p.network();
		}
		if (seen.size() != instance.processes().size()) {
			return new Verdict(false, "assignment names " + seen.size() + " processes, instance has "
					+ instance.processes().size(), 0, 0);
		}
		long excess = 0;
		long cost = 0;
		for (Map.Entry<String, long[]> e : used.entrySet()) {
			Instance.Computer c = computers.get(e.getKey());
			long[] u = e.getValue();
			excess += Math.max(0, u[0] - c.cpu()) + Math.max(0, u[1] - c.memory()) + Math.max(0, u[2] - c.network());
			cost += c.cost();
		}
		return new Verdict(true, null, -excess, cost);
	}
}
