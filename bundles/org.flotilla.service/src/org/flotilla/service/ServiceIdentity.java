package org.flotilla.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.UnrecoverableKeyException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;

import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.RenewableIdentity;
import org.flotilla.protocol.SecretFiles;

/**
 * The pool service's side of the pool's trust. The service holds the pool's certificate authority and issues from it
 * the identities of everyone in the pool: its own, the agents', every person's console.
 * <p>
 * Where things are (docs/service-setup.md says the same for operators):
 * <ul>
 * <li>{@code DATA_DIR/ca/pool-ca.p12}: the CA's key and certificate, encrypted with the CA password;
 * {@code DATA_DIR/ca/pool-ca.pem} the CA certificate alone;</li>
 * <li>the CA password: {@link ServiceConfig#caPasswordFile()} (by default {@code ca.password} beside the
 * configuration file), never inside the data directory, so that a copy of the data directory (a backup, a standby)
 * does not give the CA to whoever holds it (DESIGN.md: the CA's key is never stored beside its password);</li>
 * <li>{@code DATA_DIR/tls/service.p12} and {@code service.password}: the service's own identity, a console
 * certificate with the administrator role named {@link ServiceConfig#serviceName()}, used to serve consoles and to dial
 * agents (its password sits beside it as an agent's does: it opens only this one certificate, not the CA).</li>
 * </ul>
 * All of them owner-only (see {@link SecretFiles}).
 */
public final class ServiceIdentity {

	/** The CA's folder in the data directory. */
	public static final String CA_FOLDER = "ca";
	/** The service's own keystore, relative to the data directory. */
	public static final String SERVICE_KEYSTORE = "tls/service.p12";
	/** Its password, relative to the data directory. */
	public static final String SERVICE_PASSWORD = "tls/service.password";

	private final Path dataDir;
	private final String serviceName;
	private final PoolCertificateAuthority authority;
	private final CertificateRegister register;
	/** The service's own TLS identity once asked for; see {@link #renewableServiceTls()}. */
	private RenewableIdentity ownTls;

	private ServiceIdentity(Path dataDir, String serviceName, PoolCertificateAuthority authority) throws IOException {
		this.dataDir = dataDir;
		this.serviceName = serviceName;
		this.authority = authority;
		this.register = CertificateRegister.open(dataDir.resolve(CA_FOLDER));
	}

	/** What the CA issued and what was revoked. */
	public CertificateRegister register() {
		return register;
	}

	/** Opens the pool CA of the configured service, creating it and its password on the first use. */
	public static ServiceIdentity openOrCreate(ServiceConfig config) throws IOException, GeneralSecurityException {
		return openOrCreate(config.dataDir(), config.caPasswordFile(), config.poolName(), config.serviceName());
	}

	/**
	 * Opens the pool CA in {@code dataDir/ca} with the password in {@code caPasswordFile}. When there is no CA yet it
	 * is made, with the password from that file if it exists (an operator may choose it) or a new random one written
	 * there.
	 *
	 * @throws IOException              naming the password file when the CA exists and its password file does not, or
	 *                                  when the password file is readable by others
	 * @throws UnrecoverableKeyException naming both files when the password does not open the CA
	 */
	public static ServiceIdentity openOrCreate(Path dataDir, Path caPasswordFile, String poolName, String serviceName)
			throws IOException, GeneralSecurityException {
		Path data = dataDir.toAbsolutePath().normalize();
		Path passwordFile = caPasswordFile.toAbsolutePath().normalize();
		if (passwordFile.startsWith(data)) {
			throw new IllegalArgumentException("the CA password file " + passwordFile + " is inside the data directory " + data
					+ ", beside the CA's key: keep it elsewhere");
		}
		Path caFolder = data.resolve(CA_FOLDER);
		Path caKeystore = caFolder.resolve(PoolCertificateAuthority.KEYSTORE_FILE);
		if (!Files.exists(caKeystore)) {
			char[] password = SecretFiles.readOrCreatePassword(passwordFile);
			return new ServiceIdentity(data, serviceName, PoolCertificateAuthority.openOrCreate(caFolder, password, poolName));
		}
		if (!Files.isRegularFile(passwordFile)) {
			throw new IOException("the pool CA " + caKeystore + " exists but its password file " + passwordFile
					+ " does not (ca.password.file in the service's configuration says where it is)");
		}
		char[] password = SecretFiles.readPassword(passwordFile);
		try {
			return new ServiceIdentity(data, serviceName, PoolCertificateAuthority.open(caFolder, password));
		} catch (UnrecoverableKeyException e) {
			UnrecoverableKeyException clear = new UnrecoverableKeyException(
					"the password in " + passwordFile + " does not open the pool CA " + caKeystore);
			clear.initCause(e);
			throw clear;
		}
	}

	/** The CA's folder ({@code DATA_DIR/ca}): its keystore, the register, the enrollment tokens. */
	public Path caFolder() {
		return dataDir.resolve(CA_FOLDER);
	}

	public PoolCertificateAuthority authority() {
		return authority;
	}

	/** The pool CA's certificate: what every peer of this pool trusts. */
	public X509Certificate caCertificate() {
		return authority.certificate();
	}

	/** The service's own identity as its certificate says: an administrator console named as the service. */
	public PeerIdentity serviceIdentity() {
		return PeerIdentity.console(serviceName, ConsoleRole.ADMINISTRATOR);
	}

	/**
	 * The service's TLS context (its own certificate, trusting only the pool CA), used both to serve consoles and to
	 * dial agents. Issued on first use, and again when the one on disk no longer fits: another name, another CA, no
	 * longer valid, revoked, or past two thirds of its lifetime.
	 */
	public SSLContext serviceTls() throws IOException, GeneralSecurityException {
		return renewableServiceTls().sslContext();
	}

	/**
	 * The service's identity as {@link #serviceTls()} gives it, renewable while in use ({@link #renewServiceIfDue}):
	 * the same object for the life of this {@code ServiceIdentity}.
	 */
	public synchronized RenewableIdentity renewableServiceTls() throws IOException, GeneralSecurityException {
		if (ownTls == null) {
			ownTls = RenewableIdentity.of(loadOrIssueService());
		}
		return ownTls;
	}

	/**
	 * Renews the service's own certificate when two thirds of its lifetime have passed at {@code now} (or it was
	 * revoked): a new keystore is written over the old one and presented from the next handshake on, connections
	 * already open (to agents, from consoles) staying up. For a service that runs for months without a restart.
	 *
	 * @return the new certificate, or null when none was due (or the TLS identity was never asked for)
	 */
	public synchronized X509Certificate renewServiceIfDue(java.time.Instant now) throws IOException, GeneralSecurityException {
		if (ownTls == null) {
			return null;
		}
		X509Certificate current = ownTls.certificate();
		register.reloadIfChanged(); // a revocation written by the service's own register, or by the command line
		if (!org.flotilla.protocol.CertificateRenewal.isDue(current, now) && register.refusal(current) == null) {
			return null;
		}
		IdentityKeystore.Loaded issued = serviceFiles().issue(authority, serviceIdentity());
		register.recordIssued(issued.certificate(), serviceIdentity());
		ownTls.replace(issued.store(), issued.password());
		return issued.certificate();
	}

	private IdentityKeystore serviceFiles() {
		return new IdentityKeystore(dataDir.resolve(SERVICE_KEYSTORE), dataDir.resolve(SERVICE_PASSWORD));
	}

	private IdentityKeystore.Loaded loadOrIssueService() throws IOException, GeneralSecurityException {
		IdentityKeystore files = serviceFiles();
		if (files.exists()) {
			IdentityKeystore.Loaded loaded = files.load();
			if (fits(loaded)) {
				return loaded;
			}
		}
		IdentityKeystore.Loaded issued = files.issue(authority, serviceIdentity());
		register.recordIssued(issued.certificate(), serviceIdentity());
		return issued;
	}

	private boolean fits(IdentityKeystore.Loaded loaded) {
		if (!loaded.identity().equals(serviceIdentity()) || !loaded.caCertificate().equals(authority.certificate())
				|| !authority.issued(loaded.certificate())) {
			return false;
		}
		try {
			loaded.certificate().checkValidity();
		} catch (CertificateException e) {
			return false;
		}
		// A revoked one (every agent now refuses it) or one due for renewal is replaced at start.
		return register.refusal(loaded.certificate()) == null
				&& !org.flotilla.protocol.CertificateRenewal.isDue(loaded.certificate(), java.time.Instant.now());
	}

	/**
	 * Issues the identity of {@code person}'s console acting as {@code role}: a PKCS#12 keystore at {@code keystoreOut}
	 * with the person's key, their certificate and the pool CA certificate, its password in {@code passwordOut}; both
	 * owner-only, replacing earlier ones (an existing password file is kept and used).
	 *
	 * @return the person's new certificate
	 * @throws IllegalArgumentException when {@code person} is not a usable name
	 */
	public X509Certificate issueConsole(String person, ConsoleRole role, Path keystoreOut, Path passwordOut)
			throws IOException, GeneralSecurityException {
		PeerIdentity identity = PeerIdentity.console(person, role);
		X509Certificate issued = new IdentityKeystore(keystoreOut, passwordOut).issue(authority, identity).certificate();
		register.recordIssued(issued, identity);
		return issued;
	}

	/**
	 * Issues the agent keystore of node {@code nodeName} into the agent's data directory ({@code tls/agent.p12} and
	 * {@code tls/agent.password}, where the agent looks for them), replacing an earlier one.
	 *
	 * @return the node's new certificate
	 */
	public X509Certificate issueAgent(String nodeName, Path agentDataDir) throws IOException, GeneralSecurityException {
		PeerIdentity identity = PeerIdentity.agent(nodeName);
		X509Certificate issued = IdentityKeystore.ofAgent(agentDataDir).issue(authority, identity).certificate();
		register.recordIssued(issued, identity);
		return issued;
	}
}
