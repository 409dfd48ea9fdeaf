package org.flotilla.service.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Keeps the pool service benchmark working (it is a command, run by hand): a small pool through the same processes
 * (the built service distribution, load generators, three console processes), checked for correctness only — every
 * report reaching every console's model, every edit reaching the other consoles, no connection lost, the service's
 * CPU and memory read. Its speed is what the benchmark reports.
 */
class ServiceBenchmarkSmokeTest {

	@Test
	@Timeout(300)
	void aSmallPoolReachesThreeConsolesThroughTheServiceProcess() throws Exception {
		int nodes = 10;
		// Below the ephemeral port range, and away from the demo pool's, the UI tests' and the ingest smoke test's ports;
		// ten ports free now, so that another run on the machine (a benchmark, another checkout's build) does not collide.
		int firstPort = freePorts(28500, 31000, nodes);
		ServiceBenchmark.Options options = ServiceBenchmark.Options.parse(new String[] { "--nodes", String.valueOf(nodes),
				"--seconds", "4", "--warm-up", "1", "--edits", "5", "--first-port", String.valueOf(firstPort), "--console-heap", "256m",
				"--service-home", System.getProperty("flotilla.service.home", "missing") });
		ServiceBenchmark.Run run = ServiceBenchmark.run(nodes, options);
		var figures = run.figures();
		assertNull(figures.get("failed"), figures.toString());

		for (int c = 1; c <= 3; c++) {
			assertEquals("0", figures.get("c" + c + ".lost"), "console " + c + " lost its connection: " + figures);
			long reportsPerSecond = Long.parseLong(figures.get("c" + c + ".reports-per-s"));
			// A report a second per agent, each in every console's model.
			assertTrue(reportsPerSecond >= nodes / 2 && reportsPerSecond <= nodes * 2, "console " + c + ": " + figures);
			assertTrue(Long.parseLong(figures.get("c" + c + ".latency-p50-ms")) >= 0, "console " + c + ": " + figures);
			assertTrue(Double.parseDouble(figures.get("c" + c + ".connect-again-s")) > 0, "console " + c + ": " + figures);
		}
		// The first console edits; the others see every edit.
		assertEquals("5", figures.get("c2.edits-seen"), figures.toString());
		assertEquals("5", figures.get("c3.edits-seen"), figures.toString());
		assertTrue(Double.parseDouble(figures.get("service-cpu-percent")) > 0, figures.toString());
		assertTrue(Double.parseDouble(figures.get("service-heap-after-gc-mb")) > 0, figures.toString());
		assertTrue(Double.parseDouble(figures.get("service-rss-mb")) > 0, figures.toString());
		assertEquals("0", figures.get("service-log-problems"), figures.toString());
		String table = ServiceBenchmark.table(List.of(run));
		assertTrue(table.contains("| … edits seen (of those sent) | 5 / 5 |"), table);
		assertTrue(table.contains("| service CPU, % of one core | " + figures.get("service-cpu-percent") + " |"), table);
	}

	/** The first of {@code count} consecutive loopback ports from {@code from} on that nothing listens on now. */
	private static int freePorts(int from, int to, int count) {
		for (int first = from; first + count <= to; first += count) {
			boolean free = true;
			for (int port = first; port < first + count && free; port++) {
				try (java.net.ServerSocket socket = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
					socket.setReuseAddress(true);
				} catch (java.io.IOException e) {
					free = false;
				}
			}
			if (free) {
				return first;
			}
		}
		throw new AssertionError("no " + count + " free ports between " + from + " and " + to);
	}
}
