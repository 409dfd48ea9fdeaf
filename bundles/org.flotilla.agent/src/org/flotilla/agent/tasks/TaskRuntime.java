package org.flotilla.agent.tasks;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.flotilla.agent.internal.tasks.OutputLog;
import org.flotilla.agent.internal.tasks.ProcFiles;
import org.flotilla.agent.internal.tasks.TaskCgroups;
import org.flotilla.agent.internal.tasks.TaskHistories;
import org.flotilla.agent.internal.tasks.TaskLauncher;
import org.flotilla.agent.internal.tasks.TaskStore;
import org.flotilla.agent.internal.tasks.UsageMeter;
import org.flotilla.agent.HistoryQuery;
import org.flotilla.agent.HistoryResult;
import org.flotilla.protocol.LogText;
import org.flotilla.protocol.SecretFiles;
import org.flotilla.protocol.tasks.TaskSpec;
import org.flotilla.protocol.tasks.TaskSpec.Isolation;
import org.flotilla.protocol.tasks.TaskSpec.RestartPolicy;
import org.flotilla.protocol.tasks.TaskSpec.TaskKind;
import org.flotilla.protocol.tasks.TaskStatus;
import org.flotilla.protocol.tasks.TaskStatus.State;

/**
 * The agent's tasks (see {@code docs/tasks.md}): starts them as process trees in sessions and cgroups of their own,
 * restarts them by policy with back-off, stops them (SIGTERM to every process, SIGKILL after a grace), fences older
 * epochs, stops isolated services, measures them, and journals each task's spec, epoch and desired state so that a
 * new agent re-adopts what still runs (pid and start time both match) and starts what should run and does not.
 * <p>
 * Tasks do not depend on the agent: {@link #close()} leaves them running. One thread ({@code flotilla-tasks}) runs
 * the timers (restarts, SIGKILLs), the exit callbacks and the listeners, in order; processes this agent started are
 * waited for by the JDK ({@link Process#onExit()}), re-adopted ones are looked at once per report interval
 * ({@link #sample()}). Every change of state is journaled first and then told to the listeners.
 */
public final class TaskRuntime implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(TaskRuntime.class.getName());
	/** How long {@link #stop} waits for the process to end before it answers. */
	private static final long STOP_ANSWER_WAIT_MILLIS = 2_000;
	/** How often a re-adopted task being stopped is looked at (the JDK cannot wait for a process it did not start). */
	private static final long ADOPTED_STOP_POLL_MILLIS = 100;
	/**
	 * Between SIGTERM and SIGKILL when isolation stops a service: short, so that the isolated copy is gone before the
	 * console starts the task elsewhere (see {@code docs/tasks.md}, isolation, for the timing this guarantees).
	 */
	public static final Duration ISOLATION_STOP_GRACE = Duration.ofSeconds(2);
	/**
	 * A console that may command tasks (administrator or planner) counts as present only while a message from it
	 * arrived this recently: two periods of the console's heartbeat (it sends one every 2 s), so one late or lost
	 * heartbeat is not isolation, while a partition that leaves the TCP connection open (for many minutes, until
	 * TCP gives up) is. An open connection alone proves nothing.
	 */
	public static final Duration CONSOLE_PRESENCE_WINDOW = Duration.ofSeconds(4);

	/** Told of every change of a task's state, in order, on the runtime's thread: return quickly. */
	public interface Listener {
		void taskChanged(TaskStatus status);
	}

	private final TaskStore store;
	private final TaskSettings settings;
	private final InstantSource clock;
	private final TaskCgroups cgroups;
	private final TaskLauncher launcher;
	private final String launcherProblem;
	private final UsageMeter meter;
	private final TaskHistories histories;
	private final ScheduledThreadPoolExecutor executor;
	private final Map<String, SupervisedTask> tasks = new TreeMap<>();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	/** Tasks whose cgroup could not be removed yet (a process was still leaving): tried again at every sample. */
	private final Set<String> cgroupsToRemove = new LinkedHashSet<>();
	private volatile Supplier<Optional<Duration>> consoles = Optional::empty;
	/** When a console that may command tasks was last heard from (or the runtime started), on {@link #clock}. */
	private volatile long lastConsoleMillis;
	private boolean closed;

	private TaskRuntime(TaskStore store, TaskSettings settings, InstantSource clock, TaskCgroups cgroups,
			TaskLauncher launcher, String launcherProblem) {
		this.store = store;
		this.settings = settings;
		this.clock = clock;
		this.cgroups = cgroups;
		this.launcher = launcher;
		this.launcherProblem = launcherProblem;
		this.meter = new UsageMeter(cgroups);
		this.histories = new TaskHistories(store, clock);
		this.executor = new ScheduledThreadPoolExecutor(1, r -> {
			Thread t = new Thread(r, "flotilla-tasks");
			t.setDaemon(true);
			return t;
		});
		executor.setRemoveOnCancelPolicy(true);
		this.lastConsoleMillis = clock.millis();
	}

	/**
	 * Opens the task journal in {@code dataDir/tasks}, finds where tasks can be confined, re-adopts the tasks that
	 * still run and starts those that should run and do not.
	 *
	 * @param agentGroup the name of the agent's own cgroup (unique per agent on a host)
	 */
	public static TaskRuntime start(Path dataDir, TaskSettings settings, String agentGroup, InstantSource clock)
			throws IOException {
		TaskStore store = new TaskStore(dataDir.resolve("tasks"));
		TaskCgroups cgroups = settings.limits() ? TaskCgroups.detect(settings.cgroupRoot(), agentGroup)
				: TaskCgroups.unconfined("tasks.limits is off in the agent's configuration");
		TaskLauncher launcher = null;
		String problem = null;
		try {
			launcher = TaskLauncher.find();
		} catch (IOException e) {
			problem = "this node cannot run tasks: " + e.getMessage();
		}
		if (!ProcFiles.available()) {
			launcher = null;
			problem = "this node cannot run tasks: the agent runs tasks on Linux only (no /proc)";
		}
		String init = TaskLauncher.initProblem(ProcessHandle.current().pid());
		if (init != null) {
			LOG.log(Level.WARNING, init);
		}
		TaskRuntime runtime = new TaskRuntime(store, settings, clock, cgroups, launcher, problem);
		List<TaskStore.TaskRecord> records = store.load();
		runtime.resume(records);
		LOG.log(Level.INFO, "tasks: " + records.size() + " known, limits " + cgroups.description()
				+ (problem != null ? "; " + problem : ""));
		return runtime;
	}

	/** {@code cgroup v2}, {@code cgroup v1} or {@code not enforced: why}: for the inventory. */
	public String limitsDescription() {
		return cgroups.description();
	}

	/** The cgroup directories of a task (empty when limits are not enforced): for tests and diagnostics. */
	public List<Path> cgroupsOf(String taskId) {
		return cgroups.groups(taskId);
	}

	/** Where the agent keeps a task's files. */
	public Path folderOf(String taskId) {
		return store.folder(taskId);
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/**
	 * Where the runtime learns how long ago a console that may command tasks (administrator or planner) was last
	 * heard from, empty while none is connected (the protocol layer's {@code ProtocolServer.sinceLastHeard}). Such a
	 * console is present while it was heard from within {@link #CONSOLE_PRESENCE_WINDOW}; while none is, the isolation
	 * grace of each task runs, counted from the last time one was heard from. Without this the agent counts itself
	 * isolated since it started.
	 */
	public void watchConsoles(Supplier<Optional<Duration>> sinceLastHeard) {
		consoles = sinceLastHeard == null ? Optional::empty : sinceLastHeard;
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Requests

	/**
	 * Checks what can be checked before a request is audited as accepted: the epoch against the highest seen.
	 *
	 * @throws TaskRefusedException with the reason to answer
	 */
	public synchronized void checkEpoch(String taskId, long epoch) throws TaskRefusedException {
		SupervisedTask t = tasks.get(taskId);
		if (t != null) {
			checkEpoch(t, epoch);
		}
	}

	/**
	 * {@link #checkEpoch} for a {@code run-task}: also refuses the epoch of a {@code stop-task} that came before the
	 * task ever ran here (see {@link #run}).
	 *
	 * @throws TaskRefusedException with the reason to answer
	 */
	public synchronized void checkRun(String taskId, long epoch) throws TaskRefusedException {
		SupervisedTask t = tasks.get(taskId);
		if (t != null) {
			checkEpoch(t, epoch);
			checkNotStoppedBefore(t, epoch);
		}
	}

	private static void checkEpoch(SupervisedTask t, long epoch) throws TaskRefusedException {
		if (epoch < t.highestEpoch) {
			throw new TaskRefusedException("stale epoch " + epoch + " for task '" + t.id + "': this agent has seen epoch "
					+ t.highestEpoch);
		}
	}

	/**
	 * A {@code stop-task} for a task this agent never ran is remembered with its epoch; a {@code run-task} of that
	 * epoch (or an older one) is then refused. The console sends the run before the stop, but the agent answers
	 * requests on two threads, so the stop may be handled first: running the task then would undo the stop.
	 */
	private static void checkNotStoppedBefore(SupervisedTask t, long epoch) throws TaskRefusedException {
		if (t.spec == null && epoch <= t.highestEpoch) {
			throw new TaskRefusedException("task '" + t.id + "' was stopped at epoch " + t.highestEpoch
					+ " before it ever ran here: running it needs a newer epoch than " + t.highestEpoch);
		}
	}

	/**
	 * {@code run-task}: starts the task, or answers its state when it already runs at this epoch; a newer epoch
	 * replaces an instance of an older one (stop, then start).
	 *
	 * @throws TaskRefusedException stale epoch, a command that cannot run here, no room for another task
	 * @throws IOException          the task could not be journaled (nothing was started)
	 */
	public TaskStatus run(TaskSpec spec) throws TaskRefusedException, IOException {
		String program;
		try {
			program = TaskLauncher.program(spec);
		} catch (IllegalArgumentException e) {
			throw new TaskRefusedException(e.getMessage());
		}
		synchronized (this) {
			requireOpen();
			if (launcher == null) {
				throw new TaskRefusedException(launcherProblem);
			}
			SupervisedTask t = tasks.get(spec.id());
			if (t != null) {
				checkEpoch(t, spec.epoch());
				checkNotStoppedBefore(t, spec.epoch());
				if (t.spec != null && t.spec.epoch() == spec.epoch()) {
					boolean active = t.wantRunning
							&& (t.alive() || t.state == State.RESTARTING || t.state == State.STARTING);
					// A batch that ran to completion for this assignment is done: asking again does not run it twice.
					boolean done = t.spec.kind() == TaskKind.BATCH && t.state == State.EXITED;
					if (active || done) {
						return t.status();
					}
				}
			} else {
				t = admit(spec.id());
			}
			TaskSpec before = t.spec;
			boolean replace = t.alive() || t.terminating;
			boolean alreadyStopping = t.terminating;
			SupervisedTask saved = copyForRollback(t);
			// Journaled as being stopped: an agent that dies now finishes the stop of the old process, then starts this.
			t.terminating = replace;
			t.spec = spec;
			t.highestEpoch = Math.max(t.highestEpoch, spec.epoch());
			t.wantRunning = true;
			t.restarts = 0;
			t.exitCode = null;
			// The timer (a restart's, or the SIGKILL of a stop under way) is left to launch and terminate: a failed
			// journal leaves everything as it was.
			if (replace) {
				t.state = State.STARTING;
				t.reason = before != null && before.epoch() != spec.epoch() ? "replacing epoch " + before.epoch()
						: "restarting";
			} else {
				t.state = State.STARTING;
				t.reason = "";
			}
			try {
				store.save(t.record());
			} catch (IOException e) {
				restore(t, saved);
				throw new IOException("cannot journal task '" + spec.id() + "' in " + store.folder(spec.id()) + ": "
						+ e.getMessage(), e);
			}
			String program0 = program;
			SupervisedTask task = t;
			if (replace) {
				String why = before != null && before.epoch() != spec.epoch() ? "replaced by epoch " + spec.epoch()
						: "restarted by a console";
				if (alreadyStopping) {
					t.stopReason = why; // already being stopped: start the new one once it has ended
					t.afterStop = () -> launch(task, program0);
				} else {
					terminate(t, why, () -> launch(task, program0), settings.stopGrace().toMillis());
				}
				changed(t);
			} else {
				launch(t, program);
			}
			return t.status();
		}
	}

	private static SupervisedTask copyForRollback(SupervisedTask t) {
		SupervisedTask c = new SupervisedTask(t.id);
		c.spec = t.spec;
		c.highestEpoch = t.highestEpoch;
		c.wantRunning = t.wantRunning;
		c.restarts = t.restarts;
		c.exitCode = t.exitCode;
		c.state = t.state;
		c.reason = t.reason;
		c.terminating = t.terminating;
		return c;
	}

	private static void restore(SupervisedTask t, SupervisedTask saved) {
		t.spec = saved.spec;
		t.highestEpoch = saved.highestEpoch;
		t.wantRunning = saved.wantRunning;
		t.restarts = saved.restarts;
		t.exitCode = saved.exitCode;
		t.state = saved.state;
		t.reason = saved.reason;
		t.terminating = saved.terminating;
	}

	/**
	 * {@code stop-task}: stops the task (SIGTERM to all its processes, SIGKILL after the grace) and journals it as
	 * stopped; a newer epoch than the instance's fences it (and is remembered). Answers once the process has ended, or
	 * after two seconds with the state then.
	 *
	 * @throws TaskRefusedException stale epoch
	 */
	public TaskStatus stop(String taskId, long epoch) throws TaskRefusedException {
		SupervisedTask t;
		CompletableFuture<Void> ended;
		synchronized (this) {
			requireOpen();
			t = tasks.get(taskId);
			if (t == null) {
				if (!TaskSpec.ID.matcher(taskId).matches() || epoch <= 0) {
					throw new TaskRefusedException("no task '" + LogText.of(taskId, LogText.NAME) + "' with epoch " + epoch);
				}
				// Remember the epoch, so that an older run-task arriving late cannot start it here.
				try {
					t = admit(taskId);
				} catch (TaskRefusedException full) {
					return new TaskStatus(taskId, epoch, State.STOPPED, 0, null, 0, "", "not known on this agent", 0);
				}
				t.highestEpoch = epoch;
				t.reason = "stopped before it ran here";
				changed(t);
				return t.status();
			}
			checkEpoch(t, epoch);
			boolean fenced = t.spec != null && epoch > t.spec.epoch();
			t.highestEpoch = Math.max(t.highestEpoch, epoch);
			stopLocked(t, fenced ? "fenced: epoch " + epoch + " of this task runs elsewhere" : "stopped by a console",
					settings.stopGrace().toMillis());
			ended = t.ended;
		}
		try {
			ended.get(STOP_ANSWER_WAIT_MILLIS, TimeUnit.MILLISECONDS);
		} catch (TimeoutException | ExecutionException e) {
			// answered with the state as it is; the change follows as an event
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		synchronized (this) {
			return t.status();
		}
	}

	/** Stops the task; SIGKILL follows SIGTERM after {@code graceMillis} (sooner when a stop under way has it sooner). */
	private void stopLocked(SupervisedTask t, String reason, long graceMillis) {
		t.wantRunning = false;
		if (t.alive() || t.terminating) {
			t.afterStop = null;
			if (!t.terminating) {
				terminate(t, reason, null, graceMillis);
			} else {
				t.stopReason = reason;
				long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
				if (!t.killing && due - t.killDueNanos < 0) {
					scheduleKill(t, graceMillis);
				}
			}
			t.reason = "stopping: " + reason;
		} else {
			cancelTimer(t);
			if (t.state != State.EXITED && t.state != State.FAILED) {
				t.state = State.STOPPED;
				t.reason = reason;
			}
		}
		changed(t);
	}

	/** {@code task-status}: every task, or the one named (empty when it is not known). */
	public synchronized List<TaskStatus> status(String taskId) {
		List<TaskStatus> result = new ArrayList<>();
		for (SupervisedTask t : tasks.values()) {
			if (taskId == null || t.id.equals(taskId)) {
				result.add(t.status());
			}
		}
		return result;
	}

	/**
	 * {@code task-log}: the last lines of the task's output, at most 64 KiB.
	 *
	 * @throws TaskRefusedException no such task
	 */
	public OutputLog.Tail log(String taskId, int lines) throws TaskRefusedException, IOException {
		synchronized (this) {
			if (!tasks.containsKey(taskId)) {
				throw new TaskRefusedException("no task '" + LogText.of(taskId, LogText.NAME) + "' on this agent");
			}
		}
		return OutputLog.tail(store.output(taskId), lines);
	}

	/**
	 * A task's usage history (cpu in cores, memory in bytes, disk = read + write bytes/s).
	 *
	 * @throws TaskRefusedException no such task
	 */
	public HistoryResult history(String taskId, HistoryQuery query) throws TaskRefusedException, IOException {
		synchronized (this) {
			if (!tasks.containsKey(taskId)) {
				throw new TaskRefusedException("no task '" + LogText.of(taskId, LogText.NAME) + "' on this agent");
			}
		}
		return histories.query(taskId, query);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Running

	/** A task for a new id: within the bound, forgetting the longest finished task when the agent is full. */
	private SupervisedTask admit(String taskId) throws TaskRefusedException {
		if (tasks.size() >= settings.maxTasks()) {
			SupervisedTask oldest = null;
			for (SupervisedTask t : tasks.values()) {
				if (t.finished() && (oldest == null || t.changedAt < oldest.changedAt)) {
					oldest = t;
				}
			}
			if (oldest == null) {
				throw new TaskRefusedException("this agent already has " + tasks.size() + " tasks, none of them finished "
						+ "(tasks.max = " + settings.maxTasks() + ")");
			}
			try {
				histories.forget(oldest.id);
			} catch (IOException e) {
				throw new TaskRefusedException("this agent has " + tasks.size() + " tasks (tasks.max) and cannot forget "
						+ "the finished task '" + oldest.id + "': " + e.getMessage());
			}
			tasks.remove(oldest.id);
			LOG.log(Level.INFO, "forgot the finished task '" + oldest.id + "' to make room for '" + taskId + "'");
		}
		SupervisedTask t = new SupervisedTask(taskId);
		tasks.put(taskId, t);
		return t;
	}

	/**
	 * Starts the task's process now (caller holds the lock). The run is journaled first, with a nonce of its own that
	 * the process carries in its environment and its wrapper writes with the exit code: an agent that dies at any
	 * moment of this leaves a journal from which the next one finds the process, or learns that it ended and how, or
	 * that it never started; it never starts the run a second time.
	 */
	private void launch(SupervisedTask t, String program) {
		long run = ++t.run;
		t.terminating = false;
		t.killing = false;
		t.afterStop = null;
		t.stopReason = "";
		cancelTimer(t);
		t.pid = 0;
		t.pidStartTicks = 0;
		t.runId = UUID.randomUUID().toString();
		try {
			store.save(t.record());
		} catch (IOException e) {
			t.runId = "";
			afterExit(t, null, "could not start: the launch cannot be journaled in " + store.folder(t.id) + ": "
					+ e.getMessage());
			return;
		}
		String note = "";
		List<Path> procs = List.of();
		try {
			cgroupsToRemove.remove(t.id);
			procs = cgroups.prepare(t.id, t.spec.cpuCores(), t.spec.memoryMib());
		} catch (IOException e) {
			note = "limits not applied: " + e.getMessage();
			LOG.log(Level.WARNING, "task '" + t.id + "': " + note);
			cgroups.remove(t.id);
		}
		try {
			SecretFiles.createFolder(store.folder(t.id));
			TaskLauncher.Launched launched = launcher.start(t.spec, t.runId, program, procs, store.workDirectory(t.id),
					store.output(t.id), store.exitCodeFile(t.id));
			t.process = launched.process();
			t.pid = launched.pid();
			t.pidStartTicks = launched.startTicks();
			t.startedAt = clock.millis();
			t.state = State.RUNNING;
			t.reason = t.restarts > 0 ? "restart " + t.restarts + " in a row" + (note.isEmpty() ? "" : "; " + note) : note;
			t.ended = new CompletableFuture<>();
			Process process = launched.process();
			process.onExit().whenComplete((p, failure) -> onRuntimeThread(() -> exited(t, run, exitValue(process))));
			changed(t);
		} catch (IOException | RuntimeException e) {
			t.process = null;
			t.pid = 0;
			t.startedAt = 0;
			t.runId = "";
			afterExit(t, null, "could not start: " + e.getMessage());
		}
	}

	private static Integer exitValue(Process process) {
		try {
			return process.exitValue();
		} catch (IllegalThreadStateException e) {
			return null;
		}
	}

	private void onRuntimeThread(Runnable action) {
		try {
			executor.execute(action);
		} catch (RejectedExecutionException e) {
			// the runtime was closed: the next agent re-adopts the task
		}
	}

	/** The task's process (its wrapper) ended; {@code code} null when unknown. */
	private synchronized void exited(SupervisedTask t, long run, Integer code) {
		if (closed || run != t.run || !t.alive()) {
			return;
		}
		long ranMillis = clock.millis() - t.startedAt;
		long pid = t.pid;
		t.process = null;
		t.pid = 0;
		t.pidStartTicks = 0;
		t.runId = ""; // its end is handled here
		t.exitCode = code;
		histories.close(t.id);
		if (t.terminating) {
			// Stopped: every process of the task has its grace to end (the SIGKILL timer stays armed). One started
			// while the first SIGTERM went out gets its own now (or a SIGKILL, once the grace is over).
			signal(t.id, pid, t.killing);
			t.drainingSession = pid;
			drain(t, run);
			return;
		}
		cancelTimer(t);
		// It ended by itself: whatever it left behind in its session or cgroup goes with it.
		signal(t.id, pid, true);
		removeCgroup(t.id);
		if (ranMillis > settings.resetAfter().toMillis()) {
			t.restarts = 0;
		}
		CompletableFuture<Void> ended = t.ended;
		afterExit(t, code, code == null ? "ended without an exit code (killed by a signal)" : "exited with code " + code);
		ended.complete(null);
	}

	/** Finishes a stop once no process of the task is left; until then looks again every 100 ms. */
	private synchronized void drain(SupervisedTask t, long run) {
		if (closed || run != t.run || !t.terminating || t.drainingSession == 0) {
			return;
		}
		if (!processesOf(t.id, t.drainingSession).isEmpty()) {
			try {
				executor.schedule(() -> drain(t, run), ADOPTED_STOP_POLL_MILLIS, TimeUnit.MILLISECONDS);
			} catch (RejectedExecutionException e) {
				// closed
			}
			return;
		}
		cancelTimer(t);
		t.drainingSession = 0;
		t.terminating = false;
		t.killing = false;
		removeCgroup(t.id);
		CompletableFuture<Void> ended = t.ended;
		Runnable after = t.afterStop;
		t.afterStop = null;
		if (after != null) {
			after.run();
		} else {
			t.state = State.STOPPED;
			t.reason = t.stopReason;
			t.startedAt = 0;
			changed(t);
		}
		ended.complete(null);
	}

	private void removeCgroup(String taskId) {
		if (!cgroups.remove(taskId)) {
			cgroupsToRemove.add(taskId);
		}
	}

	/** What follows a run that ended by itself (or never started): done, a restart after back-off, or failed. */
	private void afterExit(SupervisedTask t, Integer code, String how) {
		t.exitCode = code;
		t.startedAt = 0;
		boolean failed = code == null || code != 0;
		boolean batch = t.spec.kind() == TaskKind.BATCH;
		boolean restart = switch (t.spec.restart()) {
		case ALWAYS -> !batch || failed; // a batch that succeeded is done whatever the policy
		case ON_FAILURE -> failed;
		case NEVER -> false;
		};
		if (!restart) {
			t.wantRunning = false;
			t.state = failed && (!batch || code == null) ? State.FAILED : State.EXITED;
			t.reason = how + (t.spec.restart() == RestartPolicy.NEVER && failed ? " (restart: never)" : "");
			changed(t);
			return;
		}
		if (t.restarts >= t.spec.maxRestarts()) {
			t.wantRunning = false;
			t.state = State.FAILED;
			t.reason = "gave up after " + t.restarts + " restarts in a row: the last run " + how;
			changed(t);
			return;
		}
		t.restarts++;
		long delay = backoffMillis(t.restarts);
		t.state = State.RESTARTING;
		t.reason = how + "; restart " + t.restarts + " of at most " + t.spec.maxRestarts() + " in " + delay + " ms";
		long run = t.run;
		t.timer = executor.schedule(() -> restartDue(t, run), delay, TimeUnit.MILLISECONDS);
		changed(t);
	}

	/** 1 s, 2 s, 4 s... at most 30 s (the settings' values). */
	long backoffMillis(int restart) {
		long first = settings.firstBackoff().toMillis();
		long max = settings.maxBackoff().toMillis();
		int shift = Math.min(restart - 1, 30);
		return Math.min(max, first << shift);
	}

	private synchronized void restartDue(SupervisedTask t, long run) {
		if (closed || t.run != run || !t.wantRunning || t.state != State.RESTARTING) {
			return;
		}
		String program;
		try {
			program = TaskLauncher.program(t.spec);
		} catch (IllegalArgumentException e) {
			afterExit(t, null, "could not start: " + e.getMessage());
			return;
		}
		launch(t, program);
	}

	/**
	 * Signals SIGTERM to every process of the task and arms the SIGKILL for {@code graceMillis} later; {@code after}
	 * runs once it has ended.
	 */
	private void terminate(SupervisedTask t, String reason, Runnable after, long graceMillis) {
		t.terminating = true;
		t.killing = false;
		t.stopReason = reason;
		t.afterStop = after;
		cancelTimer(t);
		if (t.process != null) {
			t.process.destroy(); // also before it has made its session (then the scan of its session misses it)
		}
		signal(t.id, t.pid, false);
		scheduleKill(t, graceMillis);
		if (t.process == null) {
			long run = t.run;
			executor.schedule(() -> pollAdopted(t, run), ADOPTED_STOP_POLL_MILLIS, TimeUnit.MILLISECONDS);
		}
	}

	private void scheduleKill(SupervisedTask t, long graceMillis) {
		cancelTimer(t);
		long run = t.run;
		t.killDueNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
		t.timer = executor.schedule(() -> killDue(t, run, graceMillis), graceMillis, TimeUnit.MILLISECONDS);
	}

	/**
	 * The grace is over: SIGKILL to whatever of the task is left, and again every 100 ms until nothing is (a process
	 * forked between a look at the task's processes and their SIGKILL was not among them).
	 */
	private synchronized void killDue(SupervisedTask t, long run, long graceMillis) {
		if (closed || t.run != run || !t.terminating) {
			return;
		}
		t.killing = true;
		long session = t.alive() ? t.pid : t.drainingSession;
		if (t.process != null) {
			t.process.destroyForcibly();
		}
		LOG.log(Level.WARNING, "task '" + t.id + "' (session " + session + ") did not end within " + graceMillis
				+ " ms of SIGTERM: SIGKILL");
		kill(t, session);
		sweepAgain(t, run);
	}

	/** SIGKILL to the task's cgroup at once where the kernel can, and to each process of it that can be seen. */
	private void kill(SupervisedTask t, long session) {
		cgroups.kill(t.id);
		signal(t.id, session, true);
	}

	private void sweepAgain(SupervisedTask t, long run) {
		try {
			executor.schedule(() -> sweep(t, run), ADOPTED_STOP_POLL_MILLIS, TimeUnit.MILLISECONDS);
		} catch (RejectedExecutionException e) {
			// closed
		}
	}

	private synchronized void sweep(SupervisedTask t, long run) {
		if (closed || t.run != run || !t.terminating || !t.killing) {
			return;
		}
		kill(t, t.alive() ? t.pid : t.drainingSession);
		sweepAgain(t, run);
	}

	private void pollAdopted(SupervisedTask t, long run) {
		boolean again;
		synchronized (this) {
			if (closed || t.run != run || !t.alive() || !t.terminating) {
				return;
			}
			again = !checkAdopted(t);
		}
		if (again) {
			try {
				executor.schedule(() -> pollAdopted(t, run), ADOPTED_STOP_POLL_MILLIS, TimeUnit.MILLISECONDS);
			} catch (RejectedExecutionException e) {
				// closed
			}
		}
	}

	/** Whether a re-adopted task's process has ended; if so, handles it. */
	private boolean checkAdopted(SupervisedTask t) {
		if (t.process != null || !t.alive()) {
			return false;
		}
		ProcFiles.Stat stat = ProcFiles.stat(t.pid);
		if (stat != null && !stat.zombie() && stat.startTicks() == t.pidStartTicks) {
			return false;
		}
		exited(t, t.run, TaskLauncher.exitCode(store.exitCodeFile(t.id), t.runId));
		return true;
	}

	/**
	 * Sends SIGTERM (or SIGKILL) to every process of the task: those in its cgroup and those in its session (the
	 * session of its wrapper, {@code leader}), whatever process group they moved to.
	 */
	private void signal(String taskId, long leader, boolean kill) {
		for (long pid : processesOf(taskId, leader)) {
			ProcessHandle.of(pid).ifPresent(handle -> {
				if (kill) {
					handle.destroyForcibly();
				} else {
					handle.destroy();
				}
			});
		}
	}

	/** The live processes of a task: in its cgroup, and in the session its wrapper {@code leader} leads (or led). */
	private Set<Long> processesOf(String taskId, long leader) {
		Set<Long> pids = new LinkedHashSet<>();
		for (long pid : cgroups.members(taskId)) {
			ProcFiles.Stat stat = ProcFiles.stat(pid);
			if (stat != null && !stat.zombie()) {
				pids.add(pid);
			}
		}
		if (leader > 0) {
			ProcFiles.Stat stat = ProcFiles.stat(leader);
			if (stat != null && !stat.zombie() && stat.session() == leader) {
				pids.add(leader);
			}
			for (ProcFiles.Stat member : ProcFiles.sessionMembers(leader)) {
				pids.add(member.pid());
			}
		}
		pids.remove(ProcessHandle.current().pid());
		return pids;
	}

	private static void cancelTimer(SupervisedTask t) {
		if (t.timer != null) {
			t.timer.cancel(false);
			t.timer = null;
		}
	}

	/** Journals the task's state and tells the listeners (in order, on the runtime's thread). */
	private void changed(SupervisedTask t) {
		t.changedAt = clock.millis();
		try {
			store.save(t.record());
		} catch (IOException e) {
			LOG.log(Level.WARNING, "cannot journal task '" + t.id + "' in " + store.folder(t.id) + ": " + e.getMessage()
					+ "; a restarted agent may not know its latest state");
		}
		TaskStatus status = t.status();
		onRuntimeThread(() -> {
			for (Listener l : listeners) {
				try {
					l.taskChanged(status);
				} catch (RuntimeException e) {
					LOG.log(Level.WARNING, "task listener " + l + " failed", e);
				}
			}
		});
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Start of the agent

	/** Re-adopts what still runs, starts what should run and does not (at start, before anyone can ask). */
	private synchronized void resume(List<TaskStore.TaskRecord> records) {
		for (TaskStore.TaskRecord record : records) {
			tasks.put(record.id(), SupervisedTask.of(record));
		}
		for (SupervisedTask t : tasks.values()) {
			t.changedAt = clock.millis();
			boolean stopping = t.terminating; // the journal says its process was being stopped
			t.terminating = false;
			if (t.spec == null) {
				continue;
			}
			if (t.pid <= 0 && !t.runId.isEmpty()) {
				findUnrecorded(t); // started just before the agent died, before its pid was journaled
			}
			if (t.pid > 0) {
				ProcFiles.Stat stat = ProcFiles.stat(t.pid);
				if (stat != null && !stat.zombie() && t.pidStartTicks != 0 && stat.startTicks() == t.pidStartTicks) {
					readopt(t, stopping);
					continue;
				}
				// It ended while the agent was away (or the pid is another process's now: not ours, left alone).
				Integer code = TaskLauncher.exitCode(store.exitCodeFile(t.id), t.runId);
				long pid = t.pid;
				t.pid = 0;
				t.pidStartTicks = 0;
				t.runId = "";
				t.run++;
				LOG.log(Level.INFO, "task '" + t.id + "' (pid " + pid + ") ended while the agent was away"
						+ (code != null ? " with exit code " + code : ""));
				if (stopping && !processesOf(t.id, pid).isEmpty()) {
					finishStop(t, pid); // its leader ended, not all of it: the stop goes on, then the replacement
					continue;
				}
				// Whatever it left behind in its session or cgroup goes with it, as with a run that ends under watch.
				signal(t.id, pid, true);
				removeCgroup(t.id);
				if (t.wantRunning && stopping) {
					startOnResume(t); // it was being replaced by this spec: the replacement is due
				} else if (t.wantRunning) {
					afterExit(t, code, (code == null ? "ended while the agent was away"
							: "exited with code " + code + " while the agent was away"));
				} else {
					stoppedOnResume(t, stopping);
				}
				continue;
			}
			if (!t.runId.isEmpty()) {
				// Journaled as launched, and no process of that run is left: it ran to its end (its wrapper wrote the
				// exit code with the run's nonce), or it never started (the agent died before it could start it).
				Integer code = TaskLauncher.exitCode(store.exitCodeFile(t.id), t.runId);
				t.runId = "";
				if (code != null && t.wantRunning && !stopping) {
					LOG.log(Level.INFO, "task '" + t.id + "' ran while the agent was away and exited with code " + code);
					t.run++;
					removeCgroup(t.id);
					afterExit(t, code, "exited with code " + code + " while the agent was away");
					continue;
				}
			}
			if (t.wantRunning) {
				startOnResume(t);
			} else if (stopping) {
				stoppedOnResume(t, true);
			}
		}
	}

	/** A task not to run whose process is gone (resume): stopped, unless it had exited or failed by itself. */
	private void stoppedOnResume(SupervisedTask t, boolean stopping) {
		if (t.state != State.EXITED && t.state != State.FAILED) {
			t.state = State.STOPPED;
			if (stopping) {
				t.reason = stopReasonOf(t);
			}
		}
		changed(t);
	}

	/** Why a journaled stop was made (its reason reads "stopping: why" while it is under way). */
	private static String stopReasonOf(SupervisedTask t) {
		String prefix = "stopping: ";
		return t.reason.startsWith(prefix) ? t.reason.substring(prefix.length())
				: t.reason.isEmpty() ? "stopped by a console" : t.reason;
	}

	/**
	 * Goes on with a journaled stop whose session leader {@code leader} has ended while the agent was away but other
	 * processes of it have not: SIGTERM, SIGKILL after the grace; then the task is stopped, or its replacement starts.
	 */
	private void finishStop(SupervisedTask t, long leader) {
		SupervisedTask task = t;
		t.terminating = true;
		t.killing = false;
		t.stopReason = stopReasonOf(t);
		t.afterStop = t.wantRunning ? () -> startOnResume(task) : null;
		t.drainingSession = leader;
		t.ended = new CompletableFuture<>();
		signal(t.id, leader, false);
		scheduleKill(t, settings.stopGrace().toMillis());
		long run = t.run;
		executor.schedule(() -> drain(task, run), ADOPTED_STOP_POLL_MILLIS, TimeUnit.MILLISECONDS);
		changed(t);
	}

	/** Takes a task whose process still runs back under supervision (resume). */
	private void readopt(SupervisedTask t, boolean stopping) {
		t.ended = new CompletableFuture<>();
		LOG.log(Level.INFO, "task '" + t.id + "' (epoch " + t.spec.epoch() + ") still runs as pid " + t.pid
				+ ": re-adopted");
		if (!t.wantRunning) {
			terminate(t, stopReasonOf(t), null, settings.stopGrace().toMillis());
		} else if (stopping) {
			// An older run being replaced by this spec: end it, then start this one.
			SupervisedTask task = t;
			terminate(t, stopReasonOf(t), () -> startOnResume(task), settings.stopGrace().toMillis());
		} else {
			t.state = State.RUNNING;
		}
		changed(t);
	}

	/** Starts a task that should run and does not (resume, or a replacement the agent finishes). */
	private void startOnResume(SupervisedTask t) {
		if (launcher == null) {
			t.state = State.FAILED;
			t.reason = launcherProblem;
			changed(t);
			return;
		}
		try {
			launch(t, TaskLauncher.program(t.spec));
		} catch (IllegalArgumentException e) {
			afterExit(t, null, "could not start: " + e.getMessage());
		}
	}

	/**
	 * Finds the session leader of this task's journaled run that the agent started but did not journal the pid of (it
	 * died in between): a process whose environment names the task and the run, and whose working directory is the
	 * task's own (both sides resolved: the data directory may be reached through a symbolic link). Adopting it instead
	 * of starting another keeps the task single.
	 */
	private void findUnrecorded(SupervisedTask t) {
		Path work;
		try {
			work = store.workDirectory(t.id).toRealPath();
		} catch (IOException e) {
			return; // no working directory: the run never got as far as starting
		}
		for (ProcFiles.Stat stat : ProcFiles.all()) {
			if (stat.pid() != stat.session() || stat.zombie()
					|| !t.runId.equals(ProcFiles.environment(stat.pid(), TaskLauncher.TASK_RUN_VARIABLE))
					|| !t.id.equals(ProcFiles.environment(stat.pid(), TaskLauncher.TASK_ID_VARIABLE))) {
				continue;
			}
			try {
				if (Path.of("/proc", Long.toString(stat.pid()), "cwd").toRealPath().equals(work)) {
					t.pid = stat.pid();
					t.pidStartTicks = stat.startTicks();
					return;
				}
			} catch (IOException | RuntimeException e) {
				// not readable: not ours to adopt
			}
		}
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Every report interval

	/**
	 * Called once per report interval by the agent's sampler: notices re-adopted tasks that ended, applies isolation,
	 * rotates output files, removes cgroups left behind, and measures the running tasks (also into their history).
	 */
	public List<TaskUsage> sample() {
		List<UsageMeter.Target> targets = new ArrayList<>();
		long now = clock.millis();
		Optional<Duration> heard;
		try {
			heard = consoles.get();
		} catch (RuntimeException e) {
			heard = Optional.empty();
		}
		boolean present = heard.isPresent() && heard.get().compareTo(CONSOLE_PRESENCE_WINDOW) < 0;
		if (heard.isPresent()) {
			lastConsoleMillis = Math.max(lastConsoleMillis, now - heard.get().toMillis());
		}
		synchronized (this) {
			if (closed) {
				return List.of();
			}
			cgroupsToRemove.removeIf(cgroups::remove);
			long quiet = now - lastConsoleMillis;
			for (SupervisedTask t : new ArrayList<>(tasks.values())) {
				if (checkAdopted(t)) {
					continue;
				}
				if (!present && t.spec != null && t.wantRunning && t.spec.kind() == TaskKind.SERVICE
						&& t.spec.isolation() == Isolation.STOP && quiet > t.spec.isolationGraceMillis()) {
					LOG.log(Level.WARNING, "task '" + t.id + "': no console for " + quiet / 1000 + " s: stopping it");
					stopLocked(t, "isolated: no console for " + quiet / 1000 + " s", ISOLATION_STOP_GRACE.toMillis());
				}
				if (t.alive()) {
					targets.add(new UsageMeter.Target(t.id, t.pid));
					try {
						OutputLog.rotateIfFull(store.output(t.id));
					} catch (IOException e) {
						LOG.log(Level.WARNING, "cannot rotate " + store.output(t.id) + ": " + e.getMessage());
					}
				}
			}
		}
		List<TaskUsage> usage = new ArrayList<>();
		for (UsageMeter.Measured m : meter.measure(targets)) {
			usage.add(new TaskUsage(m.taskId(), now, m.cpuCores(), m.memoryBytes(), m.readBytesPerSec(),
					m.writeBytesPerSec()));
		}
		histories.record(usage);
		return usage;
	}

	// ---------------------------------------------------------------------------------------------------------------

	private void requireOpen() {
		if (closed) {
			throw new IllegalStateException("the task runtime is closed");
		}
	}

	/**
	 * Stops supervising (timers, callbacks) and closes the histories; the tasks themselves keep running, and the next
	 * agent on this data directory re-adopts them.
	 */
	@Override
	public void close() {
		synchronized (this) {
			if (closed) {
				return;
			}
			closed = true;
		}
		executor.shutdownNow();
		histories.closeAll();
		synchronized (this) {
			cgroupsToRemove.removeIf(cgroups::remove);
			if (tasks.values().stream().noneMatch(SupervisedTask::alive)) {
				cgroups.removeAgentGroups();
			}
		}
	}
}
