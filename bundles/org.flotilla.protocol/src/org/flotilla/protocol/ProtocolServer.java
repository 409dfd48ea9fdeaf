package org.flotilla.protocol;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

import javax.net.ssl.SSLContext;

import org.apache.mina.core.filterchain.DefaultIoFilterChainBuilder;
import org.apache.mina.core.filterchain.IoFilterAdapter;
import org.apache.mina.core.session.IdleStatus;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.filter.codec.ProtocolCodecFilter;
import org.apache.mina.transport.socket.nio.NioSocketAcceptor;
import org.flotilla.protocol.Message.Request;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.internal.FrameCodecFactory;
import org.flotilla.protocol.internal.ServerSessionHandler;
import org.flotilla.protocol.internal.ServerSessionHandler.Limits;
import org.flotilla.protocol.internal.TlsFilters;

/**
 * The accepting end (the agent, in Flotilla): listens for TLS connections from peers whose
 * certificates the pool CA signed, runs the handshake, answers {@link Message.Request}s with a
 * {@link RequestHandler} and can push messages to every connected peer.
 * <p>
 * Filter chain of every connection: {@code tls} (MINA's SslFilter, TLS 1.3, client certificates
 * required), then {@code frames} (the length-prefixed codec), then the protocol handler.
 * <p>
 * What a peer can make it hold is bounded (see {@link Builder}): connections and handshakes in
 * progress are capped, TLS and the Hello must complete within the handshake timeout, requests are
 * answered by a few worker threads with a limit on how many each connection and all of them may
 * have unanswered (beyond it the peer's reads are suspended, so it waits in TCP), an answer the
 * peer does not read within the write timeout closes its connection, and a peer that has too much
 * unsent is skipped by {@link #push}.
 */
public final class ProtocolServer implements AutoCloseable {

	public static final int DEFAULT_MAXIMUM_FRAME_BYTES = 1 << 20;

	private final NioSocketAcceptor acceptor;
	private final ServerSessionHandler handler;
	private final ThreadPoolExecutor requestExecutor;
	private final ScheduledThreadPoolExecutor timers;
	private final AtomicLong pushesSkipped = new AtomicLong();

	private ProtocolServer(Builder settings) throws IOException {
		// Virtual threads: a handler may block (disk, a probe) without holding a platform thread,
		// and an idle server keeps no worker thread at all.
		requestExecutor = new ThreadPoolExecutor(settings.requestWorkers, settings.requestWorkers, 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), Thread.ofVirtual().name("flotilla-request-", 0).factory());
		requestExecutor.allowCoreThreadTimeOut(true);
		timers = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().name("flotilla-protocol-timer").daemon().factory());
		timers.setRemoveOnCancelPolicy(true); // a deadline cancelled by a finished handshake is dropped at once
		boolean anonymous = settings.anonymousOperations != null;
		handler = new ServerSessionHandler(settings.name, settings.supportedVersions,
				anonymous ? EnumSet.of(PeerKind.AGENT) : settings.acceptedKinds,
				anonymous ? uncertified() : authenticator(settings.certificateCheck),
				anonymous ? only(settings.anonymousOperations, settings.requestHandler) : settings.requestHandler,
				settings.pushedMessages, requestExecutor, timers, settings.limits(), null);
		acceptor = new NioSocketAcceptor(settings.ioThreads);
		acceptor.setReuseAddress(true);
		DefaultIoFilterChainBuilder chain = acceptor.getFilterChain();
		chain.addLast("tls", anonymous ? TlsFilters.serverWithoutClientAuth(settings.tls) : TlsFilters.server(settings.tls));
		chain.addLast("frames", new ProtocolCodecFilter(
				new FrameCodecFactory(settings.maximumFrameBytes, settings.maximumIncomingFrameBytes)));
		if (settings.idleTimeout != null) {
			acceptor.getSessionConfig().setIdleTime(IdleStatus.BOTH_IDLE, (int) Math.max(1, settings.idleTimeout.toSeconds()));
			chain.addLast("idle", new IoFilterAdapter() {
				@Override
				public void sessionIdle(NextFilter next, IoSession session, IdleStatus status) {
					// Nothing read or written this long: a peer that holds a connection open for nothing.
					session.closeNow();
				}
			});
		}
		acceptor.setHandler(handler);
		// An answer or push that makes no progress this long means the peer stopped reading: close it.
		acceptor.getSessionConfig().setWriteTimeout((int) Math.max(1, settings.writeTimeout.toSeconds()));
		try {
			acceptor.bind(settings.address);
		} catch (IOException e) {
			acceptor.dispose();
			requestExecutor.shutdownNow();
			timers.shutdownNow();
			throw e;
		}
	}

	public static Builder builder(String name, SSLContext tls, RequestHandler requestHandler) {
		return new Builder(name, tls, requestHandler);
	}

	/** The address really bound (with the port chosen when 0 was asked for). */
	public InetSocketAddress address() {
		return acceptor.getLocalAddress();
	}

	/** Who the peer of a session is, once TLS says so and {@code check} has no objection to its certificate. */
	private static ServerSessionHandler.PeerAuthenticator authenticator(Function<X509Certificate, String> check) {
		return session -> {
			PeerIdentity peer = TlsFilters.certifiedPeer(session);
			String refusal = check.apply(TlsFilters.peerCertificate(session));
			if (refusal != null) {
				throw new ProtocolException(refusal);
			}
			return peer;
		};
	}

	/**
	 * Who the peer of a connection without a client certificate is: only what its Hello claims (an agent's name,
	 * which must be a plain name). Nothing is proved by it: the handlers of such a server decide from what the
	 * request carries (an enrollment token), never from this name.
	 */
	private static ServerSessionHandler.PeerAuthenticator uncertified() {
		return new ServerSessionHandler.PeerAuthenticator() {
			@Override
			public PeerIdentity identify(IoSession session) throws ProtocolException {
				throw new ProtocolException("no Hello");
			}

			@Override
			public PeerIdentity identify(IoSession session, Message.Hello hello) throws ProtocolException {
				if (hello.kind() != PeerKind.AGENT || !UNCERTIFIED_NAME.matcher(hello.name()).matches()) {
					throw new ProtocolException("this listener takes agents without a certificate, named with 1 to 64 "
							+ "letters, digits, '.', '_' or '-'");
				}
				return PeerIdentity.agent(hello.name());
			}
		};
	}

	private static final java.util.regex.Pattern UNCERTIFIED_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	/** {@code handler}, for {@code operations} only: any other request is refused before it sees it. */
	private static RequestHandler only(Set<String> operations, RequestHandler handler) {
		return new RequestHandler() {
			@Override
			public Response handle(PeerIdentity peer, Request request) throws Exception {
				throw new UnsupportedOperationException("called with the connection's context");
			}

			@Override
			public Response handle(Context context, Request request) throws Exception {
				if (!operations.contains(request.operation())) {
					return Response.failed(request.id(), Response.Status.REFUSED, "'"
							+ LogText.of(request.operation(), LogText.NAME) + "' needs a client certificate; here only "
							+ new java.util.TreeSet<>(operations) + " is answered");
				}
				return handler.handle(context, request);
			}
		};
	}

	/**
	 * Refuses every peer past the handshake whose certificate {@code check} now objects to (it returns the reason,
	 * or null to keep the peer): each is sent its reason and disconnected. For a certificate revoked while its holder
	 * is connected. Returns how many were refused.
	 */
	public int refuseConnected(Function<X509Certificate, String> check) {
		int refused = 0;
		for (IoSession session : acceptor.getManagedSessions().values()) {
			if (ServerSessionHandler.peerOf(session) == null || session.isClosing()) {
				continue;
			}
			X509Certificate certificate = TlsFilters.peerCertificate(session);
			String reason = certificate == null ? null : check.apply(certificate);
			if (reason != null) {
				handler.refuseConnected(session, reason);
				refused++;
			}
		}
		return refused;
	}

	/**
	 * Sends {@code message} to every peer that completed the handshake and is not backed up (one with
	 * the maximum of unsent messages is skipped and counted: a reader that fell behind gets the next
	 * message, not an ever-growing queue); returns to how many it was sent.
	 */
	public int push(Message message) {
		int sent = 0;
		for (IoSession session : acceptor.getManagedSessions().values()) {
			if (ServerSessionHandler.peerOf(session) == null || session.isClosing()) {
				continue;
			}
			if (handler.send(session, message, true)) {
				sent++;
			} else {
				pushesSkipped.incrementAndGet();
			}
		}
		return sent;
	}

	/** The connections open now past the handshake, by {@link RequestHandler.Context#connectionId()}. */
	public java.util.Set<Long> connectionIds() {
		java.util.Set<Long> ids = new java.util.HashSet<>();
		for (IoSession session : acceptor.getManagedSessions().values()) {
			if (ServerSessionHandler.peerOf(session) != null && !session.isClosing()) {
				ids.add(session.getId());
			}
		}
		return ids;
	}

	/**
	 * Sends {@code message} to every peer past the handshake whose connection {@code to} accepts (by
	 * {@link RequestHandler.Context#connectionId()}). Unlike {@link #push}, a peer that is backed up is not skipped
	 * but disconnected: for a stream where every message counts (a copy kept in step by changes), a missed message
	 * would leave the peer silently wrong, so it reconnects and starts afresh instead; nothing is buffered for it
	 * beyond the limit of unsent messages. Returns to how many it was sent.
	 */
	public int pushOrDisconnect(Message message, java.util.function.LongPredicate to) {
		int sent = 0;
		for (IoSession session : acceptor.getManagedSessions().values()) {
			if (ServerSessionHandler.peerOf(session) == null || session.isClosing() || !to.test(session.getId())) {
				continue;
			}
			if (handler.send(session, message, true)) {
				sent++;
			} else {
				pushesSkipped.incrementAndGet();
				org.slf4j.LoggerFactory.getLogger(ProtocolServer.class).warn(
						"Disconnecting {}: it fell behind reading what is sent to it (it reconnects and starts afresh)",
						ServerSessionHandler.peerOf(session));
				session.closeNow();
			}
		}
		return sent;
	}

	/**
	 * How long ago the most recent message arrived from a connected peer that {@code peers} accepts (past the
	 * handshake; any message counts, heartbeats included); empty when no such peer is connected. An open connection
	 * is not proof that its peer is still there (a partition can keep one open for many minutes): a peer that
	 * sends {@link ProtocolClient.Builder#heartbeatEvery heartbeats} is heard from at least that often while it
	 * can reach us.
	 */
	public Optional<Duration> sinceLastHeard(Predicate<PeerIdentity> peers) {
		Duration least = null;
		for (IoSession session : acceptor.getManagedSessions().values()) {
			PeerIdentity peer = ServerSessionHandler.peerOf(session);
			if (peer == null || session.isClosing() || !peers.test(peer)) {
				continue;
			}
			Duration since = ServerSessionHandler.sinceLastHeard(session);
			if (least == null || since.compareTo(least) < 0) {
				least = since;
			}
		}
		return Optional.ofNullable(least);
	}

	public Statistics statistics() {
		long ready = acceptor.getManagedSessions().values().stream()
				.filter(session -> ServerSessionHandler.peerOf(session) != null).count();
		return new Statistics(acceptor.getManagedSessionCount(), (int) ready, handler.protocolErrors(),
				handler.transportErrors(), handler.internalErrors(), handler.connectionsOverLimit(),
				handler.handshakesTimedOut(), handler.readSuspensions(), pushesSkipped.get(), handler.requestsInFlight(),
				handler.closesNotLogged());
	}

	/**
	 * @param openConnections     connections open now, whatever their state
	 * @param readyConnections    of those, the ones past the handshake
	 * @param protocolErrors      connections closed since start because the peer broke the protocol
	 * @param transportErrors     connections closed since start by TLS or I/O failures
	 * @param internalErrors      exceptions that were our own fault: should always be 0
	 * @param connectionsOverLimit connections closed on arrival: too many connections or handshakes
	 * @param handshakesTimedOut  connections closed because TLS and the Hello took too long
	 * @param readSuspensions     times a peer's reads were suspended (too much unanswered or unread)
	 * @param pushesSkipped       pushed messages not sent to a peer that was backed up
	 * @param requestsInFlight    requests being answered now
	 * @param closesNotLogged     connection closes beyond the log's budget (20 at once, then 1 a second), counted only
	 */
	public record Statistics(int openConnections, int readyConnections, long protocolErrors, long transportErrors,
			long internalErrors, long connectionsOverLimit, long handshakesTimedOut, long readSuspensions,
			long pushesSkipped, int requestsInFlight, long closesNotLogged) {
	}

	/** Stops listening, closes every connection and waits for the I/O threads to end. */
	@Override
	public void close() {
		acceptor.unbind();
		acceptor.getManagedSessions().values().forEach(IoSession::closeNow);
		acceptor.dispose(true);
		requestExecutor.shutdownNow();
		timers.shutdownNow();
	}

	public static final class Builder {
		private final String name;
		private final SSLContext tls;
		private final RequestHandler requestHandler;
		private InetSocketAddress address = new InetSocketAddress("127.0.0.1", 0);
		private int maximumFrameBytes = DEFAULT_MAXIMUM_FRAME_BYTES;
		private int maximumIncomingFrameBytes = -1;
		private List<Integer> supportedVersions = ProtocolVersions.SUPPORTED;
		private Set<PeerKind> acceptedKinds = EnumSet.of(PeerKind.CONSOLE);
		private Function<X509Certificate, String> certificateCheck = certificate -> null;
		private BiConsumer<PeerIdentity, Message> pushedMessages = (peer, message) -> {
		};
		private Duration handshakeTimeout = Limits.DEFAULTS.handshakeTimeout();
		private int maximumConnections = Limits.DEFAULTS.maximumConnections();
		private int maximumConnectionsPerAddress; // 0: only maximumConnections
		private int maximumHandshakes = Limits.DEFAULTS.maximumHandshakes();
		private int requestsInFlightPerConnection = Limits.DEFAULTS.requestsInFlightPerConnection();
		private int requestsInFlight = Limits.DEFAULTS.requestsInFlight();
		private int maximumUnsentMessages = Limits.DEFAULTS.maximumUnsentMessages();
		private int requestWorkers = 4;
		private Duration writeTimeout = Duration.ofSeconds(30);
		private int ioThreads = 2;
		private Set<String> anonymousOperations;
		private Duration idleTimeout;

		private Builder(String name, SSLContext tls, RequestHandler requestHandler) {
			this.name = Objects.requireNonNull(name, "name");
			this.tls = Objects.requireNonNull(tls, "tls");
			this.requestHandler = Objects.requireNonNull(requestHandler, "requestHandler");
		}

		/** Where to listen; default 127.0.0.1 on a free port. */
		public Builder address(InetSocketAddress address) {
			this.address = Objects.requireNonNull(address);
			return this;
		}

		/**
		 * Largest frame payload sent or accepted; a peer announcing a longer one is disconnected.
		 * Default 1 MiB.
		 */
		public Builder maximumFrameBytes(int maximumFrameBytes) {
			this.maximumFrameBytes = maximumFrameBytes;
			return this;
		}

		/**
		 * Largest frame payload accepted from peers, when it should be smaller than what this end
		 * sends (an agent's answers can be large; the requests it takes never are, and every
		 * accepted frame is memory a peer makes us hold). Default: the maximum frame.
		 */
		public Builder maximumIncomingFrameBytes(int maximumIncomingFrameBytes) {
			this.maximumIncomingFrameBytes = maximumIncomingFrameBytes;
			return this;
		}

		/** Versions this server speaks; default {@link ProtocolVersions#SUPPORTED}. */
		public Builder supportedVersions(List<Integer> supportedVersions) {
			this.supportedVersions = List.copyOf(supportedVersions);
			return this;
		}

		/** Which kinds of peer may connect; default consoles only. */
		/**
		 * After TLS accepted a peer's certificate (issued by the pool's CA, in its validity period), {@code check}
		 * may still refuse it: it returns the reason, which the peer is sent, or null to accept. Runs on an I/O
		 * thread for each handshake: it must be quick (a lookup, not a file read).
		 */
		public Builder certificateCheck(Function<X509Certificate, String> check) {
			this.certificateCheck = java.util.Objects.requireNonNull(check);
			return this;
		}

		public Builder acceptedKinds(Set<PeerKind> acceptedKinds) {
			this.acceptedKinds = EnumSet.copyOf(acceptedKinds);
			return this;
		}

		/** Receives events and reports that peers push; called on an I/O thread, so it must not block. */
		public Builder pushedMessages(BiConsumer<PeerIdentity, Message> pushedMessages) {
			this.pushedMessages = Objects.requireNonNull(pushedMessages);
			return this;
		}

		/**
		 * A connection that has not completed TLS and sent its Hello this long after it was accepted
		 * is closed, whether it is silent or sends a byte now and then. Default 10 s.
		 */
		public Builder handshakeTimeout(Duration handshakeTimeout) {
			this.handshakeTimeout = Objects.requireNonNull(handshakeTimeout);
			return this;
		}

		/** Connections open at once; more are closed as they arrive. Default 32. */
		public Builder maximumConnections(int maximumConnections) {
			this.maximumConnections = maximumConnections;
			return this;
		}

		/**
		 * Connections open at once from one peer address; more from there are closed as they arrive, so that one host
		 * cannot take every connection. Default: no limit but {@link #maximumConnections}.
		 */
		public Builder maximumConnectionsPerAddress(int maximumConnectionsPerAddress) {
			this.maximumConnectionsPerAddress = maximumConnectionsPerAddress;
			return this;
		}

		/** Connections still in TLS or before their Hello at once; more are closed as they arrive. Default 8. */
		public Builder maximumHandshakes(int maximumHandshakes) {
			this.maximumHandshakes = maximumHandshakes;
			return this;
		}

		/**
		 * Unanswered requests per connection and in all, beyond which a connection's reads are
		 * suspended until it is below again (the limit in all suspends only connections that have a
		 * request in flight: each of the others is read a request at a time). Defaults 8 and 32.
		 */
		public Builder requestsInFlight(int perConnection, int inAll) {
			this.requestsInFlightPerConnection = perConnection;
			this.requestsInFlight = inAll;
			return this;
		}

		/**
		 * Messages waiting to be sent to one peer beyond which it is not read from nor pushed to
		 * (1 to 48). Default 16.
		 */
		public Builder maximumUnsentMessages(int maximumUnsentMessages) {
			this.maximumUnsentMessages = maximumUnsentMessages;
			return this;
		}

		/** Threads answering requests at once, over all connections. Default 4. */
		public Builder requestWorkers(int requestWorkers) {
			if (requestWorkers < 1) {
				throw new IllegalArgumentException("at least one request worker: " + requestWorkers);
			}
			this.requestWorkers = requestWorkers;
			return this;
		}

		/** A write that makes no progress this long closes its connection. Default 30 s. */
		public Builder writeTimeout(Duration writeTimeout) {
			this.writeTimeout = Objects.requireNonNull(writeTimeout);
			return this;
		}

		/**
		 * Serves peers that present no certificate (the pool service's enrollment listener: a new node has none yet).
		 * TLS then authenticates this server only; a peer may say only that it is an agent with a plain name, which
		 * proves nothing, and only {@code operations} are answered: every other request is refused before the
		 * handler sees it, so no other operation can be reached without a client certificate. Give such a server its
		 * own handler, port and tight limits (small frames, few connections, an {@link #idleTimeout}).
		 */
		public Builder withoutClientCertificates(Set<String> operations) {
			if (operations.isEmpty()) {
				throw new IllegalArgumentException("name the operations served without a client certificate");
			}
			this.anonymousOperations = Set.copyOf(operations);
			return this;
		}

		/** A connection on which nothing is read or written this long is closed (at least 1 s). Default: never. */
		public Builder idleTimeout(Duration idleTimeout) {
			this.idleTimeout = Objects.requireNonNull(idleTimeout);
			return this;
		}

		public Builder ioThreads(int ioThreads) {
			this.ioThreads = ioThreads;
			return this;
		}

		Limits limits() {
			return new Limits(maximumConnections, maximumHandshakes, handshakeTimeout, requestsInFlightPerConnection,
					requestsInFlight, maximumUnsentMessages,
					maximumConnectionsPerAddress > 0 ? maximumConnectionsPerAddress : maximumConnections);
		}

		/** Binds and starts serving. */
		public ProtocolServer start() throws IOException {
			if (maximumIncomingFrameBytes < 0) {
				maximumIncomingFrameBytes = maximumFrameBytes;
			}
			return new ProtocolServer(this);
		}
	}

	/** A handler that refuses every request; handy for servers that only push. */
	public static RequestHandler refusingEverything() {
		return (peer, request) -> Response.failed(request.id(), Response.Status.REFUSED,
				"no operation '" + LogText.of(request.operation(), LogText.NAME) + "' here");
	}
}
