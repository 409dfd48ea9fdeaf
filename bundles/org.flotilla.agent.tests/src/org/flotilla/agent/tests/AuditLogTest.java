package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.flotilla.agent.internal.AuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log's files: escaped and bounded lines, refusals at a bounded rate and accounted for, rotation. */
class AuditLogTest {

	@TempDir
	Path dir;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T09:00:00Z"));

	@Test
	void everyFieldIsEscapedAndCutAndTheFilesAreOwnerOnly() throws Exception {
		AuditLog log = new AuditLog(dir, clock);
		String forged = "rescan\tOK\nnext line\u2028\u0085" + "z".repeat(5000);
		log.commandStarting("admin-1", "administrator", forged, "{force=" + "y".repeat(5000) + "}");
		List<String> lines = Files.readAllLines(log.file());
		assertEquals(1, lines.size(), lines.toString());
		String[] fields = lines.get(0).split("\t", -1);
		assertEquals(6, fields.length, lines.get(0));
		assertTrue(fields[3].startsWith("rescan\\u0009OK\\u000anext line\\u2028\\u0085zz"), fields[3]);
		assertTrue(lines.get(0).length() <= 1024, "a line is at most 1 KiB: " + lines.get(0).length());
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log.file())));
	}

	@Test
	void refusalsAreWrittenAtABoundedRateAndTheRestCounted() throws Exception {
		AuditLog log = new AuditLog(dir, clock);
		for (int i = 0; i < 1000; i++) {
			log.refused(7, "support-desk", "support", "op-" + i, "unknown operation");
		}
		List<String> lines = Files.readAllLines(log.refusedFile());
		assertEquals(20, lines.size(), "a burst of 20, then nothing for now");
		assertTrue(lines.get(19).contains("\top-19\tREFUSED\t"), lines.get(19));

		// Another connection has a budget of its own.
		log.refused(8, "planner-2", "planner", "op-x", "unknown operation");
		assertEquals(21, Files.readAllLines(log.refusedFile()).size());

		// A minute later: what was left unwritten is accounted for in one line, then the next refusal.
		clock.advance(Duration.ofMinutes(1));
		log.refused(7, "support-desk", "support", "op-late", "unknown operation");
		lines = Files.readAllLines(log.refusedFile());
		assertTrue(lines.get(21).contains("\tSUPPRESSED\t980 further refusals on this connection since"), lines.get(21));
		assertTrue(lines.get(22).contains("\top-late\tREFUSED\t"), lines.get(22));

		// A flood that stops is accounted for by the periodic flush.
		for (int i = 0; i < 100; i++) {
			log.refused(9, "sam", "support", "again", "unknown operation");
		}
		clock.advance(Duration.ofMinutes(2));
		log.flushSuppressed();
		assertTrue(Files.readString(log.refusedFile()).contains("\tsam\tsupport\t-\tSUPPRESSED\t80 further refusals"),
				Files.readString(log.refusedFile()));
		assertFalse(Files.exists(log.file()), "refusals never touch the command log");
	}

	@Test
	void fullFilesRotateKeepingFiveGenerations() throws Exception {
		AuditLog log = new AuditLog(dir, clock);
		// A refused-log generation is 1 MiB: some 3,100 lines of about 335 bytes (the detail is cut at 256
		// characters) fill one; seven fills leave five old ones.
		String detail = "d".repeat(900);
		for (int round = 0; round < 7 * 3200; round++) {
			clock.advance(Duration.ofSeconds(6)); // one token per 6 s: every refusal is written
			log.refused(1, "support-desk", "support", "op", detail + round);
		}
		for (int generation = 1; generation <= 5; generation++) {
			assertTrue(Files.exists(dir.resolve(AuditLog.REFUSED_FILE + "." + generation)), "generation " + generation);
		}
		assertFalse(Files.exists(dir.resolve(AuditLog.REFUSED_FILE + ".6")), "no more than five");
		assertTrue(Files.size(log.refusedFile()) <= 1 << 20);
	}

	@Test
	void aCommandRecordThatCannotBeWrittenIsAnError() throws IOException {
		Files.createDirectories(dir.resolve(AuditLog.FILE)); // something in the way
		AuditLog log = new AuditLog(dir, clock);
		assertThrows(IOException.class, () -> log.commandStarting("admin-1", "administrator", "rescan-inventory", "{}"));
	}
}
