package org.flotilla.protocol.internal;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import org.apache.mina.core.future.WriteFuture;
import org.apache.mina.core.service.IoHandlerAdapter;
import org.apache.mina.core.session.IdleStatus;
import org.apache.mina.core.session.IoSession;
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
 */
public final class ServerSessionHandler extends IoHandlerAdapter {


	/** Finds out who is at the other end of a session, e.g. from its TLS certificate. */
	@FunctionalInterface
	public interface PeerAuthenticator {
		PeerIdentity identify(IoSession session) throws ProtocolException;
	}

	private final String serverName;
	private final List<Integer> supportedVersions;
	private final Set<PeerKind> acceptedKinds;
	private final PeerAuthenticator authenticator;
	private final RequestHandler requestHandler;
	private final BiConsumer<PeerIdentity, Message> pushedMessages;
	private final Executor requestExecutor;
	private final Logger log;

	private final AtomicLong protocolErrors = new AtomicLong();
	private final AtomicLong transportErrors = new AtomicLong();
	private final AtomicLong internalErrors = new AtomicLong();

	public ServerSessionHandler(String serverName, List<Integer> supportedVersions, Set<PeerKind> acceptedKinds,
			PeerAuthenticator authenticator, RequestHandler requestHandler, BiConsumer<PeerIdentity, Message> pushedMessages,
			Executor requestExecutor) {
		this(serverName, supportedVersions, acceptedKinds, authenticator, requestHandler, pushedMessages, requestExecutor,
				LoggerFactory.getLogger(ServerSessionHandler.class));
	}

	/** With its own logger, e.g. a quiet one for a fuzz test that closes 100,000 connections. */
	public ServerSessionHandler(String serverName, List<Integer> supportedVersions, Set<PeerKind> acceptedKinds,
			PeerAuthenticator authenticator, RequestHandler requestHandler, BiConsumer<PeerIdentity, Message> pushedMessages,
			Executor requestExecutor, Logger log) {
		this.log = log;
		this.serverName = serverName;
		this.supportedVersions = List.copyOf(supportedVersions);
		this.acceptedKinds = Set.copyOf(acceptedKinds);
		this.authenticator = authenticator;
		this.requestHandler = requestHandler;
		this.pushedMessages = pushedMessages;
		this.requestExecutor = requestExecutor;
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

	/** The identity of a session that completed the handshake, or null. */
	public static PeerIdentity peerOf(IoSession session) {
		return (PeerIdentity) session.getAttribute(Sessions.PEER);
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
		switch (message) {
		case Request request -> requestExecutor.execute(() -> answer(session, peer, request));
		case Heartbeat heartbeat -> session.write(new Heartbeat(heartbeat.sequence(), System.currentTimeMillis()));
		case Event event -> pushedMessages.accept(peer, event);
		case InventoryReport report -> pushedMessages.accept(peer, report);
		case MetricsReport report -> pushedMessages.accept(peer, report);
		case Refused refused -> Sessions.close(session, "peer refused us: " + refused.reason(), log);
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
			certified = authenticator.identify(session);
		} catch (ProtocolException e) {
			refuse(session, e.getMessage());
			return;
		}
		if (certified.kind() != hello.kind() || !certified.name().equals(hello.name())) {
			refuse(session, "Hello says " + hello.kind().externalName() + " '" + hello.name() + "' but the certificate says "
					+ certified.kind().externalName() + " '" + certified.name() + "'");
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
		session.setAttribute(Sessions.PEER, certified);
		log.debug("Handshake done on {}: version {}", Sessions.describe(session), version.getAsInt());
		session.write(new Welcome(version.getAsInt(), serverName));
	}

	private void answer(IoSession session, PeerIdentity peer, Request request) {
		Response response;
		try {
			response = requestHandler.handle(peer, request);
			if (response == null || response.id() != request.id()) {
				throw new IllegalStateException("request handler answered " + response + " to request " + request.id());
			}
		} catch (Exception e) {
			// The handler failed; the peer did nothing wrong, so the connection stays.
			log.warn("Request {} '{}' from {} failed", request.id(), request.operation(), Sessions.describe(session), e);
			response = new Response(request.id(), Response.Status.FAILED, String.valueOf(e.getMessage()), Map.of());
		}
		if (!Sessions.isClosing(session)) {
			long id = request.id();
			session.write(response).addListener(written -> {
				// Typically a response larger than the maximum frame: say so instead of leaving the console waiting.
				Throwable failure = ((WriteFuture) written).getException();
				if (failure != null && Sessions.isOutgoingEncodingFailure(failure) && !Sessions.isClosing(session)) {
					session.write(Response.failed(id, Response.Status.FAILED, "response not sent: "
							+ Sessions.protocolError(failure).map(Throwable::getMessage).orElse(failure.toString())));
				}
			});
		}
	}

	private void refuse(IoSession session, String reason) {
		protocolErrors.incrementAndGet();
		Sessions.refuseAndClose(session, reason, log);
	}

	@Override
	public void exceptionCaught(IoSession session, Throwable cause) {
		if (Sessions.isOutgoingEncodingFailure(cause)) {
			log.warn("Could not send a message on {}: {}", Sessions.describe(session), cause.getMessage());
			return;
		}
		var protocolError = Sessions.protocolError(cause);
		if (protocolError.isPresent()) {
			refuse(session, protocolError.get().getMessage());
		} else if (Sessions.isTransportFailure(cause)) {
			transportErrors.incrementAndGet();
			Sessions.close(session, cause.toString(), log);
		} else {
			internalErrors.incrementAndGet();
			log.error("Internal error on {}; closing it", Sessions.describe(session), cause);
			Sessions.close(session, "internal error " + cause, log);
		}
	}

	@Override
	public void sessionIdle(IoSession session, IdleStatus status) {
		if (peerOf(session) == null) {
			refuse(session, "no Hello within " + session.getConfig().getReaderIdleTime() + " s");
		}
	}
}
