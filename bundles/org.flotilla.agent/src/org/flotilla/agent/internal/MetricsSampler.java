package org.flotilla.agent.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.flotilla.agent.AgentConfig.Allotment;
import org.flotilla.agent.MetricsSample;

import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.hardware.HWDiskStore;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.hardware.NetworkIF;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/**
 * Takes {@link MetricsSample}s with OSHI. Rates and the CPU fraction are deltas since the previous call divided by
 * the elapsed time (monotonic clock), so the first call only sets the baseline and reports zero rates.
 * <p>
 * Cheap on purpose (it runs every second for ever): the OSHI disk, network and process objects are looked up once
 * and then refreshed with {@code updateAttributes()}; the list of disks and interfaces is looked up again only every
 * {@link #REDISCOVER_EVERY} samples (hot-plug), and so is the set of the node's processes. On Linux the counters
 * themselves, memory and the load are read from {@code /proc} ({@link ProcCounters}: five small reads a sample instead
 * of OSHI's udev enumeration, dozens of sysfs reads and regular expressions); elsewhere OSHI reads them too.
 * <p>
 * The node's processes are, for now, the agent's own process and its descendants (the task runner will add what it
 * starts). Not thread-safe: one sampler thread.
 */
public final class MetricsSampler {

	static final int REDISCOVER_EVERY = 60;
	static final int REFRESH_PROCESSES_EVERY = 10;

	private final InstantSource clock;
	private final Allotment allotment;
	private final HardwareAbstractionLayer hal;
	private final CentralProcessor processor;
	private final GlobalMemory memory;
	private final OperatingSystem os;
	private final int selfPid;

	private List<HWDiskStore> disks;
	private List<NetworkIF> nics;
	/** The /proc reader on Linux, else null (OSHI reads the counters). */
	private final ProcCounters proc;
	/** The kernel's names of {@link #disks} and {@link #nics}, for {@link #proc}. */
	private final List<String> diskNames = new ArrayList<>();
	private final List<String> nicNames = new ArrayList<>();
	private final long[] pair = new long[2];
	/** The node's processes by pid, each with its CPU time (ms) at the previous sample. */
	private final Map<Integer, Tracked> processes = new HashMap<>();
	private long[] previousTicks;
	private long previousNanos;
	private long previousDiskRead;
	private long previousDiskWrite;
	private long previousRx;
	private long previousTx;
	private long samples;

	private static final class Tracked {
		/** Null when {@link MetricsSampler#proc} reads the process. */
		final OSProcess process;
		long previousCpuMillis;

		Tracked(OSProcess process, long cpuMillis) {
			this.process = process;
			this.previousCpuMillis = cpuMillis;
		}
	}

	public MetricsSampler(SystemInfo systemInfo, Allotment allotment, InstantSource clock) {
		this.clock = clock;
		this.allotment = allotment;
		this.hal = systemInfo.getHardware();
		this.processor = hal.getProcessor();
		this.memory = hal.getMemory();
		this.os = systemInfo.getOperatingSystem();
		this.selfPid = os.getProcessId();
		this.proc = ProcCounters.ifAvailable();
	}

	/** Takes one sample. The first call establishes the baseline: its CPU fraction and rates are 0. */
	public MetricsSample sample() {
		long nanos = System.nanoTime();
		boolean first = previousTicks == null;
		double seconds = first ? 0 : (nanos - previousNanos) / 1e9;
		if (samples % REDISCOVER_EVERY == 0) {
			disks = hal.getDiskStores();
			nics = hal.getNetworkIFs(false);
			diskNames.clear();
			for (HWDiskStore d : disks) {
				String name = d.getName(); // the device node, /dev/sda
				diskNames.add(name.startsWith("/dev/") ? name.substring("/dev/".length()) : name);
			}
			nicNames.clear();
			for (NetworkIF n : nics) {
				nicNames.add(n.getName());
			}
		} else if (proc == null) {
			for (HWDiskStore d : disks) {
				d.updateAttributes();
			}
			for (NetworkIF n : nics) {
				n.updateAttributes();
			}
		}
		long[] ticks = processor.getSystemCpuLoadTicks();
		double hostCpu = first ? 0 : clamp01(processor.getSystemCpuLoadBetweenTicks(previousTicks, ticks));
		previousTicks = ticks;
		double[] load;
		if (proc != null) {
			load = new double[3];
			try {
				proc.load(load);
			} catch (IOException e) {
				throw new UncheckedIOException("reading /proc/loadavg failed", e);
			}
		} else {
			load = processor.getSystemLoadAverage(3);
		}

		long read = 0;
		long write = 0;
		long rx = 0;
		long tx = 0;
		if (proc != null) {
			try {
				proc.disks(diskNames, pair);
				read = pair[0];
				write = pair[1];
				proc.network(nicNames, pair);
				rx = pair[0];
				tx = pair[1];
			} catch (IOException e) {
				throw new UncheckedIOException("reading /proc failed", e);
			}
		} else {
			for (HWDiskStore d : disks) {
				read += d.getReadBytes();
				write += d.getWriteBytes();
			}
			for (NetworkIF n : nics) {
				rx += n.getBytesRecv();
				tx += n.getBytesSent();
			}
		}
		// A rediscovered device set or a counter reset can make a delta negative: report 0 rather than nonsense.
		double diskRead = rate(read, previousDiskRead, seconds);
		double diskWrite = rate(write, previousDiskWrite, seconds);
		double netRx = rate(rx, previousRx, seconds);
		double netTx = rate(tx, previousTx, seconds);
		previousDiskRead = read;
		previousDiskWrite = write;
		previousRx = rx;
		previousTx = tx;

		long total;
		long available;
		boolean fromProc;
		try {
			fromProc = proc != null && proc.memory(pair);
		} catch (IOException e) {
			throw new UncheckedIOException("reading /proc/meminfo failed", e);
		}
		if (fromProc) {
			total = pair[0];
			available = pair[1];
		} else {
			total = memory.getTotal();
			available = memory.getAvailable();
		}
		long used = total - available;

		double nodeCpuMillis = 0;
		long nodeRss = 0;
		if (samples % REFRESH_PROCESSES_EVERY == 0) {
			refreshProcesses();
		}
		for (Iterator<Map.Entry<Integer, Tracked>> it = processes.entrySet().iterator(); it.hasNext();) {
			Map.Entry<Integer, Tracked> entry = it.next();
			Tracked t = entry.getValue();
			if (!update(entry.getKey(), t)) {
				it.remove(); // exited
				continue;
			}
			long cpu = pair[0];
			nodeCpuMillis += Math.max(0, cpu - t.previousCpuMillis);
			t.previousCpuMillis = cpu;
			nodeRss += pair[1];
		}
		double nodeCores = first || seconds <= 0 ? 0 : nodeCpuMillis / 1000.0 / seconds;

		previousNanos = nanos;
		samples++;
		return new MetricsSample(clock.millis(), hostCpu, load[0], load[1], load[2], used, total, diskRead,
				diskWrite, netRx, netTx, nodeCores, nodeCores / allotment.cpuCores(), nodeRss,
				(double) nodeRss / allotment.memoryBytes(), processes.size());
	}

	/** Reads process {@code pid}'s CPU time (ms) and resident bytes into {@link #pair}; false when it has gone. */
	private boolean update(int pid, Tracked t) {
		if (t.process == null) {
			try {
				return proc.process(pid, pair);
			} catch (IOException e) {
				return false;
			}
		}
		if (!t.process.updateAttributes()) {
			return false;
		}
		pair[0] = t.process.getKernelTime() + t.process.getUserTime();
		pair[1] = t.process.getResidentMemory();
		return true;
	}

	/** Adds the agent's new descendants (a new process is measured from its next sample on). */
	private void refreshProcesses() {
		track(selfPid);
		ProcessHandle.current().descendants().forEach(handle -> track((int) handle.pid()));
	}

	private void track(int pid) {
		if (processes.containsKey(pid)) {
			return;
		}
		if (proc != null) {
			try {
				if (proc.process(pid, pair)) {
					processes.put(pid, new Tracked(null, pair[0]));
				}
			} catch (IOException e) {
				// gone meanwhile, or unreadable: not counted
			}
			return;
		}
		OSProcess p = os.getProcess(pid);
		if (p != null) {
			processes.put(pid, new Tracked(p, p.getKernelTime() + p.getUserTime()));
		}
	}

	private static double rate(long now, long before, double seconds) {
		if (seconds <= 0 || now < before) {
			return 0;
		}
		return (now - before) / seconds;
	}

	private static double clamp01(double v) {
		return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
	}
}
