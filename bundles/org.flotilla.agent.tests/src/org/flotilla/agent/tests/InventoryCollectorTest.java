package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flotilla.agent.AgentConfig.ProbeSpec;
import org.flotilla.agent.Identity;
import org.flotilla.agent.Inventory;
import org.flotilla.agent.Inventory.Middleware;
import org.flotilla.agent.Inventory.Source;
import org.flotilla.agent.internal.InventoryCollector;
import org.flotilla.agent.internal.Journal;
import org.flotilla.agent.internal.ProbeRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import oshi.SystemInfo;

/** The inventory on this very machine (real OSHI), checked against sources that do not go through OSHI. */
class InventoryCollectorTest {

	private static SystemInfo systemInfo;

	@TempDir
	Path dir;

	@BeforeAll
	static void linuxOnly() {
		assumeTrue(Files.isReadable(Path.of("/proc/meminfo")), "these checks read /proc (Linux)");
		systemInfo = new SystemInfo();
	}

	@Test
	void hardwareAndOsAreThisMachines() throws Exception {
		Inventory.Hardware hw = new InventoryCollector(systemInfo).hardware();
		long cpuinfoProcessors = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
				.filter(l -> l.matches("processor\\s*:.*")).count();
		assertEquals(cpuinfoProcessors, hw.logicalCores(), "logical cores = processors in /proc/cpuinfo");
		assertTrue(hw.physicalCores() >= 1 && hw.physicalCores() <= hw.logicalCores(), hw.toString());
		assertEquals(Conditions.meminfo("MemTotal"), hw.memoryBytes(), "memory = MemTotal of /proc/meminfo");
		assertFalse(hw.cpuModel().isBlank(), "a CPU model");
		for (Inventory.Disk d : hw.disks()) {
			assertFalse(d.name().isBlank());
			assertTrue(d.sizeBytes() >= 0, d.toString());
		}
		for (Inventory.NetworkInterface n : hw.networkInterfaces()) {
			assertFalse(n.name().isBlank());
			assertTrue(n.macAddress() == null || n.macAddress().isEmpty()
					|| n.macAddress().matches("([0-9a-f]{2}:){5}[0-9a-f]{2}"), n.macAddress());
			assertTrue(n.speedBitsPerSecond() >= 0);
		}
		Inventory.OperatingSystem os = new InventoryCollector(systemInfo).operatingSystem();
		assertEquals(Files.readString(Path.of("/proc/sys/kernel/osrelease")).strip(), os.kernel(),
				"kernel = /proc/sys/kernel/osrelease");
		assertFalse(os.family().isBlank());
		assertEquals(64, os.bitness());
	}

	@Test
	void javaProbeFindsTheRunningJdk() {
		String java = ProcessHandle.current().info().command().orElseThrow();
		Middleware m = ProbeRunner.run(new ProbeSpec("java", java, List.of("-version"), "version \"([^\"]+)\""),
				Duration.ofSeconds(20));
		assertTrue(m.found(), m.toString());
		assertEquals(System.getProperty("java.version"), m.version());
		assertEquals(Source.PROBE, m.source());
		assertEquals(Path.of(java).toAbsolutePath().toString(), m.location());
	}

	@Test
	void missingCommandIsNotFound() {
		Middleware m = ProbeRunner.run(new ProbeSpec("ghost", "flotilla-no-such-command", List.of("--version"),
				"(\\d+)"), Duration.ofSeconds(5));
		assertFalse(m.found());
		assertNull(m.version());
		assertEquals("command 'flotilla-no-such-command' not found on PATH", m.detail());
	}

	@Test
	void failingProbeIsNotFoundWithItsExitCode() throws Exception {
		Path script = script("failing", "echo 'boom: no licence' >&2\nexit 3\n");
		Middleware m = ProbeRunner.run(new ProbeSpec("db", script.toString(), List.of(), "(\\d+\\.\\d+)"),
				Duration.ofSeconds(10));
		assertFalse(m.found());
		assertEquals("exit code 3: boom: no licence", m.detail());
	}

	@Test
	void hangingProbeTimesOutAndIsKilled() throws Exception {
		Path script = script("hanging", "echo 'starting 1.0'\nsleep 600\n");
		long start = System.nanoTime();
		List<Middleware> found = ProbeRunner.runAll(List.of(
				new ProbeSpec("hang", script.toString(), List.of(), "(\\d+\\.\\d+)"),
				new ProbeSpec("ghost", "flotilla-no-such-command", List.of(), "(\\d+)")), Duration.ofMillis(300));
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertEquals(2, found.size());
		Middleware hang = found.get(0);
		assertFalse(hang.found());
		assertEquals("timed out after 300 ms", hang.detail());
		assertFalse(found.get(1).found(), "the other probe is reported too");
		assertTrue(millis < 5000, "the inventory did not wait for the hanging probe: " + millis + " ms");
		Conditions.await("the hanging probe and its sleep to be killed", Duration.ofSeconds(10),
				() -> ProcessHandle.current().descendants().noneMatch(p -> p.info().commandLine().orElse("")
						.contains("sleep 600") || p.info().commandLine().orElse("").contains(script.toString())));
	}

	@Test
	void inventoryCombinesProbesWithWhatTheJournalRecorded() throws Exception {
		MutableClock clock = new MutableClock(Instant.parse("2026-11-22T09:00:00Z"));
		try (Journal journal = Journal.open(dir, "app-01", clock)) {
			journal.append(Journal.INSTALLED, Map.of("name", "postgresql", "version", "16.4", "location",
					"/opt/pg", "at", "2026-11-22T09:00:01Z"));
			journal.append(Journal.INSTALLED, Map.of("name", "redis", "version", "7.2", "location", "/opt/redis",
					"at", "2026-11-22T09:00:02Z"));
			journal.append(Journal.UNINSTALLED, Map.of("name", "redis", "at", "2026-11-22T09:00:03Z"));
			journal.append(Journal.DEPLOYED, Map.of("name", "shop", "version", "2.0", "location", "/srv/shop", "at",
					"2026-11-22T09:00:04Z"));
			Identity id = new Identity(UUID.randomUUID(), "app-01", clock.instant());
			Inventory inv = new InventoryCollector(systemInfo).collect(id, List.of("ssd"),
					List.of(new ProbeSpec("ghost", "flotilla-no-such-command", List.of(), "(\\d+)")),
					Duration.ofSeconds(5), journal.entries(), clock.instant());
			assertEquals(id.nodeId(), inv.nodeId());
			assertEquals(List.of("ssd"), inv.labels());
			assertEquals(List.of("ghost", "postgresql"), inv.middleware().stream().map(Middleware::name).toList(),
					"redis was uninstalled");
			Middleware pg = inv.middleware().get(1);
			assertEquals(new Middleware("postgresql", true, "16.4", Source.INSTALLED, "/opt/pg",
					"installed by the agent at 2026-11-22T09:00:01Z"), pg);
			assertEquals(List.of(new Inventory.Application("shop", "2.0", "/srv/shop",
					Instant.parse("2026-11-22T09:00:04Z"))), inv.applications());
			assertNotNull(inv.hardware());
		}
	}

	private Path script(String name, String body) throws Exception {
		Path script = dir.resolve(name + ".sh");
		Files.writeString(script, "#!/bin/sh\n" + body);
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
		return script;
	}
}
