package org.flotilla.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.flotilla.console.core.ConsoleKeystore;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.PeerIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceToolTest {

	@TempDir
	Path dir;
	private Path config;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void configure() throws Exception {
		config = dir.resolve("conf/service.properties");
		Files.createDirectories(config.getParent());
		Files.writeString(config, "data.dir = ../data\n");
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		return ServiceTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void recognisesItsSubcommandsWithTheConfigurationBeforeOrAfter() {
		assertTrue(ServiceTool.handles(new String[] { "issue-console", "--person", "a" }));
		assertTrue(ServiceTool.handles(new String[] { "--config", "issue-console", "issue-agent" }), "a file may be called anything");
		assertTrue(ServiceTool.handles(new String[] { "--config", "f", "issue-agent" }));
		assertFalse(ServiceTool.handles(new String[] { "--config", "f" }));
		assertFalse(ServiceTool.handles(new String[] {}));
		assertFalse(ServiceTool.handles(new String[] { "--config", "f", "serve" }));
	}

	@Test
	void revokeListsAndRevokesWhatTheCaIssuedAndReplacingAnIdentityRevokesTheOldOne() throws Exception {
		Path outDir = dir.resolve("issued");
		assertEquals(0, run("--config", config.toString(), "issue-console", "--person", "erin", "--role", "planner", "--out",
				outDir.toString()), err());
		java.math.BigInteger first = ConsoleKeystore.load(outDir.resolve("erin.p12"), outDir.resolve("erin.password")).certificate()
				.getSerialNumber();
		assertEquals(0, run("--config", config.toString(), "certificates"), err());
		String listed = out.toString(StandardCharsets.UTF_8);
		assertTrue(listed.contains("console") && listed.contains("erin") && listed.contains("planner")
				&& listed.contains(first.toString(16)) && listed.contains("valid"), listed);

		// Issued again over the old one: the old certificate is revoked, so a copy of it stops working.
		assertEquals(0, run("--config", config.toString(), "issue-console", "--person", "erin", "--role", "planner", "--out",
				outDir.toString(), "--replace"), err());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Revoked erin's earlier certificate, serial " + first.toString(16)));
		java.security.cert.X509Certificate second = ConsoleKeystore.load(outDir.resolve("erin.p12"), outDir.resolve("erin.password"))
				.certificate();
		CertificateRegister register = ServiceIdentity.openOrCreate(ServiceConfig.read(config)).register();
		assertTrue(register.revocations().get(first).reason().startsWith("superseded"));
		assertEquals(null, register.refusal(second), "the new one is valid");

		assertEquals(0, run("--config", config.toString(), "revoke", "--person", "erin", "--reason", "left the team"), err());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Revoked erin's certificate, serial " + second.getSerialNumber().toString(16)));
		register.reloadIfChanged();
		assertTrue(register.refusal(second).contains("left the team"), register.refusal(second));
		assertEquals(1, run("--config", config.toString(), "revoke", "--person", "erin"), "nothing left to revoke");
		assertTrue(err().contains("no unrevoked certificate of console erin"), err());
		assertEquals(2, run("--config", config.toString(), "revoke", "--person", "erin", "--node", "n1"));
		assertEquals(2, run("--config", config.toString(), "revoke", "--serial", "xyz"));
		assertEquals(0, run("--config", config.toString(), "certificates"), err());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("revoked"), out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void issueConsoleWritesTheKeystoreAndItsPasswordBesideIt() throws Exception {
		Path outDir = dir.resolve("issued");
		assertEquals(0, run("issue-console", "--config", config.toString(), "--person", "dana", "--role", "planner", "--out",
				outDir.toString()), err());
		Path keystore = outDir.resolve("dana.p12");
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.startsWith("Issued " + keystore + " (password in " + outDir.resolve("dana.password") + ") for dana, role planner"),
				printed);
		IdentityKeystore.Loaded loaded = ConsoleKeystore.load(keystore, outDir.resolve("dana.password"));
		assertEquals(Optional.of(ConsoleRole.PLANNER), PeerIdentity.roleOf(loaded.certificate()));
		assertEquals(ServiceIdentity.openOrCreate(ServiceConfig.read(config)).caCertificate(), loaded.caCertificate(),
				"issued by the configured service's CA");

		assertEquals(1, run("--config", config.toString(), "issue-console", "--person", "dana", "--role", "support", "--out",
				outDir.toString()));
		assertTrue(err().contains(keystore + " exists: pass --replace"), err());
		assertEquals(loaded.certificate(), ConsoleKeystore.load(keystore, outDir.resolve("dana.password")).certificate(),
				"the earlier identity is kept");

		assertEquals(0, run("--config", config.toString(), "issue-console", "--person", "dana", "--role", "support", "--out",
				outDir.toString(), "--replace"), err());
		IdentityKeystore.Loaded replaced = ConsoleKeystore.load(keystore, outDir.resolve("dana.password"));
		assertNotEquals(loaded.certificate(), replaced.certificate());
		assertEquals(Optional.of(ConsoleRole.SUPPORT), PeerIdentity.roleOf(replaced.certificate()));
	}

	@Test
	void issueAgentIssuesEveryNodeItIsGiven() throws Exception {
		assertEquals(0, run("--config", config.toString(), "issue-agent", "--node", "n1", "--agent-data", dir.resolve("a1").toString(),
				"--node", "n2", "--agent-data", dir.resolve("a2").toString()), err());
		assertEquals(PeerIdentity.agent("n1"), IdentityKeystore.ofAgent(dir.resolve("a1")).load().identity());
		assertEquals(PeerIdentity.agent("n2"), IdentityKeystore.ofAgent(dir.resolve("a2")).load().identity());
	}

	@Test
	void badCommandLinesSayWhatIsWrong() throws Exception {
		String c = config.toString();
		assertEquals(2, run("issue-console", "--person", "x", "--role", "planner", "--out", "o"));
		assertTrue(err().contains("--config FILE is required"), err());
		assertEquals(2, run("--config", c, "issue-console", "--person", "x", "--role", "boss", "--out", "o"));
		assertTrue(err().contains("--role 'boss': must be administrator, planner or support"), err());
		assertEquals(2, run("--config", c, "issue-console", "--person", "x", "--role", "planner"));
		assertTrue(err().contains("issue-console needs --person, --role and --out"), err());
		assertEquals(2, run("--config", c, "issue-console", "--person", "../x", "--role", "planner", "--out", "o"));
		assertTrue(err().contains("--person '../x'"), err());
		assertEquals(2, run("--config", c, "issue-console", "--person", "two words", "--role", "planner", "--out",
				dir.resolve("o").toString()));
		assertTrue(err().contains("--person 'two words'"), err());
		assertEquals(2, run("--config", c, "issue-agent", "--node", "n1"));
		assertTrue(err().contains("--node n1 has no --agent-data DIR"), err());
		assertEquals(2, run("--config", c, "issue-agent", "--colour", "blue"));
		assertTrue(err().contains("issue-agent: unknown argument '--colour'"), err());
		assertEquals(2, run("--config", c, "rotate"));
		assertTrue(err().contains("unknown subcommand 'rotate'"), err());
		assertFalse(Files.exists(dir.resolve("o")), "nothing written for a bad command line");

		Files.writeString(config, "data.dir = ../data\nlisten.port = many\n");
		assertEquals(2, run("--config", c, "issue-agent", "--node", "n1", "--agent-data", dir.resolve("a1").toString()));
		assertTrue(err().contains("key 'listen.port' = 'many': not a whole number"), err());
	}

	@Test
	void aCaThatCannotBeOpenedIsAFailureNamingItsPasswordFile() throws Exception {
		assertEquals(0, run("--config", config.toString(), "issue-agent", "--node", "n1", "--agent-data", dir.resolve("a1").toString()));
		Path password = dir.resolve("conf/ca.password");
		Files.delete(password);
		assertEquals(1, run("--config", config.toString(), "issue-agent", "--node", "n1", "--agent-data", dir.resolve("a1").toString()));
		assertTrue(err().contains("cannot open the pool CA of " + config.toAbsolutePath()) && err().contains(password.toString()), err());
	}
	@Test
	void issueConsoleSignsAConsolesOwnRequestWhoseKeyNeverLeftIt() throws Exception {
		Path workspace = dir.resolve("pat");
		org.flotilla.console.core.identity.ConsoleCertificateRequest pending = org.flotilla.console.core.identity.ConsoleCertificateRequest
				.in(workspace);
		pending.create("pat");
		Path pem = dir.resolve("pat.pem");
		assertEquals(2, run("--config", config.toString(), "issue-console", "--request", pending.requestFile().toString(),
				"--person", "pat", "--role", "planner", "--days", "0", "--out", pem.toString()), err());
		assertEquals(2, run("--config", config.toString(), "issue-console", "--request", pending.requestFile().toString(),
				"--person", "pat", "--out", pem.toString()), err());
		// The request says CN=pat: it cannot be signed for someone else.
		assertEquals(1, run("--config", config.toString(), "issue-console", "--request", pending.requestFile().toString(),
				"--person", "root", "--role", "administrator", "--out", pem.toString()), err());
		assertTrue(err().contains("'pat'") && err().contains("'root'"), err());
		assertFalse(Files.exists(pem));

		assertEquals(0, run("--config", config.toString(), "issue-console", "--request", pending.requestFile().toString(),
				"--person", "pat", "--role", "planner", "--days", "30", "--out", pem.toString()), err());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("role planner"), out.toString(StandardCharsets.UTF_8));
		ServiceIdentity identity = ServiceIdentity.openOrCreate(ServiceConfig.read(config));
		IdentityKeystore.Loaded installed = pending.install(Files.readString(pem), identity.caCertificate());
		assertEquals(PeerIdentity.console("pat", ConsoleRole.PLANNER), installed.identity());
		assertTrue(identity.register().issued().stream().anyMatch(c -> c.name().equals("pat") && c.role().equals("planner")));
		long days = java.time.Duration.between(java.time.Instant.now(), installed.certificate().getNotAfter().toInstant()).toDays();
		assertTrue(days >= 29 && days <= 30, days + " days");
	}

	@Test
	void enrollmentTokenAsksTheRunningServiceAndSaysWhatTheAgentNeeds() throws Exception {
		int port;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		Files.writeString(config, "data.dir = ../data\nlisten.port = " + port + "\nenrollment.port = 0\n");
		String[] token = { "--config", config.toString(), "enrollment-token", "--node", "n1", "--host", "127.0.0.1", "--port",
				"7443", "--labels", "a,b", "--site", "Lyon", "--rack", "R1", "--valid", "10m" };
		assertEquals(1, run(token), "no service running");
		assertTrue(err().contains("must be running"), err());

		ServiceConfig read = ServiceConfig.read(config);
		ServiceIdentity identity = ServiceIdentity.openOrCreate(read);
		javax.net.ssl.SSLContext tls = identity.serviceTls();
		try (PoolService service = PoolService.start(new PoolService.Settings(read.poolName(), read.dataDir(),
				read.listenSocketAddress(), read.serviceName(), 4, null, tls,
				org.flotilla.console.core.ConnectionService.Settings.DEFAULTS),
				new Enrollment(identity, tls, Enrollment.Settings.of(read.enrollment().orElseThrow().socketAddress())))) {
			assertEquals(0, run(token), err());
			String said = out.toString(StandardCharsets.UTF_8);
			assertTrue(said.matches("(?s)token [A-Za-z0-9_-]{43}\n.*"), said);
			assertTrue(said.contains("enrollment 127.0.0.1:" + service.enrollmentAddress().orElseThrow().getPort()), said);
			assertTrue(said.contains("node n1"), said);
			java.time.Instant expires = java.time.Instant.parse(said.lines().filter(l -> l.startsWith("expires ")).findFirst()
					.orElseThrow().substring("expires ".length()));
			assertTrue(expires.isAfter(java.time.Instant.now().plusSeconds(9 * 60)) && expires.isBefore(java.time.Instant.now().plusSeconds(11 * 60)));

			assertEquals(2, run("--config", config.toString(), "enrollment-token", "--node", "n2", "--host", "127.0.0.1"), err());
			assertEquals(2, run("--config", config.toString(), "enrollment-token", "--node", "n2", "--host", "127.0.0.1", "--port",
					"7443", "--valid", "25h"), err());
			assertTrue(err().contains("at most"), err());
		}
	}
}
