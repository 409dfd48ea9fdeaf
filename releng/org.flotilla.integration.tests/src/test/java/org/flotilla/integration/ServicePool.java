package org.flotilla.integration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.flotilla.model.Group;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.persistence.PoolStore;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.service.ServiceIdentity;

/**
 * A pool run by a real pool service process (the built distribution's {@code bin/flotilla-service}) with real agent
 * processes, and consoles as separate processes ({@link HeadlessConsole}), each with a person's identity issued by
 * the service's pool CA.
 */
final class ServicePool implements AutoCloseable {

	final Path dir;
	final Path serviceHome;
	final Path serviceConfig;
	final ServiceIdentity identity;
	final List<Path> agentConfigs = new ArrayList<>();
	final List<Process> agents = new ArrayList<>();
	final List<Console> consoles = new ArrayList<>();
	/** The service's port: chosen free, again if something else took it before the service bound it. */
	int servicePort;
	Process service;

	/** {@code count} agents agent-1… offering {@code cpu} cores and {@code memoryMib} MiB each, and the service. */
	ServicePool(Path dir, int count, double cpu, long memoryMib) throws Exception {
		this(dir, count, cpu, memoryMib, "");
	}

	/** As above, with {@code serviceConfig} (lines of service.properties, e.g. packages.dir) added to the service's configuration. */
	ServicePool(Path dir, int count, double cpu, long memoryMib, String moreServiceConfig) throws Exception {
		this.dir = dir;
		serviceHome = home();
		Path data = dir.resolve("service-data");
		identity = ServiceIdentity.openOrCreate(data, dir.resolve("ca.password"), "service pool", "pool-service");
		Pool pool = PoolFactory.eINSTANCE.createPool();
		pool.setName("service pool");
		Group rack = PoolFactory.eINSTANCE.createGroup();
		rack.setName("rack");
		pool.getGroups().add(rack);
		try {
			Path agentHome = AgentProcesses.home();
			for (int i = 1; i <= count; i++) {
				String name = "agent-" + i;
				int port = AgentProcesses.freePort();
				Path agentData = dir.resolve(name);
				identity.issueAgent(name, agentData);
				Path config = agentData.resolve("agent.properties");
				AgentProcesses.configure(config, name, port, agentData, "report.interval = 1s");
				agentConfigs.add(config);
				agents.add(AgentProcesses.start(agentHome, config));
				Node node = PoolFactory.eINSTANCE.createNode();
				node.setName(name);
				node.setAddress("127.0.0.1:" + port);
				node.setState(NodeState.READY);
				node.setCpuCapacity(cpu);
				node.setMemoryCapacity(memoryMib);
				rack.getNodes().add(node);
			}
			Path importFile = dir.resolve("import.flotilla");
			new PoolStore().save(pool, importFile);
			serviceConfig = dir.resolve("service.properties");
			for (int attempt = 1;; attempt++) {
				servicePort = AgentProcesses.freePort();
				Files.writeString(serviceConfig, "pool.name = service pool\ndata.dir = " + data + "\nlisten.port = " + servicePort
						+ "\nenrollment.port = 0\npool.import = " + importFile + "\nca.password.file = " + dir.resolve("ca.password")
						+ "\n" + moreServiceConfig);
				try {
					startService();
					return;
				} catch (AssertionError e) {
					// A port free when chosen can be taken before the service binds it: any outgoing connection on this
					// machine may get it from the same ephemeral range (a clean-clone run saw "Address already in use").
					if (attempt == 3 || e.getMessage() == null || !e.getMessage().contains("Address already in use")) {
						throw e;
					}
				}
			}
		} catch (Exception | AssertionError e) {
			// The agents started so far (and a service that did not come up) must not outlive a pool that never was.
			try {
				close();
			} catch (Exception suppressed) {
				e.addSuppressed(suppressed);
			}
			throw e;
		}
	}

	static Path home() {
		Path home = Path.of(System.getProperty("flotilla.service.home"));
		assertTrue(Files.isExecutable(home.resolve("bin/flotilla-service")), "the service distribution is built: " + home);
		return home;
	}

	/** Starts {@code bin/flotilla-service} and waits until it serves. */
	void startService() throws Exception {
		ProcessBuilder builder = new ProcessBuilder(serviceHome.resolve("bin/flotilla-service").toString(), "--config",
				serviceConfig.toString()).redirectErrorStream(true);
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		service = builder.start();
		Path log = dir.resolve("service.log");
		BlockingQueue<String> ready = new LinkedBlockingQueue<>();
		Process started = service;
		Thread pump = new Thread(() -> {
			try (BufferedReader out = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = out.readLine()) != null) {
					Files.writeString(log, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
							java.nio.file.StandardOpenOption.APPEND);
					if (line.startsWith("flotilla-service: serving")) {
						ready.add(line);
					}
				}
			} catch (IOException e) {
				// the process ended
			}
			ready.add("ended");
		}, "service-output");
		pump.setDaemon(true);
		pump.start();
		String line = ready.poll(120, TimeUnit.SECONDS);
		if (line == null || line.equals("ended")) {
			throw new AssertionError("the pool service did not start: " + (Files.exists(log) ? Files.readString(log) : "no output"));
		}
	}

	/** kill -9 of the service. */
	void killService() throws Exception {
		service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
	}

	/** Issues {@code person}'s console identity in {@code role} (its password beside it) and answers the keystore. */
	Path issueConsoleKeystore(String person, ConsoleRole role) throws Exception {
		Path keystore = dir.resolve("identities/" + person + ".p12");
		identity.issueConsole(person, role, keystore, keystore.resolveSibling(person + ".password"));
		return keystore;
	}

	/** A console process for {@code person} in {@code role}. */
	Console console(String person, ConsoleRole role) throws Exception {
		Path keystore = issueConsoleKeystore(person, role);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				HeadlessConsole.class.getName(), "127.0.0.1:" + servicePort, keystore.toString())
				.redirectError(dir.resolve(person + ".err").toFile());
		Console console = new Console(person, builder.start());
		consoles.add(console);
		return console;
	}

	/** Issues {@code person}'s identity (NAME.p12 and NAME.password) and returns the keystore. */
	Path identityOf(String person, ConsoleRole role) throws Exception {
		Path keystore = dir.resolve("identities/" + person + ".p12");
		if (!Files.exists(keystore)) {
			identity.issueConsole(person, role, keystore, keystore.resolveSibling(person + ".password"));
		}
		return keystore;
	}

	/** Runs the distribution's {@code bin/flotilla} against the service; returns its exit code and output. */
	CommandResult flotilla(Path identityFile, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(serviceHome.resolve("bin/flotilla").toString(), "--service",
				"127.0.0.1:" + servicePort, "--identity", identityFile.toString()));
		command.addAll(List.of(arguments));
		Path errors = Files.createTempFile(dir, "flotilla", ".err");
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("bin/flotilla " + String.join(" ", arguments) + " did not end: " + output);
		}
		return new CommandResult(process.exitValue(), output + Files.readString(errors));
	}

	record CommandResult(int exitCode, String output) {
	}

	/** kill -9 of agent {@code index} (0-based). */
	void killAgent(int index) throws InterruptedException {
		agents.get(index).destroyForcibly().waitFor(10, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws Exception {
		for (Console console : consoles) {
			console.process.destroyForcibly();
		}
		if (service != null) {
			service.destroy();
			if (!service.waitFor(20, TimeUnit.SECONDS)) {
				service.destroyForcibly();
			}
		}
		for (Process agent : agents) {
			agent.destroy();
		}
		for (Process agent : agents) {
			if (!agent.waitFor(10, TimeUnit.SECONDS)) {
				agent.destroyForcibly();
			}
		}
		TaskProcesses.killAll("svc-");
	}

	/** A console process: commands in, answers out (see {@link HeadlessConsole}). */
	static final class Console {
		final String person;
		final Process process;
		private final PrintWriter in;
		final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

		Console(String person, Process process) {
			this.person = person;
			this.process = process;
			this.in = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
			Thread pump = new Thread(() -> {
				try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					String line;
					while ((line = out.readLine()) != null) {
						lines.add(line);
					}
				} catch (IOException e) {
					// ended
				}
			}, person + "-console-output");
			pump.setDaemon(true);
			pump.start();
		}

		/** Sends a command and returns the first answer line starting with {@code answer} (or fails on "error"). */
		String ask(String command, String answer, Duration timeout) throws InterruptedException {
			in.println(command);
			return expect(answer, timeout);
		}

		String ask(String command, String answer) throws InterruptedException {
			return ask(command, answer, Duration.ofSeconds(60));
		}

		/** The next line starting with {@code answer} (other lines, such as acknowledgements, are skipped unless asked for). */
		String expect(String answer, Duration timeout) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (true) {
				String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				if (line == null) {
					throw new AssertionError(person + "'s console did not answer '" + answer + "' within " + timeout.toSeconds() + " s");
				}
				if (line.startsWith("error")) {
					throw new AssertionError(person + "'s console: " + line);
				}
				if (line.startsWith(answer)) {
					return line;
				}
			}
		}

		/** Waits until {@code get NODE FEATURE} answers {@code value}. */
		void waitForValue(String node, String feature, String value) throws InterruptedException {
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			String last = null;
			while (System.nanoTime() < deadline) {
				last = ask("get " + node + " " + feature, "value ");
				if (last.equals("value " + value)) {
					return;
				}
				Thread.sleep(50);
			}
			throw new AssertionError(person + "'s console shows " + node + "." + feature + " " + last + ", not " + value);
		}

		void quit() throws InterruptedException {
			in.println("quit");
			process.waitFor(10, TimeUnit.SECONDS);
			process.destroyForcibly();
		}
	}
}
