package org.flotilla.protocol.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.flotilla.protocol.LogText;

/**
 * What a console asks an agent to run: the arguments of {@code run-task} (see {@code docs/tasks.md}). Made by the
 * console's control service and read back, checked, by the agent; {@link #fromArguments} trusts nothing.
 *
 * @param id                   the task's name in the pool, {@code [A-Za-z0-9._-]{1,64}}
 * @param epoch                raised by the console at every (re)assignment; positive
 * @param command              the program (absolute, or found on PATH); with {@code shell}, a /bin/sh script
 * @param arguments            passed as they are (with {@code shell}: the script's positional parameters)
 * @param environment          extra environment variables; names {@code [A-Za-z_][A-Za-z0-9_]*}
 * @param cpuCores             CPU limit in cores (0: none)
 * @param memoryMib            memory limit in MiB (0: none)
 * @param isolationGraceMillis how long without any console before {@code isolation} applies
 */
public record TaskSpec(String id, long epoch, TaskKind kind, String command, List<String> arguments,
		Map<String, String> environment, boolean shell, RestartPolicy restart, int maxRestarts, double cpuCores,
		long memoryMib, Isolation isolation, long isolationGraceMillis) {

	/** A task's id names folders on the agent's disk: "." and ".." are not ids. */
	public static final Pattern ID = Pattern.compile("(?!\\.{1,2}$)[A-Za-z0-9._-]{1,64}");
	/**
	 * An environment variable's name: what POSIX shells accept. Anything else (e.g. bash's exported functions,
	 * {@code BASH_FUNC_name%%}) could change what the task's {@code /bin/sh} wrapper runs, so it is refused.
	 */
	public static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	/** Enough for any real command line; a longer one is a mistake or an attack. */
	public static final int MAXIMUM_ARGUMENTS = 256;
	public static final int MAXIMUM_ENVIRONMENT = 256;
	public static final int MAXIMUM_RESTARTS = 1000;

	public enum TaskKind {
		SERVICE, BATCH;

		public String wireName() {
			return name().toLowerCase();
		}
	}

	public enum RestartPolicy {
		NEVER("never"), ON_FAILURE("on-failure"), ALWAYS("always");

		private final String wireName;

		RestartPolicy(String wireName) {
			this.wireName = wireName;
		}

		public String wireName() {
			return wireName;
		}
	}

	/** What an agent cut off from every console does with the task once the grace has passed. */
	public enum Isolation {
		KEEP, STOP;

		public String wireName() {
			return name().toLowerCase();
		}
	}

	public TaskSpec {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(command, "command");
		Objects.requireNonNull(restart, "restart");
		Objects.requireNonNull(isolation, "isolation");
		arguments = List.copyOf(arguments);
		environment = Map.copyOf(environment);
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("task id '" + LogText.of(id, LogText.NAME) + "' is not [A-Za-z0-9._-]{1,64} (nor . or ..)");
		}
		if (epoch <= 0) {
			throw new IllegalArgumentException("task '" + id + "': epoch must be positive, got " + epoch);
		}
		if (command.isBlank()) {
			throw new IllegalArgumentException("task '" + id + "': no command");
		}
		if (arguments.size() > MAXIMUM_ARGUMENTS || environment.size() > MAXIMUM_ENVIRONMENT) {
			throw new IllegalArgumentException("task '" + id + "': more than " + MAXIMUM_ARGUMENTS
					+ " arguments or environment variables");
		}
		if (maxRestarts < 0 || maxRestarts > MAXIMUM_RESTARTS) {
			throw new IllegalArgumentException("task '" + id + "': maxRestarts must be 0.." + MAXIMUM_RESTARTS + ", got " + maxRestarts);
		}
		if (!(cpuCores >= 0) || Double.isInfinite(cpuCores) || memoryMib < 0 || isolationGraceMillis < 0) {
			throw new IllegalArgumentException("task '" + id + "': cpu, memory and isolation grace must be finite and >= 0");
		}
		for (String name : environment.keySet()) {
			if (!ENVIRONMENT_NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("task '" + id + "': the environment variable name '"
						+ LogText.of(name, LogText.NAME) + "' is not [A-Za-z_][A-Za-z0-9_]* (letters, digits and _, "
						+ "not first a digit)");
			}
		}
	}

	/** The {@code run-task} arguments, plus {@code onBehalfOf} when not null. */
	public Map<String, String> toArguments(String onBehalfOf) {
		Map<String, String> a = new LinkedHashMap<>();
		a.put("task", id);
		a.put("epoch", Long.toString(epoch));
		a.put("kind", kind.wireName());
		a.put("command", command);
		a.put("argc", Integer.toString(arguments.size()));
		for (int i = 0; i < arguments.size(); i++) {
			a.put("arg." + i, arguments.get(i));
		}
		environment.forEach((name, value) -> a.put("env." + name, value));
		a.put("shell", Boolean.toString(shell));
		a.put("restart", restart.wireName());
		a.put("maxRestarts", Integer.toString(maxRestarts));
		a.put("cpu", Double.toString(cpuCores));
		a.put("memory", Long.toString(memoryMib));
		a.put("isolation", isolation.wireName());
		a.put("isolationGraceMillis", Long.toString(isolationGraceMillis));
		if (onBehalfOf != null) {
			a.put("onBehalfOf", onBehalfOf);
		}
		return a;
	}

	/** Reads {@code run-task} arguments; an {@link IllegalArgumentException} names what is wrong and where. */
	public static TaskSpec fromArguments(Map<String, String> a) {
		String id = required(a, "task");
		long epoch = parseLong(a, "epoch", null);
		TaskKind kind = switch (a.getOrDefault("kind", "service")) {
		case "service" -> TaskKind.SERVICE;
		case "batch" -> TaskKind.BATCH;
		default -> throw new IllegalArgumentException("'kind' must be service or batch, got '" + LogText.of(a.get("kind"), LogText.NAME) + "'");
		};
		RestartPolicy restart = null;
		String restartName = a.getOrDefault("restart", "on-failure");
		for (RestartPolicy policy : RestartPolicy.values()) {
			if (policy.wireName().equals(restartName)) {
				restart = policy;
			}
		}
		if (restart == null) {
			throw new IllegalArgumentException("'restart' must be never, on-failure or always, got '" + LogText.of(restartName, LogText.NAME) + "'");
		}
		Isolation isolation = switch (a.getOrDefault("isolation", "keep")) {
		case "keep" -> Isolation.KEEP;
		case "stop" -> Isolation.STOP;
		default -> throw new IllegalArgumentException("'isolation' must be keep or stop, got '" + LogText.of(a.get("isolation"), LogText.NAME) + "'");
		};
		long argc = parseLong(a, "argc", 0L);
		if (argc < 0 || argc > MAXIMUM_ARGUMENTS) {
			throw new IllegalArgumentException("'argc' must be 0.." + MAXIMUM_ARGUMENTS + ", got " + argc);
		}
		List<String> arguments = new ArrayList<>();
		for (int i = 0; i < argc; i++) {
			arguments.add(required(a, "arg." + i));
		}
		Map<String, String> environment = new LinkedHashMap<>();
		a.forEach((key, value) -> {
			if (key.startsWith("env.")) {
				environment.put(key.substring(4), value);
			}
		});
		double cpu;
		try {
			cpu = Double.parseDouble(a.getOrDefault("cpu", "0"));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'cpu' must be a number of cores, got '" + LogText.of(a.get("cpu"), LogText.NAME) + "'");
		}
		long maxRestarts = parseLong(a, "maxRestarts", 5L);
		if (maxRestarts > MAXIMUM_RESTARTS) {
			throw new IllegalArgumentException("'maxRestarts' must be 0.." + MAXIMUM_RESTARTS + ", got " + maxRestarts);
		}
		return new TaskSpec(id, epoch, kind, required(a, "command"), arguments, environment,
				Boolean.parseBoolean(a.getOrDefault("shell", "false")), restart, (int) maxRestarts, cpu,
				parseLong(a, "memory", 0L), isolation, parseLong(a, "isolationGraceMillis", 10_000L));
	}

	private static String required(Map<String, String> a, String key) {
		String value = a.get(key);
		if (value == null) {
			throw new IllegalArgumentException("'" + key + "' is missing");
		}
		return value;
	}

	/** A long argument; {@code fallback} null means it is required. */
	static long parseLong(Map<String, String> a, String key, Long fallback) {
		String value = a.get(key);
		if (value == null) {
			if (fallback == null) {
				throw new IllegalArgumentException("'" + key + "' is missing");
			}
			return fallback;
		}
		try {
			return Long.parseLong(value.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + key + "' must be a whole number, got '" + LogText.of(value, LogText.NAME) + "'");
		}
	}
}
