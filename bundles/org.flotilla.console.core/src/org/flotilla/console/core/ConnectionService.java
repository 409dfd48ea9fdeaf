package org.flotilla.console.core;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;

import javax.net.ssl.SSLContext;

import org.flotilla.protocol.Message;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.ProtocolConnector;
import org.flotilla.protocol.ProtocolException;

/**
 * Keeps one TLS connection to the agent of every node it is given, and hands what the agents push
 * to {@link LiveUpdates} (which brings it to the model in batches). A lost or refused connection is
 * retried with exponential back-off (1 s doubling to 30 s); whether a node is unreachable is
 * decided from its heartbeats going silent ({@link LiveUpdates#markSilentNodes}), not from here.
 * Each connection lives on its own virtual thread; all of them share one {@link ProtocolConnector}
 * (a few I/O threads, whatever the pool's size), and at most {@value #CONNECTS_IN_FLIGHT} connect
 * at once, so that a console starting against 10,000 agents brings them up at the pace its CPU can
 * do TLS handshakes instead of timing most of them out. Nothing here touches the model.
 */
public final class ConnectionService implements AutoCloseable {

	/** A node's agent: its name (checked against its certificate) and where it listens. */
	public record Target(String nodeName, InetSocketAddress address) {
	}

	/** How a connection is doing, for status displays and tests. */
	public record Status(State state, String detail, int attempts) {
	}

	public enum State {
		CONNECTING, CONNECTED, RETRYING, STOPPED
	}

	static final Duration FIRST_RETRY = Duration.ofSeconds(1);
	static final Duration LAST_RETRY = Duration.ofSeconds(30);
	/**
	 * Connection attempts (TCP, TLS and the handshake) running at once. The handshakes' CPU work is
	 * what limits how fast a large pool comes up; more attempts at once would only make each one wait
	 * longer on the shared I/O threads, past its timeout.
	 */
	static final int CONNECTS_IN_FLIGHT = 64;
	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private final SSLContext tls;
	private final String consoleName;
	private final LiveUpdates live;
	private final ProtocolConnector connector = ProtocolConnector.sharedByManyClients();
	private final Semaphore connectPermits = new Semaphore(CONNECTS_IN_FLIGHT);
	private final Map<String, Link> links = new ConcurrentHashMap<>();
	private volatile boolean closed;

	/**
	 * @param tls         the console's identity and the pool CA it trusts
	 * @param consoleName the name in the console's certificate
	 */
	public ConnectionService(SSLContext tls, String consoleName, LiveUpdates live) {
		this.tls = tls;
		this.consoleName = consoleName;
		this.live = live;
	}

	/** Connects to every target not connected yet, and drops connections to nodes no longer listed. */
	public synchronized void connect(List<Target> targets) {
		if (closed) {
			throw new IllegalStateException("closed");
		}
		Map<String, Target> wanted = new java.util.HashMap<>();
		targets.forEach(target -> wanted.put(target.nodeName(), target));
		links.entrySet().removeIf(entry -> {
			Target kept = wanted.get(entry.getKey());
			if (kept == null || !kept.equals(entry.getValue().target)) {
				entry.getValue().stop();
				return true;
			}
			return false;
		});
		wanted.values().forEach(target -> links.computeIfAbsent(target.nodeName(), name -> new Link(target)));
	}

	/** The status of every connection, by node name. */
	public Map<String, Status> statuses() {
		Map<String, Status> result = new java.util.TreeMap<>();
		links.forEach((name, link) -> result.put(name, link.status));
		return result;
	}

	/** Asks a node's agent something; fails when it is not connected. */
	public java.util.concurrent.CompletableFuture<Message.Response> request(String nodeName, String operation,
			Map<String, String> arguments) {
		Link link = links.get(nodeName);
		ProtocolClient client = link == null ? null : link.client;
		if (client == null || !client.isConnected()) {
			return java.util.concurrent.CompletableFuture.failedFuture(new IOException(nodeName + " is not connected"));
		}
		return client.request(operation, 0, arguments);
	}

	@Override
	public synchronized void close() {
		closed = true;
		// Every link at once: closing the shared connector closes all connections together, instead
		// of one after the other (which takes seconds with thousands of agents).
		links.values().forEach(link -> link.stopped = true);
		links.values().forEach(link -> link.thread.interrupt());
		connector.close();
		links.clear();
	}

	/**
	 * The agents of a pool: nodes whose address names a port ({@code host:port}), except
	 * decommissioned ones. An address without a port (as in the sample pool) is a description, not an
	 * agent endpoint, so the console never connects to it.
	 */
	public static List<Target> targetsOf(org.flotilla.model.Pool pool) {
		List<Target> targets = new java.util.ArrayList<>();
		for (org.flotilla.model.Node node : pool.getAllNodes()) {
			String address = node.getAddress();
			if (node.getState() == org.flotilla.model.NodeState.DECOMMISSIONED || address == null) {
				continue;
			}
			int colon = address.lastIndexOf(':');
			if (colon > 0 && colon < address.length() - 1 && address.indexOf(':') == colon) {
				try {
					int port = Integer.parseInt(address.substring(colon + 1).trim());
					if (port > 0 && port < 65536) {
						targets.add(new Target(node.getName(),
								InetSocketAddress.createUnresolved(address.substring(0, colon).trim(), port)));
					}
				} catch (NumberFormatException e) {
					// not host:port: no agent endpoint
				}
			}
		}
		return targets;
	}

	/** What a metrics report means for the model: host CPU, memory used/total, disk and network rates. */
	static LiveUpdates.Report toReport(Message.MetricsReport report) {
		Map<String, Double> values = new java.util.HashMap<>();
		for (Message.MetricSample sample : report.samples()) {
			if (sample.subject().isEmpty()) {
				values.put(sample.metric(), sample.value());
			}
		}
		double total = values.getOrDefault("host.memory.total", 0.0);
		double memory = total > 0 ? values.getOrDefault("host.memory.used", 0.0) / total : 0;
		return new LiveUpdates.Report(report.nodeName(), report.timestampMillis(), values.getOrDefault("host.cpu", 0.0), memory,
				values.getOrDefault("host.disk.read", 0.0) + values.getOrDefault("host.disk.write", 0.0),
				values.getOrDefault("host.net.rx", 0.0) + values.getOrDefault("host.net.tx", 0.0),
				values.getOrDefault("host.uptime", 0.0).longValue());
	}

	/** One node's connection and its retry loop. */
	private final class Link {
		final Target target;
		final Thread thread;
		volatile Status status = new Status(State.CONNECTING, "", 0);
		volatile ProtocolClient client;
		volatile boolean stopped;

		Link(Target target) {
			this.target = target;
			this.thread = Thread.ofVirtual().name("flotilla-link-" + target.nodeName()).start(this::run);
		}

		private void run() {
			Duration wait = FIRST_RETRY;
			int attempts = 0;
			while (!stopped) {
				attempts++;
				// Resolved at every attempt: a node's name may move to another address.
				InetSocketAddress address = new InetSocketAddress(target.address().getHostString(), target.address().getPort());
				ProtocolClient connecting;
				try {
					connectPermits.acquire();
				} catch (InterruptedException e) {
					break;
				}
				try {
					connecting = ProtocolClient.builder(address, tls, PeerKind.CONSOLE, consoleName).via(connector)
							.expectAgent(target.nodeName()).connectTimeout(CONNECT_TIMEOUT).pushedMessages(this::pushed).connect();
				} catch (IOException | ProtocolException e) {
					connecting = null;
					status = new Status(State.RETRYING, String.valueOf(e.getMessage()), attempts);
				} finally {
					connectPermits.release();
				}
				if (connecting != null) {
					try (ProtocolClient connected = connecting) {
						client = connected;
						status = new Status(State.CONNECTED, "", attempts);
						// The agent pushes its inventory when it changes; a console that just connected asks once.
						connected.request("report-inventory", 0, Map.of());
						wait = FIRST_RETRY;
						if (stopped) {
							break; // stop() may have run before client was set, and so closed nothing
						}
						connected.closed().get(); // parks this virtual thread until the connection ends
						if (!stopped) {
							status = new Status(State.RETRYING, "connection lost", attempts);
						}
					} catch (InterruptedException e) {
						break;
					} catch (ExecutionException e) {
						status = new Status(State.RETRYING, "connection lost: " + e.getCause(), attempts);
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
				wait = wait.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait.multipliedBy(2);
			}
			status = new Status(State.STOPPED, "", attempts);
		}

		private void pushed(Message message) {
			// The certificate was checked against the node's name: a report naming another node is ignored.
			if (message instanceof Message.MetricsReport report && report.nodeName().equals(target.nodeName())) {
				live.offer(toReport(report));
			} else if (message instanceof Message.InventoryReport report && report.nodeName().equals(target.nodeName())) {
				live.offerInventory(report);
			}
		}

		void stop() {
			stopped = true;
			thread.interrupt();
			ProtocolClient current = client;
			if (current != null) {
				current.close();
			}
		}
	}
}
