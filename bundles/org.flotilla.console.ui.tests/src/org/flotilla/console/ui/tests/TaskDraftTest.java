package org.flotilla.console.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.flotilla.console.core.SamplePools;
import org.flotilla.console.ui.internal.tasks.TaskDraft;
import org.flotilla.console.ui.internal.tasks.TaskDraft.Field;
import org.flotilla.model.LayerKind;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;
import org.flotilla.model.RestartPolicy;
import org.flotilla.model.Task;
import org.flotilla.model.TaskKind;
import org.junit.jupiter.api.Test;

/** The Submit Tasks wizard's checks and the tasks it makes, without a window. */
class TaskDraftTest {

	private final Pool pool = SamplePools.create();

	private TaskDraft valid() {
		TaskDraft draft = new TaskDraft();
		draft.name = "web";
		draft.command = "/bin/sleep";
		draft.arguments = "600\n";
		return draft;
	}

	@Test
	void aCompleteDraftHasNoProblem() {
		assertEquals(Map.of(), valid().problems(pool));
	}

	@Test
	void eachBadValueIsNamedAtItsFieldWithWhatItIs() {
		TaskDraft draft = valid();
		draft.replicas = "0";
		draft.cpu = "-1";
		draft.memory = "lots";
		draft.environment = "GOOD=1\nBAD";
		draft.requirements = "java 21 extra";
		draft.affinity = "no-such-task";
		draft.pinNode = "nowhere";
		Map<Field, String> problems = draft.problems(pool);
		assertEquals("a whole number from 1 to 1000 (is '0')", problems.get(Field.REPLICAS));
		assertEquals("a number of cores from 0 to 100000, e.g. 0.5 (is '-1')", problems.get(Field.CPU));
		assertEquals("a whole number from 0 to 2147483647 (is 'lots')", problems.get(Field.MEMORY));
		assertEquals("line 2: NAME=value expected, NAME of letters, digits and _ (is 'BAD')", problems.get(Field.ENVIRONMENT));
		assertTrue(problems.get(Field.REQUIREMENTS).startsWith("line 1: NAME [MINIMUM-VERSION] expected"), problems.get(Field.REQUIREMENTS));
		assertEquals("the pool has no task 'no-such-task'", problems.get(Field.AFFINITY));
		assertEquals("the pool has no node 'nowhere'", problems.get(Field.PIN));
		assertEquals("Replicas: a whole number from 1 to 1000 (is '0')", TaskDraft.message(Field.REPLICAS, problems.get(Field.REPLICAS)));
		assertEquals(List.of(Field.CPU, Field.MEMORY), List.copyOf(draft.problems(pool, 2).keySet()), "a page's own fields only");
	}

	@Test
	void namesMustBeValidAndNewWithTheirReplicaNumbers() {
		TaskDraft draft = valid();
		draft.name = "web 1";
		assertEquals("1 to 64 letters, digits, '.', '_' or '-' (is 'web 1')", draft.problems(pool).get(Field.NAME));
		draft.name = "";
		assertEquals("required: letters, digits, '.', '_' or '-'", draft.problems(pool).get(Field.NAME));
		draft.name = "a".repeat(62);
		draft.replicas = "12";
		assertTrue(draft.problems(pool).get(Field.NAME).contains("with the replica number"), "NAME-12 is 65 characters");

		Task existing = org.flotilla.model.PoolFactory.eINSTANCE.createTask();
		existing.setName("api-2");
		pool.getTasks().add(existing);
		draft.name = "api";
		draft.replicas = "3";
		assertEquals(List.of("api-1", "api-2", "api-3"), draft.taskNames());
		assertEquals("the pool already has a task 'api-2'", draft.problems(pool).get(Field.NAME));
	}

	@Test
	void aCommandWithSpacesNeedsTheShell() {
		TaskDraft draft = valid();
		draft.command = "/bin/sleep 600";
		assertTrue(draft.problems(pool).get(Field.COMMAND).startsWith("one program without arguments"));
		draft.shell = true;
		assertNull(draft.problems(pool).get(Field.COMMAND));
		draft.command = "  ";
		assertTrue(draft.problems(pool).get(Field.COMMAND).startsWith("required"));
	}

	@Test
	void aTaskCannotBeBothWithAndApartFromAnother() {
		Task other = org.flotilla.model.PoolFactory.eINSTANCE.createTask();
		other.setName("db");
		pool.getTasks().add(other);
		TaskDraft draft = valid();
		draft.affinity = "db";
		draft.antiAffinity = "db";
		assertTrue(draft.problems(pool).get(Field.ANTI_AFFINITY).contains("cannot be both"));
	}

	@Test
	void theTasksCarryEveryValueAndReferToThePool() {
		Task db = org.flotilla.model.PoolFactory.eINSTANCE.createTask();
		db.setName("db");
		pool.getTasks().add(db);
		Node pin = pool.getAllNodes().get(0);
		TaskDraft draft = valid();
		draft.replicas = "2";
		draft.kind = TaskKind.BATCH;
		draft.environment = "A=1\nB=two words";
		draft.cpu = "0.5";
		draft.memory = "256";
		draft.disk = "3";
		draft.network = "100";
		draft.priority = "7";
		draft.restartPolicy = RestartPolicy.ALWAYS;
		draft.maxRestarts = "2";
		draft.requiredLabels.add("ssd");
		draft.requirements = "java 21\nos:ubuntu 22.04\napp:nginx";
		draft.affinity = "db";
		draft.pinNode = pin.getName();
		int tasksBefore = pool.getTasks().size();

		List<Task> tasks = draft.toTasks(pool);
		assertEquals(tasksBefore, pool.getTasks().size(), "not in the pool before submit");
		assertEquals(2, tasks.size());
		Task first = tasks.get(0);
		assertEquals("web-1", first.getName());
		assertEquals(TaskKind.BATCH, first.getKind());
		assertEquals("/bin/sleep", first.getCommand());
		assertEquals(List.of("600"), first.getArguments());
		assertEquals(List.of("A=1", "B=two words"), first.getEnvironment());
		assertEquals(0.5, first.getCpuDemand());
		assertEquals(256, first.getMemoryDemand());
		assertEquals(3, first.getDiskDemand());
		assertEquals(100, first.getNetworkDemand());
		assertEquals(7, first.getPriority());
		assertEquals(RestartPolicy.ALWAYS, first.getRestartPolicy());
		assertEquals(2, first.getMaxRestarts());
		assertEquals(List.of("ssd"), first.getRequiredLabels());
		assertEquals(List.of(LayerKind.MIDDLEWARE, LayerKind.OPERATING_SYSTEM, LayerKind.APPLICATION),
				first.getRequirements().stream().map(r -> r.getLayer()).toList());
		assertEquals("22.04", first.getRequirements().get(1).getMinimumVersion());
		assertNull(first.getRequirements().get(2).getMinimumVersion());
		assertEquals(List.of(db), first.getAffinity());
		assertEquals(List.of(tasks.get(1)), first.getAntiAffinity(), "replicas spread: anti-affine with each other");
		assertTrue(first.isPinned() && first.getNode() == pin && first.isDesiredRunning());

		TaskDraft.release(tasks);
		assertFalse(pin.getTasks().contains(first), "a previewed task is taken off its pinned node again");
	}
}
