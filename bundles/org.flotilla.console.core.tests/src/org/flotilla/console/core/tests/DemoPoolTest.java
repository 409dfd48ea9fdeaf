package org.flotilla.console.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.flotilla.console.core.DemoPool;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.PeerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo pool's certificates: the agents' and the console's, and no CA key left anywhere. */
class DemoPoolTest {

	@TempDir
	Path workspace;

	@Test
	void agentsAndConsoleGetCertificatesFromOneCaThatIsNeverWritten() throws Exception {
		List<Path> configs = DemoPool.prepare(workspace, workspace.resolve("demo-agents"), 3, 27901);
		assertEquals(3, configs.size());

		IdentityKeystore.Loaded console = new IdentityKeystore(workspace.resolve(DemoPool.CONSOLE_KEYSTORE),
				workspace.resolve(DemoPool.CONSOLE_PASSWORD)).load();
		assertEquals(PeerKind.CONSOLE, console.identity().kind());
		assertEquals(java.util.Optional.of(ConsoleRole.ADMINISTRATOR), console.identity().role());
		assertEquals(DemoPool.consoleName(), console.identity().name());
		for (Path config : configs) {
			IdentityKeystore.Loaded agent = IdentityKeystore.ofAgent(config.getParent()).load();
			assertEquals(PeerKind.AGENT, agent.identity().kind());
			assertEquals(config.getParent().getFileName().toString(), agent.identity().name());
			assertEquals(console.caCertificate(), agent.caCertificate(), "one pool CA signs them all");
			agent.certificate().verify(console.caCertificate().getPublicKey());
		}

		// The only private keys on disk are the identities' own: none of them can sign a certificate.
		assertFalse(Files.exists(workspace.resolve("ca")), "no CA folder in the workspace");
		List<Path> keystores = keystoresUnder(workspace);
		assertEquals(4, keystores.size(), keystores.toString());
		for (Path keystore : keystores) {
			IdentityKeystore.Loaded loaded = IdentityKeystore.beside(keystore).load();
			assertEquals(-1, loaded.certificate().getBasicConstraints(), keystore + " holds a CA certificate");
			KeyStore store = loaded.store();
			int keys = 0;
			for (String alias : java.util.Collections.list(store.aliases())) {
				keys += store.isKeyEntry(alias) ? 1 : 0;
			}
			assertEquals(1, keys, keystore + ": one key, the identity's own");
		}

		// Preparing again keeps them (a console already connected still trusts the agents)...
		DemoPool.prepare(workspace, workspace.resolve("demo-agents"), 3, 27911);
		assertEquals(console.caCertificate(), consoleIdentity().caCertificate());
		// ...unless one is missing: there is no CA to issue it from, so all are issued again, from a new one.
		Files.delete(workspace.resolve("demo-agents/demo-02/tls/agent.p12"));
		DemoPool.prepare(workspace, workspace.resolve("demo-agents"), 3, 27901);
		IdentityKeystore.Loaded again = consoleIdentity();
		assertNotEquals(console.caCertificate(), again.caCertificate());
		for (Path config : configs) {
			assertEquals(again.caCertificate(), IdentityKeystore.ofAgent(config.getParent()).load().caCertificate());
		}
		assertFalse(Files.exists(workspace.resolve("ca")), "no CA folder in the workspace");
	}

	private IdentityKeystore.Loaded consoleIdentity() throws Exception {
		return new IdentityKeystore(workspace.resolve(DemoPool.CONSOLE_KEYSTORE), workspace.resolve(DemoPool.CONSOLE_PASSWORD)).load();
	}

	@Test
	void withoutCertificatesNothingIsIssued() throws Exception {
		DemoPool.prepare(workspace, workspace.resolve("demo-agents"), 2, 27901, false);
		assertTrue(Files.isRegularFile(workspace.resolve("demo.flotilla")));
		assertEquals(List.of(), keystoresUnder(workspace));
	}

	private static List<Path> keystoresUnder(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return new ArrayList<>(files.filter(p -> p.toString().endsWith(".p12")).sorted().toList());
		}
	}
}
