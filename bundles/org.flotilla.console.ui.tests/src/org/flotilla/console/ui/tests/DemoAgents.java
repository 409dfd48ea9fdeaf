package org.flotilla.console.ui.tests;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.flotilla.console.core.DemoPool;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The demo pool of the run command, for UI tests: {@link DemoPool} prepares the pool file and one
 * data directory per agent (certificates, the console's too, from a CA that is never written), and every agent runs as
 * its own {@code java} process, as {@code releng/run-console} starts them. The agent distribution is
 * built after the bundles, so the processes get their classpath from the agent bundle and the
 * bundles it is wired to in this OSGi runtime: the same classes the distribution packs.
 */
final class DemoAgents implements AutoCloseable {

	private final List<Process> processes = new ArrayList<>();
	private final List<Path> configs;
	private final Path poolFile;
	private final String classpath;

	private DemoAgents(List<Path> configs, Path poolFile, String classpath) {
		this.configs = configs;
		this.poolFile = poolFile;
		this.classpath = classpath;
	}

	/** Prepares {@code count} agents for {@code workspace} and starts them. */
	static DemoAgents start(Path workspace, int count) throws Exception {
		int firstPort = freePorts(count);
		List<Path> configs = DemoPool.prepare(workspace, workspace.resolve("demo-agents"), count, firstPort);
		DemoAgents agents = new DemoAgents(configs, workspace.resolve("demo.flotilla"), classpath());
		for (int i = 0; i < count; i++) {
			agents.processes.add(agents.launch(i));
		}
		return agents;
	}

	Path poolFile() {
		return poolFile;
	}

	/** Kills agent {@code index} (0-based) at once, as a crash or a pulled cable would. */
	void kill(int index) throws InterruptedException {
		processes.get(index).destroyForcibly().waitFor(10, TimeUnit.SECONDS);
	}

	/**
	 * Stops agent {@code index} with SIGSTOP: its process and connections stay, it answers nothing until
	 * {@link #resume}d (as an agent stuck on a slow disk would). Resuming an agent that is not paused does nothing.
	 */
	void pause(int index) throws Exception {
		signal(index, "-STOP");
	}

	void resume(int index) throws Exception {
		signal(index, "-CONT");
	}

	private void signal(int index, String signal) throws Exception {
		Process kill = new ProcessBuilder("kill", signal, Long.toString(processes.get(index).pid())).inheritIO().start();
		if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
			throw new IOException("kill " + signal + " " + processes.get(index).pid() + " failed");
		}
	}

	private Process launch(int index) throws IOException {
		Path config = configs.get(index);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-Xmx64m", "-cp", classpath, "org.flotilla.agent.AgentMain", "--config",
				config.toString()).redirectErrorStream(true).redirectOutput(config.resolveSibling("agent.log").toFile()).start();
	}

	@Override
	public void close() throws InterruptedException {
		for (int i = 0; i < processes.size(); i++) {
			try {
				resume(i); // a paused agent would not end on SIGTERM
			} catch (Exception e) {
				// gone already
			}
		}
		processes.forEach(Process::destroy);
		for (Process process : processes) {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		stopTasks();
	}

	/** Tasks outlive their agents by design: the tests' own would be left running on the machine. */
	private void stopTasks() {
		java.util.Set<Path> folders = new java.util.HashSet<>();
		configs.forEach(config -> folders.add(config.getParent().toAbsolutePath()));
		ProcessHandle.allProcesses().forEach(process -> {
			try {
				Path cwd = java.nio.file.Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd"));
				if (folders.stream().anyMatch(cwd::startsWith)) {
					process.destroyForcibly();
				}
			} catch (IOException | RuntimeException e) {
				// gone meanwhile, or not ours to look at
			}
		});
	}

	/** The agent bundle and every bundle it is wired to, transitively, as class path entries. */
	private static String classpath() throws IOException {
		Bundle agent = Platform.getBundle("org.flotilla.agent");
		if (agent == null) {
			throw new IllegalStateException("the org.flotilla.agent bundle is not in the test runtime");
		}
		Set<Bundle> bundles = new LinkedHashSet<>();
		Deque<Bundle> todo = new ArrayDeque<>(List.of(agent));
		while (!todo.isEmpty()) {
			Bundle bundle = todo.pop();
			if (bundle.getBundleId() == 0 || !bundles.add(bundle)) {
				continue; // the framework itself is the JDK's business here
			}
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring != null) {
				for (BundleWire wire : wiring.getRequiredWires(null)) {
					todo.add(wire.getProviderWiring().getBundle());
				}
			}
		}
		List<String> entries = new ArrayList<>();
		for (Bundle bundle : bundles) {
			File file = FileLocator.getBundleFileLocation(bundle)
					.orElseThrow(() -> new IOException("no file for bundle " + bundle.getSymbolicName()));
			// A reactor bundle runs from its project folder; its classes are in target/classes.
			Path classes = file.toPath().resolve("target/classes");
			entries.add(Files.isDirectory(classes) ? classes.toString() : file.toString());
		}
		return String.join(File.pathSeparator, entries);
	}

	/** The first of {@code count} consecutive free loopback ports. */
	private static int freePorts(int count) throws IOException {
		// Below Linux's ephemeral range (32768-60999): no outgoing connection can take one meanwhile.
		for (int base = 27_300; base < 28_000; base += count) {
			if (allFree(base, count)) {
				return base;
			}
		}
		throw new IOException("no " + count + " consecutive free ports between 27300 and 28000");
	}

	private static boolean allFree(int base, int count) {
		for (int port = base; port < base + count; port++) {
			try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
				socket.setReuseAddress(true);
			} catch (IOException e) {
				return false;
			}
		}
		return true;
	}
}
