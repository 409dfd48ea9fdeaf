package org.flotilla.scheduler.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Scores an assignment file against an instance by the README's rules, sharing nothing with either solver:
 * it reads the written JSON back, recomputes every computer's usage from the assignment, and counts
 * capacity excess (hard) and the cost of used computers (soft).
 * <p>
 * The file is read with Jackson's streaming parser, token by token, not as a tree: a tree keeps only the last
 * of two equal keys, so a process assigned twice would pass unseen.
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

	private static Verdict invalid(String problem) {
		return new Verdict(false, problem, 0, 0);
	}

	static Verdict check(Instance instance, Path assignmentFile) throws IOException {
		String dataset = null;
		Map<String, String> assignment = null;
		try (JsonParser parser = new JsonFactory().createParser(assignmentFile.toFile())) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return invalid("not a JSON object");
			}
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String field = parser.currentName();
				JsonToken value = parser.nextToken();
				if (field.equals("dataset")) {
					dataset = parser.getValueAsString();
				} else if (field.equals("assignment")) {
					if (value != JsonToken.START_OBJECT) {
						return invalid("assignment is not an object");
					}
					if (assignment != null) {
						return invalid("two assignment objects");
					}
					assignment = new LinkedHashMap<>();
					while (parser.nextToken() == JsonToken.FIELD_NAME) {
						String process = parser.currentName();
						JsonToken target = parser.nextToken();
						if (target != JsonToken.VALUE_NUMBER_INT && target != JsonToken.VALUE_STRING) {
							return invalid("process " + process + " is assigned to " + target + ", not a computer id");
						}
						if (assignment.put(process, parser.getText()) != null) {
							return invalid("process " + process + " assigned twice");
						}
					}
				} else {
					parser.skipChildren();
				}
			}
		}
		if (dataset != null && !dataset.equals(instance.name())) {
			return invalid("dataset " + dataset + " is not " + instance.name());
		}
		if (assignment == null) {
			return invalid("no assignment object");
		}
		Map<String, Instance.Computer> computers = new HashMap<>();
		for (Instance.Computer c : instance.computers()) {
			computers.put(c.id(), c);
		}
		Map<String, long[]> used = new HashMap<>();
		for (Instance.Process p : instance.processes()) {
			String target = assignment.get(p.id());
			if (target == null) {
				return invalid("process " + p.id() + " is not assigned");
			}
			Instance.Computer c = computers.get(target);
			if (c == null) {
				return invalid("process " + p.id() + " is on unknown computer " + target);
			}
			long[] u = used.computeIfAbsent(c.id(), k -> new long[3]);
			u[0] += p.cpu();
			u[1] += p.memory();
			u[2] += p.network();
		}
		if (assignment.size() != instance.processes().size()) {
			return invalid("assignment names " + assignment.size() + " processes, instance has " + instance.processes().size());
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
