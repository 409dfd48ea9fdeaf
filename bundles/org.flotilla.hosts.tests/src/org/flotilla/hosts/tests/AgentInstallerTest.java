package org.flotilla.hosts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.flotilla.hosts.AgentIdentity;
import org.flotilla.hosts.AgentInstaller;
import org.flotilla.hosts.HostAccess;
import org.flotilla.hosts.HostCheck;
import org.flotilla.hosts.HostConnection;
import org.flotilla.hosts.InstallOptions;
import org.flotilla.hosts.InstallRequest;
import org.flotilla.hosts.InstallResult;
import org.flotilla.hosts.ProgressListener;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Installs real agents through a real sshd on this machine, as root, as a plain user with sudo and as a plain user
 * without; checks that they run under their restart loop and listen, that uninstall leaves nothing, and that a failed
 * install leaves the host clean. The agents get a keystore issued beforehand (enrollment is another part of issue 13);
 * the enrollment configuration is checked with a stand-in agent that only records the configuration it was given.
 */
class AgentInstallerTest {

	private static SshFixture ssh;
	private static Path distribution;
	private static PoolCertificateAuthority ca;

	@BeforeAll
	static void start() throws Exception {
		ssh = SshFixture.start();
		distribution = TestDistribution.agent(Files.createDirectories(ssh.folder.resolve("dist")));
		ca = PoolCertificateAuthority.openOrCreate(ssh.folder.resolve("ca"), "ca-password".toCharArray(), "hosts-test");
	}

	@AfterAll
	static void stop() throws Exception {
		ssh.close();
	}

	private static AgentIdentity.Keystore keystore(String node) throws Exception {
		char[] password = "agent-password".toCharArray();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ca.issueAgent(node, password).store(bytes, password);
		return new AgentIdentity.Keystore(bytes.toByteArray(), password);
	}

	private static String sh(HostConnection c, String command) throws IOException {
		return c.runPrivileged(command).stdout().strip();
	}

	/** Records the steps reported, so that the test can see progress arrived. */
	private static final class Steps implements ProgressListener {
		final List<String> events = new ArrayList<>();

		@Override
		public synchronized void stepStarted(HostAccess host, String step) {
			events.add("start " + step);
		}

		@Override
		public synchronized void stepFinished(HostAccess host, String step, String detail) {
			events.add("done " + step);
		}

		@Override
		public synchronized void stepFailed(HostAccess host, String step, String error) {
			events.add("failed " + step);
		}
	}

	private static final BooleanSupplier GO_ON = () -> false;

	/** The staging folders in /tmp before the test (others' runs may have left some). */
	private Set<Path> stagingBefore;

	@org.junit.jupiter.api.BeforeEach
	void noteStaging() throws IOException {
		stagingBefore = stagingFolders();
	}

	/** The staging folders this test left. */
	private Set<Path> newStaging() throws IOException {
		Set<Path> now = stagingFolders();
		now.removeAll(stagingBefore);
		return now;
	}

	@Test
	void asRootTheAgentRunsUnderItsRestartLoopListensAndUninstallLeavesNothing() throws Exception {
		String top = ssh.folder.resolve("root-opt").toString();
		String dir = top + "/nested/flotilla-agent";
		int port = TestSshd.freePort();
		InstallOptions options = InstallOptions.defaults().withInstallDir(dir);
		Steps steps = new Steps();
		try (HostConnection c = ssh.open(ssh.root())) {
			HostCheck check = HostCheck.run(c, options, port);
			assertTrue(check.ready(), check.problems().toString());
			InstallResult result = AgentInstaller.install(c, new InstallRequest(distribution, "node-root", "127.0.0.1", port,
					List.of("ssd", "rack=a1"), keystore("node-root"), options), steps, GO_ON);
			assertTrue(result.succeeded(), result.detail() + "\n" + result.steps());
			assertEquals(check.plan().mode(), result.mode());
			if (!check.systemd()) {
				assertEquals(HostCheck.ServiceMode.SUPERVISOR, result.mode(), "no systemd in this container: the restart loop");
			}
			assertTrue(result.detail().contains("listens on port " + port), result.detail());
			assertEquals(List.of("start check", "done check", "start stage", "done stage", "start upload", "done upload",
					"start configure", "done configure", "start install files", "done install files", "start start",
					"done start", "start wait", "done wait"), steps.events);

			String config = sh(c, "cat " + dir + "/conf/agent.properties");
			assertTrue(config.contains("node.name = node-root\n"), config);
			assertTrue(config.contains("listen.address = 127.0.0.1\nlisten.port = " + port + "\n"), config);
			assertTrue(config.contains("labels = ssd, rack=a1\n"), config);
			assertTrue(config.contains("data.dir = " + dir + "/data"), config);
			assertEquals("600 600 700", sh(c, "stat -c %a " + dir + "/data/tls/agent.p12 " + dir + "/data/tls/agent.password "
					+ dir + "/data").replace('\n', ' '));

			// It is the pool's agent: a console of the same pool CA completes a TLS handshake with node-root's certificate.
			char[] consolePassword = "console".toCharArray();
			javax.net.ssl.SSLContext tls = PoolCertificateAuthority.sslContext(
					ca.issueConsole("tester", org.flotilla.protocol.ConsoleRole.ADMINISTRATOR, consolePassword), consolePassword);
			try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) tls.getSocketFactory().createSocket("127.0.0.1", port)) {
				socket.setSoTimeout(30_000);
				socket.startHandshake();
				String peer = ((java.security.cert.X509Certificate) socket.getSession().getPeerCertificates()[0])
						.getSubjectX500Principal().getName();
				assertTrue(peer.contains("CN=node-root"), peer);
			}

			// The loop restarts an agent that dies: kill it and see another one listen.
			String first = sh(c, "cat " + dir + "/run/agent.pid");
			assertTrue(sh(c, "cat /proc/" + first + "/cmdline | tr '\\0' ' '").contains("org.flotilla.agent.AgentMain"));
			sh(c, "kill -KILL " + first);
			String second = awaitAgent(c, dir, first, port);
			assertNotEquals(first, second);

			InstallResult removed = AgentInstaller.uninstall(c, options, ProgressListener.NONE);
			assertTrue(removed.succeeded(), removed.detail() + "\n" + removed.steps());
			assertFalse(Files.exists(Path.of(top)), "the install folder and the parents it created are gone");
			assertFalse(Files.exists(Path.of("/proc", second)), "the agent is stopped");
			assertEquals(List.of(), processesIn(dir), "neither the agent nor its loop runs");
			assertEquals("", sh(c, "ss -Htln 'sport = :" + port + "'"));
			assertTrue(newStaging().isEmpty(), "no staging folder left: " + newStaging());
		}
	}

	@Test
	void aPlainUserWithSudoInstallsAsRoot() throws Exception {
		String dir = ssh.folder.resolve("sudo-opt/flotilla-agent").toString();
		int port = TestSshd.freePort();
		InstallOptions options = InstallOptions.defaults().withInstallDir(dir);
		try (HostConnection c = ssh.open(ssh.userWithPassword())) {
			assertFalse(c.isRoot());
			InstallResult result = AgentInstaller.install(c, new InstallRequest(distribution, "node-sudo", "127.0.0.1", port,
					List.of(), keystore("node-sudo"), options), ProgressListener.NONE, GO_ON);
			assertTrue(result.succeeded(), result.detail() + "\n" + result.steps());
			assertEquals("root root", sh(c, "stat -c %U " + dir + " " + dir + "/data/tls/agent.password").replace('\n', ' '));
			String agent = sh(c, "cat " + dir + "/run/agent.pid");
			assertEquals("root", sh(c, "ps -o user= -p " + agent));
			InstallResult removed = AgentInstaller.uninstall(c, options, ProgressListener.NONE);
			assertTrue(removed.succeeded(), removed.detail() + "\n" + removed.steps());
			assertFalse(Files.exists(Path.of(dir).getParent()));
			assertFalse(Files.exists(Path.of("/proc", agent)));
		}
	}

	@Test
	void aPlainUserWithoutSudoInstallsInItsHomeAndRunsItAsItself() throws Exception {
		Path dir = TestUser.home().resolve(InstallOptions.USER_DIR);
		assertFalse(Files.exists(dir), dir + " is left from an earlier run");
		List<String> homeBefore = tree(TestUser.home());
		int port = TestSshd.freePort();
		try (HostConnection c = ssh.open(ssh.userWithKey())) {
			InstallResult result = AgentInstaller.install(c, new InstallRequest(distribution, "node-user", "127.0.0.1", port,
					List.of(), keystore("node-user"), InstallOptions.defaults()), ProgressListener.NONE, GO_ON);
			try {
				assertTrue(result.succeeded(), result.detail() + "\n" + result.steps());
				assertEquals(dir.toString(), result.installDir());
				String agent = c.run("cat " + dir + "/run/agent.pid").stdout().strip();
				assertEquals(TestUser.NAME, c.run("ps -o user= -p " + agent).stdout().strip());
			} finally {
				InstallResult removed = AgentInstaller.uninstall(c, InstallOptions.defaults(), ProgressListener.NONE);
				assertTrue(removed.succeeded(), removed.detail() + "\n" + removed.steps());
			}
			assertFalse(Files.exists(dir));
			assertEquals(homeBefore, tree(TestUser.home()), "the user's home is as it was (no ~/.cache/JNA either)");
		}
	}

	/**
	 * A user-level install's folder is the agent's user's (and its tasks'): a marker rewritten there to claim a root
	 * install with a systemd unit, and a planted pid, must not make an administrator's later sudo uninstall act as root.
	 */
	@Test
	void aForgedMarkerInAUserLevelInstallCannotMakeUninstallActAsRoot() throws Exception {
		Path dir = TestUser.home().resolve(InstallOptions.USER_DIR);
		assertFalse(Files.exists(dir), dir + " is left from an earlier run");
		Path victim = Files.createTempFile("flotilla-victim", ".unit");
		try (HostConnection user = ssh.open(ssh.userWithKey()); HostConnection sudo = ssh.open(ssh.userWithPassword())) {
			InstallResult result = AgentInstaller.install(user, new InstallRequest(distribution, "node-forged", "127.0.0.1",
					TestSshd.freePort(), List.of(), keystore("node-forged"), InstallOptions.defaults()), ProgressListener.NONE, GO_ON);
			assertTrue(result.succeeded(), result.detail());
			String marker = dir + "/" + org.flotilla.hosts.internal.HostProbe.MARKER;
			String forge = "sed -i -e 's/^privileged=.*/privileged=true/' -e 's/^mode=.*/mode=SYSTEMD/' -e 's#^unit=.*#unit=" + victim
					+ "#' " + marker + " && grep -q '^unit=' " + marker + " || echo unit=" + victim + " >> " + marker;
			assertTrue(user.run(forge).ok());
			InstallResult refused = AgentInstaller.uninstall(sudo, InstallOptions.defaults(), ProgressListener.NONE);
			assertFalse(refused.succeeded(), refused.steps().toString());
			assertTrue(refused.detail().contains("root does not own"), refused.detail());
			assertTrue(Files.exists(victim), "nothing was removed as root");
			// Put the marker right again, and the owner removes its own install.
			assertTrue(user.run("sed -i -e 's/^privileged=.*/privileged=false/' -e 's/^mode=.*/mode=SUPERVISOR/' " + marker).ok());
			InstallResult removed = AgentInstaller.uninstall(user, InstallOptions.defaults(), ProgressListener.NONE);
			assertTrue(removed.succeeded(), removed.detail() + "\n" + removed.steps());
		} finally {
			Files.deleteIfExists(victim);
		}
		assertFalse(Files.exists(dir));
	}

	private static List<String> tree(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.map(Path::toString).filter(p -> !p.contains("/.ssh")).sorted().toList();
		}
	}

	@Test
	void aJavaRuntimeMadeWithJlinkIsUploadedAndRunsTheAgent() throws Exception {
		// The modules releng/org.flotilla.agent.distribution puts in its runtime (jdeps of the agent's classpath).
		Path runtime = ssh.folder.resolve("jlinked-runtime");
		TestSshd.run(List.of(Path.of(System.getProperty("java.home"), "bin", "jlink").toString(), "--add-modules",
				"java.base,java.desktop,java.logging,java.management,java.naming,java.security.jgss,java.security.sasl,"
						+ "java.sql,jdk.crypto.ec,jdk.unsupported",
				"--strip-debug", "--no-header-files", "--no-man-pages", "--output", runtime.toString()));
		String dir = ssh.folder.resolve("runtime-opt/flotilla-agent").toString();
		int port = TestSshd.freePort();
		InstallOptions options = InstallOptions.defaults().withInstallDir(dir);
		try (HostConnection c = ssh.open(ssh.userWithPassword())) {
			HostCheck check = HostCheck.run(c, options, port, runtime);
			assertTrue(check.ready(), check.problems().toString());
			assertTrue(check.plan().description().contains("upload the Java runtime to " + dir + "/runtime"),
					check.plan().description());
			InstallResult result = AgentInstaller.install(c, new InstallRequest(distribution, "node-runtime", "127.0.0.1",
					port, List.of(), keystore("node-runtime"), options).withRuntime(runtime), ProgressListener.NONE, GO_ON);
			assertTrue(result.succeeded(), result.detail() + "\n" + result.steps());
			String agent = sh(c, "cat " + dir + "/run/agent.pid");
			assertEquals(dir + "/runtime/bin/java", sh(c, "readlink /proc/" + agent + "/exe"));
			assertTrue(AgentInstaller.uninstall(c, options, ProgressListener.NONE).succeeded());
			assertFalse(Files.exists(Path.of(dir).getParent()));
		}
	}

	@Test
	void theEnrollmentKeysTokenAndCaAreWrittenForTheAgent() throws Exception {
		// The real agent of this branch does not know enroll.* yet (another helper adds it): a stand-in that records its
		// configuration and stays up, as an agent waiting for its enrollment does.
		Path fake = TestDistribution.fake(Files.createDirectories(ssh.folder.resolve("fake-enroll")), "exec sleep 600");
		String dir = ssh.folder.resolve("enroll-opt/flotilla-agent").toString();
		InstallOptions options = InstallOptions.defaults().withInstallDir(dir).withStartTimeout(Duration.ofSeconds(3));
		String pem = PoolCertificateAuthority.pem(ca.certificate());
		try (HostConnection c = ssh.open(ssh.root())) {
			InstallResult result = AgentInstaller.install(c, new InstallRequest(fake, "node-enroll", "0.0.0.0",
					TestSshd.freePort(), List.of("gpu"), new AgentIdentity.Enrollment("pool.example:7444",
							"one-time-token".toCharArray(), pem), options), ProgressListener.NONE, GO_ON);
			assertTrue(result.succeeded(), result.detail() + "\n" + result.steps());
			assertTrue(result.detail().contains("enrolling"), result.detail());
			String seen = Files.readString(Path.of(dir, "run/seen.properties"));
			assertTrue(seen.contains("enroll.service = pool.example:7444\n"), seen);
			assertTrue(seen.contains("enroll.token.file = " + dir + "/conf/enroll.token\n"), seen);
			assertTrue(seen.contains("pool.ca.file = " + dir + "/conf/pool-ca.pem\n"), seen);
			assertEquals("one-time-token", Files.readString(Path.of(dir, "conf/enroll.token")).strip());
			assertEquals(pem, Files.readString(Path.of(dir, "conf/pool-ca.pem")));
			assertEquals("600 600", sh(c, "stat -c %a " + dir + "/conf/enroll.token " + dir + "/conf/pool-ca.pem").replace('\n', ' '));
			assertTrue(AgentInstaller.uninstall(c, options, ProgressListener.NONE).succeeded());
			assertFalse(Files.exists(Path.of(dir).getParent()));
		}
	}

	@Test
	void anAgentThatExitsWith78IsNotRestartedAndTheHostIsLeftClean() throws Exception {
		Path fake = TestDistribution.fake(Files.createDirectories(ssh.folder.resolve("fake-78")),
				"echo 'flotilla-agent: enrollment token refused' >&2\nexit 78");
		String dir = ssh.folder.resolve("refused-opt/flotilla-agent").toString();
		try (HostConnection c = ssh.open(ssh.root())) {
			InstallResult result = AgentInstaller.install(c, new InstallRequest(fake, "node-78", "127.0.0.1",
					TestSshd.freePort(), List.of(), new AgentIdentity.Enrollment("pool.example:7444", "bad".toCharArray(),
							PoolCertificateAuthority.pem(ca.certificate())),
					InstallOptions.defaults().withInstallDir(dir)), ProgressListener.NONE, GO_ON);
			assertFalse(result.succeeded());
			assertTrue(result.detail().contains("exited with 78") && result.detail().contains("enrollment token refused"),
					result.detail());
			assertTrue(result.clean(), result.leftovers().toString());
			assertFalse(Files.exists(Path.of(dir).getParent()));
			assertTrue(newStaging().isEmpty(), newStaging().toString());
		}
	}

	@Test
	void anAgentThatFailsMidInstallIsStoppedAndEverythingRemoved() throws Exception {
		// 192.0.2.1 (TEST-NET-1) is no address of this machine: the agent cannot listen, exits 1 and is restarted.
		String dir = ssh.folder.resolve("failing-opt/flotilla-agent").toString();
		int port = TestSshd.freePort();
		Steps steps = new Steps();
		try (HostConnection c = ssh.open(ssh.userWithPassword())) {
			InstallResult result = AgentInstaller.install(c, new InstallRequest(distribution, "node-bad", "192.0.2.1", port,
					List.of(), keystore("node-bad"), InstallOptions.defaults().withInstallDir(dir)), steps, GO_ON);
			assertFalse(result.succeeded());
			assertTrue(steps.events.contains("failed wait"), steps.events.toString());
			assertTrue(result.detail().contains("cannot listen on"), result.detail());
			assertTrue(result.clean(), result.leftovers() + " " + result.removeCommands());
			assertTrue(result.detail().endsWith("the host is clean"), result.detail());
			assertFalse(Files.exists(Path.of(dir).getParent()));
			assertEquals(List.of(), processesIn(dir), "no agent or loop left running");
			assertTrue(newStaging().isEmpty(), newStaging().toString());
		}
	}

	@Test
	void aFolderThatCannotBeWrittenStopsTheInstallBeforeAnyChange() throws Exception {
		Path locked = Files.createDirectories(ssh.folder.resolve("locked"));
		String dir = locked.resolve("flotilla-agent").toString();
		try (HostConnection c = ssh.open(ssh.userWithKey())) {
			InstallResult result = AgentInstaller.install(c, new InstallRequest(distribution, "node-locked", "127.0.0.1",
					TestSshd.freePort(), List.of(), keystore("node-locked"), InstallOptions.defaults().withInstallDir(dir)),
					ProgressListener.NONE, GO_ON);
			assertFalse(result.succeeded());
			assertTrue(result.detail().startsWith("check failed: ") && result.detail().contains("not writable"), result.detail());
			assertTrue(result.clean());
			assertEquals(List.of(), Files.list(locked).toList());
		}
	}

	@Test
	void uninstallWhereNothingIsInstalledSaysSoAndRemovesNothing() throws Exception {
		Path other = Files.createDirectories(ssh.folder.resolve("not-ours/flotilla-agent"));
		Files.writeString(other.resolve("keep.txt"), "keep");
		try (HostConnection c = ssh.open(ssh.root())) {
			InstallResult result = AgentInstaller.uninstall(c, InstallOptions.defaults().withInstallDir(other.toString()),
					ProgressListener.NONE);
			assertFalse(result.succeeded());
			assertTrue(result.detail().contains("no Flotilla agent installed in " + other), result.detail());
			assertTrue(result.clean());
			assertTrue(Files.exists(other.resolve("keep.txt")));
		}
	}

	/** Waits until an agent other than {@code previous} runs and listens on {@code port}; returns its pid. */
	private static String awaitAgent(HostConnection c, String dir, String previous, int port) throws Exception {
		Instant deadline = Instant.now().plusSeconds(60);
		while (Instant.now().isBefore(deadline)) {
			String pid = sh(c, "cat " + dir + "/run/agent.pid 2>/dev/null");
			if (!pid.isEmpty() && !pid.equals(previous) && !sh(c, "ss -Htln 'sport = :" + port + "'").isEmpty()) {
				return pid;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no new agent listens on " + port + " within 60 s: " + sh(c, "tail -n 20 " + dir + "/log/agent.log"));
	}

	/** The processes of this machine whose command line names {@code dir} (the test and the "host" are one machine). */
	private static List<String> processesIn(String dir) {
		return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(dir))
				.map(p -> p.pid() + " " + p.info().commandLine().orElse("")).toList();
	}

	/** The installer's staging folders in /tmp (the installs here run as root or the test user, TMPDIR unset). */
	private static Set<Path> stagingFolders() throws IOException {
		try (Stream<Path> list = Files.list(Path.of("/tmp"))) {
			return list.filter(p -> p.getFileName().toString().startsWith("flotilla-install.")).collect(Collectors.toCollection(java.util.HashSet::new));
		}
	}
}
