package org.flotilla.agent.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.InstantSource;

/**
 * The agent's audit log ({@code audit.log} in its data directory): one line per command a console
 * sent, allowed or refused, with who sent it and in which role (DESIGN.md: "every command is written
 * to the agent's audit log"). Questions that change nothing (status, inventory, history) are not
 * commands and are not logged. Past {@value #ROTATE_BYTES} bytes the log moves to
 * {@code audit.log.1} (one generation kept), so a chatty console cannot fill the disk.
 *
 * <p>Line format, tab-separated: instant, console name, role, operation, outcome, detail.
 */
public final class AuditLog {

	public static final String FILE = "audit.log";
	static final long ROTATE_BYTES = 10L << 20;
	private static final System.Logger LOG = System.getLogger(AuditLog.class.getName());

	private final Path file;
	private final InstantSource clock;

	public AuditLog(Path dataDir, InstantSource clock) {
		this.file = dataDir.resolve(FILE);
		this.clock = clock;
	}

	/** Appends one entry; a failing disk is logged, never thrown at the console's request. */
	public synchronized void record(String console, String role, String operation, String outcome, String detail) {
		String line = String.join("\t", clock.instant().toString(), clean(console), clean(role), clean(operation),
				clean(outcome), clean(detail)) + "\n";
		try {
			if (Files.isRegularFile(file) && Files.size(file) > ROTATE_BYTES) {
				Files.move(file, file.resolveSibling(FILE + ".1"), StandardCopyOption.REPLACE_EXISTING);
			}
			Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			LOG.log(Level.WARNING, "cannot write the audit log " + file + ": " + e.getMessage());
		}
	}

	public Path file() {
		return file;
	}

	/** One field per column: no tabs or line breaks from a peer's text. */
	private static String clean(String text) {
		return text == null ? "" : text.replaceAll("[\\t\\r\\n]", " ");
	}
}
