package org.flotilla.agent.packages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.lang.System.Logger.Level;
import java.util.stream.Stream;

import org.flotilla.agent.internal.packages.ArchiveCache;
import org.flotilla.agent.internal.packages.PackageFiles;
import org.flotilla.agent.internal.packages.Steps;
import org.flotilla.agent.internal.packages.Transaction;
import org.flotilla.packages.PackageArchive;
import org.flotilla.packages.PackageFormatException;
import org.flotilla.packages.PackageManifest;
import org.flotilla.packages.PackageVersion;
import org.flotilla.packages.ParameterException;
import org.flotilla.packages.ParameterValues;
import org.flotilla.packages.Step;
import org.flotilla.packages.StepDefinition;
import org.flotilla.packages.Templates;
import org.flotilla.protocol.SecretFiles;
import org.flotilla.protocol.packages.PackageOperations;

/**
 * The agent's provisioning runtime (issue 14): receives package archives in chunks, applies them transactionally,
 * removes them, and says what is installed. Its data is {@code DATA_DIR/packages/}, owner-only:
 *
 * <pre>
 * cache/SHA.fpkg, SHA.part, SHA.offer   received archives (see ArchiveCache); the last two versions per package kept
 * journal.log                           every step, written before it runs and when it ended
 * NAME/VERSION@EPOCH/                   an installed version: payload and rendered templates (FLOTILLA_PACKAGE_HOME),
 *                                       and .flotilla/ (manifest, steps, parameters)
 * NAME/current                          symlink to the current version's directory, switched atomically
 * NAME/state/                           FLOTILLA_PACKAGE_STATE: kept across versions (pid, logs, data)
 * NAME/installed.properties             what is installed: version, directory, epoch, parameters, health, last result
 * NAME/transaction.properties           the transaction in progress and the step it is at (see Transaction)
 * NAME/epoch                            the last epoch accepted (kept after a remove)
 * NAME/logs/                            the steps' output
 * </pre>
 *
 * <p>An apply stages the new version into its own directory (extract and render), runs install and configure, stops
 * the old version, starts the new one, health-checks it and switches {@code current}; on any failure it stops the
 * new one, starts the old one and health-checks it again. Each step is written to the transaction file before it
 * runs, so an agent killed in the middle finishes the switch (when the new version had passed its health check) or
 * rolls back when it starts again ({@link #recover()}). One apply or remove at a time per package.
 */
public final class PackageRuntime implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(PackageRuntime.class.getName());

	/** The runtime's folder in the agent's data directory. */
	public static final String DIRECTORY = "packages";
	/** packages.max.archive when the configuration does not say: 512 MiB. */
	public static final long DEFAULT_MAXIMUM_ARCHIVE_BYTES = 512L << 20;

	private static final String INSTALLED = "installed.properties";
	private static final String TRANSACTION = "transaction.properties";
	private static final String CURRENT = "current";
	private static final String META = ".flotilla";

	private final Path root;
	private final String nodeName;
	private final ArchiveCache cache;
	private final Steps steps;
	private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final CountDownLatch recovered = new CountDownLatch(1);
	/** The host's boot as the kernel names it (empty when unknown): a package started in another boot is not running. */
	private final String bootId;

	private PackageRuntime(Path root, long maximumArchiveBytes, String nodeName, String bootId) throws IOException {
		this.root = root;
		this.nodeName = nodeName;
		this.bootId = bootId == null ? "" : bootId.strip();
		SecretFiles.createFolder(root);
		this.cache = new ArchiveCache(root.resolve("cache"), maximumArchiveBytes, nodeName);
		this.steps = new Steps(root.resolve("journal.log"), nodeName);
	}

	/** Whether {@code dataDir} holds provisioning state (then the agent opens the runtime at start, to recover). */
	public static boolean hasState(Path dataDir) {
		return Files.isDirectory(dataDir.resolve(DIRECTORY));
	}

	/**
	 * Opens the runtime in {@code dataDir/packages} (created owner-only). Call {@link #recover()} before serving
	 * (transactions an earlier agent left unfinished).
	 */
	public static PackageRuntime open(Path dataDir, long maximumArchiveBytes, String nodeName) throws IOException {
		return open(dataDir, maximumArchiveBytes, nodeName, currentBootId());
	}

	/**
	 * As {@link #open(Path, long, String)}, with the host's boot given ({@value #BOOT_ID_FILE} on Linux): a package
	 * recorded as started in another boot is started again by {@link #recover()}. Tests give one to stand for a restart
	 * of the host.
	 */
	public static PackageRuntime open(Path dataDir, long maximumArchiveBytes, String nodeName, String bootId) throws IOException {
		return new PackageRuntime(dataDir.resolve(DIRECTORY), maximumArchiveBytes, nodeName, bootId);
	}

	/** Where Linux names the current boot (a random UUID made at each boot). */
	public static final String BOOT_ID_FILE = "/proc/sys/kernel/random/boot_id";

	/** The current boot's ID, or "" where the host does not say (then nothing is started again after a restart). */
	public static String currentBootId() {
		try {
			return Files.readString(Path.of(BOOT_ID_FILE), StandardCharsets.US_ASCII).strip();
		} catch (IOException | RuntimeException e) {
			return "";
		}
	}

	/** The runtime's folder. */
	public Path root() {
		return root;
	}

	/** Calls {@code listener} after every change of what is installed (an apply, a remove, a recovery). */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	private void changed() {
		for (Runnable l : listeners) {
			try {
				l.run();
			} catch (RuntimeException e) {
				LOG.log(Level.WARNING, "a package listener failed", e);
			}
		}
	}

	// ------------------------------------------------------------------------------------------------ transfer

	/** {@code package-offer}: bytes of the archive already here (its size when it is here and verified). */
	public long offer(String name, String version, String sha256, long size) throws PackageRefusedException, IOException {
		return cache.offer(name, version, sha256, size);
	}

	/** {@code package-chunk}: appends {@code data} at {@code offset}; the bytes now here. */
	public long chunk(String sha256, long offset, byte[] data) throws PackageRefusedException, IOException {
		return cache.chunk(sha256, offset, data);
	}

	// ------------------------------------------------------------------------------------------------ apply

	/**
	 * {@code package-apply}: installs, upgrades, downgrades or reconfigures package {@code name} to {@code version}
	 * (the archive {@code sha256}, received before) with {@code parameters} (those not given take their defaults).
	 *
	 * @throws PackageRefusedException nothing was done (see its message)
	 * @throws PackageFailedException  a step failed; the message says which and where the package was left
	 */
	public ApplyResult apply(String name, String version, String sha256, Map<String, String> parameters, long epoch)
			throws PackageRefusedException, IOException {
		checkName(name);
		ReentrantLock lock = lock(name);
		try {
			Path archiveFile = cache.archive(sha256 == null ? "" : sha256);
			if (archiveFile == null) {
				throw new PackageRefusedException("package-apply: node " + nodeName + ": the archive of " + name + " " + version
						+ " (" + sha256 + ") has not been received here: send package-offer and package-chunk first");
			}
			PackageArchive archive;
			try {
				archive = PackageArchive.open(archiveFile);
			} catch (PackageFormatException e) {
				throw new PackageRefusedException("package-apply: node " + nodeName + ": " + name + " " + version + ": " + e.getMessage());
			}
			PackageManifest manifest = archive.manifest();
			if (!manifest.name().equals(name) || !manifest.version().toString().equals(version)) {
				throw new PackageRefusedException("package-apply: node " + nodeName + ": the archive " + sha256 + " holds "
						+ manifest.id() + ", not " + name + "-" + version);
			}
			int java = Runtime.version().feature();
			if (manifest.requiresJava() > java) {
				throw new PackageRefusedException("package-apply: node " + nodeName + ": " + manifest.id() + " needs Java "
						+ manifest.requiresJava() + ", this node's agent runs Java " + java);
			}
			ParameterValues values;
			try {
				values = manifest.resolve(parameters);
			} catch (ParameterException e) {
				throw new PackageRefusedException("package-apply: node " + nodeName + ": " + e.getMessage());
			}
			Path dir = root.resolve(name);
			checkEpoch(dir, name, epoch);
			SecretFiles.createFolder(dir);
			writeEpoch(dir, epoch);
			cache.applied(sha256);
			return applyLocked(dir, archive, values, sha256, epoch);
		} finally {
			lock.unlock();
		}
	}

	private ApplyResult applyLocked(Path dir, PackageArchive archive, ParameterValues values, String sha256, long epoch)
			throws IOException {
		PackageManifest manifest = archive.manifest();
		String name = manifest.name();
		if (Files.isRegularFile(dir.resolve(TRANSACTION))) {
			// Left by an apply whose rollback itself failed (an I/O error): settle it before anything else.
			recover(dir);
		}
		Properties installed = PackageFiles.read(dir.resolve(INSTALLED));
		Version old = installed == null ? null : loadVersion(dir, installed.getProperty("dir"));
		String newDirName = manifest.version() + "@" + epoch;
		Path newDir = dir.resolve(newDirName);
		Transaction tx = Transaction.apply(dir.resolve(TRANSACTION), epoch, newDirName, manifest.version().toString(), sha256,
				old == null ? null : old.dir.getFileName().toString(), old == null ? null : old.manifest.version().toString()).inBoot(bootId);
		List<StepOutcome> outcomes = new ArrayList<>();
		tx.enter(Transaction.Phase.STAGE);
		steps.journal(name, epoch, "stage " + newDirName, "starting");
		long t0 = System.nanoTime();
		Version next;
		try {
			stage(dir, archive, values, newDir);
			next = new Version(newDir, manifest, values);
		} catch (IOException | RuntimeException e) {
			deleteTree(newDir);
			deleteTree(dir.resolve(".staging-" + epoch));
			tx.delete();
			steps.journal(name, epoch, "stage", "failed: " + e.getMessage());
			throw new PackageFailedException("node " + nodeName + ": package " + manifest.id() + ": staging failed: "
					+ e.getMessage() + "; nothing changed", "stage", true);
		}
		outcomes.add(new StepOutcome("stage", "ok", (System.nanoTime() - t0) / 1_000_000));
		String failedStep = null;
		Steps.Result failure = null;
		String at = "install";
		try {
			Step[] order = { Step.INSTALL, Step.CONFIGURE };
			for (Step s : order) {
				at = s.wireName();
				tx.enter(s == Step.INSTALL ? Transaction.Phase.INSTALL : Transaction.Phase.CONFIGURE);
				var r = run(tx, next, s, s.wireName(), old, outcomes);
				if (r != null && !r.ok()) {
					failedStep = s.wireName();
					failure = r;
					break;
				}
			}
			if (failure == null && old != null) {
				at = "stop " + old.manifest.version();
				tx.enter(Transaction.Phase.STOP_OLD);
				var r = run(tx, old, Step.STOP, "stop " + old.manifest.version(), null, outcomes);
				tx.oldStopped();
				if (r != null && !r.ok()) {
					failedStep = "stop " + old.manifest.version();
					failure = r;
				}
			}
			if (failure == null) {
				at = "start";
				tx.enter(Transaction.Phase.START);
				var r = run(tx, next, Step.START, "start", old, outcomes);
				if (r != null && !r.ok()) {
					failedStep = "start";
					failure = r;
				}
			}
			if (failure == null) {
				at = "health";
				tx.enter(Transaction.Phase.HEALTH);
				var r = health(tx, next, "health", outcomes);
				if (r != null && !r.ok()) {
					failedStep = "health";
					failure = r;
				}
			}
		} catch (IOException | RuntimeException e) {
			// The step could not even be run (no /bin/sh, a full disk for its log): a failure like any other.
			failedStep = at;
			failure = new Steps.Result(false, "could not be run: " + e.getMessage(), "", 0);
		}
		if (failure != null) {
			throw rollback(dir, tx, old, next, failedStep, failure, outcomes);
		}
		tx.enter(Transaction.Phase.COMMIT);
		String result = old == null ? PackageOperations.INSTALLED
				: old.manifest.version().equals(manifest.version()) ? PackageOperations.RECONFIGURED
						: manifest.version().compareTo(old.manifest.version()) > 0 ? PackageOperations.UPGRADED
								: PackageOperations.DOWNGRADED;
		String said = result + (old == null ? "" : " from " + old.manifest.version());
		commit(dir, next, sha256, epoch, installed, said);
		tx.delete();
		steps.journal(name, epoch, "commit", said);
		changed();
		return new ApplyResult(result, old == null ? "" : old.manifest.version().toString(), manifest.version().toString(),
				outcomes);
	}

	/** Switches {@code current} to {@code next}, writes what is installed, deletes older versions and archives. */
	private void commit(Path dir, Version next, String sha256, long epoch, Properties before, String result)
			throws IOException {
		Path link = dir.resolve(CURRENT);
		Path temporary = dir.resolve(".current-" + epoch);
		Files.deleteIfExists(temporary);
		Files.createSymbolicLink(temporary, next.dir.getFileName());
		Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		Properties p = new Properties();
		p.setProperty("name", next.manifest.name());
		p.setProperty("version", next.manifest.version().toString());
		p.setProperty("layer", next.manifest.layer().wireName());
		p.setProperty("dir", next.dir.getFileName().toString());
		p.setProperty("epoch", Long.toString(epoch));
		p.setProperty("sha256", sha256);
		String previousSha = before == null ? "" : before.getProperty("sha256", "");
		String previousDir = before == null ? "" : before.getProperty("dir", "");
		if (before != null && before.getProperty("dir", "").equals(next.dir.getFileName().toString())) {
			previousSha = before.getProperty("previous-sha256", "");
			previousDir = before.getProperty("previous-dir", "");
		}
		p.setProperty("previous-sha256", previousSha);
		p.setProperty("previous-dir", previousDir);
		p.setProperty("health", next.manifest.step(Step.HEALTH).isPresent() ? "healthy" : "unknown");
		p.setProperty("health-url", healthUrl(next));
		p.setProperty("result", result);
		p.setProperty("at", Instant.now().toString());
		p.setProperty("boot", bootId);
		next.values.asMap().forEach((k, v) -> p.setProperty("param." + k, v));
		PackageFiles.write(dir.resolve(INSTALLED), p);
		// Keep the current and the previous version (and their archives); the rest goes.
		Set<String> keepDirs = new java.util.HashSet<>(List.of(next.dir.getFileName().toString(), previousDir));
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
			for (Path child : stream) {
				String n = child.getFileName().toString();
				if (n.contains("@") && !keepDirs.contains(n) && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
					deleteTree(child);
				}
			}
		}
		// A reconfiguration keeps the same archive: both may be one.
		cache.prune(next.manifest.name(), new java.util.HashSet<>(List.of(sha256, previousSha)));
	}

	/** Goes back to {@code old} (or to nothing), health-checks it, and says so in the exception it returns. */
	private PackageFailedException rollback(Path dir, Transaction tx, Version old, Version next, String failedStep,
			Steps.Result failure, List<StepOutcome> outcomes) throws IOException {
		String name = next.manifest.name();
		StringBuilder message = new StringBuilder("node " + nodeName + ": package " + next.manifest.id() + ": step "
				+ failedStep + " failed (" + failure.outcome() + ")");
		if (!failure.tail().isBlank()) {
			message.append(":\n").append(failure.tail().strip()).append('\n');
		}
		boolean back = rollBack(dir, tx, old, next, outcomes);
		String where;
		if (old == null) {
			where = "; rolled back: nothing was installed before, nothing is now";
		} else if (back) {
			where = "; rolled back to " + old.manifest.version() + (old.manifest.step(Step.HEALTH).isPresent() ? " (healthy)" : "");
		} else {
			where = "; rolling back to " + old.manifest.version() + " failed too: " + outcomes.get(outcomes.size() - 1).step()
					+ " " + outcomes.get(outcomes.size() - 1).outcome();
		}
		message.append(where.startsWith("; ") && message.charAt(message.length() - 1) == '\n' ? where.substring(2) : where);
		if (old != null) {
			Properties p = PackageFiles.read(dir.resolve(INSTALLED));
			if (p != null) {
				p.setProperty("result", "failed: " + next.manifest.version() + " " + failedStep + " (" + failure.outcome() + "), "
						+ (back ? "rolled back" : "rollback failed"));
				p.setProperty("health", back ? (old.manifest.step(Step.HEALTH).isPresent() ? "healthy" : "unknown")
						: "unhealthy: the rollback failed");
				PackageFiles.write(dir.resolve(INSTALLED), p);
			}
		}
		tx.delete();
		steps.journal(name, tx.epoch(), "rollback", back ? "done" : "failed");
		changed();
		return new PackageFailedException(message.toString(), failedStep, back);
	}

	/** Stops {@code next} if it may be running, starts {@code old} again if it was stopped; true when old is healthy. */
	private boolean rollBack(Path dir, Transaction tx, Version old, Version next, List<StepOutcome> outcomes)
			throws IOException {
		Transaction.Phase reached = tx.phase();
		tx.enter(Transaction.Phase.ROLLBACK);
		if (next != null && (reached == Transaction.Phase.START || reached == Transaction.Phase.HEALTH
				|| reached == Transaction.Phase.COMMIT || reached == Transaction.Phase.ROLLBACK)) {
			run(tx, next, Step.STOP, "stop " + next.manifest.version(), null, outcomes);
		}
		boolean healthy = true;
		if (old != null) {
			if (tx.wasOldStopped()) {
				var r = run(tx, old, Step.START, "start " + old.manifest.version(), null, outcomes);
				healthy = r == null || r.ok();
			}
			if (healthy) {
				var h = health(tx, old, "health " + old.manifest.version(), outcomes);
				healthy = h == null || h.ok();
				if (!healthy && !tx.wasOldStopped()) {
					// It was never stopped, yet is not healthy now: start it (an agent killed before it knew).
					var r = run(tx, old, Step.START, "start " + old.manifest.version(), null, outcomes);
					var again = r == null || r.ok() ? health(tx, old, "health " + old.manifest.version(), outcomes) : r;
					healthy = again == null || again.ok();
				}
			}
		}
		if (tx.newDir() != null) {
			deleteTree(dir.resolve(tx.newDir())); // also when it was staged only in part
		}
		deleteTree(dir.resolve(".staging-" + tx.epoch()));
		// The transaction stays until the caller has recorded the outcome: status reads it as "in progress" till then.
		return healthy;
	}

	// ------------------------------------------------------------------------------------------------ remove

	/** {@code package-remove}: stops the package, runs its uninstall step, deletes its versions and state. */
	public ApplyResult remove(String name, long epoch) throws PackageRefusedException, IOException {
		checkName(name);
		ReentrantLock lock = lock(name);
		try {
			Path dir = root.resolve(name);
			Properties installed = PackageFiles.read(dir.resolve(INSTALLED));
			if (installed == null) {
				throw new PackageRefusedException("package-remove: node " + nodeName + ": " + name + " is not installed here");
			}
			checkEpoch(dir, name, epoch);
			writeEpoch(dir, epoch);
			Version current = loadVersion(dir, installed.getProperty("dir"));
			Transaction tx = Transaction.remove(dir.resolve(TRANSACTION), epoch, installed.getProperty("dir"),
					installed.getProperty("version"));
			List<StepOutcome> outcomes = new ArrayList<>();
			finishRemove(dir, tx, current, outcomes);
			changed();
			return new ApplyResult(PackageOperations.REMOVED, installed.getProperty("version"), "", outcomes);
		} finally {
			lock.unlock();
		}
	}

	private void finishRemove(Path dir, Transaction tx, Version current, List<StepOutcome> outcomes) throws IOException {
		String name = dir.getFileName().toString();
		if (current != null) {
			if (tx.phase() == null || tx.phase() == Transaction.Phase.STOP_OLD) {
				tx.enter(Transaction.Phase.STOP_OLD);
				var r = run(tx, current, Step.STOP, "stop", null, outcomes);
				if (r != null && !r.ok()) {
					tx.delete();
					throw new PackageFailedException("node " + nodeName + ": package " + current.manifest.id()
							+ ": step stop failed (" + r.outcome() + ")" + (r.tail().isBlank() ? "" : ":\n" + r.tail().strip() + "\n")
							+ "; still installed", "stop", false);
				}
			}
			var u = (Steps.Result) null;
			if (tx.phase() != Transaction.Phase.COMMIT) {
				tx.enter(Transaction.Phase.UNINSTALL);
				u = run(tx, current, Step.UNINSTALL, "uninstall", null, outcomes);
			}
			if (u != null && !u.ok()) {
				tx.delete();
				throw new PackageFailedException("node " + nodeName + ": package " + current.manifest.id()
						+ ": step uninstall failed (" + u.outcome() + ")" + (u.tail().isBlank() ? "" : ":\n" + u.tail().strip() + "\n")
						+ "; it is stopped and still installed (apply it again to start it, or remove it again)", "uninstall", false);
			}
		}
		tx.enter(Transaction.Phase.COMMIT);
		Files.deleteIfExists(dir.resolve(INSTALLED));
		Files.deleteIfExists(dir.resolve(CURRENT));
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
			for (Path child : stream) {
				String n = child.getFileName().toString();
				if (!n.equals("epoch") && !n.equals(TRANSACTION)) {
					deleteTree(child);
				}
			}
		}
		cache.prune(name, Set.of());
		tx.delete();
		steps.journal(name, tx.epoch(), "remove", "done");
	}

	// ------------------------------------------------------------------------------------------------ recovery

	/**
	 * Finishes or rolls back every transaction an earlier agent left (it was killed in the middle): a package whose
	 * new version had passed its health check is switched to it; any other goes back to its previous version (or to
	 * nothing), which is started if it was stopped and health-checked. A remove is carried to its end. Then every
	 * package started in an earlier boot of the host is started again ({@link #startAfterHostRestart}).
	 */
	public void recover() {
		try {
			List<Path> packages = new ArrayList<>();
			try (DirectoryStream<Path> stream = Files.newDirectoryStream(root)) {
				for (Path dir : stream) {
					if (!dir.getFileName().toString().equals("cache") && Files.isDirectory(dir)) {
						packages.add(dir);
					}
				}
			}
			for (Path dir : packages) {
				if (Files.isRegularFile(dir.resolve(TRANSACTION))) {
					locked(dir, () -> recover(dir));
				}
			}
			// Bottom up, as provisioning installs them: kernel parameters, then middleware, then the applications that
			// run in it (an application's health check needs its server).
			packages.sort(Comparator.comparingInt(this::layerOrder).thenComparing(Path::toString));
			for (Path dir : packages) {
				locked(dir, () -> startAfterHostRestart(dir));
			}
		} catch (IOException e) {
			LOG.log(Level.WARNING, "node " + nodeName + ": cannot read " + root + ": " + e.getMessage(), e);
		} finally {
			recovered.countDown();
			changed();
		}
	}

	/**
	 * A package recorded as started in another boot of the host is not running (a server its start step launched died
	 * with the host; kernel parameters went back to the kernel's defaults): its start step runs again, then its health
	 * check. The boot is recorded first and the start is journaled as a committed transaction, so an agent killed
	 * meanwhile checks health and starts only if needed, and an agent that merely restarted starts nothing twice.
	 * A package installed by an agent that did not record boots gets the current one, unstarted (nothing says it
	 * stopped).
	 */
	private void startAfterHostRestart(Path dir) throws IOException {
		Properties installed = PackageFiles.read(dir.resolve(INSTALLED));
		if (installed == null || bootId.isEmpty() || bootId.equals(installed.getProperty("boot", bootId))) {
			if (installed != null && !bootId.isEmpty() && installed.getProperty("boot") == null) {
				installed.setProperty("boot", bootId);
				PackageFiles.write(dir.resolve(INSTALLED), installed);
			}
			return;
		}
		Version current = loadVersion(dir, installed.getProperty("dir"));
		installed.setProperty("boot", bootId);
		if (current == null || current.manifest.step(Step.START).isEmpty()) {
			PackageFiles.write(dir.resolve(INSTALLED), installed);
			return;
		}
		long epoch = Long.parseLong(installed.getProperty("epoch", "0"));
		String name = current.manifest.name();
		Transaction tx = Transaction.apply(dir.resolve(TRANSACTION), epoch, current.dir.getFileName().toString(),
				current.manifest.version().toString(), installed.getProperty("sha256", ""), null, null).inBoot(bootId);
		tx.enter(Transaction.Phase.COMMIT);
		PackageFiles.write(dir.resolve(INSTALLED), installed);
		steps.journal(name, epoch, "host restarted", "starting " + current.manifest.version() + " again");
		List<StepOutcome> outcomes = new ArrayList<>();
		Steps.Result started;
		try {
			started = run(tx, current, Step.START, "start after host restart", null, outcomes);
			if (started == null || started.ok()) {
				Steps.Result healthy = health(tx, current, "health", outcomes);
				started = healthy != null ? healthy : started;
			}
		} catch (IOException | RuntimeException e) {
			started = new Steps.Result(false, "could not be run: " + e.getMessage(), "", 0);
		}
		boolean ok = started == null || started.ok();
		installed.setProperty("health", !ok ? "unhealthy: started again after the host restarted: " + started.outcome()
				: current.manifest.step(Step.HEALTH).isPresent() ? "healthy" : "unknown");
		installed.setProperty("restarted", Instant.now() + (ok ? " started again after the host restarted"
				: " failed to start again after the host restarted (" + started.outcome() + ")"));
		PackageFiles.write(dir.resolve(INSTALLED), installed);
		tx.delete();
		steps.journal(name, epoch, "host restarted", ok ? "started " + current.manifest.version() : "failed: " + started.outcome());
		LOG.log(ok ? Level.INFO : Level.WARNING, "node " + nodeName + ": package " + name + " " + current.manifest.version()
				+ (ok ? " started again after the host restarted" : " did not start again after the host restarted: "
						+ started.outcome()));
	}

	/** Records that the installed version was started (or checked) in this boot. */
	private void recordBoot(Path dir) throws IOException {
		Properties p = PackageFiles.read(dir.resolve(INSTALLED));
		if (p != null && !bootId.equals(p.getProperty("boot"))) {
			p.setProperty("boot", bootId);
			PackageFiles.write(dir.resolve(INSTALLED), p);
		}
	}

	private interface PackageWork {
		void run() throws IOException;
	}

	/** Runs {@code work} on one package under its lock; a failure is logged, the other packages go on. */
	private void locked(Path dir, PackageWork work) {
		String name = dir.getFileName().toString();
		ReentrantLock lock = locks.computeIfAbsent(name, n -> new ReentrantLock());
		lock.lock();
		try {
			work.run();
		} catch (IOException | RuntimeException e) {
			LOG.log(Level.WARNING, "node " + nodeName + ": cannot recover package " + name + ": " + e.getMessage(), e);
		} finally {
			lock.unlock();
		}
	}

	/** Where an installed package's layer comes when packages start bottom up (unknown layers last). */
	private int layerOrder(Path dir) {
		try {
			Properties p = PackageFiles.read(dir.resolve(INSTALLED));
			String layer = p == null ? "" : p.getProperty("layer", "");
			return switch (layer) {
			case "os-tuning" -> 0;
			case "middleware" -> 1;
			case "application" -> 2;
			default -> 3;
			};
		} catch (IOException e) {
			return 3;
		}
	}

	/** Waits until {@link #recover()} has run; true when it has. */
	public boolean awaitRecovery(long timeout, TimeUnit unit) throws InterruptedException {
		return recovered.await(timeout, unit);
	}

	private void recover(Path dir) throws IOException {
		Transaction tx = Transaction.read(dir.resolve(TRANSACTION));
		String name = dir.getFileName().toString();
		if (tx.stepPid() > 0) {
			// The step the earlier agent was running when it died: it is not ours to wait for, and must not run on
			// beside what the recovery does.
			Steps.killLeftover(tx.stepPid());
		}
		List<StepOutcome> outcomes = new ArrayList<>();
		steps.journal(name, tx.epoch(), "recover", "from " + tx.kind() + " at " + tx.phase());
		if (tx.kind() == Transaction.Kind.REMOVE) {
			finishRemove(dir, tx, tryLoad(dir, tx.oldDir()), outcomes);
			LOG.log(Level.INFO, "node " + nodeName + ": package " + name + ": the remove an earlier agent began is done");
			return;
		}
		Version old = tx.oldDir() == null ? null : tryLoad(dir, tx.oldDir());
		Version next = tryLoad(dir, tx.newDir());
		if (tx.phase() == Transaction.Phase.COMMIT && next != null) {
			Properties installed = PackageFiles.read(dir.resolve(INSTALLED));
			boolean done = installed != null && tx.newDir().equals(installed.getProperty("dir"));
			if (!done) {
				commit(dir, next, tx.newSha(), tx.epoch(), installed, "recovered: " + (old == null ? "installed"
						: "switched from " + old.manifest.version()) + " (the agent stopped while committing)");
			}
			var h = health(tx, next, "health", outcomes);
			// Without a health check to say whether it runs, a package is started again when the host restarted since
			// the transaction began, or when a start at COMMIT (after a host restart, or this very recovery's) was cut
			// off: rather than left stopped for the whole boot.
			boolean notRunning = h == null && (!bootId.equals(tx.boot()) || tx.stepPid() > 0);
			if (h != null && !h.ok() || notRunning) {
				var r = run(tx, next, Step.START, "start", old, outcomes);
				h = r == null || r.ok() ? health(tx, next, "health", outcomes) : r;
			}
			recordBoot(dir); // started or checked in this boot: not again by startAfterHostRestart
			tx.delete();
			steps.journal(name, tx.epoch(), "recover", "committed " + next.manifest.version());
			LOG.log(Level.INFO, "node " + nodeName + ": package " + name + ": committed " + next.manifest.version()
					+ ", which had passed its health check before the agent stopped");
			return;
		}
		Transaction.Phase reached = tx.phase();
		boolean back = rollBack(dir, tx, old, next, outcomes);
		Properties p = PackageFiles.read(dir.resolve(INSTALLED));
		if (p != null) {
			p.setProperty("result", "recovered: rolled back from " + tx.newVersion() + " (the agent stopped during "
					+ reached.name().toLowerCase().replace('_', '-') + ")" + (back ? "" : "; the rollback failed"));
			p.setProperty("health", back ? p.getProperty("health", "unknown") : "unhealthy: the rollback failed");
			if (back && tx.wasOldStopped()) {
				p.setProperty("boot", bootId); // the rollback started the old version again, in this boot
			} // else its boot stays: in another boot of the host it is started by startAfterHostRestart
			PackageFiles.write(dir.resolve(INSTALLED), p);
		}
		tx.delete();
		steps.journal(name, tx.epoch(), "recover", back ? "rolled back" : "rollback failed");
		LOG.log(back ? Level.INFO : Level.WARNING, "node " + nodeName + ": package " + name + ": rolled back from "
				+ tx.newVersion() + (old == null ? " to nothing" : " to " + old.manifest.version())
				+ (back ? "" : ", which is not healthy") + " (the agent had stopped during " + reached + ")");
	}

	// ------------------------------------------------------------------------------------------------ status

	/**
	 * Every installed package, by name; its health checked now where the check is HTTP (one try). A package being
	 * installed for the first time is listed too, with no version and its health "changing: …": whoever waits for a
	 * long first install (the pool service, when the apply outlived its request) must see that it is still going, not
	 * that nothing is installed.
	 */
	public List<InstalledPackage> installed() throws IOException {
		List<InstalledPackage> all = new ArrayList<>();
		try (Stream<Path> dirs = Files.list(root)) {
			for (Path dir : dirs.sorted(Comparator.comparing(Path::toString)).toList()) {
				if (dir.getFileName().toString().equals("cache")) {
					continue;
				}
				Properties p = PackageFiles.read(dir.resolve(INSTALLED));
				if (p != null) {
					all.add(toInstalled(dir, p, true));
				} else if (Files.isRegularFile(dir.resolve(TRANSACTION))) {
					all.add(toInstalled(dir, new Properties(), false));
				}
			}
		}
		return all;
	}

	/** What is installed, as recorded (no health check): for the inventory. */
	public List<InstalledPackage> recorded() throws IOException {
		List<InstalledPackage> all = new ArrayList<>();
		try (Stream<Path> dirs = Files.list(root)) {
			for (Path dir : dirs.sorted(Comparator.comparing(Path::toString)).toList()) {
				Properties p = PackageFiles.read(dir.resolve(INSTALLED));
				if (p != null && !dir.getFileName().toString().equals("cache")) {
					all.add(toInstalled(dir, p, false));
				}
			}
		}
		return all;
	}

	/** Package {@code name}, if installed. */
	public Optional<InstalledPackage> installed(String name) throws IOException {
		if (name == null || !PackageManifest.NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		Properties p = PackageFiles.read(root.resolve(name).resolve(INSTALLED));
		return p == null ? Optional.empty() : Optional.of(toInstalled(root.resolve(name), p, true));
	}

	private InstalledPackage toInstalled(Path dir, Properties p, boolean checkNow) {
		Map<String, String> parameters = new LinkedHashMap<>();
		Version v = null;
		try {
			v = loadVersion(dir, p.getProperty("dir"));
		} catch (IOException e) {
			// Shown with what the file says; the health says the rest.
		}
		if (v != null) {
			parameters.putAll(v.values.asMap());
		} else {
			p.stringPropertyNames().stream().filter(k -> k.startsWith("param.")).sorted()
					.forEach(k -> parameters.put(k.substring(6), p.getProperty(k)));
		}
		String health = p.getProperty("health", "unknown");
		String url = p.getProperty("health-url", "");
		Path transaction = dir.resolve(TRANSACTION);
		if (Files.isRegularFile(transaction)) {
			try {
				Transaction tx = Transaction.read(transaction);
				health = "changing: " + tx.kind().name().toLowerCase() + (tx.newVersion() == null ? "" : " to " + tx.newVersion())
						+ (tx.phase() == null ? "" : " at " + tx.phase().name().toLowerCase().replace('_', '-'));
			} catch (IOException e) {
				health = "changing";
			}
		} else if (checkNow && !url.isEmpty()) {
			String problem = Steps.httpProblem(url);
			health = problem == null ? "healthy" : "unhealthy: GET " + url + ": " + problem;
		}
		return new InstalledPackage(p.getProperty("name", dir.getFileName().toString()), p.getProperty("version", ""),
				p.getProperty("layer", ""), parameters, Long.parseLong(p.getProperty("epoch", "0")), health,
				p.getProperty("result", ""), dir.resolve(p.getProperty("dir", CURRENT)));
	}

	@Override
	public void close() {
		listeners.clear();
	}

	// ------------------------------------------------------------------------------------------------ pieces

	/** An installed (or staged) version: its directory, manifest and parameter values. */
	private record Version(Path dir, PackageManifest manifest, ParameterValues values) {
	}

	private Version tryLoad(Path dir, String dirName) {
		try {
			return dirName == null ? null : loadVersion(dir, dirName);
		} catch (IOException e) {
			return null; // staged only in part: nothing of it runs
		}
	}

	private Version loadVersion(Path dir, String dirName) throws IOException {
		if (dirName == null || dirName.isEmpty()) {
			return null;
		}
		Path home = dir.resolve(dirName);
		Path meta = home.resolve(META);
		PackageManifest manifest;
		try (InputStream in = Files.newInputStream(meta.resolve(PackageManifest.FILE_NAME))) {
			manifest = PackageManifest.parse(home.toString(), in);
		}
		Properties p = PackageFiles.read(meta.resolve("parameters.properties"));
		if (p == null) {
			throw new IOException(home + " has no parameters (staged only in part)");
		}
		Map<String, String> given = new LinkedHashMap<>();
		p.stringPropertyNames().forEach(k -> given.put(k, p.getProperty(k)));
		try {
			return new Version(home, manifest, manifest.resolve(given));
		} catch (ParameterException e) {
			throw new IOException(home + ": " + e.getMessage(), e);
		}
	}

	/** Extracts the archive and lays the version out: payload, then rendered templates, then .flotilla/. */
	private void stage(Path dir, PackageArchive archive, ParameterValues values, Path newDir) throws IOException {
		Path staging = dir.resolve(".staging-" + newDir.getFileName().toString().replaceAll(".*@", ""));
		deleteTree(staging);
		deleteTree(newDir);
		archive.extractTo(staging);
		Path payload = staging.resolve("payload");
		if (Files.isDirectory(payload)) {
			Files.move(payload, newDir, StandardCopyOption.ATOMIC_MOVE);
		} else {
			SecretFiles.createFolder(newDir);
		}
		Path meta = newDir.resolve(META);
		SecretFiles.createFolder(meta);
		if (Files.isDirectory(staging.resolve("steps"))) {
			Files.move(staging.resolve("steps"), meta.resolve("steps"), StandardCopyOption.ATOMIC_MOVE);
		}
		for (var t : archive.manifest().templates()) {
			String text = Files.readString(staging.resolve(t.source()), StandardCharsets.UTF_8);
			String rendered = Templates.render(t.source(), text, values);
			Path target = newDir.resolve(t.target()).normalize();
			if (!target.startsWith(newDir)) {
				throw new IOException(t.target() + " is outside " + newDir);
			}
			SecretFiles.createFolder(target.getParent());
			// Rendered configurations may hold passwords: owner-only, like every secret the agent keeps.
			SecretFiles.write(target, rendered.getBytes(StandardCharsets.UTF_8));
		}
		Properties p = new Properties();
		values.asMap().forEach(p::setProperty);
		PackageFiles.write(meta.resolve("parameters.properties"), p);
		// The manifest last: a version directory with a manifest is complete (tryLoad relies on it).
		Files.move(staging.resolve(PackageManifest.FILE_NAME), meta.resolve(PackageManifest.FILE_NAME), StandardCopyOption.ATOMIC_MOVE);
		deleteTree(staging);
		SecretFiles.createFolder(dir.resolve("state"));
		SecretFiles.createFolder(dir.resolve("logs"));
	}

	private Map<String, String> environment(Version v, Version previous) {
		Map<String, String> env = new LinkedHashMap<>(v.values.environment());
		env.put("FLOTILLA_PACKAGE_HOME", v.dir.toString());
		env.put("FLOTILLA_PACKAGE_STATE", v.dir.getParent().resolve("state").toString());
		env.put("FLOTILLA_PREVIOUS_HOME", previous == null || previous.dir.equals(v.dir) ? "" : previous.dir.toString());
		env.put("FLOTILLA_PACKAGE_NAME", v.manifest.name());
		env.put("FLOTILLA_PACKAGE_VERSION", v.manifest.version().toString());
		env.put("JAVA_HOME", System.getProperty("java.home"));
		return env;
	}

	/** Runs {@code step} of {@code v} if it has one (null when not). */
	private Steps.Result run(Transaction tx, Version v, Step step, String label, Version previous,
			List<StepOutcome> outcomes) throws IOException {
		Optional<StepDefinition> definition = v.manifest.step(step);
		if (definition.isEmpty()) {
			return null;
		}
		if (step == Step.HEALTH) {
			return health(tx, v, label, outcomes);
		}
		SecretFiles.createFolder(v.dir.getParent().resolve("state"));
		SecretFiles.createFolder(v.dir.getParent().resolve("logs"));
		var r = steps.run(v.manifest.name(), tx.epoch(), label, v.dir.resolve(META).resolve(definition.get().command()), v.dir,
				environment(v, previous), definition.get().timeout(), v.dir.getParent().resolve("logs").resolve(step.wireName() + ".log"),
				tx::stepStarted);
		outcomes.add(new StepOutcome(label, r.outcome(), r.millis()));
		return r;
	}

	private Steps.Result health(Transaction tx, Version v, String label, List<StepOutcome> outcomes)
			throws IOException {
		Optional<StepDefinition> definition = v.manifest.step(Step.HEALTH);
		if (definition.isEmpty()) {
			return null;
		}
		StepDefinition d = definition.get();
		var r = steps.health(v.manifest.name(), tx.epoch(), label, d.isHttp() ? null : v.dir.resolve(META).resolve(d.command()),
				d.isHttp() ? healthUrl(v) : null, v.dir, environment(v, null), d.timeout(),
				v.dir.getParent().resolve("logs").resolve("health.log"));
		outcomes.add(new StepOutcome(label, r.outcome(), r.millis()));
		return r;
	}

	private static String healthUrl(Version v) {
		Optional<StepDefinition> d = v.manifest.step(Step.HEALTH);
		if (d.isEmpty() || !d.get().isHttp()) {
			return "";
		}
		try {
			return Templates.render("step.health.http", d.get().httpUrl(), v.values);
		} catch (PackageFormatException e) {
			return ""; // checked when the archive was opened
		}
	}

	private void checkName(String name) throws PackageRefusedException {
		if (name == null || !PackageManifest.NAME.matcher(name).matches() || name.equals("cache")) {
			throw new PackageRefusedException("'name' must be a package name, got '" + (name == null ? "" : name.replaceAll("\\p{Cntrl}", "?")) + "'");
		}
	}

	private ReentrantLock lock(String name) throws PackageRefusedException {
		ReentrantLock lock = locks.computeIfAbsent(name, n -> new ReentrantLock());
		if (!lock.tryLock()) {
			throw new PackageRefusedException("node " + nodeName + ": package " + name
					+ " is being applied, removed or recovered now; try again when that is done");
		}
		return lock;
	}

	private void checkEpoch(Path dir, String name, long epoch) throws PackageRefusedException, IOException {
		if (epoch <= 0) {
			throw new PackageRefusedException("'epoch' must be a positive whole number");
		}
		Path file = dir.resolve("epoch");
		long last = Files.isRegularFile(file) ? Long.parseLong(Files.readString(file).strip()) : 0;
		if (epoch <= last) {
			throw new PackageRefusedException("node " + nodeName + ": package " + name + ": epoch " + epoch
					+ " is not newer than the last one applied here (" + last + "): a stale or repeated command");
		}
	}

	private static void writeEpoch(Path dir, long epoch) throws IOException {
		SecretFiles.write(dir.resolve("epoch"), (epoch + "\n").getBytes(StandardCharsets.US_ASCII));
	}

	static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
			try (Stream<Path> walk = Files.walk(path)) {
				for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(p);
				}
			}
		} else {
			Files.delete(path);
		}
	}
}
