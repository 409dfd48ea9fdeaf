package org.flotilla.console.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.parts.LoadPart;
import org.flotilla.console.ui.internal.parts.NodeStatusPart;
import org.flotilla.console.ui.internal.parts.PoolExplorerPart;
import org.flotilla.console.ui.internal.parts.PropertiesPart;
import org.flotilla.console.ui.internal.tasks.DrainNodeHandler;
import org.flotilla.console.ui.internal.tasks.JobsPart;
import org.flotilla.console.ui.internal.tasks.SubmitTasksWizard;
import org.flotilla.console.ui.internal.tasks.TaskColumns;
import org.flotilla.console.ui.internal.tasks.TaskDraft.Field;
import org.flotilla.console.ui.internal.tasks.TasksPart;
import org.flotilla.model.Job;
import org.flotilla.model.JobKind;
import org.flotilla.model.JobState;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.Task;
import org.flotilla.model.TaskState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tasks and jobs in a real window: the Tasks and Jobs parts, the Submit Tasks wizard typed into with real
 * keys, the Drain command from a node's context menu, and, with the demo pool's real agents, tasks that run.
 *
 * <p>The tests marked "needs the control service" need {@code ControlService} (console core) and an agent that
 * runs tasks; the others need only the console UI. As in {@link ConsoleUiTest}, the window is shared and
 * every test starts from a fresh sample pool.
 */
class TasksUiTest {

	private static final int DEMO_AGENTS = 3;

	private static ConsoleUnderTest console;
	private static PoolSession session;
	private static TaskUi ui;
	private static DemoAgents demo;

	@BeforeAll
	static void start() throws Exception {
		console = new ConsoleUnderTest();
		session = console.get(PoolSession.class);
		ui = new TaskUi(console);
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

	@BeforeEach
	void startFromAFreshSamplePool() {
		console.startFromAFreshSamplePool("TasksUiTest", session);
		console.showPart(ConsoleIds.PART_TASKS);
		TasksPart tasks = console.part(ConsoleIds.PART_TASKS, TasksPart.class);
		console.run(() -> {
			tasks.getFilter().setText("");
			tasks.sortBy("Task", false);
			console.mainShell().forceActive();
		});
		console.waitUntil("the fresh sample pool is shown", () -> "Sample pool".equals(session.getPool().getName()));
	}

	@AfterEach
	void noErrorLoggedAndNoAgentLeft() throws Exception {
		PoolExplorerPart explorer = console.part(ConsoleIds.PART_EXPLORER, PoolExplorerPart.class);
		if (console.sync(() -> explorer.getViewer().getTree().getMenu().isVisible())) {
			console.key("Escape"); // a context menu a failed test left open would take the next test's clicks
		}
		console.closeDialogs();
		List<org.eclipse.core.runtime.IStatus> errors = console.drainLoggedErrors();
		if (demo != null) {
			console.run(session::newPool);
			demo.close();
			demo = null;
		}
		assertTrue(errors.isEmpty(), "the console logged errors during the test: " + errors);
	}

	private static TaskControl control() {
		return console.get(TaskControl.class);
	}

	private static TasksPart tasksPart() {
		console.showPart(ConsoleIds.PART_TASKS);
		return console.part(ConsoleIds.PART_TASKS, TasksPart.class);
	}

	// Console UI only

	@Test
	void theTasksAndJobsPartsComeFromTheFragmentWithTheirColumns() {
		TasksPart tasks = tasksPart();
		assertNotNull(tasks, "the Tasks part (fragment.e4xmi) is in the window");
		Table table = console.sync(() -> tasks.getViewer().getTable());
		List<String> titles = console.sync(() -> java.util.Arrays.stream(table.getColumns()).map(c -> c.getText()).toList());
		assertEquals(TaskColumns.ALL.stream().map(TaskColumns.Column::title).toList(), titles);
		assertEquals(List.of("Task", "State", "Node", "Kind", "Declared demand", "Placement demand", "CPU", "Memory", "Restarts",
				"Last exit", "Epoch"), titles);
		int poolTasks = console.sync(() -> session.getPool().getTasks().size());
		assertTrue(poolTasks >= 5, "the sample pool has tasks");
		console.waitUntil("a row per task", () -> table.getItemCount() == poolTasks);

		console.showPart(ConsoleIds.PART_JOBS);
		JobsPart jobs = console.part(ConsoleIds.PART_JOBS, JobsPart.class);
		List<String> jobTitles = console.sync(
				() -> java.util.Arrays.stream(jobs.getViewer().getTable().getColumns()).map(c -> c.getText()).toList());
		assertEquals(List.of("Job", "Kind", "Task", "Node \u2192 target", "State", "Progress", "Message", "Started", "Duration"), jobTitles);
		assertNotNull(console.sync(() -> Widgets.findToolItem(console.mainShell(), "Submit Tasks")), "the main tool bar's Submit Tasks");
		assertTrue(console.sync(() -> java.util.Arrays.stream(console.mainShell().getMenuBar().getItems())
				.anyMatch(item -> item.getText().replace("&", "").equals("Tasks"))), "a Tasks menu");
	}

	@Test
	void theJobsPartShowsEveryJobNewestFirstWithItsProgress() {
		console.showPart(ConsoleIds.PART_JOBS);
		JobsPart jobs = console.part(ConsoleIds.PART_JOBS, JobsPart.class);
		Job drain = console.sync(() -> {
			Pool pool = session.getPool();
			Job job = PoolFactory.eINSTANCE.createJob();
			job.setName("Drain tky-web-04");
			job.setKind(JobKind.DRAIN);
			job.setState(JobState.RUNNING);
			job.setTotalWork(4);
			job.setWorked(1);
			job.setStarted(new java.util.Date());
			job.setNode(pool.getAllNodes().get(0));
			pool.getJobs().add(job); // as the control service adds its jobs
			return job;
		});
		Table table = console.sync(() -> jobs.getViewer().getTable());
		// The control service may add jobs of its own meanwhile (the sample pool has an unreachable node): the new
		// job is listed before every job that was in the pool before it.
		List<Job> older = console.sync(() -> session.getPool().getJobs().stream().filter(j -> j != drain).limit(2).toList());
		assertFalse(older.isEmpty(), "the sample pool has jobs");
		console.waitUntil("the new job is listed before the older ones",
				() -> rowOf(table, drain) >= 0 && older.stream().allMatch(j -> rowOf(table, j) > rowOf(table, drain)));
		int progress = console.sync(() -> Widgets.columnIndex(table, "Progress"));
		assertEquals("1 / 4", console.sync(() -> table.getItem(rowOf(table, drain)).getText(progress)));
		console.run(() -> drain.setWorked(3));
		console.waitUntil("the progress follows the model", () -> table.getItem(rowOf(table, drain)).getText(progress).equals("3 / 4"));
		console.run(() -> {
			drain.setState(JobState.FAILED);
			drain.setMessage("node-9 refused: stale epoch 3");
		});
		console.waitUntil("the agent's reason is shown", () -> table.getItem(rowOf(table, drain))
				.getText(Widgets.columnIndex(table, "Message")).equals("node-9 refused: stale epoch 3"));
		assertFalse(console.sync(() -> jobs.getCancelItem().isEnabled()), "only a queued job can be cancelled");
	}

	private static int rowOf(Table table, Object element) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getData() == element) {
				return i;
			}
		}
		return -1;
	}

	@Test
	void theFilterNarrowsTheTasksAndARowSelectsItsTaskEverywhere() throws Exception {
		TasksPart tasks = tasksPart();
		Table table = console.sync(() -> tasks.getViewer().getTable());
		int all = console.sync(() -> session.getPool().getTasks().size());
		console.waitUntil("every task is listed", () -> table.getItemCount() == all);
		List<String> billing = console.sync(() -> session.getPool().getTasks().stream().map(Task::getName)
				.filter(n -> n.contains("billing")).sorted().toList());
		assertTrue(billing.size() >= 2, "the sample has billing tasks: " + billing);
		ui.focus(console.sync(tasks::getFilter));
		console.type("billing");
		console.waitUntil("only the billing tasks are listed", () -> table.getItemCount() == billing.size());
		assertEquals(billing, console.sync(() -> java.util.Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList()),
				"sorted by name");
		console.run(() -> tasks.sortBy("Task"));
		console.waitUntil("a second click on Task sorts descending", () -> table.getItem(0).getText(0).equals(billing.get(billing.size() - 1)));

		// The task's usage, as the live updates put it in the model, for the Load part.
		Task picked = console.sync(() -> tasks.getRows().get(0));
		console.run(() -> {
			org.flotilla.model.MetricWindow window = PoolFactory.eINSTANCE.createMetricWindow();
			long now = System.currentTimeMillis();
			for (int i = 0; i < 20; i++) {
				org.flotilla.model.MetricSample sample = PoolFactory.eINSTANCE.createMetricSample();
				sample.setTime(now - (20 - i) * 1000L);
				sample.setCpu(0.1 + i / 100.0);
				window.add(sample);
			}
			picked.setObservedUsage(window);
		});
		console.showPart(ConsoleIds.PART_LOAD);
		LoadPart load = console.part(ConsoleIds.PART_LOAD, LoadPart.class);
		console.showPart(ConsoleIds.PART_TASKS);
		console.click(table, console.sync(() -> table.getItem(0).getBounds(0)));
		PropertiesPart properties = console.part(ConsoleIds.PART_PROPERTIES, PropertiesPart.class);
		console.waitUntil("the clicked task is selected everywhere", () -> properties.getObject() == picked);
		console.waitUntil("the Load part charts the task's own usage", () -> load.getTask() == picked && load.nodeSeries().length == 20);
		assertEquals(0.1, console.sync(load::nodeSeries)[0], 1e-9, "the task's CPU in cores, as its agent reported it");
	}

	@Test
	void anInvalidValueIsShownAtItsFieldAndBlocksNext() throws Exception {
		int tasksBefore = console.sync(() -> session.getPool().getTasks().size());
		Shell shell = openWizard();
		SubmitTasksWizard wizard = ui.wizard(shell);
		ui.type(shell, Field.NAME, "web");
		ui.type(shell, Field.COMMAND, "/bin/sleep");
		ui.type(shell, Field.REPLICAS, "0");
		console.waitUntil("the replicas field is marked", () -> wizard.problemOf(Field.REPLICAS)
				.equals("Replicas: a whole number from 1 to 1000 (is '0')"));
		assertEquals("Replicas: a whole number from 1 to 1000 (is '0')",
				console.sync(() -> ((WizardDialog) shell.getData()).getCurrentPage().getErrorMessage()), "the page names the field");
		assertFalse(ui.enabled(shell, "Next >"), "Next is blocked");
		assertFalse(ui.enabled(shell, "Finish"), "Finish is blocked");
		console.screenshotScreen("console-submit-invalid");
		ui.type(shell, Field.REPLICAS, "3");
		console.waitUntil("the mark is gone", () -> wizard.problemOf(Field.REPLICAS).isEmpty());
		ui.click(shell, "Next >");

		ui.type(shell, Field.MEMORY, "lots");
		console.waitUntil("the memory field is marked", () -> wizard.problemOf(Field.MEMORY)
				.equals("Memory (MiB): a whole number from 0 to 2147483647 (is 'lots')"));
		assertFalse(ui.enabled(shell, "Next >"));
		ui.type(shell, Field.MEMORY, "64");
		console.waitUntil("Next is enabled again", () -> TaskUi.button(shell, "Next >").isEnabled());
		ui.click(shell, "Cancel");
		console.waitUntil("the wizard is closed", () -> Widgets.dialog(SubmitTasksWizard.TITLE) == null);
		assertEquals(tasksBefore, console.sync(() -> session.getPool().getTasks().size()), "nothing submitted");
	}

	/** 100,000 tasks on 1,000 nodes: the virtual table lists them all, refreshes within a batch and filters. */
	@Test
	void aHundredThousandTasksStayUsable() throws Exception {
		TasksPart tasks = tasksPart();
		Pool big = console.sync(() -> {
			Pool pool = PoolFactory.eINSTANCE.createPool();
			pool.setName("Big pool");
			org.flotilla.model.Group group = PoolFactory.eINSTANCE.createGroup();
			group.setName("Hall");
			pool.getGroups().add(group);
			List<Node> nodes = new ArrayList<>();
			for (int n = 0; n < 1000; n++) {
				Node node = PoolFactory.eINSTANCE.createNode();
				node.setName(String.format("node-%04d", n));
				node.setState(NodeState.READY);
				group.getNodes().add(node);
				nodes.add(node);
			}
			for (int i = 0; i < 100_000; i++) {
				Task task = PoolFactory.eINSTANCE.createTask();
				task.setName(String.format("task-%06d", i));
				task.setState(i % 50 == 0 ? TaskState.FAILED : TaskState.RUNNING);
				task.setCpuDemand(0.5);
				task.setMemoryDemand(256);
				task.setNode(nodes.get(i % nodes.size()));
				pool.getTasks().add(task);
			}
			return pool;
		});
		Path file = Files.createTempFile("big", ".flotilla");
		console.run(() -> session.opened(big, file));
		Table table = console.sync(() -> tasks.getViewer().getTable());
		console.waitUntil("the table has a row per task", TaskUi.seconds(60), () -> table.getItemCount() == 100_000);
		long refreshMillis = console.sync(() -> {
			long start = System.nanoTime();
			tasks.refreshNow();
			return (System.nanoTime() - start) / 1_000_000;
		});
		System.out.println("TasksUiTest: refreshing 100,000 tasks took " + refreshMillis + " ms");
		assertTrue(refreshMillis < 3000, "a refresh of 100,000 tasks took " + refreshMillis + " ms");
		console.run(() -> table.setTopIndex(99_990));
		assertEquals("task-099999", console.sync(() -> table.getItem(99_999).getText(0)), "the last row, asked for when shown");
		ui.focus(console.sync(tasks::getFilter));
		console.type("task-0999");
		console.waitUntil("the filter keeps task-099900 to task-099999", TaskUi.seconds(30), () -> table.getItemCount() == 100);
		console.run(() -> tasks.getFilter().setText(""));
		console.run(session::newSamplePool);
		Files.deleteIfExists(file);
	}

	@Test
	void nodeStatusExportsItsRowsAsCsv(@TempDir Path folder) throws Exception {
		console.showPart(ConsoleIds.PART_NODE_STATUS);
		NodeStatusPart status = console.part(ConsoleIds.PART_NODE_STATUS, NodeStatusPart.class);
		int nodes = console.sync(() -> session.getPool().getAllNodes().size());
		console.waitUntil("every node is listed", () -> status.getViewer().getTable().getItemCount() == nodes);
		Path file = folder.resolve("status.csv");
		org.eclipse.core.runtime.jobs.Job job = console.sync(() -> status.exportTo(file));
		job.join();
		List<String> lines = Files.readAllLines(file);
		assertEquals(nodes + 1, lines.size(), "a header and a line per node");
		assertTrue(lines.get(0).startsWith("Node,State,CPU,Memory,Uptime"), lines.get(0));
		List<String> names = console.sync(() -> session.getPool().getAllNodes().stream().map(Node::getName).sorted().toList());
		assertTrue(lines.get(1).startsWith(names.get(0) + ","), "sorted as shown, by name: " + lines.get(1));

		TasksPart tasks = tasksPart();
		Path taskFile = folder.resolve("tasks.csv");
		console.sync(() -> tasks.exportTo(taskFile)).join();
		assertEquals(console.sync(() -> session.getPool().getTasks().size()) + 1, Files.readAllLines(taskFile).size());
	}

	@Test
	void theExplorersNodeMenuOffersDrainAndReady() throws Exception {
		PoolExplorerPart explorer = console.part(ConsoleIds.PART_EXPLORER, PoolExplorerPart.class);
		Node node = console.sync(() -> session.getPool().getAllNodes().stream().filter(n -> n.getName().equals("tky-web-04"))
				.findFirst().orElseThrow());
		Map<String, Boolean> items = contextMenuOf(explorer, node);
		console.key("Escape"); // an open menu would take the next test's clicks
		console.waitUntil("the menu is closed", () -> !explorer.getViewer().getTree().getMenu().isVisible());
		assertEquals(List.of("Drain\u2026", "Ready", "Apply Profile\u2026", "Make It So", "Accept as Desired"), List.copyOf(items.keySet()));
		assertEquals(control() != null && control().mayControl(), items.get("Drain\u2026"), "Drain as the role allows");
		assertFalse(items.get("Ready"), "a ready node is not made ready");
		// Provisioning runs in a pool service (ProvisioningUiTest): this console has none.
		assertFalse(items.get("Apply Profile\u2026") || items.get("Make It So") || items.get("Accept as Desired"), items.toString());
	}

	// Needs the control service (core) and agents that run tasks.

	@Test
	void submittedTasksRunOnTheDemoAgentsAndShowInTheTasksAndJobsParts() throws Exception {
		List<Node> nodes = openDemoPool();
		Shell shell = openWizardFromTheToolBar();
		SubmitTasksWizard wizard = ui.wizard(shell);
		ui.type(shell, Field.NAME, "sleeper");
		ui.type(shell, Field.REPLICAS, "3");
		ui.type(shell, Field.COMMAND, "/bin/sleep");
		ui.type(shell, Field.ARGUMENTS, "600");
		ui.click(shell, "Next >");
		ui.type(shell, Field.CPU, "0.1");
		ui.type(shell, Field.MEMORY, "16");
		ui.click(shell, "Next >");
		ui.click(shell, "Next >");
		console.waitUntil("the engine previewed the three replicas", TaskUi.seconds(30),
				() -> wizard.getPreviewPage().getPreview() != null && wizard.getPreviewPage().getPreview().tasks().size() == 3);
		TaskControl.Preview preview = console.sync(() -> wizard.getPreviewPage().getPreview());
		assertTrue(preview.tasks().stream().allMatch(TaskControl.TaskPreview::placed), "each fits: " + preview);
		assertEquals(3, preview.tasks().stream().map(TaskControl.TaskPreview::nodeName).distinct().count(), "spread: " + preview);
		copyToDocs(console.screenshotScreen("console-submit-tasks"));
		ui.click(shell, "Finish");
		console.waitUntil("the wizard is closed", () -> Widgets.dialog(SubmitTasksWizard.TITLE) == null);

		List<Task> submitted = console.sync(() -> session.getPool().getTasks().stream().filter(t -> t.getName().startsWith("sleeper-"))
				.toList());
		assertEquals(3, submitted.size());
		console.waitUntil("the agents report the three replicas running", TaskUi.seconds(60),
				() -> submitted.stream().allMatch(t -> t.getState() == TaskState.RUNNING && t.getPid() > 0));
		TasksPart tasks = tasksPart();
		Table table = console.sync(() -> tasks.getViewer().getTable());
		console.waitUntil("the Tasks part shows them running", () -> java.util.Arrays.stream(table.getItems())
				.filter(i -> i.getText(0).startsWith("sleeper-")).filter(i -> i.getText(1).equals("running")).count() == 3);
		maximized(ConsoleIds.PART_TASKS, true);
		try {
			copyToDocs(console.screenshot("console-tasks"));
		} finally {
			maximized(ConsoleIds.PART_TASKS, false);
		}

		console.showPart(ConsoleIds.PART_JOBS);
		JobsPart jobs = console.part(ConsoleIds.PART_JOBS, JobsPart.class);
		Table jobTable = console.sync(() -> jobs.getViewer().getTable());
		console.waitUntil("three start jobs succeeded", () -> java.util.Arrays.stream(jobTable.getItems())
				.filter(i -> i.getText(Widgets.columnIndex(jobTable, "Kind")).equals("start"))
				.filter(i -> i.getText(Widgets.columnIndex(jobTable, "State")).equals("succeeded")).count() == 3);
		assertTrue(nodes.size() == DEMO_AGENTS);
		maximized(ConsoleIds.PART_JOBS, true);
		try {
			copyToDocs(console.screenshot("console-jobs"));
		} finally {
			maximized(ConsoleIds.PART_JOBS, false);
		}
	}

	@Test
	void drainingANodeFromTheExplorerMovesItsTasksWithProgressInTheJobsPart() throws Exception {
		List<Node> nodes = openDemoPool();
		// Two replicas (not spread), pinned nowhere: the engine puts them where it likes.
		List<Task> tasks = console.sync(() -> {
			List<Task> made = new ArrayList<>();
			for (int i = 1; i <= 2; i++) {
				Task task = PoolFactory.eINSTANCE.createTask();
				task.setName("drained-" + i);
				task.setCommand("/bin/sleep");
				task.getArguments().add("600");
				task.setCpuDemand(0.1);
				task.setMemoryDemand(16);
				made.add(task);
			}
			control().submit(made);
			return made;
		});
		console.waitUntil("both run", TaskUi.seconds(60), () -> tasks.stream().allMatch(t -> t.getState() == TaskState.RUNNING));
		Node drained = console.sync(() -> tasks.get(0).getNode());
		List<Task> moving = console.sync(() -> List.copyOf(drained.getTasks()));

		PoolExplorerPart explorer = console.part(ConsoleIds.PART_EXPLORER, PoolExplorerPart.class);
		Map<String, Boolean> items = contextMenuOf(explorer, drained);
		assertTrue(items.get("Drain\u2026"), "Drain is offered for a ready node");
		console.key("Down", "Return"); // the first item: Drain…
		console.waitUntil("Drain asks first", () -> Widgets.dialog(DrainNodeHandler.TITLE) != null);
		Shell confirm = console.sync(() -> Widgets.dialog(DrainNodeHandler.TITLE));
		String question = console.sync(() -> Widgets.labelTexts(confirm));
		assertTrue(question.contains(moving.size() == 1 ? "Its 1 task moves" : "Its " + moving.size() + " tasks move"),
				"the question says how many tasks move: " + question);
		ui.click(confirm, DrainNodeHandler.DRAIN);

		console.waitUntil(drained.getName() + " is in maintenance", () -> drained.getState() == NodeState.MAINTENANCE);
		console.showPart(ConsoleIds.PART_JOBS);
		JobsPart jobs = console.part(ConsoleIds.PART_JOBS, JobsPart.class);
		Table jobTable = console.sync(() -> jobs.getViewer().getTable());
		console.waitUntil("the drain job is listed", () -> java.util.Arrays.stream(jobTable.getItems())
				.anyMatch(i -> i.getText(Widgets.columnIndex(jobTable, "Kind")).equals("drain")));
		console.waitUntil("its tasks run elsewhere", TaskUi.seconds(90), () -> moving.stream()
				.allMatch(t -> t.getState() == TaskState.RUNNING && t.getNode() != null && t.getNode() != drained));
		console.waitUntil("the drain job succeeded with all its work done", TaskUi.seconds(30), () -> java.util.Arrays
				.stream(jobTable.getItems()).filter(i -> i.getText(Widgets.columnIndex(jobTable, "Kind")).equals("drain"))
				.anyMatch(i -> i.getText(Widgets.columnIndex(jobTable, "State")).equals("succeeded")
						&& i.getText(Widgets.columnIndex(jobTable, "Progress")).equals(moving.size() + " / " + moving.size())));
		console.screenshot("console-drain-jobs");
		assertEquals(DEMO_AGENTS, nodes.size());
	}

	@Test
	void moveToListsFeasibleNodesFirstAndMovesTheTask() throws Exception {
		openDemoPool();
		Task task = console.sync(() -> {
			Task made = PoolFactory.eINSTANCE.createTask();
			made.setName("mover");
			// A line of output for Show Log, naming the copy's epoch (the agent sets FLOTILLA_TASK_EPOCH).
			made.setCommand("/bin/sh");
			made.getArguments().addAll(List.of("-c", "echo \"mover says hello at epoch $FLOTILLA_TASK_EPOCH\"; exec sleep 600"));
			made.setCpuDemand(0.1);
			made.setMemoryDemand(16);
			control().submit(List.of(made));
			return made;
		});
		console.waitUntil("it runs", TaskUi.seconds(60), () -> task.getState() == TaskState.RUNNING);
		Node from = console.sync(task::getNode);
		console.run(() -> console.application().getContext().set(ConsoleIds.SELECTION, task));
		TasksPart tasks = tasksPart();
		ToolItem move = console.sync(() -> Widgets.findToolItem(tasks.getToolBar().getParent(), "Move to\u2026"));
		console.waitUntil("Move to… is enabled for the running task", move::isEnabled);
		console.click(console.sync(move::getParent), console.sync(move::getBounds));
		console.waitUntil("the Move dialog opens", () -> Widgets.dialog(org.flotilla.console.ui.internal.tasks.MoveTaskDialog.TITLE) != null);
		Shell dialog = console.sync(() -> Widgets.dialog(org.flotilla.console.ui.internal.tasks.MoveTaskDialog.TITLE));
		Table options = console.sync(() -> (Table) findTable(dialog));
		List<String> fits = console.sync(() -> java.util.Arrays.stream(options.getItems()).map(i -> i.getText(1)).toList());
		assertTrue(fits.indexOf("no") < 0 || fits.lastIndexOf("yes") < fits.indexOf("no"), "feasible first: " + fits);
		console.click(options, console.sync(() -> options.getItem(0).getBounds(0)));
		String target = console.sync(() -> options.getItem(0).getText(0));
		ui.click(dialog, "Move");
		console.waitUntil("it runs on " + target, TaskUi.seconds(60),
				() -> task.getNode() != null && task.getNode().getName().equals(target) && task.getState() == TaskState.RUNNING);
		assertTrue(from != console.sync(task::getNode));

		// Stop, then Start, with the Tasks part's buttons: what the model says is what the agent reports.
		long movedPid = console.sync(task::getPid);
		long movedEpoch = console.sync(task::getEpoch);
		clickToolItem(tasks, "Stop");
		console.waitUntil("the agent reports it stopped", TaskUi.seconds(30),
				() -> task.getState() == TaskState.STOPPED && !task.isDesiredRunning());
		Table table = console.sync(() -> tasks.getViewer().getTable());
		console.waitUntil("the Tasks part shows it stopped", () -> java.util.Arrays.stream(table.getItems())
				.anyMatch(i -> i.getText(0).equals("mover") && i.getText(Widgets.columnIndex(table, "State")).startsWith("stopped")));
		clickToolItem(tasks, "Start");
		console.waitUntil("the agent reports it running again, a new process", TaskUi.seconds(60),
				() -> task.getState() == TaskState.RUNNING && task.getPid() > 0 && task.getPid() != movedPid);
		assertTrue(console.sync(task::getEpoch) > movedEpoch, "started again at a new epoch");
		long epoch = console.sync(task::getEpoch);

		// Show Log: the dialog shows the task's real output, from the agent it runs on.
		clickToolItem(tasks, "Show Log");
		String title = org.flotilla.console.ui.internal.tasks.TaskLogDialog.title(task);
		console.waitUntil("the log dialog opens", () -> Widgets.dialog(title) != null);
		Shell logShell = console.sync(() -> Widgets.dialog(title));
		org.eclipse.swt.widgets.Text logText = console.sync(() -> findText(logShell));
		assertNotNull(logText, "the dialog has the log's text");
		console.waitUntil("the dialog shows the output of the copy that runs now", TaskUi.seconds(30),
				() -> logText.getText().contains("mover says hello at epoch " + epoch));
		String status = console.sync(() -> Widgets.labelTexts(logShell));
		assertTrue(status.contains("The last lines of mover on " + target), status);
		console.screenshotScreen("console-task-log");
		ui.click(logShell, "Close");
		console.waitUntil("the log dialog is closed", () -> Widgets.dialog(title) == null);
	}

	@Test
	void aQueuedJobIsCancelledFromTheJobsPartAndItsStartIsNeverSent() throws Exception {
		List<Node> nodes = openDemoPool();
		Node node = nodes.get(0);
		console.run(() -> session.getPool().setRestartGraceSeconds(600)); // this test is not about restarting elsewhere
		// An agent that does not answer (stopped with SIGSTOP: its connection stays open) holds the console's 64
		// requests in flight at most: of 70 starts pinned to its node, at least 6 wait, queued, for as long as it is stopped.
		List<Task> tasks = new ArrayList<>();
		demo.pause(0);
		try {
			List<Job> starts = console.sync(() -> {
				for (int i = 1; i <= 70; i++) {
					Task task = PoolFactory.eINSTANCE.createTask();
					task.setName(String.format("queued-%02d", i));
					task.setCommand("/bin/sleep");
					task.getArguments().add("600");
					task.setCpuDemand(0.001);
					task.setMemoryDemand(1);
					task.setNode(node);
					task.setPinned(true);
					tasks.add(task);
				}
				return control().submit(tasks);
			});
			// Placed (on their pin), each start's run-task is sent (running) or waits for a free place (queued).
			console.waitUntil("some start jobs are queued behind the requests in flight", TaskUi.seconds(10),
					() -> tasks.stream().allMatch(t -> t.getState() == TaskState.PLACED && t.getNode() == node)
							&& starts.stream().filter(j -> j.getState() == JobState.QUEUED).count() >= 6);
			Job queued = console.sync(() -> starts.stream().filter(j -> j.getState() == JobState.QUEUED)
					.reduce((first, last) -> last).orElseThrow());
			// The newest of each (the Jobs part lists newest first): rows at the top, no scrolling.
			Job running = console.sync(() -> starts.stream().filter(j -> j.getState() == JobState.RUNNING)
					.reduce((first, last) -> last).orElseThrow());

			console.showPart(ConsoleIds.PART_JOBS);
			JobsPart jobs = console.part(ConsoleIds.PART_JOBS, JobsPart.class);
			Table table = console.sync(() -> jobs.getViewer().getTable());
			ToolItem cancel = console.sync(jobs::getCancelItem);
			// A job under way cannot be cancelled: Cancel stays disabled for it.
			clickRow(table, running);
			console.waitUntil("the running job is selected", () -> jobs.getViewer().getStructuredSelection().getFirstElement() == running);
			assertFalse(console.sync(cancel::isEnabled), "a job under way cannot be cancelled");
			clickRow(table, queued);
			console.waitUntil("Cancel is enabled for the queued job", cancel::isEnabled);
			console.click(console.sync(cancel::getParent), console.sync(cancel::getBounds));
			console.waitUntil("the job is cancelled", () -> queued.getState() == JobState.CANCELLED);
			console.waitUntil("the Jobs part says so", () -> rowOf(table, queued) >= 0 && table.getItem(rowOf(table, queued))
					.getText(Widgets.columnIndex(table, "State")).equals("cancelled"));
			Task cancelled = console.sync(queued::getTask);
			assertEquals(TaskState.STOPPED, console.sync(cancelled::getState));
			assertFalse(console.sync(cancelled::isDesiredRunning));
			assertFalse(console.sync(cancel::isEnabled), "nothing left to cancel in that row");

			demo.resume(0);
			console.waitUntil("every other task runs", TaskUi.seconds(60), () -> tasks.stream().filter(t -> t != cancelled)
					.allMatch(t -> t.getState() == TaskState.RUNNING));
			assertEquals(TaskState.STOPPED, console.sync(cancelled::getState), "the cancelled start was never sent");
			assertEquals(0L, (long) console.sync(cancelled::getPid));
			assertTrue(console.sync(() -> control().unmanagedTasks(node.getName()).isEmpty()));
		} finally {
			demo.resume(0);
		}
	}

	/** Clicks the row of {@code element} (scrolled into view first). */
	private static void clickRow(Table table, Object element) {
		console.waitUntil("the row is listed", () -> rowOf(table, element) >= 0);
		org.eclipse.swt.graphics.Rectangle bounds = console.sync(() -> {
			table.showItem(table.getItem(rowOf(table, element)));
			return table.getItem(rowOf(table, element)).getBounds(0);
		});
		console.click(table, bounds);
	}

	/** Clicks a tool item of the Tasks part once it is enabled. */
	private static void clickToolItem(TasksPart tasks, String text) {
		ToolItem item = console.sync(() -> Widgets.findToolItem(tasks.getToolBar().getParent(), text));
		assertNotNull(item, "the Tasks part has " + text);
		console.waitUntil(text + " is enabled", item::isEnabled);
		console.click(console.sync(item::getParent), console.sync(item::getBounds));
	}

	private static org.eclipse.swt.widgets.Text findText(org.eclipse.swt.widgets.Composite parent) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Text text && (text.getStyle() & org.eclipse.swt.SWT.MULTI) != 0) {
				return text;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				org.eclipse.swt.widgets.Text found = findText(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	// Helpers

	/** Maximizes the stack of a part (as a double click on its tab does), or restores it. */
	private static void maximized(String partId, boolean on) {
		console.run(() -> {
			org.eclipse.e4.ui.workbench.modeling.EModelService models = console.application().getContext()
					.get(org.eclipse.e4.ui.workbench.modeling.EModelService.class);
			org.eclipse.e4.ui.model.application.ui.MUIElement stack = ((org.eclipse.e4.ui.model.application.ui.basic.MPart) models
					.find(partId, console.application())).getParent();
			if (on) {
				stack.getTags().add(org.eclipse.e4.ui.workbench.IPresentationEngine.MAXIMIZED);
			} else {
				stack.getTags().remove(org.eclipse.e4.ui.workbench.IPresentationEngine.MAXIMIZED);
			}
		});
		console.flush();
	}

	/** Right-clicks {@code node}'s row in the explorer and returns its context menu's items (label → enabled). */
	private static Map<String, Boolean> contextMenuOf(PoolExplorerPart explorer, Node node) {
		Tree tree = console.sync(() -> explorer.getViewer().getTree());
		TreeItem item = console.sync(() -> {
			explorer.getViewer().reveal(node);
			return TaskUi.treeItem(tree, node.getName());
		});
		assertNotNull(item, "the explorer shows " + node.getName());
		console.run(() -> console.mainShell().forceActive());
		// GTK may scroll the revealed row a moment later (the tree is long): click where it stays, not where it was.
		org.eclipse.swt.graphics.Rectangle[] last = { null };
		console.waitUntil("the row of " + node.getName() + " stays in place", () -> {
			org.eclipse.swt.graphics.Rectangle now = item.getBounds();
			boolean still = now.equals(last[0]) && now.y >= 0 && now.y + now.height <= tree.getClientArea().height;
			last[0] = now;
			return still;
		});
		console.rightClick(tree, last[0]);
		console.waitUntil("the context menu is open", () -> tree.getMenu() != null && tree.getMenu().isVisible());
		console.waitUntil("the right-clicked node is the console's selection",
				() -> console.application().getContext().get(ConsoleIds.SELECTION) == node);
		Menu menu = console.sync(tree::getMenu);
		return console.sync(() -> {
			Map<String, Boolean> items = new java.util.LinkedHashMap<>();
			for (MenuItem menuItem : menu.getItems()) {
				if (!menuItem.getText().isEmpty()) {
					items.put(menuItem.getText(), menuItem.isEnabled());
				}
			}
			return items;
		});
	}

	private static org.eclipse.swt.widgets.Control findTable(org.eclipse.swt.widgets.Composite parent) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof Table) {
				return child;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				org.eclipse.swt.widgets.Control found = findTable(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The wizard on the sample pool, opened as its handler opens it (also without a control service). */
	private static Shell openWizard() {
		TaskControl control = control();
		console.run(() -> console.display().asyncExec(() -> {
			WizardDialog dialog = new WizardDialog(console.mainShell(), new SubmitTasksWizard(control, session.getPool()));
			dialog.setPageSize(720, 430);
			dialog.open();
		}));
		return ui.wizardShell();
	}

	/** The wizard opened with a real click on the main tool bar's Submit Tasks. */
	private static Shell openWizardFromTheToolBar() {
		ToolItem submit = console.sync(() -> Widgets.findToolItem(console.mainShell(), "Submit Tasks"));
		console.waitUntil("Submit Tasks is enabled (a control service, an administrator)", submit::isEnabled);
		console.click(console.sync(submit::getParent), console.sync(submit::getBounds));
		return ui.wizardShell();
	}

	private static List<Node> openDemoPool() throws Exception {
		assertNotNull(control(), "this test needs the control service (org.flotilla.console.core.tasks.ControlService)");
		Path workspace = Path.of(org.eclipse.core.runtime.Platform.getInstanceLocation().getURL().toURI());
		demo = DemoAgents.start(workspace, DEMO_AGENTS);
		org.eclipse.e4.ui.di.UISynchronize sync = console.get(org.eclipse.e4.ui.di.UISynchronize.class);
		console.run(() -> org.flotilla.console.ui.internal.PoolJobs.open(session, demo.poolFile(), sync, console.mainShell()));
		console.waitUntil("the demo pool is open", () -> "Demo pool (local agents)".equals(session.getPool().getName()));
		List<Node> nodes = console.sync(() -> List.copyOf(session.getPool().getAllNodes()));
		console.waitUntil("every demo node is ready", TaskUi.seconds(90),
				() -> nodes.stream().allMatch(n -> n.getState() == NodeState.READY && n.getLastHeartbeat() > 0));
		return nodes;
	}

	/**
	 * Keeps a screenshot for the README when the build asks for it ({@code -Dflotilla.docs=DIR}): the run that
	 * makes the pictures is a person's decision, not every build's.
	 */
	private static void copyToDocs(Path screenshot) throws Exception {
		String docs = System.getProperty("flotilla.docs");
		if (docs != null && !docs.isBlank()) {
			Files.copy(screenshot, Path.of(docs).resolve(screenshot.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
	}

	static String names(List<Task> tasks) {
		return tasks.stream().map(Task::getName).collect(Collectors.joining(", "));
	}
}
