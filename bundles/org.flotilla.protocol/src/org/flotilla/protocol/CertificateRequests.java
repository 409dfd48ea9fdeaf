package org.flotilla.protocol;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * PKCS#10 certificate requests, as a peer renewing its certificate makes them (its new private key never leaves it)
 * and as the pool service reads them, and PEM certificate chains, as the service answers them. Bouncy Castle makes and
 * reads the requests; this class only fixes the names and checks what a request must prove.
 * <p>
 * (Renewal's own; enrollment's request handling may live beside it under another name: the two want merging.)
 */
public final class CertificateRequests {

	/** The largest request or chain taken, in characters: a few certificates' worth. */
	public static final int MAXIMUM_CHARACTERS = 16 * 1024;

	private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String BEGIN_REQUEST = "-----BEGIN CERTIFICATE REQUEST-----";
	private static final String END_REQUEST = "-----END CERTIFICATE REQUEST-----";

	private CertificateRequests() {
	}

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

	/** The certificates, in order, as PEM. */
	public static String pemChain(X509Certificate... chain) throws GeneralSecurityException {
		StringBuilder text = new StringBuilder();
		for (X509Certificate certificate : chain) {
			text.append(PoolCertificateAuthority.pem(certificate));
		}
		return text.toString();
	}

	/** Reads PEM certificates (a chain, its own first). */
	public static List<X509Certificate> readChain(String pem) throws GeneralSecurityException {
		if (pem == null || pem.isBlank() || pem.length() > MAXIMUM_CHARACTERS) {
			throw new GeneralSecurityException("a certificate chain is 1 to " + MAXIMUM_CHARACTERS + " characters of PEM");
		}
		List<X509Certificate> chain = new ArrayList<>();
		for (Certificate certificate : CertificateFactory.getInstance("X.509")
				.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
			chain.add((X509Certificate) certificate);
		}
		if (chain.isEmpty()) {
			throw new GeneralSecurityException("no certificate in the chain");
		}
		return chain;
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
