package org.flotilla.protocol;

import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;

import javax.net.ssl.SSLContext;

import org.apache.mina.core.filterchain.IoFilterChain;
import org.apache.mina.core.future.ConnectFuture;
import org.apache.mina.core.session.IdleStatus;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.filter.codec.ProtocolCodecFilter;
import org.apache.mina.transport.socket.nio.NioSocketConnector;
import org.flotilla.protocol.internal.ClientSessionHandler;
import org.flotilla.protocol.internal.FrameCodecFactory;
import org.flotilla.protocol.internal.SessionDispatcher;
import org.flotilla.protocol.internal.TlsFilters;

/**
 * The I/O machinery of the dialling end: one NIO connector (a selector and a few I/O threads) that
 * any number of {@link ProtocolClient}s share. A console with 10,000 agents needs this: a connector
 * per connection would be 10,000 selectors and 20,000 threads. Each connection still gets its own
 * TLS identity, frame limit and protocol handler; they travel with the session (see
 * {@link #connect}), not with the connector.
 * <p>
 * Closing the connector closes every connection made through it.
 */
public final class ProtocolConnector implements AutoCloseable {

	private static final String SETTINGS = ProtocolConnector.class.getName() + ".settings";

	/** What one connection needs to build its filter chain and handle its events. */
	private record SessionSettings(SSLContext tls, int maximumFrameBytes, ClientSessionHandler handler) {
	}

	private final NioSocketConnector connector;

	/** @param ioThreads how many threads do the connections' TLS and framing work; about one per core */
	public ProtocolConnector(int ioThreads) {
		connector = new NioSocketConnector(Math.max(1, ioThreads));
		// Connect timeouts are the clients' (each waits for its own future); this bounds a lost SYN, and how long
		// a request a client gave up on stays pending (closing the connector waits for those).
		connector.setConnectTimeoutMillis(10_000);
		// The chain is built per session from the settings its initializer attached, before any event.
		connector.setFilterChainBuilder(ProtocolConnector::buildChain);
		connector.setHandler(new SessionDispatcher(session -> settings(session).handler()));
	}

	/** A connector with one I/O thread per available core, at most four. */
	public static ProtocolConnector sharedByManyClients() {
		return new ProtocolConnector(Math.min(4, Runtime.getRuntime().availableProcessors()));
	}

	private static SessionSettings settings(IoSession session) {
		return (SessionSettings) session.getAttribute(SETTINGS);
	}

	private static void buildChain(IoFilterChain chain) {
		SessionSettings settings = settings(chain.getSession());
		chain.addLast("tls", TlsFilters.client(settings.tls()));
		chain.addLast("frames", new ProtocolCodecFilter(new FrameCodecFactory(settings.maximumFrameBytes())));
	}

	/**
	 * Opens a TCP connection whose session will run TLS with {@code tls}, frames of at most
	 * {@code maximumFrameBytes} and {@code handler}. Completes with the session once TCP is up (TLS
	 * and the handshake follow on the session); never blocks the caller, so that thousands of
	 * virtual threads may connect at once without pinning their carriers on MINA's monitors.
	 */
	CompletableFuture<IoSession> connect(InetSocketAddress server, SSLContext tls, int maximumFrameBytes,
			ClientSessionHandler handler) {
		CompletableFuture<IoSession> connected = new CompletableFuture<>();
		ConnectFuture connecting;
		try {
			connecting = connector.connect(server, (session, future) -> {
				session.setAttribute(SETTINGS, new SessionSettings(tls, maximumFrameBytes, handler));
				if (handler.keepAlive() != null) {
					// Per session: clients sharing this connector may keep alive differently, or not at all.
					session.getConfig().setIdleTime(IdleStatus.READER_IDLE, (int) handler.keepAlive().pingAfter().toSeconds());
				}
			});
		} catch (IllegalStateException e) {
			// MINA's answer once dispose() has begun: a closed connector is an I/O failure to the caller.
			return CompletableFuture.failedFuture(new java.io.IOException("the connector is closed", e));
		}
		connecting.addListener(done -> {
			ConnectFuture result = (ConnectFuture) done;
			if (result.isConnected()) {
				if (!connected.complete(result.getSession())) {
					result.getSession().closeNow(); // the caller gave up meanwhile: nobody owns this session
				}
			} else if (result.getException() != null) {
				connected.completeExceptionally(result.getException());
			} else {
				connected.cancel(false);
			}
		});
		// Giving up on the future (a timeout) does not cancel MINA's connection request: a cancel that races
		// with the connection completing is counted twice by MINA 2.2's connector, whose loop then never
		// ends, so disposing it spins for ever. The request ends by itself (connected, refused, or MINA's own
		// timeout), and a session that arrives after the caller gave up is closed at once (above).
		return connected;
	}

	/** Connections made through this connector that are open now. */
	public int openConnections() {
		return connector.getManagedSessionCount();
	}

	public boolean isClosed() {
		return connector.isDisposing();
	}

	/** Closes every connection and waits for the I/O threads to end. */
	@Override
	public void close() {
		connector.getManagedSessions().values().forEach(IoSession::closeNow);
		connector.dispose(true);
	}
}
