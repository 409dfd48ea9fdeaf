package org.flotilla.console.core.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

import org.flotilla.protocol.CertificateRequests;
import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolException;
import org.flotilla.protocol.SecretFiles;

/**
 * A person's console certificate, asked for and installed without the console ever seeing the pool CA's key: the
 * console makes its key pair and a PKCS#10 request (CN = the person), keeps the key in an owner-only keystore of its
 * workspace while the request is pending, and writes the request as PEM for an administrator to sign (the Add Person
 * dialog, the {@code console-sign} operation, or {@code flotilla-service issue-console --request}). The certificate
 * that comes back is installed as the workspace's console identity ({@value #KEYSTORE} with its password in
 * {@value #PASSWORD}, which the console opens with {@code -identity}), after checking that it is of the pending key,
 * for that person, and signed by the pool CA.
 * <p>
 * Files, all in the workspace, all owner-only: {@value #PENDING_KEYSTORE} and {@value #PENDING_PASSWORD} (the key
 * while pending), {@value #REQUEST_FILE} (the request, not secret); all three are removed once installed.
 */
public final class ConsoleCertificateRequest {

	public static final String KEYSTORE = "tls/console.p12";
	public static final String PASSWORD = "tls/console.password";
	public static final String PENDING_KEYSTORE = "tls/console-pending.p12";
	public static final String PENDING_PASSWORD = "tls/console-pending.password";
	public static final String REQUEST_FILE = "tls/console.csr";

	private final Path workspace;

	private ConsoleCertificateRequest(Path workspace) {
		this.workspace = workspace;
	}

	/** The request of the console whose workspace is {@code workspace}. */
	public static ConsoleCertificateRequest in(Path workspace) {
		return new ConsoleCertificateRequest(Objects.requireNonNull(workspace).toAbsolutePath().normalize());
	}

	/** Where the request PEM is written. */
	public Path requestFile() {
		return workspace.resolve(REQUEST_FILE);
	}

	/** The console identity the certificate is installed as (the console's {@code -identity}). */
	public IdentityKeystore identity() {
		return new IdentityKeystore(workspace.resolve(KEYSTORE), workspace.resolve(PASSWORD));
	}

	/** Whether a request is waiting for its certificate. */
	public boolean isPending() {
		return Files.isRegularFile(workspace.resolve(PENDING_KEYSTORE));
	}

	/**
	 * Makes a new key pair and request for {@code person}, replacing a pending one (whose certificate, if it is ever
	 * signed, can then no longer be installed here). Returns the request PEM, also written to {@link #requestFile()}.
	 *
	 * @throws IllegalArgumentException when {@code person} is not a name the pool CA accepts
	 */
	public String create(String person) throws IOException, GeneralSecurityException {
		if (person == null || !person.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
			throw new IllegalArgumentException("a person's name is 1 to 64 letters, digits, '.', '_' or '-', starting with a "
					+ "letter or digit: '" + person + "'");
		}
		KeyPair keys = CertificateRequests.newKeyPair();
		String request = CertificateRequests.request(keys, person);
		char[] password = SecretFiles.randomPassword();
		KeyStore pending = CertificateRequests.pendingKeystore(keys, person, password);
		SecretFiles.createFolder(workspace.resolve("tls"));
		SecretFiles.writePassword(workspace.resolve(PENDING_PASSWORD), password);
		PoolCertificateAuthority.writeKeyStore(pending, workspace.resolve(PENDING_KEYSTORE), password);
		SecretFiles.write(requestFile(), request.getBytes(StandardCharsets.US_ASCII));
		return request;
	}

	/**
	 * Installs the certificate chain (PEM) an administrator had signed for the pending request, checking it against
	 * {@code poolCa} (the pool's CA certificate, as the administrator or the pool service gave it).
	 *
	 * @return the installed identity (who the console now is, with which role)
	 * @throws GeneralSecurityException when the certificate is not of the pending key, not a console's, not for the
	 *                                  person who asked, or not signed by {@code poolCa}; nothing is changed then
	 */
	public IdentityKeystore.Loaded install(String chainPem, X509Certificate poolCa) throws IOException, GeneralSecurityException {
		Objects.requireNonNull(poolCa, "poolCa");
		Path keystore = workspace.resolve(PENDING_KEYSTORE);
		if (!Files.isRegularFile(keystore)) {
			throw new NoSuchFileException(keystore.toString(), null, "no pending console request in this workspace");
		}
		char[] password = SecretFiles.readPassword(workspace.resolve(PENDING_PASSWORD));
		KeyStore pending = PoolCertificateAuthority.loadKeyStore(keystore, password);
		if (!(pending.getKey(CertificateRequests.PENDING_ALIAS, password) instanceof PrivateKey key)
				|| !(pending.getCertificate(CertificateRequests.PENDING_ALIAS) instanceof X509Certificate placeholder)) {
			throw new GeneralSecurityException(keystore + " holds no pending key");
		}
		List<X509Certificate> chain = CertificateRequests.parseChain(chainPem);
		X509Certificate issued = chain.get(0);
		PeerIdentity who;
		try {
			who = PeerIdentity.of(issued);
		} catch (ProtocolException e) {
			throw new GeneralSecurityException("not a pool certificate: " + e.getMessage(), e);
		}
		if (who.kind() != PeerKind.CONSOLE) {
			throw new GeneralSecurityException("the certificate is a " + who.kind().externalName() + "'s, not a console's");
		}
		if (!placeholder.getSubjectX500Principal().getName().equals("CN=" + who.name())) {
			throw new GeneralSecurityException("the certificate is for " + who.name() + ", the request was "
					+ placeholder.getSubjectX500Principal().getName());
		}
		// IdentityKeystore checks the key, the CA's signature and the validity before it writes anything.
		IdentityKeystore.Loaded installed = identity().install(key, chain, poolCa);
		Files.deleteIfExists(workspace.resolve(PENDING_KEYSTORE));
		Files.deleteIfExists(workspace.resolve(PENDING_PASSWORD));
		Files.deleteIfExists(requestFile());
		return installed;
	}
}
