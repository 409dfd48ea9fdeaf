package org.flotilla.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;

import org.flotilla.service.EnrollmentAllowance;
import org.junit.jupiter.api.Test;

/** The enrollment listener's rates, on a clock the test moves: a flooding host is slowed alone, the others go on. */
class EnrollmentAllowanceTest {

	private static final long SECOND = 1_000_000_000L;

	private static InetAddress host(int n) throws Exception {
		return InetAddress.getByName("10.0.0." + n);
	}

	/** How many of {@code tries} enrollments from {@code from} at {@code now} are admitted. */
	private static int admitted(EnrollmentAllowance allowance, InetAddress from, long now, int tries) {
		int n = 0;
		for (int i = 0; i < tries; i++) {
			n += allowance.admit(from, now) ? 1 : 0;
		}
		return n;
	}

	@Test
	void aHostGetsItsBurstThenItsRateWhileOthersAreStillAnswered() throws Exception {
		long t = 1_000 * SECOND;
		EnrollmentAllowance allowance = new EnrollmentAllowance(20, 40, 5, 10, 4096, t);
		assertEquals(10, admitted(allowance, host(1), t, 100), "a burst of 10 from one host, then nothing at that instant");
		assertTrue(allowance.admit(host(2), t), "another host is answered meanwhile");
		assertEquals(5, admitted(allowance, host(1), t + SECOND, 100), "then 5 a second");
		assertEquals(10, admitted(allowance, host(3), t + SECOND, 100), "a third host has its own burst");
	}

	@Test
	void theWholeListenerIsBoundedToo() throws Exception {
		long t = 5 * SECOND;
		EnrollmentAllowance allowance = new EnrollmentAllowance(20, 40, 5, 10, 4096, t);
		int all = 0;
		for (int h = 1; h <= 8; h++) {
			all += admitted(allowance, host(h), t, 10);
		}
		assertEquals(40, all, "the listener's burst of 40 over every host");
		assertFalse(allowance.admit(host(9), t), "a ninth host waits for the listener's rate");
		assertTrue(allowance.admit(host(9), t + SECOND / 10), "which gives it 2 in a tenth of a second");
		assertTrue(allowance.admit(null, t + SECOND), "an unknown address counts against the listener only");
	}

	@Test
	void forgottenAddressesAreBounded() throws Exception {
		EnrollmentAllowance allowance = new EnrollmentAllowance(1_000_000, 1_000_000, 5, 10, 2, 0);
		assertEquals(10, admitted(allowance, host(1), 0, 20));
		allowance.admit(host(2), 0);
		allowance.admit(host(3), 0); // host 1, the least recently heard, is forgotten: at most two remembered
		assertEquals(10, admitted(allowance, host(1), 0, 20), "a forgotten host starts again with a burst");
	}
}
