package org.flotilla.agent.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * <p>Line format, tab-separated: instant, console name, role, operation, outcome, detail.
 */
public final class AuditLog {

	public static final String FILE = "audit.log";
	public static final String REFUSED_FILE = "audit-refused.log";
	static final long ROTATE_BYTES = 10L << 20;
	static final long REFUSED_ROTATE_BYTES = 1L << 20;
	static final int GENERATIONS = 5;
	static final int LINE_MAX = 1024;
	static final int REFUSAL_BURST = 20;
	static final int REFUSAL_REFILL_SECONDS = 6;
	static final int REFUSALS_PER_MINUTE = 120;
	/** Connections whose refusal budget is remembered (least recently refused forgotten first). */
	private static final int TRACKED_CONNECTIONS = 256;
	private static final System.Logger LOG = System.getLogger(AuditLog.class.getName());
	private static final FileAttribute<?> OWNER_ONLY = PosixFilePermissions
			.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

	/** A token bucket of refusal lines for one connection, and what it left unwritten. */
	private static final class Budget {
		final String console;
		final String role;
		double tokens = REFUSAL_BURST;
		long refilledAtMillis;
		long suppressed;
		long suppressedSinceMillis;

		Budget(String console, String role, long now) {
			this.console = console;
			this.role = role;
			this.refilledAtMillis = now;
		}
	}

	private final Path file;
	private final Path refusedFile;
	private final InstantSource clock;
	private final Map<Long, Budget> budgets = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Budget> eldest) {
			if (size() <= TRACKED_CONNECTIONS) {
				return false;
			}
			writeSuppressed(eldest.getValue(), clock.millis());
			return true;
		}
	};
	private double globalTokens = REFUSALS_PER_MINUTE;
	private long globalRefilledAtMillis;

	public AuditLog(Path dataDir, InstantSource clock) {
		this.file = dataDir.resolve(FILE);
		this.refusedFile = dataDir.resolve(REFUSED_FILE);
		this.clock = clock;
		this.globalRefilledAtMillis = clock.millis();
	}

	/**
	 * Records, and forces to disk, that {@code console} is about to run {@code operation}: call it before the command
	 * acts, and do not act when it throws.
	 *
	 * @throws IOException the record could not be written (the disk is full, the file is not writable…)
	 */
	public synchronized void commandStarting(String console, String role, String operation, String arguments)
			throws IOException {
		append(file, ROTATE_BYTES, line(clock.instant(), console, role, operation, "STARTED", arguments), true);
	}

	/** Records how a command ended; a failing disk is logged, never thrown (the command has already acted). */
	public synchronized void commandFinished(String console, String role, String operation, String outcome,
			String detail) {
		try {
			append(file, ROTATE_BYTES, line(clock.instant(), console, role, operation, outcome, detail), true);
		} catch (IOException e) {
			LOG.log(Level.WARNING, "cannot write the audit log " + file + ": " + e.getMessage());
		}
	}

	/**
	 * Records a refused request of connection {@code connectionId}, within its budget; beyond the budget it is
	 * counted. A failing disk is logged, never thrown: the request is refused either way.
	 */
	public synchronized void refused(long connectionId, String console, String role, String operation, String reason) {
		long now = clock.millis();
		Budget budget = budgets.computeIfAbsent(connectionId, id -> new Budget(console, role, now));
		refill(budget, now);
		if (budget.tokens < 1 || globalTokens < 1) {
			if (budget.suppressed++ == 0) {
				budget.suppressedSinceMillis = now;
			}
			return;
		}
		budget.tokens--;
		globalTokens--;
		writeSuppressed(budget, now);
		writeRefused(line(Instant.ofEpochMilli(now), console, role, operation, "REFUSED", reason));
	}

	/**
	 * Writes the counts of refusals left unwritten for a minute or more; call it now and then (the agent does at every
	 * sample), so a flood that stopped is still accounted for.
	 */
	public synchronized void flushSuppressed() {
		long now = clock.millis();
		for (Budget budget : budgets.values()) {
			if (budget.suppressed > 0 && now - budget.suppressedSinceMillis >= 60_000) {
				writeSuppressed(budget, now);
			}
		}
	}

	/** Writes and forgets the count of one connection's unwritten refusals, if any. */
	private void writeSuppressed(Budget budget, long now) {
		if (budget.suppressed == 0) {
			return;
		}
		writeRefused(line(Instant.ofEpochMilli(now), budget.console, budget.role, "-", "SUPPRESSED",
				budget.suppressed + " further refusals on this connection since "
						+ Instant.ofEpochMilli(budget.suppressedSinceMillis) + " not written one by one"));
		budget.suppressed = 0;
	}

	private void refill(Budget budget, long now) {
		double elapsed = Math.max(0, now - budget.refilledAtMillis) / 1000.0;
		budget.tokens = Math.min(REFUSAL_BURST, budget.tokens + elapsed / REFUSAL_REFILL_SECONDS);
		budget.refilledAtMillis = now;
		double globalElapsed = Math.max(0, now - globalRefilledAtMillis) / 60_000.0;
		globalTokens = Math.min(REFUSALS_PER_MINUTE, globalTokens + globalElapsed * REFUSALS_PER_MINUTE);
		globalRefilledAtMillis = now;
	}

	private void writeRefused(String line) {
		try {
			append(refusedFile, REFUSED_ROTATE_BYTES, line, false);
		} catch (IOException e) {
			LOG.log(Level.WARNING, "cannot write the audit log " + refusedFile + ": " + e.getMessage());
		}
	}

	public Path file() {
		return file;
	}

	public Path refusedFile() {
		return refusedFile;
	}

	/** One line: every field escaped and cut, the whole at most {@link #LINE_MAX} characters. */
	static String line(Instant at, String console, String role, String operation, String outcome, String detail) {
		String line = String.join("\t", at.toString(), LogText.of(console, LogText.NAME), LogText.of(role, 16),
				LogText.of(operation, LogText.NAME), LogText.of(outcome, 16), LogText.of(detail, LogText.DETAIL));
		if (line.length() > LINE_MAX - 1) {
			line = line.substring(0, LINE_MAX - 2) + "\u2026";
		}
		return line + "\n";
	}

	private static void append(Path target, long rotateBytes, String line, boolean force) throws IOException {
		rotateIfFull(target, rotateBytes);
		byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
		try (FileChannel channel = open(target)) {
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			long start = channel.size();
			try {
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				if (force) {
					channel.force(false);
				}
			} catch (IOException e) {
				channel.truncate(start); // no half line for the next one to be glued to
				throw e;
			}
		}
	}

	private static FileChannel open(Path target) throws IOException {
		try {
			return FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
		} catch (NoSuchFileException e) {
			try {
				return FileChannel.open(target, java.util.Set.of(StandardOpenOption.WRITE, StandardOpenOption.APPEND,
						StandardOpenOption.CREATE_NEW), OWNER_ONLY);
			} catch (UnsupportedOperationException notPosix) {
				return FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND,
						StandardOpenOption.CREATE);
			}
		}
	}

	/** Shifts {@code target} to {@code target.1}, {@code .1} to {@code .2}… when it is full; the oldest goes. */
	private static void rotateIfFull(Path target, long rotateBytes) throws IOException {
		if (!Files.isRegularFile(target) || Files.size(target) < rotateBytes) {
			return;
		}
		for (int generation = GENERATIONS - 1; generation >= 1; generation--) {
			Path older = generation(target, generation);
			if (Files.exists(older)) {
				Files.move(older, generation(target, generation + 1), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		Files.move(target, generation(target, 1), StandardCopyOption.REPLACE_EXISTING);
	}

	static Path generation(Path target, int generation) {
		return target.resolveSibling(target.getFileName() + "." + generation);
	}
}
