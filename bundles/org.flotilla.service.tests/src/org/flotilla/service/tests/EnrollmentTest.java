package org.flotilla.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javax.net.ssl.SSLContext;

import org.flotilla.console.core.ConnectionService;
import org.flotilla.console.core.identity.ConsoleCertificateRequest;
import org.flotilla.console.core.remote.ServiceOperations;
import org.flotilla.model.Group;
import org.flotilla.model.GroupKind;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.protocol.CertificateRequests;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.SecretFiles;
import org.flotilla.service.Enrollment;
import org.flotilla.service.EnrollmentTokens;
import org.flotilla.service.PoolService;
import org.flotilla.service.ServiceIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Token enrollment against a real pool service in this JVM, with real TLS on loopback: a real agent process with no
 * certificate enrolls with its token, is dialled and turns ready; wrong, expired (the tokens' clock moved on),
 * reused and other nodes' tokens are refused and audited, and an agent process refused exits with 78; the enrollment
 * listener answers nothing but "enroll"; only administrators make tokens and sign consoles; a console whose request
 * an administrator signed as planner is a planner to the service.
 */
class EnrollmentTest {

	@TempDir
	Path dir;

	private ServiceIdentity identity;
	private PoolService service;
	private final AtomicReference<Duration> clockOffset = new AtomicReference<>(Duration.ZERO);
	private final InstantSource clock = () -> Instant.now().plus(clockOffset.get());
	private final List<String> audit = new CopyOnWriteArrayList<>();
	private final List<Process> processes = new ArrayList<>();
	private final List<AutoCloseable> closing = new ArrayList<>();
	private final Handler auditHandler = new Handler() {
		@Override
		public void publish(LogRecord record) {
			if (record.getMessage() != null && record.getMessage().startsWith(Enrollment.AUDIT)) {
				audit.add(record.getMessage());
			}
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}
	};

	@BeforeEach
	void startService() throws Exception {
		Logger.getLogger(Enrollment.class.getName()).addHandler(auditHandler);
		Logger.getLogger(PoolService.class.getName()).addHandler(auditHandler);
		Path data = dir.resolve("data");
		identity = ServiceIdentity.openOrCreate(data, dir.resolve("ca.password"), "test pool", "pool-service");
		SSLContext tls = identity.serviceTls();
		InetSocketAddress loopback = new InetSocketAddress("127.0.0.1", 0);
		service = PoolService.start(new PoolService.Settings("test pool", data, loopback, "pool-service", 16, null, tls,
				ConnectionService.Settings.DEFAULTS.withRetries(Duration.ofMillis(200), Duration.ofSeconds(1))),
				new Enrollment(identity, tls, new Enrollment.Settings(loopback, null, PoolCertificateAuthority.DEFAULT_LIFETIME, clock)));
	}

	@AfterEach
	void stop() throws Exception {
		for (Process process : processes) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		for (AutoCloseable c : closing) {
			c.close();
		}
		if (service != null) {
			service.close();
		}
		Logger.getLogger(Enrollment.class.getName()).removeHandler(auditHandler);
		Logger.getLogger(PoolService.class.getName()).removeHandler(auditHandler);
	}

	/** A connection to the service as {@code name} in {@code role}. */
	private ProtocolClient console(String name, ConsoleRole role) throws Exception {
		char[] password = "pw".toCharArray();
		ProtocolClient client = ProtocolClient.builder(service.address(),
				PoolCertificateAuthority.sslContext(identity.authority().issueConsole(name, role, password), password),
				PeerKind.CONSOLE, name).connect();
		closing.add(client);
		return client;
	}

	/** A connection to the enrollment listener as an agent with no certificate, trusting only the pool CA. */
	private ProtocolClient enrollmentClient(String claimedName) throws Exception {
		SSLContext tls = SSLContext.getInstance("TLSv1.3");
		tls.init(null, PoolCertificateAuthority.trustOnly(identity.caCertificate()), new SecureRandom());
		ProtocolClient client = ProtocolClient.builder(service.enrollmentAddress().orElseThrow(), tls, PeerKind.AGENT,
				claimedName).connect();
		closing.add(client);
		return client;
	}

	private static Response ask(ProtocolClient client, String operation, Map<String, String> arguments) throws Exception {
		return client.request(operation, 0, arguments).get(30, TimeUnit.SECONDS);
	}

	private Map<String, String> token(String node, int port, String... more) throws Exception {
		Map<String, String> arguments = new java.util.HashMap<>(Map.of("node", node, "host", "127.0.0.1", "port",
				Integer.toString(port)));
		for (int i = 0; i + 1 < more.length; i += 2) {
			arguments.put(more[i], more[i + 1]);
		}
		Response answer = ask(console("admin", ConsoleRole.ADMINISTRATOR), ServiceOperations.ENROLLMENT_TOKEN, arguments);
		assertEquals(Response.Status.OK, answer.status(), answer.detail());
		return answer.values();
	}

	private static String request(String name) throws Exception {
		return CertificateRequests.request(CertificateRequests.newKeyPair(), name);
	}

	private static Node node(Pool pool, String name) {
		return pool.getAllNodes().stream().filter(n -> n.getName().equals(name)).findFirst().orElse(null);
	}

	@Test
	void aRealAgentEnrollsWithItsTokenIsDialledAndTurnsReady() throws Exception {
		int agentPort = freePort();
		Map<String, String> token = token("enr-1", agentPort, "labels", "ssd, rack=a1", "site", "Lyon", "rack", "R1");
		assertEquals("127.0.0.1:" + service.enrollmentAddress().orElseThrow().getPort(), token.get("enrollment"));
		assertFalse(token.get("nodeId").isEmpty());
		assertTrue(token.get("token").matches("[A-Za-z0-9_-]{43}"), "256 random bits, URL-safe: " + token.get("token"));
		String tokenFileText = Files.readString(identity.caFolder().resolve(EnrollmentTokens.FILE));
		assertFalse(tokenFileText.contains(token.get("token")), "only the token's hash is kept");

		try (ServedConsole watcher = new ServedConsole(service.address(), adminTls("watcher"), "watcher")) {
			watcher.waitUntil("the node is in the pool, enrolling, in its site and rack", () -> {
				Node node = node(watcher.session.getPool(), "enr-1");
				return node != null && node.getState() == NodeState.ENROLLING;
			});
			watcher.onModel(() -> {
				Node node = node(watcher.session.getPool(), "enr-1");
				assertEquals("127.0.0.1:" + agentPort, node.getAddress());
				assertEquals(List.of("ssd", "rack=a1"), List.copyOf(node.getLabels()));
				Group rack = (Group) node.eContainer();
				assertEquals("R1", rack.getName());
				assertEquals(GroupKind.RACK, rack.getKind());
				assertEquals("Lyon", ((Group) rack.eContainer()).getName());
				return null;
			});

			Path agentDir = dir.resolve("agent");
			Files.createDirectories(agentDir);
			Path tokenFile = agentDir.resolve("token");
			SecretFiles.write(tokenFile, token.get("token").getBytes(StandardCharsets.US_ASCII));
			Path caFile = agentDir.resolve("pool-ca.pem");
			Files.writeString(caFile, token.get("caCertificate"));
			Process agent = startAgent(agentDir, "enr-1", agentPort, token.get("enrollment"), tokenFile, caFile);

			try {
				watcher.waitUntil("the enrolled agent reported and the node turned ready",
						() -> node(watcher.session.getPool(), "enr-1").getState() == NodeState.READY);
			} catch (AssertionError e) {
				throw new AssertionError(e.getMessage() + "; classpath " + agentClasspath() + "; agent said: " + Files.readString(agentDir.resolve("agent.log"))
						+ "; audit: " + audit, e);
			}
			assertTrue(agent.isAlive());
			assertFalse(Files.exists(tokenFile), "the used token is deleted");
			IdentityKeystore.Loaded keystore = IdentityKeystore.ofAgent(agentDir.resolve("data")).load();
			assertEquals("enr-1", keystore.identity().name());
			assertEquals(PeerKind.AGENT, keystore.identity().kind());
			assertTrue(identity.authority().issued(keystore.certificate()));
			Duration lifetime = Duration.between(keystore.certificate().getNotBefore().toInstant(),
					keystore.certificate().getNotAfter().toInstant());
			assertTrue(lifetime.compareTo(PoolCertificateAuthority.DEFAULT_LIFETIME) > 0
					&& lifetime.compareTo(PoolCertificateAuthority.DEFAULT_LIFETIME.plusHours(2)) < 0, lifetime.toString());
			assertEquals(Set.of(), Files.getPosixFilePermissions(keystore.files().passwordFile()).stream()
					.filter(p -> !p.name().startsWith("OWNER")).collect(java.util.stream.Collectors.toSet()));
			assertTrue(identity.register().issued().stream().anyMatch(c -> c.name().equals("enr-1") && c.kind().equals("agent")));
			assertTrue(audit.stream().anyMatch(line -> line.contains("node enr-1 enrolled")), audit.toString());
			assertTrue(audit.stream().anyMatch(line -> line.contains("enr-1") && line.contains("ready")), audit.toString());

			// The same token again, from another agent process: refused, and that agent stops with 78, saying why.
			Path secondDir = dir.resolve("agent-2");
			Files.createDirectories(secondDir);
			Path reused = secondDir.resolve("token");
			SecretFiles.write(reused, token.get("token").getBytes(StandardCharsets.US_ASCII));
			Process second = startAgent(secondDir, "enr-1", freePort(), token.get("enrollment"), reused, caFile);
			assertTrue(second.waitFor(40, TimeUnit.SECONDS), "a refused agent stops");
			assertEquals(78, second.exitValue());
			String said = Files.readString(secondDir.resolve("agent.log"));
			assertTrue(said.contains("enrollment refused") && said.contains("used already"), said);
			assertFalse(Files.exists(IdentityKeystore.ofAgent(secondDir.resolve("data")).keystore()));
		}
	}

	@Test
	void anAgentThatCannotReachTheServiceKeepsTryingAndEnrollsOnceItIsThere() throws Exception {
		int agentPort = freePort();
		Map<String, String> token = token("late-1", agentPort);
		service.close(); // the token is durable: the service that answers the agent is the next one
		service = null;
		int enrollmentPort = freePort();
		Path agentDir = dir.resolve("late");
		Files.createDirectories(agentDir);
		Path tokenFile = agentDir.resolve("token");
		SecretFiles.write(tokenFile, token.get("token").getBytes(StandardCharsets.US_ASCII));
		Path caFile = agentDir.resolve("pool-ca.pem");
		Files.writeString(caFile, token.get("caCertificate"));
		Process agent = startAgent(agentDir, "late-1", agentPort, "127.0.0.1:" + enrollmentPort, tokenFile, caFile);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		Path log = agentDir.resolve("agent.log");
		while (!(Files.exists(log) && Files.readString(log).contains("cannot enroll at 127.0.0.1:" + enrollmentPort + " yet (attempt 1)"))) {
			assertTrue(agent.isAlive() && System.nanoTime() < deadline, "the agent says it will try again: "
					+ (Files.exists(log) ? Files.readString(log) : ""));
			Thread.sleep(50);
		}

		SSLContext tls = identity.serviceTls();
		InetSocketAddress loopback = new InetSocketAddress("127.0.0.1", 0);
		service = PoolService.start(new PoolService.Settings("test pool", dir.resolve("data"), loopback, "pool-service", 16,
				null, tls, ConnectionService.Settings.DEFAULTS.withRetries(Duration.ofMillis(200), Duration.ofSeconds(1))),
				new Enrollment(identity, tls, new Enrollment.Settings(new InetSocketAddress("127.0.0.1", enrollmentPort), null,
						PoolCertificateAuthority.DEFAULT_LIFETIME, clock)));
		try (ServedConsole watcher = new ServedConsole(service.address(), adminTls("watcher"), "watcher")) {
			try {
				watcher.waitUntil("the agent enrolled with the service that came up, reported and turned ready", () -> {
					Node node = node(watcher.session.getPool(), "late-1");
					return node != null && node.getState() == NodeState.READY;
				});
			} catch (AssertionError e) {
				throw new AssertionError(e.getMessage() + "; agent said: " + Files.readString(log), e);
			}
		}
		assertFalse(Files.exists(tokenFile));
		assertTrue(agent.isAlive());
	}

	private SSLContext adminTls(String name) throws Exception {
		char[] password = "pw".toCharArray();
		return PoolCertificateAuthority.sslContext(identity.authority().issueConsole(name, ConsoleRole.ADMINISTRATOR, password),
				password);
	}

	@Test
	void wrongExpiredReusedAndOtherNodesTokensAreRefusedAndAudited() throws Exception {
		String good = token("node-a", freePort()).get("token");
		String shortLived = token("node-b", freePort(), "validity", "PT1M").get("token");
		ProtocolClient agent = enrollmentClient("node-a");

		Response wrong = ask(agent, ServiceOperations.ENROLL, Map.of("token", "not-a-token", "request", request("node-a")));
		assertEquals(Response.Status.REFUSED, wrong.status());
		assertTrue(wrong.detail().contains("unknown enrollment token"), wrong.detail());

		Response otherNode = ask(agent, ServiceOperations.ENROLL, Map.of("token", good, "request", request("node-x")));
		assertEquals(Response.Status.REFUSED, otherNode.status());
		assertTrue(otherNode.detail().contains("'node-x'") && otherNode.detail().contains("'node-a'"), otherNode.detail());

		Response enrolled = ask(agent, ServiceOperations.ENROLL, Map.of("token", good, "request", request("node-a")));
		assertEquals(Response.Status.OK, enrolled.status(), enrolled.detail()); // a CN mismatch does not use the token up
		List<java.security.cert.X509Certificate> chain = CertificateRequests.parseChain(enrolled.values().get("certificate"));
		assertEquals(identity.caCertificate(), chain.get(1));

		ProtocolClient again = enrollmentClient("node-a");
		Response reused = ask(again, ServiceOperations.ENROLL, Map.of("token", good, "request", request("node-a")));
		assertEquals(Response.Status.REFUSED, reused.status());
		assertTrue(reused.detail().contains("used already"), reused.detail());

		clockOffset.set(Duration.ofMinutes(2));
		Response expired = ask(again, ServiceOperations.ENROLL, Map.of("token", shortLived, "request", request("node-b")));
		assertEquals(Response.Status.REFUSED, expired.status());
		assertTrue(expired.detail().contains("expired"), expired.detail());

		Response garbage = ask(enrollmentClient("node-b"), ServiceOperations.ENROLL, Map.of("token", shortLived, "request",
				"-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n"));
		assertEquals(Response.Status.REFUSED, garbage.status());

		for (String reason : List.of("unknown enrollment token", "'node-x'", "used already", "expired", "malformed")) {
			assertTrue(audit.stream().anyMatch(line -> line.contains("enrollment refused") && line.contains(reason)),
					reason + " is in the service's log: " + audit);
		}
		// And in the pool's audit trail, which the Audit view shows (the refused ones, and the one enrollment).
		Path trail = dir.resolve("data/audit/service-audit.log");
		String written = java.nio.file.Files.readString(trail);
		for (String reason : List.of("unknown enrollment token", "used already", "expired")) {
			assertTrue(written.lines().anyMatch(line -> line.contains("\tenroll\t") && line.contains("REFUSED") && line.contains(reason)),
					reason + " is in the audit trail: " + written);
		}
		assertTrue(written.lines().anyMatch(line -> line.contains("agent node-a") && line.contains("\tenroll\t") && line.contains("\tOK\t")),
				written);
	}

	@Test
	void theEnrollmentListenerAnswersNothingButEnroll() throws Exception {
		ProtocolClient agent = enrollmentClient("someone");
		for (String operation : List.of(ServiceOperations.SUBSCRIBE, ServiceOperations.EDIT, ServiceOperations.ENROLLMENT_TOKEN,
				ServiceOperations.CONSOLE_SIGN, ServiceOperations.AGENT_READ, ServiceOperations.SUBMIT, ServiceOperations.DRAIN,
				"node-revoke", "history")) {
			Response answer = ask(agent, operation, Map.of("node", "x", "host", "127.0.0.1", "port", "1"));
			assertEquals(Response.Status.REFUSED, answer.status(), operation);
			assertTrue(answer.detail().contains("needs a client certificate"), answer.detail());
		}
		// A console (with its certificate) is not let in there either: that listener takes agents without one.
		SSLContext adminTls = adminTls("admin");
		assertThrows(Exception.class, () -> ProtocolClient.builder(service.enrollmentAddress().orElseThrow(), adminTls,
				PeerKind.CONSOLE, "admin").connect().close());
		// And the console listener still insists on a certificate.
		SSLContext none = SSLContext.getInstance("TLSv1.3");
		none.init(null, PoolCertificateAuthority.trustOnly(identity.caCertificate()), new SecureRandom());
		assertThrows(Exception.class, () -> ProtocolClient.builder(service.address(), none, PeerKind.AGENT, "someone")
				.connectTimeout(Duration.ofSeconds(5)).connect().close());
	}

	@Test
	void oneEnrollmentConnectionMakesAFewRequestsOnly() throws Exception {
		ProtocolClient agent = enrollmentClient("guesser");
		for (int i = 0; i < 3; i++) {
			Response guess = ask(agent, ServiceOperations.ENROLL, Map.of("token", "guess-" + i, "request", request("guesser")));
			assertEquals(Response.Status.REFUSED, guess.status(), guess.detail());
		}
		Response fourth = ask(agent, ServiceOperations.ENROLL, Map.of("token", "guess-3", "request", request("guesser")));
		assertEquals(Response.Status.FAILED, fourth.status());
		assertTrue(fourth.detail().contains("at most 3 requests on one enrollment connection"), fourth.detail());
	}

	@Test
	void onlyAdministratorsMakeTokensAndSignConsoles() throws Exception {
		for (ConsoleRole role : List.of(ConsoleRole.PLANNER, ConsoleRole.SUPPORT)) {
			ProtocolClient client = console("person-" + role.externalName(), role);
			Response token = ask(client, ServiceOperations.ENROLLMENT_TOKEN, Map.of("node", "n1", "host", "127.0.0.1", "port", "7443"));
			assertEquals(Response.Status.REFUSED, token.status());
			assertTrue(token.detail().contains("only an administrator may make enrollment tokens"), token.detail());
			Response sign = ask(client, ServiceOperations.CONSOLE_SIGN, Map.of("person", "mallory", "role", "administrator",
					"request", request("mallory")));
			assertEquals(Response.Status.REFUSED, sign.status());
			assertTrue(sign.detail().contains("only an administrator may sign console certificates"), sign.detail());
			assertTrue(audit.stream().anyMatch(line -> line.contains("person-" + role.externalName()) && line.contains("refused")),
					audit.toString());
		}
		assertTrue(identity.register().issued().stream().noneMatch(c -> c.name().equals("mallory")));
		assertEquals(0, EnrollmentTokens.open(identity.caFolder(), clock).size(), "no token was made");
	}

	@Test
	void aConsoleSignedAsPlannerIsAPlannerToTheService() throws Exception {
		Path workspace = dir.resolve("pat-workspace");
		ConsoleCertificateRequest pending = ConsoleCertificateRequest.in(workspace);
		String request = pending.create("pat");
		assertTrue(pending.isPending());
		assertEquals(request, Files.readString(pending.requestFile()));

		Response signed = ask(console("admin", ConsoleRole.ADMINISTRATOR), ServiceOperations.CONSOLE_SIGN,
				Map.of("person", "pat", "role", "planner", "request", request, "validity", "P30D"));
		assertEquals(Response.Status.OK, signed.status(), signed.detail());
		// Another key's certificate (someone else's request) is not installed over the pending key.
		Response other = ask(console("admin", ConsoleRole.ADMINISTRATOR), ServiceOperations.CONSOLE_SIGN,
				Map.of("person", "pat", "role", "administrator", "request", request("pat")));
		assertThrows(java.security.GeneralSecurityException.class,
				() -> pending.install(other.values().get("certificate"), identity.caCertificate()));
		// Nor one from another pool's CA.
		PoolCertificateAuthority stranger = PoolCertificateAuthority.openOrCreate(dir.resolve("other-ca"), "x".toCharArray(), "other");
		assertThrows(java.security.GeneralSecurityException.class,
				() -> pending.install(signed.values().get("certificate"), stranger.certificate()));

		IdentityKeystore.Loaded installed = pending.install(signed.values().get("certificate"), identity.caCertificate());
		assertEquals(ConsoleRole.PLANNER, installed.identity().role().orElseThrow());
		assertFalse(pending.isPending());
		assertEquals(workspace.resolve("tls/console.p12"), installed.files().keystore());
		assertFalse(Files.exists(workspace.resolve("ca")), "the console's workspace holds no CA");
		// Nor does it make one later, should the console be started on that workspace without the service.
		assertThrows(java.io.IOException.class, () -> org.flotilla.console.core.LocalPoolAuthority.openOrCreate(workspace, "x"));
		assertFalse(Files.exists(workspace.resolve("ca")), "no local CA beside a service's identity");

		IdentityKeystore.Loaded reread = IdentityKeystore.beside(workspace.resolve("tls/console.p12")).load();
		try (ServedConsole pat = new ServedConsole(service.address(), reread.sslContext(), "pat")) {
			pat.waitUntil("pat's copy arrived", () -> pat.session.isServiceBacked());
			assertEquals(ConsoleRole.PLANNER, pat.client.role());
			Response token = pat.client.request(ServiceOperations.ENROLLMENT_TOKEN,
					Map.of("node", "n1", "host", "127.0.0.1", "port", "7443")).get(30, TimeUnit.SECONDS);
			assertEquals(Response.Status.REFUSED, token.status());
		}
	}

	@Test
	void tokensSurviveARestartOfTheService() throws Exception {
		String token = token("node-r", freePort()).get("token");
		service.close();
		Path data = dir.resolve("data");
		SSLContext tls = identity.serviceTls();
		InetSocketAddress loopback = new InetSocketAddress("127.0.0.1", 0);
		service = PoolService.start(new PoolService.Settings("test pool", data, loopback, "pool-service", 16, null, tls,
				ConnectionService.Settings.DEFAULTS), new Enrollment(identity, tls, new Enrollment.Settings(loopback, null,
						PoolCertificateAuthority.DEFAULT_LIFETIME, clock)));
		Response enrolled = ask(enrollmentClient("node-r"), ServiceOperations.ENROLL, Map.of("token", token, "request",
				request("node-r")));
		assertEquals(Response.Status.OK, enrolled.status(), enrolled.detail());
	}

	private Process startAgent(Path agentDir, String name, int port, String enrollment, Path tokenFile, Path caFile)
			throws Exception {
		Path config = agentDir.resolve("agent.properties");
		Files.writeString(config, "node.name = " + name + "\nlisten.address = 127.0.0.1\nlisten.port = " + port
				+ "\ndata.dir = " + agentDir.resolve("data") + "\nreport.interval = 500ms\ntasks.limits = off\n"
				+ "enroll.service = " + enrollment + "\nenroll.token.file = " + tokenFile + "\npool.ca.file = " + caFile + "\n");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx64m", "-cp", agentClasspath(), "org.flotilla.agent.AgentMain",
				"--config", config.toString()).redirectErrorStream(true).redirectOutput(agentDir.resolve("agent.log").toFile())
				.start();
		processes.add(process);
		return process;
	}

	/** The agent bundle and every bundle it is wired to, transitively, as class path entries. */
	private static String agentClasspath() throws Exception {
		Bundle self = FrameworkUtil.getBundle(EnrollmentTest.class);
		Bundle agent = java.util.Arrays.stream(self.getBundleContext().getBundles())
				.filter(b -> "org.flotilla.agent".equals(b.getSymbolicName())).findFirst().orElseThrow();
		Set<Bundle> bundles = new LinkedHashSet<>();
		Deque<Bundle> todo = new ArrayDeque<>(List.of(agent));
		while (!todo.isEmpty()) {
			Bundle bundle = todo.pop();
			if (bundle.getBundleId() == 0 || !bundles.add(bundle)) {
				continue;
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
			Path file = bundleFile(self, bundle);
			Path classes = file.resolve("target/classes");
			entries.add(Files.isDirectory(classes) ? classes.toString() : file.toString());
		}
		return String.join(File.pathSeparator, entries);
	}

	/**
	 * The file or folder a bundle was installed from. Its location reads {@code initial@reference:file:PATH}, the path
	 * relative to the framework's install area when it is not absolute.
	 */
	private static Path bundleFile(Bundle self, Bundle bundle) {
		String location = bundle.getLocation();
		location = location.substring(location.indexOf('@') + 1);
		location = location.startsWith("reference:") ? location.substring("reference:".length()) : location;
		location = location.startsWith("file:") ? location.substring("file:".length()) : location;
		Path path = Path.of(location);
		if (path.isAbsolute()) {
			return path;
		}
		for (String area : List.of("osgi.install.area", "osgi.configuration.area", "osgi.instance.area")) {
			String base = self.getBundleContext().getProperty(area);
			if (base != null) {
				Path candidate = Path.of(URI.create(base.replace(" ", "%20"))).resolve(path).normalize();
				if (Files.exists(candidate)) {
					return candidate;
				}
			}
		}
		return Path.of(System.getProperty("user.dir")).resolve(path).normalize();
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
