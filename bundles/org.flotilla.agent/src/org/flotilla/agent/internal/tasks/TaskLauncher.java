package org.flotilla.agent.internal.tasks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flotilla.protocol.LogText;
import org.flotilla.protocol.tasks.TaskSpec;

/**
 * Starts a task's process: {@code setsid /bin/sh -c WRAPPER ...} in the task's working directory, stdin from
 * {@code /dev/null}, stdout and stderr appended to its output file. {@code setsid} (util-linux) gives the task a
 * session and process group of its own, so that the agent's death (or a signal to the agent's group) does not take it
 * down, and so that the agent can signal the whole group. The small wrapper script joins the task's cgroups before it
 * runs anything, runs the command with its arguments as they are (they are never read by a shell: they are the
 * script's positional parameters, and the command is an absolute path, so never a shell builtin or function),
 * and writes the command's exit code to a file, so that an agent that re-adopted the task after a restart (and is not
 * its parent) still learns how it ended. The wrapper does not trap signals: a SIGTERM to the task ends it with the
 * rest (a trap would be inherited by a child forked just before, which would then run on instead of ending); the
 * runtime waits for every process of the task, not for the wrapper alone.
 */
public final class TaskLauncher {

	/** Set by the agent in every task's environment. */
	public static final String TASK_ID_VARIABLE = "FLOTILLA_TASK_ID";
	public static final String TASK_EPOCH_VARIABLE = "FLOTILLA_TASK_EPOCH";
	/** The run (a nonce the agent journals before it starts the process): tells this run from any other. */
	public static final String TASK_RUN_VARIABLE = "FLOTILLA_TASK_RUN";
	static final String SHELL = "/bin/sh";
	/**
	 * $1: exit code file, $2: the run, $3: how many cgroup.procs files follow, then those, then the command and its
	 * arguments. The exit code file says {@code RUN CODE}: an agent reading it knows which run ended.
	 */
	static final String WRAPPER = """
			exitfile=$1; run=$2; n=$3; shift 3
			while [ "$n" -gt 0 ]; do
			  echo $$ > "$1" || { echo "flotilla-agent: cannot put the task into its cgroup ($1)" >&2; exit 125; }
			  n=$((n - 1)); shift
			done
			"$@"
			code=$?
			echo "$run $code" > "$exitfile"
			exit "$code"
			""";

	/** A started task process. */
	public record Launched(Process process, long pid, long startTicks) {
	}

	private final String setsid;

	private TaskLauncher(String setsid) {
		this.setsid = setsid;
	}

	/** The launcher, or an exception that says what this node lacks to start tasks. */
	public static TaskLauncher find() throws IOException {
		String setsid = onPath("setsid", System.getenv("PATH"));
		if (setsid == null) {
			for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
				if (Files.isExecutable(Path.of(candidate))) {
					setsid = candidate;
				}
			}
		}
		if (setsid == null) {
			throw new IOException("setsid (util-linux) is not installed: tasks need it to run in a session of their own");
		}
		if (!Files.isExecutable(Path.of(SHELL))) {
			throw new IOException(SHELL + " is missing: tasks are started through it");
		}
		return new TaskLauncher(setsid);
	}

	/**
	 * What is wrong with running tasks from a process with this pid, or null. As PID 1 of its PID namespace (a
	 * container started without an init) the agent becomes the parent of every process of a task whose parent ended
	 * (a command whose wrapper was killed, a daemon's forked child), and the JVM waits only for the processes it
	 * started itself: those others stay zombies for as long as the agent runs, and fill the process table.
	 */
	public static String initProblem(long pid) {
		if (pid != 1) {
			return null;
		}
		return "the agent runs as PID 1 (a container without an init): orphaned processes of its tasks will never be "
				+ "reaped and stay zombies; run it under an init that reaps (docker run --init, tini, dumb-init)";
	}

	/**
	 * The program that runs a task: {@code /bin/sh} for a shell task, else its command, absolute or looked up on the
	 * task's {@code PATH} (its own when its environment sets one, else the agent's).
	 *
	 * @throws IllegalArgumentException saying why the command cannot run here
	 */
	public static String program(TaskSpec spec) {
		String command = spec.command();
		if (command.indexOf('\0') >= 0) {
			throw new IllegalArgumentException("'command' holds a NUL character");
		}
		for (int i = 0; i < spec.arguments().size(); i++) {
			if (spec.arguments().get(i).indexOf('\0') >= 0) {
				throw new IllegalArgumentException("'arg." + i + "' holds a NUL character");
			}
		}
		for (Map.Entry<String, String> variable : spec.environment().entrySet()) {
			if (variable.getValue().indexOf('\0') >= 0) {
				throw new IllegalArgumentException("'env." + LogText.of(variable.getKey(), LogText.NAME) + "' holds a NUL character");
			}
		}
		if (spec.shell()) {
			return SHELL;
		}
		if (command.startsWith("/")) {
			Path path = Path.of(command);
			if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
				throw new IllegalArgumentException("'command' " + LogText.of(command, LogText.DETAIL)
						+ " is not an executable file on this node");
			}
			return command;
		}
		if (command.indexOf('/') >= 0) {
			throw new IllegalArgumentException("'command' " + LogText.of(command, LogText.DETAIL)
					+ " must be absolute or a name found on PATH");
		}
		String path = spec.environment().getOrDefault("PATH", System.getenv("PATH"));
		String found = onPath(command, path);
		if (found == null) {
			throw new IllegalArgumentException("'command' " + LogText.of(command, LogText.NAME)
					+ " is not absolute and not found on PATH (" + LogText.of(path, LogText.DETAIL) + ")");
		}
		return found;
	}

	private static String onPath(String name, String path) {
		if (path == null) {
			return null;
		}
		for (String folder : path.split(":")) {
			if (folder.isEmpty() || !folder.startsWith("/")) {
				continue;
			}
			Path candidate = Path.of(folder, name);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		return null;
	}

	/**
	 * Starts the task. Its environment is the agent's, then the task's own variables, then
	 * {@value #TASK_ID_VARIABLE}, {@value #TASK_EPOCH_VARIABLE} and {@value #TASK_RUN_VARIABLE}.
	 *
	 * @param run the run's nonce, journaled before this is called
	 */
	public Launched start(TaskSpec spec, String run, String program, List<Path> cgroupProcs, Path work, Path output,
			Path exitFile) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(setsid);
		command.add(SHELL);
		command.add("-c");
		command.add(WRAPPER);
		command.add("flotilla-task"); // $0
		command.add(exitFile.toString());
		command.add(run);
		command.add(Integer.toString(cgroupProcs.size()));
		for (Path procs : cgroupProcs) {
			command.add(procs.toString());
		}
		command.add(program);
		if (spec.shell()) {
			command.add("-c");
			command.add(spec.command());
			command.add("sh"); // the script's $0; the arguments become $1...
		}
		command.addAll(spec.arguments());
		Files.createDirectories(work);
		Files.deleteIfExists(exitFile);
		ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).redirectErrorStream(true);
		Map<String, String> environment = builder.environment();
		environment.putAll(spec.environment());
		environment.put(TASK_ID_VARIABLE, spec.id());
		environment.put(TASK_EPOCH_VARIABLE, Long.toString(spec.epoch()));
		environment.put(TASK_RUN_VARIABLE, run);
		Process process = builder.start();
		ProcFiles.Stat stat = ProcFiles.stat(process.pid());
		// Gone already (a command that ended at once): its start time no longer matters, no one can adopt it.
		return new Launched(process, process.pid(), stat == null ? 0 : stat.startTicks());
	}

	/**
	 * The exit code the wrapper of run {@code run} wrote, or null when it wrote none (it was killed, never started, or
	 * the file is another run's).
	 */
	public static Integer exitCode(Path exitFile, String run) {
		try {
			String[] line = Files.readString(exitFile).trim().split(" ");
			return line.length == 2 && !run.isEmpty() && line[0].equals(run) ? Integer.valueOf(line[1]) : null;
		} catch (IOException | NumberFormatException e) {
			return null;
		}
	}
}
