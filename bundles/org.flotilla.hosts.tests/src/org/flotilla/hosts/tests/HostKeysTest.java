package org.flotilla.hosts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.flotilla.hosts.HostConnection;
import org.flotilla.hosts.HostKeyException;
import org.flotilla.hosts.KnownHosts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Host keys against a real sshd: unknown keys need a yes, changed keys are refused. */
class HostKeysTest {

	private SshFixture ssh;
	private Path knownHostsFile;

	@BeforeEach
	void start() throws Exception {
		ssh = SshFixture.start();
		knownHostsFile = ssh.folder.resolve("own_known_hosts");
	}

	@AfterEach
	void stop() throws Exception {
		ssh.close();
	}

	@Test
	void anUnknownKeyIsRefusedWithoutConfirmation() throws Exception {
		HostKeyException refused = assertThrows(HostKeyException.class, () -> HostConnection
				.open(ssh.root(), KnownHosts.of(knownHostsFile, KnownHosts.UnknownKeyHandler.REFUSE), SshFixture.TIMEOUT));
		assertEquals(HostKeyException.Reason.UNKNOWN, refused.reason());
		assertTrue(refused.getMessage().contains(ssh.sshd.hostKeyFingerprint()), refused.getMessage());
		assertFalse(Files.exists(knownHostsFile) && Files.readString(knownHostsFile).contains("ecdsa"),
				"nothing was written to known_hosts");
	}

	@Test
	void anUnknownKeyIsShownWithItsFingerprintAndAcceptedWhenConfirmed() throws Exception {
		List<KnownHosts.UnknownKey> asked = new ArrayList<>();
		try (HostConnection c = HostConnection.open(ssh.root(), KnownHosts.of(knownHostsFile, key -> asked.add(key)),
				SshFixture.TIMEOUT)) {
			assertEquals("ok", c.run("echo ok").stdout().strip());
		}
		assertEquals(1, asked.size());
		KnownHosts.UnknownKey key = asked.get(0);
		assertEquals("127.0.0.1", key.host());
		assertEquals(ssh.sshd.port(), key.port());
		assertEquals("ecdsa-sha2-nistp256", key.keyType());
		assertEquals(ssh.sshd.hostKeyFingerprint(), key.fingerprint());
		assertTrue(Files.readString(knownHostsFile).contains("[127.0.0.1]:" + ssh.sshd.port() + " ecdsa-sha2-nistp256 "),
				Files.readString(knownHostsFile));
		// Known now: a handler that refuses everything is not asked again.
		try (HostConnection c = HostConnection.open(ssh.root(),
				KnownHosts.of(knownHostsFile, KnownHosts.UnknownKeyHandler.REFUSE), SshFixture.TIMEOUT)) {
			assertTrue(c.isRoot());
		}
	}

	@Test
	void aChangedKeyIsRefusedEvenByAHandlerThatAcceptsEverything() throws Exception {
		try (HostConnection c = HostConnection.open(ssh.root(), KnownHosts.of(knownHostsFile, key -> true),
				SshFixture.TIMEOUT)) {
			c.run("true");
		}
		String before = Files.readString(knownHostsFile);
		String oldFingerprint = ssh.sshd.hostKeyFingerprint();
		ssh.sshd.replaceHostKey();
		String newFingerprint = ssh.sshd.hostKeyFingerprint();
		List<KnownHosts.UnknownKey> asked = new ArrayList<>();
		HostKeyException refused = assertThrows(HostKeyException.class, () -> HostConnection.open(ssh.root(),
				KnownHosts.of(knownHostsFile, key -> asked.add(key)), SshFixture.TIMEOUT));
		assertEquals(HostKeyException.Reason.CHANGED, refused.reason());
		String message = refused.getMessage();
		assertTrue(message.contains("127.0.0.1:" + ssh.sshd.port()), message);
		assertTrue(message.contains(oldFingerprint) && message.contains(newFingerprint), message);
		assertTrue(asked.isEmpty(), "a changed key is never offered for acceptance");
		assertEquals(before, Files.readString(knownHostsFile), "known_hosts is unchanged");
	}
}
