package org.flotilla.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.flotilla.protocol.AuditFile;
import org.flotilla.protocol.AuditRateLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared audit file: lines escaped and bounded, read back newest first over generations and files, in pages. */
class AuditFileTest {

	@TempDir
	Path dir;

	private static String line(long second, String who, String what) {
		return AuditFile.line(Instant.ofEpochSecond(second), List.of(who, what), 64, 256);
	}

	@Test
	void linesAreEscapedAndBounded() {
		String line = AuditFile.line(Instant.EPOCH, List.of("a\tb\nc", "x".repeat(5000)), 64, 5000);
		assertEquals(3, line.split("\t").length);
		assertTrue(line.endsWith("\u2026\n") && line.length() == AuditFile.LINE_MAX, "length " + line.length());
		assertThrows(IllegalArgumentException.class, () -> AuditFile.line(Instant.EPOCH, List.of("a"), 1, 2));
	}

	@Test
	void readsMergeFilesAndGenerationsNewestFirstInPages() throws Exception {
		// Small files: every few lines rotate, so the entries are spread over the generations.
		AuditFile commands = new AuditFile(dir.resolve("a.log"), 64, 5);
		AuditFile refusals = new AuditFile(dir.resolve("b.log"), 64, 5);
		for (int i = 0; i < 20; i++) {
			(i % 3 == 0 ? refusals : commands).append(line(1000 + i, i % 2 == 0 ? "ada" : "sam", "op-" + i), i % 2 == 0);
		}
		Files.writeString(dir.resolve("a.log"), "a line cut by a crash\n", java.nio.file.StandardOpenOption.APPEND);
		assertTrue(Files.exists(AuditFile.generation(dir.resolve("a.log"), 2)), "rotated");
		assertFalse(Files.exists(AuditFile.generation(dir.resolve("a.log"), 6)), "five generations at most");

		List<String> all = new ArrayList<>();
		int offset = 0;
		AuditFile.Page page;
		do {
			page = AuditFile.read(List.of(commands, refusals), e -> true, offset, 4);
			page.entries().forEach(e -> all.add(e.field(1)));
			offset += page.entries().size();
		} while (page.more());
		// What rotation kept: the newest, in order, whatever file each is in.
		for (int i = 1; i < all.size(); i++) {
			assertTrue(Integer.parseInt(all.get(i - 1).substring(3)) > Integer.parseInt(all.get(i).substring(3)), all.toString());
		}
		assertEquals("op-19", all.get(0));

		AuditFile.Page sams = AuditFile.read(List.of(commands, refusals), e -> e.field(0).equals("sam"), 0, 100);
		assertTrue(sams.entries().stream().allMatch(e -> e.field(0).equals("sam")));
		assertFalse(sams.more());
		assertThrows(IllegalArgumentException.class, () -> AuditFile.read(List.of(commands), e -> true, 0, AuditFile.MAXIMUM_READ_WINDOW));
	}

	@Test
	void aRateLimitAllowsABurstThenCountsAndTellsTheCount() {
		List<String> told = new ArrayList<>();
		AuditRateLimit limit = new AuditRateLimit(3, 10, 100, 2, 0, (person, role, count, since, now) -> told.add(person + " " + count));
		int allowed = 0;
		for (int i = 0; i < 10; i++) {
			allowed += limit.allow(1, "sam", "support", 0) ? 1 : 0;
		}
		assertEquals(3, allowed);
		assertTrue(limit.allow(1, "sam", "support", 10_000), "one more after the refill interval");
		assertEquals(List.of("sam 7"), told, "the count is told before the next line");
		limit.allow(1, "sam", "support", 10_000);
		limit.allow(2, "bob", "planner", 10_000);
		limit.allow(3, "eve", "support", 10_000); // a third connection: the least recently used is forgotten, its count told
		assertEquals(List.of("sam 7", "sam 1"), told);
	}
}
