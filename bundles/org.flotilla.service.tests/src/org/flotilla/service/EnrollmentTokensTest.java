package org.flotilla.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enrollment tokens' file: hashes only, owner-only, durable, each token once, bounded by pruning. */
class EnrollmentTokensTest {

	@TempDir
	Path dir;

	@Test
	void enrollmentTokensKeepOnlyHashesAndEnrollOnce() throws Exception {
		Path ca = dir.resolve("ca");
		java.util.concurrent.atomic.AtomicReference<java.time.Instant> now = new java.util.concurrent.atomic.AtomicReference<>(
				java.time.Instant.parse("2026-12-03T08:00:00Z"));
		EnrollmentTokens tokens = EnrollmentTokens.open(ca, now::get);
		EnrollmentTokens.Issued first = tokens.issue("n1", EnrollmentTokens.DEFAULT_VALIDITY);
		assertEquals(java.time.Instant.parse("2026-12-03T08:30:00Z"), first.expires());
		String file = Files.readString(ca.resolve(EnrollmentTokens.FILE));
		assertFalse(file.contains(first.token()));
		assertTrue(file.contains(EnrollmentTokens.hash(first.token())));
		assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
				Files.getPosixFilePermissions(ca.resolve(EnrollmentTokens.FILE))));
		assertEquals(java.util.Set.of("n1"), tokens.awaitingEnrollment());

		// A newer token for the same node withdraws the older one.
		EnrollmentTokens.Issued second = tokens.issue("n1", java.time.Duration.ofMinutes(5));
		org.junit.jupiter.api.Assertions.assertThrows(EnrollmentTokens.Refused.class, () -> tokens.redeem(first.token(), "n1"));

		// Read again (a restart): the same tokens, usable once.
		EnrollmentTokens reopened = EnrollmentTokens.open(ca, now::get);
		assertEquals("n1", reopened.redeem(second.token(), "n1"));
		assertTrue(org.junit.jupiter.api.Assertions.assertThrows(EnrollmentTokens.Refused.class,
				() -> EnrollmentTokens.open(ca, now::get).redeem(second.token(), "n1")).getMessage().contains("used already"));
		assertEquals(java.util.Set.of(), reopened.awaitingEnrollment());

		// Out of range validities; expired entries are pruned a day after they end.
		org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> tokens.issue("n2", java.time.Duration.ofHours(25)));
		org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> tokens.issue("n2", java.time.Duration.ZERO));
		now.set(now.get().plus(java.time.Duration.ofDays(2)));
		EnrollmentTokens later = EnrollmentTokens.open(ca, now::get);
		later.issue("n3", EnrollmentTokens.DEFAULT_VALIDITY);
		assertEquals(1, later.size(), "the ended tokens were pruned");
	}
}
