package org.flotilla.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.flotilla.console.core.ConnectionService;
import org.flotilla.console.core.SamplePools;
import org.flotilla.console.core.planning.PlanEdits;
import org.flotilla.console.core.remote.PoolServiceClient;
import org.flotilla.console.core.remote.ServiceOperations;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.persistence.PoolStore;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.service.CertificateRegister;
import org.flotilla.service.PoolService;
import org.flotilla.service.ServiceIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pool service in this JVM with real TLS on loopback, and consoles connected to it as the product connects
 * them: every console receives the same pool, an edit from one reaches the others, a stale edit is refused with
 * its reason and the copy put right, a support console changes nothing, and after a restart of the service the
 * consoles receive the pool again with every acknowledged edit in it.
 */
class PoolServiceTest {

	@TempDir
	Path dir;

	private PoolCertificateAuthority authority;
	private PoolService service;
	private final char[] password = "test-password".toCharArray();

	@BeforeEach
	void startService() throws Exception {
		authority = PoolCertificateAuthority.openOrCreate(dir.resolve("ca"), password, "test pool");
		Path sample = dir.resolve("sample.flotilla");
		new PoolStore().save(SamplePools.create(), sample);
		service = start(sample);
	}

	private PoolService start(Path importPool) throws Exception {
		return PoolService.start(new PoolService.Settings("test pool", dir.resolve("service"),
				new InetSocketAddress("127.0.0.1", 0), "pool-service", 16, importPool, tls("pool-service", ConsoleRole.ADMINISTRATOR),
				ConnectionService.Settings.DEFAULTS));
	}

	@AfterEach
	void stop() {
		if (service != null) {
			service.close();
		}
	}

	private SSLContext tls(String name, ConsoleRole role) throws Exception {
		return PoolCertificateAuthority.sslContext(authority.issueConsole(name, role, password), password);
	}

	private ServedConsole console(String name, ConsoleRole role) throws Exception {
		return new ServedConsole(service.address(), tls(name, role), name);
	}

	private static Node node(Pool pool, String name) {
		return pool.getAllNodes().stream().filter(n -> n.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void consolesShareOnePoolAndSeeEachOthersEdits() throws Exception {
		try (ServedConsole admin = console("alice", ConsoleRole.ADMINISTRATOR);
				ServedConsole planner = console("bob", ConsoleRole.PLANNER)) {
			admin.waitUntil("the administrator's copy arrived", () -> admin.session.isServiceBacked());
			planner.waitUntil("the planner's copy arrived", () -> planner.session.isServiceBacked());
			assertTrue(admin.onModel(() -> EcoreUtil.equals(admin.session.getPool(), planner.session.getPool())),
					"both consoles hold the same pool");
			assertEquals(ConsoleRole.PLANNER, planner.client.role());
			String first = admin.onModel(() -> admin.session.getPool().getAllNodes().get(0).getName());

			admin.onModel(() -> {
				Node node = node(admin.session.getPool(), first);
				admin.session.getEditingDomain().getCommandStack().execute(SetCommand.create(admin.session.getEditingDomain(),
						node, PoolPackage.Literals.NODE__CPU_CAPACITY, 99.0));
				return null;
			});
			planner.waitUntil("the administrator's edit reached the planner",
					() -> node(planner.session.getPool(), first).getCpuCapacity() == 99.0);
			assertTrue(admin.refusals.isEmpty(), admin.refusals.toString());

			// Undo is the administrator's own, and goes to the service like any edit.
			admin.onModel(() -> {
				admin.session.getEditingDomain().getCommandStack().undo();
				return null;
			});
			planner.waitUntil("the administrator's undo reached the planner",
					() -> node(planner.session.getPool(), first).getCpuCapacity() != 99.0);
			assertFalse(admin.onModel(() -> admin.session.isDirty()), "nothing to save: the service holds every edit");
		}
	}

	@Test
	void aStaleEditIsRefusedWithItsReasonAndTheCopyPutRight() throws Exception {
		try (ServedConsole alice = console("alice", ConsoleRole.ADMINISTRATOR);
				ServedConsole carol = console("carol", ConsoleRole.ADMINISTRATOR)) {
			alice.waitUntil("copy arrived", () -> alice.session.isServiceBacked());
			carol.waitUntil("copy arrived", () -> carol.session.isServiceBacked());
			String name = alice.onModel(() -> alice.session.getPool().getAllNodes().get(0).getName());
			// Carol edits on the copy she has now: her model thread is held until Alice's edit is acknowledged, so
			// Alice's change reaches Carol's copy only after Carol made hers.
			java.util.concurrent.CountDownLatch aliceDone = new java.util.concurrent.CountDownLatch(1);
			carol.model.execute(() -> {
				try {
					aliceDone.await();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			});
			carol.model.execute(() -> carol.session.getEditingDomain().getCommandStack().execute(SetCommand.create(
					carol.session.getEditingDomain(), node(carol.session.getPool(), name), PoolPackage.Literals.NODE__CPU_CAPACITY, 7.0)));
			long before = service.revision();
			alice.onModel(() -> {
				alice.session.getEditingDomain().getCommandStack().execute(SetCommand.create(alice.session.getEditingDomain(),
						node(alice.session.getPool(), name), PoolPackage.Literals.NODE__CPU_CAPACITY, 42.0));
				return null;
			});
			waitForRevisionAbove(before);
			aliceDone.countDown();

			carol.waitUntil("Carol's stale edit was refused", () -> !carol.refusals.isEmpty());
			assertTrue(carol.refusals.get(0).contains("stale") && carol.refusals.get(0).contains("alice"), carol.refusals.toString());
			carol.waitUntil("Carol's copy shows Alice's value", () -> node(carol.session.getPool(), name).getCpuCapacity() == 42.0);
			assertFalse(carol.onModel(() -> carol.session.getEditingDomain().getCommandStack().canUndo()),
					"the refused edit left Carol's undo history");
			assertEquals(42.0, alice.onModel(() -> node(alice.session.getPool(), name).getCpuCapacity()));
			assertEquals(42.0, carol.onModel(() -> node(carol.session.getPool(), name).getCpuCapacity()));
		}
	}

	@Test
	void newTasksThatReferToEachOtherArePreviewedAndSubmittedThroughTheService() throws Exception {
		try (ServedConsole planner = console("bob", ConsoleRole.PLANNER); ServedConsole admin = console("alice", ConsoleRole.ADMINISTRATOR)) {
			planner.waitUntil("copy arrived", () -> planner.session.isServiceBacked());
			admin.waitUntil("copy arrived", () -> admin.session.isServiceBacked());
			java.util.List<org.flotilla.model.Task> tasks = planner.onModel(() -> {
				org.flotilla.model.Task a = newTask("api-1");
				org.flotilla.model.Task b = newTask("api-2");
				a.getAntiAffinity().add(b); // each refers to the other: both must exist before either is described
				b.getAntiAffinity().add(a);
				return java.util.List.of(a, b);
			});
			org.flotilla.console.core.tasks.TaskControl.Preview preview = planner.onModel(() -> planner.control.preview(tasks))
					.get(60, java.util.concurrent.TimeUnit.SECONDS);
			assertEquals(java.util.List.of("api-1", "api-2"),
					preview.tasks().stream().map(org.flotilla.console.core.tasks.TaskControl.TaskPreview::taskName).toList());
			planner.onModel(() -> planner.control.submit(tasks));
			admin.waitUntil("the planner's tasks reached the administrator's copy, anti-affine with each other",
					() -> admin.session.getPool().getTasks().stream().filter(t -> t.getName().equals("api-1"))
							.anyMatch(t -> t.getAntiAffinity().stream().anyMatch(o -> o.getName().equals("api-2"))));
			assertTrue(planner.refusals.isEmpty(), planner.refusals + "; states " + planner.states);
		}
	}

	@Test
	void previewingAPinnedTaskLeavesThePoolAsItWas() throws Exception {
		try (ServedConsole planner = console("bob", ConsoleRole.PLANNER); ServedConsole other = console("alice", ConsoleRole.ADMINISTRATOR)) {
			planner.waitUntil("copy arrived", () -> planner.session.isServiceBacked());
			other.waitUntil("copy arrived", () -> other.session.isServiceBacked());
			String nodeName = planner.onModel(() -> planner.session.getPool().getAllNodes().get(0).getName());
			int before = other.onModel(() -> node(other.session.getPool(), nodeName).getTasks().size());
			org.flotilla.model.Task pinned = planner.onModel(() -> {
				org.flotilla.model.Task task = newTask("pinned-preview");
				task.setPinned(true);
				task.setNode(node(planner.session.getPool(), nodeName));
				return task;
			});
			planner.onModel(() -> planner.control.preview(java.util.List.of(pinned))).get(60, java.util.concurrent.TimeUnit.SECONDS);
			planner.onModel(() -> {
				pinned.setNode(null); // as the wizard releases its drafts
				return null;
			});
			long revision = service.revision();
			// An edit after the preview: once it arrived, anything the preview changed would have arrived before it.
			planner.onModel(() -> {
				planner.session.getEditingDomain().getCommandStack().execute(SetCommand.create(planner.session.getEditingDomain(),
						planner.session.getPool().getTasks().get(0), PoolPackage.Literals.TASK__PRIORITY, 3));
				return null;
			});
			other.waitUntil("the planner's later edit arrived", () -> other.session.getPool().getTasks().get(0).getPriority() == 3);
			assertEquals(before, other.onModel(() -> node(other.session.getPool(), nodeName).getTasks().size()),
					"the previewed task is not on the node in the service's pool");
			assertTrue(service.revision() > revision);
			// The pool as the service holds it, received afresh: a task that never joined would be a reference out of it.
			try (ServedConsole fresh = console("carol", ConsoleRole.SUPPORT)) {
				fresh.waitUntil("a fresh copy arrived", () -> fresh.session.isServiceBacked());
				assertEquals(before, fresh.onModel(() -> node(fresh.session.getPool(), nodeName).getTasks().size()));
			}
		}
	}

	private static org.flotilla.model.Task newTask(String name) {
		org.flotilla.model.Task task = org.flotilla.model.PoolFactory.eINSTANCE.createTask();
		task.setName(name);
		task.setCommand("/bin/true");
		task.setCpuDemand(0.1);
		task.setMemoryDemand(64);
		return task;
	}

	@Test
	void aPlannersPlanGoesThroughTheServiceToEveryConsoleAndSupportCannotPlanOrApply() throws Exception {
		try (ServedConsole bob = console("bob", ConsoleRole.PLANNER); ServedConsole alice = console("alice", ConsoleRole.ADMINISTRATOR);
				ServedConsole sam = console("sam", ConsoleRole.SUPPORT)) {
			for (ServedConsole c : List.of(bob, alice, sam)) {
				c.waitUntil(c + "'s copy arrived", () -> c.session.isServiceBacked());
			}
			// Bob plans a move on the board (an EMF command: a plan and a planned move created and added).
			String[] taskAndTarget = bob.onModel(() -> {
				Pool pool = bob.session.getPool();
				org.flotilla.model.Task task = pool.getTasks().stream().filter(t -> t.getNode() != null).findFirst().orElseThrow();
				Node target = pool.getAllNodes().stream().filter(n -> n != task.getNode()).findFirst().orElseThrow();
				bob.session.getEditingDomain().getCommandStack().execute(
						PlanEdits.addMoves(bob.session.getEditingDomain(), pool, List.of(task), target));
				return new String[] { task.getName(), target.getName() };
			});
			alice.waitUntil("Bob's planned move reached Alice", () -> plannedMoves(alice).equals(taskAndTarget[0] + "->" + taskAndTarget[1]));
			// Undo and Redo are Bob's, and travel too.
			bob.onModel(() -> {
				bob.session.getEditingDomain().getCommandStack().undo();
				return null;
			});
			alice.waitUntil("Bob's undo reached Alice", () -> plannedMoves(alice).isEmpty());
			bob.onModel(() -> {
				bob.session.getEditingDomain().getCommandStack().redo();
				return null;
			});
			alice.waitUntil("Bob's redo reached Alice", () -> plannedMoves(alice).equals(taskAndTarget[0] + "->" + taskAndTarget[1]));
			sam.waitUntil("and Sam", () -> plannedMoves(sam).equals(taskAndTarget[0] + "->" + taskAndTarget[1]));

			// Sam may look, not plan: refused, and Sam's copy is the service's again (received afresh).
			sam.onModel(() -> {
				Pool pool = sam.session.getPool();
				org.flotilla.model.Task task = pool.getTasks().stream().filter(t -> t.getNode() != null).skip(1).findFirst().orElseThrow();
				sam.session.getEditingDomain().getCommandStack().execute(
						PlanEdits.addMoves(sam.session.getEditingDomain(), pool, List.of(task), pool.getAllNodes().get(0)));
				return null;
			});
			sam.waitUntil("Sam's planned move refused", () -> !sam.refusals.isEmpty());
			assertTrue(sam.refusals.get(0).contains("support"), sam.refusals.toString());
			sam.waitUntil("Sam's copy put right", () -> sam.client.state() == PoolServiceClient.State.SYNCHRONISED
					&& plannedMoves(sam).equals(taskAndTarget[0] + "->" + taskAndTarget[1]));
			assertEquals(alice.onModel(() -> plannedMoves(alice)), bob.onModel(() -> plannedMoves(bob)));

			// Applying a plan is the service's work, asked for by a planner or an administrator, never by support.
			Response refused = sam.client.request(ServiceOperations.APPLY_PLAN, Map.of("stopOnFailure", "true")).get(30,
					java.util.concurrent.TimeUnit.SECONDS);
			assertEquals(Response.Status.REFUSED, refused.status());
			Response applying = bob.client.request(ServiceOperations.APPLY_PLAN, Map.of("stopOnFailure", "true")).get(30,
					java.util.concurrent.TimeUnit.SECONDS);
			assertEquals(Response.Status.OK, applying.status(), applying.detail());
			assertEquals("1", applying.values().get("moves"));
		}
	}

	/** The console's planned moves as "task->node", comma-separated (on its model thread). */
	private static String plannedMoves(ServedConsole console) {
		org.flotilla.model.Plan plan = PlanEdits.currentPlan(console.session.getPool());
		return plan == null ? "" : plan.getMoves().stream().map(m -> m.getTask().getName() + "->" + m.getToNode().getName())
				.collect(java.util.stream.Collectors.joining(","));
	}

	@Test
	void supportChangesNothing() throws Exception {
		try (ServedConsole support = console("sam", ConsoleRole.SUPPORT)) {
			support.waitUntil("copy arrived", () -> support.session.isServiceBacked());
			String name = support.onModel(() -> support.session.getPool().getAllNodes().get(0).getName());
			double before = support.onModel(() -> node(support.session.getPool(), name).getCpuCapacity());
			support.onModel(() -> {
				support.session.getEditingDomain().getCommandStack().execute(SetCommand.create(support.session.getEditingDomain(),
						node(support.session.getPool(), name), PoolPackage.Literals.NODE__CPU_CAPACITY, 1.0));
				return null;
			});
			support.waitUntil("the service refused the support console's edit", () -> !support.refusals.isEmpty());
			assertTrue(support.refusals.get(0).contains("support"), support.refusals.toString());
			assertEquals(before, support.onModel(() -> node(support.session.getPool(), name).getCpuCapacity()),
					"the copy took the service's value back");
			assertFalse(support.onModel(() -> support.session.getEditingDomain().getCommandStack().canUndo()),
					"the refused edit left the undo history");
			Response drain = support.client.request(ServiceOperations.DRAIN, Map.of("node", "whatever")).get();
			assertEquals(Response.Status.REFUSED, drain.status());
		}
	}

	@Test
	void afterARestartConsolesReceiveThePoolAgainWithEveryAcknowledgedEdit() throws Exception {
		try (ServedConsole admin = console("alice", ConsoleRole.ADMINISTRATOR)) {
			admin.waitUntil("copy arrived", () -> admin.session.isServiceBacked());
			String name = admin.onModel(() -> admin.session.getPool().getAllNodes().get(0).getName());
			long before = service.revision();
			admin.onModel(() -> {
				admin.session.getEditingDomain().getCommandStack().execute(SetCommand.create(admin.session.getEditingDomain(),
						node(admin.session.getPool(), name), PoolPackage.Literals.NODE__MEMORY_CAPACITY, 123_456L));
				return null;
			});
			long revision = waitForRevisionAbove(before);
			InetSocketAddress address = service.address();
			service.close();
			service = PoolService.start(new PoolService.Settings("test pool", dir.resolve("service"), address, "pool-service", 16,
					null, tls("pool-service", ConsoleRole.ADMINISTRATOR), ConnectionService.Settings.DEFAULTS));
			assertEquals(revision, service.revision(), "every acknowledged change was recovered from the journal");
			admin.waitUntil("the console received the pool again",
					() -> admin.states.stream().anyMatch(s -> s.startsWith("LOST")) && admin.client.state().name().equals("SYNCHRONISED"));
			assertEquals(123_456L, admin.onModel(() -> node(admin.session.getPool(), name).getMemoryCapacity()));
		}
	}

	@Test
	void aLargePoolArrivesInManyPagesWithTheNewestSampleOfEachWindow() throws Exception {
		service.close();
		// 6,000 nodes: a pool file of several 192K-character pages, fetched a few at a time.
		Pool large = SamplePools.create();
		org.flotilla.model.Group rack = org.flotilla.model.PoolFactory.eINSTANCE.createGroup();
		rack.setName("large-rack");
		large.getGroups().add(rack);
		for (int i = 0; i < 6_000; i++) {
			Node node = org.flotilla.model.PoolFactory.eINSTANCE.createNode();
			node.setName("large-node-" + i);
			node.setAddress("10.1." + i / 250 + "." + i % 250); // no port: the service does not dial it
			node.getLabels().add("label-of-node-" + i);
			rack.getNodes().add(node);
		}
		Path file = dir.resolve("large.flotilla");
		new PoolStore().save(large, file);
		service = PoolService.start(new PoolService.Settings("test pool", dir.resolve("large-service"),
				new InetSocketAddress("127.0.0.1", 0), "pool-service", 16, file, tls("pool-service", ConsoleRole.ADMINISTRATOR),
				ConnectionService.Settings.DEFAULTS));
		try (ServedConsole alice = console("alice", ConsoleRole.ADMINISTRATOR)) {
			alice.waitUntil("the large copy arrived", () -> alice.session.isServiceBacked());
			assertEquals(large.getAllNodes().size(), (int) alice.onModel(() -> alice.session.getPool().getAllNodes().size()));
			assertEquals("10.1.23.249", alice.onModel(() -> node(alice.session.getPool(), "large-node-5999").getAddress()));
			assertEquals(List.of("label-of-node-4321"), alice.onModel(() -> List.copyOf(node(alice.session.getPool(), "large-node-4321").getLabels())));
		}
	}

	@Test
	void anExpiredCertificateOrAnAgentsIsRefusedWithTheReason() throws Exception {
		java.time.Instant now = java.time.Instant.now();
		SSLContext expired = PoolCertificateAuthority.sslContext(authority.issue(org.flotilla.protocol.PeerIdentity.console("old",
				ConsoleRole.ADMINISTRATOR), password, now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1))), password);
		try (ServedConsole old = new ServedConsole(service.address(), expired, "old")) {
			// TLS says no more than "certificate_unknown" to the one refused (the service's log says why)...
			old.waitUntilState("the expired certificate was refused", s -> s.startsWith("LOST") && s.contains("certificate"));
			assertFalse(old.onModel(() -> old.session.isServiceBacked()));
		}
		// ... so a console reads its identity before it connects, and says so plainly.
		Path keystore = dir.resolve("people/old.p12");
		java.nio.file.Files.createDirectories(keystore.getParent());
		org.flotilla.protocol.IdentityKeystore files = new org.flotilla.protocol.IdentityKeystore(keystore, dir.resolve("people/old.password"));
		files.issue(authority, org.flotilla.protocol.PeerIdentity.console("old", ConsoleRole.ADMINISTRATOR));
		java.security.KeyStore expiredStore = authority.issue(org.flotilla.protocol.PeerIdentity.console("old", ConsoleRole.ADMINISTRATOR),
				files.load().password(), now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)));
		PoolCertificateAuthority.writeKeyStore(expiredStore, keystore, files.load().password());
		String why = org.junit.jupiter.api.Assertions.assertThrows(java.security.GeneralSecurityException.class,
				() -> org.flotilla.console.core.ConsoleKeystore.consoleTls(keystore, dir.resolve("people/old.password"))).getMessage();
		assertTrue(why.contains("expired") && why.contains(keystore.toString()), why);
		SSLContext agent = PoolCertificateAuthority.sslContext(authority.issueAgent("node-7", password), password);
		try (ServedConsole impostor = new ServedConsole(service.address(), agent, "node-7")) {
			impostor.waitUntilState("an agent's certificate was refused as a console", s -> s.startsWith("LOST") && s.contains("agent"));
			assertFalse(impostor.onModel(() -> impostor.session.isServiceBacked()));
		}
	}

	@Test
	void aRevokedCertificateIsRefusedAndItsConnectedHolderDisconnectedWithTheReason() throws Exception {
		java.security.KeyStore aliceStore = authority.issueConsole("alice", ConsoleRole.ADMINISTRATOR, password);
		java.security.cert.X509Certificate aliceCertificate = (java.security.cert.X509Certificate) aliceStore
				.getCertificate(aliceStore.aliases().nextElement());
		CertificateRegister register = CertificateRegister.open(dir.resolve("service").resolve(ServiceIdentity.CA_FOLDER));
		register.recordIssued(aliceCertificate, org.flotilla.protocol.PeerIdentity.console("alice", ConsoleRole.ADMINISTRATOR));
		SSLContext aliceTls = PoolCertificateAuthority.sslContext(aliceStore, password);
		try (ServedConsole alice = new ServedConsole(service.address(), aliceTls, "alice");
				ServedConsole bob = console("bob", ConsoleRole.PLANNER)) {
			alice.waitUntil("alice's copy arrived", () -> alice.session.isServiceBacked());
			bob.waitUntil("bob's copy arrived", () -> bob.session.isServiceBacked());

			// Revoked while connected (as `flotilla-service revoke` does, in the service's CA folder): disconnected
			// with the reason within seconds; Bob is not.
			assertEquals(1, register.revoke(c -> c.name().equals("alice"), "laptop lost\tin the train").size());
			alice.waitUntilState("alice was disconnected with the reason",
					s -> s.startsWith("LOST") && s.contains("revoked") && s.contains("laptop lost in the train"));
			assertTrue(bob.onModel(() -> bob.session.isServiceBacked()));
			assertEquals(PoolServiceClient.State.SYNCHRONISED, bob.client.state());
		}
		// And refused at the handshake from then on, saying why.
		try (ServedConsole again = new ServedConsole(service.address(), aliceTls, "alice")) {
			again.waitUntilState("alice was refused", s -> s.startsWith("LOST") && s.contains("revoked"));
			assertFalse(again.onModel(() -> again.session.isServiceBacked()));
		}
		// A damaged line in the list revokes nothing and hides nothing else.
		java.nio.file.Files.writeString(dir.resolve("service/ca").resolve(CertificateRegister.REVOKED_FILE), "not a line\n",
				java.nio.file.StandardOpenOption.APPEND);
		register.reloadIfChanged();
		assertTrue(register.takeWarnings().stream().anyMatch(w -> w.contains("line 2")));
		assertTrue(register.refusal(aliceCertificate).contains("laptop lost"));
	}

	@Test
	void aMalformedRequestIsRefusedAndAnOversizedOneClosesOnlyThatConnection() throws Exception {
		try (ServedConsole alice = console("alice", ConsoleRole.ADMINISTRATOR); ServedConsole bob = console("bob", ConsoleRole.PLANNER)) {
			alice.waitUntil("copy arrived", () -> alice.session.isServiceBacked());
			bob.waitUntil("copy arrived", () -> bob.session.isServiceBacked());
			Response malformed = alice.client.request(ServiceOperations.EDIT, Map.of("base", "0", "ops", "S\tx\tname\t9\n")).get();
			assertEquals(Response.Status.REFUSED, malformed.status());
			assertTrue(malformed.detail().contains("malformed edit") && malformed.detail().contains("line 1"), malformed.detail());
			Response unknown = alice.client.request("pool-format-disk", Map.of()).get();
			assertEquals(Response.Status.REFUSED, unknown.status());
			assertTrue(unknown.detail().contains("unknown operation"), unknown.detail());

			// Two MiB in one request: more than the service reads in a frame. Bob's connection is closed, not Alice's.
			java.util.concurrent.CompletableFuture<Response> oversized = bob.client.request(ServiceOperations.EDIT,
					Map.of("base", "0", "ops", "x".repeat(2 << 20)));
			assertTrue(assertThrowsExecution(oversized).contains("closed"), "the oversized request's connection closed");
			String name = alice.onModel(() -> alice.session.getPool().getAllNodes().get(0).getName());
			alice.onModel(() -> {
				alice.session.getEditingDomain().getCommandStack().execute(SetCommand.create(alice.session.getEditingDomain(),
						node(alice.session.getPool(), name), PoolPackage.Literals.NODE__CPU_CAPACITY, 31.0));
				return null;
			});
			// Bob's console reconnects on its own and receives the pool afresh, Alice's edit in it.
			bob.waitUntil("Bob's console is back in step", () -> node(bob.session.getPool(), name).getCpuCapacity() == 31.0);
			assertTrue(alice.refusals.isEmpty(), alice.refusals.toString());
		}
	}

	@Test
	void aConsoleThatStopsReadingIsDisconnectedNotBufferedForEver() throws Exception {
		try (ServedConsole alice = console("alice", ConsoleRole.ADMINISTRATOR)) {
			alice.waitUntil("copy arrived", () -> alice.session.isServiceBacked());
			// A console whose reading thread is stuck: it subscribes, then takes nothing more off the connection.
			java.util.concurrent.CountDownLatch stuck = new java.util.concurrent.CountDownLatch(1);
			org.flotilla.protocol.ProtocolClient reader = org.flotilla.protocol.ProtocolClient.builder(service.address(),
					tls("slow", ConsoleRole.SUPPORT), org.flotilla.protocol.PeerKind.CONSOLE, "slow").pushedMessages(message -> {
						try {
							stuck.await(); // the network thread stops here: nothing is read any more
						} catch (InterruptedException e) {
							Thread.currentThread().interrupt();
						}
					}).maximumFrameBytes(4 << 20).connect();
			try {
				assertEquals(Response.Status.OK, reader.request(ServiceOperations.SUBSCRIBE, 0, Map.of()).get().status());
				// Big changes, one after the other, until the service stops waiting for the slow reader.
				String big = "d".repeat(150_000);
				long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
				int edit = 0;
				// Seen from the service: the slow console's own network thread is the one that is stuck.
				while (service.connectedConsoles() > 1 && System.nanoTime() < deadline) {
					String value = big + edit++;
					long before = service.revision();
					alice.onModel(() -> {
						alice.session.getEditingDomain().getCommandStack().execute(SetCommand.create(alice.session.getEditingDomain(),
								alice.session.getPool(), PoolPackage.Literals.POOL__DESCRIPTION, value));
						return null;
					});
					waitForRevisionAbove(before); // one edit at a time, as fast as the service takes them
				}
				assertEquals(1, service.connectedConsoles(), "the console that stopped reading was disconnected after " + edit + " edits");
				assertTrue(alice.refusals.isEmpty() && alice.client.state() == org.flotilla.console.core.remote.PoolServiceClient.State.SYNCHRONISED,
						"the others are served as before: " + alice.states);
			} finally {
				stuck.countDown();
				reader.close();
			}
		}
	}

	private static String assertThrowsExecution(java.util.concurrent.CompletableFuture<Response> future) throws Exception {
		try {
			Response response = future.get(30, java.util.concurrent.TimeUnit.SECONDS);
			throw new AssertionError("answered: " + response);
		} catch (java.util.concurrent.ExecutionException e) {
			return String.valueOf(e.getCause().getMessage());
		}
	}

	private long waitForRevisionAbove(long revision) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (service.revision() <= revision) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the service's revision stayed at " + revision);
			}
			Thread.sleep(20);
		}
		return service.revision();
	}
}
