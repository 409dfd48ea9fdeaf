package org.flotilla.agent;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.net.ssl.SSLContext;

import org.flotilla.protocol.Message;
import org.flotilla.protocol.Message.MetricsReport;
import org.flotilla.protocol.Message.Request;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolServer;

/**
 * The agent on the wire: a TLS {@link ProtocolServer} that only pool consoles may reach, pushing a
 * {@link MetricsReport} after every sample and an inventory report whenever the inventory changes,
 * and answering the console's questions ({@code ping}, {@code inventory}, {@code latest}).
 *
 * <p>Its certificate is the agent keystore issued by the pool's CA for this node
 * ({@code IssueAgentKeystore}), kept in the data directory as {@code tls/agent.p12} with its password
 * in {@code tls/agent.password}.
 */
public final class AgentEndpoint implements AgentListener, AutoCloseable {

	/** Where the agent keystore lives, relative to the data directory. */
	public static final String KEYSTORE = "tls/agent.p12";
	/** The keystore's password (one line), relative to the data directory. */
	public static final String PASSWORD = "tls/agent.password";

	private final Agent agent;
	private final ProtocolServer server;
	private long inventoryVersion;

	private AgentEndpoint(Agent agent, ProtocolServer server) {
		this.agent = agent;
		this.server = server;
	}

	/**
	 * Starts serving {@code agent} at {@code address} with the TLS identity {@code tls}, and starts
	 * forwarding its samples and inventories.
	 */
	public static AgentEndpoint start(Agent agent, SSLContext tls, InetSocketAddress address) throws IOException {
		String name = agent.identity().nodeName();
		AgentEndpoint[] self = new AgentEndpoint[1];
		ProtocolServer server = ProtocolServer.builder(name, tls, (peer, request) -> self[0].answer(peer, request))
				.address(address).acceptedKinds(Set.of(PeerKind.CONSOLE)).start();
		AgentEndpoint endpoint = new AgentEndpoint(agent, server);
		self[0] = endpoint;
		agent.addListener(endpoint);
		return endpoint;
	}

	/** The TLS identity in the agent's data directory, or an exception that says what is missing. */
	public static SSLContext tlsFromDataDir(Path dataDir) throws IOException, GeneralSecurityException {
		Path keystore = dataDir.resolve(KEYSTORE);
		Path passwordFile = dataDir.resolve(PASSWORD);
		if (!Files.isRegularFile(keystore) || !Files.isRegularFile(passwordFile)) {
			throw new IOException("no agent certificate: " + keystore + " and " + passwordFile
					+ " are needed (issue them with IssueAgentKeystore from the pool CA)");
		}
		char[] password = Files.readString(passwordFile).strip().toCharArray();
		KeyStore store = PoolCertificateAuthority.loadKeyStore(keystore, password);
		return PoolCertificateAuthority.sslContext(store, password);
	}

	/** Where the endpoint listens (the real port when 0 was asked). */
	public InetSocketAddress address() {
		return server.address();
	}

	@Override
	public void sampled(MetricsSample sample) {
		server.push(new MetricsReport(agent.identity().nodeName(), sample.timestampMillis(), metrics(sample)));
	}

	@Override
	public void inventoryChanged(Inventory inventory) {
		server.push(inventoryReport(inventory));
	}

	private synchronized Message.InventoryReport inventoryReport(Inventory inventory) {
		List<Message.StackItem> items = new ArrayList<>();
		Inventory.Hardware hw = inventory.hardware();
		items.add(new Message.StackItem("hardware", "cpu", String.valueOf(hw.cpuModel()),
				Map.of("physicalCores", Integer.toString(hw.physicalCores()), "logicalCores", Integer.toString(hw.logicalCores()))));
		items.add(new Message.StackItem("hardware", "memory", "", Map.of("bytes", Long.toString(hw.memoryBytes()))));
		for (Inventory.Disk disk : hw.disks()) {
			items.add(new Message.StackItem("hardware", "disk:" + disk.name(), String.valueOf(disk.model()),
					Map.of("bytes", Long.toString(disk.sizeBytes()))));
		}
		for (Inventory.NetworkInterface nic : hw.networkInterfaces()) {
			items.add(new Message.StackItem("hardware", "nic:" + nic.name(), "",
					Map.of("mac", String.valueOf(nic.macAddress()), "bitsPerSecond", Long.toString(nic.speedBitsPerSecond()))));
		}
		Inventory.OperatingSystem os = inventory.operatingSystem();
		items.add(new Message.StackItem("operating system", String.valueOf(os.family()), String.valueOf(os.version()),
				Map.of("kernel", String.valueOf(os.kernel()), "architecture", String.valueOf(os.architecture()))));
		for (Inventory.Middleware middleware : inventory.middleware()) {
			if (middleware.found()) {
				items.add(new Message.StackItem("middleware", middleware.name(), String.valueOf(middleware.version()),
						Map.of("source", middleware.source().name().toLowerCase(), "location", String.valueOf(middleware.location()))));
			}
		}
		for (Inventory.Application application : inventory.applications()) {
			items.add(new Message.StackItem("application", application.name(), String.valueOf(application.version()),
					Map.of("location", String.valueOf(application.location()))));
		}
		return new Message.InventoryReport(inventory.nodeName(), ++inventoryVersion, items);
	}

	/** The sample as protocol metrics; subject "" is the node itself. */
	static List<Message.MetricSample> metrics(MetricsSample s) {
		Map<String, Double> values = new LinkedHashMap<>();
		values.put("host.cpu", s.hostCpu());
		values.put("host.load1", s.load1());
		values.put("host.memory.used", (double) s.memoryUsedBytes());
		values.put("host.memory.total", (double) s.memoryTotalBytes());
		values.put("host.disk.read", s.diskReadBytesPerSec());
		values.put("host.disk.write", s.diskWriteBytesPerSec());
		values.put("host.net.rx", s.netRxBytesPerSec());
		values.put("host.net.tx", s.netTxBytesPerSec());
		values.put("node.cpu.share", s.nodeCpuShare());
		values.put("node.memory.share", s.nodeMemoryShare());
		values.put("host.uptime", hostUptimeSeconds());
		List<Message.MetricSample> metrics = new ArrayList<>(values.size());
		values.forEach((metric, value) -> metrics.add(new Message.MetricSample("", metric, value)));
		return metrics;
	}

	/** Seconds since the host booted (Linux /proc/uptime), 0 when unknown. */
	static double hostUptimeSeconds() {
		try {
			String line = Files.readString(Path.of("/proc/uptime")).trim();
			return Double.parseDouble(line.substring(0, line.indexOf(' ')));
		} catch (IOException | RuntimeException e) {
			return 0;
		}
	}

	private Response answer(PeerIdentity peer, Request request) {
		return switch (request.operation()) {
		case "ping" -> Response.ok(request.id(), Map.of("node", agent.identity().nodeName()));
		case "inventory" -> {
			Inventory inventory = agent.inventory();
			yield Response.ok(request.id(), Map.of("node", inventory.nodeName(), "nodeId", inventory.nodeId().toString(),
					"logicalCores", Integer.toString(inventory.hardware().logicalCores()), "memoryBytes",
					Long.toString(inventory.hardware().memoryBytes()), "os", inventory.operatingSystem().family() + " "
							+ inventory.operatingSystem().version()));
		}
		case "latest" -> {
			MetricsSample sample = agent.latestSample();
			Map<String, String> values = new LinkedHashMap<>();
			if (sample != null) {
				for (Message.MetricSample metric : metrics(sample)) {
					values.put(metric.metric(), Double.toString(metric.value()));
				}
			}
			yield Response.ok(request.id(), values);
		}
		default -> Response.failed(request.id(), Response.Status.REFUSED, "unknown operation '" + request.operation()
				+ "' (this agent answers ping, inventory, latest)");
		};
	}

	@Override
	public void close() {
		agent.removeListener(this);
		server.close();
	}
}
