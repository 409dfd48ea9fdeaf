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
}
