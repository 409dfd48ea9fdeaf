package org.flotilla.agent.tasks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

import org.flotilla.agent.internal.tasks.TaskStore.TaskRecord;
import org.flotilla.protocol.tasks.TaskSpec;
import org.flotilla.protocol.tasks.TaskStatus;

/** One task as the runtime supervises it. Guarded by the {@link TaskRuntime}'s lock. */
final class SupervisedTask {

	final String id;
	TaskSpec spec;
	long highestEpoch;
	boolean wantRunning;
	TaskStatus.State state = TaskStatus.State.STOPPED;
	String reason = "";
	Integer exitCode;
	/** Restarts in a row (a run longer than the settings' resetAfter starts again from 0). */
	int restarts;
	/** The task's session leader (its wrapper), 0 when none runs. */
	long pid;
	long pidStartTicks;
	long startedAt;
	/** The process when this agent started it; null when none runs or it was re-adopted (then it is polled). */
	Process process;
	/** Counts the task's runs: a callback of an earlier run is ignored. */
	long run;
	/** The journaled nonce of the run in flight (see {@code TaskRecord.run}); "" when none. */
	String runId = "";
	/** A stop was signalled and the process has not ended yet (journaled as {@code stopping}). */
	boolean terminating;
	/** The stop's grace is over: every look at the task SIGKILLs whatever of it is left. */
	boolean killing;
	/** {@link System#nanoTime()} at which the stop's SIGKILL is due. */
	long killDueNanos;
	String stopReason = "";
	/** What to do once the stopped process has ended (start the newer epoch that replaces it). */
	Runnable afterStop;
	/** While a stopped task's leader has ended but other processes of it have not: that leader's pid (its session). */
	long drainingSession;
	/** The pending restart, or the SIGKILL that follows a SIGTERM. */
	ScheduledFuture<?> timer;
	/** Completes when the current process ends. */
	CompletableFuture<Void> ended = CompletableFuture.completedFuture(null);
	long changedAt;

	SupervisedTask(String id) {
		this.id = id;
	}

	static SupervisedTask of(TaskRecord record) {
		SupervisedTask t = new SupervisedTask(record.id());
		t.spec = record.spec();
		t.highestEpoch = record.highestEpoch();
		t.wantRunning = record.wantRunning();
		t.pid = record.pid();
		t.pidStartTicks = record.pidStartTicks();
		t.startedAt = record.startedAt();
		t.state = record.state();
		t.reason = record.reason();
		t.exitCode = record.exitCode();
		t.restarts = record.restarts();
		t.runId = record.run();
		t.terminating = record.stopping();
		return t;
	}

	boolean alive() {
		return pid > 0;
	}

	/** Neither running nor about to: a task the runtime may forget to make room. */
	boolean finished() {
		return !alive() && !terminating && !wantRunning && (state == TaskStatus.State.STOPPED || state == TaskStatus.State.EXITED
				|| state == TaskStatus.State.FAILED);
	}

	long epoch() {
		return spec != null ? spec.epoch() : highestEpoch;
	}

	TaskStatus status() {
		return new TaskStatus(id, epoch(), state, pid, exitCode, restarts, spec != null ? spec.kind().wireName() : "",
				reason, alive() ? startedAt : 0);
	}

	TaskRecord record() {
		return new TaskRecord(id, spec, highestEpoch, wantRunning, pid, pidStartTicks, startedAt, state, reason, exitCode,
				restarts, runId, terminating);
	}
}
