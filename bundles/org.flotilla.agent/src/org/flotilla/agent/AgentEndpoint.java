package org.flotilla.agent;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;

import org.flotilla.agent.internal.AgentCredentials;
import org.flotilla.agent.internal.AuditLog;
import org.flotilla.agent.internal.tasks.OutputLog;
import org.flotilla.agent.packages.ApplyResult;
import org.flotilla.agent.packages.InstalledPackage;
import org.flotilla.agent.packages.PackageRefusedException;
import org.flotilla.agent.packages.PackageRuntime;
import org.flotilla.agent.tasks.TaskRefusedException;
import org.flotilla.agent.tasks.TaskRuntime;
import org.flotilla.agent.tasks.TaskUsage;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.HistorySeries;
import org.flotilla.protocol.LogText;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.Message.MetricsReport;
import org.flotilla.protocol.Message.Request;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolServer;
import org.flotilla.protocol.RequestHandler;
import org.flotilla.protocol.SecretFiles;
import org.flotilla.protocol.packages.PackageOperations;
import org.flotilla.protocol.tasks.TaskOperations;
import org.flotilla.protocol.tasks.TaskSpec;
import org.flotilla.protocol.tasks.TaskStatus;
import org.flotilla.protocol.TrustOperations;

/**
 * The agent on the wire: a TLS {@link ProtocolServer} that only pool consoles may reach, pushing a
 * {@link MetricsReport} after every sample and an inventory report whenever the inventory changes,
 * and answering the console's questions and commands ({@link Operation}), each checked against the
 * role in the console's certificate; commands are written to the audit log ({@link AuditLog}) before
 * they act, refusals to its refusal file.
 *
 * <p>What consoles can make it hold is bounded ({@link #start}): a few connections, a few requests
 * in flight, small incoming frames, history answered in pages of at most {@value #HISTORY_PAGE_POINTS}
 * points; a console that stops reading is skipped by pushes and then cut off.
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
	/** The most points one {@code history} answer carries (about 70 KB); the answer says where the next page starts. */
	public static final int HISTORY_PAGE_POINTS = 1000;
	/** Consoles at once (one per person, plus the pool service, with room to spare). */
	static final int MAXIMUM_CONNECTIONS = 16;
	/**
	 * Requests a console sends are small but for package chunks (base64 of at most 256 KiB, about 342 KiB): this is
	 * all one frame from a console may be.
	 */
	static final int MAXIMUM_REQUEST_BYTES = 512 * 1024;

	private final Agent agent;
	private final ProtocolServer server;
	private final AuditLog audit;
	private long inventoryVersion;
	private Message.InventoryReport lastReport;
	private Inventory lastInventory;
	private volatile Map<String, String> problems = Map.of();
	/** Revocations and renewal; null when started with a fixed TLS context (then neither is offered). */
	private final AgentCredentials credentials;

	private AgentEndpoint(Agent agent, ProtocolServer server, AgentCredentials credentials) {
		this.agent = agent;
		this.server = server;
		this.credentials = credentials;
		this.audit = new AuditLog(agent.config().dataDir(), InstantSource.system());
	}

	/**
	 * Starts serving {@code agent} at {@code address} with the TLS identity {@code tls}, and starts
	 * forwarding its samples and inventories.
	 */
	public static AgentEndpoint start(Agent agent, SSLContext tls, InetSocketAddress address) throws IOException {
		return start(agent, tls, null, address);
	}

	/**
	 * As {@link #start(Agent, SSLContext, InetSocketAddress)} with the agent's {@link AgentCredentials}: its identity
	 * (renewed over the service's connection), and the pool's revocation list, asked in every handshake.
	 */
	public static AgentEndpoint start(Agent agent, AgentCredentials credentials, InetSocketAddress address) throws IOException {
		return start(agent, credentials.tls(), credentials, address);
	}

	private static AgentEndpoint start(Agent agent, SSLContext tls, AgentCredentials credentials, InetSocketAddress address)
			throws IOException {
		String name = agent.identity().nodeName();
		AgentEndpoint[] self = new AgentEndpoint[1];
		RequestHandler handler = new RequestHandler() {
			@Override
			public Response handle(PeerIdentity peer, Request request) {
				throw new UnsupportedOperationException("the agent answers with the connection's context");
			}

			@Override
			public Response handle(RequestHandler.Context context, Request request) {
				return self[0].answer(context, request);
			}
		};
		// One I/O thread: an agent serves one console, or a few, at one report a second (the default is 2).
		ProtocolServer server = ProtocolServer.builder(name, tls, handler).address(address)
				.acceptedKinds(Set.of(PeerKind.CONSOLE)).ioThreads(1).maximumConnections(MAXIMUM_CONNECTIONS)
				.maximumIncomingFrameBytes(MAXIMUM_REQUEST_BYTES).requestsInFlight(4, 16).requestWorkers(4)
				.certificateCheck(credentials != null ? credentials.refusals() : certificate -> null).start();
		AgentEndpoint endpoint = new AgentEndpoint(agent, server, credentials);
		self[0] = endpoint;
		agent.addListener(endpoint);
		TaskRuntime tasks = agent.tasks();
		if (tasks != null) {
			// Present: a console that may command tasks and was heard from lately (it sends heartbeats), not merely
			// one whose connection is open (a partition can keep that open for many minutes).
			tasks.watchConsoles(() -> server.sinceLastHeard(AgentEndpoint::commandsTasks));
		}
		return endpoint;
	}

	/** Whether {@code peer} may run and stop tasks here (administrator, planner): only such a console keeps them. */
	static boolean commandsTasks(PeerIdentity peer) {
		return peer.role().filter(Operation.RUN_TASK.allowed::contains).isPresent()
				&& peer.role().filter(Operation.STOP_TASK.allowed::contains).isPresent();
	}

	/** The TLS identity in the agent's data directory, or an exception that says what is missing. */
	public static SSLContext tlsFromDataDir(Path dataDir) throws IOException, GeneralSecurityException {
		Path keystore = dataDir.resolve(KEYSTORE);
		Path passwordFile = dataDir.resolve(PASSWORD);
		if (!Files.isRegularFile(keystore) || !Files.isRegularFile(passwordFile)) {
			throw new IOException("no agent certificate: " + keystore + " and " + passwordFile
					+ " are needed (issue them with IssueAgentKeystore from the pool CA)");
		}
		// Whoever can read the password can use the node's key: a file others can read is refused, not trusted.
		SecretFiles.requireOwnerOnly(passwordFile);
		char[] password = Files.readString(passwordFile).strip().toCharArray();
		KeyStore store = PoolCertificateAuthority.loadKeyStore(keystore, password);
		return PoolCertificateAuthority.sslContext(store, password);
	}

	/** Where the endpoint listens (the real port when 0 was asked). */
	public InetSocketAddress address() {
		return server.address();
	}

	@Override
	public void sampled(MetricsSample sample, List<TaskUsage> tasks) {
		List<Message.MetricSample> metrics = metrics(sample, agent.config().reportInterval().toMillis());
		if (!tasks.isEmpty()) {
			metrics = new ArrayList<>(metrics);
			metrics.addAll(taskMetrics(tasks));
		}
		server.push(new MetricsReport(agent.identity().nodeName(), sample.timestampMillis(), metrics));
		audit.flushSuppressed();
	}

	/** Per running task: cores, resident bytes and, where the node can tell, storage bytes per second. */
	static List<Message.MetricSample> taskMetrics(List<TaskUsage> tasks) {
		List<Message.MetricSample> metrics = new ArrayList<>(tasks.size() * 4);
		for (TaskUsage u : tasks) {
			metrics.add(new Message.MetricSample(u.taskId(), TaskOperations.METRIC_CPU, u.cpuCores()));
			metrics.add(new Message.MetricSample(u.taskId(), TaskOperations.METRIC_MEMORY, u.memoryBytes()));
			if (Double.isFinite(u.ioReadBytesPerSec()) && Double.isFinite(u.ioWriteBytesPerSec())) {
				metrics.add(new Message.MetricSample(u.taskId(), TaskOperations.METRIC_IO_READ, u.ioReadBytesPerSec()));
				metrics.add(new Message.MetricSample(u.taskId(), TaskOperations.METRIC_IO_WRITE, u.ioWriteBytesPerSec()));
			}
		}
		return metrics;
	}

	@Override
	public void taskChanged(TaskStatus status) {
		server.push(status.toEvent(System.currentTimeMillis()));
	}

	@Override
	public void problemsChanged(Map<String, String> current) {
		problems = Map.copyOf(current);
		server.push(problemsEvent());
	}

	/** The node's problems as an event: one attribute per problem (key, message); none when all is well. */
	private Message.Event problemsEvent() {
		return new Message.Event(Message.Event.PROBLEMS, System.currentTimeMillis(), problems);
	}

	@Override
	public void inventoryChanged(Inventory inventory) {
		server.push(inventoryReport(inventory));
	}

	/** The report of the current inventory (the last one pushed, when the inventory has not changed since). */
	private synchronized Message.InventoryReport currentReport() {
		Inventory inventory = agent.inventory();
		return lastReport != null && lastReport.nodeName().equals(inventory.nodeName()) && lastInventory == inventory
				? lastReport : inventoryReport(inventory);
	}

	private synchronized Message.InventoryReport inventoryReport(Inventory inventory) {
		List<Message.StackItem> items = new ArrayList<>();
		Inventory.Hardware hw = inventory.hardware();
		items.add(new Message.StackItem("hardware", "cpu", String.valueOf(hw.cpuModel()),
				Map.of("physicalCores", Integer.toString(hw.physicalCores()), "logicalCores", Integer.toString(hw.logicalCores()))));
		items.add(new Message.StackItem("hardware", "memory", "", Map.of("bytes", Long.toString(hw.memoryBytes()))));
		for (Inventory.Disk disk : hw.disks()) {
			String device = disk.name().startsWith("/dev/") ? disk.name().substring("/dev/".length()) : disk.name();
			if (device.startsWith("zram") || device.startsWith("loop") || device.startsWith("ram")) {
				continue; // memory-backed or file-backed block devices: not storage the node offers
			}
			Map<String, String> facts = new LinkedHashMap<>();
			facts.put("bytes", Long.toString(disk.sizeBytes()));
			String kind = diskKind(device);
			if (kind != null) {
				facts.put("kind", kind);
			}
			items.add(new Message.StackItem("hardware", "disk:" + disk.name(), String.valueOf(disk.model()), facts));
		}
		for (Inventory.NetworkInterface nic : hw.networkInterfaces()) {
			items.add(new Message.StackItem("hardware", "nic:" + nic.name(), "",
					Map.of("mac", String.valueOf(nic.macAddress()), "bitsPerSecond", Long.toString(nic.speedBitsPerSecond()))));
		}
		Inventory.OperatingSystem os = inventory.operatingSystem();
		Map<String, String> osFacts = new LinkedHashMap<>();
		osFacts.put("kernel", String.valueOf(os.kernel()));
		osFacts.put("architecture", String.valueOf(os.architecture()));
		TaskRuntime tasks = agent.tasks();
		osFacts.put(TaskOperations.TASK_LIMITS_PARAMETER,
				tasks != null ? tasks.limitsDescription() : TaskOperations.LIMITS_NOT_ENFORCED + ": the agent is not running");
		// How many tasks it keeps (tasks.max): the console's placement must not give it more.
		osFacts.put(TaskOperations.TASK_SLOTS_PARAMETER, Integer.toString(agent.config().tasks().maxTasks()));
		items.add(new Message.StackItem("operating system", String.valueOf(os.family()), String.valueOf(os.version()),
				osFacts));
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
		PackageRuntime packages = agent.packagesIfOpen();
		if (packages != null) {
			try {
				for (InstalledPackage p : packages.recorded()) {
					Map<String, String> facts = new LinkedHashMap<>();
					facts.put(PackageOperations.PACKAGE_FACT, p.layer());
					facts.put("location", p.home().toString());
					facts.put("health", p.health());
					p.parameters().forEach((k, v) -> facts.put(PackageOperations.PARAMETER_FACT_PREFIX + k, v));
					String layer = p.layer().equals("os-tuning") ? PackageOperations.OS_TUNING_LAYER : p.layer();
					items.add(new Message.StackItem(layer, p.name(), p.version(), facts));
				}
			} catch (IOException e) {
				// The rest of the inventory still goes out; the packages come with the next change.
			}
		}
		lastInventory = inventory;
		lastReport = new Message.InventoryReport(inventory.nodeName(), ++inventoryVersion, items);
		return lastReport;
	}

	/**
	 * "nvme", "ssd" or "hdd" as Linux tells it ({@code /sys/block/DEV/queue/rotational}); null when
	 * it does not say. Virtual disks usually claim to rotate: the kernel's word is reported as it is.
	 */
	static String diskKind(String device) {
		if (device.startsWith("nvme")) {
			return "nvme";
		}
		try {
			String rotational = Files.readString(Path.of("/sys/block", device, "queue", "rotational")).strip();
			return rotational.equals("0") ? "ssd" : rotational.equals("1") ? "hdd" : null;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/**
	 * The sample as protocol metrics; subject "" is the node itself. {@code agent.report.interval} (milliseconds)
	 * tells the console how often to expect a report, so that it can tell a silent node from a slow one.
	 */
	static List<Message.MetricSample> metrics(MetricsSample s, long reportIntervalMillis) {
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
		values.put(REPORT_INTERVAL_METRIC, (double) reportIntervalMillis);
		List<Message.MetricSample> metrics = new ArrayList<>(values.size());
		values.forEach((metric, value) -> metrics.add(new Message.MetricSample("", metric, value)));
		return metrics;
	}

	/** The metric that carries the agent's report interval in milliseconds. */
	public static final String REPORT_INTERVAL_METRIC = "agent.report.interval";

	/** Seconds since the host booted (Linux /proc/uptime), 0 when unknown. */
	static double hostUptimeSeconds() {
		try {
			String line = Files.readString(Path.of("/proc/uptime")).trim();
			return Double.parseDouble(line.substring(0, line.indexOf(' ')));
		} catch (IOException | RuntimeException e) {
			return 0;
		}
	}

	/**
	 * What a console may ask, and which roles may ask it (DESIGN.md, security model): questions are
	 * open to every role, commands that change the node need the administrator role, except running and
	 * stopping tasks, which planners may do too (docs/tasks.md). The agent checks the role in the
	 * console's certificate (signed by the pool CA) for every request.
	 */
	enum Operation {
		PING("ping", false, EnumSet.allOf(ConsoleRole.class)),
		INVENTORY("inventory", false, EnumSet.allOf(ConsoleRole.class)),
		REPORT_INVENTORY("report-inventory", false, EnumSet.allOf(ConsoleRole.class)),
		LATEST("latest", false, EnumSet.allOf(ConsoleRole.class)),
		HISTORY("history", false, EnumSet.allOf(ConsoleRole.class)),
		RESCAN_INVENTORY("rescan-inventory", true, EnumSet.of(ConsoleRole.ADMINISTRATOR)),
		RUN_TASK(TaskOperations.RUN, true, EnumSet.of(ConsoleRole.ADMINISTRATOR, ConsoleRole.PLANNER)),
		STOP_TASK(TaskOperations.STOP, true, EnumSet.of(ConsoleRole.ADMINISTRATOR, ConsoleRole.PLANNER)),
		TASK_STATUS(TaskOperations.STATUS, false, EnumSet.allOf(ConsoleRole.class)),
		TASK_LOG(TaskOperations.LOG, false, EnumSet.allOf(ConsoleRole.class)),
		/**
		 * This agent's own audit, newest first: who may see who did what here. Support and administrators (the pool
		 * service dials agents as an administrator, and asks for its consoles); a planner plans, and does not.
		 */
		AUDIT_READ("audit-read", false, EnumSet.of(ConsoleRole.ADMINISTRATOR, ConsoleRole.SUPPORT)),
		/** The pool's revocation list ({@code crl}: PEM or base64 DER), signed by the pool CA; see {@link AgentCredentials}. */
		REVOCATIONS(TrustOperations.REVOCATIONS, true, EnumSet.of(ConsoleRole.ADMINISTRATOR)),
		/** A new key pair here; answers {@code request}, a PKCS#10 PEM for it. */
		RENEW_BEGIN(TrustOperations.RENEW_BEGIN, true, EnumSet.of(ConsoleRole.ADMINISTRATOR)),
		/** {@code chain}: the certificate the pool CA signed for the pending request (PEM); used from the next handshake. */
		RENEW_INSTALL(TrustOperations.RENEW_INSTALL, true, EnumSet.of(ConsoleRole.ADMINISTRATOR)),
		/** Provisioning (issue 14, {@link PackageOperations}): administrators only; status for every role. */
		PACKAGE_OFFER(PackageOperations.OFFER, true, EnumSet.of(ConsoleRole.ADMINISTRATOR)),
		PACKAGE_CHUNK(PackageOperations.CHUNK, true, EnumSet.of(ConsoleRole.ADMINISTRATOR)),
		PACKAGE_APPLY(PackageOperations.APPLY, true, EnumSet.of(ConsoleRole.ADMINISTRATOR)),
		PACKAGE_REMOVE(PackageOperations.REMOVE, true, EnumSet.of(ConsoleRole.ADMINISTRATOR)),
		PACKAGE_STATUS(PackageOperations.STATUS, false, EnumSet.allOf(ConsoleRole.class));

		final String wireName;
		/** Changes the node: written to the audit log. */
		final boolean command;
		final Set<ConsoleRole> allowed;

		Operation(String wireName, boolean command, Set<ConsoleRole> allowed) {
			this.wireName = wireName;
			this.command = command;
			this.allowed = allowed;
		}

		static Operation named(String wireName) {
			for (Operation operation : values()) {
				if (operation.wireName.equals(wireName)) {
					return operation;
				}
			}
			return null;
		}

		static String names() {
			return Arrays.stream(values()).map(o -> o.wireName).collect(Collectors.joining(", "));
		}
	}

	private Response answer(RequestHandler.Context context, Request request) {
		PeerIdentity peer = context.peer();
		Operation operation = Operation.named(request.operation());
		String role = peer.role().map(ConsoleRole::externalName).orElse(peer.kind().name().toLowerCase());
		if (operation == null) {
			// The name is the peer's text: it goes into the audit once, escaped and cut (see AuditLog), not twice.
			audit.refused(context.connectionId(), peer.name(), role, request.operation(), "unknown operation");
			return Response.failed(request.id(), Response.Status.REFUSED, "unknown operation '"
					+ LogText.of(request.operation(), LogText.NAME) + "' (this agent answers " + Operation.names() + ")");
		}
		if (peer.role().isEmpty() || !operation.allowed.contains(peer.role().get())) {
			String reason = "'" + operation.wireName + "' needs the role "
					+ operation.allowed.stream().map(ConsoleRole::externalName).collect(Collectors.joining(" or "))
					+ "; console '" + peer.name() + "' has the role " + role;
			audit.refused(context.connectionId(), peer.name(), role, operation.wireName, reason);
			return Response.failed(request.id(), Response.Status.REFUSED, reason);
		}
		if (operation == Operation.RUN_TASK || operation == Operation.STOP_TASK) {
			// Bad arguments and stale epochs are refusals, not accepted commands: they go to the refusal file.
			String problem = taskProblem(operation, request);
			if (problem != null) {
				audit.refused(context.connectionId(), peer.name(), role, operation.wireName, problem);
				return Response.failed(request.id(), Response.Status.REFUSED, problem);
			}
		}
		if (operation.command) {
			try {
				audit.commandStarting(peer.name(), role, operation.wireName, auditDetail(operation, request));
			} catch (IOException e) {
				String reason = "not done: the audit log " + audit.file() + " cannot be written (" + e.getMessage() + ")";
				audit.refused(context.connectionId(), peer.name(), role, operation.wireName, reason);
				return Response.failed(request.id(), Response.Status.REFUSED, reason);
			}
		}
		Response response;
		try {
			response = perform(operation, request, context);
		} catch (TaskRefusedException | PackageRefusedException e) {
			audit.refused(context.connectionId(), peer.name(), role, operation.wireName, e.getMessage());
			response = Response.failed(request.id(), Response.Status.REFUSED, e.getMessage());
		} catch (org.flotilla.agent.packages.PackageFailedException e) {
			response = Response.failed(request.id(), Response.Status.FAILED, e.getMessage());
		} catch (RuntimeException | IOException e) {
			response = Response.failed(request.id(), Response.Status.FAILED, operation.wireName + " failed: " + e.getMessage());
		}
		if (operation.command) {
			audit.commandFinished(peer.name(), role, operation.wireName, response.status().name(),
					response.status() == Response.Status.OK ? String.valueOf(response.values()) : response.detail());
		}
		return response;
	}

	/** What is wrong with a run-task or stop-task before it is accepted (arguments, stale epoch), or null. */
	private String taskProblem(Operation operation, Request request) {
		TaskRuntime tasks = agent.tasks();
		if (tasks == null) {
			return "the agent is not running";
		}
		try {
			String id;
			long epoch;
			if (operation == Operation.RUN_TASK) {
				TaskSpec spec = TaskSpec.fromArguments(request.arguments());
				id = spec.id();
				epoch = spec.epoch();
			} else {
				id = stopTarget(request);
				epoch = epochOf(request);
			}
			if (operation == Operation.RUN_TASK) {
				tasks.checkRun(id, epoch);
			} else {
				tasks.checkEpoch(id, epoch);
			}
			return null;
		} catch (IllegalArgumentException | TaskRefusedException e) {
			return operation.wireName + ": " + e.getMessage();
		}
	}

	private static String stopTarget(Request request) {
		String id = request.arguments().get("task");
		if (id == null) {
			throw new IllegalArgumentException("'task' is missing");
		}
		if (!TaskSpec.ID.matcher(id).matches()) {
			throw new IllegalArgumentException("'task' '" + LogText.of(id, LogText.NAME) + "' is not a task id");
		}
		return id;
	}

	private static long epochOf(Request request) {
		String raw = request.arguments().get("epoch");
		if (raw == null) {
			throw new IllegalArgumentException("'epoch' is missing");
		}
		try {
			long epoch = Long.parseLong(raw.strip());
			if (epoch <= 0) {
				throw new IllegalArgumentException("'epoch' must be positive, got " + epoch);
			}
			return epoch;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'epoch' must be a whole number, got '" + LogText.of(raw, LogText.NAME) + "'");
		}
	}

	/**
	 * What the audit line says of a command: for tasks, what runs and for whom, without the environment's values (they
	 * may be secrets) or the arguments (the command line is in the task's journal, readable by the agent's user only).
	 */
	private static String auditDetail(Operation operation, Request request) {
		Map<String, String> a = request.arguments();
		if (operation == Operation.RUN_TASK) {
			List<String> variables = a.keySet().stream().filter(k -> k.startsWith("env.")).map(k -> k.substring(4)).sorted()
					.toList();
			return "task=" + a.get("task") + " epoch=" + a.get("epoch") + " kind=" + a.getOrDefault("kind", "service")
					+ " command=" + a.get("command") + " argc=" + a.getOrDefault("argc", "0") + " env=" + variables
					+ " onBehalfOf=" + a.getOrDefault("onBehalfOf", "-");
		}
		if (operation == Operation.REVOCATIONS || operation == Operation.RENEW_BEGIN || operation == Operation.RENEW_INSTALL) {
			return TrustOperations.auditDetail(operation.wireName, a);
		}
		if (operation == Operation.STOP_TASK) {
			return "task=" + a.get("task") + " epoch=" + a.get("epoch") + " onBehalfOf=" + a.getOrDefault("onBehalfOf", "-");
		}
		if (operation == Operation.PACKAGE_CHUNK) {
			// Not the data (up to 342 KiB of base64): where it goes and how much.
			String data = a.getOrDefault(PackageOperations.DATA, "");
			return "sha256=" + a.get(PackageOperations.SHA256) + " offset=" + a.get(PackageOperations.OFFSET) + " base64Chars="
					+ data.length();
		}
		if (operation == Operation.PACKAGE_APPLY) {
			// Parameter names, not values: a value may be a password.
			List<String> parameters = a.keySet().stream().filter(k -> k.startsWith(PackageOperations.PARAMETER_PREFIX))
					.map(k -> k.substring(PackageOperations.PARAMETER_PREFIX.length())).sorted().toList();
			return "name=" + a.get(PackageOperations.NAME) + " version=" + a.get(PackageOperations.VERSION) + " sha256="
					+ a.get(PackageOperations.SHA256) + " epoch=" + a.get(PackageOperations.EPOCH) + " parameters=" + parameters
					+ " onBehalfOf=" + a.getOrDefault("onBehalfOf", "-");
		}
		return String.valueOf(a);
	}

	private Response perform(Operation operation, Request request, RequestHandler.Context context)
			throws IOException, TaskRefusedException, PackageRefusedException {
		return switch (operation) {
		case PING -> Response.ok(request.id(), Map.of("node", agent.identity().nodeName(), "time",
				Long.toString(System.currentTimeMillis()), "reportIntervalMillis",
				Long.toString(agent.config().reportInterval().toMillis())));
		case INVENTORY -> {
			Inventory inventory = agent.inventory();
			yield Response.ok(request.id(), Map.of("node", inventory.nodeName(), "nodeId", inventory.nodeId().toString(),
					"logicalCores", Integer.toString(inventory.hardware().logicalCores()), "memoryBytes",
					Long.toString(inventory.hardware().memoryBytes()), "os", inventory.operatingSystem().family() + " "
							+ inventory.operatingSystem().version()));
		}
		case REPORT_INVENTORY -> {
			// A console that connects after the last change asks for the whole stack once (and what is wrong now):
			// only that console gets them, the others have them already.
			Message.InventoryReport report = currentReport();
			context.send(report);
			context.send(problemsEvent());
			yield Response.ok(request.id(), Map.of("stateVersion", Long.toString(report.stateVersion()), "items",
					Integer.toString(report.items().size())));
		}
		case LATEST -> {
			MetricsSample sample = agent.latestSample();
			Map<String, String> values = new LinkedHashMap<>();
			if (sample != null) {
				for (Message.MetricSample metric : metrics(sample, agent.config().reportInterval().toMillis())) {
					values.put(metric.metric(), Double.toString(metric.value()));
				}
			}
			yield Response.ok(request.id(), values);
		}
		case HISTORY -> history(request);
		case RESCAN_INVENTORY -> Response.ok(request.id(), Map.of("changed", Boolean.toString(agent.rescanInventory())));
		case RUN_TASK -> {
			TaskStatus status = runningTasks().run(TaskSpec.fromArguments(request.arguments()));
			yield Response.ok(request.id(), Map.of("state", status.state().wireName(), "pid", Long.toString(status.pid()),
					"epoch", Long.toString(status.epoch())));
		}
		case STOP_TASK -> {
			TaskStatus status = runningTasks().stop(stopTarget(request), epochOf(request));
			yield Response.ok(request.id(), Map.of("state", status.state().wireName()));
		}
		case TASK_STATUS -> Response.ok(request.id(), TaskStatus.toValues(runningTasks().status(request.arguments().get("task"))));
		case TASK_LOG -> taskLog(request);
		case AUDIT_READ -> auditRead(request);
		case REVOCATIONS, RENEW_BEGIN, RENEW_INSTALL -> trust(operation, request);
		case PACKAGE_OFFER, PACKAGE_CHUNK, PACKAGE_APPLY, PACKAGE_REMOVE, PACKAGE_STATUS -> packages(operation, request);
		};
	}

	/** The provisioning operations ({@link PackageOperations}), carried out by the agent's {@link PackageRuntime}. */
	private Response packages(Operation operation, Request request) throws IOException, PackageRefusedException {
		Map<String, String> a = request.arguments();
		PackageRuntime runtime = agent.packages();
		String what = operation.wireName + ": ";
		switch (operation) {
		case PACKAGE_OFFER -> {
			long have = runtime.offer(a.get(PackageOperations.NAME), a.get(PackageOperations.VERSION),
					a.get(PackageOperations.SHA256), number(what, a, PackageOperations.SIZE));
			return Response.ok(request.id(), Map.of(PackageOperations.HAVE, Long.toString(have)));
		}
		case PACKAGE_CHUNK -> {
			byte[] data;
			try {
				data = java.util.Base64.getDecoder().decode(a.getOrDefault(PackageOperations.DATA, ""));
			} catch (IllegalArgumentException e) {
				throw new PackageRefusedException(what + "'data' is not base64: " + e.getMessage());
			}
			long have = runtime.chunk(a.get(PackageOperations.SHA256), number(what, a, PackageOperations.OFFSET), data);
			return Response.ok(request.id(), Map.of(PackageOperations.HAVE, Long.toString(have)));
		}
		case PACKAGE_APPLY -> {
			Map<String, String> parameters = new LinkedHashMap<>();
			a.forEach((k, v) -> {
				if (k.startsWith(PackageOperations.PARAMETER_PREFIX)) {
					parameters.put(k.substring(PackageOperations.PARAMETER_PREFIX.length()), v);
				}
			});
			ApplyResult r = runtime.apply(a.get(PackageOperations.NAME), a.get(PackageOperations.VERSION),
					a.get(PackageOperations.SHA256), parameters, number(what, a, PackageOperations.EPOCH));
			return Response.ok(request.id(), applied(r));
		}
		case PACKAGE_REMOVE -> {
			ApplyResult r = runtime.remove(a.get(PackageOperations.NAME), number(what, a, PackageOperations.EPOCH));
			return Response.ok(request.id(), applied(r));
		}
		default -> {
			String only = a.get(PackageOperations.NAME);
			StringBuilder lines = new StringBuilder();
			for (InstalledPackage p : runtime.installed()) {
				if (only != null && !only.equals(p.name())) {
					continue;
				}
				lines.append(p.name()).append('\t').append(p.version()).append('\t').append(p.layer()).append('\t')
						.append(oneField(p.health())).append('\t').append(oneField(p.lastResult()));
				p.parameters().forEach((k, v) -> lines.append('\t').append(k).append('=').append(oneField(v)));
				lines.append('\n');
			}
			return Response.ok(request.id(), Map.of(PackageOperations.PACKAGES, lines.toString(), "node",
					agent.identity().nodeName()));
		}
		}
	}

	private static Map<String, String> applied(ApplyResult r) {
		return Map.of(PackageOperations.RESULT, r.result(), PackageOperations.FROM_VERSION, r.fromVersion(),
				PackageOperations.TO_VERSION, r.toVersion(), PackageOperations.STEPS, r.stepLines());
	}

	private static String oneField(String s) {
		return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
	}

	private static long number(String what, Map<String, String> a, String key) throws PackageRefusedException {
		String raw = a.get(key);
		if (raw == null) {
			throw new PackageRefusedException(what + "'" + key + "' is missing");
		}
		try {
			return Long.parseLong(raw.strip());
		} catch (NumberFormatException e) {
			throw new PackageRefusedException(what + "'" + key + "' must be a whole number, got '" + LogText.of(raw, LogText.NAME) + "'");
		}
	}

	/** Revocations and renewal (see {@link TrustOperations}); refused when this endpoint has no credentials. */
	private Response trust(Operation operation, Request request) throws TaskRefusedException {
		if (credentials == null) {
			throw new TaskRefusedException(operation.wireName + ": this agent was started with a fixed TLS identity");
		}
		try {
			return switch (operation) {
			case REVOCATIONS -> {
				boolean newer = credentials.takeRevocations(request.arguments().get(TrustOperations.CRL));
				// Whoever the new list revokes goes now, not at its next connection.
				int closed = newer ? server.refuseConnected(credentials.refusals()) : 0;
				yield Response.ok(request.id(), Map.of(TrustOperations.NUMBER, credentials.revocations().number().toString(),
						"taken", Boolean.toString(newer), "disconnected", Integer.toString(closed)));
			}
			case RENEW_BEGIN -> Response.ok(request.id(), Map.of(TrustOperations.REQUEST, credentials.beginRenewal()));
			default -> {
				java.security.cert.X509Certificate renewed = credentials.installRenewal(request.arguments().get(TrustOperations.CHAIN));
				yield Response.ok(request.id(), Map.of("serial", renewed.getSerialNumber().toString(16), "notAfter",
						renewed.getNotAfter().toInstant().toString()));
			}
			};
		} catch (GeneralSecurityException e) {
			throw new TaskRefusedException(operation.wireName + ": " + e.getMessage());
		} catch (IOException e) {
			return Response.failed(request.id(), Response.Status.FAILED, operation.wireName + " failed: " + e.getMessage());
		}
	}

	private TaskRuntime runningTasks() {
		TaskRuntime tasks = agent.tasks();
		if (tasks == null) {
			throw new IllegalStateException("the agent is not running");
		}
		return tasks;
	}

	/** The most lines one {@code audit-read} answer carries (each at most 1 KiB): well under a frame. */
	public static final int AUDIT_PAGE_LINES = 150;

	/**
	 * {@code audit-read}: {@code offset} (lines from the newest to skip, default 0) and {@code limit} (1..
	 * {@value #AUDIT_PAGE_LINES}, default {@value #AUDIT_PAGE_LINES}). Answers {@code lines}: the audit's lines (commands
	 * and refusals merged by time), newest first, one per line as written (tab-separated, escaped: instant, console,
	 * role, operation, outcome, detail), {@code more} (true when older lines follow) and {@code next} (the offset of
	 * the next page).
	 */
	private Response auditRead(Request request) throws IOException {
		int offset;
		int limit;
		try {
			offset = Integer.parseInt(request.arguments().getOrDefault("offset", "0").strip());
			limit = Integer.parseInt(request.arguments().getOrDefault("limit", Integer.toString(AUDIT_PAGE_LINES)).strip());
		} catch (NumberFormatException e) {
			offset = -1;
			limit = -1;
		}
		if (offset < 0 || offset > org.flotilla.protocol.AuditFile.MAXIMUM_READ_WINDOW - AUDIT_PAGE_LINES - 1 || limit < 1
				|| limit > AUDIT_PAGE_LINES) {
			return Response.failed(request.id(), Response.Status.REFUSED, "audit-read needs 'offset' 0.."
					+ (org.flotilla.protocol.AuditFile.MAXIMUM_READ_WINDOW - AUDIT_PAGE_LINES - 1) + " and 'limit' 1.."
					+ AUDIT_PAGE_LINES + ", got " + LogText.of(String.valueOf(request.arguments()), LogText.DETAIL));
		}
		org.flotilla.protocol.AuditFile.Page page = audit.read(offset, limit);
		StringBuilder lines = new StringBuilder(page.entries().size() * 160);
		for (org.flotilla.protocol.AuditFile.Entry entry : page.entries()) {
			lines.append(entry.line()).append('\n');
		}
		return Response.ok(request.id(), Map.of("lines", lines.toString(), "more", Boolean.toString(page.more()), "next",
				Integer.toString(offset + page.entries().size()), "node", agent.identity().nodeName()));
	}

	/** The most lines one {@code task-log} answer may ask for. */
	static final int MAXIMUM_LOG_LINES = 1000;

	private Response taskLog(Request request) throws IOException, TaskRefusedException {
		String id = request.arguments().get("task");
		if (id == null) {
			throw new TaskRefusedException("task-log needs 'task'");
		}
		int lines = 100;
		String raw = request.arguments().get("lines");
		if (raw != null) {
			try {
				lines = Integer.parseInt(raw.strip());
			} catch (NumberFormatException e) {
				lines = -1;
			}
			if (lines < 1 || lines > MAXIMUM_LOG_LINES) {
				throw new TaskRefusedException("task-log: 'lines' must be 1.." + MAXIMUM_LOG_LINES + ", got '"
						+ LogText.of(raw, LogText.NAME) + "'");
			}
		}
		OutputLog.Tail tail = runningTasks().log(id, lines);
		return Response.ok(request.id(), Map.of("log", tail.text(), "truncated", Boolean.toString(tail.truncated())));
	}

	/**
	 * {@code history}: arguments {@code from} and {@code to} (epoch milliseconds, from &lt; to) and
	 * optionally {@code resolution} (SECOND, MINUTE, QUARTER_HOUR; default: the finest that reaches
	 * back to {@code from}); answers a {@link HistorySeries} of at most {@value #HISTORY_PAGE_POINTS}
	 * points, and, when more follow, {@code next}: the {@code from} of the next page (ask it with the
	 * same resolution).
	 */
	private Response history(Request request) throws IOException, TaskRefusedException {
		long from;
		long to;
		Resolution resolution = null;
		try {
			from = Long.parseLong(request.arguments().getOrDefault("from", ""));
			to = Long.parseLong(request.arguments().getOrDefault("to", ""));
			String asked = request.arguments().get("resolution");
			if (asked != null && !asked.isBlank()) {
				resolution = Resolution.valueOf(asked);
			}
		} catch (IllegalArgumentException e) {
			return Response.failed(request.id(), Response.Status.REFUSED,
					"history needs 'from' and 'to' in epoch milliseconds and an optional 'resolution' ("
							+ Arrays.toString(Resolution.values()) + "), got "
							+ LogText.of(String.valueOf(request.arguments()), LogText.DETAIL));
		}
		if (from >= to) {
			return Response.failed(request.id(), Response.Status.REFUSED, "history needs from < to, got " + from + " .. " + to);
		}
		HistoryQuery query = new HistoryQuery(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to), resolution,
				HISTORY_PAGE_POINTS);
		String task = request.arguments().get("task");
		HistoryResult result = task == null ? agent.history(query) : runningTasks().history(task, query);
		Map<String, String> values = (task == null ? toSeries(result) : toTaskSeries(result)).toValues();
		if (result.hasMore()) {
			values.put(HistorySeries.NEXT, Long.toString(result.nextFromMillis()));
		}
		return Response.ok(request.id(), values);
	}

	static HistorySeries toSeries(HistoryResult result) {
		List<HistoryPoint> points = result.points();
		int n = points.size();
		long[] times = new long[n];
		double[] cpu = new double[n];
		double[] cpuMax = new double[n];
		double[] memory = new double[n];
		double[] memoryMax = new double[n];
		double[] disk = new double[n];
		double[] network = new double[n];
		for (int i = 0; i < n; i++) {
			HistoryPoint point = points.get(i);
			MetricsSample mean = point.mean();
			MetricsSample max = point.max();
			times[i] = point.startMillis();
			cpu[i] = mean.hostCpu();
			cpuMax[i] = max.hostCpu();
			memory[i] = fraction(mean.memoryUsedBytes(), mean.memoryTotalBytes());
			memoryMax[i] = fraction(max.memoryUsedBytes(), max.memoryTotalBytes());
			disk[i] = mean.diskReadBytesPerSec() + mean.diskWriteBytesPerSec();
			network[i] = mean.netRxBytesPerSec() + mean.netTxBytesPerSec();
		}
		return new HistorySeries(result.resolution().name(), result.resolution().bucket().toMillis(), times, cpu, cpuMax,
				memory, memoryMax, disk, network);
	}

	/**
	 * A task's history in the node's form, in the task's units: {@code cpu} in cores, {@code memory} in resident bytes,
	 * {@code disk} the storage bytes per second read and written, {@code network} 0 (not measured per task).
	 */
	static HistorySeries toTaskSeries(HistoryResult result) {
		List<HistoryPoint> points = result.points();
		int n = points.size();
		long[] times = new long[n];
		double[] cpu = new double[n];
		double[] cpuMax = new double[n];
		double[] memory = new double[n];
		double[] memoryMax = new double[n];
		double[] disk = new double[n];
		for (int i = 0; i < n; i++) {
			HistoryPoint point = points.get(i);
			times[i] = point.startMillis();
			cpu[i] = point.mean().hostCpu();
			cpuMax[i] = point.max().hostCpu();
			memory[i] = point.mean().memoryUsedBytes();
			memoryMax[i] = point.max().memoryUsedBytes();
			disk[i] = point.mean().diskReadBytesPerSec() + point.mean().diskWriteBytesPerSec();
		}
		return new HistorySeries(result.resolution().name(), result.resolution().bucket().toMillis(), times, cpu, cpuMax,
				memory, memoryMax, disk, new double[n]);
	}

	private static double fraction(long used, long total) {
		return total > 0 ? (double) used / total : 0;
	}

	@Override
	public void close() {
		agent.removeListener(this);
		TaskRuntime tasks = agent.tasks();
		if (tasks != null) {
			tasks.watchConsoles(null);
		}
		server.close();
	}
}
