package org.flotilla.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.UnrecoverableKeyException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.flotilla.console.core.ConsoleKeystore;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ServiceIdentityTest {

	@TempDir
	Path dir;
	private ServiceConfig config;

	@BeforeEach
	void configure() throws Exception {
		Path file = dir.resolve("conf/service.properties");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "pool.name = Test pool\ndata.dir = ../data\nservice.name = svc-1\n");
		config = ServiceConfig.read(file);
	}

	@ParameterizedTest
	@EnumSource(ConsoleRole.class)
	void anIssuedConsoleKeystoreLoadsAndCarriesItsRole(ConsoleRole role) throws Exception {
		ServiceIdentity identity = ServiceIdentity.openOrCreate(config);
		Path keystore = dir.resolve("people/ann.p12");
		identity.issueConsole("ann", role, keystore, dir.resolve("people/ann.password"));

		assertEquals(dir.resolve("people/ann.password"), ConsoleKeystore.passwordFileOf(keystore));
		IdentityKeystore.Loaded loaded = ConsoleKeystore.load(keystore, ConsoleKeystore.passwordFileOf(keystore));
		assertEquals(Optional.of(role), PeerIdentity.roleOf(loaded.certificate()));
		assertEquals(PeerIdentity.console("ann", role), loaded.identity());
		assertEquals(identity.caCertificate(), loaded.caCertificate());
		assertTrue(identity.authority().issued(loaded.certificate()));
		assertEquals("TLSv1.3", ConsoleKeystore.consoleTls(keystore, ConsoleKeystore.passwordFileOf(keystore)).getProtocol());
	}

	@Test
	void everyFileWithASecretIsOwnerOnlyAndTheCaPasswordIsOutsideTheDataDirectory() throws Exception {
		ServiceIdentity identity = ServiceIdentity.openOrCreate(config);
		identity.serviceTls();
		identity.issueConsole("bob", ConsoleRole.SUPPORT, dir.resolve("out/bob.p12"), dir.resolve("out/bob.password"));
		identity.issueAgent("node-1", dir.resolve("agent"));

		Path data = dir.resolve("data");
		assertTrue(Files.isRegularFile(data.resolve("ca/pool-ca.p12")));
		assertFalse(Files.exists(data.resolve("ca/ca.password")), "no CA password beside the CA's key");
		assertEquals(dir.resolve("conf/ca.password").toAbsolutePath(), config.caPasswordFile());
		for (Path secret : List.of(config.caPasswordFile(), data.resolve("ca/pool-ca.p12"), data.resolve("tls/service.p12"),
				data.resolve("tls/service.password"), dir.resolve("out/bob.p12"), dir.resolve("out/bob.password"),
				dir.resolve("agent/tls/agent.p12"), dir.resolve("agent/tls/agent.password"))) {
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)), secret.toString());
		}
		for (Path folder : List.of(data.resolve("ca"), data.resolve("tls"), dir.resolve("out"))) {
			assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)), folder.toString());
		}
	}

	@Test
	void aWrongPasswordIsAClearError() throws Exception {
		ServiceIdentity identity = ServiceIdentity.openOrCreate(config);
		Path keystore = dir.resolve("ann.p12");
		Path password = dir.resolve("ann.password");
		identity.issueConsole("ann", ConsoleRole.PLANNER, keystore, password);
		Files.writeString(password, "not-the-password\n");

		UnrecoverableKeyException e = assertThrows(UnrecoverableKeyException.class, () -> ConsoleKeystore.consoleTls(keystore, password));
		assertTrue(e.getMessage().startsWith("wrong password for " + keystore + ": the password in " + password + " does not open it"),
				e.getMessage());
	}

	@Test
	void aPasswordFileOthersCanReadIsRefused() throws Exception {
		ServiceIdentity identity = ServiceIdentity.openOrCreate(config);
		Path keystore = dir.resolve("ann.p12");
		Path password = dir.resolve("ann.password");
		identity.issueConsole("ann", ConsoleRole.PLANNER, keystore, password);
		Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-r--r--"));

		IOException e = assertThrows(IOException.class, () -> ConsoleKeystore.consoleTls(keystore, password));
		assertTrue(e.getMessage().contains("chmod 600 " + password), e.getMessage());
	}

	@Test
	void missingFilesAreNamed() throws Exception {
		ServiceIdentity identity = ServiceIdentity.openOrCreate(config);
		Path keystore = dir.resolve("ann.p12");
		Path password = dir.resolve("ann.password");
		IOException noKeystore = assertThrows(IOException.class, () -> ConsoleKeystore.consoleTls(keystore, password));
		assertTrue(noKeystore.getMessage().contains(keystore.toString()), noKeystore.getMessage());

		identity.issueConsole("ann", ConsoleRole.PLANNER, keystore, password);
		Files.delete(password);
		IOException noPassword = assertThrows(IOException.class, () -> ConsoleKeystore.consoleTls(keystore, password));
		assertTrue(noPassword.getMessage().contains(password.toString()), noPassword.getMessage());
	}

	@Test
	void anAgentsKeystoreIsNotAConsoleIdentity() throws Exception {
		ServiceIdentity.openOrCreate(config).issueAgent("node-7", dir.resolve("agent"));
		Path keystore = dir.resolve("agent/tls/agent.p12");

		GeneralSecurityException e = assertThrows(GeneralSecurityException.class,
				() -> ConsoleKeystore.consoleTls(keystore, dir.resolve("agent/tls/agent.password")));
		assertTrue(e.getMessage().contains("is the identity of agent 'node-7', not of a person's console"), e.getMessage());
	}

	@Test
	void theCaIsReopenedWithItsPasswordAndRefusedWithoutIt() throws Exception {
		X509Certificate first = ServiceIdentity.openOrCreate(config).caCertificate();
		assertEquals(first, ServiceIdentity.openOrCreate(config).caCertificate(), "the same CA, not a new one");
		assertTrue(first.getSubjectX500Principal().getName().contains("Test pool CA"), first.getSubjectX500Principal().getName());

		Files.writeString(config.caPasswordFile(), "guess\n");
		UnrecoverableKeyException wrong = assertThrows(UnrecoverableKeyException.class, () -> ServiceIdentity.openOrCreate(config));
		assertEquals("the password in " + config.caPasswordFile() + " does not open the pool CA "
				+ config.dataDir().resolve("ca/pool-ca.p12"), wrong.getMessage());

		Files.delete(config.caPasswordFile());
		IOException missing = assertThrows(IOException.class, () -> ServiceIdentity.openOrCreate(config));
		assertTrue(missing.getMessage().contains("exists but its password file " + config.caPasswordFile() + " does not"),
				missing.getMessage());
		assertFalse(Files.exists(config.caPasswordFile()), "no new password made for an existing CA");
	}

	@Test
	void theServiceCertificateIsKeptUntilItNoLongerFits() throws Exception {
		ServiceIdentity identity = ServiceIdentity.openOrCreate(config);
		identity.serviceTls();
		Path keystore = config.dataDir().resolve(ServiceIdentity.SERVICE_KEYSTORE);
		IdentityKeystore files = new IdentityKeystore(keystore, config.dataDir().resolve(ServiceIdentity.SERVICE_PASSWORD));
		X509Certificate issued = files.load().certificate();
		assertEquals(PeerIdentity.console("svc-1", ConsoleRole.ADMINISTRATOR), PeerIdentity.of(issued));

		ServiceIdentity.openOrCreate(config).serviceTls();
		assertEquals(issued, files.load().certificate(), "kept across restarts");

		ServiceIdentity renamed = ServiceIdentity.openOrCreate(config.dataDir(), config.caPasswordFile(), "Test pool", "svc-2");
		renamed.serviceTls();
		X509Certificate reissued = files.load().certificate();
		assertNotEquals(issued, reissued);
		assertEquals(PeerIdentity.console("svc-2", ConsoleRole.ADMINISTRATOR), PeerIdentity.of(reissued));
	}

	@Test
	void aConsoleHandshakesWithTheServiceAndTheServiceWithAnAgent() throws Exception {
		ServiceIdentity identity = ServiceIdentity.openOrCreate(config);
		identity.issueConsole("carol", ConsoleRole.SUPPORT, dir.resolve("carol.p12"), dir.resolve("carol.password"));
		identity.issueAgent("node-3", dir.resolve("agent"));
		SSLContext service = identity.serviceTls();
		SSLContext console = ConsoleKeystore.consoleTls(dir.resolve("carol.p12"), dir.resolve("carol.password"));
		SSLContext agent = IdentityKeystore.ofAgent(dir.resolve("agent")).load().sslContext();

		assertEquals(PeerIdentity.console("carol", ConsoleRole.SUPPORT), handshake(service, console), "the service sees the person");
		assertEquals(PeerIdentity.console("svc-1", ConsoleRole.ADMINISTRATOR), handshake(agent, service), "the agent sees the service");

		// Another pool's CA is trusted by nobody here.
		Path other = dir.resolve("other");
		ServiceIdentity stranger = ServiceIdentity.openOrCreate(other.resolve("data"), other.resolve("ca.password"), "Other", "svc-x");
		stranger.issueConsole("mallory", ConsoleRole.ADMINISTRATOR, other.resolve("m.p12"), other.resolve("m.password"));
		SSLContext foreign = ConsoleKeystore.consoleTls(other.resolve("m.p12"), other.resolve("m.password"));
		assertThrows(Exception.class, () -> handshake(service, foreign));
	}

	/** A real TLS 1.3 handshake on loopback requiring client certificates; returns who the server saw. */
	private static PeerIdentity handshake(SSLContext server, SSLContext client) throws Exception {
		try (SSLServerSocket listener = (SSLServerSocket) server.getServerSocketFactory().createServerSocket(0, 1,
				InetAddress.getLoopbackAddress())) {
			listener.setNeedClientAuth(true);
			listener.setSoTimeout(10_000);
			CompletableFuture<PeerIdentity> seen = CompletableFuture.supplyAsync(() -> {
				try (SSLSocket accepted = (SSLSocket) listener.accept()) {
					accepted.setSoTimeout(10_000);
					accepted.startHandshake();
					PeerIdentity peer = PeerIdentity.of(accepted.getSession());
					accepted.getOutputStream().write(1);
					accepted.getOutputStream().flush();
					return peer;
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			try (SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(),
					listener.getLocalPort())) {
				socket.setSoTimeout(10_000);
				socket.startHandshake();
				// TLS 1.3 checks the client's certificate after the client's handshake ends: read the server's byte.
				if (socket.getInputStream().read() != 1) {
					throw new IOException("the server closed the connection");
				}
			}
			return seen.get(20, TimeUnit.SECONDS);
		}
	}
}
