package org.flotilla.console.ui.tests;

import static org.flotilla.console.ui.tests.Widgets.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.Icons;
import org.flotilla.console.ui.internal.parts.NodeStackCanvas;
import org.flotilla.console.ui.internal.parts.NodeStackPart;
import org.flotilla.console.ui.internal.parts.PoolExplorerPart;
import org.flotilla.console.ui.internal.parts.PropertiesPart;
import org.flotilla.model.LayerKind;
import org.flotilla.model.Node;
import org.flotilla.model.StackElement;
import org.flotilla.model.SyncState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console in a real window: load the sample pool with the toolbar, find every node in the
 * explorer, select one with the mouse, see its stack drawn layer by layer, edit a property with the
 * keyboard, and undo it with Ctrl+Z.
 *
 * <p>The running workbench and its window are shared (starting them takes seconds); everything a test
 * depends on is set up again before each one ({@link #startFromAFreshSamplePool()}): a fresh sample
 * pool with an empty undo stack, nothing selected, no dialog open, the parts' filters and modes at
 * their defaults. A test that needs a selection or live agents makes them itself, so the tests run
 * in any order and one failure does not fail the others.
 */
class ConsoleUiTest {

	private static final String NODE = "tky-web-04"; // runs an older JVM than desired: a drifted element

	private static final int DEMO_AGENTS = 5;

	private static ConsoleUnderTest console;
	private static PoolSession session;
	private static DemoAgents demo;

	@BeforeAll
	static void start() throws Exception {
		console = new ConsoleUnderTest();
		session = console.get(PoolSession.class);
		assertNotNull(session, "the console add-on put a pool session in the application context");
	}

	@AfterAll
	static void stop() throws Exception {
		if (console != null) {
			console.close();
		}
		if (demo != null) {
			demo.close();
		}
	}

	/**
	 * The state every test starts from: no dialog, a fresh sample pool (unsaved, empty undo stack, to be
	 * saved as the workspace's pool.flotilla), nothing selected, the Node Stack in front of the center
	 * stack, the topology colored by state and unfiltered, the status table unfiltered, the Load part live.
	 */
	@BeforeEach
	void startFromAFreshSamplePool() {
		console.startFromAFreshSamplePool("ConsoleUiTest", session);
		console.run(() -> {
			org.flotilla.console.ui.internal.parts.TopologyPart topology = partIfCreated(ConsoleIds.PART_TOPOLOGY,
					org.flotilla.console.ui.internal.parts.TopologyPart.class);
			if (topology != null) {
				topology.getCanvas().setColorBy(org.flotilla.console.ui.internal.parts.TopologyCanvas.ColorBy.STATE);
				topology.getCanvas().setFilter("");
			}
			org.flotilla.console.ui.internal.parts.NodeStatusPart status = partIfCreated(ConsoleIds.PART_NODE_STATUS,
					org.flotilla.console.ui.internal.parts.NodeStatusPart.class);
			if (status != null) {
				status.showUnreachableOnly(false);
			}
			org.flotilla.console.ui.internal.parts.LoadPart load = partIfCreated(ConsoleIds.PART_LOAD,
					org.flotilla.console.ui.internal.parts.LoadPart.class);
			if (load != null) {
				load.selectRange(0);
			}
		});
		console.showPart(ConsoleIds.PART_NODE_STACK);
		console.run(() -> console.mainShell().forceActive());
		console.waitUntil("the fresh sample pool is shown",
				() -> "Sample pool".equals(session.getPool().getName()) && !session.getEditingDomain().getCommandStack().canUndo());
	}

	/** An error the console logged during a test fails that test (and is not left to the next one). */
	@AfterEach
	void noErrorLoggedAndNoAgentLeft() throws Exception {
		List<org.eclipse.core.runtime.IStatus> errors = console.drainLoggedErrors();
		if (demo != null) {
			console.run(session::newPool); // disconnects from the agents before they stop
			demo.close();
			demo = null;
		}
		assertTrue(errors.isEmpty(), "the console logged errors during the test: " + errors);
	}

	/** A part's object when the part was ever shown, else null (UI thread). */
	private static <T> T partIfCreated(String id, Class<T> type) {
		org.eclipse.e4.ui.workbench.modeling.EModelService models = console.application().getContext()
				.get(org.eclipse.e4.ui.workbench.modeling.EModelService.class);
		Object object = ((org.eclipse.e4.ui.model.application.ui.basic.MPart) models.find(id, console.application())).getObject();
		return type.isInstance(object) ? type.cast(object) : null;
	}

	/** A node of the session's pool, by name. */
	private static Node node(String name) {
		return console.sync(() -> session.getPool().getAllNodes().stream().filter(n -> n.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no node " + name + " in " + session.getPool().getName())));
	}

	/** Selects {@code node} as a click in any part would, and waits until the Properties part follows. */
	private static void select(Node node) {
		console.run(() -> console.application().getContext().set(ConsoleIds.SELECTION, node));
		PropertiesPart properties = console.part(ConsoleIds.PART_PROPERTIES, PropertiesPart.class);
		console.waitUntil(node.getName() + " is selected", () -> properties.getObject() == node);
	}

	/**
	 * Starts the demo pool's real agents (stopped after the test), opens their pool and waits until every
	 * node is ready with live samples and its discovered stack.
	 */
	private static List<Node> openDemoPool() throws Exception {
		java.nio.file.Path workspace = java.nio.file.Path.of(org.eclipse.core.runtime.Platform.getInstanceLocation().getURL().toURI());
		demo = DemoAgents.start(workspace, DEMO_AGENTS);
		org.eclipse.e4.ui.di.UISynchronize ui = console.get(org.eclipse.e4.ui.di.UISynchronize.class);
		console.run(() -> org.flotilla.console.ui.internal.PoolJobs.open(session, demo.poolFile(), ui, console.mainShell()));
		console.waitUntil("the demo pool is open", () -> "Demo pool (local agents)".equals(session.getPool().getName()));
		List<Node> nodes = console.sync(() -> List.copyOf(session.getPool().getAllNodes()));
		assertEquals(DEMO_AGENTS, nodes.size());
		// Every agent connects over TLS, reports its load and its stack.
		console.waitUntil("every demo node is ready with live samples and its discovered stack", java.time.Duration.ofSeconds(90),
				() -> nodes.stream().allMatch(n -> n.getState() == org.flotilla.model.NodeState.READY && n.getMetrics() != null
						&& n.getMetrics().getSamples().size() >= 3 && n.getOperatingSystem() != null
						&& n.getOperatingSystem().isDiscovered()));
		return nodes;
	}

	@Test
	void thePartsOpenAndTheSampleButtonFillsTheExplorerWithEveryNode() throws Exception {
		PoolExplorerPart explorer = console.part(ConsoleIds.PART_EXPLORER, PoolExplorerPart.class);
		assertNotNull(console.part(ConsoleIds.PART_NODE_STACK, NodeStackPart.class), "Node Stack part is open");
		assertNotNull(console.part(ConsoleIds.PART_PROPERTIES, PropertiesPart.class), "Properties part is open");
		// From an empty pool with nothing unsaved (so the button asks nothing), shown empty in the explorer.
		console.run(session::newPool);
		Tree tree = console.sync(() -> explorer.getViewer().getTree());
		console.waitUntil("the explorer shows the empty pool", () -> !itemTexts(tree).contains("Tokyo DC1"));
		console.screenshot("console-empty");

		ToolItem sample = console.sync(() -> findToolItem(console.mainShell(), "Sample Pool"));
		assertNotNull(sample, "a 'Sample Pool' tool item");
		console.click(console.sync(sample::getParent), console.sync(sample::getBounds));
		console.waitUntil("the sample pool is loaded", () -> "Sample pool".equals(session.getPool().getName()));
		console.waitUntil("the title shows the unsaved sample", () -> console.mainShell().getText().startsWith("*pool.flotilla"));

		console.run(() -> explorer.getViewer().expandAll());
		Set<String> expected = session.getPool().getAllNodes().stream().map(Node::getName).collect(Collectors.toCollection(TreeSet::new));
		assertTrue(expected.size() >= 20, "the sample has 20+ nodes");
		console.waitUntil("the explorer lists every node", () -> itemTexts(tree).containsAll(expected));
		Set<String> shown = console.sync(() -> itemTexts(tree));
		for (String node : expected) {
			assertTrue(shown.contains(node), "explorer shows node " + node);
		}
		assertTrue(shown.contains("Tokyo DC1") && shown.contains("Rack A01"), "groups are shown: " + shown);
		assertTrue(shown.containsAll(List.of("Hardware", "Operating system", "Middleware", "Applications")), "stack layers are shown");
		assertTrue(shown.contains("shop-frontend-04"), "tasks are shown under their node");
	}

	@Test
	void clickingANodeDrawsItsStackHardwareAtTheBottom() throws Exception {
		PoolExplorerPart explorer = console.part(ConsoleIds.PART_EXPLORER, PoolExplorerPart.class);
		NodeStackCanvas canvas = console.part(ConsoleIds.PART_NODE_STACK, NodeStackPart.class).getCanvas();
		Node node = node(NODE);
		Tree tree = console.sync(() -> explorer.getViewer().getTree());
		TreeItem item = console.sync(() -> {
			explorer.getViewer().collapseAll();
			explorer.getViewer().expandToLevel(node, 0);
			explorer.getViewer().reveal(node);
			return find(tree.getItems(), NODE);
		});
		assertNotNull(item, "tree item of " + NODE);
		console.click(tree, console.sync(item::getBounds));

		console.waitUntil("the stack part shows " + NODE, () -> canvas.getNode() == node && canvas.getDrawing().node() == node);
		NodeStackCanvas.Drawing drawing = console.sync(canvas::getDrawing);
		Map<LayerKind, Integer> bandTop = drawing.bands().stream()
				.collect(Collectors.toMap(NodeStackCanvas.Band::layer, b -> b.bounds().y));
		assertTrue(bandTop.get(LayerKind.HARDWARE) > bandTop.get(LayerKind.OPERATING_SYSTEM), "hardware below the OS");
		assertTrue(bandTop.get(LayerKind.OPERATING_SYSTEM) > bandTop.get(LayerKind.MIDDLEWARE), "OS below middleware");
		assertTrue(bandTop.get(LayerKind.MIDDLEWARE) > bandTop.get(LayerKind.APPLICATION), "middleware below applications");

		List<StackElement> expected = console.sync(() -> {
			List<StackElement> all = new ArrayList<>(node.getHardware());
			all.add(node.getOperatingSystem());
			all.addAll(node.getMiddleware());
			all.addAll(node.getApplications());
			return all;
		});
		List<StackElement> drawn = drawing.boxes().stream().map(NodeStackCanvas.Box::element).toList();
		assertEquals(Set.copyOf(expected), Set.copyOf(drawn), "every stack element is drawn once");
		assertEquals(expected.size(), drawn.size());
		for (NodeStackCanvas.Box box : drawing.boxes()) {
			Rectangle band = drawing.bands().stream().filter(b -> b.layer() == box.layer()).findFirst().orElseThrow().bounds();
			assertTrue(band.contains(box.bounds().x, box.bounds().y), box.element().getName() + " drawn inside its layer");
		}

		// The drifted JVM is painted in the drift color (its state strip at the left of the box).
		NodeStackCanvas.Box jvm = drawing.boxes().stream().filter(b -> "OpenJDK".equals(b.element().getName())).findFirst().orElseThrow();
		assertEquals(SyncState.DRIFTED, console.sync(() -> jvm.element().getSyncState()));
		RGB strip = console.sync(() -> pixelOf(canvas, jvm.bounds().x + 3, jvm.bounds().y + jvm.bounds().height / 2));
		assertEquals(Icons.syncColor(SyncState.DRIFTED), strip, "drift is visible");
	}

	@Test
	void editingAPropertyWithTheKeyboardAndUndoingItRestoresTheValue() throws Exception {
		PropertiesPart properties = console.part(ConsoleIds.PART_PROPERTIES, PropertiesPart.class);
		Node node = node(NODE);
		select(node);
		double before = console.sync(node::getCpuCapacity);
		Text cpu = (Text) console.sync(() -> properties.editorOf("cpuCapacity"));
		assertNotNull(cpu, "a CPU capacity field");
		assertEquals("5", console.sync(cpu::getText), "the field shows the model value");
		console.focus(cpu);
		console.pressEnter();
		console.flush();
		assertTrue(!console.sync(() -> session.getEditingDomain().getCommandStack().canUndo()),
				"Enter on an unchanged field puts nothing on the undo stack");
		console.focus(cpu);

		console.type("64");
		console.waitUntil("the typed text is in the field (it shows '" + console.sync(cpu::getText) + "')",
				() -> cpu.getText().equals("64"));
		console.pressEnter();
		console.waitUntil("the edit reached the model", () -> node.getCpuCapacity() == 64.0);
		assertTrue(console.sync(() -> console.mainShell().getText().startsWith("*")), "dirty marker in the title");
		assertTrue(console.sync(() -> session.getEditingDomain().getCommandStack().canUndo()));

		console.pressCtrl('z');
		console.waitUntil("Ctrl+Z restored the value", () -> node.getCpuCapacity() == before);
		console.waitUntil("the field shows the restored value", () -> cpu.getText().equals("5"));

		// A value the validator rejects is shown in place, under the field.
		console.focus(cpu);
		console.type("0");
		console.pressEnter();
		console.waitUntil("the model holds 0", () -> node.getCpuCapacity() == 0.0);
		console.waitUntil("the error is shown under the field",
				() -> properties.problemOf("cpuCapacity").equals("CPU capacity must be greater than 0 (is 0)"));
		console.screenshot("console-validation");
		console.pressCtrl('z');
		console.waitUntil("undo again", () -> node.getCpuCapacity() == before);
		console.waitUntil("the error is gone", () -> properties.problemOf("cpuCapacity").isEmpty());

		ToolItem undo = console.sync(() -> findToolItem(console.mainShell(), "Undo"));
		ToolItem redo = console.sync(() -> findToolItem(console.mainShell(), "Redo"));
		console.waitUntil("Undo is disabled and Redo enabled in the toolbar", () -> !undo.isEnabled() && redo.isEnabled());
		console.run(() -> console.mainShell().setFocus());
		console.flush();
		assertTrue(Files.size(console.screenshot("console-main")) > 10_000, "a screenshot of the main window");
	}

	@Test
	void ctrlSSavesToTheWorkspaceAndClearsTheDirtyMarker() throws Exception {
		assertTrue(console.sync(session::isDirty), "the sample is unsaved work");
		console.waitUntil("the title shows the unsaved sample", () -> console.mainShell().getText().startsWith("*pool.flotilla"));
		java.nio.file.Path file = console.sync(() -> session.getFile().orElseThrow());
		console.run(() -> console.mainShell().forceActive());
		console.pressCtrl('s');
		console.waitUntil("the save finished and the title lost its '*'",
				() -> !session.isDirty() && !console.mainShell().getText().startsWith("*"));
		assertTrue(file.toString().endsWith("pool.flotilla"), "saved in the workspace: " + file);
		assertEquals(26, org.flotilla.console.core.PoolSession.read(file).getAllNodes().size(), "the saved file holds the pool");
	}

	@Test
	void openingATruncatedFileSaysWhereAndKeepsThePool(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
		java.nio.file.Path good = folder.resolve("good.flotilla");
		new org.flotilla.model.persistence.PoolStore().save(org.flotilla.console.core.SamplePools.create(), good);
		byte[] content = Files.readAllBytes(good);
		java.nio.file.Path truncated = folder.resolve("truncated.flotilla");
		Files.write(truncated, java.util.Arrays.copyOf(content, content.length / 3));
		org.flotilla.model.Pool before = console.sync(session::getPool);

		org.eclipse.e4.ui.di.UISynchronize ui = console.get(org.eclipse.e4.ui.di.UISynchronize.class);
		console.run(() -> org.flotilla.console.ui.internal.PoolJobs.open(session, truncated, ui, console.mainShell()));
		console.waitUntil("an error dialog opens", () -> dialog("Cannot open pool") != null);
		String message = console.sync(() -> labelTexts(dialog("Cannot open pool")));
		assertTrue(message.contains("Cannot read pool file " + truncated) && message.matches("(?s).*at line \\d+, column \\d+.*"),
				"the error names the file and the position: " + message);
		console.screenshot("console-open-error");
		console.pressEnter();
		console.waitUntil("the dialog is closed", () -> dialog("Cannot open pool") == null);

		assertTrue(before == console.sync(session::getPool), "the pool that was open stays open");
		assertEquals(content.length / 3, Files.size(truncated), "the damaged file is not touched");
	}

	@Test
	void theTopologyShowsEveryNodeAndAClickOnATileSelectsItEverywhere() throws Exception {
		org.flotilla.console.ui.internal.parts.TopologyCanvas topology = console
				.part(ConsoleIds.PART_TOPOLOGY, org.flotilla.console.ui.internal.parts.TopologyPart.class).getCanvas();
		List<Node> nodes = console.sync(() -> List.copyOf(session.getPool().getAllNodes()));
		console.waitUntil("every node has a tile", () -> nodes.stream().allMatch(n -> topology.tileOf(n) != null));
		Set<String> tiles = console.sync(() -> nodes.stream().map(n -> topology.tileOf(n).toString()).collect(Collectors.toSet()));
		assertEquals(nodes.size(), tiles.size(), "one tile per node, none shared");
		assertEquals(3, console.sync(() -> topology.getRegions().size()), "one region per site");

		Node replica = nodes.stream().filter(n -> n.getName().equals("osk-rep-02")).findFirst().orElseThrow();
		RGB color = console.sync(() -> {
			Rectangle tile = topology.visibleTileOf(replica);
			return pixelOf(topology, tile.x + tile.width / 2, tile.y + tile.height / 2);
		});
		assertEquals(Icons.stateColor(org.flotilla.model.NodeState.READY), color, "a ready node is painted in the ready color");
		Rectangle tileNow = console.sync(() -> topology.visibleTileOf(replica));
		assertEquals(replica, console.sync(() -> topology.nodeAt(tileNow.x + tileNow.width / 2, tileNow.y + tileNow.height / 2)),
				"hit testing finds the node at its tile " + tileNow);
		console.click(topology, tileNow);
		console.waitUntil("the topology marks the clicked node (it marks " + console.sync(topology::getSelection) + ")",
				() -> topology.getSelection() == replica);

		PoolExplorerPart explorer = console.part(ConsoleIds.PART_EXPLORER, PoolExplorerPart.class);
		NodeStackCanvas stack = console.part(ConsoleIds.PART_NODE_STACK, NodeStackPart.class).getCanvas();
		PropertiesPart properties = console.part(ConsoleIds.PART_PROPERTIES, PropertiesPart.class);
		console.waitUntil("the explorer selects the clicked node",
				() -> explorer.getViewer().getStructuredSelection().getFirstElement() == replica);
		console.waitUntil("the stack part draws it", () -> stack.getNode() == replica);
		console.waitUntil("the properties part edits it", () -> properties.getObject() == replica);
		assertEquals(replica, console.sync(topology::getSelection));
		console.screenshot("console-topology");
	}

	@Test
	void anUnreachableNodeRaisesAnAlertAndTheStatusTableFiltersToIt() throws Exception {
		Node lost = node("tky-batch-04");
		assertEquals(org.flotilla.model.NodeState.UNREACHABLE, console.sync(lost::getState));
		console.waitUntil("the unreachable rule raised an alert", () -> org.flotilla.console.core.AlertEngine
				.activeAlerts(session.getPool(), lost).stream().anyMatch(a -> a.getRule().equals("Unreachable")));

		console.showPart(ConsoleIds.PART_NODE_STATUS);
		org.flotilla.console.ui.internal.parts.NodeStatusPart status = console.part(ConsoleIds.PART_NODE_STATUS,
				org.flotilla.console.ui.internal.parts.NodeStatusPart.class);
		org.eclipse.swt.widgets.Table table = console.sync(() -> status.getViewer().getTable());
		int all = console.sync(() -> session.getPool().getAllNodes().size());
		console.waitUntil("the status table lists every node", () -> table.getItemCount() == all);
		org.eclipse.swt.widgets.Button unreachable = console.sync(() -> findButton(table.getParent(), "Unreachable"));
		console.click(console.sync(unreachable::getParent), console.sync(unreachable::getBounds));
		console.waitUntil("only the unreachable node is listed", () -> table.getItemCount() == 1 && table.getItem(0).getData() == lost);
		String alertsColumn = console.sync(() -> table.getItem(0).getText(columnIndex(table, "Alerts")));
		assertTrue(alertsColumn.startsWith("No heartbeat from tky-batch-04"), "the row shows the alert: " + alertsColumn);

		console.click(table, console.sync(() -> table.getItem(0).getBounds(0)));
		PropertiesPart properties = console.part(ConsoleIds.PART_PROPERTIES, PropertiesPart.class);
		console.waitUntil("selecting the row selects the node everywhere", () -> properties.getObject() == lost);
		org.flotilla.console.ui.internal.parts.TopologyCanvas topology = console
				.part(ConsoleIds.PART_TOPOLOGY, org.flotilla.console.ui.internal.parts.TopologyPart.class).getCanvas();
		console.waitUntil("the topology selects it too", () -> topology.getSelection() == lost);
		console.screenshot("console-status");

		console.showPart(ConsoleIds.PART_ALERTS);
		org.flotilla.console.ui.internal.parts.AlertsPart alerts = console.part(ConsoleIds.PART_ALERTS,
				org.flotilla.console.ui.internal.parts.AlertsPart.class);
		console.waitUntil("the Alerts part lists the alert first",
				() -> alerts.getViewer().getTable().getItemCount() > 0 && alerts.getViewer().getTable().getItem(0).getText(1).equals("tky-batch-04"));
		console.run(() -> status.showUnreachableOnly(false));
	}

	@Test
	void theLoadPartChartsTheSelectedNodesSamples() throws Exception {
		// The Load part is opened after the samples are in the model (closed first, should an earlier test have opened it).
		console.hidePart(ConsoleIds.PART_LOAD);
		assertEquals(null, console.sync(() -> partIfCreated(ConsoleIds.PART_LOAD, org.flotilla.console.ui.internal.parts.LoadPart.class)),
				"the Load part is closed");
		// Samples are put into the model as the connection service does with agent reports.
		Node node = node("tky-db-02");
		long now = System.currentTimeMillis();
		console.run(() -> {
			org.flotilla.model.MetricWindow window = org.flotilla.model.PoolFactory.eINSTANCE.createMetricWindow();
			for (int i = 0; i < 60; i++) {
				org.flotilla.model.MetricSample sample = org.flotilla.model.PoolFactory.eINSTANCE.createMetricSample();
				sample.setTime(now - (60 - i) * 1000L);
				sample.setCpu(0.2 + 0.6 * Math.abs(Math.sin(i / 8.0)));
				sample.setMemory(0.55);
				window.add(sample);
			}
			node.setMetrics(window);
			console.application().getContext().set(ConsoleIds.SELECTION, node);
		});
		console.showPart(ConsoleIds.PART_LOAD);
		org.flotilla.console.ui.internal.parts.LoadPart load = console.part(ConsoleIds.PART_LOAD,
				org.flotilla.console.ui.internal.parts.LoadPart.class);
		console.waitUntil("the chart shows the node's 60 samples", () -> load.getNode() == node && load.nodeSeries().length == 60);
		double[] values = console.sync(load::nodeSeries);
		assertEquals(20.0, values[0], 0.001, "CPU in percent, oldest first");
		assertEquals((0.2 + 0.6 * Math.abs(Math.sin(59 / 8.0))) * 100, values[59], 0.001);
		assertTrue(console.sync(load::poolSeries).length >= 60,
				"opened late, the pool chart starts from the nodes' windows, not empty: " + console.sync(load::poolSeries).length);
		console.screenshot("console-load");
	}

	@Test
	void theDemoPoolsRealAgentsShowLiveInTheTopologyTheStatusTableAndTheChart() throws Exception {
		List<Node> nodes = openDemoPool();
		// The agents report the host's logical processors as the OS lists them (not this JVM's CPU quota).
		int processors = HostProcessors.count();
		for (Node node : nodes) {
			assertTrue(console.sync(() -> node.getHardware().stream().anyMatch(h -> h instanceof org.flotilla.model.Processor p
					&& p.getThreads() == processors)), node.getName() + ": processor discovered");
		}

		// The topology shows every node of the demo pool, painted by its state.
		console.showPart(ConsoleIds.PART_TOPOLOGY);
		org.flotilla.console.ui.internal.parts.TopologyCanvas topology = console
				.part(ConsoleIds.PART_TOPOLOGY, org.flotilla.console.ui.internal.parts.TopologyPart.class).getCanvas();
		console.run(() -> topology.setColorBy(org.flotilla.console.ui.internal.parts.TopologyCanvas.ColorBy.STATE));
		console.waitUntil("every demo node has a tile", () -> nodes.stream().allMatch(n -> topology.visibleTileOf(n) != null));
		for (Node node : nodes) {
			assertEquals(Icons.stateColor(org.flotilla.model.NodeState.READY), console.sync(() -> {
				Rectangle tile = topology.visibleTileOf(node);
				return pixelOf(topology, tile.x + tile.width / 2, tile.y + tile.height / 2);
			}), node.getName() + " is painted ready");
		}

		// Selecting a node in the topology selects it in the status table and charts it.
		Node picked = nodes.get(2);
		console.showPart(ConsoleIds.PART_NODE_STATUS);
		org.flotilla.console.ui.internal.parts.NodeStatusPart status = console.part(ConsoleIds.PART_NODE_STATUS,
				org.flotilla.console.ui.internal.parts.NodeStatusPart.class);
		console.showPart(ConsoleIds.PART_LOAD);
		org.flotilla.console.ui.internal.parts.LoadPart load = console.part(ConsoleIds.PART_LOAD,
				org.flotilla.console.ui.internal.parts.LoadPart.class);
		console.showPart(ConsoleIds.PART_TOPOLOGY);
		Rectangle tile = console.sync(() -> topology.visibleTileOf(picked));
		console.click(topology, tile);
		console.waitUntil("the topology selects " + picked.getName(), () -> topology.getSelection() == picked);
		console.waitUntil("the status table selects it",
				() -> status.getViewer().getStructuredSelection().getFirstElement() == picked);
		console.waitUntil("the load part charts its live samples", () -> load.getNode() == picked && load.nodeSeries().length >= 3);
		// Chart and window read in one UI call: a heartbeat arriving between two calls would add a sample to one only.
		// The chart follows the model in batches, so a sample that just arrived may not be charted yet: wait until the
		// two agree in length (a chart that never catches up fails here).
		double[][][] seen = new double[1][][];
		console.waitUntil("the chart has one point per sample in the node's window", () -> {
			seen[0] = new double[][] { load.nodeSeries(),
					picked.getMetrics().getSamples().stream().mapToDouble(m -> m.getCpu() * 100).toArray() };
			return seen[0][0].length == seen[0][1].length;
		});
		double[][] chartedAndWindow = seen[0];
		double[] charted = chartedAndWindow[0];
		double[] window = chartedAndWindow[1];
		assertEquals(window.length, charted.length, "one point per sample in the node's window");
		assertEquals(window[0], charted[0], 1e-9, "CPU in percent, as the agent reported it");

		// The status table shows each agent's clock against the console's: these agents share its clock.
		org.eclipse.swt.widgets.Table statusTable = console.sync(() -> status.getViewer().getTable());
		console.waitUntil("the status row of " + picked.getName() + " shows its clock skew", () -> {
			int column = columnIndex(statusTable, "Clock skew");
			for (org.eclipse.swt.widgets.TableItem item : statusTable.getItems()) {
				// By its text: reading it fills a virtual row in.
				if (item.getText(0).equals(picked.getName())) {
					return "in step".equals(item.getText(column));
				}
			}
			return false;
		});
		assertTrue(console.sync(() -> Math.abs(picked.getClockSkewMillis()) < 1000), "skew measured from its reports");
		assertEquals(1000, console.sync(picked::getReportIntervalMillis).longValue(), "the interval the agent announced");
		console.screenshot("console-demo-live");
		console.showPart(ConsoleIds.PART_NODE_STACK);
		NodeStackCanvas stack = console.part(ConsoleIds.PART_NODE_STACK, NodeStackPart.class).getCanvas();
		console.waitUntil("the stack part draws the discovered stack", () -> stack.getNode() == picked && tabShown(stack, "Node Stack"));
		console.flush();
		console.screenshot("console-demo-stack");
		console.showPart(ConsoleIds.PART_LOAD);

		// An agent dies: its tile turns to the unreachable color within 5 s, the others keep reporting.
		Node lost = nodes.get(DEMO_AGENTS - 1);
		demo.kill(DEMO_AGENTS - 1);
		long killed = System.currentTimeMillis();
		console.waitUntil(lost.getName() + " is unreachable", java.time.Duration.ofSeconds(10),
				() -> lost.getState() == org.flotilla.model.NodeState.UNREACHABLE);
		long detected = System.currentTimeMillis() - killed;
		assertTrue(detected <= 5000, "unreachable " + detected + " ms after the agent died");
		console.waitUntil("its tile is painted unreachable", () -> {
			Rectangle lostTile = topology.visibleTileOf(lost);
			return Icons.stateColor(org.flotilla.model.NodeState.UNREACHABLE)
					.equals(pixelOf(topology, lostTile.x + lostTile.width / 2, lostTile.y + lostTile.height / 2));
		});
		assertEquals(org.flotilla.model.NodeState.READY, console.sync(picked::getState), "the others keep serving");
		console.screenshot("console-demo-topology");
	}

	@Test
	void theRangeSelectorChartsHistoryFetchedFromTheAgents() throws Exception {
		List<Node> nodes = openDemoPool();
		console.showPart(ConsoleIds.PART_LOAD);
		org.flotilla.console.ui.internal.parts.LoadPart load = console.part(ConsoleIds.PART_LOAD,
				org.flotilla.console.ui.internal.parts.LoadPart.class);
		Node picked = nodes.get(2);
		select(picked);
		console.waitUntil("the load part charts its live samples", () -> load.getNode() == picked && load.nodeSeries().length >= 3);
		// One agent dies: the history request must name it as not answering.
		Node lost = nodes.get(DEMO_AGENTS - 1);
		demo.kill(DEMO_AGENTS - 1);
		console.waitUntil(lost.getName() + " is unreachable", java.time.Duration.ofSeconds(10),
				() -> lost.getState() == org.flotilla.model.NodeState.UNREACHABLE);
		long[] live = console.sync(load::nodeTimes);

		console.run(() -> load.selectRange(1)); // "Last hour"
		console.waitUntil("the hour's history arrived from the agents (hint: " + console.sync(load::hintText) + ")",
				() -> load.hintText().contains("points of 1 s"));
		long[] times = console.sync(load::nodeTimes);
		assertTrue(times.length >= 3, "1-second points from the agent's disk: " + times.length);
		for (int i = 1; i < times.length; i++) {
			assertTrue(times[i] - times[i - 1] >= 1000, "bucket starts 1 s apart or more, in time order");
		}
		assertTrue(times[0] <= live[0], "the history reaches back at least as far as the live window");
		assertTrue(console.sync(load::poolSeries).length >= 3, "the pool's history: the mean of the agents that answered");
		assertTrue(console.sync(load::hintText).contains("1 agent did not answer"),
				"the killed agent is named as not answering: " + console.sync(load::hintText));
		console.screenshot("console-load-history");

		console.run(() -> load.selectRange(0));
		console.waitUntil("back to live samples", () -> load.hintText().contains("samples of the selected node"));
	}

	/** Whether the tab folder holding {@code control} shows the tab {@code title}. */
	private static boolean tabShown(org.eclipse.swt.widgets.Control control, String title) {
		for (org.eclipse.swt.widgets.Control c = control; c != null; c = c.getParent()) {
			if (c instanceof org.eclipse.swt.custom.CTabFolder folder) {
				return folder.getSelection() != null && title.equals(folder.getSelection().getText());
			}
		}
		return false;
	}


	private static RGB pixelOf(org.eclipse.swt.widgets.Control control, int x, int y) {
		control.redraw();
		control.update();
		Image image = new Image(control.getDisplay(), 1, 1);
		GC gc = new GC(control);
		try {
			gc.copyArea(image, x, y);
			return image.getImageData().palette.getRGB(image.getImageData().getPixel(0, 0));
		} finally {
			gc.dispose();
			image.dispose();
		}
	}




	private static Set<String> itemTexts(Tree tree) {
		Set<String> texts = new TreeSet<>();
		collect(tree.getItems(), texts);
		return texts;
	}


	private static void collect(TreeItem[] items, Set<String> texts) {
		for (TreeItem item : items) {
			texts.add(nameOf(item));
			collect(item.getItems(), texts);
		}
	}

	private static TreeItem find(TreeItem[] items, String text) {
		for (TreeItem item : items) {
			if (text.equals(nameOf(item))) {
				return item;
			}
			TreeItem found = find(item.getItems(), text);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** The name part of an explorer item: the label is "name  details". */
	private static String nameOf(TreeItem item) {
		String text = item.getText();
		int details = text.indexOf("  ");
		return details < 0 ? text : text.substring(0, details);
	}
}
