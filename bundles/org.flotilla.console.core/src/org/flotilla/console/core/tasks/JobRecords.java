package org.flotilla.console.core.tasks;

import java.util.ArrayDeque;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.LongSupplier;

import org.flotilla.model.Job;
import org.flotilla.model.JobKind;
import org.flotilla.model.JobState;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.Task;

/**
 * The control service's jobs in the model: created queued, running once their first request goes out,
 * finished once with a message; the pool keeps the last {@code history} finished ones (older ones are removed
 * as new ones finish). Model thread only.
 */
final class JobRecords {

	/** The kinds of job the control service runs (others, such as provisioning, are not its business). */
	static final Set<JobKind> OWN = EnumSet.of(JobKind.START, JobKind.STOP, JobKind.MIGRATION, JobKind.DRAIN,
			JobKind.RESTART_ELSEWHERE);

	private final int history;
	private final LongSupplier clock;
	private final Runnable changed;
	private final ArrayDeque<Job> finished = new ArrayDeque<>();
	private Pool pool;

	JobRecords(int history, LongSupplier clock, Runnable changed) {
		this.history = Math.max(1, history);
		this.clock = clock;
		this.changed = changed;
	}

	/**
	 * Takes over a pool: its finished jobs count towards the history, and jobs of the control service that a
	 * previous console left queued or running end as failed (nothing runs them any more; what the tasks do is
	 * what their agents report).
	 */
	void adopt(Pool newPool) {
		pool = newPool;
		finished.clear();
		boolean any = false;
		for (Job job : newPool.getJobs()) {
			if (OWN.contains(job.getKind()) && (job.getState() == JobState.QUEUED || job.getState() == JobState.RUNNING)) {
				job.setState(JobState.FAILED);
				job.setMessage("interrupted: the console closed while it ran; the task's state is what its agent reports");
				job.setFinished(new Date(clock.getAsLong()));
				any = true;
			}
			if (job.getState() != JobState.QUEUED && job.getState() != JobState.RUNNING) {
				finished.addLast(job);
			}
		}
		trim();
		if (any) {
			changed.run();
		}
	}

	Job create(JobKind kind, String name, Task task, Node from, Node target, int totalWork) {
		Job job = PoolFactory.eINSTANCE.createJob();
		job.setKind(kind);
		job.setName(name);
		job.setState(JobState.QUEUED);
		job.setTask(task);
		job.setNode(from);
		job.setTargetNode(target);
		job.setTotalWork(Math.max(1, totalWork));
		job.setWorked(0);
		job.setMessage("queued");
		pool.getJobs().add(job);
		changed.run();
		return job;
	}

	/** Marks a queued job running (its first request went out). */
	void running(Job job) {
		if (job.getState() == JobState.QUEUED) {
			job.setState(JobState.RUNNING);
			job.setStarted(new Date(clock.getAsLong()));
			changed.run();
		}
	}

	void progress(Job job, int worked, String message) {
		if (isFinished(job)) {
			return;
		}
		if (job.getWorked() != worked) {
			job.setWorked(Math.min(job.getTotalWork(), worked));
		}
		if (message != null && !message.equals(job.getMessage())) {
			job.setMessage(message);
		}
		changed.run();
	}

	/** Ends a job once; later calls do nothing (a cancelled job's late answers, say). */
	boolean finish(Job job, JobState state, String message) {
		if (isFinished(job)) {
			return false;
		}
		long now = clock.getAsLong();
		if (job.getStarted() == null) {
			job.setStarted(new Date(now));
		}
		if (state == JobState.SUCCEEDED) {
			job.setWorked(job.getTotalWork());
		}
		job.setState(state);
		job.setMessage(message);
		job.setFinished(new Date(now));
		if (job.eContainer() != null) {
			finished.addLast(job);
			trim();
		}
		changed.run();
		return true;
	}

	static boolean isFinished(Job job) {
		JobState state = job.getState();
		return state == JobState.SUCCEEDED || state == JobState.FAILED || state == JobState.CANCELLED;
	}

	private void trim() {
		while (finished.size() > history) {
			Job oldest = finished.pollFirst();
			if (oldest.eContainer() == pool) {
				pool.getJobs().remove(oldest);
			}
		}
	}
}
