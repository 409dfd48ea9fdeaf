package org.flotilla.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.ProtocolServer;
import org.flotilla.protocol.tools.IssueAgentKeystore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool that issues an agent's keystore, and the CA folder it reads. */
class IssueAgentKeystoreTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(Map<String, String> environment, String... args) {
		return IssueAgentKeystore.run(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void issuesAKeystoreThatAnAgentCanServeWith() throws Exception {
		Path ca = folder.resolve("ca");
		PoolCertificateAuthority authority = PoolCertificateAuthority.openOrCreate(ca, "ca-secret".toCharArray(), "lab");
		assertTrue(Files.isRegularFile(ca.resolve(PoolCertificateAuthority.KEYSTORE_FILE)));
		assertTrue(Files.readString(ca.resolve(PoolCertificateAuthority.CERTIFICATE_FILE)).startsWith("-----BEGIN CERTIFICATE-----"));
		Path out = folder.resolve("agents/node-17.p12");

		int exit = run(Map.of(IssueAgentKeystore.CA_PASSWORD_VARIABLE, "ca-secret",
				IssueAgentKeystore.KEYSTORE_PASSWORD_VARIABLE, "node-secret"), ca.toString(), "node-17", out.toString());

		assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
		assertTrue(out.toString().contains("node-17"));
		KeyStore keystore = PoolCertificateAuthority.loadKeyStore(out, "node-secret".toCharArray());
		X509Certificate certificate = (X509Certificate) keystore.getCertificate(PoolCertificateAuthority.IDENTITY_ALIAS);
		assertEquals(PeerIdentity.agent("node-17"), PeerIdentity.of(certificate));
		assertTrue(authority.issued(certificate));

		// Opening the CA again (as the console does on its next start) gives the same CA, and the
		// issued keystore really works: a console of that CA talks to an agent serving with it.
		PoolCertificateAuthority reopened = PoolCertificateAuthority.openOrCreate(ca, "ca-secret".toCharArray(), "lab");
		assertEquals(authority.certificate(), reopened.certificate());
		var consoleTls = PoolCertificateAuthority.sslContext(reopened.issueConsole("alice",
				org.flotilla.protocol.ConsoleRole.ADMINISTRATOR, "c".toCharArray()), "c".toCharArray());
		try (ProtocolServer agent = ProtocolServer.builder("node-17",
				PoolCertificateAuthority.sslContext(keystore, "node-secret".toCharArray()), TestServers.ECHO).start();
				ProtocolClient console = ProtocolClient.builder(agent.address(), consoleTls, PeerKind.CONSOLE, "alice")
						.connect()) {
			assertEquals(PeerIdentity.agent("node-17"), console.server());
			assertEquals("alice", console.request("echo", 0, Map.of()).get(10, TimeUnit.SECONDS).values().get("peer"));
		}
	}

	@Test
	void aWrongCaPasswordIsSaidClearly() throws Exception {
		Path ca = folder.resolve("ca");
		PoolCertificateAuthority.openOrCreate(ca, "ca-secret".toCharArray(), "lab");
		Path out = folder.resolve("node.p12");

		int exit = run(Map.of(IssueAgentKeystore.CA_PASSWORD_VARIABLE, "guess",
				IssueAgentKeystore.KEYSTORE_PASSWORD_VARIABLE, "x"), ca.toString(), "node-1", out.toString());

		assertEquals(2, exit);
		assertEquals("error: wrong password for the pool certificate authority in " + ca + System.lineSeparator(),
				err.toString(StandardCharsets.UTF_8));
		assertFalse(Files.exists(out));
	}

	@Test
	void aMissingCaIsSaidClearly() {
		Path ca = folder.resolve("nowhere");
		int exit = run(Map.of(IssueAgentKeystore.CA_PASSWORD_VARIABLE, "a",
				IssueAgentKeystore.KEYSTORE_PASSWORD_VARIABLE, "b"), ca.toString(), "node-1", folder.resolve("n.p12").toString());

		assertEquals(2, exit);
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: no pool certificate authority in " + ca
				+ " (" + ca.resolve(PoolCertificateAuthority.KEYSTORE_FILE) + " is missing)"), err.toString());
	}

	@Test
	void wrongUsageAndBadNodeNamesAreRefused() throws Exception {
		assertEquals(1, run(Map.of(), "only-one-argument"));
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: IssueAgentKeystore CA_FOLDER NODE_NAME OUT_FILE"));

		Path ca = folder.resolve("ca");
		PoolCertificateAuthority.openOrCreate(ca, "s".toCharArray(), "lab");
		err.reset();
		assertEquals(1, run(Map.of(IssueAgentKeystore.CA_PASSWORD_VARIABLE, "s",
				IssueAgentKeystore.KEYSTORE_PASSWORD_VARIABLE, "k"), ca.toString(), "node 1,OU=console", "x.p12"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 to 64 letters, digits"));
	}
}
