package org.flotilla.ingest.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Keeps the ingest benchmark working (it is a command, run by hand): a small pool through the same
 * processes and code path, checked for correctness only — every node connected and reporting, every
 * report reaching the model, nobody marked unreachable. Its speed is what the benchmark reports.
 */
class IngestSmokeTest {

	@Test
	@Timeout(120)
	void aSmallPoolReportsIntoTheModelThroughTheBenchmarkProcesses() throws Exception {
		int nodes = 20;
		// Below the ephemeral port range, and away from the demo pool's and the UI tests' ports.
		IngestBenchmark.Options options = IngestBenchmark.Options
				.parse(new String[] { "--nodes", String.valueOf(nodes), "--seconds", "3", "--warm-up", "1", "--first-port", "28200" });
		IngestBenchmark.Run run = IngestBenchmark.run(nodes, options);

		assertEquals(String.valueOf(nodes), run.console().get("connections-open"), run.console().toString());
		assertEquals("0", run.console().get("marked-unreachable"), run.console().toString());
		long reportsPerSecond = Long.parseLong(run.console().get("reports-per-s"));
		// 1 s heartbeats: about one report per node per second reach the model.
		assertTrue(reportsPerSecond >= nodes / 2 && reportsPerSecond <= nodes * 2, run.console().toString());
		assertTrue(Long.parseLong(run.console().get("latency-samples")) >= nodes, run.console().toString());
		// The generators encrypt and write 20 reports a second during the window: some CPU, measured (not the
		// zero of an unreadable counter, not the NaN of a window never closed), and no more than the machine has.
		double generatorCpu = run.generatorCpuPercent();
		long processors = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.matches("processor\\s*:.*")).count();
		assertTrue(generatorCpu > 0 && generatorCpu <= 100.0 * processors,
				"generators' CPU over the window, % of one core: " + generatorCpu + " (" + processors + " processors)");
		String table = IngestBenchmark.table(List.of(run));
		assertTrue(table.contains("| receipt-to-model latency p50 (ms) | " + run.console().get("latency-p50-ms") + " |"), table);
		assertTrue(table.contains("| load generators' CPU, % of one core (same window) | " + "%.1f".formatted(generatorCpu) + " |"), table);
	}

	@Test
	@Timeout(180)
	void theWholeConsoleConnectsToEveryAgentOfThePool() throws Exception {
		// The product the reactor built before this module (releng/pom.xml lists it first), in the
		// tests' display (xvfb-run in CI).
		Path product = Path.of(System.getProperty("flotilla.console.product", "missing"));
		assertTrue(Files.isExecutable(product), "the console product is built: " + product);
		int nodes = 20;
		IngestBenchmark.Options options = IngestBenchmark.Options.parse(new String[] { "--nodes", String.valueOf(nodes),
				"--seconds", "2", "--warm-up", "1", "--first-port", "28300", "--product", product.toString() });
		IngestBenchmark.Run run = IngestBenchmark.run(nodes, options);

		assertEquals(String.valueOf(nodes), run.console().get("connections-open"), run.console().toString());
		assertTrue(run.console().get("cpu-by-thread").contains("java"), "the UI thread is measured: " + run.console());
		String table = IngestBenchmark.table(List.of(run));
		assertTrue(table.contains("| … the UI thread, % of one core | " + run.console().get("ui-thread-percent-of-core") + " |"),
				table);
		assertTrue(!table.contains("latency"), "rows of the headless run are left out: " + table);
	}
}
