package org.flotilla.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.flotilla.console.core.hosts.AddServers;
import org.flotilla.console.core.hosts.HostEntry;
import org.flotilla.console.core.hosts.HostKeyPrompt;
import org.flotilla.console.core.hosts.HostList;
import org.flotilla.console.core.hosts.RemoveServers;
import org.flotilla.console.core.hosts.SshLogin;
import org.flotilla.hosts.InstallOptions;
import org.flotilla.hosts.SshHostOperations;
import org.flotilla.hosts.tests.TestSshd;
import org.flotilla.hosts.tests.TestUser;
import org.flotilla.model.NodeState;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.RestartPolicy;
import org.flotilla.model.Task;
import org.flotilla.model.TaskKind;
import org.flotilla.protocol.ConsoleRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Servers join and leave the pool through a real OpenSSH server on this machine: the console's Add Servers work
 * (check, one-time token from the real pool service, install of the real agent distribution over SFTP, enrollment,
 * report) as root and as a plain user with sudo, then Remove Servers (drain, uninstall, revoke, remove), after which
 * the agent's revoked certificate is refused.
 */
class ServersJoinIntegrationTest {

	@TempDir
	Path dir;

	@Test
	void serversJoinOverSshAsRootAndAsASudoUserReportAndLeaveRevoked() throws Exception {
		String sudoPassword = TestUser.ensure();
		Path installs = dir.resolve("installs");
		try {
			try (ServicePool pool = new ServicePool(dir, 0, 1, 1024); TestSshd sshd = TestSshd.start(dir.resolve("sshd"))) {
				Path key = dir.resolve("keys/id_ed25519");
				Files.createDirectories(key.getParent());
				TestSshd.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()));
				sshd.authorize("root", key.resolveSibling("id_ed25519.pub"));
				Path admin = pool.issueConsoleKeystore("admin", ConsoleRole.ADMINISTRATOR);
				try (InProcessConsole console = new InProcessConsole(pool.servicePort, admin)) {
					Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
					HostKeyPrompt accept = (host, port, type, fingerprint) -> {
						asked.computeIfAbsent(host + ":" + port + " " + fingerprint, k -> new AtomicInteger()).incrementAndGet();
						return true;
					};
					SshHostOperations ssh = new SshHostOperations(host -> InstallOptions.defaults()
							.withInstallDir(installs.resolve(host.nodeName()).toString()).withServiceName("flotilla-agent-" + host.nodeName()));
					Path knownHosts = dir.resolve("known_hosts");
					SshLogin root = new SshLogin("root", SshLogin.Method.KEY_FILE, new char[0], key, new char[0], new char[0], knownHosts);

					// An unknown host key refused: nothing happens on the host, and the check says why.
					List<HostEntry> first = hosts("root@127.0.0.1:" + sshd.port() + " name=join-1 agent-port=" + AgentProcesses.freePort()
							+ " labels=ssd");
					List<AddServers.HostState> refused = check(ssh, console, root, HostKeyPrompt.REFUSE, first);
					assertEquals(AddServers.Phase.NOT_READY, refused.get(0).phase());
					assertTrue(refused.get(0).failure().contains("host key"), refused.get(0).failure());
					assertFalse(Files.exists(knownHosts) && Files.readString(knownHosts).contains("127.0.0.1"), "nothing accepted");

					// join-1 as root; a task is placed on it (the only node).
					join(ssh, console, root, accept, first);
					assertEquals(1, asked.size(), "the new host key was shown once: " + asked);
					submitTask(console, "stays-up");
					console.waitUntil("the task runs on join-1", Duration.ofSeconds(60), () -> {
						Task task = console.session.getPool().getTasks().stream().filter(t -> t.getName().equals("stays-up")).findFirst()
								.orElse(null);
						return task != null && task.getNode() != null && task.getNode().getName().equals("join-1")
								&& task.getState() == org.flotilla.model.TaskState.RUNNING;
					});

					// join-2 as root and join-3 as a plain user through sudo, together.
					join(ssh, console, root, accept, hosts("root@127.0.0.1:" + sshd.port() + " name=join-2 agent-port="
							+ AgentProcesses.freePort()));
					SshLogin user = new SshLogin(TestUser.NAME, SshLogin.Method.PASSWORD, sudoPassword.toCharArray(), null, new char[0],
							new char[0], knownHosts);
					join(ssh, console, user, accept, hosts(TestUser.NAME + "@127.0.0.1:" + sshd.port() + " name=join-3 agent-port="
							+ AgentProcesses.freePort()));
					assertEquals(1, asked.size(), "a known host key is not asked again");
					for (String name : List.of("join-1", "join-2", "join-3")) {
						console.waitUntil(name + " reports", Duration.ofSeconds(60),
								() -> console.node(name) != null && console.node(name).getLastHeartbeat() > 0);
					}
					java.math.BigInteger joinOneSerial = agentCertificate(installs.resolve("join-1/data")).getSerialNumber();

					// Remove join-1: its task moves, its agent goes, its certificate is revoked, the node leaves the pool.
					List<RemoveServers.StepResult> steps = new ArrayList<>();
					try (RemoveServers removal = new RemoveServers(console.membership, console.poolView(), ssh, root, accept,
							new RemoveServers.Options(true, false, "retired", Duration.ofMinutes(2)), 2, steps::add)) {
						List<RemoveServers.StepResult> results = removal.remove(List.of(new HostEntry("127.0.0.1", sshd.port(), "root",
								"join-1", 0, List.of(), null, null))).get(5, TimeUnit.MINUTES);
						assertTrue(results.stream().allMatch(RemoveServers.StepResult::done), results.toString());
						assertEquals(4, results.size(), results.toString());
					}
					console.waitUntil("join-1 is gone from the pool", Duration.ofSeconds(30), () -> console.node("join-1") == null);
					console.waitUntil("the task runs elsewhere", Duration.ofSeconds(60), () -> console.session.getPool().getTasks().stream()
							.anyMatch(t -> t.getName().equals("stays-up") && t.getNode() != null && t.getState() == org.flotilla.model.TaskState.RUNNING));
					assertFalse(Files.exists(installs.resolve("join-1")), "uninstalled: nothing left in " + installs.resolve("join-1"));
					assertNull(console.state("join-1"));
					assertEquals(NodeState.READY, console.state("join-2"));
					// The revocation reached the real agents that stay: their revocation list, checked in every handshake, holds
				// join-1's certificate.
				Path list = installs.resolve("join-2/data/tls/pool.crl");
				console.waitUntil("join-2's agent holds a revocation list naming join-1's certificate", Duration.ofSeconds(30),
						() -> revoked(list, joinOneSerial));
				}
			}
		} finally {
			InstalledAgents.killUnder(installs);
		}
	}

	/** The certificate the agent whose data folder is {@code data} enrolled with. */
	private static java.security.cert.X509Certificate agentCertificate(Path data) throws Exception {
		char[] password = Files.readString(data.resolve("tls/agent.password")).trim().toCharArray();
		java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
		try (var in = Files.newInputStream(data.resolve("tls/agent.p12"))) {
			store.load(in, password);
		}
		for (String alias : java.util.Collections.list(store.aliases())) {
			if (store.isKeyEntry(alias)) {
				return (java.security.cert.X509Certificate) store.getCertificate(alias);
			}
		}
		throw new AssertionError("no key entry in " + data.resolve("tls/agent.p12"));
	}

	private static boolean revoked(Path list, java.math.BigInteger serial) {
		try (var in = Files.newInputStream(list)) {
			java.security.cert.X509CRL crl = (java.security.cert.X509CRL) java.security.cert.CertificateFactory.getInstance("X.509")
					.generateCRL(in);
			return crl.getRevokedCertificate(serial) != null;
		} catch (Exception e) {
			return false; // not there yet
		}
	}

	private static List<HostEntry> hosts(String text) {
		HostList.Parsed parsed = HostList.parse(text);
		assertTrue(parsed.ok(), parsed.problems().toString());
		return parsed.hosts();
	}

	private static List<AddServers.HostState> check(SshHostOperations ssh, InProcessConsole console, SshLogin login,
			HostKeyPrompt keys, List<HostEntry> hosts) throws Exception {
		try (AddServers add = new AddServers(ssh, console.membership, login, keys, AgentProcesses.home(), console::state, 4,
				Duration.ofSeconds(90), state -> {
				})) {
			return add.check(hosts).get(2, TimeUnit.MINUTES);
		}
	}

	private static void join(SshHostOperations ssh, InProcessConsole console, SshLogin login, HostKeyPrompt keys,
			List<HostEntry> hosts) throws Exception {
		try (AddServers add = new AddServers(ssh, console.membership, login, keys, AgentProcesses.home(), console::state, 4,
				Duration.ofSeconds(90), state -> System.err.println("add servers: " + state.host().nodeName() + " "
						+ state.phase().text() + " " + state.step() + (state.failure() == null ? "" : " " + state.failure())))) {
			List<AddServers.HostState> checked = add.check(hosts).get(2, TimeUnit.MINUTES);
			assertTrue(checked.stream().allMatch(s -> s.phase() == AddServers.Phase.CHECKED), checked.toString());
			List<AddServers.HostState> installed = add.install(checked).get(4, TimeUnit.MINUTES);
			assertTrue(installed.stream().allMatch(s -> s.phase() == AddServers.Phase.READY), installed.toString());
		}
	}

	private static void submitTask(InProcessConsole console, String name) {
		console.on(() -> {
			Task task = PoolFactory.eINSTANCE.createTask();
			task.setName(name);
			task.setKind(TaskKind.SERVICE);
			task.setCommand("/bin/sleep");
			task.getArguments().add("100000");
			task.setRestartPolicy(RestartPolicy.ALWAYS);
			task.setCpuDemand(0.05);
			task.setMemoryDemand(16);
			console.control.submit(List.of(task));
			return null;
		});
	}
}
