package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

import org.flotilla.agent.AgentConfig.Allotment;
import org.flotilla.agent.MetricsSample;
import org.flotilla.agent.internal.MetricsSampler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import oshi.SystemInfo;

/** The sampler on this machine with real OSHI: sane fractions and rates, and the node's own processes counted. */
class MetricsSamplerTest {

	private static SystemInfo systemInfo;

	@BeforeAll
	static void linuxOnly() {
		assumeTrue(Files.isReadable(Path.of("/proc/meminfo")), "these checks read /proc (Linux)");
		systemInfo = new SystemInfo();
	}

	@Test
	void samplesAreSaneAndTheNodesOwnCpuIsSeen() throws Exception {
		Allotment oneCore = new Allotment(1.0, 1L << 30, false);
		MetricsSampler sampler = new MetricsSampler(systemInfo, oneCore, InstantSource.system());
		MetricsSample baseline = sampler.sample();
		assertEquals(0.0, baseline.hostCpu(), "the first sample only sets the baseline");
		assertEquals(0.0, baseline.diskReadBytesPerSec());
		List<MetricsSample> samples = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			// This JVM is "the agent" here: keep it busy so that its CPU time visibly moves between samples.
			Conditions.burn(Duration.ofMillis(150));
			samples.add(sampler.sample());
		}
		long memTotal = Conditions.meminfo("MemTotal");
		for (MetricsSample s : samples) {
			String what = s.toString();
			assertTrue(s.hostCpu() >= 0 && s.hostCpu() <= 1, what);
			assertTrue(s.load1() >= 0 && s.load5() >= 0 && s.load15() >= 0, what);
			assertEquals(memTotal, s.memoryTotalBytes(), what);
			assertTrue(s.memoryUsedBytes() > 0 && s.memoryUsedBytes() <= s.memoryTotalBytes(), what);
			for (double rate : new double[] { s.diskReadBytesPerSec(), s.diskWriteBytesPerSec(), s.netRxBytesPerSec(),
					s.netTxBytesPerSec(), s.nodeCpuCores() }) {
				assertTrue(rate >= 0 && Double.isFinite(rate), what);
			}
			assertTrue(s.nodeProcesses() >= 1, what);
			assertTrue(s.nodeMemoryBytes() > 1 << 20 && s.nodeMemoryBytes() < memTotal, what);
			assertEquals(s.nodeMemoryBytes() / (double) (1L << 30), s.nodeMemoryShare(), 1e-12, what);
			assertEquals(s.nodeCpuCores(), s.nodeCpuShare(), 1e-12, "allotment of one core: share = cores");
		}
		double busiest = samples.stream().mapToDouble(MetricsSample::nodeCpuCores).max().orElseThrow();
		assertTrue(busiest > 0.2, "a spinning thread shows as node CPU, got " + busiest + " cores");
		assertTrue(samples.stream().anyMatch(s -> s.hostCpu() > 0), "and as host CPU");
		double maxCores = samples.stream().mapToDouble(MetricsSample::nodeCpuCores).max().orElseThrow();
		assertTrue(maxCores <= Runtime.getRuntime().availableProcessors() * 1.5, "node CPU within reason: " + maxCores);
	}

	@Test
	void childProcessesCountAsTheNodes() throws Exception {
		Allotment host = new Allotment(Runtime.getRuntime().availableProcessors(), 1L << 30, true);
		int before = new MetricsSampler(systemInfo, host, InstantSource.system()).sample().nodeProcesses();
		Process child = new ProcessBuilder("sleep", "60").start();
		try {
			MetricsSample s = new MetricsSampler(systemInfo, host, InstantSource.system()).sample();
			assertEquals(before + 1, s.nodeProcesses(), "the agent's child is one of the node's processes");
		} finally {
			child.destroyForcibly();
			child.waitFor();
		}
	}
}
