package org.flotilla.console.core.tasks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.flotilla.console.core.LiveUpdates;
import org.flotilla.console.core.PoolSession;
import org.flotilla.model.Job;
import org.flotilla.model.JobKind;
import org.flotilla.model.JobState;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.RestartPolicy;
import org.flotilla.model.Task;
import org.flotilla.model.TaskKind;
import org.flotilla.model.TaskState;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.tasks.TaskOperations;
import org.flotilla.protocol.tasks.TaskSpec;
import org.flotilla.protocol.tasks.TaskStatus;
import org.flotilla.scheduler.Placement;
import org.flotilla.scheduler.Solver;
import org.flotilla.scheduler.WhatIf;

/**
 * The control service (see {@link TaskControl}): places the pool's tasks with the engine, runs the jobs that
 * start, stop and move them through the nodes' agents, mirrors what the agents report, fences copies of an
 * older epoch and restarts elsewhere the tasks of a node lost for longer than the pool's grace.
 *
 * <p>Everything here runs on the model thread except solving (one thread of its own) and the agents' I/O;
 * their results come back through {@code modelThread}. Its changes to the pool are not the user's edits: they
 * are applied directly (undo never takes back a start) and mark the session dirty through
 * {@link PoolSession#controlChanged()}. Mirroring an agent's report (a task's state, pid, usage) is not a
 * change of the control service's and does not make the pool dirty.
 */
public final class ControlService implements TaskControl {

	/**
	 * How the service paces itself.
	 *
	 * @param solveTime         the longest the engine searches for one placement
	 * @param requestsInFlight  requests to agents unanswered at once, at most
	 * @param requestTimeout    how long an agent has to answer a request
	 * @param reportTimeout     how long a task has, after its agent accepted run-task (stop-task), to be reported
	 *                          running (stopped)
	 * @param jobHistory        finished jobs the pool keeps
	 * @param placementInterval pending tasks are placed at most this often from {@link #tick}
	 */
	public record Settings(Duration solveTime, int requestsInFlight, Duration requestTimeout, Duration reportTimeout,
			int jobHistory, Duration placementInterval) {

		public static final Settings DEFAULTS = new Settings(Duration.ofSeconds(1), 64, Duration.ofSeconds(30),
				Duration.ofSeconds(30), 500, Duration.ofSeconds(1));
	}

	/** Tasks whose unplaced reason is worked out in full per solve (each costs one explanation per node). */
	static final int EXPLAINED_PER_SOLVE = 20;
	/** Samples of observed usage kept per task. */
	static final int USAGE_SAMPLES = 300;
	private static final Pattern NAME = TaskSpec.ID;
	static final String NO_AGENTS = "fits nowhere: no node has an agent this console connects to (an address host:port)";

	private final PoolSession session;
	private final Agents agents;
	private final ConsoleRole role;
	private final String person;
	private final Executor modelThread;
	private final Settings settings;
	private final LongSupplier clock;
	private final ExecutorService solverThread = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "flotilla-placement");
		thread.setDaemon(true);
		return thread;
	});
	private final AtomicReference<Solver> solving = new AtomicReference<>();
	private final PoolSession.Listener sessionListener = new PoolSession.Listener() {
		@Override
		public void poolReplaced(Pool pool) {
			adopt(pool);
		}
	};

	private AgentRequests requests;
	private AgentSteps steps;
	private final JobRecords jobs;
	private Pool pool;
	/** Jobs under way (not finished), with what cancelling them needs. */
	private final Map<Job, JobRun> runs = new IdentityHashMap<>();
	/** Start jobs waiting for the engine to place their task. */
	private final Map<Task, JobRun> awaitingPlacement = new IdentityHashMap<>();
	/** Per task, the highest epoch this console has issued (an assignment that was rolled back keeps its number used). */
	private final Map<Task, Long> issued = new IdentityHashMap<>();
	/** Tasks handed over from a node (moved or drained, service started elsewhere first): its reports are expected, not fenced. */
	private final Map<Task, Node> handingOver = new IdentityHashMap<>();
	/** Tasks pending because their node was lost, and that node (their start job is a restart elsewhere). */
	private final Map<Task, Node> lostFrom = new IdentityHashMap<>();
	/**
	 * Per node not ready (unreachable, in maintenance…), the console time its silence counts from: its last report,
	 * or when it was first seen without one. Kept across changes of state (draining a silent node does not reset it).
	 */
	private final Map<Node, Long> silentSince = new IdentityHashMap<>();
	/** Nodes found silent: asked what they run when they are heard from again. */
	private final Set<Node> silent = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
	/** Silent nodes whose tasks were restarted elsewhere (once per silence). */
	private final Set<Node> lost = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
	/** Nodes asked task-status, answer awaited. */
	private final Set<Node> reconciling = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
	/** Nodes whose task-status did not get through, with their last report then: asked again once heard from since. */
	private final Map<Node, Long> reconcileAfter = new IdentityHashMap<>();
	private UnmanagedTasks unmanaged = new UnmanagedTasks();
	private final Map<String, Task> tasksByName = new HashMap<>();
	private final Map<String, Node> nodesByName = new HashMap<>();
	private int indexedTasks = -1;
	/** A report of an unknown name re-indexes at most once between ticks: unknown names must not cost O(tasks) each. */
	private boolean tasksReindexed;
	private boolean nodesReindexed;
	private int indexedNodes = -1;
	private boolean placing;
	private boolean placeAgain;
	private boolean placementWanted;
	private long lastPlacement = Long.MIN_VALUE / 2;
	private long nodeSignature;
	private long generation;
	private boolean closed;

	/** The service with the {@link Settings#DEFAULTS} and the system clock. */
	public ControlService(PoolSession session, Agents agents, ConsoleRole role, String person, Executor modelThread) {
		this(session, agents, role, person, modelThread, Settings.DEFAULTS, System::currentTimeMillis);
	}

	/**
	 * @param modelThread where model work runs and futures complete (the UI thread's asyncExec in the console)
	 * @param clock       epoch milliseconds, for job dates and deadlines (tests pass one they drive)
	 */
	public ControlService(PoolSession session, Agents agents, ConsoleRole role, String person, Executor modelThread,
			Settings settings, LongSupplier clock) {
		this.session = Objects.requireNonNull(session, "session");
		this.agents = Objects.requireNonNull(agents, "agents");
		this.role = Objects.requireNonNull(role, "role");
		this.person = person;
		this.modelThread = Objects.requireNonNull(modelThread, "modelThread");
		this.settings = Objects.requireNonNull(settings, "settings");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.jobs = new JobRecords(settings.jobHistory(), clock, session::controlChanged);
		session.addListener(sessionListener);
		adopt(session.getPool());
	}

	@Override
	public ConsoleRole role() {
		return role;
	}

	// ---------------------------------------------------------------- the pool this service works on

	/** Starts over on a new pool: what was under way belonged to the old one. */
	private void adopt(Pool newPool) {
		if (requests != null) {
			requests.abandon();
		}
		generation++;
		Solver solver = solving.getAndSet(null);
		if (solver != null) {
			solver.cancel();
		}
		requests = new AgentRequests(agents, modelThread, settings.requestsInFlight(), settings.requestTimeout().toMillis(),
				clock);
		steps = new AgentSteps(requests, clock, settings.reportTimeout().toMillis(), this::person);
		pool = newPool;
		runs.clear();
		awaitingPlacement.clear();
		issued.clear();
		handingOver.clear();
		lostFrom.clear();
		silentSince.clear();
		silent.clear();
		lost.clear();
		reconciling.clear();
		reconcileAfter.clear();
		unmanaged = new UnmanagedTasks();
		indexedTasks = indexedNodes = -1;
		placing = placeAgain = false;
		placementWanted = true;
		jobs.adopt(newPool);
		// The file may be older than what the agents know (a task saved while placed, an older copy reloaded): ask
		// every agent what it runs. One that is not connected yet is asked again once it is heard from.
		for (Node node : newPool.getAllNodes()) {
			if (runsTasks(node)) {
				reconcile(node);
			}
		}
	}

	private Pool pool() {
		Pool current = session.getPool();
		if (current != pool) {
			adopt(current);
		}
		return pool;
	}

	private void requireControl(String what) {
		if (closed) {
			throw new IllegalStateException("the control service is closed");
		}
		if (!mayControl()) {
			throw new IllegalStateException("a " + role.name().toLowerCase(Locale.ROOT) + " console may not " + what
					+ " (only administrator and planner consoles may)");
		}
	}

	private void changed() {
		session.controlChanged();
	}

	// ---------------------------------------------------------------- TaskControl: placing and starting

	@Override
	public CompletableFuture<Preview> preview(List<Task> newTasks) {
		if (closed) {
			return CompletableFuture.failedFuture(new IllegalStateException("the control service is closed"));
		}
		Pool current = pool();
		CompletableFuture<Preview> result = new CompletableFuture<>();
		List<Task> tasks = List.copyOf(newTasks);
		Map<Task, String> refused = new IdentityHashMap<>();
		Set<String> names = new HashSet<>();
		for (Task task : tasks) {
			String problem = nameProblem(task, names);
			if (problem != null) {
				refused.put(task, problem);
			}
		}
		List<Task> placeable = tasks.stream().filter(t -> !refused.containsKey(t)).toList();
		PoolProblems.PoolProblem problem = PoolProblems.forPlacing(current, placeable, ControlService::runsTasks);
		CompletableFuture.supplyAsync(() -> solve(problem, placeable), solverThread).whenCompleteAsync((solved, failure) -> {
			if (failure != null) {
				result.completeExceptionally(unwrap(failure));
				return;
			}
			List<TaskPreview> previews = new ArrayList<>();
			for (Task task : tasks) {
				String why = refused.get(task);
				if (why != null) {
					previews.add(new TaskPreview(task.getName(), null, false, why));
					continue;
				}
				int index = problem.indexOf(task);
				if (index < 0) {
					previews.add(new TaskPreview(task.getName(), null, false, "pinned to a node whose agent this console"
							+ " does not connect to"));
					continue;
				}
				int node = solved.placement.nodeIndexOf(index);
				boolean predicted = problem.isDemandPredicted(index);
				if (node < 0) {
					previews.add(new TaskPreview(task.getName(), null, predicted, problem.nodes().isEmpty() ? NO_AGENTS
							: solved.reasons.getOrDefault(task, "fits nowhere")));
				} else {
					Node target = problem.node(node);
					previews.add(new TaskPreview(task.getName(), target.getName(), predicted,
							fitsBecause(problem, solved.placement, index, node)));
				}
			}
			result.complete(new Preview(previews));
		}, modelThread);
		return result;
	}

	@Override
	public List<Job> submit(List<Task> newTasks) {
		requireControl("submit tasks");
		Pool current = pool();
		Set<String> names = new HashSet<>();
		for (Task task : newTasks) {
			String problem = nameProblem(task, names);
			if (problem != null) {
				throw new IllegalArgumentException(problem);
			}
			if (task.getCommand() == null || task.getCommand().isBlank()) {
				throw new IllegalArgumentException("task '" + task.getName() + "' has no command");
			}
			if (task.getMaxRestarts() < 0) {
				throw new IllegalArgumentException("task '" + task.getName() + "': maxRestarts must be 0 or more, is "
						+ task.getMaxRestarts());
			}
		}
		List<Job> started = new ArrayList<>();
		for (Task task : newTasks) {
			task.setState(TaskState.PENDING);
			task.setDesiredRunning(true);
			task.setStateReason("waiting for placement");
			if (!task.isPinned()) {
				task.setNode(null);
			}
		}
		current.getTasks().addAll(newTasks);
		changed();
		for (Task task : newTasks) {
			started.add(awaitPlacement(task).job);
		}
		placeNow();
		return started;
	}

	/** A start job for a pending task, queued until the engine places it. */
	private JobRun awaitPlacement(Task task) {
		JobRun waiting = awaitingPlacement.get(task);
		if (waiting != null) {
			return waiting;
		}
		JobRun run = new JobRun(jobs.create(JobKind.START, "Start " + task.getName(), task, null, null, 2));
		jobs.progress(run.job, 0, "waiting for placement");
		run.onCancel.add(() -> {
			awaitingPlacement.remove(task);
			if (task.getState() == TaskState.PENDING) {
				task.setDesiredRunning(false);
				task.setState(TaskState.STOPPED);
				task.setStateReason("start cancelled");
				changed();
			}
		});
		awaitingPlacement.put(task, run);
		return run;
	}

	/** Why a new task cannot be added under its name; null when it can. */
	private String nameProblem(Task task, Set<String> batchNames) {
		String name = task.getName();
		if (name == null || name.isEmpty()) {
			return "a new task has no name";
		}
		if (!NAME.matcher(name).matches()) {
			return "task name '" + name + "' must be 1 to 64 letters, digits, '.', '_' or '-'";
		}
		if (!batchNames.add(name)) {
			return "task name '" + name + "' is given twice";
		}
		Task existing = taskNamed(name);
		if (existing != null && existing != task) {
			return "task name '" + name + "' is already used in the pool";
		}
		Map.Entry<String, TaskStatus> running = unmanaged.running(name);
		if (running != null) {
			// Its agent would take this console's start for that task (same id): pick another name.
			return "task name '" + name + "' is taken: a task of that name that this pool does not have runs on "
					+ running.getKey() + " (epoch " + running.getValue().epoch() + ")";
		}
		return null;
	}

	@Override
	public Job start(Task task) {
		requireControl("start tasks");
		pool();
		if (TaskSpecs.active(task.getState()) && task.getNode() != null) {
			Job job = jobs.create(JobKind.START, "Start " + task.getName(), task, null, task.getNode(), 1);
			jobs.finish(job, JobState.SUCCEEDED, "already " + task.getState().getLiteral() + " on " + task.getNode().getName());
			return job;
		}
		task.setDesiredRunning(true);
		Node node = task.getNode();
		if (node != null && node.getState() == NodeState.READY && runsTasks(node) && task.getState() != TaskState.PENDING) {
			JobRun run = new JobRun(jobs.create(JobKind.START, "Start " + task.getName(), task, null, node, 2));
			startOn(run, task, node, null);
			return run.job;
		}
		if (task.isPinned() && node != null && node.getState() != NodeState.READY) {
			Job job = jobs.create(JobKind.START, "Start " + task.getName(), task, null, node, 1);
			String why = "pinned to " + node.getName() + ", which is " + node.getState().getLiteral();
			task.setStateReason(why);
			jobs.finish(job, JobState.FAILED, why);
			changed();
			return job;
		}
		if (!task.isPinned()) {
			task.setNode(null);
		}
		task.setState(TaskState.PENDING);
		task.setStateReason("waiting for placement");
		changed();
		JobRun run = awaitPlacement(task);
		placeNow();
		return run.job;
	}

	// ---------------------------------------------------------------- placement

	/** The engine's answer and, for the tasks it left out, why (worked out on the solver's thread). */
	private record Solved(Placement placement, Map<Task, String> reasons) {
	}

	/** Solver thread: places the free tasks of {@code problem}; explains the ones left out. */
	private Solved solve(PoolProblems.PoolProblem problem, List<Task> free) {
		long steps = Math.min(5_000_000L, 20_000L * (free.size() + 1));
		Solver solver = Solver.builder().objective(problem.objective()).timeLimit(settings.solveTime()).maxSteps(steps)
				.seed(42).build();
		solving.set(solver);
		Placement placement;
		try {
			placement = solver.solve(problem.problem());
		} finally {
			solving.compareAndSet(solver, null);
		}
		Map<Task, String> reasons = new IdentityHashMap<>();
		int explained = 0;
		for (Task task : free) {
			int index = problem.indexOf(task);
			if (index >= 0 && placement.nodeIndexOf(index) < 0) {
				reasons.put(task, explained++ < EXPLAINED_PER_SOLVE ? Unplaceable.reason(placement, problem.problem().task(index).id())
						: "fits nowhere (not explained: more than " + EXPLAINED_PER_SOLVE + " tasks fit nowhere)");
			}
		}
		return new Solved(placement, reasons);
	}

	/** Places every pending task that should run, unless a placement is under way (then once more after it). */
	private void placeNow() {
		if (closed || !mayControl()) {
			return;
		}
		if (placing) {
			placeAgain = true;
			return;
		}
		Pool current = pool();
		List<Task> pending = new ArrayList<>();
		for (Task task : current.getTasks()) {
			if (task.getState() == TaskState.PENDING && task.isDesiredRunning()) {
				pending.add(task);
			}
		}
		placementWanted = false;
		lastPlacement = clock.getAsLong();
		if (pending.isEmpty()) {
			return;
		}
		// Services first, then by priority: when the engine's order matters, they go first.
		pending.sort(Comparator.comparing((Task t) -> t.getKind() != TaskKind.SERVICE)
				.thenComparing(Comparator.comparingInt(Task::getPriority).reversed()));
		PoolProblems.PoolProblem problem = PoolProblems.forPlacing(current, pending, ControlService::runsTasks);
		placing = true;
		long started = generation;
		CompletableFuture.supplyAsync(() -> solve(problem, pending), solverThread).whenCompleteAsync((solved, failure) -> {
			if (started != generation || closed) {
				return; // the pool was replaced meanwhile: its placement is gone with it
			}
			placing = false;
			if (failure == null) {
				applyPlacement(problem, pending, solved);
			} else {
				for (Task task : pending) {
					unplaced(task, "placement failed: " + unwrap(failure));
				}
			}
			if (placeAgain) {
				placeAgain = false;
				placeNow();
			}
		}, modelThread);
	}

	private void applyPlacement(PoolProblems.PoolProblem problem, List<Task> pending, Solved solved) {
		for (Task task : pending) {
			if (task.eContainer() != pool || task.getState() != TaskState.PENDING || !task.isDesiredRunning()) {
				settleAwaiting(task); // stopped, removed or placed otherwise while the engine worked: its start job ends
				continue;
			}
			int index = problem.indexOf(task);
			int node = index < 0 ? -1 : solved.placement.nodeIndexOf(index);
			if (index < 0) {
				unplaced(task, "pinned to " + (task.getNode() == null ? "a node" : task.getNode().getName()) + ", whose agent this console does not connect to"
						+ " (its address is not host:port)");
				continue;
			}
			if (node < 0) {
				unplaced(task, problem.nodes().isEmpty() ? NO_AGENTS : solved.reasons.getOrDefault(task, "fits nowhere"));
				continue;
			}
			Node target = problem.node(node);
			if (target.getState() != NodeState.READY || target.eResource() == null) {
				unplaced(task, "pinned to " + target.getName() + ", which is " + target.getState().getLiteral());
				continue;
			}
			JobRun run = awaitingPlacement.remove(task);
			Node from = lostFrom.remove(task);
			if (run == null) {
				run = from != null
						? new JobRun(jobs.create(JobKind.RESTART_ELSEWHERE, "Restart " + task.getName() + " elsewhere", task,
								from, target, 2))
						: new JobRun(jobs.create(JobKind.START, "Start " + task.getName(), task, null, target, 2));
			} else {
				run.job.setTargetNode(target);
			}
			startOn(run, task, target, null);
		}
	}

	/**
	 * Ends the start job waiting for a task's placement when the task no longer waits for one (removed from the
	 * pool, stopped, or found running by its agent); a task still pending keeps waiting.
	 */
	private void settleAwaiting(Task task) {
		JobRun run = awaitingPlacement.get(task);
		if (run == null || task.eContainer() == pool && task.getState() == TaskState.PENDING && task.isDesiredRunning()) {
			return;
		}
		awaitingPlacement.remove(task);
		TaskState state = task.getState();
		if (task.eContainer() != pool) {
			finish(run, JobState.CANCELLED, task.getName() + " was removed from the pool before it was placed");
		} else if (!task.isDesiredRunning()) {
			finish(run, JobState.CANCELLED, "stopped before it was placed");
		} else if (task.getNode() != null && (TaskSpecs.active(state) || state == TaskState.EXITED
				&& task.getKind() == TaskKind.BATCH)) {
			finish(run, JobState.SUCCEEDED, task.getName() + " " + state.getLiteral() + " on " + task.getNode().getName()
					+ " (as its agent reports)");
		} else {
			String reason = task.getStateReason();
			finish(run, JobState.FAILED, task.getName() + " is " + state.getLiteral()
					+ (reason == null || reason.isEmpty() ? "" : ": " + reason));
		}
	}

	private void unplaced(Task task, String why) {
		if (!why.equals(task.getStateReason())) {
			task.setStateReason(why);
		}
		JobRun run = awaitingPlacement.remove(task);
		if (run != null) {
			finish(run, JobState.FAILED, task.getName() + " " + why + "; it stays pending and is placed when the pool changes");
		}
	}

	// ---------------------------------------------------------------- steps: run and stop on one node

	/**
	 * Assigns the task to {@code node} at a new epoch and has the agent run it; the job succeeds when it is
	 * reported running (a batch task: or exited). {@code then}, when given, runs after it instead of finishing
	 * the job.
	 */
	private void startOn(JobRun run, Task task, Node node, Runnable then) {
		startOn(run, task, node, then, null);
	}

	/** As {@link #startOn(JobRun, Task, Node, Runnable)}; {@code failed}, when given, hears of a failure instead of the job. */
	private void startOn(JobRun run, Task task, Node node, Runnable then, java.util.function.Consumer<String> failed) {
		long epoch = nextEpoch(task);
		task.setNode(node);
		task.setEpoch(epoch);
		task.setState(TaskState.PLACED);
		task.setStateReason("");
		changed();
		run.onCancel.add(() -> {
			if (task.getEpoch() == epoch && task.getState() == TaskState.PLACED) {
				task.setNode(null);
				task.setState(TaskState.STOPPED);
				task.setDesiredRunning(false);
				task.setStateReason("start cancelled");
				changed();
			}
		});
		jobs.progress(run.job, run.job.getWorked(), "run-task on " + node.getName() + " (epoch " + epoch + ")");
		runStep(run, task, node, epoch).whenComplete((ok, failure) -> {
			if (run.cancelled) {
				return;
			}
			if (failure != null) {
				String why = message(failure);
				if (task.getEpoch() == epoch && task.getNode() == node) {
					task.setNode(null);
					// stopped by a person while it started: that is what it is now, not failed
					task.setState(task.isDesiredRunning() ? TaskState.FAILED : TaskState.STOPPED);
					task.setStateReason(why);
					changed();
				}
				if (failed != null) {
					failed.accept(why);
				} else {
					finish(run, JobState.FAILED, why);
				}
			} else if (then != null) {
				then.run();
			} else {
				finish(run, JobState.SUCCEEDED, task.getName() + " " + task.getState().getLiteral() + " on " + node.getName());
			}
		});
	}

	private long nextEpoch(Task task) {
		long next = Math.max(task.getEpoch(), issued.getOrDefault(task, 0L)) + 1;
		issued.put(task, next);
		return next;
	}

	/** Sends run-task; completes when the agent reports the task running at that epoch (or fails, naming the node). */
	private CompletableFuture<Void> runStep(JobRun run, Task task, Node node, long epoch) {
		Map<String, String> arguments;
		try {
			arguments = TaskSpecs.spec(task, epoch, pool).toArguments(person());
		} catch (IllegalArgumentException e) {
			return CompletableFuture.failedFuture(new AgentSteps.StepFailure("cannot start on " + node.getName() + ": "
					+ e.getMessage()));
		}
		return steps.run(task, node, epoch, arguments, run.requests, () -> jobs.running(run.job));
	}

	/** Sends stop-task; completes when the agent reports the task no longer running there. */
	private CompletableFuture<Void> stopStep(JobRun run, Task task, Node node, long epoch) {
		return steps.stop(task, node, epoch, run.requests, () -> jobs.running(run.job));
	}

	// ---------------------------------------------------------------- stop, move, drain

	@Override
	public Job stop(Task task) {
		requireControl("stop tasks");
		pool();
		Node node = task.getNode();
		boolean wasWanted = task.isDesiredRunning();
		task.setDesiredRunning(false);
		changed();
		if (task.getState() == TaskState.PENDING || node == null || !TaskSpecs.active(task.getState())) {
			JobRun placing = awaitingPlacement.remove(task);
			if (placing != null) {
				finish(placing, JobState.CANCELLED, "stopped before it was placed");
			}
			lostFrom.remove(task);
			boolean wasPending = task.getState() == TaskState.PENDING;
			if (wasPending) {
				task.setState(TaskState.STOPPED);
				task.setStateReason("stopped before it was placed");
			}
			Job job = jobs.create(JobKind.STOP, "Stop " + task.getName(), task, node, null, 1);
			jobs.finish(job, JobState.SUCCEEDED, wasPending ? task.getName() + " was not placed yet: it stays stopped"
					: task.getName() + " is not running (" + task.getState().getLiteral() + ")");
			return job;
		}
		// A start still waiting to be sent is simply taken back.
		for (JobRun run : List.copyOf(runs.values())) {
			if (run.job.getTask() == task && run.job.getKind() != JobKind.STOP && run.job.getState() == JobState.QUEUED) {
				cancel(run.job);
			}
		}
		if (task.getNode() == null || task.getState() == TaskState.STOPPED) {
			Job job = jobs.create(JobKind.STOP, "Stop " + task.getName(), task, node, null, 1);
			jobs.finish(job, JobState.SUCCEEDED, task.getName() + " was not started yet: it stays stopped");
			return job;
		}
		long epoch = task.getEpoch();
		JobRun run = new JobRun(jobs.create(JobKind.STOP, "Stop " + task.getName(), task, node, null, 1));
		run.onCancel.add(() -> {
			task.setDesiredRunning(wasWanted);
			changed();
		});
		stopStep(run, task, node, epoch).whenComplete((ok, failure) -> {
			if (run.cancelled) {
				return;
			}
			if (failure != null) {
				task.setStateReason(message(failure));
				finish(run, JobState.FAILED, message(failure));
			} else {
				if (task.getEpoch() == epoch && task.getState() != TaskState.STOPPED) {
					task.setState(TaskState.STOPPED);
				}
				placementWanted = true;
				finish(run, JobState.SUCCEEDED, task.getName() + " stopped on " + node.getName());
			}
		});
		return run.job;
	}

	/**
	 * Names the person the calls that follow act for, until called with null (model thread): the pool service
	 * serves many people, and each agent's audit names the one who asked ({@code onBehalfOf}). Steps the service
	 * takes on its own (a restart elsewhere, the second half of a move) act for the person given at construction.
	 */
	public void actFor(String actingPerson) {
		this.actingFor = actingPerson;
	}

	/** Who the agents' audit names for a step taken now. */
	private String person() {
		return actingFor != null ? actingFor : person;
	}

	/** Model thread: see {@link #actFor}. */
	private String actingFor;

	@Override
	public List<MoveOption> moveOptions(Task task) {
		return moveOptions(pool(), task);
	}

	/**
	 * Every node {@code task} could go to in {@code current}, feasible first, with the effect of each: a pure
	 * function of the pool, so a console computes it on its copy as the service would.
	 */
	public static List<MoveOption> moveOptions(Pool current, Task task) {
		PoolProblems.PoolProblem problem = PoolProblems.forPlanning(current);
		if (problem.indexOf(task) < 0) {
			problem = PoolProblems.forPlacing(current, List.of(task));
		}
		int t = problem.indexOf(task);
		WhatIf whatIf = problem.whatIf();
		record Option(MoveOption option, double delta) {
		}
		List<Option> options = new ArrayList<>();
		for (int n = 0; n < problem.nodes().size(); n++) {
			Node node = problem.node(n);
			if (node.getState() != NodeState.READY || node == task.getNode() || !runsTasks(node)) {
				continue;
			}
			WhatIf.Result result = whatIf.evaluate(t, n);
			String effect;
			if (result.feasible()) {
				effect = loadAfter(node, result.toLoadAfter()) + "; objective " + signed(result.objectiveDelta())
						+ (result.explanation().needsProvisioning() ? "; needs provisioning first" : "");
			} else {
				effect = String.join("; ", result.explanation().violations().stream().map(Object::toString).toList());
			}
			options.add(new Option(new MoveOption(node.getName(), result.feasible(), effect),
					result.feasible() ? result.objectiveDelta() : Double.MAX_VALUE));
		}
		options.sort(Comparator.comparing((Option o) -> !o.option.feasible()).thenComparingDouble(Option::delta)
				.thenComparing(o -> o.option.nodeName()));
		return options.stream().map(Option::option).toList();
	}

	@Override
	public Job move(Task task, Node target) {
		requireControl("move tasks");
		pool();
		Node source = task.getNode();
		JobRun run = new JobRun(jobs.create(JobKind.MIGRATION, "Move " + task.getName() + " to " + target.getName(), task,
				source, target, 2));
		String refusal = source == null || !TaskSpecs.active(task.getState())
				? task.getName() + " is not running anywhere (" + task.getState().getLiteral() + "): start it instead"
				: source == target ? task.getName() + " already runs on " + target.getName()
						: target.getState() != NodeState.READY
								? target.getName() + " is " + target.getState().getLiteral() + ", not ready"
								: !runsTasks(target) ? target.getName() + " has no agent this console connects to" : null;
		if (refusal != null) {
			finish(run, JobState.FAILED, refusal);
			return run.job;
		}
		handOver(run, task, source, target, () -> finish(run, JobState.SUCCEEDED,
				task.getName() + " moved from " + source.getName() + " to " + target.getName()), why -> finish(run,
						JobState.FAILED, why));
		return run.job;
	}

	/**
	 * Moves a running task from {@code source} to {@code target}: a service is started on the target (new epoch)
	 * and stopped on the source once it runs (the stop carries the new epoch: the source's copy is fenced); a
	 * batch task is stopped first and started again on the target. A failed start on the target leaves the task
	 * where it was.
	 */
	private void handOver(JobRun run, Task task, Node source, Node target, Runnable done,
			java.util.function.Consumer<String> failed) {
		long oldEpoch = task.getEpoch();
		TaskState oldState = task.getState();
		if (task.getKind() == TaskKind.BATCH) {
			stopStep(run, task, source, oldEpoch).whenComplete((ok, failure) -> {
				if (run.cancelled) {
					return;
				}
				if (failure != null) {
					failed.accept(message(failure));
					return;
				}
				run.progressed(task.getName() + " stopped on " + source.getName() + ", starting on " + target.getName());
				startOn(run, task, target, () -> {
					run.progressed(task.getName() + " " + task.getState().getLiteral() + " on " + target.getName());
					done.run();
				}, why -> failed.accept("stopped " + task.getName() + " on " + source.getName() + " but could not start it on "
						+ target.getName() + ": " + why));
			});
			return;
		}
		handingOver.put(task, source);
		long epoch = nextEpoch(task);
		task.setNode(target);
		task.setEpoch(epoch);
		task.setState(TaskState.PLACED);
		task.setStateReason("");
		changed();
		Runnable rollBack = () -> {
			handingOver.remove(task);
			if (task.getEpoch() == epoch && task.getNode() == target) {
				task.setNode(source);
				task.setEpoch(oldEpoch);
				task.setState(oldState);
				changed();
			}
		};
		run.onCancel.add(rollBack);
		runStep(run, task, target, epoch).whenComplete((ok, failure) -> {
			if (run.cancelled) {
				return;
			}
			if (failure != null) {
				rollBack.run();
				fence(target, task, epoch); // whatever the target may have started must not stay
				failed.accept("could not start " + task.getName() + " on " + target.getName() + ", it stays on "
						+ source.getName() + ": " + message(failure));
				return;
			}
			run.progressed(task.getName() + " running on " + target.getName() + ", stopping it on " + source.getName());
			stopStep(run, task, source, epoch).whenComplete((stopped, stopFailure) -> {
				handingOver.remove(task);
				if (stopFailure != null) {
					failed.accept(task.getName() + " runs on " + target.getName() + " but stopping it on " + source.getName()
							+ " failed (it is stopped when that node reports it): " + message(stopFailure));
				} else {
					done.run();
				}
			});
		});
	}

	@Override
	public Job drain(Node node) {
		requireControl("drain nodes");
		Pool current = pool();
		if (node.getState() != NodeState.MAINTENANCE) {
			node.setState(NodeState.MAINTENANCE);
			changed();
		}
		List<Task> pinned = new ArrayList<>();
		List<Task> movable = new ArrayList<>();
		for (Task task : List.copyOf(node.getTasks())) {
			if (PoolProblems.occupies(task) && task.isDesiredRunning()) {
				(task.isPinned() ? pinned : movable).add(task);
			}
		}
		String note = pinned.isEmpty() ? ""
				: "; " + pinned.size() + " pinned task(s) stay on " + node.getName() + " (pinned there: "
						+ String.join(", ", pinned.stream().map(Task::getName).toList()) + ")";
		if (!runsTasks(node) && !movable.isEmpty()) {
			note += "; " + movable.size() + " task(s) stay: this console does not connect to the agent of "
					+ node.getName() + " (its address is not host:port)";
			movable.clear();
		}
		String pinnedNote = note;
		JobRun run = new JobRun(jobs.create(JobKind.DRAIN, "Drain " + node.getName(), null, node, null, movable.size()));
		if (movable.isEmpty()) {
			finish(run, JobState.SUCCEEDED, node.getName() + " is in maintenance; no task to move" + pinnedNote);
			return run.job;
		}
		jobs.progress(run.job, 0, "placing " + movable.size() + " task(s) elsewhere" + pinnedNote);
		PoolProblems.PoolProblem problem = PoolProblems.forPlacing(current, movable, ControlService::runsTasks);
		long started = generation;
		CompletableFuture.supplyAsync(() -> solve(problem, movable), solverThread).whenCompleteAsync((solved, failure) -> {
			if (started != generation || run.cancelled || closed) {
				return;
			}
			if (failure != null) {
				finish(run, JobState.FAILED, "placement failed: " + message(failure));
				return;
			}
			DrainProgress progress = new DrainProgress(run, node, movable.size(), pinnedNote);
			for (Task task : movable) {
				int index = problem.indexOf(task);
				int target = index < 0 ? -1 : solved.placement.nodeIndexOf(index);
				if (task.getNode() != node || !PoolProblems.occupies(task)) {
					progress.done(task, null); // stopped or moved meanwhile
				} else if (target < 0 || problem.node(target) == node) {
					progress.done(task, task.getName() + " stays: " + (problem.nodes().isEmpty() ? NO_AGENTS
							: solved.reasons.getOrDefault(task, "fits nowhere")));
				} else {
					Node to = problem.node(target);
					handOver(run, task, node, to, () -> progress.done(task, null),
							why -> progress.done(task, why));
				}
			}
		}, modelThread);
		return run.job;
	}

	/** Counts a drain's tasks as they are handed over; the job ends when every one did, or could not. */
	private final class DrainProgress {
		private final JobRun run;
		private final Node node;
		private final int total;
		private final String pinnedNote;
		private final List<String> problems = new ArrayList<>();
		private int done;

		DrainProgress(JobRun run, Node node, int total, String pinnedNote) {
			this.run = run;
			this.node = node;
			this.total = total;
			this.pinnedNote = pinnedNote;
		}

		void done(Task task, String problem) {
			done++;
			if (problem != null) {
				problems.add(problem);
			}
			if (done < total) {
				jobs.progress(run.job, done, done + " of " + total + " task(s) handled, last " + task.getName() + pinnedNote);
				return;
			}
			if (problems.isEmpty()) {
				finish(run, JobState.SUCCEEDED, total + " task(s) moved off " + node.getName() + pinnedNote);
			} else {
				finish(run, JobState.FAILED, (total - problems.size()) + " of " + total + " task(s) moved off "
						+ node.getName() + "; " + String.join("; ", problems) + pinnedNote);
			}
		}
	}

	@Override
	public void ready(Node node) {
		requireControl("make nodes ready");
		pool();
		if (node.getState() == NodeState.MAINTENANCE) {
			node.setState(NodeState.READY);
			changed();
			placementWanted = true;
		}
	}

	@Override
	public boolean cancel(Job job) {
		JobRun run = runs.get(job);
		if (run == null || job.getState() != JobState.QUEUED) {
			return false;
		}
		for (AgentRequests.Request request : run.requests) {
			if (request.sent()) {
				return false;
			}
		}
		run.cancelled = true;
		for (AgentRequests.Request request : run.requests) {
			requests.withdraw(request);
		}
		finish(run, JobState.CANCELLED, "cancelled before it started");
		run.onCancel.forEach(Runnable::run);
		return true;
	}

	@Override
	public CompletableFuture<String> log(Task task, int lines) {
		Node node = task.getNode();
		if (node == null) {
			return CompletableFuture.failedFuture(new IllegalStateException("task '" + task.getName() + "' has no node"));
		}
		CompletableFuture<String> result = new CompletableFuture<>();
		requests.submit(node.getName(), TaskOperations.LOG, Map.of("task", String.valueOf(task.getName()), "lines",
				Integer.toString(Math.max(1, Math.min(1000, lines)))), null).result.whenComplete((response, failure) -> {
					if (failure != null) {
						result.completeExceptionally(new IllegalStateException(node.getName() + ": " + message(failure)));
					} else if (response.status() != Message.Response.Status.OK) {
						result.completeExceptionally(new IllegalStateException(node.getName() + " "
								+ response.status().name().toLowerCase(Locale.ROOT) + " task-log: " + response.detail()));
					} else {
						String log = response.values().getOrDefault("log", "");
						result.complete(Boolean.parseBoolean(response.values().get("truncated"))
								? "[older lines left out]\n" + log : log);
					}
				});
		return result;
	}

	// ---------------------------------------------------------------- what agents report

	@Override
	public void taskReported(String nodeName, TaskStatus status) {
		if (closed) {
			return;
		}
		pool();
		Node reporter = nodeNamed(nodeName);
		if (reporter == null) {
			return; // not a node of this pool
		}
		Task task = taskNamed(status.id());
		if (task == null) {
			unmanaged.record(nodeName, status);
			return;
		}
		unmanaged.forget(nodeName, status.id());
		boolean ourStop = steps.stopping(task, reporter); // looked at before the report ends that stop
		steps.reported(task, reporter, status);
		boolean live = TaskSpecs.live(status.state());
		if (status.epoch() > Math.max(task.getEpoch(), issued.getOrDefault(task, 0L))) {
			// The agents know a newer assignment than any this console made (its file is older): theirs is the truth.
			if (live || task.getNode() == reporter || task.getNode() == null) {
				Node previous = task.getNode();
				task.setEpoch(status.epoch());
				issued.put(task, status.epoch());
				lostFrom.remove(task);
				if (previous != reporter) {
					task.setNode(reporter);
				}
				apply(task, status);
				changed();
				settleAwaiting(task);
				if (previous != null && previous != reporter) {
					fence(previous, task, status.epoch()); // the copy the file knew of is older: it must not run on
				}
			}
			return;
		}
		if (status.epoch() > task.getEpoch()) {
			// An epoch this console issued and took back (a start or hand-over that timed out or was cancelled): that
			// copy must not run, whenever it reports.
			if (live) {
				fence(reporter, task, status.epoch());
			}
			return;
		}
		boolean current = reporter == task.getNode() && status.epoch() == task.getEpoch();
		if (!current) {
			if (live && task.getNode() == null && status.epoch() == task.getEpoch() && task.getState() == TaskState.PENDING
					&& task.isDesiredRunning()) {
				// Its node came back before the task was placed elsewhere: it runs there still.
				lostFrom.remove(task);
				task.setNode(reporter);
				apply(task, status);
				changed();
				settleAwaiting(task);
			} else if (live && handingOver.get(task) != reporter) {
				fence(reporter, task, task.getEpoch());
			}
			return;
		}
		apply(task, status);
		if (live && !task.isDesiredRunning()) {
			fence(reporter, task, task.getEpoch()); // stopped by a person, yet it runs: stop it (once)
		}
		if (!live) {
			placementWanted = true; // capacity freed
			if (status.state() == TaskStatus.State.STOPPED && task.isDesiredRunning() && !ourStop && mayControl()) {
				// Stopped by its agent, not by this console (an isolated agent stops its services): it should run, so
				// it is placed again at a new epoch. An exited or failed task stays as reported: its agent applied its
				// restart policy (a batch that ended, a service it gave up restarting).
				String reason = status.reason();
				toBePlacedAgain(task, reporter.getName() + " stopped it" + (reason.isEmpty() ? "" : " (" + reason + ")"));
			}
		}
	}

	/** A task that should run but does not run on its node goes pending (its node kept when pinned), to be placed again. */
	private void toBePlacedAgain(Task task, String why) {
		for (JobRun run : List.copyOf(runs.values())) {
			if (run.job.getTask() == task && run.job.getState() == JobState.QUEUED && !awaitingPlacement.containsValue(run)) {
				cancel(run.job);
			}
		}
		if (!task.isPinned() && task.getNode() != null) {
			task.setNode(null);
		}
		task.setState(TaskState.PENDING);
		task.setStateReason(why + "; to be placed again");
		changed();
		placementWanted = true;
	}

	private void apply(Task task, TaskStatus status) {
		TaskState state = TaskSpecs.state(status.state());
		if (task.getState() != state) {
			task.setState(state);
		}
		if (!Objects.equals(task.getExitCode(), status.exitCode())) {
			task.setExitCode(status.exitCode());
		}
		if (task.getRestarts() != status.restarts()) {
			task.setRestarts(status.restarts());
		}
		if (task.getPid() != status.pid()) {
			task.setPid(status.pid());
		}
		String reason = status.reason();
		if (!reason.equals(task.getStateReason() == null ? "" : task.getStateReason())) {
			task.setStateReason(reason);
		}
	}

	/**
	 * Asks {@code node}'s agent what runs there (every task), and takes each entry of the answer as a report. A task
	 * that should be on that node, with nothing under way for it when asked nor when answered, and that the full
	 * answer does not list is not there: it goes pending to be placed again (stopped when it should not run). When
	 * the question does not get through, the node is asked again once it is heard from.
	 */
	private void reconcile(Node node) {
		if (closed || !reconciling.add(node)) {
			return;
		}
		reconcileAfter.remove(node);
		Map<Task, Long> expected = new IdentityHashMap<>();
		for (Task task : node.getTasks()) {
			if (TaskSpecs.active(task.getState()) && !steps.busy(task)) {
				expected.put(task, task.getEpoch());
			}
		}
		String name = node.getName();
		long asked = generation;
		requests.submit(name, TaskOperations.STATUS, Map.of(), null).result.whenComplete((response, failure) -> {
			if (closed || asked != generation) {
				return;
			}
			reconciling.remove(node);
			String ids = failure == null && response.status() == Message.Response.Status.OK ? response.values().get("tasks")
					: null;
			if (ids == null) {
				reconcileAfter.put(node, node.getLastHeartbeat());
				return;
			}
			for (TaskStatus status : TaskStatus.fromValues(response.values())) {
				taskReported(name, status);
			}
			Set<String> listed = new HashSet<>(java.util.Arrays.asList(ids.split(",", -1)));
			if (!mayControl()) {
				return;
			}
			expected.forEach((task, epoch) -> {
				if (task.eContainer() == pool && task.getNode() == node && task.getEpoch() == epoch
						&& TaskSpecs.active(task.getState()) && !steps.busy(task) && !listed.contains(task.getName())) {
					notOnItsNode(task, node);
				}
			});
		});
	}

	/** A task the agent of its node does not know (the full task-status answer does not list it). */
	private void notOnItsNode(Task task, Node node) {
		String why = "the agent of " + node.getName() + " does not know " + task.getName() + " (epoch " + task.getEpoch() + ")";
		if (task.isDesiredRunning()) {
			toBePlacedAgain(task, why);
		} else {
			task.setState(TaskState.STOPPED);
			task.setStateReason(why);
			changed();
		}
	}

	/** Stops a copy that must not run on {@code node} (once per node, task and epoch); a support console does not. */
	private void fence(Node node, Task task, long epoch) {
		if (mayControl() && !closed) {
			steps.fence(node, task, epoch);
		}
	}

	@Override
	public List<TaskStatus> unmanagedTasks(String nodeName) {
		return unmanaged.on(nodeName);
	}

	@Override
	public void taskUsage(String nodeName, String taskName, long time, double cpuCores, double memoryBytes) {
		if (closed) {
			return;
		}
		pool();
		Task task = taskNamed(taskName);
		if (task == null || task.getNode() == null || !nodeName.equals(task.getNode().getName())) {
			return; // unknown, or a copy that does not count (fenced, being handed over)
		}
		double cpu = Double.isFinite(cpuCores) ? Math.max(0, cpuCores) : 0;
		long memoryMib = Double.isFinite(memoryBytes) ? Math.max(0, Math.round(memoryBytes / (1024.0 * 1024.0))) : 0;
		if (task.getCpuUsage() != cpu) {
			task.setCpuUsage(cpu);
		}
		if (task.getMemoryUsage() != memoryMib) {
			task.setMemoryUsage(memoryMib);
		}
		MetricWindow window = task.getObservedUsage();
		if (window == null) {
			window = PoolFactory.eINSTANCE.createMetricWindow();
			window.setLimit(USAGE_SAMPLES);
			task.setObservedUsage(window);
		}
		MetricSample sample = PoolFactory.eINSTANCE.createMetricSample();
		sample.setTime(time);
		sample.setCpu(cpu);
		sample.setMemory(memoryMib);
		window.add(sample);
	}

	// ---------------------------------------------------------------- the clock

	@Override
	public void tick(long now) {
		if (closed) {
			return;
		}
		Pool current = pool();
		tasksReindexed = nodesReindexed = false;
		requests.expire(now);
		steps.expire(now);
		prune();
		for (Task task : List.copyOf(awaitingPlacement.keySet())) {
			settleAwaiting(task);
		}
		if (!mayControl()) {
			return;
		}
		long grace = Math.max(1, current.getRestartGraceSeconds()) * 1000L;
		long signature = 17;
		for (Node node : current.getAllNodes()) {
			signature = signature * 31 + System.identityHashCode(node) * 7L + node.getState().getValue();
			if (!runsTasks(node)) {
				continue;
			}
			if (silentAt(node, now)) {
				silent.add(node);
				// The grace runs from the node's last report (console clock), not from when silence was noticed: the
				// 3 intervals it takes to notice are part of the grace, so a 10 s grace restarts 10 s after the node died.
				if (now - silentSince.get(node) > grace && lost.add(node)) {
					restartElsewhere(node, grace);
				}
			} else {
				lost.remove(node);
				Long after = reconcileAfter.get(node);
				if (silent.remove(node) || after != null && node.getLastHeartbeat() > after) {
					// Heard from again: the link may never have dropped (a partition heals under TCP), so the connection
					// did not ask for its tasks. Ask now: copies restarted elsewhere meanwhile are fenced on the answer.
					reconcile(node);
				}
			}
		}
		if (signature != nodeSignature) {
			nodeSignature = signature;
			placementWanted = true;
		}
		if (placementWanted && now - lastPlacement >= settings.placementInterval().toMillis()) {
			placeNow();
		}
	}

	/**
	 * Whether {@code node} counts as silent at {@code now}, whatever its state: unreachable, or not ready (in
	 * maintenance…) and not heard from within its silence window (as the live updates judge a ready node). A ready
	 * node is not: the live updates turn it unreachable when it falls silent. Keeps {@link #silentSince}.
	 */
	private boolean silentAt(Node node, long now) {
		NodeState state = node.getState();
		if (state == NodeState.READY) {
			silentSince.remove(node);
			return false;
		}
		long heard = node.getLastHeartbeat();
		Long since = silentSince.get(node);
		boolean heardAgain = since != null && heard > since;
		if (since == null || heardAgain) {
			since = heard > 0 && heard <= now ? heard : now;
			silentSince.put(node, since);
		}
		if (state == NodeState.UNREACHABLE || silent.contains(node) && !heardAgain) {
			return true;
		}
		long window = heard > 0 ? LiveUpdates.silenceWindow(node, LiveUpdates.SILENCE_MS) : LiveUpdates.FIRST_REPORT_GRACE_MS;
		return now - since > window;
	}

	/** Forgets what it kept about tasks and nodes that are no longer in the pool. */
	private void prune() {
		issued.keySet().removeIf(task -> task.eContainer() != pool);
		handingOver.entrySet().removeIf(e -> e.getKey().eContainer() != pool || !inPool(e.getValue()));
		lostFrom.entrySet().removeIf(e -> e.getKey().eContainer() != pool || !inPool(e.getValue()));
		silentSince.keySet().removeIf(node -> !inPool(node));
		silent.removeIf(node -> !inPool(node));
		lost.removeIf(node -> !inPool(node));
		reconciling.removeIf(node -> !inPool(node));
		reconcileAfter.keySet().removeIf(node -> !inPool(node));
	}

	private boolean inPool(Node node) {
		return EcoreUtil.getRootContainer(node) == pool;
	}

	/**
	 * Whether the control service places work on a node: one whose agent the console connects to (an address
	 * {@code host:port}). A node whose address is a description (the sample pool's) runs nothing of ours.
	 */
	static boolean runsTasks(Node node) {
		return org.flotilla.console.core.ConnectionService.agentEndpoint(node) != null;
	}

	/** The tasks of a node lost for longer than the grace go pending (services first) to be placed elsewhere. */
	private void restartElsewhere(Node node, long grace) {
		List<Task> tasks = new ArrayList<>();
		for (Task task : node.getTasks()) {
			if (PoolProblems.occupies(task) && task.isDesiredRunning()) {
				tasks.add(task);
			}
		}
		tasks.sort(Comparator.comparing((Task t) -> t.getKind() != TaskKind.SERVICE)
				.thenComparing(Comparator.comparingInt(Task::getPriority).reversed()));
		String lostText = node.getName() + " silent for more than " + grace / 1000 + " s";
		for (Task task : tasks) {
			if (task.isPinned()) {
				task.setStateReason("pinned to " + lostText);
			} else if (task.getKind() == TaskKind.BATCH && task.getRestartPolicy() == RestartPolicy.NEVER) {
				task.setState(TaskState.FAILED);
				task.setStateReason("node lost: " + lostText + " (restart policy never)");
				changed();
			} else {
				for (JobRun run : List.copyOf(runs.values())) {
					if (run.job.getTask() == task && run.job.getState() == JobState.QUEUED) {
						cancel(run.job);
					}
				}
				lostFrom.put(task, node);
				task.setNode(null);
				task.setState(TaskState.PENDING);
				task.setDesiredRunning(true);
				task.setStateReason("to be restarted elsewhere: " + lostText);
				changed();
			}
		}
		placementWanted = true;
		placeNow();
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		session.removeListener(sessionListener);
		Solver solver = solving.getAndSet(null);
		if (solver != null) {
			solver.cancel();
		}
		solverThread.shutdownNow();
		requests.abandon();
	}

	// ---------------------------------------------------------------- for status displays and tests

	/** Requests sent to agents and not answered yet. */
	public int requestsInFlight() {
		return requests.inFlight();
	}

	/** Requests waiting for a free place (at most {@link Settings#requestsInFlight} are sent at once). */
	public int requestsQueued() {
		return requests.queued();
	}

	/** The most requests that were unanswered at once since the pool was opened. */
	public int mostRequestsInFlight() {
		return requests.mostInFlight();
	}

	/**
	 * How many entries the service keeps about single tasks and nodes (epochs issued, hand-overs, silent and lost
	 * nodes, questions to agents, starts awaiting placement): bounded by the pool, since what leaves the pool is
	 * forgotten at the next tick.
	 */
	public int remembered() {
		return issued.size() + handingOver.size() + lostFrom.size() + silentSince.size() + silent.size() + lost.size()
				+ reconciling.size() + reconcileAfter.size() + awaitingPlacement.size();
	}

	/** True while the engine places pending tasks. */
	public boolean isPlacing() {
		return placing;
	}

	// ---------------------------------------------------------------- helpers

	private void finish(JobRun run, JobState state, String message) {
		if (jobs.finish(run.job, state, message)) {
			runs.remove(run.job);
		}
	}

	private Task taskNamed(String name) {
		if (pool.getTasks().size() != indexedTasks) {
			reindexTasks();
		}
		Task task = tasksByName.get(name);
		if (task == null && !tasksReindexed || task != null && (task.eContainer() != pool || !name.equals(task.getName()))) {
			reindexTasks();
			tasksReindexed = true;
			task = tasksByName.get(name);
		}
		return task != null && task.eContainer() == pool && name.equals(task.getName()) ? task : null;
	}

	private void reindexTasks() {
		tasksByName.clear();
		for (Task task : pool.getTasks()) {
			if (task.getName() != null) {
				tasksByName.putIfAbsent(task.getName(), task);
			}
		}
		indexedTasks = pool.getTasks().size();
	}

	private Node nodeNamed(String name) {
		Node node = nodesByName.get(name);
		int count = nodeCount(pool.getGroups());
		if (count != indexedNodes || node == null && !nodesReindexed || node != null && !current(node, name)) {
			nodesByName.clear();
			for (Node each : pool.getAllNodes()) {
				nodesByName.putIfAbsent(each.getName(), each);
			}
			nodesReindexed = true; // a miss (a renamed node) looks again at most once between ticks
			indexedNodes = count;
			node = nodesByName.get(name);
		}
		return node != null && current(node, name) ? node : null;
	}

	/** How many nodes the groups hold: O(groups), so that a node added is noticed without listing every node. */
	private static int nodeCount(List<org.flotilla.model.Group> groups) {
		int count = 0;
		for (org.flotilla.model.Group group : groups) {
			count += group.getNodes().size() + nodeCount(group.getGroups());
		}
		return count;
	}

	/** Whether a node found by name is still in this pool under that name. */
	private boolean current(Node node, String name) {
		return name.equals(node.getName()) && EcoreUtil.getRootContainer(node) == pool;
	}

	private static String loadAfter(Node node, double[] load) {
		return String.format(Locale.ROOT, "after: CPU %s of %s cores (%d %%), memory %d of %d MiB (%d %%)", trim(load[0]),
				trim(node.getCpuCapacity()), percent(load[0], node.getCpuCapacity()), Math.round(load[1]),
				node.getMemoryCapacity(), percent(load[1], node.getMemoryCapacity()));
	}

	private static String fitsBecause(PoolProblems.PoolProblem problem, Placement placement, int task, int node) {
		Node target = problem.node(node);
		double[] load = placement.load(node);
		return (problem.isDemandPredicted(task) ? "predicted demand (p95 of observed usage) fits; "
				: "declared demand fits; ") + loadAfter(target, load);
	}

	private static int percent(double used, double capacity) {
		return capacity > 0 ? (int) Math.round(100 * used / capacity) : 0;
	}

	private static String trim(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
	}

	private static String signed(double delta) {
		return (delta > 0 ? "+" : delta < 0 ? "-" : "±") + String.format(Locale.ROOT, "%.2f", Math.abs(delta));
	}

	private static Throwable unwrap(Throwable failure) {
		while ((failure instanceof CompletionException || failure instanceof java.util.concurrent.ExecutionException)
				&& failure.getCause() != null) {
			failure = failure.getCause();
		}
		return failure;
	}

	static String message(Throwable failure) {
		Throwable cause = unwrap(failure);
		if (cause instanceof AgentSteps.StepFailure) {
			return cause.getMessage();
		}
		if (cause instanceof CancellationException) {
			return "cancelled" + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
		}
		return cause.getMessage() != null ? cause.getMessage() : cause.toString();
	}

	/** A job under way. */
	private final class JobRun {
		final Job job;
		final List<AgentRequests.Request> requests = new ArrayList<>(2);
		/** What undoing the job's model changes takes, should it be cancelled before anything was sent. */
		final List<Runnable> onCancel = new ArrayList<>(1);
		boolean cancelled;

		JobRun(Job job) {
			this.job = job;
			runs.put(job, this);
		}

		void progressed(String message) {
			jobs.progress(job, Math.min(job.getTotalWork(), job.getWorked() + (job.getKind() == JobKind.DRAIN ? 0 : 1)),
					message);
		}
	}
}
