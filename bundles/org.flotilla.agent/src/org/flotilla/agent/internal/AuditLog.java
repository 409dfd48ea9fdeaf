package org.flotilla.agent.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

import org.flotilla.protocol.AuditFile;
import org.flotilla.protocol.AuditRateLimit;
import org.flotilla.protocol.LogText;

/**
 * The agent's audit log (DESIGN.md: "every command, allowed or refused, is written to the agent's audit log
 * before it acts, and no peer can flush that log"). Two files in the data directory, so that no peer can push
 * an administrator's entries out by being refused:
 * <ul>
 * <li>{@value #FILE}: every command a console was allowed to send, written and forced to disk <em>before</em> the
 * command acts (a command whose record cannot be written is refused), then its outcome. Only roles allowed to
 * command write here, and each of their requests is bounded by the protocol's in-flight limits.</li>
 * <li>{@value #REFUSED_FILE}: every refused request (unknown operation, missing role, audit failure), at most a
 * burst of {@value #REFUSAL_BURST} and then one per {@value #REFUSAL_REFILL_SECONDS} s per connection (and
 * {@value #REFUSALS_PER_MINUTE} a minute over all connections); refusals beyond that are counted, and the count is
 * written as one line once the connection may write again or a minute has passed.</li>
 * </ul>
 * Each file rotates at a size ({@value #FILE} at 10 MiB, {@value #REFUSED_FILE} at 1 MiB), keeping
 * {@value #GENERATIONS} earlier generations ({@code audit.log.1} the newest). Every field is escaped (no tabs,
 * line breaks or control characters from a peer: see {@link LogText}) and cut to a length, and a line never exceeds
 * {@value #LINE_MAX} characters. Files are created readable by their owner only.
 *
 * <p>Line format, tab-separated: instant, console name, role, operation, outcome, detail. The file format, rotation
 * and the refusal budget are the pool's shared ones ({@link AuditFile}, {@link AuditRateLimit}): the pool service
 * keeps its audit the same way.
 */
public final class AuditLog {

	public static final String FILE = "audit.log";
	public static final String REFUSED_FILE = "audit-refused.log";
	static final long ROTATE_BYTES = 10L << 20;
	static final long REFUSED_ROTATE_BYTES = 1L << 20;
	static final int GENERATIONS = 5;
	static final int LINE_MAX = AuditFile.LINE_MAX;
	static final int REFUSAL_BURST = 20;
	static final int REFUSAL_REFILL_SECONDS = 6;
	static final int REFUSALS_PER_MINUTE = 120;
	/** Connections whose refusal budget is remembered (least recently refused forgotten first). */
	private static final int TRACKED_CONNECTIONS = 256;
	private static final System.Logger LOG = System.getLogger(AuditLog.class.getName());

	private final AuditFile file;
	private final AuditFile refusedFile;
	private final InstantSource clock;
	private final AuditRateLimit refusals;

	public AuditLog(Path dataDir, InstantSource clock) {
		this.file = new AuditFile(dataDir.resolve(FILE), ROTATE_BYTES, GENERATIONS);
		this.refusedFile = new AuditFile(dataDir.resolve(REFUSED_FILE), REFUSED_ROTATE_BYTES, GENERATIONS);
		this.clock = clock;
		this.refusals = new AuditRateLimit(REFUSAL_BURST, REFUSAL_REFILL_SECONDS, REFUSALS_PER_MINUTE, TRACKED_CONNECTIONS,
				clock.millis(), (console, role, count, since, now) -> writeRefused(line(Instant.ofEpochMilli(now), console, role,
						"-", "SUPPRESSED", count + " further refusals on this connection since " + Instant.ofEpochMilli(since)
								+ " not written one by one")));
	}

	/**
	 * Records, and forces to disk, that {@code console} is about to run {@code operation}: call it before the command
	 * acts, and do not act when it throws.
	 *
	 * @throws IOException the record could not be written (the disk is full, the file is not writable…)
	 */
	public synchronized void commandStarting(String console, String role, String operation, String arguments)
			throws IOException {
		file.append(line(clock.instant(), console, role, operation, "STARTED", arguments), true);
	}

	/** Records how a command ended; a failing disk is logged, never thrown (the command has already acted). */
	public synchronized void commandFinished(String console, String role, String operation, String outcome,
			String detail) {
		try {
			file.append(line(clock.instant(), console, role, operation, outcome, detail), true);
		} catch (IOException e) {
			LOG.log(Level.WARNING, "cannot write the audit log " + file.file() + ": " + e.getMessage());
		}
	}

	/**
	 * Records a refused request of connection {@code connectionId}, within its budget; beyond the budget it is
	 * counted. A failing disk is logged, never thrown: the request is refused either way.
	 */
	public synchronized void refused(long connectionId, String console, String role, String operation, String reason) {
		long now = clock.millis();
		if (refusals.allow(connectionId, console, role, now)) {
			writeRefused(line(Instant.ofEpochMilli(now), console, role, operation, "REFUSED", reason));
		}
	}

	/**
	 * Writes the counts of refusals left unwritten for a minute or more; call it now and then (the agent does at every
	 * sample), so a flood that stopped is still accounted for.
	 */
	public synchronized void flushSuppressed() {
		refusals.flush(clock.millis());
	}

	private void writeRefused(String line) {
		try {
			refusedFile.append(line, false);
		} catch (IOException e) {
			LOG.log(Level.WARNING, "cannot write the audit log " + refusedFile.file() + ": " + e.getMessage());
		}
	}

	public Path file() {
		return file.file();
	}

	public Path refusedFile() {
		return refusedFile.file();
	}

	/**
	 * The newest lines of both files (commands and refusals, merged by time), newest first, from {@code offset} on:
	 * what the agent's {@code audit-read} answers.
	 */
	public AuditFile.Page read(int offset, int limit) throws IOException {
		return AuditFile.read(List.of(file, refusedFile), entry -> true, offset, limit);
	}

	/** One line: every field escaped and cut, the whole at most {@link #LINE_MAX} characters. */
	static String line(Instant at, String console, String role, String operation, String outcome, String detail) {
		return AuditFile.line(at, List.of(String.valueOf(console), String.valueOf(role), String.valueOf(operation),
				String.valueOf(outcome), String.valueOf(detail)), LogText.NAME, 16, LogText.NAME, 16, LogText.DETAIL);
	}

	static Path generation(Path target, int generation) {
		return AuditFile.generation(target, generation);
	}
}
