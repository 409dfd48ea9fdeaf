package org.flotilla.console.core.planning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.model.Job;
import org.flotilla.model.JobState;
import org.flotilla.model.Node;
import org.flotilla.model.Plan;
import org.flotilla.model.PlannedMove;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.Task;

/**
 * Applies a plan: its moves one after the other, in the plan's order, each as the control service's move (a
 * migration job that starts the task on the target, waits until it runs there and then stops it on the source,
 * so a service keeps an instance running throughout). One at a time because the board checked each move
 * against the pool as the moves before it leave it: done in order, no node is ever loaded beyond what the board
 * showed. A move that no longer holds (the task was reassigned or moved since it was planned, a node went down)
 * is refused and reported; so is a move whose job fails; then the rest continue or stop, as the planner chose.
 * A move that was done leaves the plan. Model thread throughout.
 */
public final class PlanApplication {

	/** What to do after a move failed or was refused. */
	public enum OnFailure {
		CONTINUE, STOP
	}

	/** What became of one planned move. */
	public record Outcome(String task, String from, String to, boolean moved, String message) {
		@Override
		public String toString() {
			return task + " " + from + " \u2192 " + to + ": " + (moved ? "moved" : message);
		}
	}

	/** Told on the model thread after each move and once at the end. */
	public interface Listener {
		void progressed(PlanApplication application);

		void finished(PlanApplication application);
	}

	private final TaskControl control;
	private final PoolSession session;
	private final OnFailure onFailure;
	private final Listener listener;
	private final Deque<PlannedMove> queue;
	private final int total;
	private final List<Outcome> outcomes = new ArrayList<>();
	/** Where a task is and at which epoch once this run moved it: a later move of it in the plan starts there. */
	private final Map<Task, Long> epochAfterRun = new IdentityHashMap<>();
	private boolean stopped;
	private boolean finished;

	private PlanApplication(TaskControl control, PoolSession session, List<PlannedMove> moves, OnFailure onFailure,
			Listener listener) {
		this.control = control;
		this.session = session;
		this.onFailure = onFailure;
		this.listener = listener;
		this.queue = new ArrayDeque<>(moves);
		this.total = moves.size();
	}

	/**
	 * Starts applying the pool's plan (every move, in order; the ones that do not hold are refused when their
	 * turn comes). Returns at once; {@code listener} hears of every move and of the end.
	 */
	public static PlanApplication start(TaskControl control, PoolSession session, OnFailure onFailure, Listener listener) {
		if (!control.mayControl()) {
			throw new IllegalStateException("a " + control.role().name().toLowerCase(java.util.Locale.ROOT)
					+ " console may not apply plans");
		}
		Plan plan = PlanEdits.currentPlan(session.getPool());
		List<PlannedMove> moves = plan == null ? List.of() : List.copyOf(plan.getMoves());
		PlanApplication application = new PlanApplication(control, session, moves, onFailure, listener);
		application.next();
		return application;
	}

	public List<Outcome> outcomes() {
		return List.copyOf(outcomes);
	}

	public int total() {
		return total;
	}

	public boolean isFinished() {
		return finished;
	}

	/** Whether it stopped early because a move failed and the planner chose to stop. */
	public boolean isStopped() {
		return stopped;
	}

	public long moved() {
		return outcomes.stream().filter(Outcome::moved).count();
	}

	private void next() {
		PlannedMove move = stopped ? null : queue.poll();
		if (move == null) {
			finished = true;
			listener.finished(this);
			return;
		}
		Task task = move.getTask();
		String refusal = refusal(move);
		if (refusal != null) {
			failed(move, "refused: " + refusal);
			return;
		}
		Node source = task.getNode();
		Job job = control.move(task, move.getToNode());
		if (ended(job)) {
			done(move, source, job);
			return;
		}
		job.eAdapters().add(new AdapterImpl() {
			@Override
			public void notifyChanged(Notification notification) {
				if (notification.getFeature() == PoolPackage.Literals.JOB__FINISHED && ended(job)) {
					job.eAdapters().remove(this);
					done(move, source, job);
				}
			}
		});
	}

	/** Why a move no longer holds when its turn comes, or null. */
	private String refusal(PlannedMove move) {
		Task task = move.getTask();
		if (task == null || task.eContainer() == null) {
			return "the task was removed from the pool";
		}
		long expectedEpoch = epochAfterRun.getOrDefault(task, move.getPlannedEpoch());
		if (task.getEpoch() != expectedEpoch) {
			return task.getName() + " was reassigned since the move was planned (epoch " + expectedEpoch + ", now "
					+ task.getEpoch() + ")";
		}
		if (task.getNode() != move.getFromNode()) {
			return task.getName() + " is on " + name(task.getNode()) + ", not on " + name(move.getFromNode());
		}
		if (move.getToNode() == null || move.getToNode().eContainer() == null) {
			return "the target node was removed from the pool";
		}
		return null;
	}

	private void done(PlannedMove move, Node source, Job job) {
		Task task = move.getTask();
		if (job.getState() == JobState.SUCCEEDED && task.getNode() == move.getToNode()) {
			outcomes.add(new Outcome(task.getName(), name(source), name(move.getToNode()), true, job.getMessage()));
			epochAfterRun.put(task, task.getEpoch());
			// Done: it leaves the plan (a control change, as the move itself: Undo does not take a move back).
			if (move.eContainer() instanceof Plan plan) {
				plan.getMoves().remove(move);
				session.controlChanged();
			}
			listener.progressed(this);
			next();
		} else {
			failed(move, job.getState().getLiteral() + ": " + job.getMessage());
		}
	}

	private void failed(PlannedMove move, String why) {
		Task task = move.getTask();
		outcomes.add(new Outcome(task == null ? "(removed task)" : task.getName(), name(move.getFromNode()),
				name(move.getToNode()), false, why));
		if (onFailure == OnFailure.STOP) {
			stopped = true;
		}
		listener.progressed(this);
		next();
	}

	/** A job ends with its state, then its message, then its finish time: only then is its message the outcome's. */
	private static boolean ended(Job job) {
		JobState state = job.getState();
		return job.getFinished() != null
				&& (state == JobState.SUCCEEDED || state == JobState.FAILED || state == JobState.CANCELLED);
	}

	private static String name(Node node) {
		return node == null ? "(none)" : node.getName();
	}
}
