package org.flotilla.console.ui.internal.tasks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.flotilla.model.LayerKind;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.RestartPolicy;
import org.flotilla.model.StackRequirement;
import org.flotilla.model.Task;
import org.flotilla.model.TaskKind;

/**
 * What the Submit Tasks wizard collects, as the person typed it, with the checks that tell which field is
 * wrong and why, and the tasks it makes. No SWT: the pages only copy their widgets' texts in here.
 */
public final class TaskDraft {

	/** At most this many replicas in one submission. */
	public static final int MAX_REPLICAS = 1000;
	/** A task name: docs/tasks.md. */
	public static final Pattern TASK_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
	private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	/** The fields, with the label the wizard shows them under (and error messages start with). */
	public enum Field {
		NAME("Name", 1), REPLICAS("Replicas", 1), COMMAND("Command", 1), ARGUMENTS("Arguments", 1),
		ENVIRONMENT("Environment", 1), CPU("CPU cores", 2), MEMORY("Memory (MiB)", 2), DISK("Disk (GiB)", 2),
		NETWORK("Network (Mbit/s)", 2), PRIORITY("Priority", 2), MAX_RESTARTS("Max restarts", 2),
		REQUIREMENTS("Stack requirements", 3), AFFINITY("Together with", 3), ANTI_AFFINITY("Apart from", 3), PIN("Pin to node", 3);

		private final String label;
		private final int page;

		Field(String label, int page) {
			this.label = label;
			this.page = page;
		}

		public String label() {
			return label;
		}

		/** The wizard page (1..3) the field is on. */
		public int page() {
			return page;
		}
	}

	// Page 1: what runs.
	public String name = "";
	public String replicas = "1";
	public TaskKind kind = TaskKind.SERVICE;
	public String command = "";
	/** One argument per line. */
	public String arguments = "";
	/** NAME=value per line. */
	public String environment = "";
	public boolean shell;

	// Page 2: what it needs, and how it is kept running.
	public String cpu = "1";
	public String memory = "512";
	public String disk = "0";
	public String network = "0";
	public String priority = "0";
	public RestartPolicy restartPolicy = RestartPolicy.ON_FAILURE;
	public String maxRestarts = "5";

	// Page 3: where it may run.
	public Set<String> requiredLabels = new LinkedHashSet<>();
	/** One per line: NAME [MINIMUM-VERSION], prefixed os: or app: for the other layers (default middleware). */
	public String requirements = "";
	/** Names of existing tasks, separated by commas or spaces. */
	public String affinity = "";
	public String antiAffinity = "";
	/** The name of the node to pin to; empty: the engine decides. */
	public String pinNode = "";
	/** Replicas anti-affine with each other, so that no two share a node. */
	public boolean spreadReplicas = true;

	/** Every problem, by field, in the order of the fields; empty when the draft makes valid tasks. */
	public Map<Field, String> problems(Pool pool) {
		Map<Field, String> problems = new EnumMap<>(Field.class);
		Integer count = wholeNumber(replicas, 1, MAX_REPLICAS);
		if (count == null) {
			problems.put(Field.REPLICAS, "a whole number from 1 to " + MAX_REPLICAS + " (is '" + replicas.trim() + "')");
		}
		String nameProblem = nameProblem(pool, count == null ? 1 : count);
		if (nameProblem != null) {
			problems.put(Field.NAME, nameProblem);
		}
		if (command.isBlank()) {
			problems.put(Field.COMMAND, "required: the program to run, e.g. /usr/bin/python3");
		} else if (!shell && command.strip().contains(" ")) {
			problems.put(Field.COMMAND, "one program without arguments (is '" + command.strip()
					+ "'): put the arguments one per line below, or tick 'Run through /bin/sh'");
		}
		List<String> env = lines(environment);
		for (int i = 0; i < env.size(); i++) {
			String line = env.get(i);
			int equals = line.indexOf('=');
			if (equals <= 0 || !ENV_NAME.matcher(line.substring(0, equals)).matches()) {
				problems.put(Field.ENVIRONMENT, "line " + (i + 1) + ": NAME=value expected, NAME of letters, digits and _ (is '" + line + "')");
				break;
			}
		}
		Double cores = decimal(cpu);
		if (cores == null || cores < 0 || cores > 100_000) {
			problems.put(Field.CPU, "a number of cores from 0 to 100000, e.g. 0.5 (is '" + cpu.trim() + "')");
		}
		checkWhole(problems, Field.MEMORY, memory, 0, Integer.MAX_VALUE);
		checkWhole(problems, Field.DISK, disk, 0, Integer.MAX_VALUE);
		checkWhole(problems, Field.NETWORK, network, 0, Integer.MAX_VALUE);
		checkWhole(problems, Field.PRIORITY, priority, -1000, 1000);
		checkWhole(problems, Field.MAX_RESTARTS, maxRestarts, 0, 1000);
		List<String> requirementLines = lines(requirements);
		for (int i = 0; i < requirementLines.size(); i++) {
			if (requirement(requirementLines.get(i)) == null) {
				problems.put(Field.REQUIREMENTS, "line " + (i + 1) + ": NAME [MINIMUM-VERSION] expected, e.g. 'java 21' or 'os:ubuntu 22.04' (is '"
						+ requirementLines.get(i) + "')");
				break;
			}
		}
		Map<String, Task> existing = tasksByName(pool);
		checkTasks(problems, Field.AFFINITY, affinity, existing);
		checkTasks(problems, Field.ANTI_AFFINITY, antiAffinity, existing);
		if (!problems.containsKey(Field.AFFINITY) && !problems.containsKey(Field.ANTI_AFFINITY)) {
			for (String together : names(affinity)) {
				if (names(antiAffinity).contains(together)) {
					problems.put(Field.ANTI_AFFINITY, "'" + together + "' is also in 'Together with': a task cannot be both with and apart from it");
					break;
				}
			}
		}
		if (!pinNode.isBlank() && nodeNamed(pool, pinNode.strip()) == null) {
			problems.put(Field.PIN, "the pool has no node '" + pinNode.strip() + "'");
		}
		return problems;
	}

	/** The problems of one page's fields. */
	public Map<Field, String> problems(Pool pool, int page) {
		Map<Field, String> all = problems(pool);
		all.keySet().removeIf(field -> field.page() != page);
		return all;
	}

	/** "Replicas: a whole number from 1 to 1000 (is 'x')": a problem as a page shows it. */
	public static String message(Field field, String problem) {
		return field.label() + ": " + problem;
	}

	/** The names the tasks will have: NAME, or NAME-1 … NAME-N for N replicas. */
	public List<String> taskNames() {
		Integer count = wholeNumber(replicas, 1, MAX_REPLICAS);
		int n = count == null ? 1 : count;
		String base = name.strip();
		if (n == 1) {
			return List.of(base);
		}
		List<String> names = new ArrayList<>(n);
		for (int i = 1; i <= n; i++) {
			names.add(base + "-" + i);
		}
		return names;
	}

	/**
	 * New tasks, not in the pool yet (call only without {@link #problems}). They refer to the pool's tasks
	 * (affinity) and, when pinned, to a node; a pinned task is in that node's task list (the reference is
	 * two-way), so tasks made only for a preview are {@link #release released} afterwards.
	 */
	public List<Task> toTasks(Pool pool) {
		Map<String, Task> existing = tasksByName(pool);
		Node pin = pinNode.isBlank() ? null : nodeNamed(pool, pinNode.strip());
		List<Task> tasks = new ArrayList<>();
		for (String taskName : taskNames()) {
			Task task = PoolFactory.eINSTANCE.createTask();
			task.setName(taskName);
			task.setKind(kind);
			task.setCommand(command.strip());
			task.getArguments().addAll(lines(arguments));
			task.getEnvironment().addAll(lines(environment));
			task.setShell(shell);
			task.setCpuDemand(decimal(cpu));
			task.setMemoryDemand(Long.parseLong(memory.strip()));
			task.setDiskDemand(Long.parseLong(disk.strip()));
			task.setNetworkDemand(Long.parseLong(network.strip()));
			task.setPriority(Integer.parseInt(priority.strip()));
			task.setRestartPolicy(restartPolicy);
			task.setMaxRestarts(Integer.parseInt(maxRestarts.strip()));
			task.getRequiredLabels().addAll(requiredLabels);
			for (String line : lines(requirements)) {
				task.getRequirements().add(requirement(line));
			}
			for (String other : names(affinity)) {
				task.getAffinity().add(existing.get(other));
			}
			for (String other : names(antiAffinity)) {
				task.getAntiAffinity().add(existing.get(other));
			}
			task.setDesiredRunning(true);
			if (pin != null) {
				task.setPinned(true);
				task.setNode(pin);
			}
			tasks.add(task);
		}
		if (spreadReplicas && tasks.size() > 1) {
			for (Task task : tasks) {
				for (Task other : tasks) {
					if (other != task) {
						task.getAntiAffinity().add(other);
					}
				}
			}
		}
		return tasks;
	}

	/** Takes tasks made by {@link #toTasks} but not submitted off their pinned node again. */
	public static void release(List<Task> tasks) {
		for (Task task : tasks) {
			if (task.eContainer() == null && task.getNode() != null) {
				task.setNode(null);
			}
		}
	}

	private String nameProblem(Pool pool, int count) {
		String base = name.strip();
		if (base.isEmpty()) {
			return "required: letters, digits, '.', '_' or '-'";
		}
		List<String> names = taskNames();
		String longest = names.get(names.size() - 1);
		if (!TASK_NAME.matcher(longest).matches()) {
			return "1 to 64 letters, digits, '.', '_' or '-'" + (count > 1 ? " with the replica number" : "") + " (is '"
					+ longest + "')";
		}
		Map<String, Task> existing = tasksByName(pool);
		for (String taskName : names) {
			if (existing.containsKey(taskName)) {
				return "the pool already has a task '" + taskName + "'";
			}
		}
		return null;
	}

	private static void checkTasks(Map<Field, String> problems, Field field, String text, Map<String, Task> existing) {
		for (String other : names(text)) {
			if (!existing.containsKey(other)) {
				problems.put(field, "the pool has no task '" + other + "'");
				return;
			}
		}
	}

	private static void checkWhole(Map<Field, String> problems, Field field, String text, int min, int max) {
		if (wholeNumber(text, min, max) == null) {
			problems.put(field, "a whole number from " + min + " to " + max + " (is '" + text.trim() + "')");
		}
	}

	static Integer wholeNumber(String text, int min, int max) {
		try {
			long value = Long.parseLong(text.strip());
			return value < min || value > max ? null : (int) value;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	static Double decimal(String text) {
		try {
			double value = Double.parseDouble(text.strip());
			return Double.isFinite(value) ? value : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** The non-blank lines, each stripped. */
	static List<String> lines(String text) {
		return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	/** Names separated by commas, spaces or line breaks. */
	static List<String> names(String text) {
		return java.util.Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).distinct().toList();
	}

	/** "java 21" (middleware), "os:ubuntu 22.04", "app:nginx": a requirement, or null when the line is not one. */
	static StackRequirement requirement(String line) {
		String[] words = line.strip().split("\\s+");
		if (words.length < 1 || words.length > 2 || words[0].isEmpty()) {
			return null;
		}
		LayerKind layer = LayerKind.MIDDLEWARE;
		String name = words[0];
		int colon = name.indexOf(':');
		if (colon >= 0) {
			String prefix = name.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
			layer = switch (prefix) {
			case "os" -> LayerKind.OPERATING_SYSTEM;
			case "app" -> LayerKind.APPLICATION;
			case "mw", "middleware" -> LayerKind.MIDDLEWARE;
			default -> null;
			};
			name = name.substring(colon + 1);
		}
		if (layer == null || name.isEmpty()) {
			return null;
		}
		StackRequirement requirement = PoolFactory.eINSTANCE.createStackRequirement();
		requirement.setLayer(layer);
		requirement.setName(name);
		if (words.length == 2) {
			requirement.setMinimumVersion(words[1]);
		}
		return requirement;
	}

	private static Map<String, Task> tasksByName(Pool pool) {
		Map<String, Task> byName = new HashMap<>(pool.getTasks().size() * 2);
		for (Task task : pool.getTasks()) {
			byName.put(task.getName(), task);
		}
		return byName;
	}

	static Node nodeNamed(Pool pool, String nodeName) {
		return pool.getAllNodes().stream().filter(n -> nodeName.equals(n.getName())).findFirst().orElse(null);
	}
}
