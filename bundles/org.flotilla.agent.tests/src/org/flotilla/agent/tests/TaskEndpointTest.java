package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.flotilla.agent.Agent;
import org.flotilla.agent.AgentConfig;
import org.flotilla.agent.AgentEndpoint;
import org.flotilla.agent.internal.ConfigParser;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.HistorySeries;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.Message.Response.Status;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.SecretFiles;
import org.flotilla.protocol.tasks.TaskOperations;
import org.flotilla.protocol.tasks.TaskSpec;
import org.flotilla.protocol.tasks.TaskSpec.Isolation;
import org.flotilla.protocol.tasks.TaskSpec.RestartPolicy;
import org.flotilla.protocol.tasks.TaskSpec.TaskKind;
import org.flotilla.protocol.tasks.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import oshi.SystemInfo;

/** The task operations on a real agent behind its TLS endpoint, asked by consoles of each role over loopback. */
class TaskEndpointTest {

	private static final char[] PASSWORD = "secret".toCharArray();
	private static final Duration WAIT = Duration.ofSeconds(20);

	@TempDir
	Path dir;

	private PoolCertificateAuthority ca;
	private Path data;
	private final Set<Path> cgroups = new LinkedHashSet<>();

	@BeforeEach
	void agentData() throws Exception {
		assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "tasks run on Linux");
		ca = PoolCertificateAuthority.openOrCreate(dir.resolve("ca"), PASSWORD, "test pool");
		data = dir.resolve("data");
		PoolCertificateAuthority.writeKeyStore(ca.issueAgent("node-1", PASSWORD), data.resolve(AgentEndpoint.KEYSTORE), PASSWORD);
		SecretFiles.write(data.resolve(AgentEndpoint.PASSWORD), "secret\n".getBytes(StandardCharsets.US_ASCII));
	}

	@AfterEach
	void killTasks() {
		TaskProcesses.killAll(dir);
		TaskProcesses.removeCgroups(cgroups);
	}

	private AgentConfig config(String extra) throws Exception {
		Path config = dir.resolve("agent.properties");
		Files.writeString(config, "node.name = node-1\nreport.interval = 200ms\ndata.dir = " + data + "\n" + extra);
		return ConfigParser.parse(config, new ConfigParser.Host(Runtime.getRuntime().availableProcessors(),
				new SystemInfo().getHardware().getMemory().getTotal(), "unused"));
	}

	private ProtocolClient connect(AgentEndpoint endpoint, String name, ConsoleRole role, BlockingQueue<Message> pushed)
			throws Exception {
		return connect(endpoint, name, role, pushed, null);
	}

	/** A console; with {@code heartbeats}, one that sends a heartbeat that often (null: none). */
	private ProtocolClient connect(AgentEndpoint endpoint, String name, ConsoleRole role, BlockingQueue<Message> pushed,
			Duration heartbeats) throws Exception {
		SSLContext tls = PoolCertificateAuthority.sslContext(ca.issueConsole(name, role, PASSWORD), PASSWORD);
		ProtocolClient.Builder builder = ProtocolClient.builder(endpoint.address(), tls, PeerKind.CONSOLE, name)
				.expectAgent("node-1").pushedMessages(pushed::add).requestTimeout(Duration.ofSeconds(30));
		if (heartbeats != null) {
			builder.heartbeatEvery(heartbeats);
		}
		return builder.connect();
	}

	private static Message.Response ask(ProtocolClient client, String operation, Map<String, String> arguments)
			throws Exception {
		return client.request(operation, 0, arguments).get(30, TimeUnit.SECONDS);
	}

	private static Map<String, String> runArguments(TaskSpec spec, String onBehalfOf) {
		return new LinkedHashMap<>(spec.toArguments(onBehalfOf));
	}

	@Test
	void consolesRunWatchAndStopTasksWithinTheirRoles() throws Exception {
		BlockingQueue<Message> toPlanner = new LinkedBlockingQueue<>();
		BlockingQueue<Message> toSupport = new LinkedBlockingQueue<>();
		try (Agent agent = new Agent(config(""), new SystemInfo(), InstantSource.system())) {
			agent.start();
			try (AgentEndpoint endpoint = AgentEndpoint.start(agent, AgentEndpoint.tlsFromDataDir(data),
					new InetSocketAddress("127.0.0.1", 0));
					ProtocolClient planner = connect(endpoint, "paula", ConsoleRole.PLANNER, toPlanner);
					ProtocolClient support = connect(endpoint, "sam", ConsoleRole.SUPPORT, toSupport);
					ProtocolClient admin = connect(endpoint, "ada", ConsoleRole.ADMINISTRATOR, new LinkedBlockingQueue<>())) {
				TaskSpec burner = new TaskSpec("burner", 1, TaskKind.SERVICE, "while :; do :; done", List.of(),
						Map.of("API_TOKEN", "hunter2"), true, RestartPolicy.ON_FAILURE, 3, 0, 0, Isolation.KEEP, 10_000);

				// Support staff may not run tasks: refused, and on record as refused.
				Message.Response refused = ask(support, TaskOperations.RUN, runArguments(burner, "sam"));
				assertEquals(Status.REFUSED, refused.status());
				assertTrue(refused.detail().contains("needs the role administrator or planner"), refused.detail());
				assertTrue(Files.readString(data.resolve("audit-refused.log")).contains("\tsam\tsupport\trun-task\tREFUSED\t"));
				assertTrue(agent.tasks().status(null).isEmpty(), "nothing ran");

				// A planner may, on behalf of a person: audited before it acts, without the environment's values.
				Message.Response ran = ask(planner, TaskOperations.RUN, runArguments(burner, "Paula Planner"));
				assertEquals(Status.OK, ran.status(), ran.detail());
				assertEquals("running", ran.values().get("state"));
				assertEquals("1", ran.values().get("epoch"));
				long pid = Long.parseLong(ran.values().get("pid"));
				assertTrue(pid > 0);
				cgroups.addAll(agent.tasks().cgroupsOf("burner"));
				cgroups.addAll(agent.tasks().cgroupsOf("chatty"));
				List<String> audit = Files.readAllLines(data.resolve("audit.log"));
				assertEquals(2, audit.size(), audit.toString());
				assertTrue(audit.get(0).contains("\tpaula\tplanner\trun-task\tSTARTED\ttask=burner epoch=1 kind=service"),
						audit.get(0));
				assertTrue(audit.get(0).contains("env=[API_TOKEN] onBehalfOf=Paula Planner"), audit.get(0));
				assertFalse(String.join("\n", audit).contains("hunter2"), "no secrets in the audit");
				assertTrue(audit.get(1).contains("\tpaula\tplanner\trun-task\tOK\t"), audit.get(1));

				// Every console hears of the change, and of its usage.
				TaskStatus event = nextTaskEvent(toSupport, "burner");
				assertEquals(TaskStatus.State.RUNNING, event.state());
				assertEquals(pid, event.pid());
				double[] cores = { 0 };
				Set<String> metrics = new java.util.TreeSet<>();
				Conditions.await("a report with the burner above 0.3 cores", WAIT, () -> {
					Message m = toSupport.poll();
					if (m instanceof Message.MetricsReport report) {
						for (Message.MetricSample sample : report.samples()) {
							if (sample.subject().equals("burner")) {
								metrics.add(sample.metric());
								if (sample.metric().equals(TaskOperations.METRIC_CPU)) {
									cores[0] = sample.value();
								}
							}
						}
					}
					return cores[0] > 0.3;
				});
				assertTrue(metrics.containsAll(List.of(TaskOperations.METRIC_CPU, TaskOperations.METRIC_MEMORY)), metrics.toString());
				if (Files.isReadable(Path.of("/proc/self/io"))) {
					assertTrue(metrics.containsAll(List.of(TaskOperations.METRIC_IO_READ, TaskOperations.METRIC_IO_WRITE)),
							"where /proc/PID/io can be read: " + metrics);
				}

				// Support staff may read the state, the output and the history.
				Map<String, String> values = ask(support, TaskOperations.STATUS, Map.of()).values();
				List<TaskStatus> statuses = TaskStatus.fromValues(values);
				assertEquals(1, statuses.size(), values.toString());
				assertEquals("service", statuses.get(0).kind());
				assertEquals(pid, statuses.get(0).pid());
				assertEquals("running", values.get("burner.state"));

				long now = System.currentTimeMillis();
				Message.Response history = ask(support, "history", Map.of("task", "burner", "from",
						Long.toString(now - 60_000), "to", Long.toString(now + 1000)));
				assertEquals(Status.OK, history.status(), history.detail());
				HistorySeries series = HistorySeries.fromValues(history.values());
				assertTrue(series.size() > 0);
				assertTrue(java.util.Arrays.stream(series.cpuMax()).anyMatch(c -> c > 0.3), "cores in the history");
				assertTrue(java.util.Arrays.stream(series.memory()).anyMatch(m -> m > 1000), "bytes in the history");

				TaskSpec chatty = new TaskSpec("chatty", 1, TaskKind.BATCH, "for i in $(seq 1 50); do echo line $i; done",
						List.of(), Map.of(), true, RestartPolicy.NEVER, 0, 0, 0, Isolation.KEEP, 0);
				assertEquals(Status.OK, ask(admin, TaskOperations.RUN, runArguments(chatty, null)).status());
				Conditions.await("chatty exited", WAIT,
						() -> agent.tasks().status("chatty").get(0).state() == TaskStatus.State.EXITED);
				Message.Response log = ask(support, TaskOperations.LOG, Map.of("task", "chatty", "lines", "3"));
				assertEquals(Status.OK, log.status(), log.detail());
				assertEquals("line 48\nline 49\nline 50\n", log.values().get("log"));
				assertEquals("true", log.values().get("truncated"));
				Message.Response tooMany = ask(support, TaskOperations.LOG, Map.of("task", "chatty", "lines", "1001"));
				assertEquals(Status.REFUSED, tooMany.status());
				assertTrue(tooMany.detail().contains("'lines' must be 1..1000"), tooMany.detail());

				// Nor may support staff stop one: refused, on record, and the task runs on.
				Message.Response supportStop = ask(support, TaskOperations.STOP, Map.of("task", "burner", "epoch", "1",
						"onBehalfOf", "Sam"));
				assertEquals(Status.REFUSED, supportStop.status());
				assertTrue(supportStop.detail().contains("'stop-task' needs the role administrator or planner"),
						supportStop.detail());
				assertTrue(Files.readString(data.resolve("audit-refused.log")).contains("\tsam\tsupport\tstop-task\tREFUSED\t"));
				assertFalse(Files.readString(data.resolve("audit.log")).contains("\tsam\t"), "not an accepted command");
				assertEquals(TaskStatus.State.RUNNING, agent.tasks().status("burner").get(0).state());
				assertEquals(pid, agent.tasks().status("burner").get(0).pid(), "the same process runs on");

				// A newer epoch fences this copy; the older one can then never come back, and the refusal is on record.
				Message.Response fenced = ask(admin, TaskOperations.STOP, Map.of("task", "burner", "epoch", "2", "onBehalfOf", "Ada"));
				assertEquals(Status.OK, fenced.status(), fenced.detail());
				assertEquals("stopped", fenced.values().get("state"));
				Conditions.await("the burner is gone", WAIT, () -> TaskProcesses.of(data, "burner").isEmpty());
				Message.Response stale = ask(planner, TaskOperations.RUN, runArguments(burner, "Paula Planner"));
				assertEquals(Status.REFUSED, stale.status());
				assertEquals("run-task: stale epoch 1 for task 'burner': this agent has seen epoch 2", stale.detail());
				String refusals = Files.readString(data.resolve("audit-refused.log"));
				assertTrue(refusals.contains("\tpaula\tplanner\trun-task\tREFUSED\trun-task: stale epoch 1"), refusals);
				Message.Response bad = ask(admin, TaskOperations.RUN, Map.of("task", "x", "epoch", "1", "command", "sleep",
						"kind", "daemon"));
				assertEquals(Status.REFUSED, bad.status());
				assertTrue(bad.detail().contains("'kind' must be service or batch, got 'daemon'"), bad.detail());
				assertFalse(Files.readString(data.resolve("audit.log")).contains("daemon"), "a refusal is not an accepted command");
			}
		}
	}

	@Test
	void onlyAnAdministratorOrPlannerHeardFromLatelyKeepsAnIsolatedServiceNotAnOpenConnection() throws Exception {
		try (Agent agent = new Agent(config(""), new SystemInfo(), InstantSource.system())) {
			agent.start();
			try (AgentEndpoint endpoint = AgentEndpoint.start(agent, AgentEndpoint.tlsFromDataDir(data),
					new InetSocketAddress("127.0.0.1", 0));
					ProtocolClient support = connect(endpoint, "sam", ConsoleRole.SUPPORT, new LinkedBlockingQueue<>(),
							Duration.ofMillis(500))) {
				TaskSpec service = new TaskSpec("svc", 1, TaskKind.SERVICE, "sleep", List.of("300"), Map.of(), false,
						RestartPolicy.ALWAYS, 5, 0, 0, Isolation.STOP, 1_000);
				ProtocolClient admin = connect(endpoint, "ada", ConsoleRole.ADMINISTRATOR, new LinkedBlockingQueue<>(),
						Duration.ofMillis(500));
				assertEquals(Status.OK, ask(admin, TaskOperations.RUN, runArguments(service, null)).status());
				cgroups.addAll(agent.tasks().cgroupsOf("svc"));
				// An administrator that sends heartbeats is present: the service runs on, well past the presence window
				// (4 s) and the isolation grace (1 s).
				long since = System.nanoTime();
				while (System.nanoTime() - since < Duration.ofSeconds(6).toNanos()) {
					TaskStatus status = agent.tasks().status("svc").get(0);
					assertEquals(TaskStatus.State.RUNNING, status.state(), status.toString());
					assertFalse(status.reason().startsWith("stopping"), status.toString());
					Thread.sleep(100);
				}
				// Then a planner whose connection stays open but who says nothing more after one question (as in a
				// partition that keeps the TCP connection), and the support console that goes on sending heartbeats
				// (it cannot command tasks, so it does not count).
				try (ProtocolClient planner = connect(endpoint, "paula", ConsoleRole.PLANNER, new LinkedBlockingQueue<>(),
						null)) {
					admin.close();
					long asked = System.nanoTime();
					assertEquals(Status.OK, ask(planner, TaskOperations.STATUS, Map.of()).status());
					TaskStatus isolated = null;
					while (isolated == null) {
						TaskStatus status = agent.tasks().status("svc").get(0);
						if (status.reason().startsWith("stopping: isolated") || status.state() == TaskStatus.State.STOPPED) {
							isolated = status;
						}
						assertTrue(System.nanoTime() - asked < WAIT.toNanos(), "not isolated: " + status);
						Thread.sleep(20);
					}
					long afterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
					assertTrue(afterMillis >= 3_900, "not while the planner was heard from within 4 s: " + afterMillis + " ms");
					assertTrue(isolated.reason().contains("isolated: no console for "), isolated.toString());
					assertTrue(planner.isConnected() && support.isConnected(), "both connections are open all along");
					Conditions.await("the isolated service is gone", WAIT, () -> TaskProcesses.of(data, "svc").isEmpty());
				}
			}
		}
	}

	@Test
	void theInventorySaysWhetherTaskLimitsAreEnforced() throws Exception {
		BlockingQueue<Message> pushed = new LinkedBlockingQueue<>();
		try (Agent agent = new Agent(config("tasks.limits = off\n"), new SystemInfo(), InstantSource.system())) {
			agent.start();
			try (AgentEndpoint endpoint = AgentEndpoint.start(agent, AgentEndpoint.tlsFromDataDir(data),
					new InetSocketAddress("127.0.0.1", 0));
					ProtocolClient support = connect(endpoint, "sam", ConsoleRole.SUPPORT, pushed)) {
				assertEquals(Status.OK, ask(support, "report-inventory", Map.of()).status());
				Message.InventoryReport inventory = null;
				while (inventory == null) {
					Message m = pushed.poll(10, TimeUnit.SECONDS);
					assertNotNull(m, "the inventory is pushed");
					if (m instanceof Message.InventoryReport report) {
						inventory = report;
					}
				}
				Message.StackItem os = inventory.items().stream().filter(i -> i.layer().equals("operating system"))
						.findFirst().orElseThrow();
				assertEquals("not enforced: tasks.limits is off in the agent's configuration",
						os.parameters().get(TaskOperations.TASK_LIMITS_PARAMETER));
				assertEquals("512", os.parameters().get(TaskOperations.TASK_SLOTS_PARAMETER), "how many tasks it keeps (tasks.max)");
			}
		}
	}

	private static TaskStatus nextTaskEvent(BlockingQueue<Message> queue, String taskId) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			Message m = queue.poll(100, TimeUnit.MILLISECONDS);
			if (m instanceof Message.Event event) {
				TaskStatus status = TaskStatus.fromEvent(event);
				if (status != null && status.id().equals(taskId)) {
					return status;
				}
			}
		}
		throw new AssertionError("no task event for " + taskId);
	}
}
