package org.flotilla.integration;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.flotilla.console.core.ConnectionService;
import org.flotilla.console.core.LocalPoolAuthority;
import org.flotilla.console.core.LiveLoop;
import org.flotilla.console.core.LiveUpdates;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.tasks.ControlService;
import org.flotilla.model.Group;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.Task;
import org.flotilla.protocol.ConsoleRole;

/**
 * A live pool for the task tests: real agent processes of the built distribution on loopback, a pool with a
 * node per agent, and the console's services as the console runs them: the connection service, the live
 * updates and the control service, with one thread standing for the console's UI thread (the model thread)
 * that ticks every live batch, as the console's timer does.
 */
final class TaskPool implements AutoCloseable {

	final Path dir;
	final Path agentHome;
	final LocalPoolAuthority identity;
	final PoolSession session;
	final Pool pool;
	final LiveUpdates live = new LiveUpdates();
	final LiveLoop loop = new LiveLoop(live);
	final ConnectionService connections;
	final ControlService control;
	final List<Path> configs = new ArrayList<>();
	final List<Process> agents = new ArrayList<>();
	/** The console's UI thread: owns the model. */
	final ScheduledExecutorService model = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "model"));
	private final Group rack;
	private final java.util.Map<Integer, NetworkNamespace> namespaces;

	/**
	 * {@code count} agents named {@code agent-1…}, each node offering {@code cpu} cores and {@code memoryMib}
	 * MiB to the pool; {@code agentLines} go into every agent's configuration.
	 */
	TaskPool(Path dir, int count, double cpu, long memoryMib, String... agentLines) throws Exception {
		this(dir, count, cpu, memoryMib, java.util.Map.of(), agentLines);
	}

	/** As above, with the agents of the given indexes (0-based) each in a network namespace of its own. */
	TaskPool(Path dir, int count, double cpu, long memoryMib, java.util.Map<Integer, NetworkNamespace> namespaces,
			String... agentLines) throws Exception {
		this.namespaces = java.util.Map.copyOf(namespaces);
		this.dir = dir;
		this.agentHome = AgentProcesses.home();
		this.identity = LocalPoolAuthority.openOrCreate(dir.resolve("workspace"), "task pool");
		Pool built = PoolFactory.eINSTANCE.createPool();
		built.setName("task pool");
		rack = PoolFactory.eINSTANCE.createGroup();
		rack.setName("rack");
		built.getGroups().add(rack);
		for (int i = 1; i <= count; i++) {
			addAgent("agent-" + i, cpu, memoryMib, agentLines);
		}
		session = new PoolSession(dir.resolve("workspace/pool.flotilla"));
		session.opened(built, null);
		pool = session.getPool();
		connections = new ConnectionService(identity.consoleTls("console-it"), "console-it", live,
				ConnectionService.Settings.DEFAULTS.withRetries(Duration.ofMillis(500), Duration.ofSeconds(2)), null);
		control = new ControlService(session, connections::request, ConsoleRole.ADMINISTRATOR, "console-it", model);
		live.setTaskControl(control);
		connections.connect(ConnectionService.targetsOf(pool));
		model.scheduleWithFixedDelay(this::tick, 0, LiveUpdates.BATCH_INTERVAL_MS, TimeUnit.MILLISECONDS);
	}

	/** Starts one more agent process and adds its node (before the services start: call from the constructor). */
	private void addAgent(String name, double cpu, long memoryMib, String... agentLines) throws Exception {
		int port = AgentProcesses.freePort();
		NetworkNamespace namespace = namespaces.get(agents.size());
		String host = namespace == null ? "127.0.0.1" : namespace.agentAddress;
		Path data = dir.resolve(name);
		identity.issueAgent(name, data);
		Path config = data.resolve("agent.properties");
		List<String> lines = new ArrayList<>(List.of("report.interval = 1s", "listen.address = " + host));
		lines.addAll(List.of(agentLines));
		AgentProcesses.configure(config, name, port, data, lines.toArray(String[]::new));
		configs.add(config);
		agents.add(start(agents.size()));
		Node node = PoolFactory.eINSTANCE.createNode();
		node.setName(name);
		node.setAddress(host + ":" + port);
		node.setState(NodeState.READY);
		node.setCpuCapacity(cpu);
		node.setMemoryCapacity(memoryMib);
		rack.getNodes().add(node);
	}

	private void tick() {
		try {
			long now = System.currentTimeMillis();
			loop.tick(pool, now, expected());
			control.tick(now);
		} catch (RuntimeException | Error e) {
			e.printStackTrace(); // a failing tick must not stop the ticking: the console's timer goes on too
		}
	}

	private java.util.Set<String> expected() {
		java.util.Set<String> names = new java.util.HashSet<>();
		for (Node node : pool.getAllNodes()) {
			names.add(node.getName());
		}
		return names;
	}

	/** Runs on the model thread and returns its result. */
	<T> T onModel(Callable<T> work) throws Exception {
		try {
			return model.submit(work).get(30, TimeUnit.SECONDS);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof Exception cause) {
				throw cause;
			}
			throw e;
		}
	}

	Node node(String name) throws Exception {
		return onModel(() -> pool.getAllNodes().stream().filter(n -> n.getName().equals(name)).findFirst().orElseThrow());
	}

	Task task(String name) throws Exception {
		return onModel(() -> pool.getTasks().stream().filter(t -> name.equals(t.getName())).findFirst().orElseThrow());
	}

	/** kill -9 of agent {@code index} (0-based): its tasks keep running, as they would on a real node. */
	void kill(int index) throws InterruptedException {
		agents.get(index).destroyForcibly().waitFor(10, TimeUnit.SECONDS);
	}

	/** Starts agent {@code index} again on its data directory. */
	void restart(int index) throws Exception {
		agents.set(index, start(index));
	}

	private Process start(int index) throws Exception {
		NetworkNamespace namespace = namespaces.get(index);
		return namespace == null ? AgentProcesses.start(agentHome, configs.get(index))
				: AgentProcesses.start(namespace.command(), agentHome, configs.get(index));
	}

	/** Waits until {@code condition}, evaluated on the model thread, holds. */
	void waitUntil(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
		waitUntil(what, timeout, condition, Duration.ofMillis(100));
	}

	/** As above, looking every {@code every}. */
	void waitUntil(String what, Duration timeout, Callable<Boolean> condition, Duration every) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!onModel(condition)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting until " + what + "\n"
						+ onModel(this::describe));
			}
			Thread.sleep(every.toMillis());
		}
	}

	/** Waits until {@code condition} (any thread) holds. */
	static void waitFor(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting until " + what);
			}
			Thread.sleep(100);
		}
	}

	/** The tail of agent {@code index}'s log and audit, for failure messages. */
	String agentFiles(int index) {
		StringBuilder text = new StringBuilder();
		for (String file : List.of("agent.log", "audit.log", "audit-refused.log")) {
			try {
				List<String> lines = java.nio.file.Files.readAllLines(configs.get(index).resolveSibling(file));
				text.append("--- ").append(file).append('\n');
				lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(l -> text.append(l).append('\n'));
			} catch (java.io.IOException e) {
				text.append("--- ").append(file).append(": ").append(e).append('\n');
			}
		}
		return text.toString();
	}

	/** What the model says, for failure messages (model thread). */
	String describe() {
		StringBuilder text = new StringBuilder();
		for (Node node : pool.getAllNodes()) {
			text.append(node.getName()).append(' ').append(node.getState()).append(" tasks=").append(node.getTasks().size()).append('\n');
		}
		pool.getTasks().stream().limit(40).forEach(t -> text.append("  ").append(t.getName()).append(' ').append(t.getState())
				.append(" on ").append(t.getNode() == null ? "-" : t.getNode().getName()).append(" epoch ").append(t.getEpoch())
				.append(t.getStateReason() == null ? "" : " (" + t.getStateReason() + ")").append('\n'));
		pool.getJobs().stream().skip(Math.max(0, pool.getJobs().size() - 20)).forEach(j -> text.append("  job ")
				.append(j.getName()).append(' ').append(j.getState()).append(' ').append(j.getMessage()).append('\n'));
		return text.toString();
	}

	@Override
	public void close() throws Exception {
		model.shutdownNow();
		try {
			control.close();
		} finally {
			connections.close();
			for (Process agent : agents) {
				agent.destroy();
			}
			for (Process agent : agents) {
				if (!agent.waitFor(10, TimeUnit.SECONDS)) {
					agent.destroyForcibly();
				}
			}
		}
	}

	static void ignore(TimeoutException e) {
	}
}
