package org.flotilla.console.core;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import javax.net.ssl.SSLContext;

import org.flotilla.protocol.Message;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.ProtocolConnector;
import org.flotilla.protocol.ProtocolException;
import org.flotilla.protocol.tasks.TaskOperations;
import org.flotilla.protocol.tasks.TaskStatus;

/**
 * Keeps one TLS connection to the agent of every node it is given, and hands what the agents push
 * to {@link LiveUpdates} (which brings it to the model in batches). A lost or refused connection is
 * retried with exponential back-off (1 s doubling to 30 s); whether a node is unreachable is
 * decided from its reports going silent ({@link LiveUpdates#markSilentNodes}), not from here.
 * A connection whose agent falls silent without closing (power loss, a dropped flow) is pinged,
 * then closed and redialled (see {@link Settings#pingAfter}).
 *
 * <p>Each connection lives on its own virtual thread; all of them share one
 * {@link ProtocolConnector} (a few I/O threads, whatever the pool's size), and at most
 * {@link Settings#connectsInFlight} connect at once, so that a console starting against 10,000
 * agents brings them up at the pace its CPU can do TLS handshakes instead of timing most of them
 * out. {@link #connect} only hands the new list over: opening and closing connections happen on
 * the service's own thread, never on the caller's (a UI thread). Nothing here touches the model.
 */
public final class ConnectionService implements AutoCloseable {

	/** A node's agent: its name (checked against its certificate) and where it listens. */
	public record Target(String nodeName, InetSocketAddress address) {
	}

	/** How a connection is doing, for status displays and tests. */
	public record Status(State state, String detail, int attempts, long lastAttemptMillis) {
	}

	public enum State {
		CONNECTING, CONNECTED, RETRYING, STOPPED
	}

	/**
	 * How connections are made and kept.
	 *
	 * @param firstRetry       the wait after the first failure, doubled after each further one
	 * @param lastRetry        the longest wait between attempts
	 * @param connectsInFlight connection attempts (TCP, TLS and the handshake) running at once. The
	 *                         handshakes' CPU work is what limits how fast a large pool comes up; more
	 *                         attempts at once would only make each wait longer, past its timeout
	 * @param connectTimeout   how long one attempt may take
	 * @param pingAfter        a connection silent this long is pinged (agents report every second or
	 *                         so, so a live one is never pinged), and again after each further period
	 * @param pings            unanswered pings after which the connection is closed and redialled
	 */
	public record Settings(Duration firstRetry, Duration lastRetry, int connectsInFlight, Duration connectTimeout,
			Duration pingAfter, int pings) {

		public static final Settings DEFAULTS = new Settings(Duration.ofSeconds(1), Duration.ofSeconds(30), 64,
				Duration.ofSeconds(5), Duration.ofSeconds(3), 3);

		public Settings withRetries(Duration first, Duration last) {
			return new Settings(first, last, connectsInFlight, connectTimeout, pingAfter, pings);
		}

		public Settings withConnectsInFlight(int connects, Duration timeout) {
			return new Settings(firstRetry, lastRetry, connects, timeout, pingAfter, pings);
		}

		public Settings withKeepAlive(Duration after, int count) {
			return new Settings(firstRetry, lastRetry, connectsInFlight, connectTimeout, after, count);
		}
	}

	/** How long after an agent last showed a task this console stops telling it that it is there. */
	static final long TASKS_FORGOTTEN_MILLIS = 60_000;

	/** How long {@link #close} waits for the links to give up before closing what is left. */
	static final Duration CLOSE_WAIT = Duration.ofSeconds(8);

	private final SSLContext tls;
	private final String consoleName;
	private final LiveUpdates live;
	private final Settings settings;
	private final ProtocolConnector connector = ProtocolConnector.sharedByManyClients();
	private final Semaphore connectPermits;
	private final Map<String, Link> links = new ConcurrentHashMap<>();
	/** Runs {@link #reconcile}: connection changes happen here, not on the caller's thread. */
	private final Executor control;
	private final ExecutorService ownControl;
	private final Object reconcileLock = new Object();
	private volatile List<Target> wanted = List.of();
	private volatile boolean closed;
	/** Refuses an agent whose certificate the pool revoked (the reason), or null; see {@link #setCertificateCheck}. */
	private volatile java.util.function.Function<java.security.cert.X509Certificate, String> certificateCheck = certificate -> null;

	/**
	 * @param tls         the console's identity and the pool CA it trusts
	 * @param consoleName the name in the console's certificate
	 */
	/**
	 * From the next connection attempt on, an agent whose certificate {@code check} refuses (it returns the reason) is
	 * not talked to: its link retries and shows the reason. The pool service passes its revocations.
	 */
	public void setCertificateCheck(java.util.function.Function<java.security.cert.X509Certificate, String> check) {
		this.certificateCheck = java.util.Objects.requireNonNull(check);
	}

	/** Told (on the link's thread) the name of each node whose agent was just connected; see {@link #setConnectedListener}. */
	private volatile java.util.function.Consumer<String> connectedListener = node -> {
	};

	/**
	 * {@code listener} is told the node's name each time its agent is connected (on that link's thread, which may block
	 * briefly): the pool service gives it the pool's revocation list then, and renews its certificate when due.
	 */
	public void setConnectedListener(java.util.function.Consumer<String> listener) {
		this.connectedListener = java.util.Objects.requireNonNull(listener);
	}

	/** The certificate the agent of {@code nodeName} presented on its open connection, or null when not connected. */
	public java.security.cert.X509Certificate agentCertificate(String nodeName) {
		Link link = links.get(nodeName);
		ProtocolClient client = link == null ? null : link.client;
		if (client == null || !client.isConnected()) {
			return null;
		}
		java.security.cert.X509Certificate[] chain = client.serverCertificates();
		return chain.length == 0 ? null : chain[0];
	}

	/** The nodes whose agent is connected now. */
	public List<String> connectedNodes() {
		List<String> connected = new ArrayList<>();
		links.forEach((name, link) -> {
			ProtocolClient client = link.client;
			if (client != null && client.isConnected()) {
				connected.add(name);
			}
		});
		return connected;
	}

	/**
	 * Closes every open connection whose agent's certificate the {@link #setCertificateCheck check} now refuses (it
	 * was revoked): the link retries, and is refused at its next handshake with the reason. Returns how many closed.
	 */
	public int closeRefused() {
		int closedNow = 0;
		for (Link link : links.values()) {
			ProtocolClient client = link.client;
			if (client == null || !client.isConnected()) {
				continue;
			}
			java.security.cert.X509Certificate[] chain = client.serverCertificates();
			if (chain.length > 0 && certificateCheck.apply(chain[0]) != null) {
				client.closeAsync();
				closedNow++;
			}
		}
		return closedNow;
	}

	/**
	 * What the node should show when its agent was refused for its certificate (expired, revoked, not the pool's), or
	 * null for other failures (not listening, a timeout): those the node's silence shows already.
	 */
	static String certificateProblem(Throwable failure, String message) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.security.cert.CertificateException || cause instanceof java.security.cert.CertPathValidatorException) {
				return "cannot connect to the agent: " + message;
			}
		}
		return message != null && message.contains("was revoked") ? "cannot connect to the agent: " + message : null;
	}

	public ConnectionService(SSLContext tls, String consoleName, LiveUpdates live) {
		this(tls, consoleName, live, Settings.DEFAULTS, null);
	}

	/**
	 * @param control where connection changes run; null for a thread of the service's own (tests
	 *                pass one they drive, to see that {@link #connect} itself does nothing but hand over)
	 */
	public ConnectionService(SSLContext tls, String consoleName, LiveUpdates live, Settings settings, Executor control) {
		this.tls = tls;
		this.consoleName = consoleName;
		this.live = live;
		this.settings = settings;
		this.connectPermits = new Semaphore(settings.connectsInFlight());
		this.ownControl = control == null
				? Executors.newSingleThreadExecutor(Thread.ofVirtual().name("flotilla-connections").factory())
				: null;
		this.control = control != null ? control : ownControl;
	}

	/**
	 * Connects to every target not connected yet, and drops connections to nodes no longer listed.
	 * Returns at once: the changes run on the service's own thread, so a UI thread never waits for
	 * thousands of connections to close.
	 */
	public void connect(List<Target> targets) {
		if (closed) {
			throw new IllegalStateException("closed");
		}
		wanted = List.copyOf(targets);
		control.execute(this::reconcile);
	}

	/** Brings the links in line with the latest wanted targets; links that go are stopped without waiting. */
	private void reconcile() {
		synchronized (reconcileLock) {
			if (closed) {
				return;
			}
			Map<String, Target> byName = new HashMap<>();
			wanted.forEach(target -> byName.put(target.nodeName(), target));
			links.entrySet().removeIf(entry -> {
				Target kept = byName.get(entry.getKey());
				if (kept == null || !kept.equals(entry.getValue().target)) {
					entry.getValue().stop();
					return true;
				}
				return false;
			});
			byName.values().forEach(target -> links.computeIfAbsent(target.nodeName(), name -> new Link(target)));
		}
	}

	/** The status of every connection, by node name. */
	public Map<String, Status> statuses() {
		Map<String, Status> result = new TreeMap<>();
		links.forEach((name, link) -> result.put(name, link.status));
		return result;
	}

	/**
	 * Asks a node's agent something; fails when it is not connected. While the link's first connection is still being
	 * made (just after a start, or a node just added), the question waits for it up to {@link #FIRST_CONNECTION_WAIT}
	 * instead: a service that decides at once after starting would otherwise fail its first commands.
	 */
	public CompletableFuture<Message.Response> request(String nodeName, String operation, Map<String, String> arguments) {
		Link link = links.get(nodeName);
		ProtocolClient client = link == null ? null : link.client;
		if (client == null || !client.isConnected()) {
			if (link != null && link.status.state() == State.CONNECTING && link.status.attempts() <= 1) {
				return firstConnection(link, System.nanoTime() + FIRST_CONNECTION_WAIT.toNanos())
						.thenCompose(connected -> connected.request(operation, 0, arguments));
			}
			return CompletableFuture.failedFuture(new IOException(nodeName + " is not connected"));
		}
		return client.request(operation, 0, arguments);
	}

	/** How long a question waits for a link's first connection. */
	public static final java.time.Duration FIRST_CONNECTION_WAIT = java.time.Duration.ofSeconds(10);

	/** The link's client once connected; fails when its first attempt fails or the wait ends. Polled, not blocking a thread. */
	private static CompletableFuture<ProtocolClient> firstConnection(Link link, long deadline) {
		ProtocolClient client = link.client;
		if (client != null && client.isConnected()) {
			return CompletableFuture.completedFuture(client);
		}
		if (link.status.state() != State.CONNECTING || link.status.attempts() > 1 || System.nanoTime() > deadline) {
			return CompletableFuture.failedFuture(new IOException(link.target.nodeName() + " is not connected"));
		}
		return CompletableFuture.supplyAsync(() -> link, CompletableFuture.delayedExecutor(50, java.util.concurrent.TimeUnit.MILLISECONDS))
				.thenCompose(same -> firstConnection(same, deadline));
	}

	/**
	 * Stops every link and closes every connection; returns when they are closed (a few seconds at
	 * most). Each link gives up what it was doing (a connection attempt is cancelled, a wait ends)
	 * and only then is the shared connector closed: MINA's connector, disposed while connection
	 * attempts were still pending, was seen spinning for ever.
	 */
	@Override
	public void close() {
		List<Link> stopping;
		synchronized (reconcileLock) {
			if (closed && links.isEmpty()) {
				return;
			}
			closed = true;
			stopping = List.copyOf(links.values());
			links.clear();
		}
		stopping.forEach(Link::stop);
		long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
		for (Link link : stopping) {
			try {
				link.thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		// Whatever is still open closes with the connector, all at once.
		connector.close();
		if (ownControl != null) {
			ownControl.shutdownNow();
		}
	}

	/** {@link #close} on a thread of its own, for a caller that must not wait (a UI thread). */
	public CompletableFuture<Void> closeAsync() {
		CompletableFuture<Void> done = new CompletableFuture<>();
		Thread.ofVirtual().name("flotilla-connections-close").start(() -> {
			try {
				close();
				done.complete(null);
			} catch (RuntimeException e) {
				done.completeExceptionally(e);
			}
		});
		return done;
	}

	/**
	 * The agents of a pool: nodes whose address names a port ({@code host:port}), except
	 * decommissioned ones. An address without a port (as in the sample pool) is a description, not an
	 * agent endpoint, so the console never connects to it.
	 */
	public static List<Target> targetsOf(org.flotilla.model.Pool pool) {
		List<Target> targets = new ArrayList<>();
		for (org.flotilla.model.Node node : pool.getAllNodes()) {
			InetSocketAddress address = agentEndpoint(node);
			if (address != null) {
				targets.add(new Target(node.getName(), address));
			}
		}
		return targets;
	}

	/**
	 * Where the console reaches a node's agent (unresolved): its address when that names a port
	 * ({@code host:port}) and the node is not decommissioned; null otherwise (an address without a port is a
	 * description, as in the sample pool: no agent the console talks to).
	 */
	public static InetSocketAddress agentEndpoint(org.flotilla.model.Node node) {
		String address = node.getAddress();
		if (node.getState() == org.flotilla.model.NodeState.DECOMMISSIONED || address == null) {
			return null;
		}
		int colon = address.lastIndexOf(':');
		if (colon > 0 && colon < address.length() - 1 && address.indexOf(':') == colon) {
			try {
				int port = Integer.parseInt(address.substring(colon + 1).trim());
				if (port > 0 && port < 65536) {
					return InetSocketAddress.createUnresolved(address.substring(0, colon).trim(), port);
				}
			} catch (NumberFormatException e) {
				// not host:port: no agent endpoint
			}
		}
		return null;
	}

	/**
	 * What a metrics report means for the model: host CPU, memory used/total, disk and network
	 * rates, received at {@code receivedAt} on the console's clock.
	 */
	static LiveUpdates.Report toReport(Message.MetricsReport report, long receivedAt) {
		Map<String, Double> values = new HashMap<>();
		for (Message.MetricSample sample : report.samples()) {
			if (sample.subject().isEmpty()) {
				values.put(sample.metric(), sample.value());
			}
		}
		double total = values.getOrDefault("host.memory.total", 0.0);
		double memory = total > 0 ? values.getOrDefault("host.memory.used", 0.0) / total : 0;
		double interval = values.getOrDefault("agent.report.interval", 0.0);
		return new LiveUpdates.Report(report.nodeName(), receivedAt, report.timestampMillis(),
				values.getOrDefault("host.cpu", 0.0), memory,
				values.getOrDefault("host.disk.read", 0.0) + values.getOrDefault("host.disk.write", 0.0),
				values.getOrDefault("host.net.rx", 0.0) + values.getOrDefault("host.net.tx", 0.0),
				values.getOrDefault("host.uptime", 0.0).longValue(),
				Double.isFinite(interval) && interval > 0 ? (long) Math.min(interval, Long.MAX_VALUE) : 0);
	}

	/**
	 * Hands what the agent of {@code nodeName} pushed to the live updates: metrics reports (the node's, and its
	 * tasks' usage: samples whose subject is a task id), inventory reports, problems and task events. The
	 * certificate was checked against the node's name: a report naming another node is ignored.
	 *
	 * @param receivedAt when the console received it, on its own clock
	 */
	public static void deliver(String nodeName, Message message, LiveUpdates live, long receivedAt) {
		if (message instanceof Message.MetricsReport report && report.nodeName().equals(nodeName)) {
			live.offer(toReport(report, receivedAt));
			taskUsages(report, receivedAt).forEach(usage -> live.offerTaskUsage(nodeName, usage));
		} else if (message instanceof Message.InventoryReport report && report.nodeName().equals(nodeName)) {
			live.offerInventory(report);
		} else if (message instanceof Message.Event event && event.kind().equals(Message.Event.PROBLEMS)) {
			live.offerProblems(nodeName, new TreeMap<>(event.attributes()).values().stream().toList());
		} else if (message instanceof Message.Event event && event.kind().equals(TaskStatus.EVENT)) {
			TaskStatus status = TaskStatus.fromEvent(event);
			if (status != null) {
				live.offerTaskStatus(nodeName, status);
			}
		}
	}

	/** The per-task samples of a metrics report ({@code task.cpu}, {@code task.memory} by task id). */
	static List<LiveUpdates.TaskUsage> taskUsages(Message.MetricsReport report, long receivedAt) {
		Map<String, double[]> byTask = null;
		for (Message.MetricSample sample : report.samples()) {
			if (sample.subject().isEmpty()) {
				continue;
			}
			int which = sample.metric().equals(TaskOperations.METRIC_CPU) ? 0
					: sample.metric().equals(TaskOperations.METRIC_MEMORY) ? 1 : -1;
			if (which < 0) {
				continue;
			}
			if (byTask == null) {
				byTask = new java.util.LinkedHashMap<>();
			}
			byTask.computeIfAbsent(sample.subject(), id -> new double[2])[which] = sample.value();
		}
		if (byTask == null) {
			return List.of();
		}
		List<LiveUpdates.TaskUsage> usages = new ArrayList<>(byTask.size());
		byTask.forEach((task, values) -> usages.add(new LiveUpdates.TaskUsage(task, receivedAt, values[0], values[1])));
		return usages;
	}

	/** One node's connection and its retry loop. */
	private final class Link {
		final Target target;
		final Thread thread;
		volatile Status status = new Status(State.CONNECTING, "", 0, 0);
		volatile ProtocolClient client;
		volatile boolean stopped;
		/**
		 * When the agent's reports last named a running task (console clock; 0: never). An agent needs to hear that
		 * this console is there only while it runs tasks (its isolated services would stop otherwise), and for a
		 * minute after (a service waiting out its restart back-off has no usage to report). Heartbeats to 10,000
		 * idle agents would cost the console a third of a core for nothing.
		 */
		volatile long tasksSeenMillis;

		Link(Target target) {
			this.target = target;
			this.thread = Thread.ofVirtual().name("flotilla-link-" + target.nodeName()).start(this::run);
		}

		private void run() {
			Duration wait = settings.firstRetry();
			int attempts = 0;
			while (!stopped) {
				attempts++;
				long attemptAt = System.currentTimeMillis();
				// Resolved at every attempt: a node's name may move to another address.
				InetSocketAddress address = new InetSocketAddress(target.address().getHostString(), target.address().getPort());
				ProtocolClient connecting;
				try {
					connectPermits.acquire();
				} catch (InterruptedException e) {
					break;
				}
				try {
					status = new Status(State.CONNECTING, "", attempts, attemptAt);
					connecting = ProtocolClient.builder(address, tls, PeerKind.CONSOLE, consoleName).via(connector)
							.expectAgent(target.nodeName()).certificateCheck(certificateCheck).connectTimeout(settings.connectTimeout())
							.keepAlive(settings.pingAfter(), settings.pings()).heartbeatEvery(Duration.ofSeconds(2), () -> System.currentTimeMillis() - tasksSeenMillis < TASKS_FORGOTTEN_MILLIS)
							.pushedMessages(this::pushed).connect();
				} catch (IOException | ProtocolException e) {
					connecting = null;
					status = new Status(State.RETRYING, String.valueOf(e.getMessage()), attempts, attemptAt);
					String problem = certificateProblem(e, e.getMessage());
					if (problem != null) {
						live.offerProblems(target.nodeName(), List.of(problem)); // the node says why, until its agent reports
					}
				} finally {
					connectPermits.release();
				}
				if (connecting != null) {
					try (ProtocolClient connected = connecting) {
						client = connected;
						status = new Status(State.CONNECTED, "", attempts, attemptAt);
						// The agent pushes its inventory and problems when they change; a console that just connected asks once.
						connected.request("report-inventory", 0, Map.of());
						// And what runs there: a console that reconnects (or was restarted mid-job) catches up.
						connected.request(TaskOperations.STATUS, 0, Map.of()).thenAccept(response -> {
							if (response.status() == Message.Response.Status.OK) {
								for (TaskStatus status : TaskStatus.fromValues(response.values())) {
									live.offerTaskStatus(target.nodeName(), status);
								}
							}
						});
						wait = settings.firstRetry();
						if (stopped) {
							break; // stop() may have run before client was set
						}
						try {
							connectedListener.accept(target.nodeName());
						} catch (RuntimeException e) {
							java.util.logging.Logger.getLogger(ConnectionService.class.getName()).log(java.util.logging.Level.WARNING,
									"after connecting to " + target.nodeName() + ": " + e.getMessage(), e);
						}
						connected.closed().get(); // parks this virtual thread until the connection ends
						if (!stopped) {
							status = new Status(State.RETRYING, "connection lost", attempts, attemptAt);
						}
					} catch (InterruptedException e) {
						break;
					} catch (ExecutionException e) {
						status = new Status(State.RETRYING, "connection lost: " + e.getCause(), attempts, attemptAt);
					} finally {
						client = null;
					}
				}
				if (stopped) {
					break;
				}
				try {
					Thread.sleep(wait.toMillis());
				} catch (InterruptedException e) {
					break;
				}
				wait = wait.multipliedBy(2).compareTo(settings.lastRetry()) > 0 ? settings.lastRetry() : wait.multipliedBy(2);
			}
			status = new Status(State.STOPPED, "", attempts, status.lastAttemptMillis());
		}

		private void pushed(Message message) {
			if (message instanceof Message.MetricsReport report
					&& report.samples().stream().anyMatch(sample -> !sample.subject().isEmpty())
					|| message instanceof Message.Event event && TaskStatus.EVENT.equals(event.kind())) {
				tasksSeenMillis = System.currentTimeMillis();
			}
			deliver(target.nodeName(), message, live, System.currentTimeMillis());
		}

		/**
		 * Stops the link without waiting: its own thread leaves its wait (or its connection attempt)
		 * and closes the connection on the way out.
		 */
		void stop() {
			stopped = true;
			thread.interrupt();
		}
	}
}
