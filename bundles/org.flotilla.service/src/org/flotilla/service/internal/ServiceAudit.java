package org.flotilla.service.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.protocol.AuditFile;
import org.flotilla.protocol.AuditRateLimit;
import org.flotilla.protocol.LogText;
import org.flotilla.protocol.Message.Response;

/**
 * The pool's audit trail as the pool service keeps it (the service acts for every console): every console request it
 * handles, allowed or refused, and every command it sends to an agent on someone's behalf, one line each in
 * {@code DATA_DIR/}{@value #FOLDER}{@code /}{@value #FILE}. The file format, rotation (at 10 MiB, five generations) and
 * owner-only creation are the pool's shared ones ({@link AuditFile}); the agents keep theirs the same way.
 *
 * <p>Line format, tab-separated: instant, person (the certificate's name), role, operation, target (names of the
 * node, task or job concerned), outcome ({@code OK}, {@code REFUSED}, {@code FAILED}, {@code SUPPRESSED}), detail (the
 * reason, or what was made: a job ID, a revision).
 *
 * <p>A console can cause lines it was not allowed to, or that change nothing (refusals and reads): those are written
 * within a budget per connection (one for refusals, one for reads, so routine reads never hide a refusal) ({@value #BURST} at once, then one per {@value #REFILL_SECONDS} s) and over all
 * connections ({@value #PER_MINUTE} a minute), and what is over it is counted in one line later, so that a flood
 * cannot push earlier entries (an administrator's change) out of the rotated file. Changes, and commands to agents,
 * are always written: only allowed roles cause them, each bounded by the service's requests in flight.
 */
public final class ServiceAudit {

	public static final String FOLDER = "audit";
	public static final String FILE = "service-audit.log";
	static final long ROTATE_BYTES = 10L << 20;
	static final int GENERATIONS = 5;
	static final int BURST = 20;
	static final int REFILL_SECONDS = 6;
	static final int PER_MINUTE = 120;
	private static final int TRACKED_CONNECTIONS = 256;
	/** Field indexes after the instant. */
	public static final int PERSON = 0, ROLE = 1, OPERATION = 2, TARGET = 3, OUTCOME = 4, DETAIL = 5;
	/** Agent operations that change nothing: the service asks them all the time, and they are not audited. */
	static final Set<String> AGENT_QUERIES = Set.of("ping", "inventory", "report-inventory", "latest", "history",
			"task-status", "task-log", "audit-read", "package-status");
	private static final Logger LOG = Logger.getLogger(ServiceAudit.class.getName());

	private final AuditFile file;
	private final InstantSource clock;
	/** Refusals and reads have budgets of their own: a console's routine reads never hide its refusals. */
	private final AuditRateLimit refusals;
	private final AuditRateLimit reads;

	public ServiceAudit(Path dataDirectory, InstantSource clock) {
		this.file = new AuditFile(dataDirectory.resolve(FOLDER).resolve(FILE), ROTATE_BYTES, GENERATIONS);
		this.clock = clock;
		this.refusals = budget("refusals", clock);
		this.reads = budget("reads", clock);
	}

	private AuditRateLimit budget(String what, InstantSource clock) {
		return new AuditRateLimit(BURST, REFILL_SECONDS, PER_MINUTE, TRACKED_CONNECTIONS, clock.millis(),
				(person, role, count, since, now) -> write(Instant.ofEpochMilli(now), person, role, "-", "-", "SUPPRESSED",
						count + " further " + what + " of this connection since " + Instant.ofEpochMilli(since)
								+ " not written one by one", false));
	}

	public Path file() {
		return file.file();
	}

	/**
	 * A console's request and its outcome. {@code budgeted}: a refusal or a read, written within the connection's
	 * budget only ({@code target} is only worked out when the line is written). Call it from any thread but the model
	 * thread when {@code target} asks the model thread.
	 */
	public void request(long connection, String person, String role, String operation, Supplier<String> target,
			String outcome, String detail, boolean budgeted) {
		long now = clock.millis();
		if (budgeted) {
			synchronized (this) {
				if (!("OK".equals(outcome) ? reads : refusals).allow(connection, person, role, now)) {
					return;
				}
			}
		}
		// The target is worked out outside the lock: it may wait for the model thread, which writes here too.
		write(Instant.ofEpochMilli(now), person, role, operation, safely(target), outcome, detail, !budgeted);
	}

	/** A command the service sent to node {@code node}'s agent for {@code person}, and what came of it. */
	public void agentCommand(String person, String node, String operation, String outcome, String detail) {
		write(clock.instant(), person, "service", "agent " + operation, node, outcome, detail, true);
	}

	/**
	 * {@code agents} with every command (not a question) written here with its outcome once the agent answered, for the
	 * person it was sent for ({@code onBehalfOf}, or {@code serviceName} when the service acts on its own). Only the
	 * task and epoch of the arguments are written: the rest (a command line, an environment) may hold secrets, and is
	 * in the agent's own audit.
	 */
	public TaskControl.Agents audited(TaskControl.Agents agents, String serviceName) {
		return (node, operation, arguments) -> {
			CompletableFuture<Response> answer = agents.request(node, operation, arguments);
			if (isAgentCommand(operation)) {
				String person = arguments.getOrDefault("onBehalfOf", serviceName);
				String what = (arguments.containsKey("task") ? "task=" + arguments.get("task") + " " : "")
						+ (arguments.containsKey("epoch") ? "epoch=" + arguments.get("epoch") + " " : "");
				answer.whenComplete((response, failure) -> agentCommand(person, node, operation,
						failure != null ? "FAILED" : response.status().name(), what + (failure != null
								? String.valueOf(failure.getMessage()) : response.status() == Response.Status.OK ? "" : response.detail())));
			}
			return answer;
		};
	}

	/** Whether the service's request {@code operation} to an agent is a command (audited) rather than a question. */
	public static boolean isAgentCommand(String operation) {
		return !AGENT_QUERIES.contains(operation);
	}

	/** Writes the counts of lines left unwritten for a minute or more (the service calls it now and then). */
	public synchronized void flush() {
		refusals.flush(clock.millis());
		reads.flush(clock.millis());
	}

	/** The lines {@code query} matches, newest first, from {@code offset}, at most {@code limit}. */
	public AuditFile.Page read(Query query, int offset, int limit) throws IOException {
		return AuditFile.read(List.of(file), query::matches, offset, limit);
	}

	private void write(Instant at, String person, String role, String operation, String target, String outcome,
			String detail, boolean force) {
		try {
			file.append(AuditFile.line(at, List.of(s(person), s(role), s(operation), s(target), s(outcome), s(detail)),
					LogText.NAME, 16, LogText.NAME, LogText.NAME * 2, 16, LogText.DETAIL), force);
		} catch (IOException e) {
			// The request has been answered: the service goes on, and says so loudly.
			LOG.log(Level.SEVERE, "cannot write the pool's audit " + file.file() + ": " + e.getMessage());
		}
	}

	private static String safely(Supplier<String> target) {
		try {
			String value = target.get();
			return value == null ? "" : value;
		} catch (RuntimeException e) {
			return "(" + e.getMessage() + ")";
		}
	}

	private static String s(String text) {
		return text == null ? "" : text;
	}

	/**
	 * What a reader of the audit asks for: each part null or empty for any. {@code person}, {@code node} (in the
	 * target), {@code operation} and {@code text} (anywhere in the line) match when contained, ignoring case;
	 * {@code outcome} matches exactly, ignoring case; {@code since} inclusive, {@code until} exclusive.
	 */
	public record Query(Instant since, Instant until, String person, String node, String operation, String outcome,
			String text) {

		public static final Query ALL = new Query(null, null, null, null, null, null, null);

		boolean matches(AuditFile.Entry entry) {
			return (since == null || !entry.at().isBefore(since)) && (until == null || entry.at().isBefore(until))
					&& contains(entry.field(PERSON), person) && contains(entry.field(TARGET), node)
					&& contains(entry.field(OPERATION), operation)
					&& (blank(outcome) || entry.field(OUTCOME).equalsIgnoreCase(outcome.strip()))
					&& contains(entry.line(), text);
		}

		private static boolean contains(String field, String wanted) {
			return blank(wanted) || field.toLowerCase(Locale.ROOT).contains(wanted.strip().toLowerCase(Locale.ROOT));
		}

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}
	}
}
