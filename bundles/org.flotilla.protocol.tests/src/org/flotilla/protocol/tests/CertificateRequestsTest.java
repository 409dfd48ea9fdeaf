package org.flotilla.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.flotilla.protocol.CertificateRequests;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PKCS#10 requests and the pool CA signing them: the requester's key is certified with the identity's fields and the
 * default lifetime, and a request whose signature does not verify, whose CN is not the identity's, or whose subject
 * is more than a CN is refused. The certificate is installed only with the key it was made for.
 */
class CertificateRequestsTest {

	@TempDir
	Path dir;
	private PoolCertificateAuthority authority;

	@BeforeEach
	void ca() throws Exception {
		authority = PoolCertificateAuthority.openOrCreate(dir.resolve("ca"), "pw".toCharArray(), "test");
	}

	@Test
	void aRequestIsSignedForItsKeyWithTheIdentitysFieldsAndTheDefaultLifetime() throws Exception {
		KeyPair keys = CertificateRequests.newKeyPair();
		String pem = CertificateRequests.request(keys, "node-7");
		assertTrue(pem.startsWith("-----BEGIN CERTIFICATE REQUEST-----"), pem);
		assertEquals("node-7", CertificateRequests.check(pem).commonName());

		X509Certificate[] chain = authority.sign(pem, PeerIdentity.agent("node-7"), PoolCertificateAuthority.DEFAULT_LIFETIME);
		assertEquals(keys.getPublic(), chain[0].getPublicKey());
		assertEquals(authority.certificate(), chain[1]);
		assertTrue(authority.issued(chain[0]));
		assertEquals(PeerIdentity.agent("node-7"), PeerIdentity.of(chain[0]));
		Instant end = chain[0].getNotAfter().toInstant();
		Instant expected = Instant.now().plus(Duration.ofDays(90));
		assertTrue(Math.abs(Duration.between(expected, end).toMinutes()) < 5, end.toString());

		X509Certificate console = authority.sign(CertificateRequests.request(CertificateRequests.newKeyPair(), "pat"),
				PeerIdentity.console("pat", ConsoleRole.PLANNER), Duration.ofDays(30))[0];
		assertEquals(PeerIdentity.console("pat", ConsoleRole.PLANNER), PeerIdentity.of(console));
	}

	@Test
	void aRequestForAnotherNameOrWithABrokenSignatureOrSubjectIsRefused() throws Exception {
		String other = CertificateRequests.request(CertificateRequests.newKeyPair(), "node-8");
		GeneralSecurityException mismatch = assertThrows(GeneralSecurityException.class,
				() -> authority.sign(other, PeerIdentity.agent("node-7"), Duration.ofDays(1)));
		assertTrue(mismatch.getMessage().contains("'node-8'") && mismatch.getMessage().contains("'node-7'"), mismatch.getMessage());

		// The last byte of the DER is the signature's: flipped, the request no longer proves possession of the key.
		String pem = CertificateRequests.request(CertificateRequests.newKeyPair(), "node-7");
		String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		byte[] der = Base64.getDecoder().decode(body);
		der[der.length - 1] ^= 0x01;
		String tampered = "-----BEGIN CERTIFICATE REQUEST-----\n" + Base64.getMimeEncoder().encodeToString(der)
				+ "\n-----END CERTIFICATE REQUEST-----\n";
		GeneralSecurityException broken = assertThrows(GeneralSecurityException.class,
				() -> authority.sign(tampered, PeerIdentity.agent("node-7"), Duration.ofDays(1)));
		assertTrue(broken.getMessage().contains("signature"), broken.getMessage());

		assertThrows(GeneralSecurityException.class, () -> CertificateRequests.check("not a request"));
		assertThrows(GeneralSecurityException.class, () -> CertificateRequests.check("x".repeat(20_000)));
		// A subject with more than a CN (here O=… as well) is not a pool request.
		KeyPair keys = CertificateRequests.newKeyPair();
		String twoNames = requestWithSubject(keys, "CN=node-7,O=evil");
		assertThrows(GeneralSecurityException.class, () -> CertificateRequests.check(twoNames));
	}

	private static String requestWithSubject(KeyPair keys, String subject) throws Exception {
		var request = new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder(
				new javax.security.auth.x500.X500Principal(subject), keys.getPublic())
				.build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
		return "-----BEGIN CERTIFICATE REQUEST-----\n" + Base64.getMimeEncoder().encodeToString(request.getEncoded())
				+ "\n-----END CERTIFICATE REQUEST-----\n";
	}

	@Test
	void aCertificateIsInstalledOnlyWithItsOwnKeyAndFromThePoolCa() throws Exception {
		KeyPair keys = CertificateRequests.newKeyPair();
		X509Certificate[] chain = authority.sign(CertificateRequests.request(keys, "node-9"), PeerIdentity.agent("node-9"),
				Duration.ofDays(1));
		String pem = CertificateRequests.pem(chain);
		List<X509Certificate> parsed = CertificateRequests.parseChain(pem);
		assertEquals(List.of(chain), parsed);

		IdentityKeystore files = IdentityKeystore.ofAgent(dir.resolve("agent"));
		KeyPair wrong = CertificateRequests.newKeyPair();
		assertThrows(GeneralSecurityException.class, () -> files.install(wrong.getPrivate(), parsed, authority.certificate()));
		PoolCertificateAuthority other = PoolCertificateAuthority.openOrCreate(dir.resolve("other"), "pw".toCharArray(), "other");
		assertThrows(GeneralSecurityException.class, () -> files.install(keys.getPrivate(), parsed, other.certificate()));
		assertFalse(files.exists(), "nothing written for a certificate that does not fit");

		IdentityKeystore.Loaded installed = files.install(keys.getPrivate(), parsed, authority.certificate());
		assertEquals(PeerIdentity.agent("node-9"), installed.identity());
		assertEquals(PeerIdentity.agent("node-9"), files.load().identity());
		assertTrue(new String(java.nio.file.Files.readAllBytes(files.passwordFile()), StandardCharsets.UTF_8).strip().length() > 20);
		assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
				java.nio.file.Files.getPosixFilePermissions(files.keystore())));
	}
}
