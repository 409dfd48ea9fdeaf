package org.flotilla.console.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.planning.PlanEdits;
import org.flotilla.console.core.planning.PlanningBoard;
import org.flotilla.console.core.planning.Rebalancing;
import org.flotilla.model.Group;
import org.flotilla.model.GroupKind;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Plan;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.Task;
import org.flotilla.model.TaskKind;
import org.flotilla.model.TaskState;
import org.flotilla.scheduler.ConstraintKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planning board's verdicts (the engine's what-if over the plan), its plan edits as undoable commands, and
 * moves that went stale because the pool changed since they were planned.
 */
class PlanningBoardTest {

	private static final PoolFactory F = PoolFactory.eINSTANCE;

	private final PoolSession session = new PoolSession(null);
	private final Pool pool = session.getPool();
	private final Group rack;

	PlanningBoardTest() {
		Group site = F.createGroup();
		site.setName("tokyo");
		site.setKind(GroupKind.SITE);
		rack = F.createGroup();
		rack.setName("rack-1");
		rack.setKind(GroupKind.RACK);
		site.getGroups().add(rack);
		pool.getGroups().add(site);
	}

	private Node node(String name, double cpu, long memoryMib, String... labels) {
		Node node = F.createNode();
		node.setName(name);
		node.setState(NodeState.READY);
		node.setCpuCapacity(cpu);
		node.setMemoryCapacity(memoryMib);
		node.setDiskCapacity(100);
		node.setNetworkCapacity(1000);
		node.getLabels().addAll(List.of(labels));
		rack.getNodes().add(node);
		return node;
	}

	private Task running(String name, double cpu, long memoryMib, Node on, String... labels) {
		Task task = F.createTask();
		task.setName(name);
		task.setKind(TaskKind.SERVICE);
		task.setCommand("/bin/sleep");
		task.setCpuDemand(cpu);
		task.setMemoryDemand(memoryMib);
		task.getRequiredLabels().addAll(List.of(labels));
		task.setNode(on);
		task.setState(TaskState.RUNNING);
		task.setEpoch(3);
		pool.getTasks().add(task);
		return task;
	}

	private void plan(Task task, Node target) {
		Command command = PlanEdits.addMoves(session.getEditingDomain(), pool, List.of(task), target);
		assertNotNull(command);
		session.getEditingDomain().getCommandStack().execute(command);
	}

	@Test
	void aMoveThatFitsSaysTheTargetsLoadAfterAndTheObjectivesChange() {
		Node a = node("a", 8, 16384, "ssd");
		Node b = node("b", 8, 16384, "ssd");
		Task web = running("web-1", 2, 4096, a, "ssd");
		running("db-1", 4, 8192, b);

		PlanningBoard.Verdict verdict = PlanningBoard.of(pool).verdict(List.of(web), b);

		assertTrue(verdict.fits(), verdict.text());
		assertEquals(6, verdict.loadAfter()[0], 1e-9, "b runs db-1 (4 cores) and web-1 (2)");
		assertEquals(12288, verdict.loadAfter()[1], 1e-9);
		assertTrue(verdict.text().contains("b after: CPU 6 of 8 cores (75 %), memory 12288 of 16384 MiB (75 %)"),
				verdict.text());
		// Consolidate: a no longer runs anything, so the pool pays for one node less.
		assertEquals(-1, verdict.objectiveDelta(), 1e-9);
		assertTrue(verdict.text().contains("objective -1.00"), verdict.text());
	}

	@Test
	void aDropIsAPlannedMoveTheLanesShowAsDoneAndUndoTakesItBack() {
		Node a = node("a", 8, 16384, "ssd");
		Node b = node("b", 8, 16384, "ssd");
		Task web = running("web-1", 2, 4096, a, "ssd");
		running("db-1", 4, 8192, b);

		plan(web, b);

		Plan plan = PlanEdits.currentPlan(pool);
		assertEquals(1, plan.getMoves().size());
		assertEquals(a, plan.getMoves().get(0).getFromNode());
		assertEquals(b, plan.getMoves().get(0).getToNode());
		assertEquals(3, plan.getMoves().get(0).getPlannedEpoch());
		assertEquals(a, web.getNode(), "planning moves nothing");
		PlanningBoard board = PlanningBoard.of(pool);
		assertEquals(List.of(), board.lane(a).tasks());
		assertEquals(List.of("db-1", "web-1"), board.lane(b).tasks().stream().map(Task::getName).sorted().toList());
		assertEquals(6, board.lane(b).plannedLoad()[0], 1e-9);
		assertTrue(board.lane(a).changedByPlan() && board.lane(b).changedByPlan());
		assertEquals("tokyo", board.lane(a).site());
		assertEquals("rack-1", board.lane(a).rack());
		assertEquals("web-1: a \u2192 b", board.moves().get(0).describe());
		PlanningBoard.Effect effect = board.effect();
		assertEquals(1, effect.moves());
		assertEquals(2, effect.nodesUsedBefore());
		assertEquals(1, effect.nodesUsedAfter());
		assertEquals(1, effect.costAfter(), 1e-9);
		assertEquals(0.75, effect.peakLoad(), 1e-9);
		assertEquals("b", effect.peakNode());
		assertEquals(0, effect.violations());
		assertTrue(effect.describe().contains("nodes used 2 \u2192 1"), effect.describe());

		session.getEditingDomain().getCommandStack().undo();
		assertEquals(List.of(), PlanEdits.currentPlan(pool) == null ? List.of() : PlanEdits.currentPlan(pool).getMoves());
		assertEquals(List.of(web), PlanningBoard.of(pool).lane(a).tasks());
		session.getEditingDomain().getCommandStack().redo();
		assertEquals(List.of(web), PlanningBoard.of(pool).lane(b).tasks().stream().filter(t -> t == web).toList());
	}

	@Test
	void aNodeLackingARequiredLabelIsRefusedWithTheEnginesReason() {
		Node a = node("a", 8, 16384, "ssd");
		Node plain = node("plain", 8, 16384);
		Task web = running("web-1", 2, 4096, a, "ssd");

		PlanningBoard.Verdict verdict = PlanningBoard.of(pool).verdict(List.of(web), plain);

		assertFalse(verdict.fits());
		assertEquals(ConstraintKind.LABEL, verdict.violations().get(0).kind());
		assertEquals("task web-1 requires label ssd, which node plain lacks", verdict.text());
	}

	@Test
	void tooLittleMemoryIsRefusedWithTheShortfall() {
		Node big = node("big", 16, 65536);
		Node small = node("small", 16, 32768);
		Task cache = running("cache-1", 1, 49152, big);

		PlanningBoard.Verdict verdict = PlanningBoard.of(pool).verdict(List.of(cache), small);

		assertFalse(verdict.fits());
		assertEquals(ConstraintKind.CAPACITY, verdict.violations().get(0).kind());
		assertEquals("memory", verdict.violations().get(0).subject());
		assertTrue(verdict.text().contains("memory: needs 49152, node small has 32768 free of 32768: short by 16384"),
				verdict.text());
	}

	@Test
	void aNodeInMaintenanceIsRefused() {
		Node a = node("a", 8, 16384);
		Node down = node("down", 8, 16384);
		down.setState(NodeState.MAINTENANCE);
		Task web = running("web-1", 2, 4096, a);

		PlanningBoard.Verdict verdict = PlanningBoard.of(pool).verdict(List.of(web), down);

		assertFalse(verdict.fits());
		assertEquals(ConstraintKind.NODE_STATE, verdict.violations().get(0).kind());
		assertEquals("node down is maintenance, not ready", verdict.text());
	}

	@Test
	void aPinnedTaskIsRefused() {
		Node a = node("a", 8, 16384);
		Node b = node("b", 8, 16384);
		Task web = running("web-1", 2, 4096, a);
		web.setPinned(true);

		PlanningBoard.Verdict verdict = PlanningBoard.of(pool).verdict(List.of(web), b);

		assertFalse(verdict.fits());
		assertEquals(ConstraintKind.PINNED, verdict.violations().get(0).kind());
		assertEquals("task web-1 is pinned to a", verdict.text());
	}

	@Test
	void verdictsSeeThePlanAndEachOtherOfSeveralDraggedTasks() {
		Node a = node("a", 8, 16384);
		Node b = node("b", 4, 16384);
		Task one = running("one", 2, 1024, a);
		Task two = running("two", 2, 1024, a);
		Task three = running("three", 2, 1024, a);

		assertTrue(PlanningBoard.of(pool).verdict(List.of(one, two), b).fits(), "4 cores of 4");
		plan(one, b);
		PlanningBoard board = PlanningBoard.of(pool);
		assertTrue(board.verdict(List.of(two), b).fits(), "one is planned there: 4 of 4");
		PlanningBoard.Verdict both = board.verdict(List.of(two, three), b);
		assertFalse(both.fits(), "the plan's move and the first dragged task leave no room for the second");
		assertTrue(both.text().startsWith("three: cpu: needs 2"), both.text());
	}

	@Test
	void aMoveGoesStaleWhenTheTaskMovedSinceItWasPlanned() {
		Node a = node("a", 8, 16384);
		Node b = node("b", 8, 16384);
		Node c = node("c", 8, 16384);
		Task web = running("web-1", 2, 4096, a);
		plan(web, b);
		assertTrue(PlanningBoard.of(pool).moves().get(0).holds());

		// The control service moved it meanwhile (another console applied a plan, or a restart elsewhere).
		web.setNode(c);
		web.setEpoch(4);

		PlanningBoard board = PlanningBoard.of(pool);
		PlanningBoard.MoveStatus status = board.moves().get(0);
		assertEquals(PlanningBoard.MoveState.STALE, status.state());
		assertEquals("web-1 was reassigned since the move was planned (epoch 3, now 4, on c)", status.reason());
		assertEquals(List.of(web), board.lane(c).tasks(), "a stale move is not shown as done");
		assertEquals(1, board.effect().violations());
		assertEquals(0, board.effect().moves());
	}

	@Test
	void aPlannedMoveOntoANodeThatWentDownNoLongerHolds() {
		Node a = node("a", 8, 16384);
		Node b = node("b", 8, 16384);
		Task web = running("web-1", 2, 4096, a);
		plan(web, b);
		b.setState(NodeState.UNREACHABLE);

		PlanningBoard.MoveStatus status = PlanningBoard.of(pool).moves().get(0);

		assertEquals(PlanningBoard.MoveState.REFUSED, status.state());
		assertEquals("node b is unreachable, not ready", status.reason());
	}

	@Test
	void cardsStayWhereTheirTasksRunAndAPlanMovesAWholeAffinityGroup() {
		Node a = node("a", 8, 16384);
		Node b = node("b", 8, 16384);
		Node c = node("c", 8, 16384);
		Task api = running("billing-api", 2, 2048, a);
		Task worker = running("billing-worker", 1, 1024, c);
		worker.getAffinity().add(api); // an affinity group already running apart (the sample pool has one)

		PlanningBoard board = PlanningBoard.of(pool);
		assertEquals(List.of(api), board.lane(a).tasks(), "the engine reads the group on one node; the lanes show the truth");
		assertEquals(List.of(worker), board.lane(c).tasks());
		assertEquals(List.of(worker, api), board.withAffinityGroups(List.of(worker)));

		session.getEditingDomain().getCommandStack().execute(
				PlanEdits.addMoves(session.getEditingDomain(), pool, board.withAffinityGroups(List.of(worker)), b));

		board = PlanningBoard.of(pool);
		assertEquals(List.of("billing-worker: c \u2192 b", "billing-api: a \u2192 b"),
				board.moves().stream().map(PlanningBoard.MoveStatus::describe).toList());
		assertEquals(List.of(api, worker), board.lane(b).tasks().stream().sorted(
				java.util.Comparator.comparing(Task::getName)).toList());
		assertEquals(List.of(), board.lane(a).tasks());
		assertEquals(List.of(), board.lane(c).tasks());
		assertEquals(0, board.effect().violations());
		assertEquals(2, board.effect().nodesUsedBefore());
		assertEquals(1, board.effect().nodesUsedAfter());
	}

	@Test
	void aRebalancingOfAScatteredPoolBecomesAPlanThatUsesFewerNodes() {
		Node a = node("a", 8, 16384);
		Node b = node("b", 8, 16384);
		Node c = node("c", 8, 16384);
		running("one", 1, 1024, a);
		running("two", 1, 1024, b);
		running("three", 1, 1024, c);

		List<Rebalancing.Proposal> proposals = Rebalancing.prepare(pool, n -> true, Rebalancing.Goal.CONSOLIDATE).propose(10);

		assertEquals(2, proposals.size(), proposals.toString());
		assertTrue(proposals.get(0).effect().startsWith("objective -1.00; "), proposals.get(0).effect());
		session.getEditingDomain().getCommandStack().execute(PlanEdits.addMoves(session.getEditingDomain(), pool,
				proposals.stream().map(p -> java.util.Map.entry(p.tasks(), p.to())).toList(), "Rebalance"));
		PlanningBoard board = PlanningBoard.of(pool);
		assertEquals(2, board.effect().moves());
		assertEquals(3, board.effect().nodesUsedBefore());
		assertEquals(1, board.effect().nodesUsedAfter());
		assertEquals(0, board.effect().violations());

		assertTrue(Rebalancing.prepare(pool, n -> true, Rebalancing.Goal.CONSOLIDATE).propose(10).isEmpty(),
				"the proposal starts from the pool as the plan leaves it: nothing left to consolidate");
		session.getEditingDomain().getCommandStack().undo();
		List<Rebalancing.Proposal> inScope = Rebalancing.prepare(pool, n -> n != c, Rebalancing.Goal.CONSOLIDATE).propose(10);
		assertEquals(1, inScope.size(), "a scope of a and b: c's task stays out of it");
		assertTrue(inScope.get(0).from() != c && inScope.get(0).to() != c);
	}

	@Test
	void aSpreadOfManyNodesMovesTasksFromTheBusiestToTheQuietest() {
		// 400 nodes: 40 busy (19 tasks of 2 cores), 40 quiet (1 task), the rest 10 tasks. One move's gain in the spread
		// objective is about 1e-4 here: a fixed price of 1e-3 a move would propose nothing.
		List<Node> nodes = new java.util.ArrayList<>();
		for (int i = 0; i < 400; i++) {
			Node n = node("n" + i, 64, 262144);
			nodes.add(n);
			int tasks = i < 40 ? 19 : i < 80 ? 1 : 10;
			for (int t = 0; t < tasks; t++) {
				running("t" + i + "-" + t, 2, 4096, n);
			}
		}
		List<Rebalancing.Proposal> proposals = Rebalancing.prepare(pool, n -> true, Rebalancing.Goal.SPREAD).propose(20);
		assertEquals(20, proposals.size(), proposals.toString());
		for (Rebalancing.Proposal p : proposals) {
			assertTrue(nodes.indexOf(p.from()) < 40 && nodes.indexOf(p.to()) >= 40 && nodes.indexOf(p.to()) < 80, p.toString());
			assertTrue(p.objectiveDelta() < 0, p.toString());
		}
	}

	@Test
	void theBoardIsRebuiltForWhereTasksAreAndWhatNodesOfferNotForLiveUsage() {
		Node a = node("a", 8, 16384);
		Node b = node("b", 8, 16384);
		Task web = running("web-1", 2, 4096, a);
		List<Boolean> matters = new java.util.ArrayList<>();
		pool.eAdapters().add(new org.eclipse.emf.ecore.util.EContentAdapter() {
			@Override
			public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
				super.notifyChanged(notification);
				matters.add(org.flotilla.console.core.planning.BoardChanges.matters(notification));
			}
		});
		web.setCpuUsage(1.5);
		web.setPid(4242);
		a.setLastHeartbeat(99);
		assertEquals(List.of(false, false, false), matters, "live facts");
		matters.clear();
		b.setState(NodeState.MAINTENANCE);
		web.setEpoch(4);
		plan(web, a == web.getNode() ? b : a);
		assertTrue(matters.size() >= 3 && matters.stream().allMatch(m -> m), matters.toString());
	}

	@Test
	void plansAreSavedWithThePool(@TempDir Path folder) throws Exception {
		Node a = node("a", 8, 16384);
		Node b = node("b", 8, 16384);
		Task web = running("web-1", 2, 4096, a);
		plan(web, b);
		Path file = folder.resolve("planned.flotilla");

		session.saveAs(file);
		Pool read = PoolSession.read(file);

		Plan plan = PlanEdits.currentPlan(read);
		assertEquals(PlanEdits.DEFAULT_PLAN_NAME, plan.getName());
		assertEquals("web-1", plan.getMoves().get(0).getTask().getName());
		assertEquals("a", plan.getMoves().get(0).getFromNode().getName());
		assertEquals("b", plan.getMoves().get(0).getToNode().getName());
		assertEquals(3, plan.getMoves().get(0).getPlannedEpoch());
		assertNull(PlanEdits.addMoves(session.getEditingDomain(), pool, List.of(web), b), "already planned onto b");
	}
}
