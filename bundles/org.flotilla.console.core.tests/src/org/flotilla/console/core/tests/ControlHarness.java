package org.flotilla.console.core.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.tasks.ControlService;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.model.Group;
import org.flotilla.model.Middleware;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.Task;
import org.flotilla.model.TaskKind;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.tasks.TaskStatus;

/**
 * A control service on a pool of its own with fakes around it: a model thread the test drives (its queued
 * work runs on the test's thread when the test pumps), agents that record every request and answer when told,
 * and a clock the test sets.
 */
final class ControlHarness implements AutoCloseable {

	static final PoolFactory F = PoolFactory.eINSTANCE;

	/** One request the service sent, and the answer the test gives it. */
	record Sent(String node, String operation, Map<String, String> arguments, CompletableFuture<Message.Response> answer) {
		void ok(Map<String, String> values) {
			answer.complete(Message.Response.ok(1, values));
		}

		void ok(String state) {
			ok(Map.of("state", state));
		}

		void refuse(String detail) {
			answer.complete(Message.Response.failed(1, Message.Response.Status.REFUSED, detail));
		}

		/** The request did not get through (as when the node is not connected). */
		void fail(String why) {
			answer.completeExceptionally(new java.io.IOException(why));
		}

		long epoch() {
			return Long.parseLong(arguments.get("epoch"));
		}
	}

	/** The model thread: work queued here runs when the test pumps. */
	final LinkedBlockingQueue<Runnable> modelQueue = new LinkedBlockingQueue<>();
	final Executor modelThread = modelQueue::add;
	final AtomicLong now = new AtomicLong(1_000_000);
	final List<Sent> sent = new ArrayList<>();
	final PoolSession session = new PoolSession(null);
	final Pool pool = session.getPool();
	final Group group = F.createGroup();
	final ControlService control;

	ControlHarness() {
		this(ControlService.Settings.DEFAULTS, ConsoleRole.ADMINISTRATOR);
	}

	ControlHarness(ControlService.Settings settings, ConsoleRole role) {
		group.setName("rack");
		pool.getGroups().add(group);
		TaskControl.Agents agents = (node, operation, arguments) -> {
			CompletableFuture<Message.Response> answer = new CompletableFuture<>();
			synchronized (sent) {
				sent.add(new Sent(node, operation, Map.copyOf(arguments), answer));
			}
			return answer;
		};
		control = new ControlService(session, agents, role, "alice", modelThread, new ControlService.Settings(
				Duration.ofMillis(300), settings.requestsInFlight(), settings.requestTimeout(), settings.reportTimeout(),
				settings.jobHistory(), settings.placementInterval()), now::get);
	}

	static ControlService.Settings settings(int requestsInFlight) {
		ControlService.Settings d = ControlService.Settings.DEFAULTS;
		return new ControlService.Settings(d.solveTime(), requestsInFlight, d.requestTimeout(), d.reportTimeout(),
				d.jobHistory(), d.placementInterval());
	}

	Node node(String name, double cpu, long memoryMib, String... labels) {
		Node node = F.createNode();
		node.setName(name);
		node.setAddress("127.0.0.1:" + (27100 + group.getNodes().size())); // an agent endpoint: the service places here
		node.setState(NodeState.READY);
		node.setCpuCapacity(cpu);
		node.setMemoryCapacity(memoryMib);
		node.setDiskCapacity(100);
		node.setNetworkCapacity(1000);
		node.getLabels().addAll(List.of(labels));
		group.getNodes().add(node);
		return node;
	}

	static Middleware discovered(Node node, String name, String version) {
		Middleware middleware = F.createMiddleware();
		middleware.setName(name);
		middleware.setVersion(version);
		middleware.setDiscovered(true);
		node.getMiddleware().add(middleware);
		return middleware;
	}

	/** A detached new service task. */
	static Task task(String name, double cpu, long memoryMib) {
		Task task = F.createTask();
		task.setName(name);
		task.setKind(TaskKind.SERVICE);
		task.setCommand("/bin/sleep");
		task.getArguments().add("1000");
		task.setCpuDemand(cpu);
		task.setMemoryDemand(memoryMib);
		return task;
	}

	/** Submits one task, answers its run-task and reports it running on the node it was sent to. */
	Task running(Task task) {
		org.flotilla.model.Job job = control.submit(List.of(task)).get(0);
		Sent run = awaitSent(org.flotilla.protocol.tasks.TaskOperations.RUN,
				sent(org.flotilla.protocol.tasks.TaskOperations.RUN).size() + 1);
		run.ok("starting");
		pump();
		report(run.node(), task.getName(), run.epoch(), TaskStatus.State.RUNNING, task.getKind().getLiteral(), "");
		if (job.getState() != org.flotilla.model.JobState.SUCCEEDED) {
			fail("the start of " + task.getName() + " did not succeed: " + job.getMessage());
		}
		return task;
	}

	/** Runs the model thread's queued work until {@code condition} holds; fails after 10 s. */
	void pumpUntil(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("timed out waiting for " + what);
			}
			try {
				Runnable work = modelQueue.poll(10, TimeUnit.MILLISECONDS);
				if (work != null) {
					work.run();
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				fail("interrupted waiting for " + what);
			}
		}
	}

	/** Runs whatever the model thread has queued now (answers already given reach the service). */
	void pump() {
		Runnable work;
		while ((work = modelQueue.poll()) != null) {
			work.run();
		}
	}

	List<Sent> sent(String operation) {
		synchronized (sent) {
			return sent.stream().filter(s -> s.operation().equals(operation)).toList();
		}
	}

	List<Sent> sent(String operation, String node) {
		return sent(operation).stream().filter(s -> s.node().equals(node)).toList();
	}

	/** Waits (pumping) for the {@code count}th request of {@code operation}, and returns it. */
	Sent awaitSent(String operation, int count) {
		pumpUntil(count + " " + operation, () -> sent(operation).size() >= count);
		return sent(operation).get(count - 1);
	}

	void report(String node, String task, long epoch, TaskStatus.State state) {
		report(node, task, epoch, state, "service", "");
	}

	void report(String node, String task, long epoch, TaskStatus.State state, String kind, String reason) {
		control.taskReported(node, status(task, epoch, state, kind, reason));
	}

	static TaskStatus status(String task, long epoch, TaskStatus.State state, String kind, String reason) {
		return new TaskStatus(task, epoch, state, state == TaskStatus.State.RUNNING ? 4242 : 0,
				state == TaskStatus.State.EXITED || state == TaskStatus.State.FAILED ? 1 : null, 0, kind, reason, 0);
	}

	@Override
	public void close() {
		control.close();
	}
}
