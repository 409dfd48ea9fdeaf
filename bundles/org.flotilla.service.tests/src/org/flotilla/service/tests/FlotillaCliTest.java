package org.flotilla.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.flotilla.console.core.ConnectionService;
import org.flotilla.console.core.ConsoleKeystore;
import org.flotilla.console.core.SamplePools;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.persistence.PoolStore;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.SecretFiles;
import org.flotilla.service.PoolService;
import org.flotilla.service.ServiceIdentity;
import org.flotilla.service.cli.FlotillaCli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/flotilla} ({@link FlotillaCli#run}) against the pool service in this JVM, with real TLS on loopback and
 * identities issued by the service's CA as {@code flotilla-service issue-console} issues them: what it lists, what
 * it asks, what the service then holds, and the exit code and message of every way it can go wrong.
 */
class FlotillaCliTest {

	@TempDir
	Path dir;

	private PoolService service;
	private ServiceIdentity identity;
	private Pool sample;

	/** One run of the client: its exit code and what it printed. */
	private record Run(int code, String out, String err) {
		@Override
		public String toString() {
			return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
		}
	}

	@BeforeEach
	void startService() throws Exception {
		identity = ServiceIdentity.openOrCreate(dir.resolve("data"), dir.resolve("ca.password"), "test pool", "pool-service");
		sample = SamplePools.create();
		Path file = dir.resolve("sample.flotilla");
		new PoolStore().save(SamplePools.create(), file);
		service = PoolService.start(new PoolService.Settings("test pool", dir.resolve("data"), new InetSocketAddress("127.0.0.1", 0),
				"pool-service", 16, file, identity.serviceTls(), ConnectionService.Settings.DEFAULTS));
	}

	@AfterEach
	void stop() {
		if (service != null) {
			service.close();
		}
	}

	/** Issues {@code person}'s identity as issue-console does: DIR/person.p12 and DIR/person.password. */
	private Path person(String person, ConsoleRole role) throws Exception {
		Path keystore = dir.resolve(person + ".p12");
		identity.issueConsole(person, role, keystore, ConsoleKeystore.passwordFileOf(keystore));
		return keystore;
	}

	private String serviceAddress() {
		return "127.0.0.1:" + service.address().getPort();
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code;
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			code = FlotillaCli.run(args, o, e);
		}
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** Runs as {@code keystore}'s person against the test's service. */
	private Run as(Path keystore, String... command) {
		String[] args = new String[command.length + 4];
		args[0] = "--service";
		args[1] = serviceAddress();
		args[2] = "--identity";
		args[3] = keystore.toString();
		System.arraycopy(command, 0, args, 4, command.length);
		return run(args);
	}

	private static Run ok(Run run) {
		assertEquals(FlotillaCli.OK, run.code(), run.toString());
		assertEquals("", run.err(), run.toString());
		return run;
	}

	private static void failsWith(int code, Run run, String... inMessage) {
		assertEquals(code, run.code(), run.toString());
		assertFalse(run.err().isEmpty(), run.toString());
		for (String line : run.err().split("\n")) {
			assertTrue(line.startsWith("flotilla: "), "every message line starts with 'flotilla: ': " + run);
		}
		for (String text : inMessage) {
			assertTrue(run.err().contains(text), "'" + text + "' in the message: " + run);
		}
	}

	private Map<String, Map<String, Object>> byName(List<Map<String, Object>> objects) {
		return objects.stream().collect(Collectors.toMap(o -> (String) o.get("name"), o -> o));
	}

	private Map<String, Map<String, Object>> nodesJson(Path keystore) {
		return byName(StrictJson.objects(ok(as(keystore, "nodes", "--json")).out()));
	}

	private Map<String, Map<String, Object>> tasksJson(Path keystore) {
		return byName(StrictJson.objects(ok(as(keystore, "tasks", "--json")).out()));
	}

	@Test
	void nodesAreRevokedAndRemovedByAdministratorsOnlyAndNotWhileTasksRunOnThem() throws Exception {
		Path admin = person("alice", ConsoleRole.ADMINISTRATOR);
		Path planner = person("pat", ConsoleRole.PLANNER);
		String busy = sample.getAllNodes().stream().filter(n -> n.getTasks().stream()
				.anyMatch(t -> t.getState() == org.flotilla.model.TaskState.RUNNING)).findFirst().orElseThrow().getName();
		String idle = sample.getAllNodes().stream().filter(n -> n.getTasks().isEmpty()).findFirst().orElseThrow().getName();

		failsWith(FlotillaCli.REFUSED, as(planner, "remove-node", idle, "--keep"), "administrator");
		failsWith(FlotillaCli.REFUSED, as(admin, "remove-node", busy, "--keep"), "drain");
		assertTrue(ok(as(admin, "remove-node", idle, "--keep")).out().contains(idle + " decommissioned"));
		assertEquals("decommissioned", nodesJson(planner).get(idle).get("state"));
		assertTrue(ok(as(admin, "revoke-node", busy, "--reason", "test")).out().contains("certificate(s) of " + busy + " revoked"));
		String other = sample.getAllNodes().stream().filter(n -> n.getTasks().isEmpty() && !n.getName().equals(idle)).findFirst()
				.orElseThrow().getName();
		assertTrue(ok(as(admin, "remove-node", other)).out().contains(other + " removed"));
		assertFalse(nodesJson(planner).containsKey(other), "deleted from the pool");
		failsWith(FlotillaCli.REFUSED, as(admin, "remove-node", other), other);
	}

	@Test
	void listsNodesAsATableAndAsJson() throws Exception {
		Path support = person("sam", ConsoleRole.SUPPORT); // looking is for everyone
		Run table = ok(as(support, "nodes"));
		List<String> lines = table.out().lines().toList();
		assertTrue(lines.get(0).startsWith("NAME") && lines.get(0).contains("STATE") && lines.get(0).contains("LABELS"), table.out());
		assertEquals(sample.getAllNodes().size() + 1, lines.size(), "a header and one line per node: " + table.out());
		for (Node node : sample.getAllNodes()) {
			assertTrue(lines.stream().anyMatch(l -> l.startsWith(node.getName() + " ")), node.getName() + " in " + table.out());
		}

		List<Map<String, Object>> json = StrictJson.objects(ok(as(support, "nodes", "--json")).out());
		assertEquals(sample.getAllNodes().size(), json.size());
		Map<String, Map<String, Object>> nodes = byName(json);
		for (Node node : sample.getAllNodes()) {
			Map<String, Object> object = nodes.get(node.getName());
			assertNotNull(object, node.getName());
			assertEquals(node.getState().getLiteral(), object.get("state"));
			assertEquals(node.getCpuCapacity(), (Double) object.get("cpuCapacity"));
			assertEquals((double) node.getMemoryCapacity(), (Double) object.get("memoryCapacityMib"));
			assertEquals((double) node.getTasks().size(), (Double) object.get("tasks"));
			assertEquals(List.copyOf(node.getLabels()), object.get("labels"));
			assertTrue(object.get("groups") instanceof List<?> groups && !groups.isEmpty(), object.toString());
		}
		assertTrue(json.stream().allMatch(o -> o.get("site") != null), "every sample node is in a site: " + json);
	}

	@Test
	void listsTasksAsATableAndAsJson() throws Exception {
		Path support = person("sam", ConsoleRole.SUPPORT);
		Run table = ok(as(support, "tasks"));
		assertEquals(sample.getTasks().size() + 1, table.out().lines().count(), table.out());
		assertTrue(table.out().startsWith("NAME"), table.out());
		Map<String, Map<String, Object>> tasks = tasksJson(support);
		assertEquals(sample.getTasks().stream().map(t -> t.getName()).collect(Collectors.toSet()), tasks.keySet());
		for (var task : sample.getTasks()) {
			Map<String, Object> object = tasks.get(task.getName());
			assertEquals(task.getKind().getLiteral(), object.get("kind"));
			assertEquals(task.getNode() == null ? null : task.getNode().getName(), object.get("node"));
			assertEquals(task.getCpuDemand(), (Double) object.get("cpuDemand"));
			assertTrue(object.containsKey("stateReason") && object.containsKey("epoch") && object.containsKey("state"), object.toString());
		}
	}

	@Test
	void exportsThePoolAsAPoolFile() throws Exception {
		Path support = person("sam", ConsoleRole.SUPPORT);
		Path file = dir.resolve("out/exported.flotilla");
		Run run = ok(as(support, "export", file.toString()));
		assertEquals("", run.out());
		Pool exported = new PoolStore().load(file);
		assertEquals(sample.getAllNodes().size(), exported.getAllNodes().size());
		assertEquals(sample.getTasks().size(), exported.getTasks().size());

		Run toOutput = ok(as(support, "export", "-"));
		assertTrue(toOutput.out().startsWith("<?xml"), toOutput.out());
	}

	@Test
	void drainsAndResumesANode() throws Exception {
		Path admin = person("alice", ConsoleRole.ADMINISTRATOR);
		String name = sample.getAllNodes().stream().filter(n -> n.getState() == NodeState.READY).findFirst().orElseThrow().getName();

		Run drain = ok(as(admin, "drain", name, "--wait", "30"));
		assertEquals(1, drain.out().lines().count(), "the drain job's ID: " + drain.out());
		assertEquals("maintenance", nodesJson(admin).get(name).get("state"));

		ok(as(admin, "resume", name));
		assertEquals("ready", nodesJson(admin).get(name).get("state"));

		failsWith(FlotillaCli.REFUSED, as(admin, "drain", "no-such-node"), "the pool has no node 'no-such-node'");
	}

	@Test
	void aPlannerSubmitsTasksThatTheServiceHolds() throws Exception {
		Path planner = person("bob", ConsoleRole.PLANNER);
		Run submit = ok(as(planner, "submit", "--name", "cli-web", "--command", "/bin/sleep", "--arg", "600", "--count", "2",
				"--cpu", "0.5", "--memory", "256", "--label", "ssd", "--env", "MODE=\"quoted\"", "--restart", "always"));
		List<String> jobs = submit.out().lines().toList();
		assertEquals(2, jobs.size(), "one start job per task: " + submit.out());
		assertEquals(2, Set.copyOf(jobs).size(), jobs.toString());

		Map<String, Map<String, Object>> tasks = tasksJson(planner);
		for (String name : List.of("cli-web-1", "cli-web-2")) {
			Map<String, Object> task = tasks.get(name);
			assertNotNull(task, name + " in " + tasks.keySet());
			assertEquals("service", task.get("kind"));
			assertEquals(0.5, (Double) task.get("cpuDemand"));
			assertEquals(256.0, (Double) task.get("memoryDemandMib"));
			assertEquals(Boolean.TRUE, task.get("desiredRunning"));
			// The sample pool's nodes have no agents: the task waits, and says why.
			assertEquals("pending", task.get("state"), task.toString());
			assertTrue(task.get("stateReason") instanceof String reason && !reason.isBlank(), task.toString());
		}
		assertEquals(sample.getTasks().size() + 2, tasks.size());
		assertFalse(tasks.containsKey("cli-web"), "replicas only");

		// Waiting for a task that cannot start times out, saying what it waits for.
		Run waited = as(planner, "submit", "--name", "cli-once", "--kind", "batch", "--command", "/bin/true", "--wait", "1");
		failsWith(FlotillaCli.TIMED_OUT, waited, "timed out after 1 s", "cli-once: pending");
		assertEquals(1, waited.out().lines().count(), "the job's ID is printed before waiting: " + waited);

		// Pinned to a node by its name: the service keeps it there.
		String pin = sample.getAllNodes().get(1).getName();
		ok(as(planner, "submit", "--name", "cli-pinned", "--command", "/bin/echo", "--arg", "-n", "--arg", "--verbose", "--pin", pin));
		assertEquals(pin, tasksJson(planner).get("cli-pinned").get("node"));
		failsWith(FlotillaCli.REFUSED, as(planner, "submit", "--name", "cli-lost", "--command", "/bin/true", "--pin", "nowhere"),
				"the pool has no node 'nowhere'");

		// The service checks what the console's wizard checks: a name taken.
		failsWith(FlotillaCli.REFUSED, as(planner, "submit", "--name", "cli-web-1", "--command", "/bin/true"), "refused", "cli-web-1");
	}

	@Test
	void supportMayLookButNotChange() throws Exception {
		Path support = person("sam", ConsoleRole.SUPPORT);
		failsWith(FlotillaCli.REFUSED, as(support, "submit", "--name", "nope", "--command", "/bin/true"),
				"submit of task nope was refused by the pool service", "support");
		String name = sample.getAllNodes().get(0).getName();
		failsWith(FlotillaCli.REFUSED, as(support, "drain", name), "drain of " + name + " was refused", "support");
		assertFalse(tasksJson(support).containsKey("nope"));
		assertEquals(sample.getAllNodes().get(0).getState().getLiteral(), nodesJson(support).get(name).get("state"));
	}

	@Test
	void identityAndConnectionProblemsExitWithThree() throws Exception {
		Path alice = person("alice", ConsoleRole.ADMINISTRATOR);
		SecretFiles.writePassword(ConsoleKeystore.passwordFileOf(alice), "not-the-password".toCharArray());
		failsWith(FlotillaCli.UNREACHABLE, as(alice, "nodes"), "cannot read the identity", "wrong password", "alice.password");

		failsWith(FlotillaCli.UNREACHABLE, as(dir.resolve("nobody.p12"), "nodes"), "nobody.p12");

		// An identity of another pool: the service's TLS refuses it.
		ServiceIdentity other = ServiceIdentity.openOrCreate(dir.resolve("other"), dir.resolve("other.password"), "other pool", "x");
		Path stranger = dir.resolve("mallory.p12");
		other.issueConsole("mallory", ConsoleRole.ADMINISTRATOR, stranger, ConsoleKeystore.passwordFileOf(stranger));
		failsWith(FlotillaCli.UNREACHABLE, as(stranger, "nodes"), "cannot reach the pool service");

		Path bob = person("bob", ConsoleRole.PLANNER);
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		failsWith(FlotillaCli.UNREACHABLE, run("--service", "127.0.0.1:" + closedPort, "--identity", bob.toString(), "tasks"),
				"cannot reach the pool service at 127.0.0.1:" + closedPort);
	}

	@Test
	void usageErrorsExitWithTwoBeforeConnecting() throws Exception {
		Path bob = person("bob", ConsoleRole.PLANNER);
		String id = bob.toString();
		failsWith(FlotillaCli.USAGE, run("--identity", id), "no command given");
		failsWith(FlotillaCli.USAGE, run("--identity", id, "frobnicate"), "unknown command 'frobnicate'");
		failsWith(FlotillaCli.USAGE, run("--identity", id, "nodes", "--yaml"), "unknown option '--yaml'");
		failsWith(FlotillaCli.USAGE, run("--identity", id, "submit", "--name", "x"), "submit needs --command");
		failsWith(FlotillaCli.USAGE, run("--identity", id, "submit", "--name", "x", "--command", "/bin/true", "--cpu", "lots"),
				"--cpu must be a number");
		failsWith(FlotillaCli.USAGE, run("--identity", id, "submit", "--name", "x y", "--command", "/bin/true"), "--name");
		failsWith(FlotillaCli.USAGE, run("--identity", id, "submit", "--name", "x", "--command", "/bin/echo hi"), "--shell");
		failsWith(FlotillaCli.USAGE, run("--identity", id, "submit", "--name", "x", "--command", "c", "--env", "1=2"), "--env");
		failsWith(FlotillaCli.USAGE, run("--identity", id, "submit", "--name", "x", "--command", "c", "--kind", "daemon"), "--kind");
		failsWith(FlotillaCli.USAGE, run("--identity", id, "drain"), "drain needs a NODE");
		failsWith(FlotillaCli.USAGE, run("--identity", id, "drain", "a", "b"), "unexpected 'b'");
		failsWith(FlotillaCli.USAGE, run("--identity", id, "drain", "a", "--wait", "soon"), "--wait must be a whole number");
		failsWith(FlotillaCli.USAGE, run("--service", "nowhere", "--identity", id, "nodes"), "not HOST:PORT");

		Run help = run("--help");
		assertEquals(FlotillaCli.OK, help.code(), help.toString());
		assertTrue(help.out().contains("Exit codes") && help.out().contains("submit --name NAME"), help.out());
	}
}
