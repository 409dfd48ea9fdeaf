package org.flotilla.console.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;

import org.flotilla.model.Group;
import org.flotilla.model.GroupKind;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.persistence.PoolStore;
import org.flotilla.protocol.CertificateRenewal;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PoolCertificateAuthority;

/**
 * Prepares a demo pool of local agents on loopback: for each node an agent data directory with its
 * certificate (unless the pool service issues them), an agent configuration (its own
 * port, labels and allotment), and a pool file ({@code WORKSPACE/demo.flotilla}) whose nodes point at
 * {@code 127.0.0.1:port}. The run command starts the agents, a pool service importing that file, and the console.
 *
 * <pre>DemoPool WORKSPACE AGENTS_DIR COUNT FIRST_PORT [--no-certificates]</pre> prints one agent configuration path
 * per line; with {@code --no-certificates} it leaves the agents' keystores to whoever holds the pool's CA (the run
 * command has the pool service issue them: {@code flotilla-service issue-agent}).
 */
public final class DemoPool {

	private record Shape(String group, String labels, double cpuShare, double memoryShare) {
	}

	private static final List<Shape> SHAPES = List.of(new Shape("Rack A", "web, ssd", 0.5, 0.25),
			new Shape("Rack A", "web", 0.25, 0.125), new Shape("Rack B", "db, ssd", 1.0, 0.5),
			new Shape("Rack B", "batch", 0.75, 0.25), new Shape("Rack C", "lab", 0.25, 0.0625));

	/** Where a console workspace keeps its own identity: its key and certificate, and the file with their password. */
	public static final String CONSOLE_KEYSTORE = "tls/console.p12";
	public static final String CONSOLE_PASSWORD = "tls/console.password";

	private DemoPool() {
	}

	/** The name the demo gives this user's console: {@code console-USER}. */
	public static String consoleName() {
		return "console-" + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9-]", "");
	}

	public static void main(String[] args) throws Exception {
		boolean certificates = args.length == 4;
		if (!certificates && !(args.length == 5 && args[4].equals("--no-certificates"))) {
			System.err.println("usage: DemoPool WORKSPACE AGENTS_DIR COUNT FIRST_PORT [--no-certificates]");
			System.exit(2);
		}
		for (Path config : prepare(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
				certificates)) {
			System.out.println(config);
		}
	}

	/**
	 * Writes everything, the agents' certificates and the console's included (see {@link #prepare(Path, Path, int, int,
	 * boolean)}); returns the agent configurations.
	 */
	public static List<Path> prepare(Path workspace, Path agentsDir, int count, int firstPort)
			throws IOException, GeneralSecurityException {
		return prepare(workspace, agentsDir, count, firstPort, true);
	}

	/**
	 * Writes everything; returns the agent configuration files, each in the agent's data directory, named after its
	 * node. With {@code issueCertificates}, each agent's certificate and the console's administrator identity
	 * ({@code WORKSPACE/tls/console.p12}, named {@link #consoleName()}) come from a CA that lives only in this call:
	 * no key that could sign another certificate is left on disk, in the workspace or anywhere (a pool's CA key belongs
	 * to its pool service alone). So that a console already connected keeps trusting the agents, a call keeps the
	 * certificates when the console's and every agent's are there, from one CA and not yet due for renewal; otherwise
	 * it issues them all again, from a new CA.
	 */
	public static List<Path> prepare(Path workspace, Path agentsDir, int count, int firstPort, boolean issueCertificates)
			throws IOException, GeneralSecurityException {
		List<Path> dataDirs = java.util.stream.IntStream.range(0, count).mapToObj(i -> agentsDir.resolve(nodeName(i))).toList();
		PoolCertificateAuthority authority = issueCertificates && !issuedAlready(workspace, dataDirs)
				? PoolCertificateAuthority.ephemeral("Flotilla demo pool") : null;
		if (authority != null) {
			new IdentityKeystore(workspace.resolve(CONSOLE_KEYSTORE), workspace.resolve(CONSOLE_PASSWORD)).issue(authority,
					PeerIdentity.console(consoleName(), ConsoleRole.ADMINISTRATOR));
		}
		int cores = Runtime.getRuntime().availableProcessors();
		long memoryMib = Math.max(1024, osMemoryMib());
		Pool pool = PoolFactory.eINSTANCE.createPool();
		pool.setName("Demo pool (local agents)");
		pool.setDescription(count + " real agents on this machine, each offering a share of it");
		Group site = PoolFactory.eINSTANCE.createGroup();
		site.setName("This machine");
		site.setKind(GroupKind.SITE);
		pool.getGroups().add(site);
		List<Path> configs = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			Shape shape = SHAPES.get(i % SHAPES.size());
			String name = nodeName(i);
			int port = firstPort + i;
			Path data = agentsDir.resolve(name);
			Files.createDirectories(data);
			if (authority != null) {
				IdentityKeystore.ofAgent(data).issue(authority, PeerIdentity.agent(name));
			}
			double cpu = Math.max(0.25, Math.round(cores * shape.cpuShare() * 4) / 4.0);
			long memory = Math.max(256, (long) (memoryMib * shape.memoryShare()));
			Path config = data.resolve("agent.properties");
			Files.writeString(config, String.join("\n", "node.name = " + name, "listen.address = 127.0.0.1",
					"listen.port = " + port, "data.dir = " + data, "labels = " + shape.labels(), "report.interval = 1s",
					"allotment.cpu = " + cpu, "allotment.memory = " + memory, ""));
			configs.add(config);

			Group rack = site.getGroups().stream().filter(g -> g.getName().equals(shape.group())).findFirst().orElseGet(() -> {
				Group g = PoolFactory.eINSTANCE.createGroup();
				g.setName(shape.group());
				g.setKind(GroupKind.RACK);
				site.getGroups().add(g);
				return g;
			});
			Node node = PoolFactory.eINSTANCE.createNode();
			node.setName(name);
			node.setAddress("127.0.0.1:" + port);
			node.setState(NodeState.READY);
			node.getLabels().addAll(List.of(shape.labels().split(",\\s*")));
			node.setCpuCapacity(cpu);
			node.setMemoryCapacity(memory);
			node.setDiskCapacity(50);
			node.setNetworkCapacity(1000);
			rack.getNodes().add(node);
		}
		new PoolStore().save(pool, workspace.resolve("demo.flotilla"));
		return configs;
	}

	private static String nodeName(int index) {
		return String.format("demo-%02d", index + 1);
	}

	/** Whether the console's and every agent's certificate exist, come from one CA and are not due for renewal. */
	private static boolean issuedAlready(Path workspace, List<Path> agentDataDirs) {
		java.time.Instant now = java.time.Instant.now();
		try {
			IdentityKeystore.Loaded console = new IdentityKeystore(workspace.resolve(CONSOLE_KEYSTORE),
					workspace.resolve(CONSOLE_PASSWORD)).load();
			if (CertificateRenewal.isDue(console.certificate(), now)) {
				return false;
			}
			for (Path data : agentDataDirs) {
				IdentityKeystore agent = IdentityKeystore.ofAgent(data);
				if (!agent.exists()) {
					return false;
				}
				IdentityKeystore.Loaded loaded = agent.load();
				if (!loaded.caCertificate().equals(console.caCertificate()) || CertificateRenewal.isDue(loaded.certificate(), now)) {
					return false;
				}
			}
			return true;
		} catch (IOException | GeneralSecurityException e) {
			return false; // missing or unreadable: issued again
		}
	}

	private static long osMemoryMib() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
				}
			}
		} catch (IOException | NumberFormatException e) {
			// not Linux: a modest default
		}
		return 4096;
	}
}
