package org.flotilla.console.core.planning;

import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.flotilla.model.Alert;
import org.flotilla.model.AuditEntry;
import org.flotilla.model.Job;
import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.PoolPackage.Literals;

/**
 * Which changes of the pool change what the planning board shows. A live pool changes every second (each
 * agent reports its tasks' usage, heartbeats, jobs progress), and rebuilding the board reads every task: with
 * 100,000 tasks that is most of a second, so the board is rebuilt only for a change of where tasks are, what
 * they need, what the nodes offer, or the plan.
 */
public final class BoardChanges {

	/** Task features the board does not show or decide by: live usage and the agents' process facts. */
	private static final Set<Object> LIVE_TASK_FEATURES = Set.of(Literals.TASK__CPU_USAGE, Literals.TASK__MEMORY_USAGE,
			Literals.TASK__PID, Literals.TASK__RESTARTS, Literals.TASK__EXIT_CODE, Literals.TASK__STATE_REASON,
			Literals.TASK__OBSERVED_USAGE, Literals.TASK__PREDICTED_CPU_DEMAND, Literals.TASK__PREDICTED_MEMORY_DEMAND,
			Literals.TASK__DEMAND_PREDICTED);
	/** Node features that are live facts of its agent, not capacity, state, labels or stack. */
	private static final Set<Object> LIVE_NODE_FEATURES = Set.of(Literals.NODE__LAST_HEARTBEAT, Literals.NODE__UPTIME_SECONDS,
			Literals.NODE__CLOCK_SKEW_MILLIS, Literals.NODE__REPORT_INTERVAL_MILLIS, Literals.NODE__METRICS,
			Literals.NODE__AGENT_PROBLEMS, Literals.NODE__TASK_LIMITS);
	/** Pool features the board does not show. */
	private static final Set<Object> OTHER_POOL_FEATURES = Set.of(Literals.POOL__JOBS, Literals.POOL__ALERTS,
			Literals.POOL__AUDIT_ENTRIES, Literals.POOL__PROFILES, Literals.POOL__DESCRIPTION);

	private BoardChanges() {
	}

	/** Whether {@code notification} changes the board (a touch never does). */
	public static boolean matters(Notification notification) {
		if (notification.isTouch()) {
			return false;
		}
		Object notifier = notification.getNotifier();
		if (notifier instanceof MetricWindow || notifier instanceof MetricSample || notifier instanceof Job
				|| notifier instanceof Alert || notifier instanceof AuditEntry) {
			return false;
		}
		Object feature = notification.getFeature();
		return !LIVE_TASK_FEATURES.contains(feature) && !LIVE_NODE_FEATURES.contains(feature)
				&& !OTHER_POOL_FEATURES.contains(feature);
	}
}
