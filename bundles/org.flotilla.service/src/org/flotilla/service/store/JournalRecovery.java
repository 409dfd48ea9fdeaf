package org.flotilla.service.store;

import static org.flotilla.service.store.internal.JournalFormat.RECORD_HEADER_BYTES;
import static org.flotilla.service.store.internal.JournalFormat.SEGMENT_HEADER_BYTES;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.flotilla.service.store.PoolJournal.Entry;
import org.flotilla.service.store.PoolJournal.Recovered;
import org.flotilla.service.store.PoolJournal.Snapshot;
import org.flotilla.service.store.internal.DurableFiles;
import org.flotilla.service.store.internal.JournalFormat;
import org.flotilla.service.store.internal.RecordSizes;
import org.flotilla.service.store.internal.SegmentReader;
import org.flotilla.service.store.internal.SnapshotReader;

/**
 * What {@link PoolJournal#open} does before the journal accepts changes: finds the newest snapshot that is whole,
 * replays the journal after it, drops a torn tail, and refuses anything else that does not add up.
 */
final class JournalRecovery {

	/** The segment appends may continue in: its file, first revision, where its sound records end. */
	record Tail(Path file, long firstRevision, long end, long lastRecordRevision) {
	}

	record Result(Recovered recovered, long lastRevision, long latestSnapshot, long previousSnapshot,
			RecordSizes sizesSinceSnapshot, Tail tail) {
	}

	private final Path directory;
	private final List<String> warnings = new ArrayList<>();
	private final TreeMap<Long, Path> snapshots = new TreeMap<>();
	private final TreeMap<Long, Path> segments = new TreeMap<>();

	private JournalRecovery(Path directory) {
		this.directory = directory;
	}

	static Result run(Path directory) throws IOException {
		return new JournalRecovery(directory).run();
	}

	private Result run() throws IOException {
		checkPermissions();
		listDirectory();

		Snapshot snapshot = null;
		List<JournalException> damaged = new ArrayList<>();
		for (Map.Entry<Long, Path> s : snapshots.descendingMap().entrySet()) {
			try {
				snapshot = new Snapshot(s.getKey(), SnapshotReader.read(s.getValue(), s.getKey()));
				break;
			} catch (JournalException e) {
				damaged.add(e);
			}
		}
		long base = snapshot != null ? snapshot.revision() : baseWithoutSnapshot(damaged);
		for (JournalException e : damaged) {
			warnings.add(e.file().getFileName() + " is damaged (" + e.problem() + " at byte " + e.offset() + "); recovered from "
					+ (snapshot != null ? JournalFormat.snapshotName(base) + " and the journal after it"
							: "the journal from the empty state"));
		}

		List<Long> firsts = new ArrayList<>(segments.keySet());
		// Segments whose records are all covered by the base are not read: they are kept only as a fallback.
		int from = 0;
		for (int i = 0; i + 1 < firsts.size(); i++) {
			if (firsts.get(i + 1) <= base + 1) {
				from = i + 1;
			}
		}
		if (!firsts.isEmpty() && firsts.get(from) > base + 1) {
			throw new JournalException(segments.get(firsts.get(from)), 0,
					"journal starts at revision " + firsts.get(from) + " but the state it follows is at revision " + base
							+ ": revisions " + (base + 1) + " to " + (firsts.get(from) - 1) + " are missing");
		}

		List<Entry> entries = new ArrayList<>();
		RecordSizes sizes = new RecordSizes(base + 1);
		long expected = -1;
		Tail tail = null;
		for (int i = from; i < firsts.size(); i++) {
			long first = firsts.get(i);
			Path file = segments.get(first);
			boolean last = i == firsts.size() - 1;
			if (expected >= 0 && first != expected) {
				throw new JournalException(file, 0, "segment starts at revision " + first + " but the previous one ends at "
						+ (expected - 1) + (first > expected ? ": revisions " + expected + " to " + (first - 1) + " are missing"
								: ": the segments overlap"));
			}
			long[] next = { first };
			try (FileChannel channel = last
					? FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)
					: FileChannel.open(file, StandardOpenOption.READ)) {
				SegmentReader reader = new SegmentReader(channel);
				readHeader(reader, file, first);
				SegmentReader.Outcome outcome = reader.readRecords(SEGMENT_HEADER_BYTES, (offset, revision, payload) -> {
					if (revision != next[0]) {
						throw new JournalException(file, offset, "record has revision " + revision + " where revision "
								+ next[0] + " was expected" + (revision > next[0] ? " (revisions are missing)" : ""));
					}
					if (revision > base) {
						entries.add(new Entry(revision, payload));
						sizes.add(RECORD_HEADER_BYTES + payload.length);
					}
					next[0]++;
				});
				if (outcome.problem() != null) {
					dropTornTail(channel, reader, file, outcome, last);
				}
				expected = next[0];
				if (last) {
					tail = new Tail(file, first, outcome.end(), expected - 1);
				}
			}
		}
		long lastRevision = Math.max(base, expected - 1);
		long previous = snapshot == null ? -1 : snapshots.lowerKey(base) == null ? -1 : snapshots.lowerKey(base);
		Recovered recovered = new Recovered(Optional.ofNullable(snapshot), entries, warnings);
		return new Result(recovered, lastRevision, snapshot == null ? -1 : base, previous, sizes, tail);
	}

	/** A directory we did not create may be open to others: say so, but leave the decision to its owner. */
	private void checkPermissions() throws IOException {
		try {
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
			if (permissions.stream().anyMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"))) {
				warnings.add(directory + " is open to others (" + PosixFilePermissions.toString(permissions)
						+ "); the pool's state should be owner-only: chmod 700 " + directory);
			}
		} catch (UnsupportedOperationException e) {
			// no POSIX permissions on this file system: nothing to check
		}
	}

	/**
	 * Removes what interrupted writes left (temporary files) and sorts the journal's files; anything else in the
	 * directory is left alone.
	 */
	private void listDirectory() throws IOException {
		boolean removed = false;
		try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
			for (Path file : files) {
				String name = file.getFileName().toString();
				long revision;
				if (JournalFormat.isTemporaryName(name)) {
					Files.deleteIfExists(file);
					removed = true;
					warnings.add(name + ": removed an unfinished temporary file (its writing was interrupted; it was never used)");
				} else if ((revision = JournalFormat.parseSnapshotName(name)) >= 0) {
					snapshots.put(revision, file);
				} else if ((revision = JournalFormat.parseSegmentName(name)) >= 0) {
					segments.put(revision, file);
				}
			}
		}
		if (removed) {
			DurableFiles.forceDirectory(directory);
		}
	}

	/**
	 * With no snapshot to start from, only a journal that itself began with the empty state can rebuild the state;
	 * a directory with neither is a new, empty pool.
	 */
	private long baseWithoutSnapshot(List<JournalException> damaged) throws IOException {
		String snapshotProblem = damaged.isEmpty() ? "there is no snapshot"
				: "no snapshot can be read (" + String.join("; ", damaged.stream().map(JournalException::getMessage).toList())
						+ ")";
		if (segments.isEmpty()) {
			if (!damaged.isEmpty()) {
				throw new JournalException(directory, snapshotProblem + ", and there is no journal to rebuild the state from");
			}
			return 0;
		}
		long first = segments.firstKey();
		Path file = segments.get(first);
		boolean genesis;
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			genesis = JournalFormat.isGenesis(readHeader(new SegmentReader(channel), file, first));
		}
		if (!genesis) {
			throw new JournalException(file, 0, snapshotProblem
					+ ", and the journal does not start from the empty state, so the changes before revision " + first
					+ " cannot be rebuilt");
		}
		return 0;
	}

	private static ByteBuffer readHeader(SegmentReader reader, Path file, long first) throws IOException {
		ByteBuffer header = reader.readSegmentHeader();
		if (header == null) {
			throw new JournalException(file, reader.size(), "segment ends inside its " + SEGMENT_HEADER_BYTES
					+ "-byte header (segments are created whole, so this is damage)");
		}
		String problem = JournalFormat.segmentHeaderProblem(header, first);
		if (problem != null) {
			throw new JournalException(file, 0, problem);
		}
		return header;
	}

	/**
	 * A bad record is a torn write only when it is the end of the newest segment and no sound record follows it: a
	 * write the process was making when it died, whose append never returned. Anything else was acknowledged.
	 */
	private void dropTornTail(FileChannel channel, SegmentReader reader, Path file, SegmentReader.Outcome outcome,
			boolean last) throws IOException {
		if (!last) {
			throw new JournalException(file, outcome.end(),
					outcome.problem() + "; a newer segment exists, so this record had been acknowledged");
		}
		long sound = reader.findSoundRecord(outcome.end() + 1);
		if (sound >= 0) {
			throw new JournalException(file, outcome.end(), outcome.problem() + "; a sound record follows at byte " + sound
					+ ", so this is damage to acknowledged changes, not a torn write");
		}
		channel.truncate(outcome.end());
		channel.force(true);
		warnings.add(file.getFileName() + ": torn record at byte " + outcome.end() + " dropped (" + outcome.problem()
				+ "; written but never acknowledged)");
	}
}
