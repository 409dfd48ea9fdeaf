package org.flotilla.console.core.remote;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.flotilla.console.core.tasks.ControlService;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.model.Job;
import org.flotilla.model.Node;
import org.flotilla.model.Task;
import org.flotilla.model.changes.ChangeCodec;
import org.flotilla.model.changes.ChangeDescriptions;
import org.flotilla.model.changes.ChangeOp;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.tasks.TaskStatus;

/**
 * The control service as a console connected to a pool service sees it: every decision and every job is the
 * service's; this asks and the jobs appear in the pool when the service has made them. Calls that change return
 * at once (null for the job: it comes through the pool's changes); a refusal is told to the listener given at
 * construction. What is a pure function of the pool (the nodes a task could move to) is computed on the copy.
 */
public final class RemoteTaskControl implements TaskControl {

	private final PoolServiceClient service;
	private final Executor modelThread;
	/** Told (model thread) what the service refused: the action, and its reason. */
	private final BiConsumer<String, String> refused;

	public RemoteTaskControl(PoolServiceClient service, Executor modelThread, BiConsumer<String, String> refused) {
		this.service = service;
		this.modelThread = modelThread;
		this.refused = refused;
	}

	@Override
	public ConsoleRole role() {
		return service.role();
	}

	@Override
	public CompletableFuture<Preview> preview(List<Task> newTasks) {
		return service.request(ServiceOperations.PREVIEW, Map.of("tasks", describe(newTasks))).thenApplyAsync(response -> {
			requireOk(response);
			List<TaskPreview> previews = new ArrayList<>();
			for (String line : response.values().getOrDefault("preview", "").split("\n")) {
				if (line.isEmpty()) {
					continue;
				}
				String[] f = ChangeCodec.fields(line);
				previews.add(new TaskPreview(f[0], f[1] == null || f[1].isEmpty() ? null : f[1], Boolean.parseBoolean(f[2]),
						f[3] == null ? "" : f[3]));
			}
			return new Preview(previews);
		}, modelThread);
	}

	/**
	 * The new tasks as the operations {@link ServiceOperations#SUBMIT} takes: every object created first, then their
	 * values, so that new tasks may refer to each other (replicas kept apart from each other); existing objects are
	 * named by their IDs in the copy. Also used by the command-line client.
	 */
	public static String describe(List<Task> newTasks) {
		Map<EObject, String> temporary = new IdentityHashMap<>();
		return ChangeCodec.encode(ChangeDescriptions.describeNew(newTasks, false, object -> {
			XMLResource resource = object.eResource() instanceof XMLResource r ? r : null;
			String id = resource != null ? resource.getID(object) : null;
			return id != null ? id : temporary.computeIfAbsent(object, o -> "new-" + (temporary.size() + 1));
		}));
	}

	private static void requireOk(Response response) {
		if (response.status() != Response.Status.OK) {
			throw new IllegalStateException(response.detail());
		}
	}

	@Override
	public List<Job> submit(List<Task> newTasks) {
		requireControl();
		ask("Submit " + newTasks.size() + (newTasks.size() == 1 ? " task" : " tasks"), ServiceOperations.SUBMIT,
				Map.of("tasks", describe(newTasks)));
		return List.of();
	}

	@Override
	public Job start(Task task) {
		requireControl();
		ask("Start " + task.getName(), ServiceOperations.START, Map.of("task", id(task)));
		return null;
	}

	@Override
	public Job stop(Task task) {
		requireControl();
		ask("Stop " + task.getName(), ServiceOperations.STOP, Map.of("task", id(task)));
		return null;
	}

	@Override
	public List<MoveOption> moveOptions(Task task) {
		return ControlService.moveOptions((org.flotilla.model.Pool) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(task), task);
	}

	@Override
	public Job move(Task task, Node target) {
		requireControl();
		Map<String, String> arguments = new LinkedHashMap<>();
		arguments.put("task", id(task));
		arguments.put("node", id(target));
		ask("Move " + task.getName() + " to " + target.getName(), ServiceOperations.MOVE, arguments);
		return null;
	}

	@Override
	public Job drain(Node node) {
		requireControl();
		ask("Drain " + node.getName(), ServiceOperations.DRAIN, Map.of("node", id(node)));
		return null;
	}

	@Override
	public void ready(Node node) {
		requireControl();
		ask("Make " + node.getName() + " ready", ServiceOperations.READY, Map.of("node", id(node)));
	}

	@Override
	public boolean cancel(Job job) {
		requireControl();
		ask("Cancel " + job.getName(), ServiceOperations.CANCEL, Map.of("job", id(job)));
		return true;
	}

	@Override
	public CompletableFuture<String> log(Task task, int lines) {
		return service.request(ServiceOperations.TASK_LOG, Map.of("task", id(task), "lines", Integer.toString(lines)))
				.thenApplyAsync(response -> {
					requireOk(response);
					return response.values().getOrDefault("log", "");
				}, modelThread);
	}

	@Override
	public void taskReported(String nodeName, TaskStatus status) {
		// The service hears the agents; its conclusions come with the pool's changes.
	}

	@Override
	public List<TaskStatus> unmanagedTasks(String nodeName) {
		return List.of(); // known to the service only (not sent to consoles yet)
	}

	@Override
	public void taskUsage(String nodeName, String taskName, long time, double cpuCores, double memoryBytes) {
	}

	@Override
	public void tick(long now) {
	}

	@Override
	public void close() {
	}

	private void requireControl() {
		if (!mayControl()) {
			throw new IllegalStateException("this console's certificate is for " + role().externalName()
					+ ": it may look, not change");
		}
	}

	private static String id(EObject object) {
		String id = object.eResource() instanceof XMLResource resource ? resource.getID(object) : null;
		if (id == null) {
			throw new IllegalArgumentException("it is not in the pool (any more)");
		}
		return id;
	}

	/** Sends a request; a refusal or failure is told to the listener on the model thread. */
	/**
	 * Asks the service to apply the pool's plan: the service moves the tasks (each a migration job in the Jobs part)
	 * and takes the moves done out of the plan. The answer says how many moves it started with; a refusal is told as
	 * every refused action is.
	 */
	public void applyPlan(boolean stopOnFailure) {
		requireControl();
		// After the plan's edits this console sent (Add and Apply sends them just before): the service answers requests
		// in parallel, and applying first would apply the plan without its newest moves.
		service.editsAnswered().thenRun(() -> ask("Apply Plan", ServiceOperations.APPLY_PLAN,
				Map.of("stopOnFailure", Boolean.toString(stopOnFailure))));
	}

	private void ask(String what, String operation, Map<String, String> arguments) {
		service.request(operation, arguments).whenComplete((response, failure) -> {
			if (failure != null) {
				modelThread.execute(() -> refused.accept(what, failure.getMessage()));
			} else if (response.status() != Response.Status.OK) {
				modelThread.execute(() -> refused.accept(what, response.detail()));
			}
		});
	}
}
