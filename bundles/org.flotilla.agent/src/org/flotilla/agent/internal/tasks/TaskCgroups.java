package org.flotilla.agent.internal.tasks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the agent confines its tasks: one control group per task, inside a group of the agent's own, with the
 * task's CPU and memory limits. Either a cgroup v2 subtree delegated to the agent ({@code cpu.max},
 * {@code memory.max}) or writable cgroup v1 {@code cpu} and {@code memory} hierarchies
 * ({@code cpu.cfs_quota_us}/{@code cpu.cfs_period_us}, {@code memory.limit_in_bytes}); where neither is there, tasks
 * run unconfined and {@link #description()} says why ({@code not enforced: ...}), for the inventory.
 * <p>
 * The agent's group is made below the agent's own cgroup of each hierarchy (what {@code /proc/self/cgroup} names),
 * so its tasks count against whatever limits the agent's service has. A task's group is {@code task-ID} (never a
 * bare id: {@code tasks} or {@code cgroup.procs} are files in a v1 group).
 */
public final class TaskCgroups {

	/** The scheduler period for a CPU quota: 100 ms, the kernel's default. */
	static final long CPU_PERIOD_MICROS = 100_000;
	private static final Path DEFAULT_ROOT = Path.of("/sys/fs/cgroup");

	private enum Kind {
		V1, V2, NONE
	}

	private final Kind kind;
	private final String description;
	/** v1: the agent's group in the cpu hierarchy; v2: the agent's group. */
	private final Path cpuGroup;
	/** v1: the agent's group in the memory hierarchy; v2: the same as {@link #cpuGroup}. */
	private final Path memoryGroup;

	private TaskCgroups(Kind kind, String description, Path cpuGroup, Path memoryGroup) {
		this.kind = kind;
		this.description = description;
		this.cpuGroup = cpuGroup;
		this.memoryGroup = memoryGroup;
	}

	/** Tasks run unconfined, for {@code why}. */
	public static TaskCgroups unconfined(String why) {
		return new TaskCgroups(Kind.NONE, "not enforced: " + why, null, null);
	}

	/**
	 * Finds where this agent can confine tasks and makes its own group there.
	 *
	 * @param configuredRoot {@code tasks.cgroup.root}: a delegated cgroup v2 directory, or the folder holding the v1
	 *                       {@code cpu} and {@code memory} hierarchies; null: {@code /sys/fs/cgroup} and the agent's own
	 *                       cgroup
	 * @param agentGroup     the name of the agent's group ({@code flotilla-NODEID}: unique per agent on a host)
	 */
	public static TaskCgroups detect(Path configuredRoot, String agentGroup) {
		Path root = configuredRoot != null ? configuredRoot : DEFAULT_ROOT;
		String where = configuredRoot != null ? " (tasks.cgroup.root)" : "";
		if (!ProcFiles.available()) {
			return unconfined("no /proc (not Linux)");
		}
		Map<String, String> own = ownCgroups();
		if (Files.isRegularFile(root.resolve("cgroup.controllers"))) {
			Path base = configuredRoot != null ? root : root.resolve(relative(own.getOrDefault("", "/")));
			return v2(base, agentGroup, where, configuredRoot == null);
		}
		Path cpu = root.resolve("cpu");
		Path memory = root.resolve("memory");
		if (Files.isRegularFile(cpu.resolve("cpu.cfs_quota_us")) && Files.isRegularFile(memory.resolve("memory.limit_in_bytes"))) {
			// The agent's groups are made when its first task starts: an agent that runs none leaves no trace.
			Path cpuParent = inside(cpu, own.get("cpu"));
			Path memoryParent = inside(memory, own.get("memory"));
			for (Path parent : List.of(cpuParent, memoryParent)) {
				if (!Files.isWritable(parent)) {
					return unconfined("the cgroup v1 group " + parent + where + " is not writable by the agent");
				}
			}
			return new TaskCgroups(Kind.V1, "cgroup v1", cpuParent.resolve(agentGroup), memoryParent.resolve(agentGroup));
		}
		return unconfined("no cgroup v2 and no cgroup v1 cpu and memory hierarchies at " + root + where);
	}

	/**
	 * @param own the agent's own cgroup: a v2 group with processes cannot give its children controllers, so when the
	 *            agent is alone in it (a service with a delegated cgroup), it moves itself into a leaf of it,
	 *            {@code agent}, first (what systemd asks of a service that manages its own subtree)
	 */
	private static TaskCgroups v2(Path base, String agentGroup, String where, boolean own) {
		String controllers;
		try {
			controllers = Files.readString(base.resolve("cgroup.controllers")).trim();
		} catch (IOException e) {
			return unconfined("cgroup v2 at " + base + where + " cannot be read: " + reason(e));
		}
		List<String> offered = List.of(controllers.split("\\s+"));
		if (!offered.contains("cpu") || !offered.contains("memory")) {
			return unconfined("cgroup v2 at " + base + where + " offers no cpu and memory controllers (it has '"
					+ controllers + "'); delegate them to the agent or set tasks.cgroup.root");
		}
		Path group = base.resolve(agentGroup);
		try {
			if (own && !enabled(base) && onlyThisProcessIn(base)) {
				Path leaf = base.resolve("agent");
				Files.createDirectories(leaf);
				Files.writeString(leaf.resolve("cgroup.procs"), Long.toString(ProcessHandle.current().pid()));
			}
			enableControllers(base);
			return new TaskCgroups(Kind.V2, "cgroup v2", group, group);
		} catch (IOException | RuntimeException e) {
			return unconfined("cannot give the agent's tasks cpu and memory controllers under " + base + where + ": "
					+ reason(e) + " (a v2 group that holds processes cannot have children with controllers: "
					+ "delegate an empty one with tasks.cgroup.root)");
		}
	}

	private static void enableControllers(Path group) throws IOException {
		if (!enabled(group)) {
			Files.writeString(group.resolve("cgroup.subtree_control"), "+cpu +memory");
		}
	}

	/** Whether the children of a v2 group get the cpu and memory controllers. */
	private static boolean enabled(Path group) throws IOException {
		String enabled = Files.readString(group.resolve("cgroup.subtree_control"));
		return List.of(enabled.trim().split("\\s+")).containsAll(List.of("cpu", "memory"));
	}

	private static boolean onlyThisProcessIn(Path group) throws IOException {
		List<String> pids = Files.readAllLines(group.resolve("cgroup.procs")).stream().filter(l -> !l.isBlank()).toList();
		return pids.equals(List.of(Long.toString(ProcessHandle.current().pid())));
	}

	/** The agent's own cgroup in each hierarchy it is in: controller name (or "" for v2) to path. */
	static Map<String, String> ownCgroups() {
		Map<String, String> own = new LinkedHashMap<>();
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"))) {
				// "4:memory:/process_api/f557", "1:cpu,cpuacct:/", "0::/user.slice/..."
				String[] parts = line.split(":", 3);
				if (parts.length == 3) {
					if (parts[1].isEmpty()) {
						own.put("", parts[2]);
					}
					for (String controller : parts[1].split(",")) {
						own.put(controller, parts[2]);
					}
				}
			}
		} catch (IOException e) {
			// none known: the hierarchies' roots
		}
		return own;
	}

	/** The agent's own group inside a mounted v1 hierarchy, when it is visible there; else the hierarchy's root. */
	private static Path inside(Path hierarchy, String ownPath) {
		if (ownPath == null) {
			return hierarchy;
		}
		Path candidate = hierarchy.resolve(relative(ownPath));
		return Files.isDirectory(candidate) ? candidate : hierarchy;
	}

	private static String relative(String cgroupPath) {
		String p = cgroupPath;
		while (p.startsWith("/")) {
			p = p.substring(1);
		}
		return p;
	}

	/** {@code cgroup v2}, {@code cgroup v1} or {@code not enforced: why}. */
	public String description() {
		return description;
	}

	public boolean enforced() {
		return kind != Kind.NONE;
	}

	/** The task's group directories (one for v2, cpu and memory for v1); empty when unconfined. */
	public List<Path> groups(String taskId) {
		return switch (kind) {
		case NONE -> List.of();
		case V2 -> List.of(cpuGroup.resolve(groupName(taskId)));
		case V1 -> List.of(cpuGroup.resolve(groupName(taskId)), memoryGroup.resolve(groupName(taskId)));
		};
	}

	private static String groupName(String taskId) {
		return "task-" + taskId;
	}

	/**
	 * Makes the task's group with its limits (0: none) and answers the {@code cgroup.procs} files its first process
	 * writes its pid to before it runs anything (so that every descendant is inside from the start).
	 *
	 * @throws IOException naming the file that could not be written
	 */
	public List<Path> prepare(String taskId, double cpuCores, long memoryMib) throws IOException {
		List<Path> procs = new ArrayList<>();
		if (kind == Kind.NONE) {
			return procs;
		}
		List<Path> groups = groups(taskId);
		if (kind == Kind.V2 && !Files.isDirectory(cpuGroup)) {
			Files.createDirectories(cpuGroup);
			enableControllers(cpuGroup); // its children, the tasks' groups, get cpu and memory
		}
		for (Path group : groups) {
			Files.createDirectories(group);
			procs.add(group.resolve("cgroup.procs"));
		}
		long quota = cpuCores > 0 ? Math.max(1000, Math.round(cpuCores * CPU_PERIOD_MICROS)) : -1;
		if (kind == Kind.V2) {
			Path group = groups.get(0);
			write(group.resolve("cpu.max"), (quota > 0 ? Long.toString(quota) : "max") + " " + CPU_PERIOD_MICROS);
			write(group.resolve("memory.max"), memoryMib > 0 ? Long.toString(memoryMib << 20) : "max");
		} else {
			write(groups.get(0).resolve("cpu.cfs_period_us"), Long.toString(CPU_PERIOD_MICROS));
			write(groups.get(0).resolve("cpu.cfs_quota_us"), Long.toString(quota));
			// -1 is "no limit" for v1 memory as well
			write(groups.get(1).resolve("memory.limit_in_bytes"), memoryMib > 0 ? Long.toString(memoryMib << 20) : "-1");
		}
		return procs;
	}

	private static void write(Path file, String value) throws IOException {
		try {
			Files.writeString(file, value, StandardCharsets.US_ASCII);
		} catch (IOException e) {
			throw new IOException("cannot write '" + value + "' to " + file + ": " + reason(e), e);
		}
	}

	/** The processes in the task's group (empty when unconfined or gone). */
	public List<Long> members(String taskId) {
		List<Long> pids = new ArrayList<>();
		if (kind == Kind.NONE) {
			return pids;
		}
		Path procs = (kind == Kind.V1 ? memoryGroup : cpuGroup).resolve(groupName(taskId)).resolve("cgroup.procs");
		try {
			for (String line : Files.readAllLines(procs)) {
				if (!line.isBlank()) {
					pids.add(Long.parseLong(line.trim()));
				}
			}
		} catch (IOException | NumberFormatException e) {
			// no group (any more): no members
		}
		return pids;
	}

	/**
	 * SIGKILLs every process in the task's group at once, those it forks meanwhile included, where the kernel can
	 * (cgroup v2's {@code cgroup.kill}, Linux 5.14 and later); false where it cannot (v1, older kernels, no group):
	 * the caller signals the processes one by one then.
	 */
	public boolean kill(String taskId) {
		if (kind != Kind.V2) {
			return false;
		}
		Path kill = cpuGroup.resolve(groupName(taskId)).resolve("cgroup.kill");
		if (!Files.isRegularFile(kill)) {
			return false;
		}
		try {
			Files.writeString(kill, "1", StandardCharsets.US_ASCII);
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	/** Removes the task's groups; false while a process is still in one (try again later). */
	public boolean remove(String taskId) {
		boolean removed = true;
		for (Path group : groups(taskId)) {
			try {
				Files.deleteIfExists(group);
			} catch (DirectoryNotEmptyException | NoSuchFileException e) {
				removed = removed && e instanceof NoSuchFileException;
			} catch (IOException e) {
				removed = false; // EBUSY: a process is still inside
			}
		}
		return removed;
	}

	/** Removes the agent's own groups when no task group is left in them (at a clean stop). */
	public void removeAgentGroups() {
		if (kind == Kind.NONE) {
			return;
		}
		for (Path group : kind == Kind.V1 ? List.of(cpuGroup, memoryGroup) : List.of(cpuGroup)) {
			try {
				Files.deleteIfExists(group);
			} catch (IOException e) {
				// a task's group is still there (its task runs on): kept
			}
		}
	}

	static String reason(Exception e) {
		if (e instanceof java.nio.file.FileSystemException f) {
			return (f.getReason() != null ? f.getReason() : f.getClass().getSimpleName()) + " (" + f.getFile() + ")";
		}
		return e.getMessage() != null ? e.getMessage() : e.toString();
	}

	@Override
	public String toString() {
		return description.toLowerCase(Locale.ROOT);
	}
}
