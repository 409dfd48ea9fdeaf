package org.flotilla.service;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flotilla.console.core.ConnectionService;
import org.flotilla.protocol.CertificateRenewal;
import org.flotilla.protocol.CertificateRequests;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.RevocationList;
import org.flotilla.protocol.TrustOperations;

/**
 * The service's part in the pool's trust, beside its {@link CertificateRegister}:
 * <ul>
 * <li>the pool's revocation list: an X.509 CRL signed by the pool CA, made from the register's revocations whenever
 * they change (and at start), each with a higher CRL number, written to {@code DATA_DIR/ca/}{@value #CRL_FILE} and
 * given to every connected agent (at once, and to each agent when it connects), and to consoles (see
 * {@link #currentPem()});</li>
 * <li>renewal of agents' certificates over the service's connection to them, once two thirds of their lifetime has
 * passed (see {@link CertificateRenewal}): the agent makes a new key pair and a request, the CA signs it, the agent
 * swaps its keystore and presents the new certificate from its next handshake on, its open connections staying up;</li>
 * <li>renewal of consoles' certificates, which they ask for ({@link #renewConsole}).</li>
 * </ul>
 * Without the CA (a service started with a TLS context only, as some tests do) there is neither list nor renewal.
 */
public final class PoolTrust {

	/** The pool's revocation list, PEM, in the CA's folder. */
	public static final String CRL_FILE = "pool.crl";
	/** How long a list says it is good for; a new one is made well before (at every change, at start, and daily). */
	static final Duration CRL_VALIDITY = Duration.ofDays(7);
	static final Duration CRL_REFRESH = Duration.ofDays(1);

	private static final Logger LOG = Logger.getLogger(PoolTrust.class.getName());

	private final PoolCertificateAuthority authority;
	/** The service's own identity (renewed here too); null when the service was started without its CA. */
	private final ServiceIdentity identity;
	private final CertificateRegister register;
	private final Path crlFile;
	private final ConnectionService agents;
	private final InstantSource clock;
	/** The nodes whose agent is being renewed now (one renewal at a time each). */
	private final Set<String> renewing = ConcurrentHashMap.newKeySet();
	/** When renewing a node's certificate last failed: it is tried again only {@link #RETRY_RENEWAL} later. */
	private final Map<String, Instant> renewalFailed = new ConcurrentHashMap<>();
	static final Duration RETRY_RENEWAL = Duration.ofMinutes(5);
	/** The CRL number each connected agent said it holds, by node name. */
	private final Map<String, BigInteger> delivered = new ConcurrentHashMap<>();
	private volatile X509CRL current;
	private volatile Instant lastAttempt = Instant.EPOCH;
	private volatile String currentPem;

	PoolTrust(ServiceIdentity identity, CertificateRegister register, Path caFolder, ConnectionService agents,
			InstantSource clock) {
		this.identity = identity;
		this.authority = identity == null ? null : identity.authority();
		this.register = register;
		this.crlFile = caFolder.resolve(CRL_FILE);
		this.agents = agents;
		this.clock = clock;
	}

	/** Whether the service holds the CA (otherwise none of this is done). */
	boolean active() {
		return authority != null;
	}

	/**
	 * Makes a new list from the register's revocations (of certificates not yet expired: an expired one is refused
	 * anyway, and the list stays short), numbered one above the last written, and writes it.
	 */
	synchronized X509CRL publish() throws IOException, GeneralSecurityException {
		if (authority == null) {
			return null;
		}
		lastAttempt = clock.instant();
		BigInteger last = BigInteger.ZERO;
		try {
			last = RevocationList.numberOf(RevocationList.parse(Files.readAllBytes(crlFile)));
		} catch (NoSuchFileException e) {
			// the first list
		} catch (GeneralSecurityException e) {
			LOG.warning(crlFile + " cannot be read (" + e.getMessage() + "); the next list is numbered from the time");
			last = BigInteger.valueOf(clock.millis()); // above any number a peer may hold
		}
		if (current != null && RevocationList.numberOf(current).compareTo(last) > 0) {
			last = RevocationList.numberOf(current);
		}
		// Never below the clock: a data folder restored from a backup, or a list deleted to make it again, would
		// otherwise number the next lists below what agents hold, and every agent would refuse them as older.
		last = last.max(BigInteger.valueOf(clock.millis()));
		Instant now = clock.instant();
		Map<BigInteger, Instant> notAfter = new HashMap<>();
		for (CertificateRegister.Issued issued : register.issued()) {
			notAfter.put(issued.serial(), issued.notAfter());
		}
		Map<BigInteger, Instant> revoked = new LinkedHashMap<>();
		register.revocations().forEach((serial, revocation) -> {
			Instant end = notAfter.get(serial);
			if (end == null || end.isAfter(now)) {
				revoked.put(serial, revocation.revokedAt());
			}
		});
		X509CRL crl = authority.signRevocations(last.add(BigInteger.ONE), revoked, now, now.plus(CRL_VALIDITY));
		String pem = RevocationList.pem(crl);
		if (pem.length() > RevocationList.MAXIMUM_BYTES * 2) {
			// Peers refuse a list this large and keep the one they hold: new revocations would not reach them.
			LOG.severe("the revocation list (" + revoked.size() + " unexpired revoked certificates, " + pem.length()
					+ " bytes) is larger than agents and consoles take (" + RevocationList.MAXIMUM_BYTES * 2 + " bytes): they"
					+ " keep their older list, so the newest revocations do not reach them; issue shorter-lived certificates");
		}
		org.flotilla.protocol.SecretFiles.write(crlFile, out -> out.write(pem.getBytes(StandardCharsets.US_ASCII)));
		current = crl;
		currentPem = pem;
		LOG.info("revocation list " + RevocationList.numberOf(crl) + " written to " + crlFile + ": " + revoked.size()
				+ " revoked certificate(s)");
		return crl;
	}

	/** The current list, PEM; null when there is none (no CA). */
	String currentPem() {
		return currentPem;
	}

	BigInteger currentNumber() {
		try {
			return current == null ? null : RevocationList.numberOf(current);
		} catch (java.security.cert.CRLException e) {
			return null;
		}
	}

	/** After revocations changed: a new list, given to every connected agent; agents revoked now are disconnected. */
	void revocationsChanged() {
		if (authority != null) {
			try {
				publish();
			} catch (IOException | GeneralSecurityException e) {
				LOG.log(Level.SEVERE, "cannot make the pool's revocation list: " + e.getMessage(), e);
			}
			for (String node : agents.connectedNodes()) {
				giveRevocations(node);
			}
		}
		int closed = agents.closeRefused();
		if (closed > 0) {
			LOG.info(closed + " connection(s) to revoked agents closed");
		}
	}

	/** Once a day, a fresh list (its next-update time moves on) for everyone. */
	void refreshIfOld() {
		X509CRL crl = current;
		Instant now = clock.instant();
		boolean missing = crl == null && now.isAfter(lastAttempt.plus(Duration.ofMinutes(1))); // making one failed
		if (authority != null && (missing || crl != null && now.isAfter(crl.getThisUpdate().toInstant().plus(CRL_REFRESH)))) {
			revocationsChanged();
		}
	}

	/** The agent of {@code node} was just connected (its link's thread): the list, then a renewal if due. */
	void agentConnected(String node) {
		delivered.remove(node);
		if (authority == null) {
			return;
		}
		giveRevocations(node);
		renewIfDue(node);
	}

	/** The service's own certificate and every connected agent's that is due are renewed (agents each on a thread). */
	void renewDue() {
		if (authority == null) {
			return;
		}
		try {
			X509Certificate renewed = identity.renewServiceIfDue(clock.instant());
			if (renewed != null) {
				LOG.info("renewed the service's own certificate: serial " + renewed.getSerialNumber().toString(16) + ", until "
						+ renewed.getNotAfter().toInstant() + " (new connections present it; open ones stay)");
			}
		} catch (IOException | GeneralSecurityException e) {
			LOG.warning("cannot renew the service's own certificate (tried again shortly): " + e.getMessage());
		}
		for (String node : agents.connectedNodes()) {
			renewIfDue(node);
		}
	}

	private void giveRevocations(String node) {
		String pem = currentPem;
		BigInteger number = currentNumber();
		if (pem == null || number == null || number.equals(delivered.get(node))) {
			return;
		}
		agents.request(node, TrustOperations.REVOCATIONS, Map.of(TrustOperations.CRL, pem)).whenComplete((response, failure) -> {
			if (failure != null) {
				LOG.warning("cannot give " + node + " the revocation list " + number + ": " + failure.getMessage());
			} else if (response.status() != Response.Status.OK) {
				LOG.warning(node + " did not take the revocation list " + number + ": " + response.detail());
			} else {
				delivered.put(node, new BigInteger(response.values().getOrDefault(TrustOperations.NUMBER, "-1")));
			}
		});
	}

	private void renewIfDue(String node) {
		X509Certificate certificate = agents.agentCertificate(node);
		Instant failed = renewalFailed.get(node);
		if (certificate == null || !CertificateRenewal.isDue(certificate, clock.instant())
				|| failed != null && clock.instant().isBefore(failed.plus(RETRY_RENEWAL)) || !renewing.add(node)) {
			return;
		}
		Thread.ofVirtual().name("flotilla-renew-" + node).start(() -> {
			try {
				renewAgent(node, certificate);
				renewalFailed.remove(node);
			} catch (Exception e) {
				renewalFailed.put(node, clock.instant());
				LOG.warning("renewing the certificate of " + node + " (valid until " + certificate.getNotAfter().toInstant()
						+ ") failed; tried again in " + RETRY_RENEWAL.toMinutes() + " minutes: " + e.getMessage());
			} finally {
				renewing.remove(node);
			}
		});
	}

	/** Asks the agent for a request, signs it, and gives the agent its new certificate. */
	private void renewAgent(String node, X509Certificate old) throws Exception {
		PeerIdentity identity = PeerIdentity.agent(node);
		Response begun = agents.request(node, TrustOperations.RENEW_BEGIN, Map.of()).get(60, TimeUnit.SECONDS);
		if (begun.status() != Response.Status.OK) {
			throw new IOException(node + " refused to begin a renewal: " + begun.detail());
		}
		X509Certificate renewed = sign(identity, begun.values().get(TrustOperations.REQUEST), old);
		Response installed = agents.request(node, TrustOperations.RENEW_INSTALL,
				Map.of(TrustOperations.CHAIN, CertificateRequests.pemChain(renewed, authority.certificate()))).get(60, TimeUnit.SECONDS);
		if (installed.status() != Response.Status.OK) {
			throw new IOException(node + " did not install its renewed certificate: " + installed.detail());
		}
		LOG.info("renewed the certificate of " + node + ": serial " + old.getSerialNumber().toString(16) + " (until "
				+ old.getNotAfter().toInstant() + ") replaced by " + renewed.getSerialNumber().toString(16) + " (until "
				+ renewed.getNotAfter().toInstant() + "), over the open connection");
	}

	/**
	 * Signs a request of the holder of {@code old} (naming the same peer), valid as long as {@code old} was meant to be
	 * (at most the default), and records it as issued.
	 */
	private X509Certificate sign(PeerIdentity identity, String requestPem, X509Certificate old) throws Exception {
		CertificateRequests.Request request = CertificateRequests.read(requestPem);
		if (!request.commonName().equals(identity.name()) || !request.organisationalUnit().equals(identity.kind().externalName())) {
			throw new GeneralSecurityException("the request names " + request.organisationalUnit() + " '" + request.commonName()
					+ "', not " + identity.kind().externalName() + " '" + identity.name() + "'");
		}
		Duration lifetime = CertificateRenewal.lifetimeAfter(old);
		Duration skew = lifetime.dividedBy(10).compareTo(Duration.ofHours(1)) < 0 ? lifetime.dividedBy(10) : Duration.ofHours(1);
		Instant from = clock.instant().minus(skew);
		X509Certificate renewed = authority.certify(identity, request.publicKey(), from, from.plus(lifetime));
		register.recordRenewal(old, renewed, identity); // refused if old was revoked meanwhile: then nobody gets renewed
		return renewed;
	}

	/**
	 * A console's renewal ("console-renew"): a new certificate for the same person and role as {@code current} (the
	 * one it connected with), for the key of {@code requestPem}; only once {@code current} is due (before, there is
	 * nothing to renew; a revoked one never gets here: it cannot connect).
	 */
	Response renewConsole(long id, PeerIdentity peer, X509Certificate current, String requestPem) {
		if (authority == null) {
			return Response.failed(id, Response.Status.REFUSED, "this pool service does not hold the pool CA: no renewal here");
		}
		if (peer.kind() != PeerKind.CONSOLE || current == null) {
			return Response.failed(id, Response.Status.REFUSED, "only a connected console renews its certificate here");
		}
		Instant due = CertificateRenewal.dueAt(current);
		if (clock.instant().isBefore(due)) {
			return Response.failed(id, Response.Status.REFUSED, "the certificate of " + peer.name() + " is not due for renewal until "
					+ due + " (two thirds of its lifetime)");
		}
		try {
			X509Certificate renewed = sign(peer, requestPem, current);
			LOG.info("renewed the console certificate of " + peer.name() + " (" + peer.role().map(r -> r.externalName()).orElse("")
					+ "): serial " + current.getSerialNumber().toString(16) + " replaced by " + renewed.getSerialNumber().toString(16));
			return Response.ok(id, Map.of("certificate", CertificateRequests.pemChain(renewed, authority.certificate())));
		} catch (GeneralSecurityException e) {
			return Response.failed(id, Response.Status.REFUSED, "console-renew: " + e.getMessage());
		} catch (Exception e) {
			return Response.failed(id, Response.Status.FAILED, "console-renew failed: " + e.getMessage());
		}
	}
}
