package org.flotilla.protocol.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javax.net.ssl.SSLSession;

import org.apache.mina.core.service.IoHandlerAdapter;
import org.apache.mina.core.session.IdleStatus;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.filter.FilterEvent;
import org.apache.mina.filter.ssl.SslEvent;
import org.apache.mina.filter.ssl.SslFilter;
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
import org.flotilla.protocol.ProtocolException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialling end of one connection: sends {@link Hello} as soon as TLS is up, waits for
 * {@link Welcome}, then matches responses to requests by id and hands pushed messages on.
 */
public final class ClientSessionHandler extends IoHandlerAdapter {

	private static final Logger LOG = LoggerFactory.getLogger(ClientSessionHandler.class);
	private static final CloseLog CLOSES = CloseLog.unlimited(LOG);

	private final Hello hello;
	private final Consumer<Message> pushedMessages;
	private final CompletableFuture<Welcome> handshake = new CompletableFuture<>();
	private final Map<Long, CompletableFuture<Response>> pending = new ConcurrentHashMap<>();
	private volatile PeerIdentity server;
	private volatile Throwable closeCause;

	private final PeerIdentity expectedServer;
	private final KeepAlive keepAlive;
	private final AtomicLong pingSequence = new AtomicLong();

	/**
	 * How a client notices a peer that went away without closing (power loss, a dropped flow): after
	 * {@code pingAfter} without hearing anything it sends a heartbeat (the server answers every one),
	 * and again each {@code pingAfter}; after {@code pings} unanswered pings it closes the connection.
	 */
	public record KeepAlive(Duration pingAfter, int pings) {
		public KeepAlive {
			if (pingAfter.toSeconds() < 1 || pings < 1) {
				throw new IllegalArgumentException("ping after at least 1 s, at least one ping: " + pingAfter + ", " + pings);
			}
		}

		/** How long the peer may be silent before the connection is closed. */
		public Duration silence() {
			return pingAfter.multipliedBy(pings + 1L);
		}
	}

	/**
	 * @param expectedServer who the server's certificate must name, or null to accept any peer of the pool
	 * @param keepAlive      null for none
	 */
	private final java.util.function.Function<java.security.cert.X509Certificate, String> serverCheck;

	public ClientSessionHandler(Hello hello, PeerIdentity expectedServer, KeepAlive keepAlive, Consumer<Message> pushedMessages) {
		this(hello, expectedServer, keepAlive, pushedMessages, certificate -> null);
	}

	/**
	 * @param serverCheck after TLS accepted the server's certificate, the reason to refuse it anyway (revoked, say), or
	 *                    null to go on
	 */
	public ClientSessionHandler(Hello hello, PeerIdentity expectedServer, KeepAlive keepAlive, Consumer<Message> pushedMessages,
			java.util.function.Function<java.security.cert.X509Certificate, String> serverCheck) {
		this.serverCheck = serverCheck;
		this.hello = hello;
		this.expectedServer = expectedServer;
		this.keepAlive = keepAlive;
		this.pushedMessages = pushedMessages;
	}

	/** The keep-alive this connection runs, or null. */
	public KeepAlive keepAlive() {
		return keepAlive;
	}

	@Override
	public void sessionIdle(IoSession session, IdleStatus status) {
		if (keepAlive == null || status != IdleStatus.READER_IDLE || !handshake.isDone() || Sessions.isClosing(session)) {
			return;
		}
		if (session.getIdleCount(IdleStatus.READER_IDLE) > keepAlive.pings()) {
			Sessions.close(session, "nothing heard for " + keepAlive.silence().toSeconds() + " s (" + keepAlive.pings()
					+ " pings unanswered)", CLOSES);
		} else {
			session.write(nextHeartbeat());
		}
	}

	/** A heartbeat with the next sequence number of this connection (pings and periodic heartbeats share it). */
	public Heartbeat nextHeartbeat() {
		return new Heartbeat(pingSequence.incrementAndGet(), System.currentTimeMillis());
	}

	/** Completes with the server's Welcome, or fails with the reason we could not get one. */
	public CompletableFuture<Welcome> handshake() {
		return handshake;
	}

	/** The server as its certificate says; set once TLS is up. */
	public PeerIdentity server() {
		return server;
	}

	/** Registers a request before it is written, so that even an instant response finds its future. */
	public CompletableFuture<Response> expectResponse(Request request) {
		CompletableFuture<Response> response = new CompletableFuture<>();
		if (pending.putIfAbsent(request.id(), response) != null) {
			throw new IllegalStateException("request id " + request.id() + " is already waiting for a response");
		}
		return response;
	}

	public void forget(long requestId, Throwable why) {
		CompletableFuture<Response> response = pending.remove(requestId);
		if (response != null) {
			response.completeExceptionally(why);
		}
	}

	@Override
	public void event(IoSession session, FilterEvent event) {
		if (event == SslEvent.SECURED) {
			try {
				server = PeerIdentity.of((SSLSession) session.getAttribute(SslFilter.SSL_SECURED));
				session.setAttribute(Sessions.PEER, server);
			} catch (ProtocolException e) {
				fail(session, e.getMessage());
				return;
			}
			String refusal = serverCheck.apply(TlsFilters.peerCertificate(session));
			if (refusal != null) {
				fail(session, refusal);
				return;
			}
			if (expectedServer != null && !expectedServer.equals(server)) {
				// Any agent of the pool has a valid certificate; this stops one from standing in for another.
				fail(session, "expected " + expectedServer.kind().externalName() + " '" + expectedServer.name()
						+ "' but the certificate says " + server.kind().externalName() + " '" + server.name() + "'");
				return;
			}
			session.write(hello);
		}
	}

	@Override
	public void messageReceived(IoSession session, Object received) {
		if (Sessions.isClosing(session)) {
			return;
		}
		Message message = (Message) received;
		if (!handshake.isDone()) {
			switch (message) {
			case Welcome welcome -> welcome(session, welcome);
			case Refused refused -> {
				String reason = LogText.of(refused.reason(), LogText.DETAIL);
				handshake.completeExceptionally(new ProtocolException("refused by the server: " + reason));
				Sessions.close(session, "refused by the server: " + reason, CLOSES);
			}
			default -> fail(session, "expected Welcome first, got " + message.getClass().getSimpleName());
			}
			return;
		}
		switch (message) {
		case Response response -> {
			CompletableFuture<Response> waiting = pending.remove(response.id());
			if (waiting == null) {
				// Typically the answer to a request the caller gave up on; harmless.
				LOG.debug("Response {} matches no waiting request", response.id());
			} else {
				waiting.complete(response);
			}
		}
		case Event event -> pushedMessages.accept(event);
		case Heartbeat heartbeat -> pushedMessages.accept(heartbeat);
		case InventoryReport report -> pushedMessages.accept(report);
		case MetricsReport report -> pushedMessages.accept(report);
		case Refused refused -> Sessions.close(session, "refused by the server: " + LogText.of(refused.reason(), LogText.DETAIL), CLOSES);
		case Hello other -> fail(session, "unexpected Hello from the server");
		case Welcome other -> fail(session, "a second Welcome");
		case Request request -> fail(session, "unexpected Request " + request.id() + ": this end answers nothing");
		}
	}

	private void welcome(IoSession session, Welcome welcome) {
		if (!hello.protocolVersions().contains(welcome.chosenVersion())) {
			fail(session, "server chose version " + welcome.chosenVersion() + ", which we never offered");
		} else if (server != null && !server.name().equals(welcome.name())) {
			fail(session, "Welcome says '" + LogText.of(welcome.name(), LogText.NAME) + "' but the certificate says '" + server.name() + "'");
		} else {
			handshake.complete(welcome);
		}
	}

	private void fail(IoSession session, String reason) {
		handshake.completeExceptionally(new ProtocolException(reason));
		Sessions.refuseAndClose(session, reason, CLOSES);
	}

	@Override
	public void exceptionCaught(IoSession session, Throwable cause) {
		if (Sessions.isWriteToClosedSession(cause)) {
			session.closeNow(); // closing already: the peer went away while we wrote to it
			return;
		}
		if (Sessions.isOutgoingEncodingFailure(cause)) {
			// The failed write's future carries it to the caller (see ProtocolClient.request).
			LOG.warn("Could not send a message on {}: {}", Sessions.describe(session), cause.getMessage());
			return;
		}
		closeCause = cause;
		var protocolError = Sessions.protocolError(cause);
		if (protocolError.isPresent()) {
			fail(session, protocolError.get().getMessage());
		} else {
			if (!Sessions.isTransportFailure(cause)) {
				LOG.error("Internal error on {}; closing it", Sessions.describe(session), cause);
			}
			Sessions.close(session, cause.toString(), CLOSES);
		}
	}

	@Override
	public void sessionClosed(IoSession session) {
		Object reason = session.getAttribute(Sessions.CLOSING_REASON);
		String why = "connection closed" + (reason != null ? ": " + reason : closeCause != null ? ": " + closeCause : "");
		// TLS and network failures stay IOExceptions, so callers can tell "cannot reach or trust" from "refused";
		// a server that hangs up before TLS is up (full, or not a pool agent) is one of those too.
		boolean transport = closeCause != null ? Sessions.isTransportFailure(closeCause) : !TlsFilters.isSecured(session);
		if (closeCause == null && reason == null && !TlsFilters.isSecured(session)) {
			why = "connection closed by the server before TLS was established";
		}
		Throwable failure = transport ? new IOException(why, closeCause) : new ProtocolException(why, closeCause);
		handshake.completeExceptionally(failure);
		for (Long id : List.copyOf(pending.keySet())) {
			forget(id, failure);
		}
	}
}
