package org.flotilla.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.flotilla.console.core.ConnectionService;
import org.flotilla.console.core.SamplePools;
import org.flotilla.console.core.remote.ServiceOperations;
import org.flotilla.model.persistence.PoolStore;
import org.flotilla.protocol.CertificateRequests;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.RenewableIdentity;
import org.flotilla.protocol.RevocationList;
import org.flotilla.protocol.SecretFiles;
import org.flotilla.service.PoolService;
import org.flotilla.service.PoolTrust;
import org.flotilla.service.ServiceIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service's side of revocation and renewal, with the pool CA, in this JVM over real TLS on loopback: the
 * revocation list is written and given to consoles (when they subscribe, and again when it changes); a console renews
 * its certificate over its connection once due (same person and role; not before); the service renews its own while
 * connections stay up.
 */
class PoolTrustTest {

	@TempDir
	Path dir;

	private ServiceIdentity identity;
	private PoolService service;

	@BeforeEach
	void startService() throws Exception {
		identity = ServiceIdentity.openOrCreate(dir.resolve("data"), dir.resolve("ca.password"), "test pool", "pool-service");
		Path sample = dir.resolve("sample.flotilla");
		new PoolStore().save(SamplePools.create(), sample);
		service = PoolService.start(new PoolService.Settings("test pool", dir.resolve("data"), new InetSocketAddress("127.0.0.1", 0),
				"pool-service", 16, sample, identity.serviceTls(), ConnectionService.Settings.DEFAULTS), identity);
	}

	@AfterEach
	void stop() {
		if (service != null) {
			service.close();
		}
	}

	/** A console identity in files, valid from {@code from} to {@code to}, recorded as the CA issued it. */
	private IdentityKeystore console(String person, ConsoleRole role, Instant from, Instant to) throws Exception {
		IdentityKeystore files = IdentityKeystore.beside(dir.resolve("people/" + person + ".p12"));
		char[] password = SecretFiles.randomPassword();
		KeyStore store = identity.authority().issue(PeerIdentity.console(person, role), password, from, to);
		SecretFiles.createFolder(files.keystore().getParent());
		SecretFiles.writePassword(files.passwordFile(), password);
		PoolCertificateAuthority.writeKeyStore(store, files.keystore(), password);
		identity.register().recordIssued((X509Certificate) store.getCertificate(PoolCertificateAuthority.IDENTITY_ALIAS),
				PeerIdentity.console(person, role));
		return files;
	}

	@Test
	void aConsoleGetsTheListAndRenewsItsCertificateOverItsConnectionOnceDue() throws Exception {
		Path crl = dir.resolve("data").resolve(ServiceIdentity.CA_FOLDER).resolve(PoolTrust.CRL_FILE);
		assertTrue(Files.isRegularFile(crl), "the service wrote its revocation list at start");

		Instant now = Instant.now();
		IdentityKeystore files = console("carol", ConsoleRole.PLANNER, now.minusSeconds(40), now.plusSeconds(20));
		IdentityKeystore.Loaded before = files.load();
		RenewableIdentity carolTls = RenewableIdentity.of(before);
		try (ServedConsole carol = new ServedConsole(service.address(), carolTls.sslContext(), "carol",
				client -> client.renewing(carolTls, files))) {
			carol.waitUntil("carol's copy arrived", () -> carol.session.isServiceBacked());
			RevocationList list = carol.client.revocations();
			assertNotNull(list, "the subscribe answer carried the revocation list");
			BigInteger first = list.number();

			carol.waitUntil("carol's certificate was renewed", () -> !files.load().certificate().equals(before.certificate()));
			IdentityKeystore.Loaded after = files.load();
			assertEquals(PeerIdentity.console("carol", ConsoleRole.PLANNER), after.identity(), "same person, same role");
			assertTrue(after.certificate().getNotAfter().after(before.certificate().getNotAfter()));
			assertEquals(after.certificate(), carolTls.certificate(), "the console presents it from its next handshake on");
			assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(files.keystore())));

			// A revocation while carol is connected reaches her console as a newer list.
			IdentityKeystore mallory = console("mallory", ConsoleRole.SUPPORT, now.minusSeconds(60), now.plus(Duration.ofDays(90)));
			identity.register().revoke(c -> c.name().equals("mallory"), "left the company");
			carol.waitUntil("carol's console got the newer list", () -> carol.client.revocations().number().compareTo(first) > 0);
			assertTrue(carol.client.revocations().refusal(mallory.load().certificate()) != null);
		}
		// Kept beside carol's identity (owner-only): her console, started again, holds it before it connects.
		Path kept = org.flotilla.console.core.remote.PoolServiceClient.revocationsFileOf(files);
		assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
		RenewableIdentity again = RenewableIdentity.of(files.load());
		org.flotilla.console.core.remote.PoolServiceClient restarted = new org.flotilla.console.core.remote.PoolServiceClient(
				service.address(), again.sslContext(), "carol", new org.flotilla.console.core.PoolSession(null), Runnable::run,
				null).renewing(again, files);
		assertNotNull(restarted.revocations(), "the kept list is read when the console starts");
		assertTrue(restarted.revocations().refusal(
				IdentityKeystore.beside(dir.resolve("people/mallory.p12")).load().certificate()) != null);
	}

	@Test
	void aRevokedCertificateIsNeverRenewedAndARenewalBeforeTheRevocationIsRevokedWithIt() throws Exception {
		Instant now = Instant.now();
		PeerIdentity dave = PeerIdentity.console("dave", ConsoleRole.PLANNER);
		X509Certificate old = console("dave", ConsoleRole.PLANNER, now.minusSeconds(60), now.plus(Duration.ofDays(90))).load().certificate();
		X509Certificate first = identity.authority().certify(dave, old.getPublicKey(), now, now.plus(Duration.ofDays(90)));
		identity.register().recordRenewal(old, first, dave); // renewed before any revocation

		identity.register().revoke(c -> c.name().equals("dave"), "laptop stolen");
		assertNotNull(identity.register().refusal(old));
		assertNotNull(identity.register().refusal(first), "the renewal made before the revocation is revoked with it");

		X509Certificate late = identity.authority().certify(dave, old.getPublicKey(), now, now.plus(Duration.ofDays(90)));
		java.security.GeneralSecurityException refused = org.junit.jupiter.api.Assertions.assertThrows(
				java.security.GeneralSecurityException.class, () -> identity.register().recordRenewal(old, late, dave));
		assertTrue(refused.getMessage().contains("laptop stolen"), refused.getMessage());
		assertTrue(identity.register().issued().stream().noneMatch(c -> c.serial().equals(late.getSerialNumber())),
				"a renewal of a revoked certificate is not recorded as issued");
	}

	@Test
	void aConsoleDropsAndRefusesARevokedServiceCertificate() throws Exception {
		// A service that goes on presenting its certificate after it was revoked (its TLS context fixed, not the renewable
		// one, so it cannot move on to a new certificate): its consoles must refuse it.
		service.close();
		IdentityKeystore serviceFiles = new IdentityKeystore(dir.resolve("data").resolve(ServiceIdentity.SERVICE_KEYSTORE),
				dir.resolve("data").resolve(ServiceIdentity.SERVICE_PASSWORD));
		IdentityKeystore.Loaded fixed = serviceFiles.load();
		service = PoolService.start(new PoolService.Settings("test pool", dir.resolve("data"), new InetSocketAddress("127.0.0.1", 0),
				"pool-service", 16, null, fixed.sslContext(), ConnectionService.Settings.DEFAULTS), identity);
		IdentityKeystore files = console("erin", ConsoleRole.SUPPORT, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(90)));
		try (ServedConsole erin = new ServedConsole(service.address(), files.load().sslContext(), "erin")) {
			erin.waitUntil("erin's copy arrived", () -> erin.session.isServiceBacked());
			identity.register().revoke(c -> c.serial().equals(fixed.certificate().getSerialNumber()), "key copied");
			erin.waitUntilState("erin's console dropped the revoked service", state -> state.startsWith("LOST") && state.contains("revoked"));
			int lost = (int) erin.states.stream().filter(state -> state.startsWith("LOST")).count();
			erin.waitUntilState("and was refused again when it tried to come back",
					state -> erin.states.stream().filter(st -> st.startsWith("LOST") && st.contains("revoked")).count() > lost);
			assertTrue(erin.states.stream().noneMatch(state -> state.startsWith("SYNCHRONISED") && erin.states.indexOf(state) > erin.states
					.indexOf(erin.states.stream().filter(st -> st.contains("revoked")).findFirst().orElseThrow())), erin.states.toString());
		}
	}

	@Test
	void aConsoleIsNotRenewedBeforeItIsDueAndTheServiceRenewsItsOwnWhileConnectionsStay() throws Exception {
		IdentityKeystore files = console("dave", ConsoleRole.ADMINISTRATOR, Instant.now().minusSeconds(60),
				Instant.now().plus(Duration.ofDays(90)));
		IdentityKeystore.Loaded dave = files.load();
		try (ProtocolClient client = ProtocolClient.builder(service.address(), dave.sslContext(), PeerKind.CONSOLE, "dave").connect()) {
			CertificateRequests.Pending pending = CertificateRequests.newRequest(dave.identity());
			Response early = client.request(ServiceOperations.CONSOLE_RENEW, 0, Map.of("request", pending.requestPem()))
					.get(30, TimeUnit.SECONDS);
			assertEquals(Response.Status.REFUSED, early.status());
			assertTrue(early.detail().contains("not due"), early.detail());

			X509Certificate serviceBefore = client.serverCertificates()[0];
			X509Certificate renewed = identity.renewServiceIfDue(Instant.now().plus(Duration.ofDays(61)));
			assertNotNull(renewed, "due 60 days into 90");
			try (ProtocolClient next = ProtocolClient.builder(service.address(), dave.sslContext(), PeerKind.CONSOLE, "dave").connect()) {
				assertEquals(renewed, next.serverCertificates()[0], "new connections get the service's new certificate");
			}
			assertNotEquals(serviceBefore, renewed);
			assertTrue(client.isConnected(), "the connection made before stays");
			assertEquals(Response.Status.OK, client.request(ServiceOperations.SUBSCRIBE, 0, Map.of()).get(30, TimeUnit.SECONDS).status());
		}
	}
}
