package org.flotilla.service.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.flotilla.console.core.remote.RemoteTaskControl;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.RestartPolicy;
import org.flotilla.model.Task;
import org.flotilla.model.TaskKind;

/**
 * What {@code flotilla submit} asks for, checked as the console's Submit Tasks wizard checks it, and the tasks it
 * makes: the same fields with the same defaults as the wizard's (1 core, 512 MiB, restart on failure at most 5
 * times, replicas {@code NAME-1} … {@code NAME-N} kept apart from each other).
 */
record TaskSubmission(String name, int count, TaskKind kind, String command, List<String> arguments, List<String> environment,
		boolean shell, double cpu, long memoryMib, int priority, RestartPolicy restart, int maxRestarts, List<String> labels,
		String pinNode) {

	/** A task name (docs/tasks.md). */
	static final Pattern TASK_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
	private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	/** At most this many replicas in one submission (as the wizard). */
	static final int MAX_COUNT = 1000;

	/** Reads and checks the options of {@code submit}; a usage error names the option and what it must be. */
	static TaskSubmission of(CommandLine line) throws CliFailure {
		line.operands(0, "no operands (options only)");
		String name = line.required("--name").strip();
		int count = (int) line.whole("--count", 1, MAX_COUNT, 1);
		List<String> names = names(name, count);
		String longest = names.get(names.size() - 1);
		if (!TASK_NAME.matcher(longest).matches()) {
			throw CliFailure.usage("submit: --name must be 1 to 64 letters, digits, '.', '_' or '-'"
					+ (count > 1 ? " with the replica number" : "") + " (is '" + longest + "')");
		}
		String command = line.required("--command").strip();
		boolean shell = line.has("--shell");
		if (command.isEmpty()) {
			throw CliFailure.usage("submit: --command is empty: give the program to run, e.g. /usr/bin/python3");
		}
		if (!shell && command.contains(" ")) {
			throw CliFailure.usage("submit: --command is one program without arguments (is '" + command
					+ "'): give the arguments with --arg, or pass --shell to run it through /bin/sh");
		}
		for (String entry : line.values("--env")) {
			int equals = entry.indexOf('=');
			if (equals <= 0 || !ENV_NAME.matcher(entry.substring(0, equals)).matches()) {
				throw CliFailure.usage("submit: --env must be NAME=value, NAME of letters, digits and _ (is '" + entry + "')");
			}
		}
		for (String label : line.values("--label")) {
			if (label.isBlank() || label.chars().anyMatch(Character::isWhitespace)) {
				throw CliFailure.usage("submit: --label must be one word (is '" + label + "')");
			}
		}
		TaskKind kind = switch (line.value("--kind", "service")) {
			case "service" -> TaskKind.SERVICE;
			case "batch" -> TaskKind.BATCH;
			default -> throw CliFailure.usage("submit: --kind must be service or batch (is '" + line.value("--kind", "") + "')");
		};
		RestartPolicy restart = switch (line.value("--restart", "on-failure")) {
			case "never" -> RestartPolicy.NEVER;
			case "on-failure" -> RestartPolicy.ON_FAILURE;
			case "always" -> RestartPolicy.ALWAYS;
			default -> throw CliFailure.usage("submit: --restart must be never, on-failure or always (is '"
					+ line.value("--restart", "") + "')");
		};
		return new TaskSubmission(name, count, kind, command, List.copyOf(line.values("--arg")), List.copyOf(line.values("--env")),
				shell, line.decimal("--cpu", 0, 100_000, 1), line.whole("--memory", 0, Integer.MAX_VALUE, 512),
				(int) line.whole("--priority", -1000, 1000, 0), restart, (int) line.whole("--max-restarts", 0, 1000, 5),
				List.copyOf(new LinkedHashSet<>(line.values("--label"))), line.value("--pin", null));
	}

	/** The names the tasks get: NAME, or NAME-1 … NAME-N. */
	List<String> taskNames() {
		return names(name, count);
	}

	private static List<String> names(String name, int count) {
		if (count == 1) {
			return List.of(name);
		}
		List<String> names = new ArrayList<>(count);
		for (int i = 1; i <= count; i++) {
			names.add(name + "-" + i);
		}
		return names;
	}

	/**
	 * Model thread. The new tasks as the change operations {@code task-submit} takes, described as the console
	 * describes them (objects of the pool, such as a pinned node, named by their IDs in it).
	 *
	 * @throws CliFailure when {@code --pin} names no node of the pool
	 */
	String describe(Pool pool) throws CliFailure {
		Node pin = null;
		if (pinNode != null) {
			pin = pool.getAllNodes().stream().filter(n -> pinNode.equals(n.getName())).findFirst().orElse(null);
			if (pin == null) {
				throw new CliFailure(FlotillaCli.REFUSED, "submit: the pool has no node '" + pinNode + "' (--pin)");
			}
		}
		List<Task> tasks = new ArrayList<>();
		for (String taskName : taskNames()) {
			Task task = PoolFactory.eINSTANCE.createTask();
			task.setName(taskName);
			task.setKind(kind);
			task.setCommand(command);
			task.getArguments().addAll(arguments);
			task.getEnvironment().addAll(environment);
			task.setShell(shell);
			task.setCpuDemand(cpu);
			task.setMemoryDemand(memoryMib);
			task.setPriority(priority);
			task.setRestartPolicy(restart);
			task.setMaxRestarts(maxRestarts);
			task.getRequiredLabels().addAll(labels);
			task.setDesiredRunning(true);
			if (pin != null) {
				task.setPinned(true);
				task.setNode(pin);
			}
			tasks.add(task);
		}
		for (Task task : tasks) {
			for (Task other : tasks) {
				if (other != task) {
					task.getAntiAffinity().add(other); // replicas on different nodes, as the wizard does by default
				}
			}
		}
		try {
			return RemoteTaskControl.describe(tasks); // as the console describes its submissions
		} finally {
			// The pinned node's task list holds the new tasks now (the reference is two-way): the copy must not keep
			// them, the service's own come back with its changes.
			for (Task task : tasks) {
				task.setNode(null);
			}
		}
	}

	/** "2 tasks" / "task web". */
	String describeForPeople() {
		return count == 1 ? "task " + name : count + " tasks " + name + "-1.." + count;
	}
}
