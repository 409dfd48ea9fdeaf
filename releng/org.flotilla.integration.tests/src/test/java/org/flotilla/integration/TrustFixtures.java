package org.flotilla.integration;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.flotilla.console.core.ConsoleKeystore;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.SecretFiles;

/** What the revocation and renewal tests do to a {@link ServicePool}: direct connections, identities, waits. */
final class TrustFixtures {

	private TrustFixtures() {
	}

	/** The port agent {@code index} (0-based) listens on, from its configuration. */
	static int agentPort(ServicePool pool, int index) throws Exception {
		for (String line : Files.readAllLines(pool.agentConfigs.get(index))) {
			if (line.startsWith("listen.port")) {
				return Integer.parseInt(line.substring(line.indexOf('=') + 1).trim());
			}
		}
		throw new AssertionError("no listen.port in " + pool.agentConfigs.get(index));
	}

	/** A console connection straight to agent {@code index}, as {@code person} (issued by the pool's CA). */
	static ProtocolClient toAgent(ServicePool pool, int index, String person, ConsoleRole role) throws Exception {
		Path keystore = pool.identityOf(person, role);
		return ProtocolClient.builder(new InetSocketAddress("127.0.0.1", agentPort(pool, index)),
				ConsoleKeystore.consoleTls(keystore, ConsoleKeystore.passwordFileOf(keystore)), PeerKind.CONSOLE, person)
				.expectAgent("agent-" + (index + 1)).connectTimeout(Duration.ofSeconds(10)).connect();
	}

	/** A console connection to the pool service, as {@code person}. */
	static ProtocolClient toService(ServicePool pool, String person, ConsoleRole role) throws Exception {
		Path keystore = pool.identityOf(person, role);
		return ProtocolClient.builder(new InetSocketAddress("127.0.0.1", pool.servicePort),
				ConsoleKeystore.consoleTls(keystore, ConsoleKeystore.passwordFileOf(keystore)), PeerKind.CONSOLE, person)
				.connectTimeout(Duration.ofSeconds(10)).requestTimeout(Duration.ofSeconds(60)).connect();
	}

	static Response ask(ProtocolClient client, String operation, Map<String, String> arguments) throws Exception {
		return client.request(operation, 0, arguments).get(60, TimeUnit.SECONDS);
	}

	/** The certificate in agent {@code index}'s keystore on disk now. */
	static X509Certificate agentCertificate(ServicePool pool, int index) throws Exception {
		return IdentityKeystore.ofAgent(pool.agentConfigs.get(index).getParent()).load().certificate();
	}

	/**
	 * Replaces agent {@code index}'s keystore with one valid from {@code notBefore} to {@code notAfter} (recorded in the
	 * service's register as the CA issued it).
	 */
	static X509Certificate reissueAgent(ServicePool pool, int index, Instant notBefore, Instant notAfter) throws Exception {
		String name = "agent-" + (index + 1);
		IdentityKeystore files = IdentityKeystore.ofAgent(pool.agentConfigs.get(index).getParent());
		char[] password = SecretFiles.readPassword(files.passwordFile());
		KeyStore store = pool.identity.authority().issue(PeerIdentity.agent(name), password, notBefore, notAfter);
		PoolCertificateAuthority.writeKeyStore(store, files.keystore(), password);
		X509Certificate certificate = (X509Certificate) store.getCertificate(PoolCertificateAuthority.IDENTITY_ALIAS);
		pool.identity.register().recordIssued(certificate, PeerIdentity.agent(name));
		return certificate;
	}

	/** A console process (see {@link HeadlessConsole}) with {@code person}'s identity in {@code identities/}. */
	static ServicePool.Console startConsole(ServicePool pool, String person) throws Exception {
		Path keystore = pool.dir.resolve("identities/" + person + ".p12");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				HeadlessConsole.class.getName(), "127.0.0.1:" + pool.servicePort, keystore.toString())
				.redirectError(pool.dir.resolve(person + ".err").toFile());
		ServicePool.Console console = new ServicePool.Console(person, builder.start());
		pool.consoles.add(console);
		return console;
	}

	/** Writes {@code person}'s identity ({@code identities/NAME.p12} and its password) valid from/to; returns the certificate. */
	static X509Certificate issueConsole(ServicePool pool, String person, ConsoleRole role, Instant notBefore, Instant notAfter)
			throws Exception {
		Path keystore = pool.dir.resolve("identities/" + person + ".p12");
		IdentityKeystore files = IdentityKeystore.beside(keystore);
		SecretFiles.createFolder(keystore.getParent());
		char[] password = SecretFiles.randomPassword();
		SecretFiles.writePassword(files.passwordFile(), password);
		KeyStore store = pool.identity.authority().issue(PeerIdentity.console(person, role), password, notBefore, notAfter);
		PoolCertificateAuthority.writeKeyStore(store, keystore, password);
		X509Certificate certificate = (X509Certificate) store.getCertificate(PoolCertificateAuthority.IDENTITY_ALIAS);
		pool.identity.register().recordIssued(certificate, PeerIdentity.console(person, role));
		return certificate;
	}

	/** Restarts agent {@code index}'s process (SIGTERM, then start again with the same configuration). */
	static void restartAgent(ServicePool pool, int index) throws Exception {
		Process agent = pool.agents.get(index);
		agent.destroy();
		if (!agent.waitFor(20, TimeUnit.SECONDS)) {
			agent.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		pool.agents.set(index, AgentProcesses.start(AgentProcesses.home(), pool.agentConfigs.get(index)));
	}

	/** Waits until {@code get NODE FEATURE} in {@code console}'s copy satisfies {@code test}; returns the value. */
	static String waitForValue(ServicePool.Console console, String node, String feature, java.util.function.Predicate<String> test,
			Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		String last = null;
		while (System.nanoTime() < deadline) {
			last = console.ask("get " + node + " " + feature, "value ").substring("value ".length());
			if (test.test(last)) {
				return last;
			}
			Thread.sleep(100);
		}
		throw new AssertionError(console.person + "'s console shows " + node + "." + feature + " = " + last);
	}

	/** Waits until {@code condition} holds, or fails with {@code what} after {@code timeout}. */
	static void waitFor(String what, Duration timeout, java.util.concurrent.Callable<Boolean> condition) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.call()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
			}
			Thread.sleep(100);
		}
	}

	/** Runs {@code flotilla-service SUBCOMMAND ...} against the pool's configuration in this JVM; returns its output. */
	static String serviceTool(ServicePool pool, String... arguments) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		String[] args = new String[arguments.length + 2];
		args[0] = "--config";
		args[1] = pool.serviceConfig.toString();
		System.arraycopy(arguments, 0, args, 2, arguments.length);
		java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
		int code = org.flotilla.service.ServiceTool.run(args, print, print);
		String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
		if (code != 0) {
			throw new AssertionError("flotilla-service " + String.join(" ", arguments) + " exited " + code + ": " + text);
		}
		return text;
	}

	/** The text of agent {@code index}'s log so far. */
	static String agentLog(ServicePool pool, int index) throws Exception {
		Path log = pool.agentConfigs.get(index).resolveSibling("agent.log");
		return Files.exists(log) ? Files.readString(log) : "";
	}
}
