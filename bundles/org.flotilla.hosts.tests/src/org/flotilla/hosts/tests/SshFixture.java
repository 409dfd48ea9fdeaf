package org.flotilla.hosts.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.flotilla.hosts.HostAccess;
import org.flotilla.hosts.HostConnection;
import org.flotilla.hosts.KnownHosts;

/**
 * What the SSH tests share: a folder every user can read (the test user's authorized keys are read with its
 * rights), a real sshd on loopback, root's key, the test user with a password and a key, and a known_hosts file that
 * trusts this sshd.
 */
final class SshFixture implements AutoCloseable {

	static final Duration TIMEOUT = Duration.ofSeconds(30);

	final Path folder;
	final TestSshd sshd;
	final Path rootKey;
	final Path userKey;
	final String userPassword;
	final KnownHosts knownHosts;

	private SshFixture(Path folder, TestSshd sshd, Path rootKey, Path userKey, String userPassword, KnownHosts knownHosts) {
		this.folder = folder;
		this.sshd = sshd;
		this.rootKey = rootKey;
		this.userKey = userKey;
		this.userPassword = userPassword;
		this.knownHosts = knownHosts;
	}

	static SshFixture start() throws IOException, InterruptedException {
		String password = TestUser.ensure();
		Path folder = Files.createTempDirectory("flotilla-hosts-");
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
		TestSshd sshd = TestSshd.start(folder.resolve("sshd"));
		Files.setPosixFilePermissions(sshd.folder(), PosixFilePermissions.fromString("rwxr-xr-x"));
		Path rootKey = keygen(folder.resolve("keys/root_ecdsa"), "ecdsa", "");
		sshd.authorize("root", rootKey.resolveSibling("root_ecdsa.pub"));
		Path userKey = keygen(folder.resolve("keys/user_ecdsa"), "ecdsa", "");
		sshd.authorize(TestUser.NAME, userKey.resolveSibling("user_ecdsa.pub"));
		// Trust this sshd: its key is accepted once here; the host key tests use known_hosts files of their own.
		KnownHosts known = KnownHosts.of(folder.resolve("known_hosts"), key -> true);
		SshFixture fixture = new SshFixture(folder, sshd, rootKey, userKey, password,
				KnownHosts.of(folder.resolve("known_hosts"), KnownHosts.UnknownKeyHandler.REFUSE));
		try (HostConnection c = HostConnection.open(fixture.root(), known, TIMEOUT)) {
			c.run("true");
		}
		return fixture;
	}

	static Path keygen(Path file, String type, String passphrase) throws IOException, InterruptedException {
		Files.createDirectories(file.getParent());
		TestSshd.run(List.of("ssh-keygen", "-q", "-t", type, "-N", passphrase, "-C", "flotilla-test", "-f", file.toString()));
		return file;
	}

	/** root with its key. */
	HostAccess root() {
		return HostAccess.keyFile("127.0.0.1", sshd.port(), "root", rootKey, null);
	}

	/** The test user with its password (sudo gets the same password). */
	HostAccess userWithPassword() {
		return HostAccess.password("127.0.0.1", sshd.port(), TestUser.NAME, userPassword.toCharArray());
	}

	/** The test user with its key and no sudo password: only password-less sudo would work, and there is none. */
	HostAccess userWithKey() {
		return HostAccess.keyFile("127.0.0.1", sshd.port(), TestUser.NAME, userKey, null);
	}

	HostConnection open(HostAccess access) throws IOException {
		return HostConnection.open(access, knownHosts, TIMEOUT);
	}

	@Override
	public void close() throws Exception {
		// Agents and restart loops of a test that failed half-way: never leave them running on the machine.
		List<String> ours = List.of(folder.toString(), TestUser.home().resolve("flotilla-agent").toString());
		List<ProcessHandle> strays = ProcessHandle.allProcesses()
				.filter(p -> p.info().commandLine().map(line -> ours.stream().anyMatch(line::contains)).orElse(false)).toList();
		strays.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle p : strays) {
			p.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
		}
		sshd.close();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
