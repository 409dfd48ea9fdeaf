package org.flotilla.agent.distribution;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLContext;

import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.ProtocolConnector;
import org.flotilla.protocol.ProtocolException;
import org.flotilla.protocol.SecretFiles;

/**
 * The consoles of {@code releng/run-agent-footprint}: real TLS clients in their own JVM, so that what they cost is
 * not counted in the agent's RSS and CPU.
 *
 * <pre>
 * FootprintConsoles setup DIR NODE CONSOLES     a temporary pool CA in DIR/ca, the agent's certificate in
 *                                               DIR/data/tls/agent.{p12,password} (where the agent looks for it)
 *                                               and CONSOLES console certificates DIR/console-I.{p12,password};
 *                                               prints a free TCP port on 127.0.0.1 for the agent to listen on
 * FootprintConsoles run DIR NODE PORT CONSOLES  connects CONSOLES consoles to the agent NODE at 127.0.0.1:PORT
 *                                               (one TLS connection each, as PeerKind.CONSOLE, expectAgent(NODE)),
 *                                               asks "report-inventory" once on each like the console's
 *                                               ConnectionService, then counts the pushed reports until SIGTERM,
 *                                               and prints per console what it received
 * </pre>
 */
public final class FootprintConsoles {

	private FootprintConsoles() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 4 && args[0].equals("setup")) {
			setup(Path.of(args[1]), args[2], Integer.parseInt(args[3]));
		} else if (args.length == 5 && args[0].equals("run")) {
			run(Path.of(args[1]), args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
		} else {
			System.err.println("usage: FootprintConsoles setup DIR NODE CONSOLES | run DIR NODE PORT CONSOLES");
			System.exit(2);
		}
	}

	private static void setup(Path dir, String node, int consoles) throws IOException, GeneralSecurityException {
		char[] caPassword = password();
		PoolCertificateAuthority ca = PoolCertificateAuthority.openOrCreate(dir.resolve("ca"), caPassword, "footprint");
		// Where AgentEndpoint.tlsFromDataDir looks: tls/agent.p12 and tls/agent.password in the data directory.
		char[] agentPassword = password();
		Path tls = dir.resolve("data/tls");
		Files.createDirectories(tls);
		PoolCertificateAuthority.writeKeyStore(ca.issueAgent(node, agentPassword), tls.resolve("agent.p12"), agentPassword);
		// Owner-only, or the agent refuses it.
		SecretFiles.write(tls.resolve("agent.password"), (new String(agentPassword) + "\n").getBytes(StandardCharsets.US_ASCII));
		for (int i = 1; i <= consoles; i++) {
			char[] consolePassword = password();
			// Support consoles: they may ask questions (report-inventory), which is all these do.
			KeyStore keys = ca.issueConsole("footprint-console-" + i, ConsoleRole.SUPPORT, consolePassword);
			PoolCertificateAuthority.writeKeyStore(keys, dir.resolve("console-" + i + ".p12"), consolePassword);
			SecretFiles.write(dir.resolve("console-" + i + ".password"),
					(new String(consolePassword) + "\n").getBytes(StandardCharsets.US_ASCII));
		}
		try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			System.out.println(probe.getLocalPort());
		}
	}

	private static char[] password() {
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
	}

	/** What one console received. */
	private record Counts(AtomicLong metrics, AtomicLong inventories, AtomicLong other) {
		Counts() {
			this(new AtomicLong(), new AtomicLong(), new AtomicLong());
		}
	}

	private static void run(Path dir, String node, int port, int consoles) throws Exception {
		InetSocketAddress agent = new InetSocketAddress("127.0.0.1", port);
		// One connector (its I/O thread) for all: these are N consoles as the agent sees them, N TLS connections.
		ProtocolConnector connector = new ProtocolConnector(1);
		List<ProtocolClient> clients = new ArrayList<>();
		List<Counts> counts = new ArrayList<>();
		List<String> answers = new ArrayList<>();
		long[] connectedAt = new long[consoles];
		for (int i = 1; i <= consoles; i++) {
			char[] password = Files.readString(dir.resolve("console-" + i + ".password")).strip().toCharArray();
			SSLContext tls = PoolCertificateAuthority.sslContext(
					PoolCertificateAuthority.loadKeyStore(dir.resolve("console-" + i + ".p12"), password), password);
			Counts received = new Counts();
			ProtocolClient client = connect(agent, tls, "footprint-console-" + i, node, connector, received);
			connectedAt[i - 1] = System.nanoTime();
			// As the console's ConnectionService.Link does once connected: the whole stack, once.
			Message.Response answer = client.request("report-inventory", 0, Map.of()).get(30, TimeUnit.SECONDS);
			answers.add(answer.status() + " " + answer.values());
			clients.add(client);
			counts.add(received);
		}
		System.out.println("footprint-consoles: " + consoles + " console(s) connected to " + node + " at " + agent
				+ " over TLS (protocol version " + clients.get(0).protocolVersion() + ")");
		CountDownLatch done = new CountDownLatch(1);
		AtomicBoolean stopping = new AtomicBoolean();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stopping.set(true);
			long now = System.nanoTime();
			for (int i = 0; i < clients.size(); i++) {
				Counts c = counts.get(i);
				double seconds = (now - connectedAt[i]) / 1e9;
				System.out.printf("footprint-consoles: console %d: %d metrics reports in %.1f s connected (%.2f/s), "
						+ "%d inventory report(s), %d other message(s); report-inventory answered %s; still connected: %s%n",
						i + 1, c.metrics().get(), seconds, c.metrics().get() / seconds, c.inventories().get(), c.other().get(),
						answers.get(i), clients.get(i).isConnected());
			}
			System.out.flush();
			connector.close();
			done.countDown();
		}, "footprint-consoles-stop"));
		for (int i = 0; i < clients.size(); i++) {
			int console = i + 1;
			clients.get(i).closed().whenComplete((v, e) -> {
				if (!stopping.get()) {
					System.out.println("footprint-consoles: console " + console + ": the agent closed the connection");
				}
			});
		}
		done.await();
	}

	private static ProtocolClient connect(InetSocketAddress agent, SSLContext tls, String name, String node,
			ProtocolConnector connector, Counts received) throws IOException, ProtocolException {
		IOException last = null;
		for (int attempt = 0; attempt < 50; attempt++) { // the agent may still be starting: up to 10 s
			try {
				return ProtocolClient.builder(agent, tls, PeerKind.CONSOLE, name).via(connector).expectAgent(node)
						.connectTimeout(Duration.ofSeconds(10)).pushedMessages(message -> {
							switch (message) {
							case Message.MetricsReport report -> received.metrics().incrementAndGet();
							case Message.InventoryReport report -> received.inventories().incrementAndGet();
							default -> received.other().incrementAndGet();
							}
						}).connect();
			} catch (IOException e) {
				last = e;
				try {
					Thread.sleep(200);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw new IOException("interrupted", interrupted);
				}
			}
		}
		throw last;
	}
}
