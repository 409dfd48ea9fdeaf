package org.flotilla.console.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.flotilla.console.core.ConnectionService;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.SamplePools;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.persistence.PoolStore;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.service.PoolService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * File › Connect to Pool Service in the real console: the dialog is filled in and Connect pressed with a real
 * click; the service's pool appears, the tool bar says where it comes from, and an edit made in the console
 * reaches the service. The service runs in this JVM with real TLS on loopback (its own test bundle has the process
 * tests).
 */
class ServiceConsoleUiTest {

	private static final String CONNECT_COMMAND = "org.flotilla.console.ui.command.service.connect";
	private static ConsoleUnderTest console;
	private static PoolService service;
	private static Path dir;
	private static javax.net.ssl.SSLContext serviceTls;

	@BeforeAll
	static void start() throws Exception {
		dir = Files.createTempDirectory("flotilla-service-ui");
		char[] password = "ui-test".toCharArray();
		PoolCertificateAuthority authority = PoolCertificateAuthority.openOrCreate(dir.resolve("ca"), password, "ui pool");
		Path pool = dir.resolve("sample.flotilla");
		new PoolStore().save(SamplePools.create(), pool);
		serviceTls = PoolCertificateAuthority.sslContext(authority.issueConsole("pool-service", ConsoleRole.ADMINISTRATOR, password),
				password);
		service = PoolService.start(new PoolService.Settings("ui pool", dir.resolve("service"), new InetSocketAddress("127.0.0.1", 0),
				"pool-service", 8, pool, serviceTls, ConnectionService.Settings.DEFAULTS));
		new IdentityKeystore(dir.resolve("people/pat.p12"), dir.resolve("people/pat.password")).issue(authority,
				PeerIdentity.console("pat", ConsoleRole.PLANNER));
		console = new ConsoleUnderTest();
	}

	@AfterAll
	static void stop() throws Exception {
		if (console != null) {
			console.close();
		}
		if (service != null) {
			service.close();
		}
	}

	@Test
	void connectToPoolServiceShowsTheServicesPoolAndSendsEditsThere() throws Exception {
		PoolSession session = console.get(PoolSession.class);
		assertFalse(console.sync(session::isServiceBacked));
		console.run(() -> console.display().asyncExec(() -> {
			IEclipseContext window = console.application().getChildren().get(0).getContext();
			window.get(EHandlerService.class).executeHandler(window.get(ECommandService.class).createCommand(CONNECT_COMMAND, null));
		}));
		console.waitUntil("the Connect to Pool Service dialog is open", () -> Widgets.dialog("Connect to Pool Service") != null);
		Shell dialog = console.sync(() -> Widgets.dialog("Connect to Pool Service"));
		console.run(() -> {
			((Text) find(dialog, "service-address")).setText("127.0.0.1:" + service.address().getPort());
			((Text) find(dialog, "service-identity")).setText(dir.resolve("people/pat.p12").toString());
		});
		Button connect = console.sync(() -> Widgets.findButton(dialog, "Connect"));
		console.waitUntil("Connect is enabled once both fields are right", connect::isEnabled);
		console.run(() -> dialog.forceActive());
		console.waitUntil("the dialog is active", () -> dialog.getDisplay().getActiveShell() == dialog);
		console.click(connect, console.sync(() -> new org.eclipse.swt.graphics.Rectangle(0, 0, connect.getSize().x, connect.getSize().y)));
		console.waitUntil("the dialog closed", dialog::isDisposed);

		Pool expected = SamplePools.create();
		console.waitUntil("the service's pool appears in the console", () -> session.isServiceBacked()
				&& session.getPool().getName().equals(expected.getName())
				&& session.getPool().getAllNodes().size() == expected.getAllNodes().size());
		Label status = console.sync(() -> (Label) find(console.mainShell(), "service-status"));
		console.waitUntil("the tool bar says where the pool comes from and as whom",
				() -> status.getText().contains("pool service 127.0.0.1:" + service.address().getPort()) && status.getText().contains("revision")
						&& status.getText().contains("planner"));
		console.screenshot("console-connected-to-service");

		// A planner changes tasks: an edit of one goes to the service and is made durable there.
		long before = service.revision();
		console.run(() -> {
			org.flotilla.model.Task task = session.getPool().getTasks().get(0);
			session.getEditingDomain().getCommandStack().execute(SetCommand.create(session.getEditingDomain(), task,
					PoolPackage.Literals.TASK__PRIORITY, 7));
		});
		waitForRevisionAbove(before);
		assertEquals(7, (int) console.sync(() -> session.getPool().getTasks().get(0).getPriority()));
		assertFalse(console.sync(session::isDirty), "nothing to save: the service holds the edit");
		Node first = console.sync(() -> session.getPool().getAllNodes().get(0));
		assertTrue(console.sync(() -> first.eResource() != null));

		// The board plans against the service's pool: a planner's planned move is an edit the service takes (a plan
		// and a move created, added to the pool's plans), and Undo takes it back there too.
		console.showPart(org.flotilla.console.ui.ConsoleIds.PART_PLANNING_BOARD);
		org.flotilla.console.ui.internal.planning.PlanningBoardPart board = console.part(
				org.flotilla.console.ui.ConsoleIds.PART_PLANNING_BOARD, org.flotilla.console.ui.internal.planning.PlanningBoardPart.class);
		console.waitUntil("the board shows the service's pool", () -> board.getBoard() != null
				&& board.getBoard().lanes().size() == expected.getAllNodes().size() && !board.getRoleText().contains("read-only"));
		long beforePlan = service.revision();
		console.run(() -> {
			org.flotilla.model.Task task = session.getPool().getTasks().stream().filter(t -> t.getNode() != null).findFirst().orElseThrow();
			Node target = session.getPool().getAllNodes().stream().filter(n -> n != task.getNode()).findFirst().orElseThrow();
			session.getEditingDomain().getCommandStack().execute(org.flotilla.console.core.planning.PlanEdits.addMoves(
					session.getEditingDomain(), session.getPool(), List.of(task), target));
		});
		waitForRevisionAbove(beforePlan);
		assertEquals(1, (int) console.sync(() -> org.flotilla.console.core.planning.PlanEdits.currentPlan(session.getPool()).getMoves().size()));
		console.waitUntil("Apply Plan is offered to the planner", () -> board.getBoard().moves().size() == 1
				&& Widgets.findButton(board.getCanvas().getParent().getParent(), "Apply Plan\u2026").isEnabled());
		long afterPlan = service.revision();
		console.run(() -> session.getEditingDomain().getCommandStack().undo());
		waitForRevisionAbove(afterPlan);
		assertEquals(0, (int) console.sync(() -> {
			org.flotilla.model.Plan plan = org.flotilla.console.core.planning.PlanEdits.currentPlan(session.getPool());
			return plan == null ? 0 : plan.getMoves().size();
		}));

		// The service restarts: the console sees a reconnect and receives the pool afresh, and what the person was
		// looking at stays: the selected node (the same one in the new copy) and the board's filter.
		Node selected = console.sync(() -> session.getPool().getAllNodes().stream().filter(n -> n.getName().equals("tky-web-02"))
				.findFirst().orElseThrow());
		console.run(() -> console.application().getContext().set(org.flotilla.console.ui.ConsoleIds.SELECTION, selected));
		org.eclipse.swt.widgets.Text filter = console.sync(() -> firstText(board.getCanvas().getParent().getParent()));
		console.run(() -> filter.setText("tky-web"));
		console.waitUntil("the board filtered", () -> board.getCanvas().laneBounds(selected) != null
				&& board.getCanvas().laneBounds(nodeNamed(session, "tky-db-01")) == null);
		org.flotilla.model.Pool copyBefore = console.sync(session::getPool);
		InetSocketAddress address = service.address();
		long revision = service.revision();
		service.close();
		service = PoolService.start(new PoolService.Settings("ui pool", dir.resolve("service"), address, "pool-service", 8, null,
				serviceTls, ConnectionService.Settings.DEFAULTS));
		assertEquals(revision, service.revision());
		console.waitUntil("the console received the restarted service's pool", () -> session.getPool() != copyBefore
				&& session.isServiceBacked() && status.getText().contains("revision"));
		Object selectedAfter = console.sync(() -> console.application().getContext().get(org.flotilla.console.ui.ConsoleIds.SELECTION));
		assertTrue(selectedAfter instanceof Node node && node != selected && node.getName().equals("tky-web-02")
				&& node.eResource() == console.sync(() -> session.getPool().eResource()), "the same node selected in the new copy: " + selectedAfter);
		assertEquals("tky-web", console.sync(filter::getText));
		console.waitUntil("the board still filtered, on the new copy", () -> board.getCanvas().laneBounds((Node) selectedAfter) != null
				&& board.getCanvas().laneBounds(nodeNamed(session, "tky-db-01")) == null);
	}

	private static Node nodeNamed(PoolSession session, String name) {
		return session.getPool().getAllNodes().stream().filter(n -> n.getName().equals(name)).findFirst().orElseThrow();
	}

	private static org.eclipse.swt.widgets.Text firstText(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Text text) {
				return text;
			}
			if (child instanceof Composite composite) {
				org.eclipse.swt.widgets.Text found = firstText(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The control under {@code parent} marked with the test id {@code id}. */
	/** Waits until the service's durable revision passes {@code revision}: an edit was taken (a refused one is not). */
	private static void waitForRevisionAbove(long revision) throws Exception {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (service.revision() <= revision && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertTrue(service.revision() > revision, "the edit reached the service and was made durable there");
	}

	private static Control find(Composite parent, String id) {
		for (Control child : parent.getChildren()) {
			if (id.equals(child.getData("org.flotilla.test.id"))) {
				return child;
			}
			if (child instanceof Composite composite) {
				Control found = find(composite, id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
