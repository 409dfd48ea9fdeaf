package org.flotilla.agent.internal.tasks;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.flotilla.protocol.SecretFiles;
import org.flotilla.protocol.tasks.TaskSpec;
import org.flotilla.protocol.tasks.TaskStatus;

/**
 * The task journal: one small file per task, {@code DATA/tasks/ID/task.properties}, replaced whole (a temporary file,
 * forced to disk, renamed over the old one) at every change, so a crash leaves either the old or the new record and
 * never half of one. Readable by the agent's user only: a task's environment may hold secrets.
 * <p>
 * A task's folder also holds its working directory ({@code work}), its output ({@code output.log}), the exit code its
 * wrapper writes ({@code exit-code}) and its usage history ({@code history}).
 */
public final class TaskStore {

	private static final System.Logger LOG = System.getLogger(TaskStore.class.getName());
	public static final String RECORD = "task.properties";

	/**
	 * What the agent remembers of a task across its own restarts.
	 *
	 * @param spec          what to run; null for a task this agent was only told to stop (it remembers the epoch)
	 * @param highestEpoch  the highest epoch any console sent for it
	 * @param wantRunning   the desired state: run (or run to completion) rather than stay stopped
	 * @param pid           the task's process (its wrapper, the leader of its session), 0 when none
	 * @param pidStartTicks that process's start time (/proc/PID/stat field 22): a recycled pid does not match it
	 * @param run           the run in flight: journaled (with pid 0) before its process is started, kept while it
	 *                      runs, cleared once its end has been handled; its process has it in its environment
	 *                      ({@code FLOTILLA_TASK_RUN}) and its wrapper writes it with the exit code. "" when none
	 * @param stopping      the process {@code pid} is being stopped (after which the spec, when it is to run, is
	 *                      started: a replacement by a newer epoch)
	 */
	public record TaskRecord(String id, TaskSpec spec, long highestEpoch, boolean wantRunning, long pid,
			long pidStartTicks, long startedAt, TaskStatus.State state, String reason, Integer exitCode, int restarts,
			String run, boolean stopping) {
		public TaskRecord {
			run = run == null ? "" : run;
		}
	}

	private final Path root;
	private final List<String> warnings = new ArrayList<>();

	public TaskStore(Path root) {
		this.root = root;
	}

	/** {@code DATA/tasks}. */
	public Path root() {
		return root;
	}

	public Path folder(String taskId) {
		return root.resolve(taskId);
	}

	public Path workDirectory(String taskId) {
		return folder(taskId).resolve("work");
	}

	public Path output(String taskId) {
		return folder(taskId).resolve("output.log");
	}

	/** Where the wrapper writes {@code RUN CODE}: the run (see {@link TaskRecord#run}) and its command's exit code. */
	public Path exitCodeFile(String taskId) {
		return folder(taskId).resolve("exit-code");
	}

	public Path history(String taskId) {
		return folder(taskId).resolve("history");
	}

	/** Every task record there is; a record that cannot be read is set aside ({@code .corrupt}) and named in a warning. */
	public List<TaskRecord> load() throws IOException {
		List<TaskRecord> records = new ArrayList<>();
		if (!Files.isDirectory(root)) {
			return records;
		}
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(root)) {
			for (Path folder : folders) {
				Path file = folder.resolve(RECORD);
				if (!Files.isRegularFile(file)) {
					continue;
				}
				try {
					records.add(read(folder.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
				} catch (IOException | RuntimeException e) {
					Path aside = file.resolveSibling(RECORD + ".corrupt");
					Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
					String message = "task record " + file + " cannot be read (" + e.getMessage()
							+ "); the task is forgotten and the record kept as " + aside.getFileName();
					warnings.add(message);
					LOG.log(Level.WARNING, message);
				}
			}
		}
		return records;
	}

	/** Replaces the task's record. */
	public void save(TaskRecord record) throws IOException {
		Properties p = new Properties(); // stored sorted by key (Java 18 and later)
		p.setProperty("id", record.id());
		p.setProperty("highestEpoch", Long.toString(record.highestEpoch()));
		p.setProperty("desired", record.wantRunning() ? "running" : "stopped");
		p.setProperty("pid", Long.toString(record.pid()));
		p.setProperty("pidStartTicks", Long.toString(record.pidStartTicks()));
		p.setProperty("startedAt", Long.toString(record.startedAt()));
		p.setProperty("state", record.state().wireName());
		p.setProperty("reason", record.reason());
		if (record.exitCode() != null) {
			p.setProperty("exitCode", Integer.toString(record.exitCode()));
		}
		p.setProperty("restarts", Integer.toString(record.restarts()));
		if (!record.run().isEmpty()) {
			p.setProperty("run", record.run());
		}
		if (record.stopping()) {
			p.setProperty("stopping", "true");
		}
		if (record.spec() != null) {
			record.spec().toArguments(null).forEach((key, value) -> p.setProperty("spec." + key, value));
		}
		StringWriter text = new StringWriter();
		p.store(text, "Flotilla task " + record.id() + " (written by the agent; do not edit while it runs)");
		Path folder = folder(record.id());
		SecretFiles.createFolder(folder);
		SecretFiles.write(folder.resolve(RECORD), text.toString().getBytes(StandardCharsets.UTF_8));
	}

	static TaskRecord read(String folderName, String text) throws IOException {
		Properties p = new Properties();
		p.load(new StringReader(text));
		String id = p.getProperty("id");
		if (!folderName.equals(id)) {
			throw new IOException("its id '" + id + "' is not its folder's name");
		}
		Map<String, String> spec = new TreeMap<>();
		for (String key : p.stringPropertyNames()) {
			if (key.startsWith("spec.")) {
				spec.put(key.substring(5), p.getProperty(key));
			}
		}
		String exit = p.getProperty("exitCode");
		return new TaskRecord(id, spec.isEmpty() ? null : TaskSpec.fromArguments(new LinkedHashMap<>(spec)),
				Long.parseLong(p.getProperty("highestEpoch")), "running".equals(p.getProperty("desired")),
				Long.parseLong(p.getProperty("pid", "0")), Long.parseLong(p.getProperty("pidStartTicks", "0")),
				Long.parseLong(p.getProperty("startedAt", "0")), TaskStatus.State.of(p.getProperty("state", "stopped")),
				p.getProperty("reason", ""), exit == null ? null : Integer.valueOf(exit),
				Integer.parseInt(p.getProperty("restarts", "0")), p.getProperty("run", ""),
				Boolean.parseBoolean(p.getProperty("stopping", "false")));
	}

	/** Deletes everything of a task (its record last, so a crash half-way leaves a task that is still known). */
	public void delete(String taskId) throws IOException {
		Path folder = folder(taskId);
		if (!Files.exists(folder)) {
			return;
		}
		List<Path> paths;
		try (var walk = Files.walk(folder)) {
			paths = new ArrayList<>(walk.sorted(java.util.Comparator.reverseOrder()).toList());
		}
		Path record = folder.resolve(RECORD);
		paths.remove(record);
		paths.add(paths.size() - 1, record); // before the folder itself, after everything else
		for (Path path : paths) {
			Files.deleteIfExists(path);
		}
	}

	/** Problems met while loading (also logged). */
	public List<String> warnings() {
		return List.copyOf(warnings);
	}
}
