package org.flotilla.agent.internal.packages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The journal of one package's transaction in progress ({@code NAME/transaction.properties}): what it changes (the
 * new version's directory, the old one's) and the step it is at, rewritten (forced, renamed into place) before every
 * step, and deleted once the transaction is committed or rolled back. An agent that finds one when it starts was
 * killed in the middle: it reads where, and finishes or rolls back.
 */
public final class Transaction {

	public enum Kind {
		APPLY, REMOVE
	}

	/** Where a transaction is, in order; {@link #COMMIT} is entered only after the new version passed its health check. */
	public enum Phase {
		STAGE, INSTALL, CONFIGURE, STOP_OLD, START, HEALTH, COMMIT, UNINSTALL, ROLLBACK
	}

	private final Path file;
	private final Properties p;

	private Transaction(Path file, Properties p) {
		this.file = file;
		this.p = p;
	}

	public static Transaction apply(Path file, long epoch, String newDir, String newVersion, String newSha, String oldDir,
			String oldVersion) {
		Properties p = new Properties();
		p.setProperty("kind", "apply");
		p.setProperty("epoch", Long.toString(epoch));
		p.setProperty("new-dir", newDir);
		p.setProperty("new-version", newVersion);
		p.setProperty("new-sha256", newSha);
		if (oldDir != null) {
			p.setProperty("old-dir", oldDir);
			p.setProperty("old-version", oldVersion);
		}
		return new Transaction(file, p);
	}

	public static Transaction remove(Path file, long epoch, String dir, String version) {
		Properties p = new Properties();
		p.setProperty("kind", "remove");
		p.setProperty("epoch", Long.toString(epoch));
		p.setProperty("old-dir", dir);
		p.setProperty("old-version", version);
		return new Transaction(file, p);
	}

	public static Transaction read(Path file) throws IOException {
		Properties p = PackageFiles.read(file);
		if (p == null) {
			throw new IOException("no transaction in " + file);
		}
		return new Transaction(file, p);
	}

	/** Journals that the transaction is now at {@code phase} (before the step runs). */
	public void enter(Phase phase) throws IOException {
		p.setProperty("phase", phase.name());
		p.remove("step-pid");
		PackageFiles.write(file, p);
	}

	/** Journals the pid of the step process running now (killed by a recovering agent if still there). */
	public void stepStarted(long pid) {
		p.setProperty("step-pid", Long.toString(pid));
		try {
			PackageFiles.write(file, p);
		} catch (IOException e) {
			// The step runs anyway; at worst a recovering agent does not know its pid and leaves it to end by itself.
		}
	}

	/** Journals that the old version was stopped (a rollback must start it again). */
	public void oldStopped() throws IOException {
		p.setProperty("old-stopped", "true");
		PackageFiles.write(file, p);
	}

	public void delete() throws IOException {
		Files.deleteIfExists(file);
	}

	public Kind kind() {
		return Kind.valueOf(p.getProperty("kind", "apply").toUpperCase(Locale.ROOT));
	}

	/** The phase, null before the first step. */
	public Phase phase() {
		String phase = p.getProperty("phase");
		return phase == null ? null : Phase.valueOf(phase);
	}

	public long epoch() {
		return Long.parseLong(p.getProperty("epoch", "0"));
	}

	public boolean wasOldStopped() {
		return Boolean.parseBoolean(p.getProperty("old-stopped", "false"));
	}

	public long stepPid() {
		return Long.parseLong(p.getProperty("step-pid", "0"));
	}

	public String newDir() {
		return p.getProperty("new-dir");
	}

	public String newVersion() {
		return p.getProperty("new-version");
	}

	public String newSha() {
		return p.getProperty("new-sha256");
	}

	public String oldDir() {
		return p.getProperty("old-dir");
	}

	/** Records the host's boot the transaction runs in (before its first phase is written). */
	public Transaction inBoot(String bootId) {
		p.setProperty("boot", bootId == null ? "" : bootId);
		return this;
	}

	/** The host's boot the transaction ran in ("" when not recorded): another boot means the host restarted since. */
	public String boot() {
		return p.getProperty("boot", "");
	}
}
