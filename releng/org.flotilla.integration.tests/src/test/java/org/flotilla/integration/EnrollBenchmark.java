package org.flotilla.integration;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.flotilla.console.core.hosts.AddServers;
import org.flotilla.console.core.hosts.HostEntry;
import org.flotilla.console.core.hosts.SshLogin;
import org.flotilla.hosts.InstallOptions;
import org.flotilla.hosts.SshHostOperations;
import org.flotilla.hosts.tests.TestSshd;
import org.flotilla.protocol.ConsoleRole;

/**
 * The enrollment benchmark (a command, not a test: {@code releng/run-enroll-benchmark}). {@code --hosts} agents are
 * added through one local OpenSSH server, {@code --parallel} at a time, exactly as Add Servers does it (check, token
 * from the real pool service, upload of the real agent distribution over SFTP, start, enrollment, first report):
 * total time, per-host time from the start of its install to its node being ready (p50, p99), and the CPU this
 * process (the console's side) used meanwhile. The agents run on this machine too, so the figures include them
 * competing for the same cores.
 */
public final class EnrollBenchmark {

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>(Map.of("--hosts", "20", "--parallel", "4"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		int hosts = Integer.parseInt(options.get("--hosts"));
		int parallel = Integer.parseInt(options.get("--parallel"));
		Path dir = Files.createTempDirectory("flotilla-enroll-benchmark");
		System.out.printf("enroll benchmark: %d hosts through one local OpenSSH server, %d at a time; %d cores, Java %s%n", hosts,
				parallel, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		Path installs = dir.resolve("installs");
		SshHostOperations ssh = new SshHostOperations(host -> InstallOptions.defaults()
				.withInstallDir(installs.resolve(host.nodeName()).toString()).withServiceName("flotilla-agent-" + host.nodeName()));
		try (ServicePool pool = new ServicePool(dir, 0, 1, 1024); TestSshd sshd = TestSshd.start(dir.resolve("sshd"))) {
			Path key = dir.resolve("keys/id_ed25519");
			Files.createDirectories(key.getParent());
			TestSshd.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()));
			sshd.authorize("root", key.resolveSibling("id_ed25519.pub"));
			SshLogin login = new SshLogin("root", SshLogin.Method.KEY_FILE, new char[0], key, new char[0], new char[0],
					dir.resolve("known_hosts"));
			List<HostEntry> entries = new ArrayList<>();
			for (int i = 1; i <= hosts; i++) {
				entries.add(new HostEntry("127.0.0.1", sshd.port(), "root", "enroll-" + i, AgentProcesses.freePort(), List.of(), null,
						null));
			}
			try (InProcessConsole console = new InProcessConsole(pool.servicePort, pool.issueConsoleKeystore("admin",
					ConsoleRole.ADMINISTRATOR))) {
				Map<String, Long> started = new ConcurrentHashMap<>();
				Map<String, Long> ready = new ConcurrentHashMap<>();
				try (AddServers add = new AddServers(ssh, console.membership, login, (h, p, t, f) -> true, AgentProcesses.home(),
						console::state, parallel, Duration.ofMinutes(5), state -> {
							if (state.phase() == AddServers.Phase.INSTALLING) {
								started.putIfAbsent(state.host().nodeName(), System.nanoTime());
							} else if (state.phase() == AddServers.Phase.READY) {
								ready.put(state.host().nodeName(), System.nanoTime());
							}
						})) {
					long cpuBefore = processCpuNanos();
					long start = System.nanoTime();
					List<AddServers.HostState> checked = add.check(entries).get(10, TimeUnit.MINUTES);
					long checkedAt = System.nanoTime();
					List<AddServers.HostState> done = add.install(checked).get(30, TimeUnit.MINUTES);
					long total = System.nanoTime() - start;
					long cpu = processCpuNanos() - cpuBefore;
					long failed = done.stream().filter(s -> s.phase() != AddServers.Phase.READY).count();
					long[] perHost = ready.entrySet().stream().mapToLong(e -> e.getValue() - started.get(e.getKey())).sorted().toArray();
					System.out.printf("checks: %d ms for %d hosts%n", ms(checkedAt - start), hosts);
					System.out.printf("enrolled %d of %d hosts (%d failed): total %d ms; per host, install start to ready: p50 %d ms, p99 %d ms; "
							+ "console CPU %.1f s (%.0f %% of one core over the run)%n", perHost.length, hosts, failed, ms(total),
							ms(percentile(perHost, 0.5)), ms(percentile(perHost, 0.99)), cpu / 1e9, 100.0 * cpu / total);
					for (AddServers.HostState state : done) {
						if (state.phase() != AddServers.Phase.READY) {
							System.out.println("  " + state.host().nodeName() + ": " + state.failure());
						}
					}
				}
			}
		} finally {
			InstalledAgents.killUnder(installs);
		}
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static long percentile(long[] sorted, double p) {
		return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	private static long ms(long nanos) {
		return nanos / 1_000_000;
	}
}
