package org.flotilla.service.store;

import static org.flotilla.service.store.internal.JournalFormat.MAX_RECORD_PAYLOAD;
import static org.flotilla.service.store.internal.JournalFormat.RECORD_HEADER_BYTES;
import static org.flotilla.service.store.internal.JournalFormat.SEGMENT_HEADER_BYTES;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.flotilla.service.store.internal.DurableFiles;
import org.flotilla.service.store.internal.JournalFormat;
import org.flotilla.service.store.internal.RecordSizes;

/**
 * The pool service's durable state in one directory: snapshots of the whole state and a journal of the changes
 * made after them, each change stored as an opaque record (the service decides how a change is encoded).
 * <p>
 * An append returns only when its records are on disk, so a change acknowledged after {@link #append} survives a
 * kill -9 or a power cut at any moment. {@link #open} recovers the newest whole snapshot and the changes after it;
 * a record that was being written when the process died (never acknowledged) is dropped with a warning, and
 * anything else that does not add up makes {@code open} refuse with a {@link JournalException} rather than lose an
 * acknowledged change. docs/service-store.md describes the files and the rules.
 * <p>
 * One writer: a lock file keeps a second process (or a second {@code PoolJournal} in this one) from opening the
 * same directory. Methods are synchronized, but the journal is meant to be driven by one thread (the service's
 * command loop) that batches the changes it has accepted into one {@link #append} (group commit: one fsync for
 * the batch). Do not interrupt that thread during an append: an interrupt closes the file and the journal then
 * refuses further changes until it is opened again.
 */
public final class PoolJournal implements AutoCloseable {

	/** The largest payload of one entry (64 MiB). */
	public static final int MAX_ENTRY_BYTES = MAX_RECORD_PAYLOAD;

	static final String LOCK_FILE = "journal.lock";

	/** What {@link #open} found, in the order to apply it: the snapshot, then the entries, oldest first. */
	public record Recovered(Optional<Snapshot> snapshot, List<Entry> entries, List<String> warnings) {
		public Recovered {
			Objects.requireNonNull(snapshot, "snapshot");
			entries = List.copyOf(entries);
			warnings = List.copyOf(warnings);
		}
	}

	/**
	 * The whole state at {@code revision}. The array is not copied (snapshots are large): do not change it.
	 */
	public record Snapshot(long revision, byte[] content) {
		public Snapshot {
			if (revision < 0) {
				throw new IllegalArgumentException("a snapshot's revision is 0 or more, not " + revision);
			}
			Objects.requireNonNull(content, "content");
		}
	}

	/**
	 * One change, the one that makes the state's revision {@code revision} (1 is the first change of a new pool).
	 * The array is not copied: do not change it after appending it.
	 */
	public record Entry(long revision, byte[] payload) {
		public Entry {
			if (revision < 1) {
				throw new IllegalArgumentException("an entry's revision is 1 or more, not " + revision);
			}
			Objects.requireNonNull(payload, "payload");
		}
	}

	/** The segment that appends go to. */
	private static final class Segment implements AutoCloseable {
		final Path file;
		final FileChannel channel;
		long end;

		Segment(Path file, FileChannel channel, long end) {
			this.file = file;
			this.channel = channel;
			this.end = end;
		}

		@Override
		public void close() throws IOException {
			channel.close();
		}
	}

	private final Path directory;
	private final FileChannel lockChannel;
	private final FileLock lock;
	private final Recovered recovered;
	private final RecordSizes sizesSinceSnapshot;
	private long lastRevision;
	/** Revision of the newest snapshot, -1 if none. */
	private long latestSnapshot;
	/** Revision of the snapshot kept as a fallback for the newest one, -1 if none (the journal from genesis is). */
	private long previousSnapshot;
	private Segment current;
	/** Why the journal refuses changes after a failed write, or null. */
	private String broken;
	private boolean closed;

	private PoolJournal(Path directory, FileChannel lockChannel, FileLock lock, JournalRecovery.Result result)
			throws IOException {
		this.directory = directory;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.recovered = result.recovered();
		this.lastRevision = result.lastRevision();
		this.latestSnapshot = result.latestSnapshot();
		this.previousSnapshot = result.previousSnapshot();
		this.sizesSinceSnapshot = result.sizesSinceSnapshot();
		JournalRecovery.Tail tail = result.tail();
		// Appends continue in the newest segment only where it ends with the last revision; otherwise (it ends before
		// a newer snapshot) the next append starts a segment of its own so that no segment has a gap.
		if (tail != null && tail.lastRecordRevision() == lastRevision) {
			FileChannel channel = FileChannel.open(tail.file(), StandardOpenOption.WRITE);
			current = new Segment(tail.file(), channel, tail.end());
		}
	}

	/**
	 * Opens (creating owner-only, 0700) the directory and recovers what it holds.
	 *
	 * @throws JournalException (naming the file and byte offset) when the state cannot be recovered safely, or when
	 *         another process or journal has the directory open
	 */
	public static PoolJournal open(Path directory) throws IOException {
		Path dir = directory.toAbsolutePath().normalize();
		DurableFiles.createDirectory(dir);
		Path lockFile = dir.resolve(LOCK_FILE);
		FileChannel lockChannel = DurableFiles.openOwnerOnly(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		try {
			FileLock lock;
			try {
				lock = lockChannel.tryLock();
			} catch (OverlappingFileLockException e) {
				throw new JournalException(lockFile, "this pool journal is already open in this process");
			}
			if (lock == null) {
				throw new JournalException(lockFile, "another process has this pool journal open (one service per pool)");
			}
			return new PoolJournal(dir, lockChannel, lock, JournalRecovery.run(dir));
		} catch (IOException | RuntimeException e) {
			lockChannel.close(); // releases the lock too
			throw e;
		}
	}

	/** What {@link #open} found. */
	public Recovered recovered() {
		return recovered;
	}

	/**
	 * Appends entries and returns only once they are on disk: one fsync for the whole list (group commit).
	 * Revisions go up by one: the first entry is {@link #lastRevision()} + 1, the next + 2, and so on, so that a
	 * gap found on restart is known to be damage. If this throws an {@link IOException}, whether the entries reached
	 * the disk is unknown until the journal is opened again, and it refuses further changes until then.
	 *
	 * @throws IllegalArgumentException if a revision is not the next one or a payload is larger than
	 *         {@link #MAX_ENTRY_BYTES}; nothing is written then
	 */
	public synchronized void append(List<Entry> entries) throws IOException {
		requireUsable();
		Objects.requireNonNull(entries, "entries");
		long expected = lastRevision + 1;
		long bytes = 0;
		for (int i = 0; i < entries.size(); i++) {
			Entry e = Objects.requireNonNull(entries.get(i), "entry " + i);
			if (e.revision() != expected) {
				throw new IllegalArgumentException("entry " + i + " has revision " + e.revision() + " where " + expected
						+ " was expected (revisions go up by one from lastRevision() " + lastRevision + ")");
			}
			if (e.payload().length > MAX_ENTRY_BYTES) {
				throw new IllegalArgumentException("entry " + i + " (revision " + e.revision() + ") is " + e.payload().length
						+ " bytes, more than the limit of " + MAX_ENTRY_BYTES);
			}
			bytes += RECORD_HEADER_BYTES + e.payload().length;
			expected++;
		}
		if (entries.isEmpty()) {
			return;
		}
		if (current == null) {
			current = createSegment(lastRevision + 1);
		}
		ByteBuffer headers = ByteBuffer.allocate(RECORD_HEADER_BYTES * entries.size());
		ByteBuffer[] parts = new ByteBuffer[entries.size() * 2];
		for (int i = 0; i < entries.size(); i++) {
			Entry e = entries.get(i);
			ByteBuffer header = headers.slice(i * RECORD_HEADER_BYTES, RECORD_HEADER_BYTES);
			JournalFormat.recordHeader(header, e.revision(), e.payload());
			parts[2 * i] = header;
			parts[2 * i + 1] = ByteBuffer.wrap(e.payload());
		}
		long start = current.end;
		try {
			FileChannel channel = current.channel;
			channel.position(start);
			for (long written = 0; written < bytes;) {
				written += channel.write(parts);
			}
			channel.force(true);
		} catch (IOException | RuntimeException e) {
			failed(e, start);
			throw e;
		}
		current.end = start + bytes;
		for (Entry e : entries) {
			sizesSinceSnapshot.add(RECORD_HEADER_BYTES + e.payload().length);
		}
		lastRevision = expected - 1;
	}

	/**
	 * Writes a snapshot of the state at {@code revision} atomically (temporary file, fsync, rename, fsync of the
	 * directory), then starts a new journal segment for the next append and removes the segments and snapshots no
	 * longer needed. The previous snapshot and the journal after it are kept as a fallback in case this one is
	 * found damaged on a restart.
	 *
	 * @param revision at most {@link #lastRevision()}, at least the newest snapshot's revision
	 * @throws IllegalArgumentException if the revision is out of that range
	 * @throws IOException if it cannot be written (the journal is unchanged then) or the clean-up fails (the
	 *         snapshot is in place then)
	 */
	public synchronized void snapshot(long revision, byte[] content) throws IOException {
		requireUsable();
		Objects.requireNonNull(content, "content");
		if (revision < 0 || revision > lastRevision) {
			throw new IllegalArgumentException(
					"a snapshot's revision must be between 0 and lastRevision() " + lastRevision + ", not " + revision);
		}
		if (revision < latestSnapshot) {
			throw new IllegalArgumentException(
					"revision " + revision + " is older than the newest snapshot's, " + latestSnapshot);
		}
		if (current != null && current.end == SEGMENT_HEADER_BYTES) {
			// An empty segment holds nothing; removing it first means no genesis segment can outlive a snapshot at
			// revision 0 and claim, against it, that the state before its first revision was empty.
			Segment empty = current;
			current = null;
			empty.close();
			Files.delete(empty.file);
			DurableFiles.forceDirectory(directory);
		}
		Path file = directory.resolve(JournalFormat.snapshotName(revision));
		DurableFiles.writeAtomically(file, JournalFormat.snapshotHeader(revision, content), ByteBuffer.wrap(content));
		if (revision > latestSnapshot) {
			previousSnapshot = latestSnapshot;
			latestSnapshot = revision;
		}
		sizesSinceSnapshot.dropThrough(revision);
		// A fresh segment per snapshot lets whole segments go once no snapshot we keep needs them.
		if (current != null) {
			Segment old = current;
			current = null;
			old.close();
		}
		removeObsoleteFiles();
	}

	/** The revision of the last change appended or recovered (0 for a new pool). */
	public synchronized long lastRevision() {
		return lastRevision;
	}

	/**
	 * Bytes of journal records after the newest snapshot: what a restart would replay (the service takes a snapshot
	 * when this grows past a limit).
	 */
	public synchronized long journalBytesSinceSnapshot() {
		return sizesSinceSnapshot.total();
	}

	/** The directory this journal keeps its files in. */
	public Path directory() {
		return directory;
	}

	/** Closes the files and releases the directory to another journal. Nothing is lost: appends are already durable. */
	@Override
	public synchronized void close() throws IOException {
		if (closed) {
			return;
		}
		closed = true;
		try (FileChannel l = lockChannel) {
			if (current != null) {
				current.close();
			}
			if (lock.isValid()) {
				lock.release();
			}
		}
	}

	private void requireUsable() throws IOException {
		if (closed) {
			throw new IllegalStateException("the pool journal in " + directory + " is closed");
		}
		if (broken != null) {
			throw new JournalException(directory,
					"the journal refuses changes after a failed write (" + broken + "); open it again to recover");
		}
	}

	/**
	 * After a failed write, what reached the disk is unknown (a failed fsync may even have dropped data from the
	 * cache that it then reports clean). Removing the partial batch avoids appending after garbage; the journal
	 * still stops here, and recovery on the next open reads what the disk really holds.
	 */
	private void failed(Exception e, long start) {
		broken = String.valueOf(e);
		try {
			current.channel.truncate(start);
			current.channel.force(true);
		} catch (IOException | RuntimeException t) {
			e.addSuppressed(t);
		}
	}

	/**
	 * Creates the segment whose first record will be {@code firstRevision}, header written whole (temporary file and
	 * rename) so that a segment never exists with a torn header. A segment of that name can only be an empty one
	 * left by an interrupted first append: it is replaced.
	 */
	private Segment createSegment(long firstRevision) throws IOException {
		Path file = directory.resolve(JournalFormat.segmentName(firstRevision));
		if (Files.exists(file) && Files.size(file) > SEGMENT_HEADER_BYTES) {
			throw new JournalException(file, SEGMENT_HEADER_BYTES,
					"a segment to start at revision " + firstRevision + " already holds records");
		}
		boolean genesis = latestSnapshot < 0 && lastRevision == 0;
		DurableFiles.writeAtomically(file, JournalFormat.segmentHeader(firstRevision, genesis));
		return new Segment(file, FileChannel.open(file, StandardOpenOption.WRITE), SEGMENT_HEADER_BYTES);
	}

	/**
	 * Keeps the newest snapshot, the previous one, and every segment that holds a revision after the previous one
	 * (with no previous snapshot, the whole journal: it rebuilds the state from empty). Nothing removed is needed by
	 * the files kept, so a crash halfway only leaves extra files, which recovery passes over and the next snapshot
	 * removes.
	 */
	private void removeObsoleteFiles() throws IOException {
		TreeMap<Long, Path> snapshots = new TreeMap<>();
		TreeMap<Long, Path> segments = new TreeMap<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
			for (Path file : files) {
				String name = file.getFileName().toString();
				long revision;
				if ((revision = JournalFormat.parseSnapshotName(name)) >= 0) {
					snapshots.put(revision, file);
				} else if ((revision = JournalFormat.parseSegmentName(name)) >= 0) {
					segments.put(revision, file);
				}
			}
		}
		boolean removed = false;
		if (previousSnapshot >= 0) {
			Long[] firsts = segments.keySet().toArray(Long[]::new);
			for (int i = 0; i + 1 < firsts.length && firsts[i + 1] <= previousSnapshot + 1; i++) {
				Files.delete(segments.get(firsts[i]));
				removed = true;
			}
		}
		for (var s : snapshots.entrySet()) {
			if (s.getKey() != latestSnapshot && s.getKey() != previousSnapshot) {
				Files.delete(s.getValue()); // older ones, and damaged ones recovery passed over
				removed = true;
			}
		}
		if (removed) {
			DurableFiles.forceDirectory(directory);
		}
	}
}
