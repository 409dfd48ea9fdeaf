package org.flotilla.console.core.audit;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.flotilla.console.core.remote.ServiceOperations;
import org.flotilla.protocol.Message.Response;

/**
 * The pool's audit as a console reads it, without a UI: asks the pool service for a page of its audit trail
 * ({@link ServiceOperations#AUDIT_READ}, filtered there: a console never fetches the whole trail) or of a node's own
 * audit ({@link ServiceOperations#AGENT_AUDIT}), and turns the answers into {@link Record}s.
 *
 * <p>Fields stay as the audit wrote them: escaped ({@code \\uXXXX} for what could end a line or hide text), so what a
 * peer put in a name shows as it is.
 */
public final class AuditTrail {

	/** Sends a request to the pool service ({@code PoolServiceClient::request}, or a protocol client's). */
	@FunctionalInterface
	public interface Service {
		CompletableFuture<Response> request(String operation, Map<String, String> arguments);
	}

	/**
	 * One line of an audit. For the service's: who asked (the certificate's name), their role, the operation, the
	 * node, task or job it concerned, its outcome (OK, REFUSED, FAILED, SUPPRESSED; an agent's command STARTED first)
	 * and the reason or what was made. For a node's own: the target is the node, the person the console (or the pool
	 * service) that asked it.
	 */
	public record Record(Instant at, String person, String role, String operation, String target, String outcome,
			String detail) {
	}

	/** A page, newest first; {@code next} is the offset of the next page when {@code more}. */
	public record Page(List<Record> records, boolean more, int next) {
	}

	/**
	 * What to ask for: each part null or blank for any. {@code since} inclusive, {@code until} exclusive; the texts
	 * match when contained (ignoring case), the outcome exactly.
	 */
	public record Filter(Instant since, Instant until, String person, String node, String operation, String outcome,
			String text) {

		public static final Filter ALL = new Filter(null, null, null, null, null, null, null);

		/** The request's arguments for this filter, from {@code offset}, at most {@code limit} lines. */
		public Map<String, String> arguments(int offset, int limit) {
			Map<String, String> arguments = new HashMap<>();
			if (since != null) {
				arguments.put("since", Long.toString(since.toEpochMilli()));
			}
			if (until != null) {
				arguments.put("until", Long.toString(until.toEpochMilli()));
			}
			put(arguments, "person", person);
			put(arguments, "node", node);
			put(arguments, "operation", operation);
			put(arguments, "outcome", outcome);
			put(arguments, "text", text);
			arguments.put("offset", Integer.toString(offset));
			arguments.put("limit", Integer.toString(limit));
			return arguments;
		}

		private static void put(Map<String, String> arguments, String key, String value) {
			if (value != null && !value.isBlank()) {
				arguments.put(key, value.strip());
			}
		}
	}

	/** The columns of a record, in the audit view's order (and its CSV's). */
	public static final List<String> COLUMNS = List.of("Time", "Person", "Role", "Operation", "Target", "Result", "Detail");

	private final Service service;

	public AuditTrail(Service service) {
		this.service = service;
	}

	/** A page of the pool's audit that {@code filter} matches, from {@code offset}. Completes on a network thread. */
	public CompletableFuture<Page> read(Filter filter, int offset) {
		return service.request(ServiceOperations.AUDIT_READ, filter.arguments(offset, ServiceOperations.AUDIT_PAGE_LINES))
				.thenApply(response -> servicePage(answered(response, "the pool's audit")));
	}

	/** A page of node {@code node}'s own audit, fetched from its agent through the service, from {@code offset}. */
	public CompletableFuture<Page> agentLog(String node, int offset) {
		return service.request(ServiceOperations.AGENT_AUDIT, Map.of("node", node, "offset", Integer.toString(offset),
				"limit", Integer.toString(ServiceOperations.AUDIT_PAGE_LINES)))
				.thenApply(response -> agentPage(node, answered(response, "the audit of " + node)));
	}

	private static Response answered(Response response, String what) {
		if (response.status() != Response.Status.OK) {
			throw new java.util.concurrent.CompletionException(new IOException("cannot read " + what + ": "
					+ response.status().name().toLowerCase(java.util.Locale.ROOT) + ", " + response.detail()));
		}
		return response;
	}

	/** The records of an {@link ServiceOperations#AUDIT_READ} answer. */
	public static Page servicePage(Response response) {
		List<Record> records = new ArrayList<>();
		for (String line : lines(response)) {
			String[] f = line.split("\t", -1);
			Instant at = instant(f[0]);
			if (at != null) {
				records.add(new Record(at, f(f, 1), f(f, 2), f(f, 3), f(f, 4), f(f, 5), f(f, 6)));
			}
		}
		return page(response, records);
	}

	/** The records of an {@link ServiceOperations#AGENT_AUDIT} answer: the agent's lines, the node as their target. */
	public static Page agentPage(String node, Response response) {
		List<Record> records = new ArrayList<>();
		for (String line : lines(response)) {
			String[] f = line.split("\t", -1);
			Instant at = instant(f[0]);
			if (at != null) {
				records.add(new Record(at, f(f, 1), f(f, 2), f(f, 3), node, f(f, 4), f(f, 5)));
			}
		}
		return page(response, records);
	}

	/** A record's cells in {@link #COLUMNS}' order. */
	public static String[] cells(Record record) {
		return new String[] { record.at().toString(), record.person(), record.role(), record.operation(), record.target(),
				record.outcome(), record.detail() };
	}

	private static Page page(Response response, List<Record> records) {
		int next;
		try {
			next = Integer.parseInt(response.values().getOrDefault("next", "0"));
		} catch (NumberFormatException e) {
			next = 0;
		}
		return new Page(List.copyOf(records), Boolean.parseBoolean(response.values().get("more")), next);
	}

	private static List<String> lines(Response response) {
		String text = response.values().getOrDefault("lines", "");
		return text.isEmpty() ? List.of() : List.of(text.split("\n"));
	}

	private static String f(String[] fields, int index) {
		return index < fields.length ? fields[index] : "";
	}

	private static Instant instant(String text) {
		try {
			return Instant.parse(text);
		} catch (DateTimeParseException e) {
			return null; // not an audit line
		}
	}
}
