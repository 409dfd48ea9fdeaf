package org.flotilla.ingest.benchmark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

import javax.net.ssl.SSLContext;

import org.apache.mina.core.filterchain.IoFilterChain;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.filter.codec.ProtocolCodecFilter;
import org.apache.mina.filter.ssl.SslFilter;
import org.apache.mina.transport.socket.nio.NioSocketAcceptor;
import org.flotilla.console.core.LocalPoolAuthority;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolServer;
import org.flotilla.protocol.ProtocolVersions;
import org.flotilla.protocol.RequestHandler;
import org.flotilla.protocol.internal.FrameCodecFactory;
import org.flotilla.protocol.internal.ServerSessionHandler;
import org.flotilla.protocol.internal.SessionDispatcher;
import org.flotilla.protocol.internal.TlsFilters;

/**
 * Stands in for N agents (or a slice of them: each node costs a process two file descriptors, and
 * the benchmark spreads a large pool over several generators to stay under the per-process limit):
 * one MINA acceptor listening on one loopback port per node, each port
 * presenting the certificate of its own node (issued by the benchmark workspace's pool CA) and
 * speaking the agent's side of the protocol through the protocol bundle's own server handler.
 * Every connected node sends a metrics report like a real agent's (the same eleven host and node
 * metrics) once a second, stamped with the time it is written; the nodes' seconds are spread evenly
 * over the second, as independent agents' would be. Asked for its inventory, a node answers and
 * pushes a small stack (OS, CPU, memory, a JDK).
 * <p>
 * It shares the process model of a real agent's endpoint only as far as the wire goes: no OSHI, no
 * history. Prints {@code READY} on standard output once listening, and stops when standard input
 * closes (its parent, the benchmark, ended).
 */
public final class LoadGenerator implements AutoCloseable {

	public static final String READY = "READY";
	private static final char[] KEYSTORE_PASSWORD = "benchmark".toCharArray();
	/** The heartbeat is split into this many slices of the nodes, one slice every 1000 / SLICES ms. */
	private static final int SLICES = 20;

	/** This generator's nodes are firstNode .. firstNode + nodes - 1 of the pool; node i listens on firstPort + i. */
	private final int firstNode;
	private final int nodes;
	private final int firstPort;
	private final NioSocketAcceptor acceptor;
	private final SslFilter[] tlsByNode;
	private final ServerSessionHandler[] handlerByNode;
	private final AtomicReferenceArray<IoSession> sessionByNode;
	private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
			Thread.ofPlatform().name("heartbeats").daemon().factory());
	private final double[] cpu;
	private final double[] memory;
	private final SplittableRandom random = new SplittableRandom(47);
	private final long startedMillis = System.currentTimeMillis();
	/** Whether the disk-read rate carries the time the report was written instead (see the public constructor). */
	private final boolean stampInDiskRate;

	LoadGenerator(Path workspace, int firstNode, int nodes, int firstPort, int ioThreads)
			throws IOException, GeneralSecurityException {
		this(LocalPoolAuthority.openOrCreate(workspace, IngestBenchmark.POOL_NAME).authority(), firstNode, nodes, firstPort,
				ioThreads, false);
	}

	/**
	 * Nodes {@code firstNode} … {@code firstNode + nodes - 1} with certificates issued by {@code authority}. With
	 * {@code stampInDiskRate}, each report's {@code host.disk.read} is the time it was written (epoch milliseconds)
	 * and {@code host.disk.write} 0, so that the disk rate of the model's sample is that stamp: for a reader of the
	 * model that is not the one that received the report (a console behind the pool service), where the sample's
	 * time is the receiver's clock.
	 */
	public LoadGenerator(PoolCertificateAuthority authority, int firstNode, int nodes, int firstPort, int ioThreads,
			boolean stampInDiskRate) throws IOException, GeneralSecurityException {
		this.firstNode = firstNode;
		this.nodes = nodes;
		this.firstPort = firstPort;
		this.stampInDiskRate = stampInDiskRate;
		tlsByNode = new SslFilter[nodes];
		handlerByNode = new ServerSessionHandler[nodes];
		sessionByNode = new AtomicReferenceArray<>(nodes);
		cpu = new double[nodes];
		memory = new double[nodes];
		var requests = Executors.newVirtualThreadPerTaskExecutor();
		for (int i = 0; i < nodes; i++) {
			KeyStore identity = authority.issueAgent(nodeName(firstNode + i), KEYSTORE_PASSWORD);
			SSLContext tls = PoolCertificateAuthority.sslContext(identity, KEYSTORE_PASSWORD);
			tlsByNode[i] = TlsFilters.server(tls); // configured as the agent's ProtocolServer does
			int node = i;
			handlerByNode[i] = new ServerSessionHandler(nodeName(firstNode + i), ProtocolVersions.SUPPORTED, EnumSet.of(PeerKind.CONSOLE),
					TlsFilters::certifiedPeer, answering(node), (peer, message) -> {
					}, requests, heartbeats, ServerSessionHandler.Limits.DEFAULTS, null);
			cpu[i] = 0.1 + 0.6 * random.nextDouble();
			memory[i] = 0.2 + 0.6 * random.nextDouble();
		}
		acceptor = new NioSocketAcceptor(ioThreads);
		acceptor.setReuseAddress(true);
		acceptor.setBacklog(1024);
		acceptor.setFilterChainBuilder(this::buildChain);
		acceptor.setHandler(new SessionDispatcher(this::handlerOf));
		List<SocketAddress> addresses = new ArrayList<>(nodes);
		for (int i = 0; i < nodes; i++) {
			addresses.add(new InetSocketAddress("127.0.0.1", firstPort + firstNode + i));
		}
		try {
			acceptor.bind(addresses);
		} catch (IOException e) {
			acceptor.dispose();
			throw new IOException("cannot listen on 127.0.0.1 ports " + (firstPort + firstNode) + "-" + (firstPort + firstNode + nodes - 1)
					+ " (choose others with --first-port): " + e.getMessage(), e);
		}
		long period = 1000 / SLICES;
		heartbeats.scheduleAtFixedRate(new Runnable() {
			private int slice;

			@Override
			public void run() {
				heartbeat(slice);
				slice = (slice + 1) % SLICES;
			}
		}, period, period, TimeUnit.MILLISECONDS);
	}

	public static String nodeName(int index) {
		return "node-%05d".formatted(index + 1);
	}

	private int nodeOf(IoSession session) {
		return ((InetSocketAddress) session.getLocalAddress()).getPort() - firstPort - firstNode;
	}

	private void buildChain(IoFilterChain chain) {
		chain.addLast("tls", tlsByNode[nodeOf(chain.getSession())]);
		chain.addLast("frames", new ProtocolCodecFilter(new FrameCodecFactory(ProtocolServer.DEFAULT_MAXIMUM_FRAME_BYTES)));
	}

	private ServerSessionHandler handlerOf(IoSession session) {
		int node = nodeOf(session);
		// The latest connection of a node is the one its heartbeats go to.
		if (session.setAttributeIfAbsent(LoadGenerator.class, Boolean.TRUE) == null) {
			sessionByNode.set(node, session);
		}
		return handlerByNode[node];
	}

	/** Answers as the agent does: report-inventory sends the inventory to the console that asked. */
	private RequestHandler answering(int node) {
		return new RequestHandler() {
			@Override
			public Message.Response handle(PeerIdentity peer, Message.Request request) {
				throw new UnsupportedOperationException("answered with the connection's context");
			}

			@Override
			public Message.Response handle(RequestHandler.Context asker, Message.Request request) {
				return answer(node, asker, request);
			}
		};
	}

	private Message.Response answer(int node, RequestHandler.Context asker, Message.Request request) {
		if (request.operation().equals(org.flotilla.protocol.TrustOperations.REVOCATIONS)) {
			// A pool service gives every agent its revocation list on connecting; these stand-ins take it (they check no
			// handshake against it: what is measured is the reports' path).
			return Message.Response.ok(request.id(), Map.of());
		}
		if (!request.operation().equals("report-inventory")) {
			return Message.Response.failed(request.id(), Message.Response.Status.REFUSED,
					"the load generator answers only report-inventory and revocations");
		}
		asker.send(new Message.InventoryReport(nodeName(firstNode + node), 1, List.of(
				new Message.StackItem("os", "Debian GNU/Linux", "12", Map.of("kernel", "6.1.0")),
				new Message.StackItem("hardware", "cpu", "", Map.of("model", "Benchmark CPU", "cores", "8")),
				new Message.StackItem("hardware", "memory", "", Map.of("bytes", String.valueOf(32L << 30))),
				new Message.StackItem("middleware", "java", "21.0.5", Map.of("path", "/usr/bin/java")))));
		return Message.Response.ok(request.id(), Map.of());
	}

	private void heartbeat(int slice) {
		long now = System.currentTimeMillis();
		for (int node = slice; node < nodes; node += SLICES) {
			IoSession session = sessionByNode.get(node);
			if (session == null || session.isClosing() || ServerSessionHandler.peerOf(session) == null) {
				continue;
			}
			cpu[node] = Math.clamp(cpu[node] + (random.nextDouble() - 0.5) * 0.04, 0.02, 0.98);
			memory[node] = Math.clamp(memory[node] + (random.nextDouble() - 0.5) * 0.01, 0.05, 0.95);
			double total = 32.0 * (1L << 30);
			List<Message.MetricSample> samples = List.of(
					new Message.MetricSample("", "host.cpu", cpu[node]),
					new Message.MetricSample("", "host.load1", cpu[node] * 8),
					new Message.MetricSample("", "host.memory.used", memory[node] * total),
					new Message.MetricSample("", "host.memory.total", total),
					new Message.MetricSample("", "host.disk.read", stampInDiskRate ? now : 1e5 * random.nextDouble()),
					new Message.MetricSample("", "host.disk.write", stampInDiskRate ? 0 : 2e5 * random.nextDouble()),
					new Message.MetricSample("", "host.net.rx", 1e6 * random.nextDouble()),
					new Message.MetricSample("", "host.net.tx", 5e5 * random.nextDouble()),
					new Message.MetricSample("", "node.cpu.share", cpu[node] / 2),
					new Message.MetricSample("", "node.memory.share", memory[node] / 2),
					new Message.MetricSample("", "host.uptime", (now - startedMillis) / 1000.0 + 86_400),
					new Message.MetricSample("", "agent.report.interval", 1000));
			// As the agent pushes: skipped for a console that has fallen behind.
			handlerByNode[node].send(session, new Message.MetricsReport(nodeName(firstNode + node), now, samples), true);
		}
	}

	/** Nodes whose console connection is past the handshake. */
	public int connectedNodes() {
		int connected = 0;
		for (int node = 0; node < nodes; node++) {
			IoSession session = sessionByNode.get(node);
			if (session != null && !session.isClosing() && ServerSessionHandler.peerOf(session) != null) {
				connected++;
			}
		}
		return connected;
	}

	@Override
	public void close() {
		heartbeats.shutdownNow();
		acceptor.unbind();
		acceptor.getManagedSessions().values().forEach(IoSession::closeNow);
		acceptor.dispose(true);
	}

	/**
	 * {@code LoadGenerator WORKSPACE FIRST_NODE NODES FIRST_PORT IO_THREADS}: nodes FIRST_NODE to FIRST_NODE + NODES - 1
	 * (counted from 0) of a pool whose node i listens on FIRST_PORT + i, with certificates from the CA in WORKSPACE.
	 */
	public static void main(String[] args) throws Exception {
		Path workspace = Path.of(args[0]);
		int firstNode = Integer.parseInt(args[1]);
		int nodes = Integer.parseInt(args[2]);
		int firstPort = Integer.parseInt(args[3]);
		int ioThreads = Integer.parseInt(args[4]);
		try (LoadGenerator generator = new LoadGenerator(workspace, firstNode, nodes, firstPort, ioThreads)) {
			System.out.println(READY);
			System.out.flush();
			while (System.in.read() >= 0) {
				// runs until the parent closes our standard input
			}
		} catch (IOException e) {
			System.err.println("load generator: " + e.getMessage());
			System.exit(1);
		}
	}
}
