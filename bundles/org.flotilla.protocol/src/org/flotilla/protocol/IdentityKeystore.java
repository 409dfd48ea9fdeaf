package org.flotilla.protocol;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

import javax.net.ssl.SSLContext;

/**
 * A peer's identity on disk: a PKCS#12 keystore issued by the pool CA (see {@link PoolCertificateAuthority}) and the
 * file holding its password, both owner-only. Agents, consoles and the pool service keep their identities this way;
 * this class is the one place that issues such a pair and reads it back with errors that name the files.
 *
 * @param keystore     the PKCS#12 file
 * @param passwordFile the file holding its password (one line)
 */
public record IdentityKeystore(Path keystore, Path passwordFile) {

	/** Where an agent looks for its keystore, relative to its data directory. */
	public static final String AGENT_KEYSTORE = "tls/agent.p12";
	/** Where an agent looks for its keystore's password, relative to its data directory. */
	public static final String AGENT_PASSWORD = "tls/agent.password";

	private static final String KEYSTORE_SUFFIX = ".p12";
	private static final String PASSWORD_SUFFIX = ".password";

	public IdentityKeystore {
		Objects.requireNonNull(keystore, "keystore");
		Objects.requireNonNull(passwordFile, "passwordFile");
	}

	/** The identity of the agent whose data directory is {@code agentDataDir}. */
	public static IdentityKeystore ofAgent(Path agentDataDir) {
		return new IdentityKeystore(agentDataDir.resolve(AGENT_KEYSTORE), agentDataDir.resolve(AGENT_PASSWORD));
	}

	/**
	 * A keystore {@code NAME.p12} with its password in {@code NAME.password} beside it (the form {@code issue-console}
	 * writes and a console's {@code -identity} reads).
	 */
	public static IdentityKeystore beside(Path keystore) {
		String name = keystore.getFileName().toString();
		String stem = name.endsWith(KEYSTORE_SUFFIX) ? name.substring(0, name.length() - KEYSTORE_SUFFIX.length()) : name;
		return new IdentityKeystore(keystore, keystore.resolveSibling(stem + PASSWORD_SUFFIX));
	}

	/** True when both files are there (whether they are usable is for {@link #load()} to say). */
	public boolean exists() {
		return Files.isRegularFile(keystore) && Files.isRegularFile(passwordFile);
	}

	/**
	 * Issues a keystore for {@code who} from {@code authority} and writes it, replacing any earlier one. An existing
	 * password file is kept (so a failure between the two writes never leaves a keystore its password cannot open);
	 * otherwise a random password is written just before the keystore. Nothing is written when the CA refuses to issue
	 * (a name it does not accept, say).
	 *
	 * @throws IllegalArgumentException when {@code who}'s name is not one the CA accepts
	 */
	public Loaded issue(PoolCertificateAuthority authority, PeerIdentity who) throws IOException, GeneralSecurityException {
		boolean keepPassword = Files.isRegularFile(passwordFile);
		char[] password = keepPassword ? SecretFiles.readPassword(passwordFile) : SecretFiles.randomPassword();
		KeyStore store = authority.issue(who, password);
		if (!keepPassword) {
			SecretFiles.writePassword(passwordFile, password);
		}
		PoolCertificateAuthority.writeKeyStore(store, keystore, password);
		return loaded(store, password);
	}

	/**
	 * Writes the key this side made and the certificate the pool CA signed for it (see {@link CertificateRequests}) as
	 * this identity: a new random password, then the keystore, both owner-only, replacing earlier ones. Checks first
	 * that the certificate is of {@code key} and was signed by {@code caCertificate}, and that it is valid now; nothing
	 * is written when it is not.
	 *
	 * @param chain the signed certificate first (the CA's may follow; {@code caCertificate} is what is trusted)
	 */
	public Loaded install(PrivateKey key, List<X509Certificate> chain, X509Certificate caCertificate)
			throws IOException, GeneralSecurityException {
		if (chain.isEmpty()) {
			throw new GeneralSecurityException("no certificate to install");
		}
		X509Certificate certificate = chain.get(0);
		try {
			certificate.verify(caCertificate.getPublicKey());
		} catch (GeneralSecurityException e) {
			throw new GeneralSecurityException("the certificate of " + certificate.getSubjectX500Principal()
					+ " was not signed by the pool CA " + caCertificate.getSubjectX500Principal(), e);
		}
		certificate.checkValidity();
		if (!holdsKeyOf(key, certificate)) {
			throw new GeneralSecurityException("the certificate of " + certificate.getSubjectX500Principal()
					+ " is not of the key made for this request (was it issued for another request?)");
		}
		char[] password = SecretFiles.randomPassword();
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry(PoolCertificateAuthority.IDENTITY_ALIAS, key, password,
				new java.security.cert.Certificate[] { certificate, caCertificate });
		store.setCertificateEntry(PoolCertificateAuthority.CA_ALIAS, caCertificate);
		Loaded loaded = loaded(store, password); // checks that it carries a pool identity before anything is written
		SecretFiles.writePassword(passwordFile, password);
		PoolCertificateAuthority.writeKeyStore(store, keystore, password);
		return loaded;
	}

	/** Whether {@code key} is the private half of {@code certificate}'s public key: it signs, the certificate verifies. */
	public static boolean holdsKeyOf(PrivateKey key, X509Certificate certificate) throws GeneralSecurityException {
		String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
		byte[] challenge = new byte[32];
		new java.security.SecureRandom().nextBytes(challenge);
		Signature signer = Signature.getInstance(algorithm);
		signer.initSign(key);
		signer.update(challenge);
		byte[] signature = signer.sign();
		Signature verifier = Signature.getInstance(algorithm);
		try {
			verifier.initVerify(certificate.getPublicKey());
			verifier.update(challenge);
			return verifier.verify(signature);
		} catch (java.security.InvalidKeyException | java.security.SignatureException e) {
			return false; // another kind of key altogether
		}
	}

	/**
	 * Reads the keystore with the password from its file, refusing a password file others can read.
	 *
	 * @throws NoSuchFileException       naming whichever file is missing
	 * @throws UnrecoverableKeyException when the password file does not open the keystore, naming both
	 * @throws GeneralSecurityException  when the keystore holds no pool identity
	 */
	public Loaded load() throws IOException, GeneralSecurityException {
		if (!Files.isRegularFile(keystore)) {
			throw new NoSuchFileException(keystore.toString(), null, "identity keystore missing");
		}
		char[] password = SecretFiles.readPassword(passwordFile);
		KeyStore store;
		try {
			store = PoolCertificateAuthority.loadKeyStore(keystore, password);
		} catch (UnrecoverableKeyException e) {
			UnrecoverableKeyException clear = new UnrecoverableKeyException("wrong password for " + keystore
					+ ": the password in " + passwordFile + " does not open it (the two files must come from the same issue)");
			clear.initCause(e);
			throw clear;
		}
		return loaded(store, password);
	}

	private Loaded loaded(KeyStore store, char[] password) throws GeneralSecurityException {
		if (!(store.getCertificate(PoolCertificateAuthority.IDENTITY_ALIAS) instanceof X509Certificate certificate)
				|| !store.isKeyEntry(PoolCertificateAuthority.IDENTITY_ALIAS)) {
			throw new GeneralSecurityException(keystore + " holds no '" + PoolCertificateAuthority.IDENTITY_ALIAS
					+ "' key and certificate: not an identity issued by a Flotilla pool CA");
		}
		if (!(store.getCertificate(PoolCertificateAuthority.CA_ALIAS) instanceof X509Certificate caCertificate)) {
			throw new GeneralSecurityException(keystore + " holds no pool CA certificate '" + PoolCertificateAuthority.CA_ALIAS + "'");
		}
		PeerIdentity identity;
		try {
			identity = PeerIdentity.of(certificate);
		} catch (ProtocolException e) {
			throw new GeneralSecurityException(keystore + ": " + e.getMessage(), e);
		}
		return new Loaded(this, store, password, certificate, caCertificate, identity);
	}

	/**
	 * A keystore read (or just issued) with its password.
	 *
	 * @param files         where it lives
	 * @param store         the keystore
	 * @param password      its password (also the key's)
	 * @param certificate   the peer's own certificate
	 * @param caCertificate the pool CA certificate it trusts
	 * @param identity      who the certificate says the peer is
	 */
	public record Loaded(IdentityKeystore files, KeyStore store, char[] password, X509Certificate certificate,
			X509Certificate caCertificate, PeerIdentity identity) {

		/** The TLS context presenting this identity and trusting only its pool CA. */
		public SSLContext sslContext() throws GeneralSecurityException {
			return PoolCertificateAuthority.sslContext(store, password);
		}
	}
}
