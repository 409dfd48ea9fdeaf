package org.flotilla.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The pool's own certificate authority. It lives in one folder of the console's workspace:
 * <ul>
 * <li>{@value #KEYSTORE_FILE}: PKCS#12, password protected, the CA's private key and certificate
 * under the alias {@value #CA_ALIAS};</li>
 * <li>{@value #CERTIFICATE_FILE}: the CA certificate alone, PEM, public, for anyone who wants to
 * check a pool certificate by hand.</li>
 * </ul>
 * It issues identity keystores (PKCS#12: the peer's key, its certificate chain under
 * {@value #IDENTITY_ALIAS}, and the CA certificate as a trusted entry under {@value #CA_ALIAS}),
 * one per agent node or console, carrying the fields {@link PeerIdentity} reads. Keys are EC P-256,
 * signatures SHA256withECDSA: small, and fast to generate and to handshake with.
 * <p>
 * Certificates are made with Bouncy Castle's certificate builder; keys, signatures and key stores
 * use the JDK's own providers, so nothing has to be registered as a security provider.
 */
public final class PoolCertificateAuthority {

	public static final String KEYSTORE_FILE = "pool-ca.p12";
	public static final String CERTIFICATE_FILE = "pool-ca.pem";
	public static final String CA_ALIAS = "pool-ca";
	public static final String IDENTITY_ALIAS = "identity";

	private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
	private static final Duration CA_VALIDITY = Duration.ofDays(20 * 365);
	/**
	 * How long a newly issued peer certificate is valid: short, since a copied identity is only good until then; peers
	 * renew theirs over their live connection at two thirds of it (see {@link CertificateRenewal}).
	 */
	public static final Duration PEER_VALIDITY = Duration.ofDays(90);
	/**
	 * How long a certificate signed from a request ({@link #sign}: enrollment, a person's console) is valid unless told
	 * otherwise: the pool's one lifetime ({@link #PEER_VALIDITY}).
	 */
	public static final Duration DEFAULT_LIFETIME = PEER_VALIDITY;
	/** Clocks of new nodes are often a little off: certificates are valid from a bit in the past. */
	private static final Duration CLOCK_SKEW = Duration.ofHours(1);

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final Pattern USABLE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private final X509Certificate certificate;
	private final PrivateKey privateKey;

	private PoolCertificateAuthority(X509Certificate certificate, PrivateKey privateKey) {
		this.certificate = certificate;
		this.privateKey = privateKey;
	}

	/** Opens the CA in {@code folder}, creating it (and the folder) when there is none yet. */
	public static PoolCertificateAuthority openOrCreate(Path folder, char[] password, String poolName)
			throws IOException, GeneralSecurityException {
		if (Files.exists(folder.resolve(KEYSTORE_FILE))) {
			return open(folder, password);
		}
		return create(folder, password, poolName);
	}

	/**
	 * Opens an existing CA. Fails with a {@link NoSuchFileException} naming the missing file, or an
	 * {@link UnrecoverableKeyException} when the password is wrong.
	 */
	public static PoolCertificateAuthority open(Path folder, char[] password) throws IOException, GeneralSecurityException {
		Path file = folder.resolve(KEYSTORE_FILE);
		if (!Files.isRegularFile(file)) {
			throw new NoSuchFileException(file.toString(), null, "no pool certificate authority here");
		}
		KeyStore store = loadKeyStore(file, password);
		if (!(store.getKey(CA_ALIAS, password) instanceof PrivateKey key)
				|| !(store.getCertificate(CA_ALIAS) instanceof X509Certificate caCertificate)) {
			throw new GeneralSecurityException(file + " holds no '" + CA_ALIAS + "' key and certificate");
		}
		return new PoolCertificateAuthority(caCertificate, key);
	}

	/**
	 * A CA that exists only in this process: nothing of it is written, so its key is gone when the process ends. For
	 * a throwaway pool played on one machine (the demo's agents and console get their certificates from it once),
	 * where a CA key on disk would be one more secret to guard for nothing.
	 */
	public static PoolCertificateAuthority ephemeral(String poolName) throws GeneralSecurityException {
		KeyPair keys = newKeyPair();
		return new PoolCertificateAuthority(selfSigned(keys, poolName), keys.getPrivate());
	}

	private static X509Certificate selfSigned(KeyPair keys, String poolName) throws GeneralSecurityException {
		// Most general first in the encoding, so that the JDK prints "CN=…, O=…".
		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Flotilla pool " + poolName)
				.addRDN(BCStyle.CN, poolName + " CA").build();
		Instant now = Instant.now();
		JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
		X509v3CertificateBuilder builder;
		try {
			builder = new JcaX509v3CertificateBuilder(subject, serialNumber(), Date.from(now.minus(CLOCK_SKEW)),
					Date.from(now.plus(CA_VALIDITY)), subject, keys.getPublic())
					.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
					.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
					.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
		} catch (org.bouncycastle.cert.CertIOException e) {
			throw new GeneralSecurityException("cannot build the CA certificate of " + poolName, e);
		}
		return sign(builder, keys.getPrivate());
	}

	private static PoolCertificateAuthority create(Path folder, char[] password, String poolName)
			throws IOException, GeneralSecurityException {
		KeyPair keys = newKeyPair();
		X509Certificate caCertificate = selfSigned(keys, poolName);

		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry(CA_ALIAS, keys.getPrivate(), password, new Certificate[] { caCertificate });
		SecretFiles.createFolder(folder);
		// Write to temporary files and rename, so a crash never leaves half a CA behind.
		writeAtomically(folder.resolve(CERTIFICATE_FILE), out -> out.write(pem(caCertificate).getBytes(StandardCharsets.US_ASCII)));
		writeAtomically(folder.resolve(KEYSTORE_FILE), out -> store.store(out, password));
		return new PoolCertificateAuthority(caCertificate, keys.getPrivate());
	}

	public X509Certificate certificate() {
		return certificate;
	}

	/** A keystore for the agent on {@code nodeName}. */
	public KeyStore issueAgent(String nodeName, char[] keystorePassword) throws GeneralSecurityException, IOException {
		return issue(PeerIdentity.agent(nodeName), keystorePassword);
	}

	/** A keystore for a console named {@code name} acting in {@code role}. */
	public KeyStore issueConsole(String name, ConsoleRole role, char[] keystorePassword)
			throws GeneralSecurityException, IOException {
		return issue(PeerIdentity.console(name, role), keystorePassword);
	}

	/** A keystore whose certificate carries {@code identity}; see {@link PeerIdentity} for the fields. */
	public KeyStore issue(PeerIdentity identity, char[] keystorePassword) throws GeneralSecurityException, IOException {
		Instant now = Instant.now();
		return issue(identity, keystorePassword, now.minus(CLOCK_SKEW), now.plus(PEER_VALIDITY));
	}

	/**
	 * As {@link #issue(PeerIdentity, char[])}, valid from {@code notBefore} to {@code notAfter} (short-lived
	 * certificates; and expired ones, to check that they are refused).
	 */
	public KeyStore issue(PeerIdentity identity, char[] keystorePassword, Instant notBefore, Instant notAfter)
			throws GeneralSecurityException, IOException {
		requireUsableName(identity.name());
		KeyPair keys = newKeyPair();
		X509Certificate peerCertificate = certify(identity, keys.getPublic(), notBefore, notAfter);

		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry(IDENTITY_ALIAS, keys.getPrivate(), keystorePassword,
				new Certificate[] { peerCertificate, certificate });
		store.setCertificateEntry(CA_ALIAS, certificate);
		return store;
	}

	/**
	 * Signs a PKCS#10 request (PEM) for {@code identity}, valid from a little before now for {@code validity}: the
	 * requester made its key pair and keeps the private key; this CA certifies the public key with the fields of
	 * {@code identity} (see {@link PeerIdentity}). The request's signature must verify with its key, and its subject
	 * must be exactly {@code CN=} the identity's name.
	 *
	 * @return the chain: the new certificate, then this CA's
	 * @throws GeneralSecurityException saying why the request is refused
	 */
	public X509Certificate[] sign(String requestPem, PeerIdentity identity, Duration validity) throws GeneralSecurityException {
		Objects.requireNonNull(identity, "identity");
		if (validity.isNegative() || validity.isZero()) {
			throw new IllegalArgumentException("validity must be positive: " + validity);
		}
		requireUsableName(identity.name());
		CertificateRequests.Checked request = CertificateRequests.check(requestPem);
		if (!request.commonName().equals(identity.name())) {
			throw new GeneralSecurityException("the request is for CN '" + LogText.of(request.commonName(), LogText.NAME)
					+ "', not for " + identity.kind().externalName() + " '" + identity.name() + "'");
		}
		Instant now = Instant.now();
		try {
			return new X509Certificate[] { certify(identity, request.publicKey(), now.minus(CLOCK_SKEW), now.plus(validity)),
					certificate };
		} catch (IOException e) {
			throw new GeneralSecurityException("cannot sign the request: " + e.getMessage(), e);
		}
	}

	/**
	 * The certificate of {@code identity} for a public key whose private key the peer keeps (a renewal: the peer made
	 * its key pair and sent a request), valid from {@code notBefore} to {@code notAfter}.
	 */
	public X509Certificate certify(PeerIdentity identity, PublicKey publicKey, Instant notBefore, Instant notAfter)
			throws GeneralSecurityException, IOException {
		requireUsableName(identity.name());
		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.OU, identity.kind().externalName())
				.addRDN(BCStyle.CN, identity.name()).build();
		JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
		// Both key purposes: an agent accepts consoles, but may one day dial out to a console too.
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serialNumber(),
				Date.from(notBefore), Date.from(notAfter), subject, publicKey)
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
				.addExtension(Extension.extendedKeyUsage, false,
						new ExtendedKeyUsage(new KeyPurposeId[] { KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth }))
				.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(certificate))
				.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(publicKey));
		if (identity.role().isPresent()) {
			GeneralName roleName = new GeneralName(GeneralName.uniformResourceIdentifier,
					PeerIdentity.ROLE_URI_PREFIX + identity.role().get().externalName());
			builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(roleName));
		}
		return sign(builder, privateKey);
	}

	/**
	 * The pool's certificate revocation list (X.509 v2, RFC 5280), signed by this CA: number {@code number} (each
	 * new list a higher one, so that a peer can refuse an older one), the certificates in {@code revoked} (serial to
	 * when), valid from {@code thisUpdate}, next one due by {@code nextUpdate}. See {@link RevocationList}.
	 */
	public java.security.cert.X509CRL signRevocations(BigInteger number, java.util.Map<BigInteger, Instant> revoked,
			Instant thisUpdate, Instant nextUpdate) throws GeneralSecurityException, IOException {
		org.bouncycastle.cert.X509v2CRLBuilder builder = new org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder(certificate,
				Date.from(thisUpdate));
		builder.setNextUpdate(Date.from(nextUpdate));
		revoked.forEach((serial, when) -> builder.addCRLEntry(serial, Date.from(when), org.bouncycastle.asn1.x509.CRLReason.unspecified));
		builder.addExtension(Extension.cRLNumber, false, new org.bouncycastle.asn1.x509.CRLNumber(number));
		builder.addExtension(Extension.authorityKeyIdentifier, false, new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate));
		try {
			return new org.bouncycastle.cert.jcajce.JcaX509CRLConverter().getCRL(
					builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(privateKey)));
		} catch (OperatorCreationException e) {
			throw new GeneralSecurityException("cannot sign with " + SIGNATURE_ALGORITHM, e);
		}
	}

	/**
	 * The TLS context of a peer holding {@code identity} (a keystore this CA issued): it presents that
	 * identity and trusts only certificates signed by the pool CA in the keystore, nothing from the
	 * JDK's default trust store. Servers must also require client certificates (the protocol server
	 * does, through MINA's SslFilter).
	 */
	public static SSLContext sslContext(KeyStore identity, char[] keystorePassword) throws GeneralSecurityException {
		if (!(identity.getCertificate(CA_ALIAS) instanceof X509Certificate caCertificate)) {
			throw new GeneralSecurityException("keystore holds no pool CA certificate '" + CA_ALIAS + "'");
		}
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(identity, keystorePassword);
		SSLContext context = SSLContext.getInstance("TLSv1.3");
		context.init(keyManagers.getKeyManagers(), trustOnly(caCertificate), RANDOM);
		return context;
	}

	/** Trust managers that accept exactly the certificates {@code caCertificate} signed. */
	public static javax.net.ssl.TrustManager[] trustOnly(X509Certificate caCertificate) throws GeneralSecurityException {
		KeyStore trusted = KeyStore.getInstance("PKCS12");
		try {
			trusted.load(null, null);
		} catch (IOException e) {
			throw new GeneralSecurityException("cannot create an empty key store", e);
		}
		trusted.setCertificateEntry(CA_ALIAS, caCertificate);
		TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trustManagers.init(trusted);
		javax.net.ssl.TrustManager[] managers = trustManagers.getTrustManagers();
		for (int i = 0; i < managers.length; i++) {
			if (managers[i] instanceof javax.net.ssl.X509ExtendedTrustManager jdk) {
				managers[i] = new org.flotilla.protocol.internal.ExplainingTrustManager(jdk); // refusals in plain words
			}
		}
		return managers;
	}

	/** Reads a PKCS#12 keystore; a wrong password surfaces as {@link UnrecoverableKeyException}. */
	public static KeyStore loadKeyStore(Path file, char[] password) throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(file)) {
			store.load(in, password);
		} catch (IOException e) {
			// The JDK reports a wrong PKCS#12 password as an IOException caused by UnrecoverableKeyException.
			if (e.getCause() instanceof UnrecoverableKeyException wrongPassword) {
				UnrecoverableKeyException clear = new UnrecoverableKeyException("wrong password for " + file);
				clear.initCause(wrongPassword);
				throw clear;
			}
			throw e;
		}
		return store;
	}

	/** Writes a keystore to a file (replacing it whole), readable only by its owner from its creation. */
	public static void writeKeyStore(KeyStore store, Path file, char[] password) throws IOException {
		writeAtomically(file, out -> store.store(out, password));
	}

	public static String pem(X509Certificate certificate) throws GeneralSecurityException {
		return "-----BEGIN CERTIFICATE-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
				+ "\n-----END CERTIFICATE-----\n";
	}

	private static void requireUsableName(String name) {
		Objects.requireNonNull(name, "name");
		// Names end up in certificates, logs and file names: keep them plain (host-name-like).
		if (!USABLE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("a node or console name is 1 to 64 letters, digits, '.', '_' or '-', "
					+ "starting with a letter or digit: '" + name + "'");
		}
	}

	private static KeyPair newKeyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
		return generator.generateKeyPair();
	}

	private static BigInteger serialNumber() {
		return new BigInteger(127, RANDOM).add(BigInteger.ONE);
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
			throws GeneralSecurityException {
		try {
			return new JcaX509CertificateConverter().getCertificate(
					builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(issuerKey)));
		} catch (OperatorCreationException e) {
			throw new GeneralSecurityException("cannot sign with " + SIGNATURE_ALGORITHM, e);
		}
	}

	/** Checks that {@code certificate} was signed by this CA. */
	public boolean issued(X509Certificate peerCertificate) {
		try {
			PublicKey caKey = certificate.getPublicKey();
			peerCertificate.verify(caKey);
			return true;
		} catch (GeneralSecurityException e) {
			return false;
		}
	}

	private static void writeAtomically(Path file, SecretFiles.Content content) throws IOException {
		// Owner-only even for the public certificate: one rule for everything in a CA or identity folder.
		SecretFiles.write(file, content);
	}
}
