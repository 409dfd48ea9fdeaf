package org.flotilla.console.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Keeps the Topology canvas benchmark working (it is a command, run by hand): a small pool through
 * the same code in a real window (the tests' display: xvfb-run in CI), checked for what the command
 * must produce, not for speed — a row of figures for every measure, each one a positive time that
 * matches what was measured, and repaints that really painted the pool's tiles.
 */
class TopologyBenchmarkSmokeTest {

	private static final int NODES = 400;

	@Test
	@Timeout(120)
	void aSmallPoolIsLaidOutRepaintedAndItsFiguresPrinted() {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		TopologyBenchmark.Report report = TopologyBenchmark.run(NODES, 3, new PrintStream(printed, true, StandardCharsets.UTF_8));
		String out = printed.toString(StandardCharsets.UTF_8);
		System.out.print(out);

		assertTrue(out.contains("100 nodes") && out.contains(NODES + " nodes"), "the table's header names both pools:\n" + out);
		for (int i = 0; i < TopologyBenchmark.NAMES.length; i++) {
			String name = TopologyBenchmark.NAMES[i];
			double baseline = report.baseline().values()[i];
			double large = report.large().values()[i];
			assertTrue(baseline > 0 && Double.isFinite(baseline) && large > 0 && Double.isFinite(large),
					name + ": measured " + baseline + " and " + large + " ms");
			// The printed row is what was measured: both medians and their ratio, parsed back.
			Matcher row = Pattern.compile("(?m)^" + Pattern.quote(name) + " +([0-9]+\\.[0-9]{2}) +([0-9]+\\.[0-9]{2}) +([0-9]+\\.[0-9])$")
					.matcher(out);
			assertTrue(row.find(), "a row of figures for '" + name + "' in:\n" + out);
			assertEquals(baseline, Double.parseDouble(row.group(1)), 0.0051, name + ", 100 nodes");
			assertEquals(large, Double.parseDouble(row.group(2)), 0.0051, name + ", " + NODES + " nodes");
			assertEquals(large / baseline, Double.parseDouble(row.group(3)), 0.051, name + ", ratio");
		}

		// The repaints painted the pools: every node laid out, every visible tile in its state's color.
		TopologyBenchmark.Tiles small = report.baseline().tiles();
		assertEquals(new TopologyBenchmark.Tiles(100, 100, 100), small, "the whole 100-node pool fits the window");
		TopologyBenchmark.Tiles tiles = report.large().tiles();
		assertEquals(NODES, tiles.laidOut(), "every node of the pool has a tile");
		assertTrue(tiles.visible() >= 100 && tiles.painted() == tiles.visible(), tiles.toString());
		assertTrue(out.contains("tiles of the " + NODES + "-node pool: " + NODES + " laid out; a full repaint by state painted "
				+ tiles.painted() + " of the " + tiles.visible() + " visible"), out);
		assertTrue(Pattern.compile("(?m)^heap in use after the run: [0-9]+ MB").matcher(out).find(), out);
	}
}
