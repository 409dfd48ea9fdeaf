package org.flotilla.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Token enrollment with the built distributions: {@code bin/flotilla-service enrollment-token} asks the running
 * {@code bin/flotilla-service} for a node's token, {@code bin/flotilla-agent} with no certificate enrolls with it, is
 * dialled and turns ready ({@code bin/flotilla nodes} says so), and a second agent with the same token stops with 78.
 */
class EnrollmentIntegrationTest {

	@TempDir
	Path dir;
	private final List<Process> processes = new ArrayList<>();

	@AfterEach
	void stop() throws Exception {
		for (Process process : processes) {
			process.destroy();
		}
		for (Process process : processes) {
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	@Test
	void anAgentOfTheDistributionEnrollsWithATokenFromTheServiceToolAndTurnsReady() throws Exception {
		Path serviceHome = ServiceProcesses.home();
		Path config = dir.resolve("service/conf/service.properties");
		int servicePort = AgentProcesses.freePort();
		ServiceProcesses.configure(config, dir.resolve("service/data"), servicePort, "pool.name = IT pool");
		ServiceProcesses.Finished admin = ServiceProcesses.run(serviceHome, config, "issue-console", "--person", "it-admin",
				"--role", "administrator", "--out", dir.resolve("people").toString());
		assertEquals(0, admin.exitCode(), admin.output());
		processes.add(ServiceProcesses.start(serviceHome, config));
		Path serviceLog = config.resolveSibling("service.log");
		waitFor("the service serves", () -> Files.exists(serviceLog) && Files.readString(serviceLog).contains("flotilla-service: serving"),
				serviceLog);
		assertTrue(Files.readString(serviceLog).contains("enrollment on 127.0.0.1:"), Files.readString(serviceLog));

		int agentPort = AgentProcesses.freePort();
		ServiceProcesses.Finished token = ServiceProcesses.run(serviceHome, config, "enrollment-token", "--node", "enr-it", "--host",
				"127.0.0.1", "--port", Integer.toString(agentPort), "--labels", "ssd", "--site", "Lyon", "--rack", "R1", "--valid", "10m");
		assertEquals(0, token.exitCode(), token.output());
		String tokenText = value(token.output(), "token ");
		String enrollment = value(token.output(), "enrollment ");
		Path caFile = dir.resolve("service/data/ca/pool-ca.pem");

		Path agentData = dir.resolve("agent");
		Path tokenFile = writeOwnerOnly(dir.resolve("agent-conf/token"), tokenText);
		Path agentConfig = agentData.resolve("agent.properties");
		Files.createDirectories(agentData);
		AgentProcesses.configure(agentConfig, "enr-it", agentPort, agentData, "report.interval = 500ms",
				"enroll.service = " + enrollment, "enroll.token.file = " + tokenFile, "pool.ca.file = " + caFile);
		processes.add(AgentProcesses.start(AgentProcesses.home(), agentConfig));

		Path identity = dir.resolve("people/it-admin.p12");
		waitFor("node enr-it is ready", () -> nodes(serviceHome, servicePort, identity).matches("(?s).*enr-it\\s+ready\\s+Lyon\\s+R1.*"),
				agentConfig.resolveSibling("agent.log"));
		assertFalse(Files.exists(tokenFile), "the used token is deleted");
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(agentData.resolve("tls/agent.p12"))));
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(agentData.resolve("tls/agent.password"))));

		// The same token once more, by another agent: refused for good (exit 78), with the reason.
		Path otherData = dir.resolve("agent-2");
		Files.createDirectories(otherData);
		Path reused = writeOwnerOnly(dir.resolve("agent-2-conf/token"), tokenText);
		Path otherConfig = otherData.resolve("agent.properties");
		AgentProcesses.configure(otherConfig, "enr-it", AgentProcesses.freePort(), otherData, "enroll.service = " + enrollment,
				"enroll.token.file = " + reused, "pool.ca.file = " + caFile);
		Process second = AgentProcesses.start(AgentProcesses.home(), otherConfig);
		processes.add(second);
		assertTrue(second.waitFor(60, TimeUnit.SECONDS), "a refused agent stops");
		assertEquals(78, second.exitValue());
		String said = Files.readString(otherConfig.resolveSibling("agent.log"));
		assertTrue(said.contains("enrollment refused") && said.contains("used already"), said);
		waitFor("the refusal is audited", () -> Files.readString(serviceLog).contains("enrollment refused"), serviceLog);
	}

	private static String nodes(Path serviceHome, int servicePort, Path identity) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(serviceHome.resolve("bin/flotilla").toString(), "--service",
				"127.0.0.1:" + servicePort, "--identity", identity.toString(), "nodes").redirectErrorStream(true);
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor(60, TimeUnit.SECONDS);
		return output;
	}

	private static Path writeOwnerOnly(Path file, String text) throws Exception {
		Files.createDirectories(file.getParent());
		Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(file, text);
		return file;
	}

	private static String value(String output, String prefix) {
		return output.lines().filter(line -> line.startsWith(prefix)).findFirst()
				.orElseThrow(() -> new AssertionError("no '" + prefix + "' in: " + output)).substring(prefix.length()).strip();
	}

	private interface Check {
		boolean holds() throws Exception;
	}

	private static void waitFor(String what, Check check, Path log) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (!check.holds()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting until " + what + "; " + log + ":\n"
						+ (Files.exists(log) ? Files.readString(log) : "(none)"));
			}
			Thread.sleep(250);
		}
	}
}
