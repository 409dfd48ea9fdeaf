package org.flotilla.service.tests;

import static org.flotilla.service.tests.Journals.RECORD_HEADER;
import static org.flotilla.service.tests.Journals.SNAPSHOT_HEADER;
import static org.flotilla.service.tests.Journals.appendOneByOne;
import static org.flotilla.service.tests.Journals.assertEntries;
import static org.flotilla.service.tests.Journals.entries;
import static org.flotilla.service.tests.Journals.recordBytes;
import static org.flotilla.service.tests.Journals.recordOffset;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.flotilla.service.store.JournalException;
import org.flotilla.service.store.PoolJournal;
import org.flotilla.service.store.PoolJournal.Recovered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pool journal's files damaged in every way a test can reach: a torn tail is dropped (it was never
 * acknowledged), anything else is refused with the file and the offset, and a damaged snapshot falls back to the
 * previous one.
 */
class JournalDamageTest {

	private static final String SEGMENT = "journal-1.log";
	private static final long LAST = 5;

	@TempDir
	Path temp;

	/** Five records of five different sizes in one segment. */
	private Path original;
	private byte[] segment;

	@BeforeEach
	void writeFiveRecords() throws IOException {
		original = temp.resolve("original");
		try (PoolJournal journal = PoolJournal.open(original)) {
			appendOneByOne(journal, 1, LAST);
		}
		segment = Files.readAllBytes(original.resolve(SEGMENT));
		assertEquals(recordOffset(1, LAST + 1), segment.length, "the layout the tests assume");
	}

	/** A copy of the journal whose segment is {@code bytes}. */
	private Path withSegment(String name, byte[] bytes) throws IOException {
		Path dir = Journals.copy(original, temp.resolve(name));
		Files.write(dir.resolve(SEGMENT), bytes);
		return dir;
	}

	private static JournalException refused(Path dir) {
		return assertThrows(JournalException.class, () -> PoolJournal.open(dir).close());
	}

	private static void assertNames(JournalException e, String file, long offset) {
		assertEquals(file, e.file().getFileName().toString(), e.getMessage());
		assertEquals(offset, e.offset(), e.getMessage());
		assertTrue(e.getMessage().contains(file + " at byte " + offset), e.getMessage());
	}

	// ---------------------------------------------------------------- torn tail: dropped

	@Test
	void aJournalCutAtEveryByteOfItsLastRecordLosesOnlyThatRecord() throws IOException {
		long start = recordOffset(1, LAST);
		for (long cut = start; cut < segment.length; cut++) {
			Path dir = withSegment("cut-" + cut, Arrays.copyOf(segment, (int) cut));
			try (PoolJournal journal = PoolJournal.open(dir)) {
				Recovered r = journal.recovered();
				assertEntries(1, LAST - 1, r.entries());
				assertEquals(LAST - 1, journal.lastRevision());
				if (cut == start) {
					assertTrue(r.warnings().isEmpty(), "a cut between records is a clean end: " + r.warnings());
				} else {
					assertEquals(1, r.warnings().size(), r.warnings()::toString);
					assertTrue(r.warnings().get(0).startsWith(SEGMENT + ": torn record at byte " + start + " dropped"),
							r.warnings()::toString);
				}
				assertEquals(start, Files.size(dir.resolve(SEGMENT)), "the torn tail is cut off the file");
				journal.append(entries(LAST, LAST + 1));
			}
			try (PoolJournal journal = PoolJournal.open(dir)) {
				assertEntries(1, LAST + 1, journal.recovered().entries());
				assertTrue(journal.recovered().warnings().isEmpty(), journal.recovered().warnings()::toString);
			}
		}
	}

	@Test
	void aByteFlippedAnywhereInTheLastRecordDropsThatRecordOnly() throws IOException {
		long start = recordOffset(1, LAST);
		for (long at = start; at < segment.length; at++) {
			byte[] bytes = segment.clone();
			bytes[(int) at] ^= 0x5A;
			try (PoolJournal journal = PoolJournal.open(withSegment("flip-" + at, bytes))) {
				assertEntries(1, LAST - 1, journal.recovered().entries());
				List<String> warnings = journal.recovered().warnings();
				assertEquals(1, warnings.size(), warnings::toString);
				assertTrue(warnings.get(0).contains("torn record at byte " + start), warnings::toString);
			}
		}
	}

	@Test
	void anOversizedLengthInTheLastRecordIsDroppedWithoutAllocatingIt() throws IOException {
		long start = recordOffset(1, LAST);
		for (int length : new int[] { Integer.MAX_VALUE - 8, -1, PoolJournal.MAX_ENTRY_BYTES + 1,
				PoolJournal.MAX_ENTRY_BYTES }) {
			byte[] bytes = segment.clone();
			ByteBuffer.wrap(bytes).putInt((int) start + 4, length);
			try (PoolJournal journal = PoolJournal.open(withSegment("length-" + length, bytes))) {
				assertEntries(1, LAST - 1, journal.recovered().entries());
				String warning = journal.recovered().warnings().get(0);
				assertTrue(warning.contains("torn record at byte " + start), warning);
				assertTrue(warning.contains(length == PoolJournal.MAX_ENTRY_BYTES ? "incomplete record" : "beyond the limit"),
						warning);
			}
		}
	}

	// ---------------------------------------------------------------- damage before sound records: refused

	@Test
	void aByteFlippedAnywhereInAMiddleRecordIsRefusedNamingFileAndOffset() throws IOException {
		long start = recordOffset(1, 3);
		for (long at = start; at < recordOffset(1, 4); at++) {
			byte[] bytes = segment.clone();
			bytes[(int) at] ^= 0x5A;
			Path dir = withSegment("flip-" + at, bytes);
			JournalException e = refused(dir);
			assertNames(e, SEGMENT, start);
			assertTrue(e.getMessage().contains("a sound record follows at byte " + recordOffset(1, 4)), e.getMessage());
			assertArrayEquals(bytes, Files.readAllBytes(dir.resolve(SEGMENT)), "a refused journal is left as it was");
		}
	}

	@Test
	void aMiddleRecordCutShortBeforeTheRestIsRefusedAtEveryLength() throws IOException {
		// Bytes missing from inside a record (not at the end of the file): the records after it are still there.
		long start = recordOffset(1, 3);
		long end = recordOffset(1, 4);
		for (long keep = 0; keep < end - start; keep++) {
			byte[] bytes = new byte[(int) (segment.length - (end - start - keep))];
			System.arraycopy(segment, 0, bytes, 0, (int) (start + keep));
			System.arraycopy(segment, (int) end, bytes, (int) (start + keep), (int) (segment.length - end));
			JournalException e = refused(withSegment("keep-" + keep, bytes));
			assertNames(e, SEGMENT, start);
			if (keep == 0) {
				assertTrue(e.getMessage().contains("revision 4 where revision 3 was expected (revisions are missing)"),
						e.getMessage());
			}
		}
	}

	@Test
	void anOversizedLengthInAMiddleRecordIsRefusedWithoutAllocatingIt() throws IOException {
		long start = recordOffset(1, 2);
		byte[] bytes = segment.clone();
		ByteBuffer.wrap(bytes).putInt((int) start + 4, Integer.MAX_VALUE - 8);
		JournalException e = refused(withSegment("length", bytes));
		assertNames(e, SEGMENT, start);
		assertTrue(e.getMessage().contains("record length 2147483639 is beyond the limit"), e.getMessage());
	}

	@Test
	void aDamagedSegmentHeaderIsRefused() throws IOException {
		byte[] bytes = segment.clone();
		bytes[20] ^= 1; // inside the first revision
		assertNames(refused(withSegment("header", bytes)), SEGMENT, 0);
		assertNames(refused(withSegment("short", Arrays.copyOf(segment, 10))), SEGMENT, 10);
	}

	@Test
	void damageInASegmentThatANewerOneFollowsIsRefusedEvenAtItsEnd() throws IOException {
		Path dir = temp.resolve("pool");
		try (PoolJournal journal = PoolJournal.open(dir)) {
			appendOneByOne(journal, 1, 10);
			journal.snapshot(5, "state at 5".getBytes(StandardCharsets.UTF_8));
			journal.append(entries(11, 15));
		}
		Path first = dir.resolve(SEGMENT);
		long cut = recordOffset(1, 10) + 3;
		Files.write(first, Arrays.copyOf(Files.readAllBytes(first), (int) cut));
		JournalException e = refused(dir);
		assertNames(e, SEGMENT, recordOffset(1, 10));
		assertTrue(e.getMessage().contains("a newer segment exists"), e.getMessage());
	}

	@Test
	void aMissingSegmentIsRefusedAsAGap() throws IOException {
		Path dir = temp.resolve("pool");
		try (PoolJournal journal = PoolJournal.open(dir)) {
			journal.append(entries(1, 10));
			journal.snapshot(5, new byte[] { 5 });
			journal.append(entries(11, 20));
			journal.snapshot(20, new byte[] { 20 });
			journal.append(entries(21, 25));
		}
		assertEquals(List.of("journal-1.log", "journal-11.log", "journal-21.log", "journal.lock", "snapshot-20.snap",
				"snapshot-5.snap"), Journals.names(dir));
		Files.delete(dir.resolve("snapshot-20.snap")); // so that recovery needs the journal after snapshot 5

		Path first = Journals.copy(dir, temp.resolve("first"));
		Files.delete(first.resolve("journal-1.log"));
		JournalException e = refused(first);
		assertNames(e, "journal-11.log", 0);
		assertTrue(e.getMessage().contains("revisions 6 to 10 are missing"), e.getMessage());

		Path middle = Journals.copy(dir, temp.resolve("middle"));
		Files.delete(middle.resolve("journal-11.log"));
		e = refused(middle);
		assertNames(e, "journal-21.log", 0);
		assertTrue(e.getMessage().contains("revisions 11 to 20 are missing"), e.getMessage());
	}

	// ---------------------------------------------------------------- snapshots

	@Test
	void aDamagedNewestSnapshotFallsBackToThePreviousOneAndItsJournal() throws IOException {
		Path dir = temp.resolve("pool");
		try (PoolJournal journal = PoolJournal.open(dir)) {
			journal.append(entries(1, 10));
			journal.snapshot(10, "state at 10".getBytes(StandardCharsets.UTF_8));
			journal.append(entries(11, 20));
			journal.snapshot(20, "state at 20".getBytes(StandardCharsets.UTF_8));
			journal.append(entries(21, 30));
		}
		Path newest = dir.resolve("snapshot-20.snap");
		byte[] good = Files.readAllBytes(newest);
		for (long at : new long[] { 0, 16, 24, 32, SNAPSHOT_HEADER, good.length - 1 }) {
			Path copy = Journals.copy(dir, temp.resolve("flip-" + at));
			Journals.flip(copy.resolve("snapshot-20.snap"), at);
			assertFallsBackTo10(copy);
		}
		Path cut = Journals.copy(dir, temp.resolve("cut"));
		Files.write(cut.resolve("snapshot-20.snap"), Arrays.copyOf(good, 30));
		assertFallsBackTo10(cut);
	}

	private static void assertFallsBackTo10(Path dir) throws IOException {
		try (PoolJournal journal = PoolJournal.open(dir)) {
			Recovered r = journal.recovered();
			assertArrayEquals("state at 10".getBytes(StandardCharsets.UTF_8), r.snapshot().orElseThrow().content());
			assertEntries(11, 30, r.entries());
			assertEquals(1, r.warnings().size(), r.warnings()::toString);
			assertTrue(r.warnings().get(0).startsWith("snapshot-20.snap is damaged"), r.warnings()::toString);
			assertTrue(r.warnings().get(0).contains("recovered from snapshot-10.snap"), r.warnings()::toString);
			// The next snapshot removes the damaged one and keeps the one recovery used as its fallback.
			journal.snapshot(30, "state at 30".getBytes(StandardCharsets.UTF_8));
		}
		List<String> names = Journals.names(dir);
		assertTrue(names.contains("snapshot-10.snap") && names.contains("snapshot-30.snap")
				&& !names.contains("snapshot-20.snap"), names::toString);
	}

	@Test
	void aDamagedOnlySnapshotFallsBackToTheJournalFromTheEmptyPool() throws IOException {
		Path dir = temp.resolve("pool");
		try (PoolJournal journal = PoolJournal.open(dir)) {
			journal.append(entries(1, 10));
			journal.snapshot(10, new byte[] { 1, 2, 3 });
			journal.append(entries(11, 15));
		}
		Journals.flip(dir.resolve("snapshot-10.snap"), SNAPSHOT_HEADER + 1);
		try (PoolJournal journal = PoolJournal.open(dir)) {
			Recovered r = journal.recovered();
			assertTrue(r.snapshot().isEmpty());
			assertEntries(1, 15, r.entries());
			assertTrue(r.warnings().get(0).contains("recovered from the journal from the empty state"), r.warnings()::toString);
		}
	}

	@Test
	void aDamagedSnapshotOfAnImportedPoolIsRefused() throws IOException {
		Path dir = temp.resolve("pool");
		try (PoolJournal journal = PoolJournal.open(dir)) {
			journal.snapshot(0, "imported pool".getBytes(StandardCharsets.UTF_8));
			journal.append(entries(1, 5));
		}
		Journals.flip(dir.resolve("snapshot-0.snap"), SNAPSHOT_HEADER + 2);
		JournalException e = refused(dir);
		assertNames(e, SEGMENT, 0);
		assertTrue(e.getMessage().contains("snapshot-0.snap at byte " + SNAPSHOT_HEADER), e.getMessage());
		assertTrue(e.getMessage().contains("does not start from the empty state"), e.getMessage());
	}

	@Test
	void aDamagedSnapshotWithNoJournalIsRefused() throws IOException {
		Path dir = temp.resolve("pool");
		try (PoolJournal journal = PoolJournal.open(dir)) {
			journal.snapshot(0, "imported pool".getBytes(StandardCharsets.UTF_8));
		}
		Journals.flip(dir.resolve("snapshot-0.snap"), 3);
		JournalException e = refused(dir);
		assertTrue(e.getMessage().contains("no journal to rebuild the state from"), e.getMessage());
	}

	@Test
	void anEmptySegmentLeftBeforeASnapshotOfAnImportedPoolDoesNotOutliveIt() throws IOException {
		// An empty genesis segment (a first append that never wrote a record) must not later pass for the base.
		Path dir = temp.resolve("pool");
		try (PoolJournal journal = PoolJournal.open(dir)) {
			journal.append(entries(1, 1));
		}
		Path segmentFile = dir.resolve(SEGMENT);
		Files.write(segmentFile, Arrays.copyOf(Files.readAllBytes(segmentFile), Journals.SEGMENT_HEADER + RECORD_HEADER - 1));
		try (PoolJournal journal = PoolJournal.open(dir)) {
			assertEquals(0, journal.lastRevision());
			journal.snapshot(0, "imported pool".getBytes(StandardCharsets.UTF_8));
			journal.append(entries(1, 2));
		}
		Journals.flip(dir.resolve("snapshot-0.snap"), SNAPSHOT_HEADER);
		assertTrue(refused(dir).getMessage().contains("does not start from the empty state"));
		assertEquals(recordBytes(1) + recordBytes(2) + Journals.SEGMENT_HEADER, Files.size(segmentFile));
	}
}
