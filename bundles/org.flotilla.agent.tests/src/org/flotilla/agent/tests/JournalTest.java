package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.flotilla.agent.Identity;
import org.flotilla.agent.internal.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal keeps the node's identity and its records across restarts and survives a torn last write. */
class JournalTest {

	@TempDir
	Path dir;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));

	@Test
	void identityIsCreatedOnceAndKeptAcrossRestart() throws Exception {
		Identity first;
		try (Journal j = Journal.open(dir, "web-01", clock)) {
			first = j.identity();
			assertEquals("web-01", first.nodeName());
			assertEquals(clock.instant(), first.enrolledAt());
		}
		clock.advance(java.time.Duration.ofDays(3));
		try (Journal j = Journal.open(dir, "web-01", clock)) {
			assertEquals(first, j.identity(), "same node id, name and enrollment time after a restart");
			assertEquals(1, j.entries().size(), "no new record when nothing changed");
		}
		try (Journal j = Journal.open(dir, "web-02", clock)) {
			assertEquals(first.nodeId(), j.identity().nodeId(), "a rename keeps the node id");
			assertEquals("web-02", j.identity().nodeName());
		}
		try (Journal j = Journal.open(dir, "web-02", clock)) {
			assertEquals(new Identity(first.nodeId(), "web-02", first.enrolledAt()), j.identity());
		}
		Path other = dir.resolve("other");
		try (Journal j = Journal.open(other, "web-01", clock)) {
			assertNotEquals(first.nodeId(), j.identity().nodeId(), "another data directory is another node");
		}
	}

	@Test
	void recordsAreReplayedWithOddCharactersIntact() throws Exception {
		Map<String, String> fields = Map.of("name", "postgres server", "version", "16.4", "location",
				"/opt/pg 16/bin=x%y\tz");
		try (Journal j = Journal.open(dir, "db-01", clock)) {
			j.append(Journal.INSTALLED, fields);
		}
		try (Journal j = Journal.open(dir, "db-01", clock)) {
			List<Journal.Entry> entries = j.entries();
			assertEquals(2, entries.size());
			assertEquals(Journal.INSTALLED, entries.get(1).type());
			assertEquals(fields, entries.get(1).fields());
			assertTrue(j.warnings().isEmpty(), j.warnings().toString());
		}
	}

	@Test
	void tornLastRecordIsDroppedAndEarlierOnesKept() throws Exception {
		try (Journal j = Journal.open(dir, "db-01", clock)) {
			j.append(Journal.INSTALLED, Map.of("name", "jdk", "version", "21.0.5"));
			j.append(Journal.DEPLOYED, Map.of("name", "shop", "version", "1.2"));
		}
		Path file = dir.resolve(Journal.FILE_NAME);
		// A crash in the middle of the third append: half a line, no end of line.
		String full = Files.readString(file);
		String lastLine = full.substring(full.lastIndexOf('\n', full.length() - 2) + 1);
		Files.writeString(file, lastLine.substring(0, lastLine.length() / 2), StandardOpenOption.APPEND);

		try (Journal j = Journal.open(dir, "db-01", clock)) {
			assertEquals(3, j.entries().size(), "identity, installed, deployed are kept");
			assertEquals(1, j.warnings().size());
			String warning = j.warnings().get(0);
			assertTrue(warning.contains(file.toString()) && warning.contains("torn last record at line 4"), warning);
			assertEquals(full, Files.readString(file), "the torn tail is cut off");
			j.append(Journal.UNDEPLOYED, Map.of("name", "shop"));
		}
		try (Journal j = Journal.open(dir, "db-01", clock)) {
			assertEquals(4, j.entries().size(), "appends after the repair replay cleanly");
			assertTrue(j.warnings().isEmpty(), j.warnings().toString());
		}
	}

	@Test
	void lastRecordWithBadChecksumIsDropped() throws Exception {
		try (Journal j = Journal.open(dir, "db-01", clock)) {
			j.append(Journal.INSTALLED, Map.of("name", "jdk", "version", "21"));
		}
		Path file = dir.resolve(Journal.FILE_NAME);
		String content = Files.readString(file, StandardCharsets.UTF_8);
		// Flip the version in the last record without fixing its checksum (a torn sector, say).
		Files.writeString(file, content.replace("version=21", "version=22"), StandardCharsets.UTF_8);
		try (Journal j = Journal.open(dir, "db-01", clock)) {
			assertEquals(1, j.entries().size());
			assertTrue(j.warnings().get(0).contains("checksum mismatch"), j.warnings().toString());
		}
	}

	@Test
	void anAppendThatFailedHalfWayIsCutOffBeforeTheNextOne() throws Exception {
		Path file = dir.resolve(Journal.FILE_NAME);
		try (Journal j = Journal.open(dir, "db-01", clock)) {
			j.append(Journal.INSTALLED, Map.of("name", "jdk", "version", "21.0.5"));
			// What a write cut short by a full disk leaves: part of a record, no end of line. (The
			// journal's own failed writes are cut off at once; these bytes it did not even write.)
			// Longer than the record that follows, so that writing over it is not enough: it must be cut.
			Files.writeString(file, "3f2a9c01 deployed name=" + "s".repeat(200), StandardOpenOption.APPEND);
			j.append(Journal.DEPLOYED, Map.of("name", "shop", "version", "1.2"));
			assertTrue(j.warnings().stream().anyMatch(w -> w.contains("cut off before appending")), j.warnings().toString());
		}
		try (Journal j = Journal.open(dir, "db-01", clock)) {
			assertEquals(List.of(Journal.IDENTITY, Journal.INSTALLED, Journal.DEPLOYED),
					j.entries().stream().map(Journal.Entry::type).toList(), "the record after the torn one is kept");
			assertTrue(j.warnings().isEmpty(), j.warnings().toString());
		}
	}
}
