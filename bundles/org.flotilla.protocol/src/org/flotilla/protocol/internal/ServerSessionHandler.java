package org.flotilla.protocol.internal;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import org.apache.mina.core.future.WriteFuture;
import org.apache.mina.core.service.IoHandlerAdapter;
import org.apache.mina.core.session.AttributeKey;
import org.apache.mina.core.session.IdleStatus;
import org.apache.mina.core.session.IoSession;
import org.flotilla.protocol.LogText;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.Message.Event;
import org.flotilla.protocol.Message.Heartbeat;
import org.flotilla.protocol.Message.Hello;
import org.flotilla.protocol.Message.InventoryReport;
import org.flotilla.protocol.Message.MetricsReport;
import org.flotilla.protocol.Message.Refused;
import org.flotilla.protocol.Message.Request;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.Message.Welcome;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.ProtocolException;
import org.flotilla.protocol.ProtocolVersions;
import org.flotilla.protocol.RequestHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accepting end of every connection: insists on a {@link Hello} first, checks it against the
 * peer's certificate, negotiates the version, then answers requests and passes on what the peer
 * pushes. Whatever a peer sends, the worst outcome is that its own connection is closed with a
 * logged reason; nothing it sends may throw out of here (a bug of ours is counted and logged as an
 * internal error, and also closes only that connection).
 *
 * <p>Nothing a peer does makes this end hold more than its {@link Limits}: connections beyond the
 * cap are closed as they arrive, a connection that has not finished TLS and the Hello by the
 * deadline is closed (whether it is silent or trickles bytes), and a peer that sends requests faster
 * than they are answered, or does not read the answers, is no longer read from until it catches up
 * (back-pressure through TCP, so the memory a peer can make us hold stays bounded).
 */
public final class ServerSessionHandler extends IoHandlerAdapter {

	/** A heartbeat is answered when nothing was written to its connection for this long. */
	static final long ECHO_WHEN_SILENT_MILLIS = 1000;

	/**
	 * What one server holds at most.
	 *
	 * @param maximumConnections             connections open at once, handshaking or not
	 * @param maximumHandshakes              connections open at once that have not completed TLS and the Hello
	 * @param handshakeTimeout               from accepting a connection to its Hello, TLS included
	 * @param requestsInFlightPerConnection  requests of one connection being answered (or whose answer is
	 *                                       still being sent) before its reads are suspended
	 * @param requestsInFlight               the same, over all connections (a connection with nothing in
	 *                                       flight is still read, one request at a time, so that peers that
	 *                                       do not read cannot starve the others)
	 * @param maximumUnsentMessages          messages written to one peer and not yet sent (it reads slowly,
	 *                                       or not at all) beyond which its reads are suspended and pushed
	 *                                       messages (reports, heartbeat answers) skip it. Below MINA's TLS
	 *                                       filter's own queue of 64, which closes the connection when full
	 */
	public record Limits(int maximumConnections, int maximumHandshakes, Duration handshakeTimeout,
			int requestsInFlightPerConnection, int requestsInFlight, int maximumUnsentMessages,
			int maximumConnectionsPerAddress) {

		/** As the canonical constructor, with no limit per address beyond {@code maximumConnections}. */
		public Limits(int maximumConnections, int maximumHandshakes, Duration handshakeTimeout,
				int requestsInFlightPerConnection, int requestsInFlight, int maximumUnsentMessages) {
			this(maximumConnections, maximumHandshakes, handshakeTimeout, requestsInFlightPerConnection, requestsInFlight,
					maximumUnsentMessages, maximumConnections);
		}

		/** A peer with this many times its in-flight limit unanswered is flooding, not pipelining. */
		static final int FLOOD_FACTOR = 8;

		/**
		 * An agent's: a few consoles (one per person, plus the pool service), each with a few questions
		 * at a time; a handshake must finish within 10 s; 16 messages may wait for one peer.
		 */
		public static final Limits DEFAULTS = new Limits(32, 8, Duration.ofSeconds(10), 8, 32, 16);

		public Limits {
			if (maximumConnections < 1 || maximumConnectionsPerAddress < 1 || maximumHandshakes < 1
					|| requestsInFlightPerConnection < 1 || requestsInFlight < 1
					|| maximumUnsentMessages < 1 || maximumUnsentMessages > 48 || handshakeTimeout.isNegative()
					|| handshakeTimeout.isZero()) {
				throw new IllegalArgumentException("every limit must be positive (and at most 48 unsent messages): "
						+ maximumConnections + ", " + maximumHandshakes + ", " + handshakeTimeout + ", "
						+ requestsInFlightPerConnection + ", " + requestsInFlight + ", " + maximumUnsentMessages);
			}
		}
	}

	/** Finds out who is at the other end of a session, e.g. from its TLS certificate. */
	@FunctionalInterface
	public interface PeerAuthenticator {
		PeerIdentity identify(IoSession session) throws ProtocolException;

		/** As {@link #identify(IoSession)}, with the peer's Hello (for a server that takes peers without certificates). */
		default PeerIdentity identify(IoSession session, Hello hello) throws ProtocolException {
			return identify(session);
		}
	}

	/** What this end keeps per connection. */
	private static final class Connection {
		final AtomicInteger inFlight = new AtomicInteger();
		/** Messages written and not yet sent (in MINA's TLS filter or the session's queue). */
		final AtomicInteger unsent = new AtomicInteger();
		volatile boolean handshaking = true;
		volatile boolean readSuspended;
		volatile ScheduledFuture<?> handshakeDeadline;
		volatile boolean counted;
		/** The peer's address, counted in {@link ServerSessionHandler#connectionsByAddress} while {@link #counted}. */
		volatile java.net.InetAddress address;
		/** Set when the session closed: its requests in flight were released at once (guarded by this). */
		boolean released;
		/** {@link System#nanoTime()} when the last whole message of the peer arrived (its Hello, at first). */
		volatile long lastHeardNanos = System.nanoTime();
	}

	private static final AttributeKey CONNECTION = new AttributeKey(ServerSessionHandler.class, "connection");

	private final String serverName;
	private final List<Integer> supportedVersions;
	private final Set<PeerKind> acceptedKinds;
	private final PeerAuthenticator authenticator;
	private final RequestHandler requestHandler;
	private final BiConsumer<PeerIdentity, Message> pushedMessages;
	private final Executor requestExecutor;
	private final ScheduledExecutorService timers;
	private final Limits limits;
	private final Logger log;
	/** Every connection a peer opens and gets closed would be a line: at most 20 at once, then 1 a second. */
	private final CloseLog closes;

	private final AtomicInteger connections = new AtomicInteger();
	/** Open connections per peer address: one address must not take every connection (at most as many entries). */
	private final java.util.concurrent.ConcurrentHashMap<java.net.InetAddress, Integer> connectionsByAddress =
			new java.util.concurrent.ConcurrentHashMap<>();
	private final AtomicInteger handshakes = new AtomicInteger();
	private final AtomicInteger requestsInFlight = new AtomicInteger();
	/** Sessions whose reads are suspended; looked at whenever a request completes. */
	private final Queue<IoSession> suspended = new ConcurrentLinkedQueue<>();

	private final AtomicLong protocolErrors = new AtomicLong();
	private final AtomicLong transportErrors = new AtomicLong();
	private final AtomicLong internalErrors = new AtomicLong();
	private final AtomicLong connectionsOverLimit = new AtomicLong();
	private final AtomicLong handshakesTimedOut = new AtomicLong();
	private final AtomicLong readSuspensions = new AtomicLong();

	/**
	 * @param timers runs the handshake deadlines; one thread is plenty
	 * @param log    e.g. a quiet one for a fuzz test that closes 100,000 connections
	 */
	public ServerSessionHandler(String serverName, List<Integer> supportedVersions, Set<PeerKind> acceptedKinds,
			PeerAuthenticator authenticator, RequestHandler requestHandler, BiConsumer<PeerIdentity, Message> pushedMessages,
			Executor requestExecutor, ScheduledExecutorService timers, Limits limits, Logger log) {
		this.log = log != null ? log : LoggerFactory.getLogger(ServerSessionHandler.class);
		this.closes = CloseLog.limited(this.log, 20, 1);
		this.serverName = serverName;
		this.supportedVersions = List.copyOf(supportedVersions);
		this.acceptedKinds = Set.copyOf(acceptedKinds);
		this.authenticator = authenticator;
		this.requestHandler = requestHandler;
		this.pushedMessages = pushedMessages;
		this.requestExecutor = requestExecutor;
		this.timers = timers;
		this.limits = limits;
	}

	public Limits limits() {
		return limits;
	}

	/** Connections closed because the peer broke the protocol. */
	public long protocolErrors() {
		return protocolErrors.get();
	}

	/** Connections closed because of TLS or I/O failures (plain-text peers, wrong certificates, resets). */
	public long transportErrors() {
		return transportErrors.get();
	}

	/** Exceptions that are our own fault; must stay 0. */
	public long internalErrors() {
		return internalErrors.get();
	}

	/** Connections closed on arrival because the connection or handshake cap was reached. */
	public long connectionsOverLimit() {
		return connectionsOverLimit.get();
	}

	/** Connections closed because TLS and the Hello did not complete by the deadline. */
	public long handshakesTimedOut() {
		return handshakesTimedOut.get();
	}

	/** How often a peer's reads were suspended because it had too much unanswered or unread. */
	public long readSuspensions() {
		return readSuspensions.get();
	}

	/** Connection closes not logged one by one (beyond the log's budget), since start. */
	public long closesNotLogged() {
		return closes.suppressed();
	}

	/** Requests being answered now, over all connections. */
	public int requestsInFlight() {
		return requestsInFlight.get();
	}

	/**
	 * How long ago the last whole message arrived on {@code session} (its Hello, before any other), whatever the
	 * message: a request, a heartbeat, anything.
	 */
	public static Duration sinceLastHeard(IoSession session) {
		return Duration.ofNanos(Math.max(0, System.nanoTime() - connection(session).lastHeardNanos));
	}

	/** The identity of a session that completed the handshake, or null. */
	public static PeerIdentity peerOf(IoSession session) {
		return (PeerIdentity) session.getAttribute(Sessions.PEER);
	}

	/**
	 * Writes {@code message} to {@code session} and counts it until it is sent. A message that may
	 * be dropped (a report, a heartbeat's answer) is not written to a peer that has
	 * {@link Limits#maximumUnsentMessages} unsent already: it gets the next one instead of an ever
	 * longer queue.
	 *
	 * @return whether it was written
	 */
	public boolean send(IoSession session, Message message, boolean droppable) {
		if (Sessions.isClosing(session)) {
			return false;
		}
		Connection connection = connection(session);
		if (droppable && connection.unsent.get() >= limits.maximumUnsentMessages()) {
			return false;
		}
		connection.unsent.incrementAndGet();
		session.write(message);
		return true;
	}

	/** The session's bookkeeping; made on first use for a session that was never announced (an in-memory one). */
	private static Connection connection(IoSession session) {
		Connection connection = (Connection) session.getAttribute(CONNECTION);
		if (connection == null) {
			Connection made = new Connection();
			made.handshaking = false; // nothing counted, nothing to release
			connection = (Connection) session.setAttributeIfAbsent(CONNECTION, made);
			if (connection == null) {
				connection = made;
			}
		}
		return connection;
	}

	@Override
	public void sessionCreated(IoSession session) {
		Connection connection = new Connection();
		session.setAttribute(CONNECTION, connection);
		connection.counted = true;
		int open = connections.incrementAndGet();
		int handshaking = handshakes.incrementAndGet();
		int fromThere = 0;
		if (session.getRemoteAddress() instanceof java.net.InetSocketAddress remote && remote.getAddress() != null) {
			connection.address = remote.getAddress();
			fromThere = connectionsByAddress.merge(connection.address, 1, Integer::sum);
		}
		if (open > limits.maximumConnections() || handshaking > limits.maximumHandshakes()
				|| fromThere > limits.maximumConnectionsPerAddress()) {
			// Before TLS there is nobody to tell: close at once, and say why in our own log only.
			connectionsOverLimit.incrementAndGet();
			Sessions.close(session, open > limits.maximumConnections()
					? "already " + limits.maximumConnections() + " connections open"
					: handshaking > limits.maximumHandshakes() ? "already " + limits.maximumHandshakes() + " handshakes in progress"
							: "already " + limits.maximumConnectionsPerAddress() + " connections from "
									+ connection.address.getHostAddress(), closes);
			return;
		}
		connection.handshakeDeadline = timers.schedule(() -> handshakeTimedOut(session),
				limits.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void sessionClosed(IoSession session) {
		Connection connection = (Connection) session.getAttribute(CONNECTION);
		if (connection == null) {
			return;
		}
		// Its requests in flight are released now: answers still queued when a connection closes (in the TLS
		// filter, say) never complete their write, and their share would be held for ever.
		int unanswered;
		synchronized (connection) {
			connection.released = true;
			unanswered = connection.inFlight.getAndSet(0);
		}
		requestsInFlight.addAndGet(-unanswered);
		suspended.remove(session);
		if (connection.counted) {
			connection.counted = false;
			connections.decrementAndGet();
			if (connection.address != null) {
				connectionsByAddress.computeIfPresent(connection.address, (address, n) -> n > 1 ? n - 1 : null);
			}
			endHandshake(connection);
		}
		resumeWhatCan();
	}

	private void endHandshake(Connection connection) {
		synchronized (connection) {
			if (!connection.handshaking) {
				return;
			}
			connection.handshaking = false;
		}
		handshakes.decrementAndGet();
		ScheduledFuture<?> deadline = connection.handshakeDeadline;
		if (deadline != null) {
			deadline.cancel(false);
		}
	}

	private void handshakeTimedOut(IoSession session) {
		if (peerOf(session) != null || session.isClosing()) {
			return;
		}
		handshakesTimedOut.incrementAndGet();
		long seconds = Math.max(1, limits.handshakeTimeout().toSeconds());
		if (TlsFilters.isSecured(session)) {
			refuse(session, "no Hello within " + seconds + " s");
		} else {
			// Silent, or trickling its ClientHello: TLS never came up, so there is no one to tell.
			Sessions.close(session, "TLS not established within " + seconds + " s", closes);
		}
	}

	@Override
	public void messageReceived(IoSession session, Object received) {
		if (Sessions.isClosing(session)) {
			return;
		}
		Message message = (Message) received;
		PeerIdentity peer = peerOf(session);
		if (peer == null) {
			handshake(session, message);
			return;
		}
		connection(session).lastHeardNanos = System.nanoTime();
		switch (message) {
		case Request request -> admit(session, peer, request);
		case Heartbeat heartbeat -> {
			// An answer is only needed when the peer has not heard from us lately: it pings a silent connection, and
			// consoles send a heartbeat every few seconds only to say they are there. Echoing every one of those to
			// thousands of consoles' links that get a report each second anyway would double the traffic for nothing.
			if (System.currentTimeMillis() - session.getLastWriteTime() >= ECHO_WHEN_SILENT_MILLIS) {
				send(session, new Heartbeat(heartbeat.sequence(), System.currentTimeMillis()), true);
			}
		}
		case Event event -> pushedMessages.accept(peer, event);
		case InventoryReport report -> pushedMessages.accept(peer, report);
		case MetricsReport report -> pushedMessages.accept(peer, report);
		case Refused refused -> Sessions.close(session, "peer refused us: " + LogText.of(refused.reason(), LogText.DETAIL), closes);
		case Hello hello -> refuse(session, "a second Hello on one connection");
		case Welcome welcome -> refuse(session, "unexpected Welcome: this end accepts, it does not dial");
		case Response response -> refuse(session, "unexpected Response " + response.id() + ": this end asks nothing");
		}
	}

	private void handshake(IoSession session, Message message) {
		if (!(message instanceof Hello hello)) {
			refuse(session, "expected Hello first, got " + message.getClass().getSimpleName());
			return;
		}
		PeerIdentity certified;
		try {
			certified = authenticator.identify(session, hello);
		} catch (ProtocolException e) {
			refuse(session, e.getMessage());
			return;
		}
		if (certified.kind() != hello.kind() || !certified.name().equals(hello.name())) {
			// The Hello's name is the peer's own text: escaped and cut, for the log and for the answer.
			refuse(session, "Hello says " + hello.kind().externalName() + " '" + LogText.of(hello.name(), LogText.NAME)
					+ "' but the certificate says " + certified.kind().externalName() + " '" + certified.name() + "'");
			return;
		}
		if (!acceptedKinds.contains(certified.kind())) {
			refuse(session, serverName + " does not accept " + certified.kind().externalName() + " connections");
			return;
		}
		OptionalInt version = ProtocolVersions.negotiate(hello.protocolVersions(), supportedVersions);
		if (version.isEmpty()) {
			refuse(session, "no common protocol version: offered " + hello.protocolVersions() + ", " + serverName
					+ " speaks " + supportedVersions);
			return;
		}
		connection(session).lastHeardNanos = System.nanoTime();
		session.setAttribute(Sessions.PEER, certified);
		endHandshake(connection(session));
		log.debug("Handshake done on {}: version {}", Sessions.describe(session), version.getAsInt());
		send(session, new Welcome(version.getAsInt(), serverName), false);
	}

	/**
	 * Takes a request in: counts it against the connection's and the server's in-flight limits,
	 * suspends the connection's reads when either is reached (the peer then waits in TCP, not in our
	 * memory), and hands it to the request executor.
	 */
	private void admit(IoSession session, PeerIdentity peer, Request request) {
		Connection connection = connection(session);
		int mine;
		synchronized (connection) {
			if (connection.released) {
				return; // closed meanwhile
			}
			mine = connection.inFlight.incrementAndGet();
		}
		requestsInFlight.incrementAndGet();
		if (mine > limits.requestsInFlightPerConnection() * Limits.FLOOD_FACTOR) {
			// Only what one read had already brought in can arrive after a suspension; this many is a flood.
			release(connection);
			refuse(session, "more than " + limits.requestsInFlightPerConnection() * Limits.FLOOD_FACTOR
					+ " requests unanswered on one connection");
			return;
		}
		suspendIfOverLimit(session, connection);
		try {
			requestExecutor.execute(() -> answer(session, peer, request, connection));
		} catch (RejectedExecutionException e) {
			release(connection); // the server is closing
		}
	}

	private void answer(IoSession session, PeerIdentity peer, Request request, Connection connection) {
		Response response;
		try {
			response = requestHandler.handle(new SessionRequestContext(session, peer), request);
			if (response == null || response.id() != request.id()) {
				throw new IllegalStateException("request handler answered " + response + " to request " + request.id());
			}
		} catch (Exception e) {
			// The handler failed; the peer did nothing wrong, so the connection stays.
			log.warn("Request {} '{}' from {} failed", request.id(), LogText.of(request.operation(), LogText.NAME),
					Sessions.describe(session), e);
			response = new Response(request.id(), Response.Status.FAILED, String.valueOf(e.getMessage()), Map.of());
		}
		if (Sessions.isClosing(session)) {
			release(connection);
			return;
		}
		long id = request.id();
		// The request stays in flight until its answer has left: a peer that does not read its answers
		// keeps its reads suspended instead of piling answers up in our memory.
		connection.unsent.incrementAndGet();
		session.write(response).addListener(written -> {
			Throwable failure = ((WriteFuture) written).getException();
			if (failure != null && Sessions.isOutgoingEncodingFailure(failure) && !Sessions.isClosing(session)) {
				// Typically a response larger than the maximum frame: say so instead of leaving the console waiting.
				send(session, Response.failed(id, Response.Status.FAILED, "response not sent: "
						+ Sessions.protocolError(failure).map(Throwable::getMessage).orElse(failure.toString())), false);
			}
			release(connection);
		});
	}

	/**
	 * One request of {@code connection} is done: frees its share and resumes whoever can read again.
	 * Nothing to free once the connection closed: its share was freed then.
	 */
	private void release(Connection connection) {
		synchronized (connection) {
			if (connection.released) {
				return;
			}
			connection.inFlight.decrementAndGet();
		}
		requestsInFlight.decrementAndGet();
		resumeWhatCan();
	}

	private boolean overLimit(Connection connection) {
		int mine = connection.inFlight.get();
		// The limit in all holds back only connections that have something in flight: one with nothing is read, a
		// request at a time. Otherwise peers that stop reading their answers could hold the whole budget, and every
		// other peer would wait for the write timeout to cut them off. It costs nothing in the bound: a connection
		// already had its one request taken in past the limit (the one that was read when the limit was reached).
		return mine >= limits.requestsInFlightPerConnection()
				|| (mine > 0 && requestsInFlight.get() >= limits.requestsInFlight())
				|| connection.unsent.get() >= limits.maximumUnsentMessages();
	}

	private void suspendIfOverLimit(IoSession session, Connection connection) {
		synchronized (connection) {
			if (connection.readSuspended || !overLimit(connection)) {
				return;
			}
			connection.readSuspended = true;
		}
		readSuspensions.incrementAndGet();
		session.suspendRead();
		suspended.add(session);
		// A request may have completed between the check and the suspension: look again.
		resumeWhatCan();
	}

	private void resumeWhatCan() {
		for (Iterator<IoSession> it = suspended.iterator(); it.hasNext();) {
			IoSession session = it.next();
			Connection connection = connection(session);
			if (session.isClosing()) {
				it.remove();
				continue;
			}
			synchronized (connection) {
				if (!connection.readSuspended || overLimit(connection)) {
					continue;
				}
				connection.readSuspended = false;
			}
			it.remove();
			session.resumeRead();
		}
	}

	@Override
	public void messageSent(IoSession session, Object message) {
		// Answers and pushes leaving: a peer suspended for not reading may be below its limit again.
		Connection connection = (Connection) session.getAttribute(CONNECTION);
		if (connection != null) {
			connection.unsent.decrementAndGet();
			if (connection.readSuspended) {
				resumeWhatCan();
			}
		}
	}

	/**
	 * Refuses a peer past its handshake (its certificate was revoked, say): sends it the reason and closes its
	 * connection. Not counted as a protocol error: the peer did nothing wrong on the wire.
	 */
	public void refuseConnected(IoSession session, String reason) {
		if (!Sessions.isClosing(session)) {
			Sessions.refuseAndClose(session, reason, closes);
		}
	}

	private void refuse(IoSession session, String reason) {
		if (Sessions.isClosing(session)) {
			return; // counted once, however often its deadline or its bytes come back
		}
		protocolErrors.incrementAndGet();
		Sessions.refuseAndClose(session, reason, closes);
	}

	@Override
	public void exceptionCaught(IoSession session, Throwable cause) {
		if (Sessions.isWriteToClosedSession(cause)) {
			session.closeNow(); // closing already: the peer went away while we wrote to it
			return;
		}
		if (Sessions.isOutgoingEncodingFailure(cause)) {
			log.warn("Could not send a message on {}: {}", Sessions.describe(session), cause.getMessage());
			return;
		}
		var protocolError = Sessions.protocolError(cause);
		if (protocolError.isPresent()) {
			refuse(session, protocolError.get().getMessage());
		} else if (Sessions.isTransportFailure(cause)) {
			if (!Sessions.isClosing(session)) {
				transportErrors.incrementAndGet();
			}
			Sessions.close(session, cause.toString(), closes);
		} else {
			internalErrors.incrementAndGet();
			log.error("Internal error on {}; closing it", Sessions.describe(session), cause);
			Sessions.close(session, "internal error " + cause, closes);
		}
	}

	@Override
	public void sessionIdle(IoSession session, IdleStatus status) {
		// Handshake deadlines are timers (a peer trickling bytes is never idle); nothing else idles out here.
	}

	/** What a request handler may do for the peer that asked: who it is, and a channel back to it alone. */
	private final class SessionRequestContext implements RequestHandler.Context {
		private final IoSession session;
		private final PeerIdentity peer;

		SessionRequestContext(IoSession session, PeerIdentity peer) {
			this.session = session;
			this.peer = peer;
		}

		@Override
		public PeerIdentity peer() {
			return peer;
		}

		@Override
		public long connectionId() {
			return session.getId();
		}

		@Override
		public void send(Message message) {
			ServerSessionHandler.this.send(session, message, false);
		}

		@Override
		public java.net.InetAddress peerAddress() {
			return session.getRemoteAddress() instanceof java.net.InetSocketAddress remote ? remote.getAddress() : null;
		}

		@Override
		public java.security.cert.X509Certificate peerCertificate() {
			return TlsFilters.peerCertificate(session);
		}
	}
}
