package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.flotilla.agent.packages.ApplyResult;
import org.flotilla.agent.packages.InstalledPackage;
import org.flotilla.agent.packages.PackageFailedException;
import org.flotilla.agent.packages.PackageRefusedException;
import org.flotilla.agent.packages.PackageRuntime;
import org.flotilla.protocol.packages.PackageOperations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provisioning runtime itself, with real step processes: timeouts, reconfiguration, versions kept, one apply at a time. */
class PackageRuntimeTest {

	@TempDir
	Path dir;

	private PackageRuntime runtime;

	@BeforeEach
	void open() throws Exception {
		assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "packages run on Linux");
		runtime = PackageRuntime.open(dir.resolve("data"), 1 << 20, "node-r");
		runtime.recover();
	}

	@AfterEach
	void killLeftovers() {
		TestPackages.killAll(dir);
	}

	/** Package "tool" (application layer): an install step, parameters level (int 1..5) and gate (a file to wait for). */
	private static byte[] tool(String version, String install, String timeout) throws Exception {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("flotilla-package.properties", """
				name = tool
				version = %s
				layer = application
				parameter.level.type = int
				parameter.level.min = 1
				parameter.level.max = 5
				parameter.level.default = 3
				parameter.gate.type = string
				parameter.gate.default =
				step.install.command = steps/install.sh
				step.install.timeout = %s
				""".formatted(version, timeout));
		entries.put("payload/bin/tool.txt", "tool " + version + "\n");
		entries.put("steps/install.sh", install);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static final String RECORD = """
			echo "$FLOTILLA_PARAM_LEVEL" > "$FLOTILLA_PACKAGE_HOME/level"
			echo "$FLOTILLA_PREVIOUS_HOME" > "$FLOTILLA_PACKAGE_HOME/previous"
			""";

	private String put(byte[] archive, String version) throws Exception {
		String sha = TestPackages.sha256(archive);
		assertEquals(0, runtime.offer("tool", version, sha, archive.length));
		assertEquals(archive.length, runtime.chunk(sha, 0, archive));
		return sha;
	}

	private Path home() {
		return dir.resolve("data/packages/tool");
	}

	@Test
	void aStepThatTimesOutIsEndedWithWhatItStartedAndNothingIsInstalled() throws Exception {
		byte[] archive = tool("1.0", """
				sleep 300 &
				echo $! > "$FLOTILLA_PACKAGE_STATE/child"
				echo "installing, slowly"
				sleep 300
				""", "PT1S");
		String sha = put(archive, "1.0");
		PackageFailedException e = assertThrows(PackageFailedException.class, () -> runtime.apply("tool", "1.0", sha, Map.of(), 1));
		assertTrue(e.getMessage().startsWith("node node-r: package tool-1.0: step install failed (timed out after PT1S):\ninstalling, slowly\n"),
				e.getMessage());
		assertTrue(e.getMessage().endsWith("rolled back: nothing was installed before, nothing is now"), e.getMessage());
		assertEquals("install", e.step());
		long child = Long.parseLong(Files.readString(home().resolve("state/child")).strip());
		Conditions.await("the step's background child is ended too", Duration.ofSeconds(10),
				() -> ProcessHandle.of(child).map(h -> !h.isAlive()).orElse(true));
		assertEquals(List.of(), runtime.installed());
		assertFalse(Files.exists(home().resolve("1.0@1")));
		assertFalse(Files.exists(home().resolve("transaction.properties")));
	}

	/**
	 * A host restart ends what a package's start step launched; the kernel then names a new boot. The agent, started
	 * again, runs the start step of every package started in another boot (then its health check), and only those:
	 * an agent that merely restarted starts nothing twice. The restart is stood for here by killing the server and
	 * opening the runtime with another boot ID (what /proc/sys/kernel/random/boot_id would say).
	 */
	@Test
	void aHostRestartStartsInstalledPackagesAgainAndAnAgentRestartStartsNothingTwice() throws Exception {
		runtime = PackageRuntime.open(dir.resolve("data"), 1 << 20, "node-r", "boot-1");
		runtime.recover();
		int port = TestPackages.freePort();
		byte[] archive = TestPackages.web("1.0", "version.txt", null);
		String sha = TestPackages.sha256(archive);
		runtime.offer("web", "1.0", sha, archive.length);
		runtime.chunk(sha, 0, archive);
		assertEquals(PackageOperations.INSTALLED, runtime.apply("web", "1.0", sha, Map.of("port", Integer.toString(port)), 1).result());
		assertEquals("web 1.0\n", TestPackages.get(port, "version.txt"));
		Path pidFile = dir.resolve("data/packages/web/state/pid");
		long first = Long.parseLong(Files.readString(pidFile).strip());

		// The agent restarts, the host does not: the server it started runs on, nothing is started again.
		runtime = PackageRuntime.open(dir.resolve("data"), 1 << 20, "node-r", "boot-1");
		runtime.recover();
		assertEquals(first, Long.parseLong(Files.readString(pidFile).strip()), "no second start");
		assertTrue(ProcessHandle.of(first).map(ProcessHandle::isAlive).orElse(false));

		// The host restarts: its processes are gone and the boot has another ID.
		ProcessHandle.of(first).ifPresent(ProcessHandle::destroyForcibly);
		Conditions.await("the server is gone", Duration.ofSeconds(10), () -> TestPackages.get(port, "version.txt") == null);
		runtime = PackageRuntime.open(dir.resolve("data"), 1 << 20, "node-r", "boot-2");
		runtime.recover();
		assertEquals("web 1.0\n", TestPackages.get(port, "version.txt"), "started again, and its health check passed");
		long second = Long.parseLong(Files.readString(pidFile).strip());
		assertTrue(second != first);
		InstalledPackage web = runtime.installed("web").orElseThrow();
		assertEquals("healthy", web.health());
		assertEquals("installed", web.lastResult(), "what the last apply did is kept");
		assertTrue(Files.readString(dir.resolve("data/packages/journal.log")).contains("host restarted"));
		assertFalse(Files.exists(dir.resolve("data/packages/web/transaction.properties")));

		runtime = PackageRuntime.open(dir.resolve("data"), 1 << 20, "node-r", "boot-2");
		runtime.recover();
		assertEquals(second, Long.parseLong(Files.readString(pidFile).strip()), "once per boot");
	}

	/** After a host restart packages start bottom up, whatever their names: kernel parameters, middleware, applications. */
	@Test
	void afterAHostRestartPackagesStartBottomUp() throws Exception {
		runtime = PackageRuntime.open(dir.resolve("data"), 1 << 20, "node-r", "boot-1");
		runtime.recover();
		Path order = dir.resolve("order");
		String[][] packages = { { "aaa-app", "application" }, { "mmm-server", "middleware" }, { "zzz-kernel", "os-tuning" } };
		long epoch = 1;
		for (String[] p : packages) {
			byte[] archive = starter(p[0], p[1], order);
			String sha = TestPackages.sha256(archive);
			runtime.offer(p[0], "1.0", sha, archive.length);
			runtime.chunk(sha, 0, archive);
			assertEquals(PackageOperations.INSTALLED, runtime.apply(p[0], "1.0", sha, Map.of(), epoch++).result());
		}
		Files.delete(order);
		runtime = PackageRuntime.open(dir.resolve("data"), 1 << 20, "node-r", "boot-2");
		runtime.recover();
		assertEquals(List.of("zzz-kernel", "mmm-server", "aaa-app"), Files.readAllLines(order));
	}

	/** A package of {@code layer} whose start step appends its name to {@code order}. */
	private static byte[] starter(String name, String layer, Path order) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("flotilla-package.properties"));
			zip.write("""
					name = %s
					version = 1.0
					layer = %s
					step.start.command = steps/start.sh
					""".formatted(name, layer).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("steps/start.sh"));
			zip.write(("echo " + name + " >> '" + order + "'\n").getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	@Test
	void sameVersionNewParametersIsAReconfigurationAndVersionsAndArchivesAreKeptTwoDeep() throws Exception {
		String sha1 = put(tool("1.0", RECORD, "PT1M"), "1.0");
		String sha2 = put(tool("2.0", RECORD, "PT1M"), "2.0");
		String sha3 = put(tool("3.0", RECORD, "PT1M"), "3.0");

		assertEquals(PackageOperations.INSTALLED, runtime.apply("tool", "1.0", sha1, Map.of("level", "2"), 1).result());
		ApplyResult again = runtime.apply("tool", "1.0", sha1, Map.of("level", "4"), 2);
		assertEquals(PackageOperations.RECONFIGURED, again.result());
		assertEquals("1.0", again.fromVersion());
		assertEquals("4\n", Files.readString(home().resolve("current/level")));
		assertEquals(home().resolve("1.0@1") + "\n", Files.readString(home().resolve("current/previous")),
				"a fresh copy of the same version, with the one it replaces as the previous home");
		InstalledPackage installed = runtime.installed("tool").orElseThrow();
		assertEquals("4", installed.parameters().get("level"));
		assertEquals("application", installed.layer());
		assertEquals(2, installed.epoch());
		assertEquals("unknown", installed.health(), "no health step");

		assertEquals(PackageOperations.UPGRADED, runtime.apply("tool", "2.0", sha2, Map.of(), 3).result());
		assertEquals(List.of("1.0@2", "2.0@3"), versionDirs(), "the current version and the one before");
		assertTrue(Files.exists(cached(sha1)) && Files.exists(cached(sha2)) && Files.exists(cached(sha3)),
				"3.0 was received but not applied yet: kept");
		assertEquals(PackageOperations.DOWNGRADED, runtime.apply("tool", "1.0", sha1, Map.of(), 4).result());
		assertEquals(PackageOperations.UPGRADED, runtime.apply("tool", "3.0", sha3, Map.of(), 5).result());
		assertEquals(List.of("1.0@4", "3.0@5"), versionDirs());
		assertFalse(Files.exists(cached(sha2)), "the cache keeps the last two versions applied");
		assertTrue(Files.exists(cached(sha1)) && Files.exists(cached(sha3)));

		PackageRefusedException stale = assertThrows(PackageRefusedException.class,
				() -> runtime.apply("tool", "3.0", sha3, Map.of(), 5));
		assertTrue(stale.getMessage().contains("epoch 5 is not newer than the last one applied here (5)"), stale.getMessage());
		assertEquals(PackageOperations.REMOVED, runtime.remove("tool", 6).result());
		assertThrows(PackageRefusedException.class, () -> runtime.remove("tool", 7), "not installed any more");
		assertFalse(Files.exists(cached(sha1)) || Files.exists(cached(sha3)), "a removed package's archives go with it");
	}

	@Test
	void aFailedStepIsNamedWithItsOwnOutputAndTheOldParametersStay() throws Exception {
		String sha = put(tool("1.0", """
				echo "run $FLOTILLA_PARAM_LEVEL"
				if [ "$FLOTILLA_PARAM_LEVEL" = 5 ]; then echo "level 5 is broken" >&2; exit 3; fi
				""", "PT1M"), "1.0");
		assertEquals(PackageOperations.INSTALLED, runtime.apply("tool", "1.0", sha, Map.of("level", "2"), 1).result());
		PackageFailedException e = assertThrows(PackageFailedException.class,
				() -> runtime.apply("tool", "1.0", sha, Map.of("level", "5"), 2));
		assertEquals("node node-r: package tool-1.0: step install failed (exit code 3):\nrun 5\nlevel 5 is broken\nrolled back to 1.0",
				e.getMessage(), "the output of this run only, not of the earlier one");
		assertTrue(e.rolledBack());
		InstalledPackage p = runtime.installed("tool").orElseThrow();
		assertEquals("2", p.parameters().get("level"));
		assertEquals(1, p.epoch());
		assertTrue(p.lastResult().startsWith("failed: 1.0 install (exit code 3), rolled back"), p.lastResult());
		assertEquals("1.0@1", Files.readSymbolicLink(home().resolve("current")).toString());
	}

	@Test
	void aMalformedPackageIsRefusedNamingTheKeyAndNothingChanges() throws Exception {
		byte[] archive = tool("1.0", RECORD, "PT1M");
		// Same archive, one key misspelt in the manifest ("titel"): built again with that line added.
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(archive));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				byte[] content = in.readAllBytes();
				if (e.getName().equals("flotilla-package.properties")) {
					content = (new String(content, StandardCharsets.UTF_8) + "titel = Tool\n").getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(e.getName()));
				out.write(content);
				out.closeEntry();
			}
		}
		String sha = put(bytes.toByteArray(), "1.0");
		PackageRefusedException e = assertThrows(PackageRefusedException.class, () -> runtime.apply("tool", "1.0", sha, Map.of(), 1));
		assertTrue(e.getMessage().contains("titel = 'Tool': unknown key"), e.getMessage());
		assertTrue(runtime.installed("tool").isEmpty());
		assertEquals(PackageOperations.INSTALLED, runtime.apply("tool", "1.0", put(archive, "1.0"), Map.of(), 1).result(),
				"a refusal does not use up the epoch");
	}

	/**
	 * A full disk, for real: the agent's data on a 1 MiB tmpfs (root only). An archive that does not fit fails its chunk
	 * saying so and keeps nothing of it (the sender resumes from what is kept); one that fits but whose files do not is
	 * refused while staging, and the installed version stays, untouched.
	 */
	@Test
	void aFullDiskFailsClearlyAndLeavesTheInstalledVersion() throws Exception {
		Path small = Files.createDirectories(dir.resolve("small"));
		Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", small.toString())
				.redirectErrorStream(true).start();
		assumeTrue(mount.waitFor() == 0, "needs root and tmpfs mounts: " + new String(mount.getInputStream().readAllBytes()));
		try {
			PackageRuntime full = PackageRuntime.open(small.resolve("data"), 8 << 20, "node-f");
			full.recover();
			byte[] v1 = tool("1.0", RECORD, "PT30S");
			String sha1 = TestPackages.sha256(v1);
			full.offer("tool", "1.0", sha1, v1.length);
			full.chunk(sha1, 0, v1);
			full.apply("tool", "1.0", sha1, Map.of("level", "2"), 1);

			// 1. Two MiB that do not compress: the transfer itself does not fit.
			byte[] noise = new byte[2 << 20];
			new java.util.Random(7).nextBytes(noise);
			byte[] big = zip("tool", "2.0", "payload/noise.bin", noise);
			String bigSha = TestPackages.sha256(big);
			full.offer("tool", "2.0", bigSha, big.length);
			long kept = 0;
			IOException tooBig = null;
			for (int offset = 0; offset < big.length && tooBig == null; offset += 256 << 10) {
				try {
					kept = full.chunk(bigSha, offset, java.util.Arrays.copyOfRange(big, offset, Math.min(big.length, offset + (256 << 10))));
				} catch (IOException e) {
					tooBig = e;
				}
			}
			assertNotNull(tooBig, "a 2 MiB archive does not fit on a 1 MiB disk");
			assertTrue(tooBig.getMessage().contains("disk full") && tooBig.getMessage().contains("nothing of it was kept"),
					tooBig.getMessage());
			assertEquals(kept, full.offer("tool", "2.0", bigSha, big.length), "what was kept before is what the sender resumes from");

			// 2. Small to send, four MiB once unpacked: staging fails, nothing changes.
			byte[] bomb = zip("tool", "3.0", "payload/zeros.bin", new byte[4 << 20]);
			String bombSha = TestPackages.sha256(bomb);
			full.offer("tool", "3.0", bombSha, bomb.length);
			full.chunk(bombSha, 0, bomb);
			IOException staging = assertThrows(IOException.class, () -> full.apply("tool", "3.0", bombSha, Map.of(), 2));
			assertTrue(staging.getMessage().contains("tool"), staging.getMessage());
			assertEquals("1.0", full.installed("tool").orElseThrow().version(), "the installed version stays: " + staging.getMessage());
			assertEquals("2\n", Files.readString(small.resolve("data/packages/tool/current/level")));
			full.close();
		} finally {
			new ProcessBuilder("umount", "-l", small.toString()).start().waitFor();
		}
	}

	/** A package "tool" of {@code version} with one payload file. */
	private static byte[] zip(String name, String version, String entry, byte[] content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("flotilla-package.properties"));
			zip.write(("name = " + name + "\nversion = " + version + "\nlayer = application\n").getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content);
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	@Test
	void oneApplyAtATimePerPackage() throws Exception {
		String sha = put(tool("1.0", """
				while [ ! -f "$FLOTILLA_PARAM_GATE" ]; do sleep 0.05; done
				""", "PT1M"), "1.0");
		Path gate = dir.resolve("gate");
		CompletableFuture<ApplyResult> first = CompletableFuture.supplyAsync(() -> {
			try {
				return runtime.apply("tool", "1.0", sha, Map.of("gate", gate.toString()), 1);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		Conditions.await("the first apply runs its install step", Duration.ofSeconds(20), () -> {
			try {
				return Files.readString(dir.resolve("data/packages/journal.log")).contains("\ttool\t1\tinstall\tstarting");
			} catch (java.io.IOException e) {
				return false;
			}
		});
		assertTrue(runtime.installed("tool").isEmpty(), "nothing installed yet");
		// The status list shows the first install going on (no version yet), so a pool service whose apply request timed
		// out during a long first install waits for it instead of concluding that nothing was installed.
		List<InstalledPackage> status = runtime.installed();
		assertEquals(1, status.size(), status.toString());
		assertEquals("", status.get(0).version());
		assertTrue(status.get(0).health().startsWith("changing: apply to 1.0"), status.get(0).health());
		PackageRefusedException busy = assertThrows(PackageRefusedException.class,
				() -> runtime.apply("tool", "1.0", sha, Map.of("level", "5"), 2));
		assertTrue(busy.getMessage().contains("package tool is being applied, removed or recovered now"), busy.getMessage());
		Files.writeString(gate, "go");
		assertEquals(PackageOperations.INSTALLED, first.get(30, TimeUnit.SECONDS).result());
	}

	/**
	 * An agent killed after the new version passed its health check, before it switched {@code current}: the journal
	 * says COMMIT, so the agent started again finishes the switch instead of rolling back a healthy version. The
	 * state is made with a real upgrade whose last step (switch and record) is then undone, as a kill between
	 * "entered COMMIT" and the switch would have left it.
	 */
	@Test
	void aTransactionKilledAtCommitIsFinishedNotRolledBack() throws Exception {
		assumeTrue(Files.isExecutable(Path.of(System.getProperty("java.home"), "bin", "jwebserver")), "the JDK has jwebserver");
		int port = TestPackages.freePort();
		byte[] v1 = TestPackages.web("1.0", "version.txt", null);
		byte[] v2 = TestPackages.web("2.0", "version.txt", null);
		for (byte[] archive : List.of(v1, v2)) {
			String sha = TestPackages.sha256(archive);
			runtime.offer("web", archive == v1 ? "1.0" : "2.0", sha, archive.length);
			runtime.chunk(sha, 0, archive);
		}
		Path web = dir.resolve("data/packages/web");
		runtime.apply("web", "1.0", TestPackages.sha256(v1), Map.of("port", "" + port), 1);
		String installedBefore = Files.readString(web.resolve("installed.properties"));
		runtime.apply("web", "2.0", TestPackages.sha256(v2), Map.of("port", "" + port), 2);
		assertEquals("web 2.0\n", TestPackages.get(port, "version.txt"));
		// Undo the switch and the record; the journal says COMMIT with 1.0 stopped.
		Files.delete(web.resolve("current"));
		Files.createSymbolicLink(web.resolve("current"), Path.of("1.0@1"));
		Files.writeString(web.resolve("installed.properties"), installedBefore);
		Files.writeString(web.resolve("transaction.properties"), """
				kind=apply
				epoch=2
				new-dir=2.0@2
				new-version=2.0
				new-sha256=%s
				old-dir=1.0@1
				old-version=1.0
				old-stopped=true
				phase=COMMIT
				""".formatted(TestPackages.sha256(v2)));
		assertTrue(runtime.installed("web").orElseThrow().health().startsWith("changing: apply to 2.0 at commit"));

		PackageRuntime restarted = PackageRuntime.open(dir.resolve("data"), 1 << 20, "node-r");
		restarted.recover();
		InstalledPackage now = restarted.installed("web").orElseThrow();
		assertEquals("2.0", now.version());
		assertEquals("healthy", now.health());
		assertTrue(now.lastResult().startsWith("recovered: switched from 1.0"), now.lastResult());
		assertEquals("2.0@2", Files.readSymbolicLink(web.resolve("current")).toString());
		assertEquals("web 2.0\n", TestPackages.get(port, "version.txt"));
		assertFalse(Files.exists(web.resolve("transaction.properties")));
		assertTrue(Files.isDirectory(web.resolve("1.0@1")), "the previous version is kept");
	}

	private Path cached(String sha) {
		return dir.resolve("data/packages/cache/" + sha + ".fpkg");
	}

	private List<String> versionDirs() throws Exception {
		try (var files = Files.list(home())) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.contains("@")).sorted().toList();
		}
	}
}
