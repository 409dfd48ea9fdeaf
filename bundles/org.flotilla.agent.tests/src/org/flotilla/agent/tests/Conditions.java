package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting on real time without sleeping for luck: poll a condition until it holds or a deadline passes. */
final class Conditions {
	private Conditions() {
	}

	static void await(String what, Duration timeout, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("timed out after " + timeout.toMillis() + " ms waiting for " + what);
			}
			Thread.onSpinWait();
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				fail("interrupted waiting for " + what);
			}
		}
	}

	/** Keeps this thread busy for {@code d} of wall time (so that CPU counters really move). */
	static void burn(Duration d) {
		long end = System.nanoTime() + d.toNanos();
		long x = 0;
		while (System.nanoTime() < end) {
			x += Long.numberOfTrailingZeros(x ^ System.nanoTime());
		}
		if (x == 42) {
			System.out.print("");
		}
	}

	/** A value of /proc/meminfo in bytes (read without OSHI). */
	static long meminfo(String key) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
			if (line.startsWith(key + ":")) {
				return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
			}
		}
		throw new IOException(key + " not in /proc/meminfo");
	}
}
