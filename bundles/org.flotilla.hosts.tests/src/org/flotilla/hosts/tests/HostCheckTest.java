package org.flotilla.hosts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.flotilla.hosts.HostAccess;
import org.flotilla.hosts.HostCheck;
import org.flotilla.hosts.HostConnection;
import org.flotilla.hosts.InstallOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The check page's facts about this machine, found through a real sshd, compared with what the JVM sees here. */
class HostCheckTest {

	private static SshFixture ssh;

	@BeforeAll
	static void start() throws Exception {
		ssh = SshFixture.start();
	}

	@AfterAll
	static void stop() throws Exception {
		ssh.close();
	}

	/** systemd runs this machine (not in a container whose PID 1 is something else). */
	private static boolean systemdHere() {
		return Files.isDirectory(Path.of("/run/systemd/system"));
	}

	@Test
	void rootOnLocalhost() throws Exception {
		int port = TestSshd.freePort();
		HostCheck check;
		try (HostConnection c = ssh.open(ssh.root())) {
			check = HostCheck.run(c, InstallOptions.defaults(), port);
		}
		assertTrue(check.reachable());
		assertEquals("Linux", check.os());
		assertEquals(TestSshd.run(List.of("uname", "-m")).strip(), check.arch());
		assertEquals(HostCheck.Privilege.ROOT, check.privilege());
		assertTrue(check.freeDiskBytes() > 0, "free disk " + check.freeDiskBytes());
		assertNotNull(check.javaVersion(), "this machine has a Java 21+ (the build's JDK): " + check.problems());
		assertTrue(Files.isExecutable(Path.of(check.javaHome(), "bin/java")), check.javaHome());
		assertEquals(systemdHere(), check.systemd());
		assertTrue(check.portFree());
		HostCheck.Plan plan = check.plan();
		assertEquals(InstallOptions.PRIVILEGED_DIR, plan.installDir());
		assertTrue(plan.privileged());
		if (!systemdHere()) {
			assertEquals(HostCheck.ServiceMode.SUPERVISOR, plan.mode());
			assertTrue(plan.description().contains("no systemd here"), plan.description());
		} else {
			assertEquals(HostCheck.ServiceMode.SYSTEMD, plan.mode());
		}
		assertTrue(check.ready() || Files.exists(Path.of(InstallOptions.PRIVILEGED_DIR)), check.problems().toString());
	}

	@Test
	void aPortInUseAndAnOccupiedFolderAreProblems() throws Exception {
		Path occupied = Files.createDirectories(ssh.folder.resolve("occupied"));
		try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"));
				HostConnection c = ssh.open(ssh.root())) {
			HostCheck check = HostCheck.run(c, InstallOptions.defaults().withInstallDir(occupied.toString()),
					listener.getLocalPort());
			assertFalse(check.portFree());
			assertFalse(check.ready());
			assertTrue(check.problems().contains("port " + listener.getLocalPort() + " is already in use on the host"),
					check.problems().toString());
			assertTrue(check.problems().stream().anyMatch(p -> p.contains(occupied + " already exists")), check.problems().toString());
		}
	}

	@Test
	void aUserWithSudoInstallsAsRootAndOneWithoutInItsHome() throws Exception {
		int port = TestSshd.freePort();
		try (HostConnection c = ssh.open(ssh.userWithPassword())) {
			HostCheck check = HostCheck.run(c, InstallOptions.defaults(), port);
			assertEquals(HostCheck.Privilege.SUDO, check.privilege());
			assertTrue(check.plan().privileged());
			assertEquals(InstallOptions.PRIVILEGED_DIR, check.plan().installDir());
			assertTrue(check.plan().description().contains("through sudo"), check.plan().description());
		}
		try (HostConnection c = ssh.open(ssh.userWithKey())) {
			HostCheck check = HostCheck.run(c, InstallOptions.defaults(), port);
			assertEquals(HostCheck.Privilege.NONE, check.privilege());
			assertFalse(check.plan().privileged());
			assertEquals(HostCheck.ServiceMode.SUPERVISOR, check.plan().mode());
			assertEquals(TestUser.home() + "/flotilla-agent", check.plan().installDir());
			assertTrue(check.plan().description().contains("as " + TestUser.NAME), check.plan().description());
		}
	}

	@Test
	void anAgentRunAsRootIsNotGivenAJavaSomeoneElseCanReplace() throws Exception {
		Path safe = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
		Path users = Files.createDirectories(ssh.folder.resolve("users-jdk/bin"));
		Path theirs = Files.copy(Path.of("/bin/true"), users.resolve("java"));
		TestSshd.run(List.of("chown", TestUser.NAME, theirs.toString()));
		Path shared = Files.createDirectories(ssh.folder.resolve("shared-jdk/bin"));
		Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
		Path inShared = Files.copy(Path.of("/bin/true"), shared.resolve("java"));
		try (HostConnection c = ssh.open(ssh.userWithKey())) {
			org.junit.jupiter.api.Assumptions.assumeTrue(org.flotilla.hosts.internal.HostProbe.notRootsOwn(c, safe.toString()) == null,
					"the build's JDK and its folders are root's alone here: " + safe);
			assertEquals(theirs + " is not owned by root", org.flotilla.hosts.internal.HostProbe.notRootsOwn(c, theirs.toString()));
			assertEquals(shared + " is writable by group or others",
					org.flotilla.hosts.internal.HostProbe.notRootsOwn(c, inShared.toString()));
		}
	}

	@Test
	void aFolderTheUserCannotWriteIsAProblemWithoutSudo() throws Exception {
		Path locked = Files.createDirectories(ssh.folder.resolve("root-only"));
		try (HostConnection c = ssh.open(ssh.userWithKey())) {
			HostCheck check = HostCheck.run(c,
					InstallOptions.defaults().withInstallDir(locked.resolve("flotilla-agent").toString()), TestSshd.freePort());
			assertTrue(check.problems().stream().anyMatch(p -> p.contains(locked + " is not writable by " + TestUser.NAME)),
					check.problems().toString());
		}
	}

	@Test
	void aJavaRuntimeForAnotherArchitectureIsAProblem() throws Exception {
		// A runtime whose bin/java is an ELF executable for the other of x86_64 and aarch64 (only the header matters).
		Path runtime = Files.createDirectories(ssh.folder.resolve("foreign-runtime/bin"));
		byte[] header = new byte[64];
		header[0] = 0x7f;
		header[1] = 'E';
		header[2] = 'L';
		header[3] = 'F';
		boolean x86 = TestSshd.run(List.of("uname", "-m")).strip().equals("x86_64");
		header[18] = (byte) (x86 ? 0xb7 : 0x3e);
		Files.write(runtime.resolve("java"), header);
		try (HostConnection c = ssh.open(ssh.root())) {
			HostCheck check = HostCheck.run(c, InstallOptions.defaults(), TestSshd.freePort(), runtime.getParent());
			String expected = "the Java runtime to upload is for " + (x86 ? "aarch64" : "x86_64");
			assertTrue(check.problems().stream().anyMatch(p -> p.startsWith(expected)), check.problems().toString());
		}
	}

	@Test
	void anUnreachableHostIsAProblemToo() {
		HostCheck check = HostCheck.unreachable(HostAccess.password("nowhere.invalid", 22, "me", new char[0]), "cannot reach");
		assertFalse(check.ready());
		assertEquals(List.of("cannot reach"), check.problems());
	}
}
