package org.flotilla.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.flotilla.agent.Agent;
import org.flotilla.agent.AgentConfig;
import org.flotilla.agent.AgentEndpoint;
import org.flotilla.console.core.ConnectionService;
import org.flotilla.console.core.SamplePools;
import org.flotilla.console.core.audit.AuditTrail;
import org.flotilla.console.core.remote.ServiceOperations;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;
import org.flotilla.model.persistence.PoolStore;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.SecretFiles;
import org.flotilla.service.PoolService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import oshi.SystemInfo;

/**
 * The pool service's audit trail with real TLS on loopback: what consoles ask, allowed or refused, is written with
 * the person, role, operation, target and result; a flood of refusals cannot push an administrator's entry out; the
 * trail is read filtered and in pages; and a node's own audit is fetched from a real agent through the service.
 */
class ServiceAuditTest {

	private static final char[] PASSWORD = "test-password".toCharArray();

	@TempDir
	Path dir;

	private PoolCertificateAuthority authority;
	private PoolService service;
	private Agent agent;
	private AgentEndpoint endpoint;
	private final List<ProtocolClient> clients = new ArrayList<>();

	@BeforeEach
	void ca() throws Exception {
		authority = PoolCertificateAuthority.openOrCreate(dir.resolve("ca"), PASSWORD, "test pool");
	}

	private void startService(Pool pool) throws Exception {
		Path file = dir.resolve("pool.flotilla");
		new PoolStore().save(pool, file);
		service = PoolService.start(new PoolService.Settings("test pool", dir.resolve("service"),
				new InetSocketAddress("127.0.0.1", 0), "pool-service", 16, file, tls("pool-service", ConsoleRole.ADMINISTRATOR),
				ConnectionService.Settings.DEFAULTS));
	}

	@AfterEach
	void stop() throws Exception {
		clients.forEach(ProtocolClient::close);
		if (service != null) {
			service.close();
		}
		if (endpoint != null) {
			endpoint.close();
		}
		if (agent != null) {
			agent.close();
		}
	}

	private SSLContext tls(String name, ConsoleRole role) throws Exception {
		return PoolCertificateAuthority.sslContext(authority.issueConsole(name, role, PASSWORD), PASSWORD);
	}

	private ProtocolClient connect(InetSocketAddress address, String name, ConsoleRole role, String agentName) throws Exception {
		ProtocolClient.Builder builder = ProtocolClient.builder(address, tls(name, role), PeerKind.CONSOLE, name)
				.requestTimeout(Duration.ofSeconds(60)).maximumFrameBytes(4 << 20);
		if (agentName != null) {
			builder.expectAgent(agentName);
		}
		ProtocolClient client = builder.connect();
		clients.add(client);
		return client;
	}

	private ProtocolClient console(String name, ConsoleRole role) throws Exception {
		return connect(service.address(), name, role, null);
	}

	private static Response ask(ProtocolClient client, String operation, Map<String, String> arguments) throws Exception {
		return client.request(operation, 0, arguments).get(60, TimeUnit.SECONDS);
	}

	private static AuditTrail trail(ProtocolClient client) {
		return new AuditTrail((operation, arguments) -> client.request(operation, 0, arguments));
	}

	private static AuditTrail.Page read(ProtocolClient client, AuditTrail.Filter filter, int offset) throws Exception {
		return trail(client).read(filter, offset).get(60, TimeUnit.SECONDS);
	}

	private static AuditTrail.Filter person(String person) {
		return new AuditTrail.Filter(null, null, person, null, null, null, null);
	}

	/** The ID of the first node in the pool as the service has it, and its name. */
	private String[] firstNode(ProtocolClient admin) throws Exception {
		// The IDs are the pool file's, which the service imported: read them from a copy received from it.
		try (ServedConsole served = new ServedConsole(service.address(), tls("reader", ConsoleRole.SUPPORT), "reader")) {
			served.waitUntil("copy arrived", () -> served.session.isServiceBacked());
			return served.onModel(() -> {
				Node first = served.session.getPool().getAllNodes().get(0);
				return new String[] { ((XMLResource) first.eResource()).getID(first), first.getName() };
			});
		}
	}

	@Test
	void allowedAndRefusedRequestsAreAuditedWithPersonRoleOperationTargetAndResult() throws Exception {
		startService(SamplePools.create());
		ProtocolClient alice = console("alice", ConsoleRole.ADMINISTRATOR);
		ProtocolClient sam = console("sam", ConsoleRole.SUPPORT);
		String[] node = firstNode(alice);

		Response drained = ask(alice, ServiceOperations.DRAIN, Map.of("node", node[0]));
		assertEquals(Response.Status.OK, drained.status(), drained.detail());
		Response refused = ask(sam, ServiceOperations.DRAIN, Map.of("node", node[0]));
		assertEquals(Response.Status.REFUSED, refused.status());

		List<AuditTrail.Record> alices = read(alice, person("alice"), 0).records();
		AuditTrail.Record drain = alices.stream().filter(r -> r.operation().equals(ServiceOperations.DRAIN)).findFirst()
				.orElseThrow(() -> new AssertionError("no drain by alice in " + alices));
		assertEquals("administrator", drain.role());
		assertEquals("Node " + node[1], drain.target());
		assertEquals("OK", drain.outcome());
		assertTrue(drain.detail().startsWith("job="), "the job made: " + drain.detail());

		List<AuditTrail.Record> sams = read(alice, person("sam"), 0).records();
		AuditTrail.Record samsDrain = sams.stream().filter(r -> r.operation().equals(ServiceOperations.DRAIN)).findFirst()
				.orElseThrow(() -> new AssertionError("no drain by sam in " + sams));
		assertEquals("support", samsDrain.role());
		assertEquals("Node " + node[1], samsDrain.target());
		assertEquals("REFUSED", samsDrain.outcome());
		assertTrue(samsDrain.detail().contains("may look, not change"), samsDrain.detail());
		assertTrue(sams.stream().noneMatch(r -> r.person().equals("alice")), "filtered by person: " + sams);

		Path file = dir.resolve("service/audit/service-audit.log");
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		for (String line : Files.readAllLines(file)) {
			assertEquals(7, line.split("\t", -1).length, line);
		}
	}

	@Test
	void aFloodOfRefusedRequestsDoesNotPushOutAnAdministratorsEntry() throws Exception {
		startService(SamplePools.create());
		ProtocolClient alice = console("alice", ConsoleRole.ADMINISTRATOR);
		String[] node = firstNode(alice);
		assertEquals(Response.Status.OK, ask(alice, ServiceOperations.READY, Map.of("node", node[0])).status());

		// 600 refused requests, each with a name of line breaks, tabs and 5,000 characters, ten in flight at a time.
		ProtocolClient mallory = console("mallory", ConsoleRole.SUPPORT);
		String hostile = ("x\u2028\tforged\tadministrator\tnode-ready\tNode a\tOK\r\n" + "y".repeat(100)).repeat(40);
		for (int round = 0; round < 60; round++) {
			List<CompletableFuture<Response>> batch = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				batch.add(mallory.request(i % 2 == 0 ? hostile + i : ServiceOperations.DRAIN, 0, Map.of("node", hostile)));
			}
			for (CompletableFuture<Response> answer : batch) {
				assertEquals(Response.Status.REFUSED, answer.get(60, TimeUnit.SECONDS).status());
			}
		}

		Path file = dir.resolve("service/audit/service-audit.log");
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		long mallorys = lines.stream().filter(l -> l.split("\t")[1].equals("mallory")).count();
		assertTrue(mallorys <= 22, "refusals are written at a bounded rate: " + mallorys + " lines");
		assertTrue(Files.size(file) < 64 * 1024, "bytes: " + Files.size(file));
		for (String line : lines) {
			assertTrue(line.length() <= 1024, "line of " + line.length());
			assertEquals(7, line.split("\t", -1).length, "no forged columns: " + line);
			assertFalse(line.chars().anyMatch(c -> c == '\r' || c == 0x2028), "no raw line breaks");
		}
		List<AuditTrail.Record> ready = read(alice, new AuditTrail.Filter(null, null, "alice", null, "node-ready", "OK", null), 0)
				.records();
		assertEquals(1, ready.size(), ready.toString());
		assertEquals("Node " + node[1], ready.get(0).target());
	}

	@Test
	void theAuditIsReadFilteredAndInPagesNewestFirstByAdministratorsAndSupportOnly() throws Exception {
		startService(SamplePools.create());
		ProtocolClient alice = console("alice", ConsoleRole.ADMINISTRATOR);
		Instant before = Instant.now();
		for (int i = 0; i < 12; i++) {
			Response answer = ask(alice, ServiceOperations.CANCEL, Map.of("job", "no-such-job-" + i));
			assertEquals(Response.Status.REFUSED, answer.status());
		}
		Instant after = Instant.now().plusMillis(1);

		AuditTrail.Filter cancels = new AuditTrail.Filter(before, after, "ALICE", null, "job-cancel", "refused", null);
		AuditTrail.Page first = read(alice, cancels, 0);
		assertEquals(12, first.records().size());
		assertFalse(first.more());
		for (int i = 0; i < 12; i++) {
			assertEquals("no-such-job-" + (11 - i), first.records().get(i).target(), "newest first");
		}
		// Pages of five: 5, 5, 2.
		Map<String, String> arguments = new HashMap<>(cancels.arguments(0, 5));
		Response page1 = ask(alice, ServiceOperations.AUDIT_READ, arguments);
		AuditTrail.Page p1 = AuditTrail.servicePage(page1);
		assertEquals(5, p1.records().size());
		assertTrue(p1.more());
		arguments.put("offset", Integer.toString(p1.next()));
		AuditTrail.Page p2 = AuditTrail.servicePage(ask(alice, ServiceOperations.AUDIT_READ, arguments));
		arguments.put("offset", Integer.toString(p2.next()));
		AuditTrail.Page p3 = AuditTrail.servicePage(ask(alice, ServiceOperations.AUDIT_READ, arguments));
		assertEquals(List.of(5, 5, 2), List.of(p1.records().size(), p2.records().size(), p3.records().size()));
		assertTrue(p2.more());
		assertFalse(p3.more());
		assertEquals("no-such-job-0", p3.records().get(1).target());

		// The text filter, the time range and the outcome narrow it.
		assertEquals(1, read(alice, new AuditTrail.Filter(null, null, null, null, null, null, "no-such-job-7"), 0).records()
				.stream().filter(r -> r.operation().equals("job-cancel")).count());
		assertEquals(0, read(alice, new AuditTrail.Filter(after, null, null, null, "job-cancel", null, null), 0).records().size());
		assertEquals(0, read(alice, new AuditTrail.Filter(null, null, null, null, "job-cancel", "OK", null), 0).records().size());

		// Support reads it; a planner is refused, and so is a filter that is not one.
		ProtocolClient sam = console("sam", ConsoleRole.SUPPORT);
		assertEquals(12, read(sam, cancels, 0).records().size());
		ProtocolClient bob = console("bob", ConsoleRole.PLANNER);
		Response planner = ask(bob, ServiceOperations.AUDIT_READ, Map.of());
		assertEquals(Response.Status.REFUSED, planner.status());
		assertTrue(planner.detail().contains("administrators and support"), planner.detail());
		assertEquals(Response.Status.REFUSED, ask(alice, ServiceOperations.AUDIT_READ, Map.of("since", "yesterday")).status());
		assertEquals(Response.Status.REFUSED, ask(alice, ServiceOperations.AUDIT_READ, Map.of("limit", "100000")).status());
		// The planner's refused read is itself in the trail.
		assertTrue(read(alice, new AuditTrail.Filter(null, null, "bob", null, "audit-read", "REFUSED", null), 0).records()
				.size() == 1);
	}

	@Test
	void aNodesOwnAuditIsFetchedFromItsAgentThroughTheService() throws Exception {
		assumeTrue(Files.isReadable(Path.of("/proc/meminfo")), "the agent reads /proc (Linux)");
		Path data = dir.resolve("agent");
		PoolCertificateAuthority.writeKeyStore(authority.issueAgent("node-1", PASSWORD), data.resolve(AgentEndpoint.KEYSTORE),
				PASSWORD);
		SecretFiles.write(data.resolve(AgentEndpoint.PASSWORD), "test-password\n".getBytes(StandardCharsets.US_ASCII));
		AgentConfig config = new AgentConfig(null, "127.0.0.1", 0, data, "node-1", List.of(), Duration.ofSeconds(1),
				new AgentConfig.Allotment(1, 1L << 30, false), List.of(), Duration.ofSeconds(5), null);
		agent = new Agent(config, new SystemInfo(), InstantSource.system());
		agent.start();
		endpoint = AgentEndpoint.start(agent, AgentEndpoint.tlsFromDataDir(data), new InetSocketAddress("127.0.0.1", 0));

		// Something in the agent's own audit: an administrator's command, and a support console refused one.
		ProtocolClient admin = connect(endpoint.address(), "admin-1", ConsoleRole.ADMINISTRATOR, "node-1");
		assertEquals(Response.Status.OK, ask(admin, "rescan-inventory", Map.of()).status());
		ProtocolClient desk = connect(endpoint.address(), "desk", ConsoleRole.SUPPORT, "node-1");
		assertEquals(Response.Status.REFUSED, ask(desk, "rescan-inventory", Map.of()).status());
		// A planner may not read an agent's audit, even directly.
		ProtocolClient planner = connect(endpoint.address(), "pat", ConsoleRole.PLANNER, "node-1");
		assertEquals(Response.Status.REFUSED, ask(planner, ServiceOperations.AGENT_AUDIT_READ, Map.of()).status());

		Pool pool = SamplePools.create();
		Node node = pool.getAllNodes().get(0);
		node.setName("node-1");
		node.setAddress("127.0.0.1:" + endpoint.address().getPort());
		startService(pool);
		ProtocolClient alice = console("alice", ConsoleRole.ADMINISTRATOR);

		AuditTrail.Page page = null;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (page == null) {
			try {
				page = trail(alice).agentLog("node-1", 0).get(60, TimeUnit.SECONDS);
			} catch (java.util.concurrent.ExecutionException e) {
				if (System.nanoTime() > deadline) {
					throw new AssertionError("the service did not reach the agent: " + e.getCause().getMessage(), e);
				}
				Thread.sleep(100); // the service is still connecting to the agent
			}
		}
		List<String> seen = page.records().stream().map(r -> r.person() + " " + r.operation() + " " + r.outcome()).toList();
		// Newest first: the refusal (in the agent's refusal file) after the administrator's command (in its command file).
		assertTrue(seen.indexOf("desk rescan-inventory REFUSED") >= 0, seen.toString());
		assertTrue(seen.indexOf("desk rescan-inventory REFUSED") < seen.indexOf("admin-1 rescan-inventory OK"), seen.toString());
		assertTrue(seen.indexOf("admin-1 rescan-inventory OK") < seen.indexOf("admin-1 rescan-inventory STARTED"), seen.toString());
		assertTrue(seen.contains("pat audit-read REFUSED"), seen.toString());
		assertTrue(page.records().stream().allMatch(r -> r.target().equals("node-1")));

		// Paged by offset: one skipped. (The service may have started a sample task there meanwhile: newer entries
		// shift the offsets, the oldest stay where they are.)
		AuditTrail.Page rest = trail(alice).agentLog("node-1", 1).get(60, TimeUnit.SECONDS);
		List<AuditTrail.Record> oldest = page.records().subList(page.records().size() - 3, page.records().size());
		assertTrue(rest.records().size() >= page.records().size() - 1, rest.toString());
		assertEquals(oldest, rest.records().subList(rest.records().size() - 3, rest.records().size()));
		AuditTrail.Page none = trail(alice).agentLog("node-1", rest.next() + 100).get(60, TimeUnit.SECONDS);
		assertTrue(none.records().isEmpty() && !none.more(), none.toString());

		// The service's own trail says who fetched it; a planner is refused.
		List<AuditTrail.Record> fetched = read(alice, new AuditTrail.Filter(null, null, null, "node-1", "agent-audit", "OK", null), 0)
				.records();
		assertEquals("alice", fetched.get(0).person());
		ProtocolClient bob = console("bob", ConsoleRole.PLANNER);
		assertEquals(Response.Status.REFUSED, ask(bob, ServiceOperations.AGENT_AUDIT, Map.of("node", "node-1")).status());

		// The sample pool has a task on node-1: the service starts it there, and its trail says so, with the agent's answer
		// (the sample's command is not on this machine: the agent refuses it).
		AuditTrail.Filter commands = new AuditTrail.Filter(null, null, null, "node-1", "agent run-task", null, null);
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		List<AuditTrail.Record> sent = read(alice, commands, 0).records();
		while (sent.isEmpty() && System.nanoTime() < until) {
			Thread.sleep(100);
			sent = read(alice, commands, 0).records();
		}
		assertFalse(sent.isEmpty(), "the service's command to node-1's agent is in its trail");
		AuditTrail.Record command = sent.get(sent.size() - 1);
		assertEquals("pool-service", command.person(), "on the service's own behalf: " + command);
		assertEquals("service", command.role());
		assertEquals("node-1", command.target());
		assertTrue(List.of("OK", "REFUSED", "FAILED").contains(command.outcome()), command.toString());
		assertTrue(command.detail().startsWith("task="), command + " in " + sent);
		// And the agent's own audit names the service and the person it acted for.
		// The first command may have gone out before the service's link to the agent was up (FAILED, "not connected",
		// as above); the control service sends it again: wait for it in the agent's own audit.
		long logDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		List<AuditTrail.Record> agentLog = List.of();
		while (System.nanoTime() < logDeadline && agentLog.stream().noneMatch(ServiceAuditTest::serviceRunTask)) {
			agentLog = trail(alice).agentLog("node-1", 0).get(60, TimeUnit.SECONDS).records();
			if (agentLog.stream().noneMatch(ServiceAuditTest::serviceRunTask)) {
				Thread.sleep(100);
			}
		}
		assertTrue(agentLog.stream().anyMatch(ServiceAuditTest::serviceRunTask), command + " vs " + agentLog);
	}

	/** The agent's own audit line of a run-task the service sent on its own behalf. */
	private static boolean serviceRunTask(AuditTrail.Record record) {
		return record.person().equals("pool-service") && record.operation().equals("run-task")
				&& record.detail().contains("onBehalfOf=pool-service");
	}
}
