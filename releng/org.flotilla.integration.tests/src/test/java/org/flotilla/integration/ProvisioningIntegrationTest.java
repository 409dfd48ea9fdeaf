package org.flotilla.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.flotilla.console.core.provisioning.NodePlan;
import org.flotilla.console.core.provisioning.PlannedStep;
import org.flotilla.console.core.provisioning.ProvisioningPlanner;
import org.flotilla.model.Job;
import org.flotilla.model.JobState;
import org.flotilla.model.Middleware;
import org.flotilla.model.Node;
import org.flotilla.model.ParameterValue;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.Profile;
import org.flotilla.model.ProfileEntry;
import org.flotilla.model.SoftwarePackage;
import org.flotilla.model.SyncState;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provisioning through the real pool service process with real agent processes and the reactor-built packages
 * (releng/org.flotilla.packages.build): a console in this process makes a profile and per-node overrides by edits, then
 * asks the service to provision; the service plans, sends the archives and applies them, and the Jetty servers answer
 * on the ports each node was given.
 */
class ProvisioningIntegrationTest {

	private static final PoolFactory F = PoolFactory.eINSTANCE;

	@TempDir
	Path dir;

	private ServicePool pool;
	private final List<InProcessConsole> consoles = new ArrayList<>();
	private final List<ServerSocket> taken = new ArrayList<>();

	@AfterEach
	void stopEverything() throws Exception {
		for (InProcessConsole console : consoles) {
			console.close();
		}
		if (pool != null) {
			pool.close();
		}
		for (ServerSocket socket : taken) {
			socket.close();
		}
		// Installed servers outlive their agents (as on a real node): the test's ones are ended here.
		for (long pid : packageProcesses(dir)) {
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	private static Path repository() {
		Path repository = Path.of(System.getProperty("flotilla.packages.repository"));
		assertTrue(Files.isRegularFile(repository.resolve("index.tsv")), "the package repository is built: " + repository);
		return repository;
	}

	@Test
	void jettyOnThreeNodesWithTheirOwnPortsThenUpgradedAndABadPortRolledBack() throws Exception {
		pool = new ServicePool(dir, 3, 4, 4096, "packages.dir = " + repository() + "\n");
		InProcessConsole admin = console("alice", ConsoleRole.ADMINISTRATOR);
		admin.waitUntil("the repository is mirrored into the pool", Duration.ofSeconds(30),
				() -> pkg(admin, "jetty", "12.0.16") != null && pkg(admin, "jetty", "12.1.5") != null);
		admin.waitUntil("the agents report", Duration.ofSeconds(60),
				() -> admin.session.getPool().getAllNodes().stream().allMatch(n -> n.getOperatingSystem() != null));
		SoftwarePackage jetty = admin.on(() -> pkg(admin, "jetty", "12.0.16"));
		assertEquals(3, admin.on(() -> jetty.getParameters().size()), "port, heap, threads from the manifest");
		assertNotNull(admin.on(jetty::getSha256));

		// The profile and each node's port, as the console's Profile editor and Apply Profile wizard make them: edits.
		int[] ports = { AgentProcesses.freePort(), AgentProcesses.freePort(), AgentProcesses.freePort() };
		edit(admin, () -> {
			Profile web = F.createProfile();
			web.setName("web");
			ProfileEntry entry = F.createProfileEntry();
			entry.setSoftwarePackage(jetty);
			entry.getValues().add(value(null, "heap", "64M"));
			web.getEntries().add(entry);
			admin.session.getPool().getProfiles().add(web);
		});
		List<String> nodes = List.of("agent-1", "agent-2", "agent-3");
		edit(admin, () -> {
			Profile web = admin.session.getPool().getProfiles().get(0);
			for (int i = 0; i < 3; i++) {
				Node node = admin.node(nodes.get(i));
				node.setProfile(web);
				node.getProfileOverrides().add(value("jetty", "port", Integer.toString(ports[i])));
			}
		});
		List<NodePlan> plans = admin.on(() -> ProvisioningPlanner.plan(nodes.stream().map(admin::node).toList()));
		for (NodePlan plan : plans) {
			assertEquals(List.of(), plan.problems());
			assertEquals(1, plan.steps().size());
			assertEquals(PlannedStep.Kind.INSTALL, plan.steps().get(0).kind());
		}

		// A planner may not provision; nothing is sent.
		InProcessConsole planner = console("paul", ConsoleRole.PLANNER);
		Response refused = provision(planner, nodes, 2, 0);
		assertEquals(Response.Status.REFUSED, refused.status());
		assertTrue(refused.detail().contains("only an administrator may provision"), refused.detail());

		Response started = provision(admin, nodes, 3, 0);
		assertEquals(Response.Status.OK, started.status(), started.detail());
		Job rolling = waitForJob(admin, started.values().get("job"), Duration.ofMinutes(3));
		assertEquals(JobState.SUCCEEDED, rolling.getState(), admin.on(() -> jobMessages(admin)));
		for (int i = 0; i < 3; i++) {
			assertEquals(200, get(ports[i]), "jetty on " + nodes.get(i) + " answers on its own port " + ports[i]);
		}
		String nodeJob = admin.on(() -> ((Job) object(admin, started.values().get("nodeJobs").split(",")[0])).getMessage());
		assertTrue(nodeJob.contains("installed jetty") && nodeJob.contains("sent"), nodeJob);
		// The discovered stack shows what the agents installed, as desired: in sync.
		admin.waitUntil("the agents report jetty 12.0.16 in sync", Duration.ofSeconds(30), () -> nodes.stream().map(admin::node)
				.allMatch(n -> managedJetty(n) != null && "12.0.16".equals(managedJetty(n).getVersion())
						&& managedJetty(n).getSyncState() == SyncState.IN_SYNC));

		// Upgrade one node: the profile entry goes to 12.1.5 (the other nodes' plans would too).
		SoftwarePackage newer = admin.on(() -> pkg(admin, "jetty", "12.1.5"));
		edit(admin, () -> admin.session.getPool().getProfiles().get(0).getEntries().get(0).setSoftwarePackage(newer));
		PlannedStep upgrade = admin.on(() -> ProvisioningPlanner.plan(admin.node("agent-1")).steps().get(0));
		assertEquals(PlannedStep.Kind.UPGRADE, upgrade.kind());
		assertEquals("upgrade jetty 12.0.16 → 12.1.5", upgrade.description());
		Response upgrading = provision(admin, List.of("agent-1"), 1, 0);
		assertEquals(Response.Status.OK, upgrading.status(), upgrading.detail());
		assertEquals(JobState.SUCCEEDED, waitForJob(admin, upgrading.values().get("job"), Duration.ofMinutes(3)).getState(),
				admin.on(() -> jobMessages(admin)));
		assertEquals(200, get(ports[0]));
		admin.waitUntil("agent-1 reports jetty 12.1.5", Duration.ofSeconds(30),
				() -> "12.1.5".equals(managedJetty(admin.node("agent-1")).getVersion()));

		// A port the test holds: Jetty cannot bind it, the health check fails, the agent rolls back to 12.1.5 on the
		// old port, which still answers.
		ServerSocket busy = new ServerSocket(0, 50, java.net.InetAddress.getByName("0.0.0.0"));
		taken.add(busy);
		edit(admin, () -> admin.node("agent-1").getProfileOverrides().get(0).setValue(Integer.toString(busy.getLocalPort())));
		Response moving = provision(admin, List.of("agent-1"), 1, 0);
		assertEquals(Response.Status.OK, moving.status(), moving.detail());
		Job failed = waitForJob(admin, moving.values().get("job"), Duration.ofMinutes(4));
		assertEquals(JobState.FAILED, failed.getState());
		String reason = admin.on(() -> ((Job) object(admin, moving.values().get("nodeJobs"))).getMessage());
		assertTrue(reason.contains("agent-1") && reason.contains("jetty"), reason);
		assertEquals(200, get(ports[0]), "the previous configuration answers again: " + reason);

		// A rolling job one node at a time that may not fail at all: agent-1 (still on the taken port) fails first, and
		// the others are not started; they stay as they were.
		Response rollingOut = provision(admin, nodes, 1, 0);
		assertEquals(Response.Status.OK, rollingOut.status(), rollingOut.detail());
		Job stopped = waitForJob(admin, rollingOut.values().get("job"), Duration.ofMinutes(4));
		assertEquals(JobState.FAILED, stopped.getState(), admin.on(() -> jobMessages(admin)));
		String[] nodeJobs = rollingOut.values().get("nodeJobs").split(",");
		assertEquals(JobState.FAILED, admin.on(() -> ((Job) object(admin, nodeJobs[0])).getState()));
		for (int i = 1; i < 3; i++) {
			String id = nodeJobs[i];
			Job skipped = waitForJob(admin, id, Duration.ofSeconds(30));
			assertEquals(JobState.CANCELLED, skipped.getState(), admin.on(skipped::getMessage));
			assertTrue(admin.on(skipped::getMessage).contains("not started"), admin.on(skipped::getMessage));
			assertEquals(200, get(ports[i]), nodes.get(i) + " untouched, still serving 12.0.16 on its port");
		}
		assertTrue(admin.on(stopped::getMessage).contains("not started"), admin.on(stopped::getMessage));

		// A value out of range never reaches an agent: the service's validation refuses the edit.
		int before = admin.refusals.size();
		edit(admin, () -> admin.node("agent-2").getProfileOverrides().get(0).setValue("80"));
		admin.waitUntil("the edit is refused", Duration.ofSeconds(10), () -> admin.refusals.size() > before);
		assertTrue(admin.refusals.get(before).contains("80"), admin.refusals.toString());
		admin.waitUntil("the console takes the service's value back", Duration.ofSeconds(10),
				() -> Integer.toString(ports[1]).equals(admin.node("agent-2").getProfileOverrides().get(0).getValue()));
	}

	@Test
	void anAgentKilledMidUpgradeIsAtTheOldOrTheNewVersionAndAnswersAndTheJobSaysWhich() throws Exception {
		pool = new ServicePool(dir, 1, 4, 4096, "packages.dir = " + repository() + "\n");
		InProcessConsole admin = console("alice", ConsoleRole.ADMINISTRATOR);
		admin.waitUntil("the repository is mirrored and the agent reports", Duration.ofSeconds(60),
				() -> pkg(admin, "jetty", "12.0.16") != null && admin.node("agent-1").getOperatingSystem() != null);
		SoftwarePackage old = admin.on(() -> pkg(admin, "jetty", "12.0.16"));
		SoftwarePackage newer = admin.on(() -> pkg(admin, "jetty", "12.1.5"));
		int port = AgentProcesses.freePort();
		edit(admin, () -> {
			Profile web = F.createProfile();
			web.setName("web");
			ProfileEntry entry = F.createProfileEntry();
			entry.setSoftwarePackage(old);
			entry.getValues().add(value(null, "port", Integer.toString(port)));
			entry.getValues().add(value(null, "heap", "64M"));
			web.getEntries().add(entry);
			admin.session.getPool().getProfiles().add(web);
		});
		edit(admin, () -> admin.node("agent-1").setProfile(admin.session.getPool().getProfiles().get(0)));
		Response installed = provision(admin, List.of("agent-1"), 1, 0);
		assertEquals(Response.Status.OK, installed.status(), installed.detail());
		assertEquals(JobState.SUCCEEDED, waitForJob(admin, installed.values().get("job"), Duration.ofMinutes(3)).getState(),
				admin.on(() -> jobMessages(admin)));
		assertEquals(200, get(port));

		edit(admin, () -> admin.session.getPool().getProfiles().get(0).getEntries().get(0).setSoftwarePackage(newer));
		Response upgrading = provision(admin, List.of("agent-1"), 1, 0);
		assertEquals(Response.Status.OK, upgrading.status(), upgrading.detail());
		String nodeJob = upgrading.values().get("nodeJobs");
		// The archive is sent, then the apply goes out: the agent is killed while it works on it.
		admin.waitUntil("the apply is sent", Duration.ofMinutes(2), () -> object(admin, nodeJob) instanceof Job job
				&& job.getMessage() != null && job.getMessage().startsWith("1/1 upgrade"));
		pool.killAgent(0);
		pool.agents.set(0, AgentProcesses.start(AgentProcesses.home(), pool.agentConfigs.get(0)));

		Job job = waitForJob(admin, nodeJob, Duration.ofMinutes(4));
		String message = admin.on(job::getMessage);
		assertEquals(200, get(port), "the layer answers after the agent's recovery: " + message);
		admin.waitUntil("the agent reports jetty started and healthy", Duration.ofSeconds(60), () -> {
			Middleware jetty = managedJetty(admin.node("agent-1"));
			return jetty != null && jetty.isDiscovered() && ("12.0.16".equals(jetty.getVersion()) || "12.1.5".equals(jetty.getVersion()));
		});
		String version = admin.on(() -> managedJetty(admin.node("agent-1")).getVersion());
		if (admin.on(job::getState) == JobState.SUCCEEDED) {
			assertEquals("12.1.5", version, message);
		} else {
			assertEquals(JobState.FAILED, admin.on(job::getState));
			assertEquals("12.0.16", version, "rolled back: " + message);
			assertTrue(message.contains("agent-1") && message.contains("jetty"), message);
		}
	}

	@Test
	void aRescanServesNewArchivesAndReportsATamperedOneWhichIsNotServed() throws Exception {
		Path repository = Files.createDirectories(dir.resolve("repository"));
		Files.copy(repository().resolve("jetty-12.0.16.fpkg"), repository.resolve("jetty-12.0.16.fpkg"));
		Files.copy(repository().resolve("shop-demo-1.2.fpkg"), repository.resolve("shop-demo-1.2.fpkg"));
		pool = new ServicePool(dir, 1, 4, 4096, "packages.dir = " + repository + "\n");
		InProcessConsole admin = console("alice", ConsoleRole.ADMINISTRATOR);
		admin.waitUntil("the repository is mirrored", Duration.ofSeconds(30),
				() -> pkg(admin, "jetty", "12.0.16") != null && pkg(admin, "shop-demo", "1.2") != null);
		assertEquals(2, admin.on(() -> admin.session.getPool().getPackages().size()));

		Files.copy(repository().resolve("jetty-12.1.5.fpkg"), repository.resolve("jetty-12.1.5.fpkg"));
		byte[] shop = Files.readAllBytes(repository.resolve("shop-demo-1.2.fpkg"));
		shop[shop.length / 2] ^= 1; // one bit of its payload changed after it was indexed
		Files.write(repository.resolve("shop-demo-1.2.fpkg"), shop);

		InProcessConsole support = console("sue", ConsoleRole.SUPPORT);
		Response refused = CompletableFuture.supplyAsync(support.client::rescanPackages, support.model).get(30, TimeUnit.SECONDS)
				.get(60, TimeUnit.SECONDS);
		assertEquals(Response.Status.REFUSED, refused.status());
		assertTrue(refused.detail().contains("only an administrator may rescan"), refused.detail());

		Response rescanned = CompletableFuture.supplyAsync(admin.client::rescanPackages, admin.model).get(30, TimeUnit.SECONDS)
				.get(120, TimeUnit.SECONDS);
		assertEquals(Response.Status.OK, rescanned.status(), rescanned.detail());
		assertEquals("2", rescanned.values().get("packages"), "both jettys; the tampered archive is not served");
		assertTrue(rescanned.values().get("problems").contains("shop-demo-1.2.fpkg") && rescanned.values().get("problems")
				.contains("SHA-256"), rescanned.values().get("problems"));
		admin.waitUntil("the pool has the new archive and not the tampered one", Duration.ofSeconds(30),
				() -> pkg(admin, "jetty", "12.1.5") != null && pkg(admin, "shop-demo", "1.2") == null);
	}

	@Test
	void aCancelledRollingJobStartsNoFurtherNodeAndTheNodeInProgressStopsAfterItsCurrentStep() throws Exception {
		// Two tiny real packages: "gate"'s install says it started, then waits until the test opens the gate (a file), so
		// the cancel arrives while agent-1 is in the middle of its first step, whatever the machine's speed.
		Path gate = dir.resolve("gate");
		Path repository = Files.createDirectories(dir.resolve("repository"));
		writePackage(repository.resolve("gate-1.0.fpkg"), """
				name = gate
				version = 1.0
				layer = middleware
				parameter.gate.type = string
				parameter.gate.default = %s
				step.install.command = steps/install.sh
				step.install.timeout = PT5M
				""".formatted(gate), "touch \"$FLOTILLA_PARAM_GATE.started\"\nwhile [ ! -e \"$FLOTILLA_PARAM_GATE\" ]; do sleep 0.05; done\n");
		writePackage(repository.resolve("hello-1.0.fpkg"), """
				name = hello
				version = 1.0
				layer = application
				step.install.command = steps/install.sh
				""", "true\n");
		pool = new ServicePool(dir, 3, 4, 4096, "packages.dir = " + repository + "\n");
		InProcessConsole admin = console("alice", ConsoleRole.ADMINISTRATOR);
		admin.waitUntil("the repository is mirrored and the agents report", Duration.ofSeconds(60),
				() -> pkg(admin, "gate", "1.0") != null && pkg(admin, "hello", "1.0") != null && admin.session.getPool()
						.getAllNodes().stream().allMatch(n -> n.getOperatingSystem() != null));
		List<String> nodes = List.of("agent-1", "agent-2", "agent-3");
		edit(admin, () -> {
			Profile profile = F.createProfile();
			profile.setName("gated");
			for (String name : List.of("gate", "hello")) {
				ProfileEntry entry = F.createProfileEntry();
				entry.setSoftwarePackage(pkg(admin, name, "1.0"));
				profile.getEntries().add(entry);
			}
			admin.session.getPool().getProfiles().add(profile);
			nodes.forEach(n -> admin.node(n).setProfile(profile));
		});

		Response started = provision(admin, nodes, 1, 0);
		assertEquals(Response.Status.OK, started.status(), started.detail());
		String rollingId = started.values().get("job");
		String[] nodeJobs = started.values().get("nodeJobs").split(",");
		admin.waitUntil("agent-1's gate step has started (" + gate + ".started)", Duration.ofSeconds(90),
				() -> Files.exists(Path.of(gate + ".started")) || admin.session.getPool().getJobs().stream()
						.anyMatch(j -> j.getState() == JobState.FAILED));
		assertTrue(Files.exists(Path.of(gate + ".started")), admin.on(() -> jobMessages(admin)));

		// Only an administrator may cancel provisioning.
		InProcessConsole planner = console("paul", ConsoleRole.PLANNER);
		planner.waitUntil("the planner has the pool", Duration.ofSeconds(30), () -> object(planner, rollingId) != null);
		Response refused = cancel(planner, rollingId);
		assertEquals(Response.Status.REFUSED, refused.status());
		assertTrue(refused.detail().contains("only an administrator may cancel provisioning"), refused.detail());

		Response cancelled = cancel(admin, rollingId);
		assertEquals(Response.Status.OK, cancelled.status(), cancelled.detail());
		assertEquals("true", cancelled.values().get("cancelled"));
		admin.waitUntil("the rolling job says it is cancelling", Duration.ofSeconds(10),
				() -> object(admin, rollingId) instanceof Job job && job.getMessage().startsWith("cancelling for alice"));
		// The nodes not started yet are done with at once, while agent-1's step still runs.
		admin.waitUntil("agent-2's and agent-3's jobs are cancelled before they started", Duration.ofSeconds(10),
				() -> List.of(nodeJobs[1], nodeJobs[2]).stream().allMatch(id -> object(admin, id) instanceof Job job
						&& job.getState() == JobState.CANCELLED && job.getMessage().contains("before it started")));
		assertEquals(JobState.RUNNING, admin.on(() -> ((Job) object(admin, nodeJobs[0])).getState()),
				"the step in progress is not cut off");
		assertTrue(admin.on(() -> ((Job) object(admin, rollingId)).getMessage()).startsWith("cancelling for alice"));
		Files.createFile(gate);

		Job rolling = waitForJob(admin, rollingId, Duration.ofMinutes(2));
		String messages = admin.on(() -> jobMessages(admin));
		assertEquals(JobState.CANCELLED, rolling.getState(), messages);
		assertTrue(admin.on(rolling::getMessage).startsWith("cancelled by alice: 0/3 nodes provisioned, 3 cancelled"), messages);
		Job first = waitForJob(admin, nodeJobs[0], Duration.ofSeconds(30));
		assertEquals(JobState.CANCELLED, first.getState(), messages);
		assertTrue(admin.on(first::getMessage).contains("after 1/2 step(s)") && admin.on(first::getMessage).contains("gate"),
				messages);
		for (int i = 1; i < 3; i++) {
			Job skipped = waitForJob(admin, nodeJobs[i], Duration.ofSeconds(30));
			assertEquals(JobState.CANCELLED, skipped.getState(), messages);
			assertTrue(admin.on(skipped::getMessage).contains("before it started"), messages);
		}
		assertEquals(Response.Status.OK, cancel(admin, rollingId).status());
		assertEquals("false", cancel(admin, rollingId).values().get("cancelled"), "a finished job cannot be cancelled");
		// On the machines: agent-1 has gate installed and not hello; the others have neither.
		List<String> installed;
		try (var files = Files.walk(dir)) {
			installed = files.filter(f -> f.getFileName().toString().equals("installed.properties"))
					.map(f -> dir.relativize(f).toString()).sorted().toList();
		}
		assertEquals(1, installed.size(), installed.toString());
		assertTrue(installed.get(0).contains("agent-1") && installed.get(0).contains("gate"), installed.toString());
	}

	private static Response cancel(InProcessConsole console, String jobId) throws Exception {
		return CompletableFuture.supplyAsync(() -> console.client.request(org.flotilla.console.core.remote.ServiceOperations.CANCEL,
				java.util.Map.of("job", jobId)), console.model).get(30, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
	}

	/** A package archive: its manifest and its install step. */
	private static void writePackage(Path file, String manifest, String install) throws IOException {
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new java.util.zip.ZipEntry("flotilla-package.properties"));
			zip.write(manifest.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new java.util.zip.ZipEntry("steps/install.sh"));
			zip.write(install.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.closeEntry();
		}
	}

	private InProcessConsole console(String person, ConsoleRole role) throws Exception {
		InProcessConsole console = new InProcessConsole(pool.servicePort, pool.identityOf(person, role));
		consoles.add(console);
		return console;
	}

	private static void edit(InProcessConsole console, Runnable change) throws Exception {
		CompletableFuture<Void> answered = CompletableFuture.supplyAsync(() -> {
			console.client.edit(null, change);
			return console.client.editsAnswered();
		}, console.model).get(30, TimeUnit.SECONDS);
		answered.get(30, TimeUnit.SECONDS);
	}

	private static Response provision(InProcessConsole console, List<String> nodes, int parallel, int maxFailures)
			throws Exception {
		return CompletableFuture.supplyAsync(() -> console.client.provision(nodes.stream().map(console::node).toList(), parallel,
				maxFailures), console.model).get(30, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
	}

	private static ParameterValue value(String packageName, String name, String value) {
		ParameterValue v = F.createParameterValue();
		v.setPackageName(packageName);
		v.setName(name);
		v.setValue(value);
		return v;
	}

	private static SoftwarePackage pkg(InProcessConsole console, String name, String version) {
		return console.session.getPool() == null ? null : console.session.getPool().getPackages().stream()
				.filter(p -> name.equals(p.getName()) && version.equals(p.getVersion())).findFirst().orElse(null);
	}

	private static Middleware managedJetty(Node node) {
		return node.getMiddleware().stream().filter(m -> m.isManaged() && "jetty".equals(m.getName())).findFirst().orElse(null);
	}

	private static EObject object(InProcessConsole console, String id) {
		return ((XMLResource) console.session.getPool().eResource()).getEObject(id);
	}

	/** Waits until the job (by ID, in the console's copy) is finished; returns it. */
	private static Job waitForJob(InProcessConsole console, String id, Duration timeout) {
		console.waitUntil("job " + id + " finishes", timeout, () -> object(console, id) instanceof Job job
				&& (job.getState() == JobState.SUCCEEDED || job.getState() == JobState.FAILED || job.getState() == JobState.CANCELLED));
		return console.on(() -> (Job) object(console, id));
	}

	private static String jobMessages(InProcessConsole console) {
		StringBuilder text = new StringBuilder();
		for (Job job : console.session.getPool().getJobs()) {
			text.append('\n').append(job.getName()).append(": ").append(job.getState()).append(": ").append(job.getMessage());
		}
		return text.toString();
	}

	private static int get(int port) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		try {
			return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		} catch (IOException e) {
			return -1;
		}
	}

	/** Processes started by a package step of an agent whose data is under {@code dir}. */
	static List<Long> packageProcesses(Path dir) {
		return AgentProcesses.withEnvironment("FLOTILLA_PACKAGE_HOME=" + dir);
	}
}
