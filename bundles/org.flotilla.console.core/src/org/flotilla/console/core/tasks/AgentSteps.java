package org.flotilla.console.core.tasks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

import org.flotilla.model.Node;
import org.flotilla.model.Task;
import org.flotilla.model.TaskKind;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.tasks.TaskOperations;
import org.flotilla.protocol.tasks.TaskStatus;

/**
 * What the control service asks of one agent about one task, each step done only when the agent <em>reports</em>
 * the outcome: run (the task reported running at that epoch; a batch task: or exited) and stop (no longer
 * running there); and fencing stops, each sent once per node, task and epoch. A step whose request was accepted
 * but whose report does not come within the report timeout fails. Model thread only.
 *
 * <p>A stop (a step's or a fence) counts as done for its node, task and epoch only once the agent answered it
 * {@code OK}: one that did not get through (no connection, no answer, refused, failed) is forgotten, so the next
 * report of that copy fences it again. While one is on its way, none is sent twice.
 */
final class AgentSteps {

	/** Fencing stops remembered (so each is sent once); the oldest are forgotten first. */
	static final int FENCES_REMEMBERED = 10_000;

	/** A step's failure, its message the whole story (node and reason). */
	static final class StepFailure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		StepFailure(String message) {
			super(message, null, false, false);
		}
	}

	private final AgentRequests requests;
	private final LongSupplier clock;
	private final long reportTimeoutMillis;
	private final java.util.function.Supplier<String> person;
	private final Map<Task, List<Waiter>> waiters = new IdentityHashMap<>();
	/** Stops on their way (node, task, epoch): a report of that copy meanwhile sends nothing more. */
	private final Set<String> stopping = new HashSet<>();
	/** Stops an agent answered OK (node, task, epoch): never sent again. */
	private final Map<String, Boolean> fenced = new LinkedHashMap<>(256, 0.75f, false) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > FENCES_REMEMBERED;
		}
	};

	/** @param person who the control service acts for ({@code onBehalfOf} in the agents' audit) */
	AgentSteps(AgentRequests requests, LongSupplier clock, long reportTimeoutMillis, java.util.function.Supplier<String> person) {
		this.requests = requests;
		this.clock = clock;
		this.reportTimeoutMillis = reportTimeoutMillis;
		this.person = person;
	}

	/**
	 * Sends run-task with {@code arguments} (the task's spec at {@code epoch}); completes when the agent reports
	 * the task running there, fails naming the node and the agent's reason.
	 *
	 * @param sent   gets the request (a job cancelled while it waits withdraws it)
	 * @param onSend runs when the request goes out
	 */
	CompletableFuture<Void> run(Task task, Node node, long epoch, Map<String, String> arguments,
			List<AgentRequests.Request> sent, Runnable onSend) {
		return step(task, node, epoch, true, TaskOperations.RUN, arguments, sent, onSend, null);
	}

	/** Sends stop-task at {@code epoch}; completes when the agent reports the task no longer running there. */
	CompletableFuture<Void> stop(Task task, Node node, long epoch, List<AgentRequests.Request> sent, Runnable onSend) {
		String key = key(node, task, epoch);
		stopping.add(key); // this stop is the fence: no other while it is on its way
		return step(task, node, epoch, false, TaskOperations.STOP, stopArguments(task, epoch), sent, onSend, key);
	}

	/**
	 * Sends stop-task at {@code epoch} for a copy that must not run on {@code node}: once per node, task and epoch
	 * once the agent answered it OK; again at a later call when it did not get through.
	 */
	void fence(Node node, Task task, long epoch) {
		String key = key(node, task, epoch);
		if (epoch > 0 && !fenced.containsKey(key) && stopping.add(key)) {
			requests.submit(node.getName(), TaskOperations.STOP, stopArguments(task, epoch), null).result
					.whenComplete((response, failure) -> answered(key, failure == null ? response : null));
		}
	}

	/** Whether a stop of this service's own (a step, not a fence) is under way for the task on {@code node}. */
	boolean stopping(Task task, Node node) {
		List<Waiter> waiting = waiters.get(task);
		if (waiting != null) {
			for (Waiter waiter : waiting) {
				if (!waiter.start && waiter.node == node) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether a run or stop of the task is under way (sent, or its report awaited) on any node. */
	boolean busy(Task task) {
		return waiters.containsKey(task);
	}

	/** Whether a fence of the copy at {@code epoch} on {@code node} got through (the agent answered OK). */
	boolean fenced(Node node, Task task, long epoch) {
		return fenced.containsKey(key(node, task, epoch));
	}

	/** A stop was answered ({@code response}) or did not get through ({@code null}). */
	private void answered(String key, Message.Response response) {
		stopping.remove(key);
		if (response != null && response.status() == Message.Response.Status.OK) {
			fenced.put(key, Boolean.TRUE);
		}
	}

	/** What an agent reported about a task: the steps waiting for it may end. */
	void reported(Task task, Node reporter, TaskStatus status) {
		List<Waiter> waiting = waiters.get(task);
		if (waiting != null) {
			for (Waiter waiter : List.copyOf(waiting)) {
				waiter.reported(reporter, status);
			}
		}
	}

	/** Fails the steps whose report is overdue at {@code now}. */
	void expire(long now) {
		for (List<Waiter> list : List.copyOf(waiters.values())) {
			for (Waiter waiter : List.copyOf(list)) {
				if (now > waiter.deadline) {
					waiter.fail(waiter.node.getName() + ": " + waiter.task.getName() + " was not reported "
							+ (waiter.start ? "running" : "stopped") + " within " + reportTimeoutMillis / 1000 + " s of "
							+ (waiter.start ? "run-task" : "stop-task"));
				}
			}
		}
	}

	private Map<String, String> stopArguments(Task task, long epoch) {
		Map<String, String> arguments = new LinkedHashMap<>();
		arguments.put("task", task.getName());
		arguments.put("epoch", Long.toString(epoch));
		String onBehalfOf = person.get();
		if (onBehalfOf != null) {
			arguments.put("onBehalfOf", onBehalfOf);
		}
		return arguments;
	}

	/** @param stopKey for a stop, its node, task and epoch: recorded as fenced once the agent answers it OK */
	private CompletableFuture<Void> step(Task task, Node node, long epoch, boolean start, String operation,
			Map<String, String> arguments, List<AgentRequests.Request> sent, Runnable onSend, String stopKey) {
		Waiter waiter = new Waiter(task, node, epoch, start);
		// Registered before the request goes: a report may come before the answer does.
		waiters.computeIfAbsent(task, t -> new ArrayList<>(1)).add(waiter);
		waiter.done.whenComplete((ok, failure) -> {
			List<Waiter> list = waiters.get(task);
			if (list != null && list.remove(waiter) && list.isEmpty()) {
				waiters.remove(task);
			}
		});
		AgentRequests.Request request = requests.submit(node.getName(), operation, arguments, onSend);
		sent.add(request);
		request.result.whenComplete((response, failure) -> {
			if (stopKey != null) {
				answered(stopKey, failure == null ? response : null);
			}
			if (failure != null) {
				waiter.fail(node.getName() + ": " + operation + " of " + task.getName() + " failed: "
						+ ControlService.message(failure));
			} else if (response.status() != Message.Response.Status.OK) {
				waiter.fail(node.getName() + " " + response.status().name().toLowerCase(Locale.ROOT) + " " + operation + " of "
						+ task.getName() + ": " + response.detail());
			} else {
				waiter.accepted(response.values().get("state"));
			}
		});
		return waiter.done;
	}

	private static String key(Node node, Task task, long epoch) {
		return node.getName() + '\u0000' + task.getName() + '\u0000' + epoch;
	}

	/** Waits for the report that ends a step: the task running (start) or no longer running (stop) on a node. */
	private final class Waiter {
		final Task task;
		final Node node;
		final long epoch;
		final boolean start;
		final CompletableFuture<Void> done = new CompletableFuture<>();
		long deadline = Long.MAX_VALUE;

		Waiter(Task task, Node node, long epoch, boolean start) {
			this.task = task;
			this.node = node;
			this.epoch = epoch;
			this.start = start;
		}

		/** The agent accepted the request; its answer may already say how it ended. */
		void accepted(String state) {
			deadline = clock.getAsLong() + reportTimeoutMillis;
			TaskStatus.State answered;
			try {
				answered = state == null ? null : TaskStatus.State.of(state);
			} catch (IllegalArgumentException e) {
				answered = null;
			}
			if (answered != null) {
				settle(answered, "");
			}
		}

		void reported(Node reporter, TaskStatus status) {
			// A start waits for its own epoch; a stop also ends with an older copy stopping (the fence).
			if (reporter != node || (start ? status.epoch() != epoch : status.epoch() > epoch)) {
				return;
			}
			settle(status.state(), status.reason());
		}

		private void settle(TaskStatus.State state, String reason) {
			if (start) {
				if (state == TaskStatus.State.RUNNING || state == TaskStatus.State.EXITED && task.getKind() == TaskKind.BATCH) {
					done.complete(null);
				} else if (state == TaskStatus.State.FAILED || state == TaskStatus.State.STOPPED
						|| state == TaskStatus.State.EXITED) {
					fail(node.getName() + ": " + task.getName() + " " + state.wireName()
							+ (reason == null || reason.isEmpty() ? "" : ": " + reason));
				}
			} else if (!TaskSpecs.live(state)) {
				done.complete(null);
			}
		}

		void fail(String why) {
			done.completeExceptionally(new StepFailure(why));
		}
	}
}
