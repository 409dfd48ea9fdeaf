package org.flotilla.protocol;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;

import org.apache.mina.core.future.WriteFuture;
import org.apache.mina.core.session.IoSession;
import org.flotilla.protocol.Message.Hello;
import org.flotilla.protocol.Message.Request;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.Message.Welcome;
import org.flotilla.protocol.internal.ClientSessionHandler;

/**
 * The dialling end of one connection (the console, in Flotilla). {@link Builder#connect()} returns
 * once TLS is up and the server has welcomed us; then {@link #request} sends requests whose
 * responses arrive as futures, matched by correlation id. One client is one connection; reconnecting
 * (with backoff) is the caller's business. Clients that say {@link Builder#via via} share that
 * {@link ProtocolConnector}'s I/O threads; others get a connector of their own, closed with them.
 */
public final class ProtocolClient implements AutoCloseable {

	/** The connector this client made for itself, closed with it; null when it shares one. */
	private final ProtocolConnector ownConnector;
	private final IoSession session;
	private final ClientSessionHandler handler;
	private final Welcome welcome;
	private final Duration requestTimeout;
	private final CompletableFuture<Void> closed = new CompletableFuture<>();
	private final AtomicLong nextRequestId = new AtomicLong(1);
	private final int maximumRequestsInFlight;
	/** Requests waiting for a place on the wire, oldest first; also the lock of {@link #requestsOnTheWire}. */
	private final java.util.ArrayDeque<Outgoing> window = new java.util.ArrayDeque<>();
	private int requestsOnTheWire;

	private ProtocolClient(ProtocolConnector ownConnector, IoSession session, ClientSessionHandler handler, Welcome welcome,
			Duration requestTimeout, int maximumRequestsInFlight) {
		this.maximumRequestsInFlight = maximumRequestsInFlight;
		this.ownConnector = ownConnector;
		this.session = session;
		this.handler = handler;
		this.welcome = welcome;
		this.requestTimeout = requestTimeout;
		session.getCloseFuture().addListener(future -> closed.complete(null));
	}

	/**
	 * Sends a heartbeat every {@code every} while {@code wanted} says so, until the connection closes, unless something
	 * else was written in the last half period. One sweep every {@value #HEARTBEAT_SWEEP_MILLIS} ms serves every
	 * client of the JVM: a console with 10,000 links would otherwise wake a thread 5,000 times a second.
	 */
	private void sendHeartbeats(Duration every, java.util.function.BooleanSupplier wanted) {
		Heartbeats beats = new Heartbeats(this, every.toMillis(), wanted);
		BEATING.add(beats);
		closed.whenComplete((done, failure) -> BEATING.remove(beats));
		HEARTBEAT_SWEEPER.get(); // started with the first client that beats
	}

	/** A client's heartbeat schedule; the sweep sends its beats. */
	private record Heartbeats(ProtocolClient client, long periodMillis, java.util.function.BooleanSupplier wanted,
			java.util.concurrent.atomic.AtomicLong last) {
		Heartbeats(ProtocolClient client, long periodMillis, java.util.function.BooleanSupplier wanted) {
			this(client, periodMillis, wanted, new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis()));
		}

		void beatIfDue(long now) {
			if (now - last.get() < periodMillis) {
				return;
			}
			last.set(now);
			IoSession session = client.session;
			if (now - session.getLastWriteTime() >= periodMillis / 2 && wanted.getAsBoolean() && client.isConnected()) {
				session.write(client.handler.nextHeartbeat());
			}
		}
	}

	static final long HEARTBEAT_SWEEP_MILLIS = 100;
	/** The clients that send heartbeats, whose connection is open. */
	private static final java.util.Set<Heartbeats> BEATING = java.util.concurrent.ConcurrentHashMap.newKeySet();
	/** One daemon timer for every client's heartbeats, started on first use (it never keeps a JVM alive). */
	private static final java.util.function.Supplier<java.util.concurrent.ScheduledExecutorService> HEARTBEAT_SWEEPER =
			new java.util.function.Supplier<>() {
				private volatile java.util.concurrent.ScheduledExecutorService timer;

				@Override
				public synchronized java.util.concurrent.ScheduledExecutorService get() {
					if (timer == null) {
						timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
							Thread thread = new Thread(runnable, "flotilla-heartbeats");
							thread.setDaemon(true);
							return thread;
						});
						timer.scheduleWithFixedDelay(() -> {
							long now = System.currentTimeMillis();
							for (Heartbeats beats : BEATING) {
								try {
									beats.beatIfDue(now);
								} catch (RuntimeException e) {
									// one client's trouble (closing meanwhile) must not stop everyone's heartbeats
								}
							}
						}, HEARTBEAT_SWEEP_MILLIS, HEARTBEAT_SWEEP_MILLIS, TimeUnit.MILLISECONDS);
					}
					return timer;
				}
			};

	/** A client that will present the identity in {@code tls} (see {@link PoolCertificateAuthority#sslContext}). */
	public static Builder builder(InetSocketAddress server, SSLContext tls, PeerKind kind, String name) {
		return new Builder(server, tls, kind, name);
	}

	/** The protocol version both ends agreed on. */
	public int protocolVersion() {
		return welcome.chosenVersion();
	}

	/** The server as its certificate says. */
	public PeerIdentity server() {
		return handler.server();
	}

	/** The certificate chain the server presented, its own first (empty before TLS is up). */
	public java.security.cert.X509Certificate[] serverCertificates() {
		return org.flotilla.protocol.internal.TlsFilters.peerCertificates(session);
	}

	public boolean isConnected() {
		return session.isConnected() && !session.isClosing();
	}

	/**
	 * Completes when the connection has closed, for whatever reason. Waiting on it parks a virtual
	 * thread without holding its carrier (unlike MINA's own futures, which wait on a monitor).
	 */
	public CompletableFuture<Void> closed() {
		return closed.copy();
	}

	/**
	 * Sends a request; the future completes with its response, or fails with a
	 * {@link ProtocolException} when the connection closes first, or a {@link TimeoutException}
	 * after the request timeout (counted from this call). At most
	 * {@link Builder#maximumRequestsInFlight} requests are on the wire unanswered; later ones wait
	 * here, in order, for an answer to make room (a server suspends a connection that asks faster
	 * than it answers, and MINA's TLS filter closes one that queues more than 64 messages).
	 */
	public CompletableFuture<Response> request(String operation, long stateVersion, Map<String, String> arguments) {
		Request request = new Request(nextRequestId.getAndIncrement(), operation, stateVersion, arguments);
		CompletableFuture<Response> response = handler.expectResponse(request);
		Outgoing outgoing = new Outgoing(request);
		boolean now;
		synchronized (window) {
			now = requestsOnTheWire < maximumRequestsInFlight;
			if (now) {
				requestsOnTheWire++;
				outgoing.sent = true;
			} else {
				window.addLast(outgoing);
			}
		}
		response.orTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((answer, failure) -> {
			if (failure != null) {
				handler.forget(request.id(), failure);
			}
			Outgoing next = null;
			synchronized (window) {
				if (!outgoing.sent) {
					window.remove(outgoing); // gave up before it was sent: it held no place on the wire
					return;
				}
				next = window.pollFirst();
				if (next == null) {
					requestsOnTheWire--;
				} else {
					next.sent = true;
				}
			}
			if (next != null) {
				write(next.request);
			}
		});
		if (now) {
			write(request);
		}
		return response;
	}

	/** A request and whether it has been written yet; guarded by {@link #window}. */
	private static final class Outgoing {
		final Request request;
		boolean sent;

		Outgoing(Request request) {
			this.request = request;
		}
	}

	private void write(Request request) {
		session.write(request).addListener(written -> {
			// A write fails at once on a closed session or when the request is larger than the maximum
			// frame: fail the request with the reason, do not wait for the timeout.
			WriteFuture write = (WriteFuture) written;
			if (!write.isWritten()) {
				Throwable failure = write.getException();
				String reason = failure == null ? "connection closed"
						: failure.getCause() instanceof ProtocolException tooLarge ? tooLarge.getMessage() : failure.toString();
				handler.forget(request.id(), new ProtocolException("cannot send request " + request.id() + ": " + reason,
						failure));
			}
		});
	}

	/** Sends a message that expects no answer (events, reports, heartbeats). */
	public void send(Message message) {
		if (message instanceof Request) {
			throw new IllegalArgumentException("use request(...) for requests, so that the response is awaited");
		}
		session.write(message);
	}

	/**
	 * Starts closing the connection and returns at once; the future completes when it is closed
	 * (and, for a client with its own connector, when that connector's I/O thread has ended). For
	 * threads that must not wait, such as a UI thread.
	 */
	public CompletableFuture<Void> closeAsync() {
		session.closeNow();
		if (ownConnector == null) {
			return closed();
		}
		return closed.thenRunAsync(ownConnector::close, runnable -> Thread.ofVirtual().start(runnable));
	}

	/**
	 * Closes the connection (waiting up to 5 s for it to be closed) and, when this client has its
	 * own connector, its I/O thread; do not call it from a pushedMessages callback.
	 */
	@Override
	public void close() {
		session.closeNow();
		try {
			closed.get(5, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException | TimeoutException e) {
			// closing anyway; the connector's disposal below ends what is left
		}
		if (ownConnector != null) {
			ownConnector.close();
		}
	}

	public static final class Builder {
		private final InetSocketAddress server;
		private final SSLContext tls;
		private final PeerKind kind;
		private final String name;
		private List<Integer> versions = ProtocolVersions.SUPPORTED;
		private int maximumFrameBytes = ProtocolServer.DEFAULT_MAXIMUM_FRAME_BYTES;
		private Consumer<Message> pushedMessages = message -> {
		};
		private Duration connectTimeout = Duration.ofSeconds(10);
		private Duration requestTimeout = Duration.ofSeconds(30);
		private PeerIdentity expectedServer;
		private java.util.function.Function<java.security.cert.X509Certificate, String> serverCheck = certificate -> null;
		private ProtocolConnector connector;
		private ClientSessionHandler.KeepAlive keepAlive;
		private Duration heartbeatEvery;
		private java.util.function.BooleanSupplier heartbeatWanted;
		private int maximumRequestsInFlight = 8;

		private Builder(InetSocketAddress server, SSLContext tls, PeerKind kind, String name) {
			this.server = Objects.requireNonNull(server, "server");
			this.tls = Objects.requireNonNull(tls, "tls");
			this.kind = Objects.requireNonNull(kind, "kind");
			this.name = Objects.requireNonNull(name, "name");
		}

		/** Versions offered in the Hello; default {@link ProtocolVersions#SUPPORTED}. */
		public Builder versions(List<Integer> versions) {
			this.versions = List.copyOf(versions);
			return this;
		}

		public Builder maximumFrameBytes(int maximumFrameBytes) {
			this.maximumFrameBytes = maximumFrameBytes;
			return this;
		}

		/** Receives events, reports and heartbeats from the server, on an I/O thread: do not block. */
		public Builder pushedMessages(Consumer<Message> pushedMessages) {
			this.pushedMessages = Objects.requireNonNull(pushedMessages);
			return this;
		}

		/** How long connecting, TLS and the handshake may take together. Default 10 s. */
		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = Objects.requireNonNull(connectTimeout);
			return this;
		}

		/**
		 * Accept only the agent of this node: its certificate must name it. Without this any agent of
		 * the pool is accepted, so a console should always say which node it means to reach.
		 */
		/**
		 * After TLS accepted the server's certificate (the pool's CA, valid now), {@code check} may still refuse it: it
		 * returns the reason (the connection then fails with it), or null. For a certificate the pool revoked.
		 */
		public Builder certificateCheck(java.util.function.Function<java.security.cert.X509Certificate, String> check) {
			this.serverCheck = java.util.Objects.requireNonNull(check);
			return this;
		}

		public Builder expectAgent(String nodeName) {
			this.expectedServer = PeerIdentity.agent(nodeName);
			return this;
		}

		/**
		 * Share {@code connector}'s I/O threads with its other clients (closing the client leaves the
		 * connector open). Without this the client makes a connector of its own.
		 */
		public Builder via(ProtocolConnector connector) {
			this.connector = Objects.requireNonNull(connector);
			return this;
		}

		/**
		 * Notice a server that went away without closing (power loss, a dropped flow): after
		 * {@code pingAfter} (whole seconds, at least 1) without hearing from it, send it a heartbeat,
		 * which it answers, and again each {@code pingAfter}; after {@code pings} unanswered, close
		 * the connection (so {@link #closed()} completes and the caller can redial). Without this a
		 * silent server is waited for for ever.
		 */
		public Builder keepAlive(Duration pingAfter, int pings) {
			this.keepAlive = new ClientSessionHandler.KeepAlive(pingAfter, pings);
			return this;
		}

		/**
		 * Tell the server we are here: send it a heartbeat every {@code every} (at least 100 ms), whatever else is sent
		 * or heard, for as long as the connection is open. An agent counts a console as present only while it hears
		 * from it (an open connection proves nothing in a partition), and stops its isolated services when none is.
		 * Without this the client sends only what the caller sends (and the keep-alive's pings).
		 */
		public Builder heartbeatEvery(Duration every) {
			return heartbeatEvery(every, () -> true);
		}

		/**
		 * As {@link #heartbeatEvery(Duration)}, but only while {@code wanted} says so (asked at every period): a
		 * console need not tell an agent that runs nothing that it is there.
		 */
		public Builder heartbeatEvery(Duration every, java.util.function.BooleanSupplier wanted) {
			if (every.toMillis() < 100) {
				throw new IllegalArgumentException("a heartbeat at most every 100 ms: " + every);
			}
			this.heartbeatEvery = every;
			this.heartbeatWanted = Objects.requireNonNull(wanted);
			return this;
		}

		/** Requests on the wire unanswered at once (1 to 32); later ones wait their turn. Default 8. */
		public Builder maximumRequestsInFlight(int maximumRequestsInFlight) {
			if (maximumRequestsInFlight < 1 || maximumRequestsInFlight > 32) {
				throw new IllegalArgumentException("1 to 32 requests in flight: " + maximumRequestsInFlight);
			}
			this.maximumRequestsInFlight = maximumRequestsInFlight;
			return this;
		}

		/** How long a request waits for its response. Default 30 s. */
		public Builder requestTimeout(Duration requestTimeout) {
			this.requestTimeout = Objects.requireNonNull(requestTimeout);
			return this;
		}

		/**
		 * Connects, establishes TLS and does the handshake.
		 *
		 * @throws IOException       the server cannot be reached or TLS failed (e.g. certificates from another pool)
		 * @throws ProtocolException the server refused us (the message says why) or broke the protocol
		 */
		public ProtocolClient connect() throws IOException, ProtocolException {
			ClientSessionHandler handler = new ClientSessionHandler(new Hello(versions, kind, name), expectedServer, keepAlive,
					pushedMessages, serverCheck);
			ProtocolConnector own = connector == null ? new ProtocolConnector(1) : null;
			ProtocolConnector through = connector != null ? connector : own;
			long deadline = System.nanoTime() + connectTimeout.toNanos();
			CompletableFuture<IoSession> connecting = through.connect(server, tls, maximumFrameBytes, handler);
			IoSession session = null;
			try {
				session = connecting.get(connectTimeout.toNanos(), TimeUnit.NANOSECONDS);
				Welcome welcome = handler.handshake().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				ProtocolClient client = new ProtocolClient(own, session, handler, welcome, requestTimeout,
						maximumRequestsInFlight);
				if (heartbeatEvery != null) {
					client.sendHeartbeats(heartbeatEvery, heartbeatWanted);
				}
				return client;
			} catch (ExecutionException e) {
				giveUp(own, session, connecting);
				if (e.getCause() instanceof ProtocolException refused) {
					throw refused;
				}
				if (e.getCause() instanceof IOException transportFailure) {
					throw session == null
							? new IOException("cannot connect to " + server + ": " + transportFailure.getMessage(), transportFailure)
							: transportFailure;
				}
				throw new IOException(session == null ? "cannot connect to " + server + ": " + e.getCause()
						: "handshake with " + server + " failed: " + e.getCause(), e.getCause());
			} catch (TimeoutException e) {
				giveUp(own, session, connecting);
				throw new IOException((session == null ? "no connection to " : "no handshake with ") + server + " within "
						+ connectTimeout);
			} catch (InterruptedException e) {
				giveUp(own, session, connecting);
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while connecting to " + server, e);
			} catch (RuntimeException e) {
				giveUp(own, session, connecting);
				throw e;
			}
		}

		private static void giveUp(ProtocolConnector own, IoSession session, CompletableFuture<IoSession> connecting) {
			connecting.cancel(false);
			if (session != null) {
				// Until it is closed the attempt still holds a socket: callers that bound how many attempts run
				// at once (the console's connection service) count it until then. Waited for through a
				// CompletableFuture, which parks a virtual thread without pinning it (MINA's futures do not).
				CompletableFuture<Void> closed = new CompletableFuture<>();
				session.getCloseFuture().addListener(future -> closed.complete(null));
				session.closeNow();
				try {
					closed.get(2, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				} catch (ExecutionException | TimeoutException e) {
					// closing anyway
				}
			}
			if (own != null) {
				own.close();
			}
		}
	}
}
