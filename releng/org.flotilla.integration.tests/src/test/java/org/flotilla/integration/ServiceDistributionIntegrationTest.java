package org.flotilla.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.flotilla.console.core.ConsoleKeystore;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.tasks.TaskOperations;
import org.flotilla.protocol.tasks.TaskSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service distribution's identity subcommands as real processes: identities issued by {@code bin/flotilla-service}
 * let a real agent (issued the same way) and people's consoles talk, each with the role in their certificate.
 */
class ServiceDistributionIntegrationTest {

	@TempDir
	Path dir;
	private final List<Process> processes = new ArrayList<>();

	@AfterEach
	void stop() throws Exception {
		for (Process p : processes) {
			p.destroy();
			if (!p.waitFor(30, TimeUnit.SECONDS)) {
				p.destroyForcibly();
			}
		}
	}

	@Test
	void identitiesIssuedByTheServiceDistributionConnectAConsoleToAnAgentWithItsRole() throws Exception {
		Path serviceHome = ServiceProcesses.home();
		Path config = dir.resolve("service/conf/service.properties");
		ServiceProcesses.configure(config, dir.resolve("service/data"), AgentProcesses.freePort(), "pool.name = IT pool");
		Path people = dir.resolve("people");
		Path agentData = dir.resolve("agent");

		ServiceProcesses.Finished admin = ServiceProcesses.run(serviceHome, config, "issue-console", "--person", "it-admin", "--role",
				"administrator", "--out", people.toString());
		assertEquals(0, admin.exitCode(), admin.output());
		ServiceProcesses.Finished support = ServiceProcesses.run(serviceHome, config, "issue-console", "--person", "it-support", "--role",
				"support", "--out", people.toString());
		assertEquals(0, support.exitCode(), support.output());
		ServiceProcesses.Finished agent = ServiceProcesses.run(serviceHome, config, "issue-agent", "--node", "svc-node", "--agent-data",
				agentData.toString());
		assertEquals(0, agent.exitCode(), agent.output());
		for (Path secret : List.of(people.resolve("it-admin.p12"), people.resolve("it-admin.password"), config.resolveSibling("ca.password"),
				agentData.resolve("tls/agent.p12"), agentData.resolve("tls/agent.password"))) {
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)), secret.toString());
		}
		ServiceProcesses.Finished badRole = ServiceProcesses.run(serviceHome, config, "issue-console", "--person", "x", "--role", "boss",
				"--out", people.toString());
		assertEquals(2, badRole.exitCode(), badRole.output());
		assertTrue(badRole.output().contains("--role 'boss': must be administrator, planner or support"), badRole.output());

		int port = AgentProcesses.freePort();
		Path agentConfig = agentData.resolve("agent.properties");
		AgentProcesses.configure(agentConfig, "svc-node", port, agentData);
		processes.add(AgentProcesses.start(AgentProcesses.home(), agentConfig));

		SSLContext adminTls = ConsoleKeystore.consoleTls(people.resolve("it-admin.p12"), ConsoleKeystore.passwordFileOf(people.resolve("it-admin.p12")));
		try (ProtocolClient client = connect(port, adminTls, "it-admin", agentConfig)) {
			Message.Response status = client.request(TaskOperations.STATUS, 0, Map.of()).get(30, TimeUnit.SECONDS);
			assertEquals(Message.Response.Status.OK, status.status(), status.detail());
		}
		SSLContext supportTls = ConsoleKeystore.consoleTls(people.resolve("it-support.p12"), people.resolve("it-support.password"));
		TaskSpec spec = new TaskSpec("svc-it", 1, TaskSpec.TaskKind.SERVICE, "sleep", List.of("100"), Map.of(), false,
				TaskSpec.RestartPolicy.NEVER, 0, 0, 0, TaskSpec.Isolation.KEEP, 10_000);
		try (ProtocolClient client = connect(port, supportTls, "it-support", agentConfig)) {
			Message.Response refused = client.request(TaskOperations.RUN, 0, spec.toArguments(null)).get(30, TimeUnit.SECONDS);
			assertEquals(Message.Response.Status.REFUSED, refused.status(), "support runs nothing");
			assertTrue(refused.detail().contains("role"), refused.detail());
		}
	}

	/** Connects once the agent listens (it starts in its own JVM), or fails with its log after 60 s. */
	private static ProtocolClient connect(int port, SSLContext tls, String name, Path agentConfig) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (true) {
			try {
				return ProtocolClient.builder(new InetSocketAddress("127.0.0.1", port), tls, PeerKind.CONSOLE, name).expectAgent("svc-node")
						.requestTimeout(Duration.ofSeconds(30)).connect();
			} catch (Exception e) {
				if (System.nanoTime() > deadline) {
					throw new AssertionError("the agent does not answer; its log:\n" + Files.readString(agentConfig.resolveSibling("agent.log")), e);
				}
				Thread.sleep(100);
			}
		}
	}
}
