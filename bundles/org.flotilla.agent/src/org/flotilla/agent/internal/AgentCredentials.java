package org.flotilla.agent.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Function;

import javax.net.ssl.SSLContext;

import org.flotilla.protocol.CertificateRequests;
import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.RenewableIdentity;
import org.flotilla.protocol.RevocationList;
import org.flotilla.protocol.SecretFiles;

/**
 * The agent's trust: its identity ({@code tls/agent.p12} and {@code tls/agent.password}), which it renews over the
 * pool service's connection without restarting, and the pool's revocation list ({@value #REVOCATIONS}), which it takes
 * from the service, keeps across restarts and asks in every handshake.
 * <p>
 * Renewal in two steps, both asked by the service: {@link #beginRenewal()} makes a new key pair here (the private key
 * never leaves the node) and answers a request for it; {@link #installRenewal(String)} takes the certificate the pool
 * CA signed for that key, writes the keystore (replacing the old one whole, owner-only) and from then on presents it
 * in new handshakes, while the connections already open stay up.
 */
public final class AgentCredentials {

	/** Where the agent keeps the pool's revocation list, relative to its data directory. */
	public static final String REVOCATIONS = "tls/pool.crl";

	private static final System.Logger LOG = System.getLogger(AgentCredentials.class.getName());

	private final IdentityKeystore files;
	private final RenewableIdentity identity;
	private final RevocationList revocations;
	private final PeerIdentity peer;
	private CertificateRequests.Pending pending;

	private AgentCredentials(IdentityKeystore files, RenewableIdentity identity, RevocationList revocations, PeerIdentity peer) {
		this.files = files;
		this.identity = identity;
		this.revocations = revocations;
		this.peer = peer;
	}

	/**
	 * The credentials in the agent's data directory.
	 *
	 * @throws IOException naming what is missing (the keystore or its password file) or readable by others
	 */
	public static AgentCredentials open(Path dataDir) throws IOException, GeneralSecurityException {
		IdentityKeystore files = IdentityKeystore.ofAgent(dataDir);
		if (!files.exists()) {
			throw new IOException("no agent certificate: " + files.keystore() + " and " + files.passwordFile()
					+ " are needed (issue them with IssueAgentKeystore or flotilla-service issue-agent, or enroll)");
		}
		IdentityKeystore.Loaded loaded = files.load(); // refuses a password file others can read
		RevocationList revocations = RevocationList.open(loaded.caCertificate(), dataDir.resolve(REVOCATIONS));
		if (revocations.warning() != null) {
			LOG.log(Level.WARNING, revocations.warning() + "; the pool service gives the current list at its next connection");
		}
		java.time.Instant now = java.time.Instant.now();
		if (org.flotilla.protocol.CertificateRenewal.isExpired(loaded.certificate(), now)) {
			// It still listens and serves nobody: say why, where the operator looks.
			LOG.log(Level.WARNING, "the agent's certificate expired on " + loaded.certificate().getNotAfter().toInstant()
					+ ": the pool service cannot connect to this node; issue a new one (flotilla-service issue-agent) or "
					+ "enroll again, then restart the agent (" + files.keystore() + ")");
		} else if (org.flotilla.protocol.CertificateRenewal.isDue(loaded.certificate(), now)) {
			LOG.log(Level.INFO, "the agent's certificate is due for renewal (valid until "
					+ loaded.certificate().getNotAfter().toInstant() + "): the pool service renews it when it connects");
		}
		return new AgentCredentials(files, RenewableIdentity.of(loaded), revocations, loaded.identity());
	}

	/** The TLS context: the current certificate for new handshakes, trusting only the pool CA. */
	public SSLContext tls() {
		return identity.sslContext();
	}

	/** The certificate new handshakes present. */
	public X509Certificate certificate() {
		return identity.certificate();
	}

	/** Why a peer's certificate must be refused (the pool revoked it), or null; for every handshake. */
	public Function<X509Certificate, String> refusals() {
		return revocations.check();
	}

	public RevocationList revocations() {
		return revocations;
	}

	/**
	 * Takes a revocation list from the service.
	 *
	 * @return true when it is newer than the one held (connections it revokes must now be closed)
	 * @throws GeneralSecurityException why it was refused: not signed by the pool CA, older than the one held, too large
	 */
	public boolean takeRevocations(String encoded) throws GeneralSecurityException, IOException {
		if (encoded == null || encoded.isEmpty()) {
			throw new GeneralSecurityException("no revocation list given ('crl')");
		}
		if (encoded.length() > RevocationList.MAXIMUM_BYTES * 2) {
			throw new GeneralSecurityException("a revocation list of " + encoded.length() + " characters is more than the "
					+ RevocationList.MAXIMUM_BYTES * 2 + " taken");
		}
		return revocations.offer(encoded);
	}

	/** A new key pair, kept here until {@link #installRenewal}, and the request for it (PEM). Replaces an earlier one. */
	public synchronized String beginRenewal() throws GeneralSecurityException {
		pending = CertificateRequests.newRequest(peer);
		return pending.requestPem();
	}

	/**
	 * Takes the chain the pool CA signed for the pending request: checks it (the pool CA's, for the pending key, naming
	 * this node, valid now), writes the keystore with the existing password (to a temporary file renamed over the old
	 * one) and presents it from the next handshake on.
	 *
	 * @return the new certificate
	 */
	public synchronized X509Certificate installRenewal(String chainPem) throws GeneralSecurityException, IOException {
		if (pending == null) {
			throw new GeneralSecurityException("no renewal was begun here (ask renew-begin first; a restart forgets one)");
		}
		List<X509Certificate> chain = CertificateRequests.readChain(chainPem);
		X509Certificate certificate = chain.get(0);
		CertificateRequests.checkIssued(certificate, pending.keys().getPublic(), peer, identity.caCertificate());
		char[] password = SecretFiles.readPassword(files.passwordFile());
		KeyStore store = CertificateRequests.keystore(pending.keys().getPrivate(), certificate, identity.caCertificate(), password);
		PoolCertificateAuthority.writeKeyStore(store, files.keystore(), password);
		identity.replace(store, password);
		pending = null;
		LOG.log(Level.INFO, "certificate renewed: serial " + certificate.getSerialNumber().toString(16) + ", valid until "
				+ certificate.getNotAfter().toInstant() + " (" + files.keystore() + ")");
		return certificate;
	}

	/** Who this agent is, by its certificate. */
	public PeerIdentity peer() {
		return peer;
	}
}
