package org.flotilla.hosts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.flotilla.hosts.HostAccess;
import org.flotilla.hosts.HostConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Logging in to a real sshd with a key file, a password and an ssh-agent; sudo; SFTP. */
class HostAccessTest {

	private static SshFixture ssh;

	@BeforeAll
	static void start() throws Exception {
		ssh = SshFixture.start();
	}

	@AfterAll
	static void stop() throws Exception {
		ssh.close();
	}

	@Test
	void aKeyFileLogsInAsRoot() throws Exception {
		try (HostConnection c = ssh.open(ssh.root())) {
			assertTrue(c.isRoot());
			assertEquals("/root", c.home());
			assertEquals("hello", c.run("echo hello").stdout().strip());
			assertEquals(3, c.run("exit 3").exitStatus());
			assertEquals("0", c.runPrivileged("id -u").stdout().strip(), "root needs no sudo");
		}
	}

	@Test
	void anEncryptedKeyFileNeedsItsPassphrase() throws Exception {
		Path key = SshFixture.keygen(ssh.folder.resolve("keys/root_rsa_secret"), "rsa", "s3cret phrase");
		ssh.sshd.authorize("root", key.resolveSibling("root_rsa_secret.pub"));
		try (HostConnection c = ssh.open(HostAccess.keyFile("127.0.0.1", ssh.sshd.port(), "root", key,
				"s3cret phrase".toCharArray()))) {
			assertTrue(c.isRoot());
		}
		IOException wrong = assertThrows(IOException.class, () -> ssh.open(
				HostAccess.keyFile("127.0.0.1", ssh.sshd.port(), "root", key, "wrong".toCharArray())));
		assertTrue(wrong.getMessage().contains(key.toString()) && wrong.getMessage().contains("passphrase"), wrong.getMessage());
	}

	@Test
	void aPasswordLogsInAndSudoTakesTheSamePassword() throws Exception {
		try (HostConnection c = ssh.open(ssh.userWithPassword())) {
			assertFalse(c.isRoot());
			assertEquals(TestUser.home().toString(), c.home());
			assertTrue(c.canRunPrivileged());
			assertEquals("0", c.runPrivileged("id -u").stdout().strip());
			assertEquals(TestUser.NAME, c.run("id -un").stdout().strip());
		}
	}

	@Test
	void aWrongSudoPasswordOrNoneMeansNoRoot() throws Exception {
		try (HostConnection c = ssh.open(ssh.userWithPassword().withSudoPassword("not-it".toCharArray()))) {
			assertFalse(c.canRunPrivileged());
			assertFalse(c.runPrivileged("true").ok());
		}
		try (HostConnection c = ssh.open(ssh.userWithKey())) {
			assertFalse(c.canRunPrivileged(), "sudo -n: the test user's sudo needs a password");
		}
	}

	@Test
	void aWrongPasswordSaysWhoCouldNotLogInAndNeverShowsThePassword() throws Exception {
		IOException e = assertThrows(IOException.class, () -> ssh.open(
				HostAccess.password("127.0.0.1", ssh.sshd.port(), TestUser.NAME, "Wr0ng-pass".toCharArray())));
		assertTrue(e.getMessage().contains("cannot log in to " + TestUser.NAME + "@127.0.0.1:" + ssh.sshd.port()), e.getMessage());
		assertFalse(e.getMessage().contains("Wr0ng-pass"), e.getMessage());
		assertFalse(ssh.userWithPassword().toString().contains(ssh.userPassword));
	}

	@Test
	void anUnreachableHostSaysSo() throws Exception {
		int closed = TestSshd.freePort();
		IOException e = assertThrows(IOException.class,
				() -> ssh.open(HostAccess.keyFile("127.0.0.1", closed, "root", ssh.rootKey, null)));
		assertTrue(e.getMessage().startsWith("cannot reach 127.0.0.1:" + closed), e.getMessage());
	}

	@Test
	void theKeysOfARunningSshAgentLogIn() throws Exception {
		Path rsa = SshFixture.keygen(ssh.folder.resolve("keys/agent_rsa"), "rsa", "");
		Path ed = SshFixture.keygen(ssh.folder.resolve("keys/agent_ed25519"), "ed25519", "");
		Path socket = ssh.folder.resolve("agent.sock");
		Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		try {
			Instant deadline = Instant.now().plusSeconds(10);
			while (!Files.exists(socket)) {
				assertTrue(agent.isAlive() && Instant.now().isBefore(deadline), "ssh-agent made its socket");
				Thread.sleep(20);
			}
			for (Path key : List.of(rsa, ed)) {
				ProcessBuilder add = new ProcessBuilder("ssh-add", key.toString()).redirectErrorStream(true);
				add.environment().put("SSH_AUTH_SOCK", socket.toString());
				Process p = add.start();
				String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, out);
			}
			// Only the RSA key is authorized: MINA must ask the agent for an rsa-sha2 signature (flags), not ssh-rsa.
			ssh.sshd.authorize("root", rsa.resolveSibling("agent_rsa.pub"));
			try (HostConnection c = ssh.open(HostAccess.agent("127.0.0.1", ssh.sshd.port(), "root", socket))) {
				assertTrue(c.isRoot());
			}
			ssh.sshd.authorize(TestUser.NAME, ed.resolveSibling("agent_ed25519.pub"));
			try (HostConnection c = ssh.open(HostAccess.agent("127.0.0.1", ssh.sshd.port(), TestUser.NAME, socket))) {
				assertEquals(TestUser.NAME, c.run("id -un").stdout().strip());
			}
		} finally {
			agent.destroy();
			agent.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void uploadsKeepModesAndSecretsAreOwnerOnly() throws Exception {
		Path tree = Files.createDirectories(ssh.folder.resolve("tree/bin"));
		Files.writeString(tree.resolve("run.sh"), "#!/bin/sh\necho ran\n");
		tree.resolve("run.sh").toFile().setExecutable(true, false);
		Files.writeString(tree.getParent().resolve("data.txt"), "data\n");
		try (HostConnection c = ssh.open(ssh.userWithPassword())) {
			String target = c.run("mktemp -d").stdout().strip() + "/up";
			c.upload(tree.getParent(), target, false);
			assertEquals("ran", c.run("sh -c " + "'" + target + "/bin/run.sh'").stdout().strip());
			assertEquals("644 755", c.run("stat -c %a " + target + "/data.txt " + target + "/bin/run.sh").stdout().strip()
					.replace('\n', ' '));
			c.write(target + "/secret", "s".getBytes(StandardCharsets.UTF_8), true);
			assertEquals("600", c.run("stat -c %a " + target + "/secret").stdout().strip());
			assertThrows(IOException.class, () -> c.write(target + "/secret", new byte[1], true), "never overwrites");
			c.run("rm -rf " + target.substring(0, target.length() - 3));
		}
	}
}
