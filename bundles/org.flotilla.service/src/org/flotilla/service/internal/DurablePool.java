package org.flotilla.service.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.flotilla.console.core.PoolSession;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.changes.ChangeApplier;
import org.flotilla.model.changes.ChangeCodec;
import org.flotilla.model.changes.ChangeDescriptions;
import org.flotilla.model.changes.ChangeException;
import org.flotilla.model.changes.ChangeOp;
import org.flotilla.model.changes.ChangeRecorder;
import org.flotilla.model.changes.LiveSamples;
import org.flotilla.model.persistence.PoolFileException;
import org.flotilla.model.persistence.PoolStore;
import org.flotilla.service.store.PoolJournal;

/**
 * The pool as the service holds it: the model (in a {@link PoolSession}, as the control service expects), every
 * change of it recorded, and the persistent ones made durable in the journal before anyone is told. Model thread
 * only.
 *
 * <p>A <em>revision</em> counts the durable states: each flush with persistent changes is one journal entry and
 * one revision. A <em>sequence</em> counts the change batches sent to consoles (live changes included), so a
 * console notices a batch it missed.
 */
public final class DurablePool {

	private static final Logger LOG = Logger.getLogger(DurablePool.class.getName());
	/** Journal bytes after which the next flush writes a snapshot and starts a new journal. */
	static final long SNAPSHOT_AFTER_BYTES = 32L << 20;

	/** Who last changed one feature of one object, and at which revision (for stale-edit checks). */
	record Stamp(long revision, long connection, String person) {
	}

	/**
	 * What one flush made for the consoles: the batch's operations and its metric samples as text (both empty when
	 * nothing changed, or when nobody listens).
	 */
	public record Flushed(long revision, long sequence, String ops, String samples) {
		public boolean isEmpty() {
			return ops.isEmpty() && samples.isEmpty();
		}
	}

	private final PoolSession session;
	private final PoolJournal journal;
	private final String serviceName;
	private XMLResource resource;
	private ChangeRecorder recorder;
	private long revision;
	private long sequence;
	/** Persistent changes recorded but not yet in the journal (a failed append): retried on the next flush. */
	private final List<ChangeOp> undurable = new ArrayList<>();
	/** "id \t feature" of what consoles may edit, to the last change of it during this run. */
	private final Map<String, Stamp> stamps = new HashMap<>();
	private final List<String> recoveryWarnings = new ArrayList<>();
	/**
	 * The pool file's text at {@link #cachedFileRevision}: it depends on the durable state alone, so consoles that
	 * (re)connect between two durable changes (three at once after a service restart) share one serialisation, the
	 * largest part of making a copy on the model thread.
	 */
	private String cachedFile;
	private long cachedFileRevision = -1;

	/**
	 * Recovers the pool from {@code storeDirectory} (snapshot, then the journal after it), or imports
	 * {@code importPool} (may be null) into an empty store, or starts an empty pool named {@code poolName}.
	 */
	public DurablePool(Path storeDirectory, Path importPool, String poolName, String serviceName)
			throws IOException, ChangeException {
		this.serviceName = serviceName;
		this.session = new PoolSession(null);
		this.journal = PoolJournal.open(storeDirectory);
		PoolJournal.Recovered recovered = journal.recovered();
		recoveryWarnings.addAll(recovered.warnings());
		Path file = storeDirectory.resolve("pool.flotilla");
		Pool pool;
		if (recovered.snapshot().isPresent()) {
			pool = new PoolStore().load(new ResourceSetImpl(), recovered.snapshot().get().content(), file);
			revision = recovered.snapshot().get().revision();
			session.opened(pool, null);
			resource = (XMLResource) session.getPool().eResource();
			ChangeApplier applier = new ChangeApplier(resource, PoolPackage.eINSTANCE);
			for (PoolJournal.Entry entry : recovered.entries()) {
				try {
					applier.apply(ChangeCodec.decode(new String(entry.payload(), StandardCharsets.UTF_8)));
				} catch (ChangeException e) {
					throw new ChangeException("journal entry of revision " + entry.revision() + " in " + storeDirectory
							+ " does not apply to the pool: " + e.getMessage());
				}
				revision = entry.revision();
			}
		} else {
			if (importPool != null && Files.isRegularFile(importPool)) {
				pool = new PoolStore().load(importPool);
			} else {
				if (importPool != null) {
					recoveryWarnings.add("the pool to import, " + importPool + ", does not exist: starting an empty pool");
				}
				pool = PoolFactory.eINSTANCE.createPool();
				pool.setName(poolName);
			}
			session.opened(pool, null);
			resource = (XMLResource) session.getPool().eResource();
			if (resource == null) {
				throw new IllegalStateException("the session put the pool in no resource");
			}
			revision = journal.lastRevision();
			journal.snapshot(revision, new PoolStore().serialize(session.getPool(), file));
		}
		if (resource.getURI() == null || !file.toString().equals(resource.getURI().toFileString())) {
			resource.setURI(org.eclipse.emf.common.util.URI.createFileURI(file.toAbsolutePath().toString()));
		}
		recorder = new ChangeRecorder(resource);
	}

	public PoolSession session() {
		return session;
	}

	public Pool pool() {
		return session.getPool();
	}

	public XMLResource resource() {
		return resource;
	}

	public long revision() {
		return revision;
	}

	public long sequence() {
		return sequence;
	}

	/** What recovery found worth saying (a torn tail dropped, a missing import). */
	public List<String> recoveryWarnings() {
		return List.copyOf(recoveryWarnings);
	}

	/** The ID of {@code object} in the pool's resource (null when it is not in the pool). */
	public String id(org.eclipse.emf.ecore.EObject object) {
		return resource.getID(object);
	}

	/** The object of the pool with {@code id}, or null. */
	public org.eclipse.emf.ecore.EObject object(String id) {
		return id == null ? null : resource.getEObject(id);
	}

	/**
	 * Makes what changed since the last flush durable (one journal entry, fsynced) and returns it as one batch for
	 * the consoles. {@code connection} and {@code person} name who made the change (a console edit), or -1 and
	 * null for the service's own. With {@code consolesListening} false the batch is not written as text (most of a
	 * live batch is samples, which no one would read); a console that subscribes later starts from a copy.
	 *
	 * @throws IOException when the journal cannot be written: the changes stay in memory and are retried on the
	 *                     next flush, and whoever waits for them must not be told they are durable
	 */
	public Flushed flush(long connection, String person, boolean consolesListening) throws IOException {
		ChangeRecorder.Batch batch = recorder.drain();
		if (batch.isEmpty() && undurable.isEmpty()) {
			return new Flushed(revision, sequence, "", "");
		}
		undurable.addAll(batch.persistent());
		if (!undurable.isEmpty()) {
			long next = revision + 1;
			journal.append(List.of(new PoolJournal.Entry(next, ChangeCodec.encode(undurable).getBytes(StandardCharsets.UTF_8))));
			revision = next;
			stamp(undurable, next, connection, person == null ? serviceName : person);
			undurable.clear();
			if (journal.journalBytesSinceSnapshot() > SNAPSHOT_AFTER_BYTES) {
				snapshot();
			}
		}
		if (batch.isEmpty() || !consolesListening) {
			return new Flushed(revision, sequence, "", "");
		}
		sequence++;
		return new Flushed(revision, sequence, ChangeCodec.encode(batch.all()), LiveSamples.encode(batch.samples()));
	}

	/** Counts {@code more} batches beyond the last flush's (a batch sent in pieces). */
	public void advanceSequence(int more) {
		sequence += more;
	}

	/** Drops what was recorded since the last flush (changes made and taken back, such as a refused edit). */
	public void discardRecorded() {
		recorder.drain();
	}

	/** True when changes wait for a flush. */
	public boolean hasChanges() {
		return recorder.hasChanges() || !undurable.isEmpty();
	}

	/** Writes a snapshot of the durable state (model thread; flushes first). */
	public void snapshot() throws IOException {
		if (recorder.hasChanges()) {
			throw new IllegalStateException("flush before a snapshot");
		}
		try {
			journal.snapshot(revision, new PoolStore().serialize(pool(), Path.of(resource.getURI().toFileString())));
		} catch (IOException e) {
			LOG.log(Level.WARNING, "cannot write a snapshot of the pool (the journal keeps every change): " + e.getMessage(), e);
			throw e;
		}
	}

	/**
	 * A console's copy at the current sequence (flush first): the pool file's text, the live state as operations, and
	 * the newest sample of each metric window (a console's charts fill from there; a window's older samples would be
	 * 300 times as much at full windows, and charts ask the agents for history).
	 */
	public String[] snapshotForConsole() throws IOException {
		if (recorder.hasChanges()) {
			throw new IllegalStateException("flush before a console snapshot");
		}
		if (cachedFile == null || cachedFileRevision != revision || !undurable.isEmpty()) {
			cachedFile = new String(new PoolStore().serialize(pool(), Path.of(resource.getURI().toFileString())), StandardCharsets.UTF_8);
			cachedFileRevision = undurable.isEmpty() ? revision : -1;
		}
		String file = cachedFile;
		String live = ChangeCodec.encode(ChangeDescriptions.liveState(pool(), resource::getID));
		String samples = LiveSamples.encode(LiveSamples.latest(pool(), resource::getID));
		return new String[] { file, live, samples };
	}

	private void stamp(List<ChangeOp> ops, long at, long connection, String person) {
		for (ChangeOp op : ops) {
			String feature = switch (op) {
				case ChangeOp.Set set -> set.feature();
				case ChangeOp.Add add -> add.feature();
				case ChangeOp.Remove remove -> remove.feature();
				case ChangeOp.Move move -> move.feature();
				default -> null;
			};
			if (feature != null) { // a list's positions move with every add and remove: one stamp for the list
				stamps.put(op.id() + '\t' + feature, new Stamp(at, connection, person));
			}
		}
	}

	/**
	 * Why a console's set of {@code feature} of object {@code id}, made on its copy at {@code base}, would overwrite
	 * a change it has not seen, or null when it would not. A console's own earlier edits do not count: its copy has
	 * them.
	 */
	public String staleBecause(String id, String feature, long base, long connection) {
		Stamp stamp = stamps.get(id + '\t' + feature);
		if (stamp == null || stamp.revision() <= base || stamp.connection() == connection && connection >= 0) {
			return null;
		}
		return feature + " was changed by " + stamp.person() + " (revision " + stamp.revision()
				+ ") after your copy (revision " + base + ")";
	}

	public void close() throws IOException {
		recorder.dispose();
		journal.close();
	}

	/** For a failed read of the pool to import: the message a person can act on. */
	public static String describe(PoolFileException e) {
		return e.getMessage();
	}
}
