package org.flotilla.protocol;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

import javax.net.ssl.SSLContext;

import org.apache.mina.core.filterchain.DefaultIoFilterChainBuilder;
import org.apache.mina.core.session.IdleStatus;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.filter.codec.ProtocolCodecFilter;
import org.apache.mina.transport.socket.nio.NioSocketAcceptor;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.internal.FrameCodecFactory;
import org.flotilla.protocol.internal.ServerSessionHandler;
import org.flotilla.protocol.internal.TlsFilters;

/**
 * The accepting end (the agent, in Flotilla): listens for TLS connections from peers whose
 * certificates the pool CA signed, runs the handshake, answers {@link Message.Request}s with a
 * {@link RequestHandler} and can push messages to every connected peer.
 * <p>
 * Filter chain of every connection: {@code tls} (MINA's SslFilter, client certificates required),
 * then {@code frames} (the length-prefixed codec), then the protocol handler.
 */
public final class ProtocolServer implements AutoCloseable {

	public static final int DEFAULT_MAXIMUM_FRAME_BYTES = 1 << 20;

	private final NioSocketAcceptor acceptor;
	private final ServerSessionHandler handler;
	private final ExecutorService requestExecutor;

	private ProtocolServer(Builder settings) throws IOException {
		requestExecutor = Executors.newVirtualThreadPerTaskExecutor();
		handler = new ServerSessionHandler(settings.name, settings.supportedVersions, settings.acceptedKinds,
				TlsFilters::certifiedPeer, settings.requestHandler, settings.pushedMessages, requestExecutor);
		acceptor = new NioSocketAcceptor(settings.ioThreads);
		acceptor.setReuseAddress(true);
		DefaultIoFilterChainBuilder chain = acceptor.getFilterChain();
		chain.addLast("tls", TlsFilters.server(settings.tls));
		chain.addLast("frames", new ProtocolCodecFilter(new FrameCodecFactory(settings.maximumFrameBytes)));
		acceptor.setHandler(handler);
		acceptor.getSessionConfig().setIdleTime(IdleStatus.READER_IDLE,
				(int) Math.max(1, settings.handshakeTimeout.toSeconds()));
		try {
			acceptor.bind(settings.address);
		} catch (IOException e) {
			acceptor.dispose();
			requestExecutor.shutdownNow();
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

	/** Sends {@code message} to every peer that completed the handshake; returns how many those were. */
	public int push(Message message) {
		int sent = 0;
		for (IoSession session : acceptor.getManagedSessions().values()) {
			if (ServerSessionHandler.peerOf(session) != null && !session.isClosing()) {
				session.write(message);
				sent++;
			}
		}
		return sent;
	}

	public Statistics statistics() {
		long ready = acceptor.getManagedSessions().values().stream()
				.filter(session -> ServerSessionHandler.peerOf(session) != null).count();
		return new Statistics(acceptor.getManagedSessionCount(), (int) ready, handler.protocolErrors(),
				handler.transportErrors(), handler.internalErrors());
	}

	/**
	 * @param openConnections    connections open now, whatever their state
	 * @param readyConnections   of those, the ones past the handshake
	 * @param protocolErrors     connections closed since start because the peer broke the protocol
	 * @param transportErrors    connections closed since start by TLS or I/O failures
	 * @param internalErrors     exceptions that were our own fault: should always be 0
	 */
	public record Statistics(int openConnections, int readyConnections, long protocolErrors, long transportErrors,
			long internalErrors) {
	}

	/** Stops listening, closes every connection and waits for the I/O threads to end. */
	@Override
	public void close() {
		acceptor.unbind();
		acceptor.getManagedSessions().values().forEach(IoSession::closeNow);
		acceptor.dispose(true);
		requestExecutor.shutdownNow();
	}

	public static final class Builder {
		private final String name;
		private final SSLContext tls;
		private final RequestHandler requestHandler;
		private InetSocketAddress address = new InetSocketAddress("127.0.0.1", 0);
		private int maximumFrameBytes = DEFAULT_MAXIMUM_FRAME_BYTES;
		private List<Integer> supportedVersions = ProtocolVersions.SUPPORTED;
		private Set<PeerKind> acceptedKinds = EnumSet.of(PeerKind.CONSOLE);
		private BiConsumer<PeerIdentity, Message> pushedMessages = (peer, message) -> {
		};
		private Duration handshakeTimeout = Duration.ofSeconds(30);
		private int ioThreads = 2;

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

		/** Largest frame payload accepted; a peer announcing a longer one is disconnected. Default 1 MiB. */
		public Builder maximumFrameBytes(int maximumFrameBytes) {
			this.maximumFrameBytes = maximumFrameBytes;
			return this;
		}

		/** Versions this server speaks; default {@link ProtocolVersions#SUPPORTED}. */
		public Builder supportedVersions(List<Integer> supportedVersions) {
			this.supportedVersions = List.copyOf(supportedVersions);
			return this;
		}

		/** Which kinds of peer may connect; default consoles only. */
		public Builder acceptedKinds(Set<PeerKind> acceptedKinds) {
			this.acceptedKinds = EnumSet.copyOf(acceptedKinds);
			return this;
		}

		/** Receives events and reports that peers push; called on an I/O thread, so it must not block. */
		public Builder pushedMessages(BiConsumer<PeerIdentity, Message> pushedMessages) {
			this.pushedMessages = Objects.requireNonNull(pushedMessages);
			return this;
		}

		/** A connection without a Hello for this long is closed. Default 30 s. */
		public Builder handshakeTimeout(Duration handshakeTimeout) {
			this.handshakeTimeout = Objects.requireNonNull(handshakeTimeout);
			return this;
		}

		public Builder ioThreads(int ioThreads) {
			this.ioThreads = ioThreads;
			return this;
		}

		/** Binds and starts serving. */
		public ProtocolServer start() throws IOException {
			return new ProtocolServer(this);
		}
	}

	/** A handler that refuses every request; handy for servers that only push. */
	public static RequestHandler refusingEverything() {
		return (peer, request) -> Response.failed(request.id(), Response.Status.REFUSED,
				"no operation '" + request.operation() + "' here");
	}
}
