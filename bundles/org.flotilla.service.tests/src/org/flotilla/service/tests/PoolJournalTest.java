package org.flotilla.service.tests;

import static org.flotilla.service.tests.Journals.appendOneByOne;
import static org.flotilla.service.tests.Journals.assertEntries;
import static org.flotilla.service.tests.Journals.entries;
import static org.flotilla.service.tests.Journals.entry;
import static org.flotilla.service.tests.Journals.recordBytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;

import org.flotilla.service.store.JournalException;
import org.flotilla.service.store.PoolJournal;
import org.flotilla.service.store.PoolJournal.Entry;
import org.flotilla.service.store.PoolJournal.Recovered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool journal when nothing goes wrong: what goes in comes back, snapshots replace the journal before them. */
class PoolJournalTest {

	@TempDir
	Path temp;

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aNewDirectoryRecoversNothingAndWhatIsAppendedComesBack() throws IOException {
		Path dir = temp.resolve("pool");
		try (PoolJournal journal = PoolJournal.open(dir)) {
			Recovered r = journal.recovered();
			assertTrue(r.snapshot().isEmpty());
			assertTrue(r.entries().isEmpty());
			assertTrue(r.warnings().isEmpty(), r.warnings()::toString);
			assertEquals(0, journal.lastRevision());
			journal.append(entries(1, 3));
			assertEquals(3, journal.lastRevision());
		}
		try (PoolJournal journal = PoolJournal.open(dir)) {
			assertEntries(1, 3, journal.recovered().entries());
			assertTrue(journal.recovered().warnings().isEmpty(), journal.recovered().warnings()::toString);
			assertEquals(3, journal.lastRevision());
			assertEquals(recordBytes(1) + recordBytes(2) + recordBytes(3), journal.journalBytesSinceSnapshot());
		}
	}

	@Test
	void manyAppendsOfEverySizeComeBackInOrderAfterReopening() throws IOException {
		Path dir = temp.resolve("pool");
		Random random = new Random(11);
		long last = 0;
		try (PoolJournal journal = PoolJournal.open(dir)) {
			while (last < 2000) {
				int batch = 1 + random.nextInt(20);
				journal.append(entries(last + 1, last + batch));
				last += batch;
			}
			journal.append(List.of()); // nothing to do, and no harm
			journal.append(List.of(new Entry(last + 1, new byte[0]), new Entry(last + 2, new byte[100_000])));
			last += 2;
		}
		try (PoolJournal journal = PoolJournal.open(dir)) {
			List<Entry> entries = journal.recovered().entries();
			assertEquals(last, entries.size());
			assertEntries(1, last - 2, entries.subList(0, (int) last - 2));
			assertEquals(0, entries.get((int) last - 2).payload().length);
			assertEquals(100_000, entries.get((int) last - 1).payload().length);
			assertEquals(last, journal.lastRevision());
			journal.append(entries(last + 1, last + 5));
		}
		try (PoolJournal journal = PoolJournal.open(dir)) {
			assertEquals(last + 5, journal.lastRevision());
			assertEntries(last + 1, last + 5, journal.recovered().entries().subList((int) last, (int) last + 5));
		}
	}

	@Test
	void afterASnapshotOnlyTheEntriesAfterItAreReplayed() throws IOException {
		Path dir = temp.resolve("pool");
		try (PoolJournal journal = PoolJournal.open(dir)) {
			appendOneByOne(journal, 1, 50);
			journal.snapshot(50, bytes("state at 50"));
			assertEquals(0, journal.journalBytesSinceSnapshot());
			journal.append(entries(51, 80));
		}
		try (PoolJournal journal = PoolJournal.open(dir)) {
			Recovered r = journal.recovered();
			assertEquals(50, r.snapshot().orElseThrow().revision());
			assertArrayEquals(bytes("state at 50"), r.snapshot().orElseThrow().content());
			assertEntries(51, 80, r.entries());
			assertTrue(r.warnings().isEmpty(), r.warnings()::toString);
			assertEquals(80, journal.lastRevision());
			long expected = 0;
			for (long rev = 51; rev <= 80; rev++) {
				expected += recordBytes(rev);
			}
			assertEquals(expected, journal.journalBytesSinceSnapshot());
		}
	}

	@Test
	void aSnapshotOfAnOlderRevisionKeepsTheEntriesAfterIt() throws IOException {
		Path dir = temp.resolve("pool");
		long since = recordBytes(6) + recordBytes(7) + recordBytes(8) + recordBytes(9) + recordBytes(10);
		try (PoolJournal journal = PoolJournal.open(dir)) {
			journal.append(entries(1, 10));
			// The service serializes its state while new changes keep coming: the snapshot lags behind.
			journal.snapshot(5, bytes("state at 5"));
			assertEquals(since, journal.journalBytesSinceSnapshot());
			journal.append(entries(11, 12));
		}
		try (PoolJournal journal = PoolJournal.open(dir)) {
			assertEquals(5, journal.recovered().snapshot().orElseThrow().revision());
			assertEntries(6, 12, journal.recovered().entries());
			assertEquals(since + recordBytes(11) + recordBytes(12), journal.journalBytesSinceSnapshot());
		}
	}

	@Test
	void snapshotsKeepOnlyTheNewestThePreviousAndTheJournalAfterThePrevious() throws IOException {
		Path dir = temp.resolve("pool");
		try (PoolJournal journal = PoolJournal.open(dir)) {
			journal.snapshot(0, bytes("imported pool"));
			for (int s = 1; s <= 3; s++) {
				journal.append(entries(10 * s - 9, 10 * s));
				journal.snapshot(10 * s, bytes("state at " + 10 * s));
			}
			assertEquals(List.of("journal-21.log", "journal.lock", "snapshot-20.snap", "snapshot-30.snap"),
					Journals.names(dir));
			journal.append(entries(31, 35));
		}
		try (PoolJournal journal = PoolJournal.open(dir)) {
			assertArrayEquals(bytes("state at 30"), journal.recovered().snapshot().orElseThrow().content());
			assertEntries(31, 35, journal.recovered().entries());
		}
		// The fallback really is usable: without the newest snapshot, the previous one and the journal rebuild it.
		Files.delete(dir.resolve("snapshot-30.snap"));
		try (PoolJournal journal = PoolJournal.open(dir)) {
			assertArrayEquals(bytes("state at 20"), journal.recovered().snapshot().orElseThrow().content());
			assertEntries(21, 35, journal.recovered().entries());
		}
	}

	@Test
	void twoSnapshotsWithNoChangeBetweenThemAreFine() throws IOException {
		Path dir = temp.resolve("pool");
		try (PoolJournal journal = PoolJournal.open(dir)) {
			journal.append(entries(1, 3));
			journal.snapshot(3, bytes("a"));
			journal.snapshot(3, bytes("b"));
			journal.append(entries(4, 4));
			journal.snapshot(4, bytes("c"));
			journal.snapshot(4, bytes("d"));
		}
		try (PoolJournal journal = PoolJournal.open(dir)) {
			assertArrayEquals(bytes("d"), journal.recovered().snapshot().orElseThrow().content());
			assertTrue(journal.recovered().entries().isEmpty());
			assertEquals(4, journal.lastRevision());
			journal.append(entries(5, 6));
		}
		try (PoolJournal journal = PoolJournal.open(dir)) {
			assertEntries(5, 6, journal.recovered().entries());
		}
	}

	@Test
	void theDirectoryIsOwnerOnlyAndSoIsEveryFile() throws IOException {
		Path dir = temp.resolve("state").resolve("pool");
		try (PoolJournal journal = PoolJournal.open(dir)) {
			journal.append(entries(1, 2));
			journal.snapshot(2, bytes("state"));
			journal.append(entries(3, 3));
		}
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
		List<String> names = Journals.names(dir);
		assertEquals(List.of("journal-1.log", "journal-3.log", "journal.lock", "snapshot-2.snap"), names);
		for (String name : names) {
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name))),
					name);
		}
		try (PoolJournal journal = PoolJournal.open(dir)) {
			assertTrue(journal.recovered().warnings().isEmpty(), journal.recovered().warnings()::toString);
		}
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-x---"));
		try (PoolJournal journal = PoolJournal.open(dir)) {
			List<String> warnings = journal.recovered().warnings();
			assertEquals(1, warnings.size(), warnings::toString);
			assertTrue(warnings.get(0).contains("is open to others (rwxr-x---)"), warnings::toString);
		}
	}

	@Test
	void revisionsMustGoUpByOneAndABadBatchWritesNothing() throws IOException {
		Path dir = temp.resolve("pool");
		try (PoolJournal journal = PoolJournal.open(dir)) {
			assertThrows(IllegalArgumentException.class, () -> new Entry(0, new byte[1]));
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> journal.append(List.of(entry(2))));
			assertTrue(e.getMessage().contains("revision 2 where 1 was expected"), e.getMessage());
			assertThrows(IllegalArgumentException.class, () -> journal.append(List.of(entry(1), entry(3))));
			assertThrows(IllegalArgumentException.class, () -> journal.append(List.of(entry(1), entry(1))));
			journal.append(List.of(entry(1), entry(2)));
			assertThrows(IllegalArgumentException.class, () -> journal.append(List.of(entry(2))));
			assertThrows(IllegalArgumentException.class, () -> journal.append(List.of(entry(1))));
			assertThrows(IllegalArgumentException.class, () -> journal.snapshot(3, new byte[1]), "beyond the last");
			journal.snapshot(2, new byte[1]);
			assertThrows(IllegalArgumentException.class, () -> journal.snapshot(1, new byte[1]), "older than the newest");
			assertEquals(2, journal.lastRevision());
		}
		try (PoolJournal journal = PoolJournal.open(dir)) {
			assertEquals(2, journal.lastRevision());
			assertTrue(journal.recovered().entries().isEmpty());
		}
	}

	@Test
	void anEntryLargerThanTheLimitIsRefusedBeforeAnythingIsWritten() throws IOException {
		Path dir = temp.resolve("pool");
		try (PoolJournal journal = PoolJournal.open(dir)) {
			byte[] huge = new byte[PoolJournal.MAX_ENTRY_BYTES + 1];
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> journal.append(List.of(entry(1), new Entry(2, huge))));
			assertTrue(e.getMessage().contains("entry 1 (revision 2)"), e.getMessage());
			assertEquals(0, journal.lastRevision());
			journal.append(List.of(new Entry(1, new byte[PoolJournal.MAX_ENTRY_BYTES])));
		}
		try (PoolJournal journal = PoolJournal.open(dir)) {
			assertEquals(PoolJournal.MAX_ENTRY_BYTES, journal.recovered().entries().get(0).payload().length);
		}
	}

	@Test
	void oneJournalAtATimeOwnsTheDirectory() throws IOException {
		Path dir = temp.resolve("pool");
		try (PoolJournal journal = PoolJournal.open(dir)) {
			JournalException e = assertThrows(JournalException.class, () -> PoolJournal.open(dir));
			assertTrue(e.getMessage().contains("journal.lock") && e.getMessage().contains("already open"), e.getMessage());
			journal.append(entries(1, 1));
		}
		try (PoolJournal journal = PoolJournal.open(dir)) {
			assertEquals(1, journal.lastRevision());
		}
	}

	@Test
	void aClosedJournalRefusesChanges() throws IOException {
		PoolJournal journal = PoolJournal.open(temp.resolve("pool"));
		journal.close();
		journal.close();
		assertThrows(IllegalStateException.class, () -> journal.append(entries(1, 1)));
		assertThrows(IllegalStateException.class, () -> journal.snapshot(0, new byte[0]));
	}

	@Test
	void temporaryFilesLeftByAnInterruptedWriteAreRemoved() throws IOException {
		Path dir = temp.resolve("pool");
		try (PoolJournal journal = PoolJournal.open(dir)) {
			journal.append(entries(1, 2));
		}
		Files.write(dir.resolve(".snapshot-2.snap.8765.tmp"), bytes("half a snapshot"));
		Files.write(dir.resolve("notes.txt"), bytes("not ours"));
		try (PoolJournal journal = PoolJournal.open(dir)) {
			List<String> warnings = journal.recovered().warnings();
			assertEquals(1, warnings.size(), warnings::toString);
			assertTrue(warnings.get(0).contains(".snapshot-2.snap.8765.tmp"), warnings::toString);
			assertEntries(1, 2, journal.recovered().entries());
		}
		assertFalse(Files.exists(dir.resolve(".snapshot-2.snap.8765.tmp")));
		assertTrue(Files.exists(dir.resolve("notes.txt")), "files that are not the journal's are left alone");
	}

	@Test
	void aSnapshotAtRevisionZeroOfAnImportedPoolIsTheBase() throws IOException {
		Path dir = temp.resolve("pool");
		try (PoolJournal journal = PoolJournal.open(dir)) {
			journal.snapshot(0, bytes("imported pool"));
			journal.append(entries(1, 4));
		}
		try (PoolJournal journal = PoolJournal.open(dir)) {
			assertArrayEquals(bytes("imported pool"), journal.recovered().snapshot().orElseThrow().content());
			assertEquals(0, journal.recovered().snapshot().orElseThrow().revision());
			assertEntries(1, 4, journal.recovered().entries());
		}
	}
}
