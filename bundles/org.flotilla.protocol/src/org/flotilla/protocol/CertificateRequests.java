package org.flotilla.protocol;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * PKCS#10 certificate requests as the pool uses them: whoever needs a certificate (an agent enrolling, a person's
 * console) makes its own key pair and sends only the request (its public key and name, signed with the private key);
 * the pool CA signs the public key ({@link PoolCertificateAuthority#sign}). The private key never leaves the side that
 * made it. Requests and certificate chains travel as PEM text.
 */
public final class CertificateRequests {

	/** Longest request PEM accepted: an EC or RSA-4096 request is well under 4 KiB. */
	public static final int MAXIMUM_REQUEST_CHARACTERS = 8 * 1024;
	/** Longest certificate chain PEM accepted (a peer's certificate and the CA's). */
	public static final int MAXIMUM_CHAIN_CHARACTERS = 32 * 1024;

	private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
	private static final SecureRandom RANDOM = new SecureRandom();

	private CertificateRequests() {
	}

	/** A new key pair of the kind the pool uses (EC P-256). */
	public static KeyPair newKeyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
		return generator.generateKeyPair();
	}

	/** A request for {@code name} (subject {@code CN=name}) signed with {@code keys}, as PEM. */
	public static String request(KeyPair keys, String name) throws GeneralSecurityException {
		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name).build();
		try {
			PKCS10CertificationRequest request = new JcaPKCS10CertificationRequestBuilder(subject, keys.getPublic())
					.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(keys.getPrivate()));
			StringWriter text = new StringWriter();
			try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
				writer.writeObject(request);
			}
			return text.toString();
		} catch (OperatorCreationException | IOException e) {
			throw new GeneralSecurityException("cannot make a certificate request: " + e.getMessage(), e);
		}
	}

	/**
	 * A request read from PEM whose signature has been checked (so whoever made it holds the private key of the public
	 * key it carries).
	 *
	 * @param publicKey  the key to certify
	 * @param commonName the subject's CN (the only name a pool request carries)
	 */
	public record Checked(PublicKey publicKey, String commonName) {
	}

	/**
	 * Reads and checks a request: one PEM "CERTIFICATE REQUEST", at most {@link #MAXIMUM_REQUEST_CHARACTERS}, whose
	 * signature verifies with its own key, whose subject is exactly one CN, and whose key is EC or RSA of at least
	 * 2048 bits.
	 *
	 * @throws GeneralSecurityException saying what is wrong with it
	 */
	public static Checked check(String pem) throws GeneralSecurityException {
		if (pem == null || pem.isBlank()) {
			throw new GeneralSecurityException("no certificate request");
		}
		if (pem.length() > MAXIMUM_REQUEST_CHARACTERS) {
			throw new GeneralSecurityException("the certificate request is longer than " + MAXIMUM_REQUEST_CHARACTERS
					+ " characters");
		}
		Object read;
		try (PEMParser parser = new PEMParser(new StringReader(pem))) {
			read = parser.readObject();
		} catch (IOException | RuntimeException e) {
			throw new GeneralSecurityException("not a PEM certificate request: " + e.getMessage(), e);
		}
		if (!(read instanceof PKCS10CertificationRequest request)) {
			throw new GeneralSecurityException("not a PEM certificate request (expected -----BEGIN CERTIFICATE REQUEST-----)");
		}
		JcaPKCS10CertificationRequest jca = new JcaPKCS10CertificationRequest(request);
		PublicKey key;
		try {
			key = jca.getPublicKey();
			if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(request.getSubjectPublicKeyInfo()))) {
				throw new GeneralSecurityException("the certificate request's signature does not verify");
			}
		} catch (OperatorCreationException | PKCSException | RuntimeException e) {
			throw new GeneralSecurityException("cannot check the certificate request's signature: " + e.getMessage(), e);
		}
		if (key instanceof RSAPublicKey rsa) {
			if (rsa.getModulus().bitLength() < 2048) {
				throw new GeneralSecurityException("the request's RSA key has " + rsa.getModulus().bitLength()
						+ " bits: at least 2048 are needed");
			}
		} else if (!(key instanceof ECPublicKey)) {
			throw new GeneralSecurityException("the request's key is " + key.getAlgorithm() + ": EC or RSA is needed");
		}
		RDN[] rdns = request.getSubject().getRDNs();
		if (rdns.length != 1 || rdns[0].isMultiValued() || !BCStyle.CN.equals(rdns[0].getFirst().getType())) {
			throw new GeneralSecurityException("the request's subject must be a single CN, not '" + request.getSubject() + "'");
		}
		return new Checked(key, IETFUtils.valueToString(rdns[0].getFirst().getValue()));
	}

	/** Alias of the key in a {@link #pendingKeystore}. */
	public static final String PENDING_ALIAS = "pending";

	/**
	 * A PKCS#12 keystore holding {@code keys} while their certificate is awaited. PKCS#12 keeps a private key only with
	 * a certificate, so it carries a self-signed placeholder (CN = {@code name}, valid one day) that nobody trusts;
	 * {@link IdentityKeystore#install} replaces it with the pool's certificate.
	 */
	public static java.security.KeyStore pendingKeystore(KeyPair keys, String name, char[] password) throws GeneralSecurityException {
		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name).build();
		java.time.Instant now = java.time.Instant.now();
		try {
			X509Certificate placeholder = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(
					new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(subject,
							java.math.BigInteger.valueOf(now.toEpochMilli()), java.util.Date.from(now),
							java.util.Date.from(now.plus(java.time.Duration.ofDays(1))), subject, keys.getPublic())
							.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(keys.getPrivate())));
			java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry(PENDING_ALIAS, keys.getPrivate(), password, new java.security.cert.Certificate[] { placeholder });
			return store;
		} catch (OperatorCreationException | IOException e) {
			throw new GeneralSecurityException("cannot keep the pending key: " + e.getMessage(), e);
		}
	}

	/** The PEM of a certificate chain, the peer's certificate first. */
	public static String pem(X509Certificate... chain) throws GeneralSecurityException {
		StringBuilder text = new StringBuilder();
		for (X509Certificate certificate : chain) {
			text.append(PoolCertificateAuthority.pem(certificate));
		}
		return text.toString();
	}

	/** The certificates of a PEM chain, in order; at least one. */
	public static List<X509Certificate> parseChain(String pem) throws GeneralSecurityException {
		if (pem == null || pem.isBlank() || pem.length() > MAXIMUM_CHAIN_CHARACTERS) {
			throw new GeneralSecurityException("no certificate chain, or one longer than " + MAXIMUM_CHAIN_CHARACTERS
					+ " characters");
		}
		List<X509Certificate> chain = new ArrayList<>();
		for (var certificate : CertificateFactory.getInstance("X.509")
				.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
			chain.add((X509Certificate) certificate);
		}
		if (chain.isEmpty()) {
			throw new GeneralSecurityException("the PEM text holds no certificate");
		}
		return chain;
	}

	/** The largest request a renewing peer's may be, in characters: a few certificates' worth. */
	public static final int MAXIMUM_CHARACTERS = 16 * 1024;
	private static final String BEGIN_REQUEST = "-----BEGIN CERTIFICATE REQUEST-----";
	private static final String END_REQUEST = "-----END CERTIFICATE REQUEST-----";

	// Renewal's requests (the peer's name with its kind as OU, as the pool CA writes subjects).

	/** A key pair made here and the request for it, in PEM. */
	public record Pending(KeyPair keys, String requestPem) {
	}

	/** A request that was read and whose signature proves its maker holds the key: the key and the names it asks for. */
	public record Request(PublicKey publicKey, String commonName, String organisationalUnit) {
	}

	/** A new EC P-256 key pair and a request for it naming {@code identity} as the pool CA writes it (CN, OU). */
	public static Pending newRequest(PeerIdentity identity) throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
		KeyPair keys = generator.generateKeyPair();
		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.OU, identity.kind().externalName())
				.addRDN(BCStyle.CN, identity.name()).build();
		try {
			PKCS10CertificationRequest request = new JcaPKCS10CertificationRequestBuilder(subject, keys.getPublic())
					.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(keys.getPrivate()));
			return new Pending(keys, pem(BEGIN_REQUEST, END_REQUEST, request.getEncoded()));
		} catch (OperatorCreationException | IOException e) {
			throw new GeneralSecurityException("cannot make a certificate request: " + e.getMessage(), e);
		}
	}

	/**
	 * Reads a PEM request and checks its signature (its maker holds the private key of the key it asks a certificate
	 * for).
	 *
	 * @throws GeneralSecurityException naming what is wrong: too long, not PEM, not a request, a bad signature
	 */
	public static Request read(String pem) throws GeneralSecurityException {
		if (pem == null || pem.length() > MAXIMUM_CHARACTERS) {
			throw new GeneralSecurityException("a certificate request is 1 to " + MAXIMUM_CHARACTERS + " characters of PEM");
		}
		String text = pem.strip();
		int begin = text.indexOf(BEGIN_REQUEST);
		int end = text.indexOf(END_REQUEST);
		if (begin < 0 || end < begin) {
			throw new GeneralSecurityException("not a PEM certificate request (" + BEGIN_REQUEST + " … " + END_REQUEST + ")");
		}
		try {
			JcaPKCS10CertificationRequest request = new JcaPKCS10CertificationRequest(
					Base64.getMimeDecoder().decode(text.substring(begin + BEGIN_REQUEST.length(), end)));
			PublicKey key = request.getPublicKey();
			if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key))) {
				throw new GeneralSecurityException("the certificate request's signature does not match its key");
			}
			return new Request(key, value(request.getSubject(), BCStyle.CN), value(request.getSubject(), BCStyle.OU));
		} catch (IOException | IllegalArgumentException | OperatorCreationException | PKCSException e) {
			throw new GeneralSecurityException("not a certificate request: " + e.getMessage(), e);
		}
	}

	private static String value(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
		RDN[] rdns = name.getRDNs(type);
		return rdns.length == 0 ? "" : IETFUtils.valueToString(rdns[0].getFirst().getValue());
	}

	/** The certificates, in order, as PEM (as {@link #pem(X509Certificate...)}). */
	public static String pemChain(X509Certificate... chain) throws GeneralSecurityException {
		return pem(chain);
	}

	/** Reads PEM certificates (a chain, its own first; as {@link #parseChain(String)}). */
	public static List<X509Certificate> readChain(String pem) throws GeneralSecurityException {
		return parseChain(pem);
	}

	/**
	 * An identity keystore as the pool CA issues them ({@link PoolCertificateAuthority#issue}), for a key made here and
	 * the certificate the CA signed for it.
	 */
	public static KeyStore keystore(PrivateKey key, X509Certificate certificate, X509Certificate caCertificate, char[] password)
			throws GeneralSecurityException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try {
			store.load(null, null);
		} catch (IOException e) {
			throw new GeneralSecurityException("cannot create an empty key store", e);
		}
		store.setKeyEntry(PoolCertificateAuthority.IDENTITY_ALIAS, key, password, new Certificate[] { certificate, caCertificate });
		store.setCertificateEntry(PoolCertificateAuthority.CA_ALIAS, caCertificate);
		return store;
	}

	/**
	 * Checks that {@code certificate} is what the holder of {@code pending} asked for: the pool CA signed it, it is for
	 * that key, it names {@code identity}, and it is valid now.
	 */
	public static void checkIssued(X509Certificate certificate, PublicKey key, PeerIdentity identity, X509Certificate caCertificate)
			throws GeneralSecurityException {
		certificate.verify(caCertificate.getPublicKey());
		if (!certificate.getPublicKey().equals(key)) {
			throw new GeneralSecurityException("the certificate is not for the key this peer asked for");
		}
		try {
			PeerIdentity named = PeerIdentity.of(certificate);
			if (!named.equals(identity)) {
				throw new GeneralSecurityException("the certificate names " + named + ", not " + identity);
			}
		} catch (ProtocolException e) {
			throw new GeneralSecurityException(e.getMessage(), e);
		}
		certificate.checkValidity();
	}

	private static String pem(String begin, String end, byte[] der) {
		return begin + "\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der) + "\n" + end + "\n";
	}
}
