package org.flotilla.console.ui.internal.tasks;

import java.time.Duration;
import java.util.Date;
import java.util.Locale;

import org.flotilla.model.Job;
import org.flotilla.model.JobState;
import org.flotilla.model.Task;
import org.flotilla.model.TaskState;

/**
 * What the Tasks and Jobs parts (and their CSV exports) write in each cell: one place, so the table, its
 * sort, its filter and the exported file agree. No SWT here.
 */
public final class TaskTexts {

	private TaskTexts() {
	}

	/** "running", "exited 3", "failed: command not found", "pending: needs label ssd …". */
	public static String state(Task task) {
		TaskState state = task.getState();
		String reason = task.getStateReason();
		return switch (state) {
		case EXITED -> "exited" + (task.getExitCode() == null ? "" : " " + task.getExitCode());
		case FAILED, PENDING, RESTARTING, STOPPED -> state.getLiteral() + (reason == null || reason.isBlank() ? "" : ": " + reason);
		default -> state.getLiteral();
		};
	}

	public static String node(Task task) {
		return task.getNode() == null ? "" : String.valueOf(task.getNode().getName()) + (task.isPinned() ? " (pinned)" : "");
	}

	public static String kind(Task task) {
		return task.getKind().getLiteral();
	}

	/** What the task asks for: "2 cores, 512 MiB" (disk and network only when asked for). */
	public static String declaredDemand(Task task) {
		StringBuilder text = new StringBuilder(cores(task.getCpuDemand()) + ", " + mib(task.getMemoryDemand()));
		if (task.getDiskDemand() > 0) {
			text.append(", ").append(task.getDiskDemand()).append(" GiB disk");
		}
		if (task.getNetworkDemand() > 0) {
			text.append(", ").append(task.getNetworkDemand()).append(" Mbit/s");
		}
		return text.toString();
	}

	/**
	 * The demand placement used: the predicted 95th percentile, marked as such, when the engine had enough
	 * usage history; else the declared demand ("declared"); empty before the engine looked at the task.
	 */
	public static String placementDemand(Task task) {
		if (task.isDemandPredicted()) {
			return cores(task.getPredictedCpuDemand()) + ", " + mib(task.getPredictedMemoryDemand()) + " (predicted p95)";
		}
		if (task.getPredictedCpuDemand() > 0 || task.getPredictedMemoryDemand() > 0) {
			return cores(task.getPredictedCpuDemand()) + ", " + mib(task.getPredictedMemoryDemand()) + " (declared)";
		}
		return task.getNode() == null ? "" : "declared";
	}

	/** CPU used at the latest report, in cores; "–" when the task does not run. */
	public static String observedCpu(Task task) {
		return isLive(task) ? cores(task.getCpuUsage()) : "\u2013";
	}

	public static String observedMemory(Task task) {
		return isLive(task) ? mib(task.getMemoryUsage()) : "\u2013";
	}

	public static String restarts(Task task) {
		return Integer.toString(task.getRestarts());
	}

	public static String lastExit(Task task) {
		return task.getExitCode() == null ? "" : task.getExitCode().toString();
	}

	public static String epoch(Task task) {
		return task.getEpoch() == 0 ? "" : Long.toString(task.getEpoch());
	}

	/** A task whose agent reports it as running or about to (observed usage means something). */
	static boolean isLive(Task task) {
		return task.getState() == TaskState.RUNNING || task.getState() == TaskState.STARTING
				|| task.getState() == TaskState.RESTARTING;
	}

	static String cores(double cores) {
		return cores == Math.rint(cores) && cores < 1e6 ? (long) cores + (cores == 1 ? " core" : " cores")
				: String.format(Locale.ROOT, "%.2f cores", cores);
	}

	static String mib(long mib) {
		return mib >= 10 * 1024 && mib % 1024 == 0 ? mib / 1024 + " GiB" : mib + " MiB";
	}

	// Jobs

	public static String jobTask(Job job) {
		return job.getTask() == null ? "" : String.valueOf(job.getTask().getName());
	}

	/** "node-1 → node-4", "node-1", "→ node-4". */
	public static String jobNodes(Job job) {
		String from = job.getNode() == null ? "" : job.getNode().getName();
		String to = job.getTargetNode() == null || job.getTargetNode() == job.getNode() ? "" : job.getTargetNode().getName();
		return to.isEmpty() ? from : (from.isEmpty() ? "\u2192 " + to : from + " \u2192 " + to);
	}

	/** "3 / 5" or "" when the job does not count its work. */
	public static String jobProgress(Job job) {
		return job.getTotalWork() <= 0 ? "" : job.getWorked() + " / " + job.getTotalWork();
	}

	/** Done part of the job, 0..1 (1 when it succeeded, whatever it counted). */
	public static double jobFraction(Job job) {
		if (job.getState() == JobState.SUCCEEDED) {
			return 1;
		}
		return job.getTotalWork() <= 0 ? 0 : Math.min(1, Math.max(0, job.getWorked() / (double) job.getTotalWork()));
	}

	public static String jobStarted(Job job) {
		return job.getStarted() == null ? "" : String.format(Locale.ROOT, "%tF %<tT", job.getStarted());
	}

	/** How long it ran, or has run so far. */
	public static String jobDuration(Job job, long now) {
		Date started = job.getStarted();
		if (started == null) {
			return "";
		}
		long end = job.getFinished() != null ? job.getFinished().getTime() : now;
		Duration d = Duration.ofMillis(Math.max(0, end - started.getTime()));
		return d.toHours() > 0 ? String.format(Locale.ROOT, "%d h %02d min", d.toHours(), d.toMinutesPart())
				: d.toMinutes() > 0 ? String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart())
						: String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
	}

	public static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
