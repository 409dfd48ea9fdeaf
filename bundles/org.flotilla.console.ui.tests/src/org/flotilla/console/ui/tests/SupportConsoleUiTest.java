package org.flotilla.console.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.parts.PoolExplorerPart;
import org.flotilla.console.ui.internal.planning.BoardCanvas;
import org.flotilla.console.ui.internal.planning.PlanningBoardPart;
import org.flotilla.console.ui.internal.tasks.TaskControls;
import org.flotilla.console.ui.internal.tasks.TasksPart;
import org.flotilla.model.Node;
import org.flotilla.model.Task;
import org.flotilla.protocol.ConsoleRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A support console (started with {@code -Dflotilla.role=support}, in an OSGi runtime of its own: see the
 * test bundle's pom): it shows tasks but cannot submit, start, stop, move or drain.
 */
class SupportConsoleUiTest {

	private static ConsoleUnderTest console;
	private static PoolSession session;

	@BeforeAll
	static void start() throws Exception {
		assertEquals("support", System.getProperty(TaskControls.ROLE_PROPERTY), "run with -Dflotilla.role=support");
		console = new ConsoleUnderTest();
		session = console.get(PoolSession.class);
		console.run(session::newSamplePool);
	}

	@AfterAll
	static void stop() throws Exception {
		if (console != null) {
			console.close();
		}
	}

	@Test
	void theRoleComesFromTheSystemProperty() {
		assertEquals(ConsoleRole.SUPPORT, TaskControls.role());
	}

	@Test
	void theTasksPartSaysReadOnlyAndEveryChangingActionIsDisabled() {
		TaskControl control = console.get(TaskControl.class);
		assertNotNull(control, "needs the control service (org.flotilla.console.core.tasks.ControlService)");
		assertFalse(control.mayControl());
		console.showPart(ConsoleIds.PART_TASKS);
		TasksPart tasks = console.part(ConsoleIds.PART_TASKS, TasksPart.class);
		assertEquals(TasksPart.READ_ONLY, console.sync(tasks::getRoleText));

		// A placed task selected: what an administrator could do with it, support cannot.
		Task placed = console.sync(() -> session.getPool().getTasks().stream().filter(t -> t.getNode() != null).findFirst().orElseThrow());
		console.run(() -> console.application().getContext().set(ConsoleIds.SELECTION, placed));
		console.waitUntil("the Tasks part selects it", () -> tasks.getViewer().getTable().getSelectionCount() == 1);
		for (String label : List.of("Submit Tasks\u2026", "Start", "Stop", "Move to\u2026")) {
			ToolItem item = console.sync(() -> Widgets.findToolItem(tasks.getToolBar().getParent(), label));
			assertFalse(console.sync(item::isEnabled), label + " is disabled for support");
		}
		ToolItem log = console.sync(() -> Widgets.findToolItem(tasks.getToolBar().getParent(), "Show Log"));
		assertTrue(console.sync(log::isEnabled), "support may read a task's log");
		ToolItem submit = console.sync(() -> Widgets.findToolItem(console.mainShell(), "Submit Tasks"));
		console.waitUntil("the main tool bar's Submit Tasks is disabled", () -> !submit.isEnabled());
	}

	@Test
	void thePlanningBoardIsReadOnlyForSupport() {
		console.showPart(ConsoleIds.PART_PLANNING_BOARD);
		PlanningBoardPart board = console.part(ConsoleIds.PART_PLANNING_BOARD, PlanningBoardPart.class);
		BoardCanvas canvas = console.sync(board::getCanvas);
		console.waitUntil("the board says read-only", () -> TasksPart.READ_ONLY.equals(board.getRoleText()));
		Task placed = console.sync(() -> session.getPool().getTasks().stream()
				.filter(t -> t.getNode() != null)
				.filter(t -> canvas.cardBounds(t) != null).findFirst().orElseThrow());
		Node other = console.sync(() -> board.getBoard().lanes().stream().map(l -> l.node()).filter(n -> n != placed.getNode())
				.filter(n -> canvas.laneBounds(n) != null && canvas.laneBounds(n).y >= 0).findFirst().orElseThrow());
		org.eclipse.swt.graphics.Rectangle card = console.sync(() -> canvas.cardBounds(placed));
		org.eclipse.swt.graphics.Rectangle lane = console.sync(() -> canvas.laneBounds(other));

		// A real drag of a card onto another lane: the board does not start it, and nothing is planned.
		console.run(() -> console.mainShell().forceActive());
		console.pressAt(canvas, new org.eclipse.swt.graphics.Point(card.x + card.width / 2, card.y + card.height / 2));
		console.dragTo(canvas, new org.eclipse.swt.graphics.Point(lane.x + lane.width * 3 / 4, lane.y + lane.height / 2));
		assertEquals(null, console.sync(canvas::getHoverNode), "no lane shows a verdict: there is no drag");
		console.release();
		assertTrue(console.sync(() -> session.getPool().getPlans().isEmpty()), "nothing is planned");
		assertEquals(TasksPart.READ_ONLY, console.sync(board::getStatusText));
	}

	@Test
	void theExplorersDrainIsDisabledForSupport() {
		PoolExplorerPart explorer = console.part(ConsoleIds.PART_EXPLORER, PoolExplorerPart.class);
		Node node = console.sync(() -> session.getPool().getAllNodes().stream().filter(n -> n.getName().equals("tky-web-04"))
				.findFirst().orElseThrow());
		Tree tree = console.sync(() -> explorer.getViewer().getTree());
		TreeItem item = console.sync(() -> {
			explorer.getViewer().reveal(node);
			return TaskUi.treeItem(tree, node.getName());
		});
		console.run(() -> console.mainShell().forceActive());
		console.rightClick(tree, console.sync(item::getBounds));
		console.waitUntil("the context menu is open", () -> tree.getMenu() != null && tree.getMenu().isVisible());
		Menu menu = console.sync(tree::getMenu);
		List<String> disabled = console.sync(() -> java.util.Arrays.stream(menu.getItems()).filter(i -> !i.getText().isEmpty())
				.filter(i -> !i.isEnabled()).map(MenuItem::getText).toList());
		console.key("Escape");
		assertEquals(List.of("Drain\u2026", "Ready", "Apply Profile\u2026", "Make It So", "Accept as Desired"), disabled);
	}
}
