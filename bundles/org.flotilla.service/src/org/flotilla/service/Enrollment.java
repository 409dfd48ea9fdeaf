package org.flotilla.service;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.InstantSource;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import org.flotilla.console.core.remote.ServiceOperations;
import org.flotilla.service.internal.ServiceAudit;
import org.flotilla.protocol.CertificateRequests;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.LogText;
import org.flotilla.protocol.Message.Request;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolServer;
import org.flotilla.protocol.RequestHandler;

/**
 * How nodes and people get their certificates from the pool service: enrollment tokens and the enrollment listener
 * for agents, and signing the requests of persons' consoles. The pool CA never leaves the service; a new node makes
 * its own key pair and sends only a PKCS#10 request with a one-time token ({@link EnrollmentTokens}).
 * <p>
 * The enrollment listener is a TLS server of its own (its own port, {@code enrollment.port}) that asks for no client
 * certificate: the agent checks the service against the pool CA certificate it was given, the service checks the
 * token. It answers {@value ServiceOperations#ENROLL} only (every other request is refused by the protocol layer
 * before any handler sees it), with small frames, few connections, an idle timeout and a bounded request rate. Every
 * enrollment, refused or not, and every token and console certificate made, is written to the service's log with
 * the prefix {@value #AUDIT}.
 */
public final class Enrollment implements AutoCloseable {

	/** What every audited line of the service's log starts with. */
	public static final String AUDIT = "audit: ";
	/** Default port of the enrollment listener: just below the service's own (27100). */
	public static final int DEFAULT_PORT = 27099;
	/** Longest validity of a console certificate signed on request. */
	public static final Duration MAXIMUM_CONSOLE_VALIDITY = Duration.ofDays(400);
	/** Enrollments answered per second over all connections, and the burst allowed. */
	static final int ENROLLMENTS_PER_SECOND = 20;
	static final int ENROLLMENT_BURST = 40;
	/** The same from one address: a host that floods takes a quarter of the rate, never all of it. */
	static final int ENROLLMENTS_PER_SECOND_PER_ADDRESS = 5;
	static final int ENROLLMENT_BURST_PER_ADDRESS = 10;
	/** Addresses whose rate is remembered (the least recently heard are forgotten beyond). */
	private static final int ADDRESSES_REMEMBERED = 4096;
	/** Requests one enrollment connection may make (an agent makes one). */
	static final int REQUESTS_PER_CONNECTION = 3;

	private static final Logger LOG = Logger.getLogger(Enrollment.class.getName());
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
	private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:=/-]{0,62}");
	private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,252}");

	/**
	 * Where the enrollment listener listens and what agents are told to dial.
	 *
	 * @param listen         the listener's address (port 0: any free one)
	 * @param advertisedHost the host agents dial (null: the listen address, or this host's name when that is a
	 *                       wildcard address)
	 * @param lifetime       how long an enrolled node's certificate is valid
	 * @param clock          for tokens' expiry (tests inject one)
	 */
	public record Settings(InetSocketAddress listen, String advertisedHost, Duration lifetime, InstantSource clock) {
		public Settings {
			Objects.requireNonNull(listen, "listen");
			Objects.requireNonNull(lifetime, "lifetime");
			Objects.requireNonNull(clock, "clock");
		}

		public static Settings of(InetSocketAddress listen) {
			return new Settings(listen, null, PoolCertificateAuthority.DEFAULT_LIFETIME, InstantSource.system());
		}
	}

	/**
	 * An administrator's request for a token: where the node is, how it is placed, how long the token lasts.
	 *
	 * @param site may be null; {@code rack} too
	 */
	public record TokenRequest(String node, String host, int port, List<String> labels, String site, String rack,
			Duration validity) {
		/** The node's agent endpoint as the pool model keeps it. */
		public String address() {
			return host + ":" + port;
		}
	}

	private final ServiceIdentity identity;
	private final SSLContext tls;
	private final Settings settings;
	private final EnrollmentTokens tokens;
	private final Map<Long, AtomicInteger> requestsByConnection = new ConcurrentHashMap<>();
	/** The pool's audit trail, where enrollments and their refusals go too (set by the pool service). */
	private volatile ServiceAudit audit;
	private final EnrollmentAllowance allowance = new EnrollmentAllowance(ENROLLMENTS_PER_SECOND, ENROLLMENT_BURST,
			ENROLLMENTS_PER_SECOND_PER_ADDRESS, ENROLLMENT_BURST_PER_ADDRESS, ADDRESSES_REMEMBERED, System.nanoTime());
	private ProtocolServer server;

	/** Reads the tokens of {@code identity}'s CA; {@link #start()} opens the listener. */
	public Enrollment(ServiceIdentity identity, SSLContext serviceTls, Settings settings) throws IOException {
		this.identity = Objects.requireNonNull(identity);
		this.tls = Objects.requireNonNull(serviceTls);
		this.settings = settings;
		this.tokens = EnrollmentTokens.open(identity.caFolder(), settings.clock());
		tokens.takeWarnings().forEach(LOG::warning);
	}

	/** Opens the enrollment listener. */
	public synchronized void start() throws IOException {
		if (server != null) {
			return;
		}
		try {
			server = ProtocolServer.builder(identity.serviceIdentity().name(), tls, new EnrollRequests())
					.withoutClientCertificates(Set.of(ServiceOperations.ENROLL)).address(settings.listen())
					.maximumFrameBytes(64 * 1024).maximumIncomingFrameBytes(16 * 1024).maximumConnections(16)
					// An agent enrolls over one connection and says what it wants at once: one host holding
					// connections open (or idle) must not keep every other host out.
					.maximumConnectionsPerAddress(4).maximumHandshakes(8).handshakeTimeout(Duration.ofSeconds(10))
					.idleTimeout(Duration.ofSeconds(10))
					.requestsInFlight(1, 4).requestWorkers(2).start();
		} catch (IOException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			throw new IOException("cannot listen for enrollments on " + settings.listen().getHostString() + ":"
					+ settings.listen().getPort() + " (enrollment.port; \"off\" turns it off): " + cause.getMessage(), e);
		}
	}

	/** Where the enrollment listener listens (the real port when 0 was asked for). */
	public InetSocketAddress address() {
		return server.address();
	}

	/** HOST:PORT that agents are told to dial ({@code enroll.service} of their configuration). */
	public String advertised() {
		String host = settings.advertisedHost();
		if (host == null) {
			InetAddress bound = address().getAddress();
			if (bound.isAnyLocalAddress()) {
				try {
					host = InetAddress.getLocalHost().getCanonicalHostName();
				} catch (IOException e) {
					host = "localhost";
				}
			} else {
				host = address().getHostString();
			}
		}
		return host + ":" + address().getPort();
	}

	/** Nodes whose token can still be used: they have no certificate yet, so the service does not dial them. */
	public Set<String> awaitingEnrollment() {
		return tokens.awaitingEnrollment();
	}

	public EnrollmentTokens tokens() {
		return tokens;
	}

	/**
	 * Reads the arguments of {@value ServiceOperations#ENROLLMENT_TOKEN}.
	 *
	 * @throws IllegalArgumentException saying which argument is wrong
	 */
	public static TokenRequest tokenRequest(Map<String, String> args) {
		String node = args.getOrDefault("node", "");
		if (!NAME.matcher(node).matches()) {
			throw new IllegalArgumentException("node '" + LogText.of(node, LogText.NAME)
					+ "': 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
		}
		String host = args.getOrDefault("host", "");
		if (!HOST.matcher(host).matches()) {
			throw new IllegalArgumentException("host '" + LogText.of(host, LogText.NAME)
					+ "': a host name or IPv4 address the service can dial");
		}
		int port;
		try {
			port = Integer.parseInt(args.getOrDefault("port", ""));
		} catch (NumberFormatException e) {
			port = -1;
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("port '" + LogText.of(args.getOrDefault("port", ""), LogText.NAME)
					+ "': the agent's port, 1..65535");
		}
		Set<String> labels = new LinkedHashSet<>();
		for (String label : args.getOrDefault("labels", "").split(",")) {
			String l = label.strip();
			if (l.isEmpty()) {
				continue;
			}
			if (!LABEL.matcher(l).matches()) {
				throw new IllegalArgumentException("label '" + LogText.of(l, LogText.NAME)
						+ "': 1..63 letters, digits or . _ : = / -, starting with a letter or digit");
			}
			labels.add(l);
		}
		String site = group(args, "site");
		String rack = group(args, "rack");
		Duration validity = duration(args.get("validity"), EnrollmentTokens.DEFAULT_VALIDITY, "validity");
		if (validity.isNegative() || validity.isZero() || validity.compareTo(EnrollmentTokens.MAXIMUM_VALIDITY) > 0) {
			throw new IllegalArgumentException("validity " + validity + ": more than 0 and at most "
					+ EnrollmentTokens.MAXIMUM_VALIDITY);
		}
		return new TokenRequest(node, host, port, List.copyOf(labels), site, rack, validity);
	}

	private static String group(Map<String, String> args, String key) {
		String value = args.getOrDefault(key, "").strip();
		if (value.isEmpty()) {
			return null;
		}
		if (value.length() > 64 || value.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException(key + " '" + LogText.of(value, LogText.NAME)
					+ "': 1..64 characters, no control characters");
		}
		return value;
	}

	private static Duration duration(String text, Duration otherwise, String key) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			return Duration.parse(text.strip());
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(key + " '" + LogText.of(text, LogText.NAME)
					+ "': an ISO-8601 duration such as PT30M or P90D");
		}
	}

	/**
	 * Makes the token of a node the pool model now has (as enrolling, with ID {@code nodeId}) and answers with what
	 * the agent needs: the token, its expiry, the enrollment address and the pool CA certificate.
	 */
	public Map<String, String> issueToken(TokenRequest request, String nodeId, String person) throws IOException {
		EnrollmentTokens.Issued issued = tokens.issue(request.node(), request.validity());
		LOG.info(AUDIT + person + " made an enrollment token for node " + request.node() + " (" + request.address()
				+ "), valid until " + issued.expires());
		String caPem;
		try {
			caPem = PoolCertificateAuthority.pem(identity.caCertificate());
		} catch (GeneralSecurityException e) {
			throw new IOException("cannot encode the pool CA certificate: " + e.getMessage(), e);
		}
		return Map.of("token", issued.token(), "expires", issued.expires().toString(), "node", request.node(), "nodeId",
				nodeId == null ? "" : nodeId, "enrollment", advertised(), "caCertificate", caPem);
	}

	/**
	 * {@value ServiceOperations#CONSOLE_SIGN} for {@code asker} (an administrator: the caller checked): signs a
	 * person's console request with the role asked, and answers the certificate chain.
	 */
	public Response consoleSign(PeerIdentity asker, Request request) throws IOException {
		Map<String, String> args = request.arguments();
		String person = args.getOrDefault("person", "");
		ConsoleRole role;
		Duration validity;
		try {
			if (!NAME.matcher(person).matches()) {
				throw new IllegalArgumentException("person '" + LogText.of(person, LogText.NAME)
						+ "': 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
			}
			role = ConsoleRole.fromExternalName(args.getOrDefault("role", ""));
			validity = duration(args.get("validity"), PoolCertificateAuthority.DEFAULT_LIFETIME, "validity");
			if (validity.isNegative() || validity.isZero() || validity.compareTo(MAXIMUM_CONSOLE_VALIDITY) > 0) {
				throw new IllegalArgumentException("validity " + validity + ": more than 0 and at most "
						+ MAXIMUM_CONSOLE_VALIDITY);
			}
		} catch (IllegalArgumentException e) {
			return Response.failed(request.id(), Response.Status.REFUSED, e.getMessage());
		}
		try {
			X509Certificate issued = signConsole(identity, args.getOrDefault("request", ""), person, role, validity);
			LOG.info(AUDIT + asker.name() + " signed the console certificate of " + person + " as " + role.externalName()
					+ ", serial " + issued.getSerialNumber().toString(16) + ", valid until " + issued.getNotAfter().toInstant());
			return Response.ok(request.id(), Map.of("certificate", CertificateRequests.pem(issued, identity.caCertificate())));
		} catch (GeneralSecurityException e) {
			LOG.warning(AUDIT + asker.name() + " asked to sign a console certificate for " + person + ": refused: "
					+ e.getMessage());
			return Response.failed(request.id(), Response.Status.REFUSED, e.getMessage());
		}
	}

	/** Signs a person's console request and records it in the register; for the operation and the command line. */
	static X509Certificate signConsole(ServiceIdentity identity, String requestPem, String person, ConsoleRole role,
			Duration validity) throws GeneralSecurityException, IOException {
		PeerIdentity who = PeerIdentity.console(person, role);
		X509Certificate issued = identity.authority().sign(requestPem, who, validity)[0];
		identity.register().recordIssued(issued, who);
		return issued;
	}

	/** Answers the enrollment listener: {@value ServiceOperations#ENROLL} only (the protocol layer refuses others). */
	private final class EnrollRequests implements RequestHandler {
		@Override
		public Response handle(PeerIdentity peer, Request request) {
			throw new UnsupportedOperationException("called with the connection's context");
		}

		@Override
		public Response handle(Context context, Request request) throws Exception {
			requestsByConnection.keySet().retainAll(server.connectionIds());
			if (requestsByConnection.computeIfAbsent(context.connectionId(), id -> new AtomicInteger())
					.incrementAndGet() > REQUESTS_PER_CONNECTION) {
				return Response.failed(request.id(), Response.Status.FAILED, "at most " + REQUESTS_PER_CONNECTION
						+ " requests on one enrollment connection: connect again");
			}
			if (!allowance.admit(context.peerAddress(), System.nanoTime())) {
				return Response.failed(request.id(), Response.Status.FAILED,
						"too many enrollments at once: try again in a few seconds");
			}
			return enroll(context, request);
		}
	}

	private Response enroll(RequestHandler.Context context, Request request) throws IOException {
		String claimed = context.peer().name(); // what the Hello said: proves nothing, logged only
		String requestPem = request.arguments().getOrDefault("request", "");
		CertificateRequests.Checked checked;
		try {
			checked = CertificateRequests.check(requestPem);
		} catch (GeneralSecurityException e) {
			return refuse(context.connectionId(), request, claimed, "malformed certificate request: " + e.getMessage());
		}
		String node;
		try {
			node = tokens.redeem(request.arguments().get("token"), checked.commonName());
		} catch (EnrollmentTokens.Refused e) {
			return refuse(context.connectionId(), request, claimed, e.getMessage());
		}
		PeerIdentity who = PeerIdentity.agent(node);
		X509Certificate[] chain;
		try {
			chain = identity.authority().sign(requestPem, who, settings.lifetime());
		} catch (GeneralSecurityException | IllegalArgumentException e) {
			return refuse(context.connectionId(), request, claimed, "the pool CA cannot sign the request: " + e.getMessage());
		}
		identity.register().recordIssued(chain[0], who);
		LOG.info(AUDIT + "node " + node + " enrolled (connection " + context.connectionId() + "): certificate serial "
				+ chain[0].getSerialNumber().toString(16) + ", valid until " + chain[0].getNotAfter().toInstant());
		ServiceAudit trail = audit;
		if (trail != null) {
			trail.request(context.connectionId(), "agent " + node, "enrolling", ServiceOperations.ENROLL, () -> "Node " + node, "OK",
					"certificate serial " + chain[0].getSerialNumber().toString(16), false);
		}
		try {
			return Response.ok(request.id(), Map.of("certificate", CertificateRequests.pem(chain)));
		} catch (GeneralSecurityException e) {
			throw new IOException("cannot encode the certificate: " + e.getMessage(), e);
		}
	}

	private Response refuse(long connection, Request request, String claimed, String reason) {
		// Both come from a peer nobody has authenticated yet (a request's subject, a parser's message): escaped, so that
		// they cannot write lines of their own into the log.
		String name = LogText.of(claimed, LogText.NAME);
		String why = LogText.of(reason, LogText.DETAIL);
		LOG.warning(AUDIT + "enrollment refused (agent says it is '" + name + "'): " + why);
		ServiceAudit trail = audit;
		if (trail != null) { // within the connection's budget: a flood of bad tokens cannot push earlier entries out
			trail.request(connection, "unverified agent " + name, "enrolling", ServiceOperations.ENROLL, () -> "Node " + name,
					"REFUSED", why, true);
		}
		return Response.failed(request.id(), Response.Status.REFUSED, "enrollment refused: " + reason);
	}

	/** Writes enrollments and refused enrollments to the pool's audit trail as well as to the log. */
	public void auditTo(ServiceAudit trail) {
		this.audit = trail;
	}

	@Override
	public synchronized void close() {
		if (server != null) {
			server.close();
			server = null;
		}
	}
}
