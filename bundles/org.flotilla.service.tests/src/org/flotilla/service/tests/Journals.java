package org.flotilla.service.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.flotilla.service.store.PoolJournal;
import org.flotilla.service.store.PoolJournal.Entry;

/**
 * What the journal tests share: payloads that say which revision they belong to (so a record in the wrong place
 * shows), and the on-disk layout as docs/service-store.md states it, written down here independently of the code.
 */
final class Journals {

	static final int SEGMENT_HEADER = 32;
	static final int RECORD_HEADER = 20;
	static final int SNAPSHOT_HEADER = 40;

	private Journals() {
	}

	/** A payload of varying length that names its revision. */
	static byte[] payload(long revision) {
		return ("change " + revision + ";").repeat(1 + (int) (revision % 5)).getBytes(StandardCharsets.UTF_8);
	}

	static Entry entry(long revision) {
		return new Entry(revision, payload(revision));
	}

	static List<Entry> entries(long from, long to) {
		List<Entry> list = new ArrayList<>();
		for (long r = from; r <= to; r++) {
			list.add(entry(r));
		}
		return list;
	}

	/** Appends each revision in its own call, so each is one record. */
	static void appendOneByOne(PoolJournal journal, long from, long to) throws IOException {
		for (long r = from; r <= to; r++) {
			journal.append(List.of(entry(r)));
		}
	}

	/** Bytes one record of {@link #payload(long)} takes on disk. */
	static long recordBytes(long revision) {
		return RECORD_HEADER + payload(revision).length;
	}

	/** Offset of the record of {@code revision} in a segment whose first record is {@code first}. */
	static long recordOffset(long first, long revision) {
		long offset = SEGMENT_HEADER;
		for (long r = first; r < revision; r++) {
			offset += recordBytes(r);
		}
		return offset;
	}

	static void assertEntries(long from, long to, List<Entry> entries) {
		assertEquals(to - from + 1, entries.size(), "entries " + from + " to " + to);
		for (int i = 0; i < entries.size(); i++) {
			assertEquals(from + i, entries.get(i).revision());
			assertArrayEquals(payload(from + i), entries.get(i).payload(), "payload of revision " + (from + i));
		}
	}

	/** A copy of the journal's files (not its lock) in a new owner-only directory, as the journal makes its own. */
	static Path copy(Path journal, Path copy) throws IOException {
		Files.createDirectory(copy, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		try (Stream<Path> files = Files.list(journal)) {
			for (Path f : files.toList()) {
				if (!f.getFileName().toString().endsWith(".lock")) {
					Files.copy(f, copy.resolve(f.getFileName()));
				}
			}
		}
		return copy;
	}

	static void flip(Path file, long offset) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		bytes[(int) offset] ^= (byte) 0x5A;
		Files.write(file, bytes);
	}

	static List<String> names(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}
}
