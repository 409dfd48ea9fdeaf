package org.flotilla.agent.internal.tasks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures running tasks from {@code /proc}: a task is every process of its cgroup where it has one, else every
 * process of its session (the wrapper is the session's leader, so a child that left the process tree by double
 * forking still counts; one that made a session of its own does not). CPU is the processes' own time plus that of
 * their children they waited for, as a rate since the previous measurement; memory is resident bytes; I/O is the
 * storage bytes of {@code /proc/PID/io} as a rate. Without cgroups, finding a session's processes takes a pass over
 * all of {@code /proc}: that pass is made every {@value #RESCAN_EVERY} measurements (and for a task measured for the
 * first time), and in between the processes found are read again (a new one counts from the next pass). Called on
 * one thread (the agent's sampler).
 */
public final class UsageMeter {

	/** One measurement of one task. */
	public record Measured(String taskId, double cpuCores, long memoryBytes, double readBytesPerSec,
			double writeBytesPerSec) {
	}

	/** A task to measure: its id and the pid of its session leader. */
	public record Target(String taskId, long pid) {
	}

	private static final class Previous {
		long pid;
		long nanos;
		long cpuMillis;
		long read = -1;
		long written = -1;
	}

	static final int RESCAN_EVERY = 10;

	private final TaskCgroups cgroups;
	private final Map<String, Previous> previous = new HashMap<>();
	/** Without cgroups: the processes of each task's session as last found. */
	private final Map<String, List<Long>> sessions = new HashMap<>();
	private long measurements;

	public UsageMeter(TaskCgroups cgroups) {
		this.cgroups = cgroups;
	}

	/** Measures the targets; a task measured for the first time (or with a new process) reports 0 CPU and I/O. */
	public List<Measured> measure(List<Target> targets) {
		long nanos = System.nanoTime();
		boolean rescan = measurements++ % RESCAN_EVERY == 0;
		Map<Long, List<ProcFiles.Stat>> bySession = null;
		List<Measured> result = new ArrayList<>();
		Set<String> seen = new java.util.HashSet<>();
		for (Target target : targets) {
			seen.add(target.taskId());
			List<ProcFiles.Stat> members = new ArrayList<>();
			if (cgroups.enforced()) {
				Set<Long> pids = new LinkedHashSet<>(cgroups.members(target.taskId()));
				pids.add(target.pid());
				for (long pid : pids) {
					ProcFiles.Stat stat = ProcFiles.stat(pid);
					if (stat != null && !stat.zombie()) {
						members.add(stat);
					}
				}
			} else {
				Previous known = previous.get(target.taskId());
				List<Long> cached = sessions.get(target.taskId());
				if (rescan || cached == null || known == null || known.pid != target.pid()) {
					if (bySession == null) {
						bySession = new HashMap<>();
						for (ProcFiles.Stat stat : ProcFiles.all()) {
							if (!stat.zombie()) {
								bySession.computeIfAbsent(stat.session(), s -> new ArrayList<>()).add(stat);
							}
						}
					}
					members = bySession.getOrDefault(target.pid(), List.of());
					sessions.put(target.taskId(), members.stream().map(ProcFiles.Stat::pid).toList());
				} else {
					for (long pid : cached) {
						ProcFiles.Stat stat = ProcFiles.stat(pid);
						if (stat != null && !stat.zombie() && stat.session() == target.pid()) {
							members.add(stat);
						}
					}
				}
			}
			long cpu = 0;
			long memory = 0;
			long read = 0;
			long written = 0;
			boolean io = !members.isEmpty();
			for (ProcFiles.Stat stat : members) {
				cpu += stat.cpuMillis() + stat.childMillis();
				memory += stat.residentBytes();
				long[] counters = ProcFiles.io(stat.pid());
				if (counters == null) {
					io = false;
				} else {
					read += counters[0];
					written += counters[1];
				}
			}
			Previous before = previous.get(target.taskId());
			double cores = 0;
			double readRate = io ? 0 : Double.NaN;
			double writeRate = io ? 0 : Double.NaN;
			if (before != null && before.pid == target.pid() && nanos > before.nanos) {
				double seconds = (nanos - before.nanos) / 1e9;
				// A member that ended without being waited for by another member takes its time with it: never < 0.
				cores = Math.max(0, cpu - before.cpuMillis) / 1000.0 / seconds;
				if (io && before.read >= 0) {
					readRate = Math.max(0, read - before.read) / seconds;
					writeRate = Math.max(0, written - before.written) / seconds;
				}
			}
			Previous now = new Previous();
			now.pid = target.pid();
			now.nanos = nanos;
			now.cpuMillis = cpu;
			now.read = io ? read : -1;
			now.written = io ? written : -1;
			previous.put(target.taskId(), now);
			result.add(new Measured(target.taskId(), cores, memory, readRate, writeRate));
		}
		previous.keySet().retainAll(seen);
		sessions.keySet().retainAll(seen);
		return result;
	}
}
