package org.flotilla.agent.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import oshi.software.os.linux.LinuxOperatingSystemJNA;

/**
 * The counters {@link MetricsSampler} needs every second, read straight from Linux's {@code /proc}: the disks'
 * from {@code /proc/diskstats}, the interfaces' from {@code /proc/net/dev}, a process's from {@code /proc/PID/stat},
 * memory from {@code /proc/meminfo} and the load from {@code /proc/loadavg}, one small read each. OSHI gives the same
 * figures (the kernel's, in the same units) but its {@code updateAttributes()} enumerates the udev block devices for
 * every disk, reads a dozen sysfs files per interface and several {@code /proc} files per process, and its memory
 * and load calls split every line of {@code /proc/meminfo} with a regular expression and go through JNA: together
 * about 4 ms of CPU and 0.6 MB of garbage per sample, which was most of the agent's own CPU at a 1 s interval
 * (releng/run-agent-footprint). OSHI still discovers the disks, interfaces and processes, and reads the CPU ticks.
 * <p>
 * The files stay open and are read again from the start each time (the kernel regenerates them): opening, reading and
 * closing a {@code /proc} file through NIO took 0.5 ms of CPU at one read a second, a seek and a read 0.1 ms. A
 * process's {@code stat} file fails to read once the process has exited, so a recycled pid is never mistaken for it.
 * <p>
 * Not thread-safe (one buffer, the open files): the sampler thread only.
 */
final class ProcCounters {

	private static final Path DISKSTATS = Path.of("/proc/diskstats");
	private static final Path NET_DEV = Path.of("/proc/net/dev");
	private static final Path MEMINFO = Path.of("/proc/meminfo");
	private static final Path LOADAVG = Path.of("/proc/loadavg");
	/** /proc/diskstats counts sectors of 512 bytes, whatever the device's own sector size. */
	private static final long SECTOR_BYTES = 512;
	private static final int MAX_FIELDS = 24;

	private final long millisPerTick;
	private final long ticksPerSecond;
	private final long pageBytes;
	private byte[] buffer = new byte[16 * 1024];
	private final Map<Path, RandomAccessFile> open = new HashMap<>();
	private final int[] starts = new int[MAX_FIELDS];
	private final int[] ends = new int[MAX_FIELDS];

	private ProcCounters(long ticksPerSecond, long pageBytes) {
		this.ticksPerSecond = ticksPerSecond;
		this.millisPerTick = 1000 % ticksPerSecond == 0 ? 1000 / ticksPerSecond : 0;
		this.pageBytes = pageBytes;
	}

	/** The reader, or null where there is no such {@code /proc} (not Linux): then OSHI does it all. */
	static ProcCounters ifAvailable() {
		if (!Files.isReadable(DISKSTATS) || !Files.isReadable(NET_DEV) || !Files.isReadable(Path.of("/proc/self/stat"))) {
			return null;
		}
		try {
			long hz = LinuxOperatingSystemJNA.hz();
			long page = LinuxOperatingSystemJNA.pageSize();
			return hz > 0 && page > 0 ? new ProcCounters(hz, page) : null;
		} catch (RuntimeException | LinkageError e) {
			return null;
		}
	}

	/** Bytes read and written by the named disks (kernel names: sda, nvme0n1, ...), summed into {@code out[0..1]}. */
	void disks(Collection<String> names, long[] out) throws IOException {
		String text = read(DISKSTATS);
		long read = 0;
		long written = 0;
		for (int line = 0; line < text.length();) {
			int end = lineEnd(text, line);
			// major minor name reads merged sectors-read ms writes merged sectors-written ...
			if (split(text, line, end) >= 10 && named(text, 2, names)) {
				read += number(text, 5) * SECTOR_BYTES;
				written += number(text, 9) * SECTOR_BYTES;
			}
			line = end + 1;
		}
		out[0] = read;
		out[1] = written;
	}

	/** Bytes received and sent by the named interfaces, summed into {@code out[0..1]}. */
	void network(Collection<String> names, long[] out) throws IOException {
		String text = read(NET_DEV);
		long received = 0;
		long sent = 0;
		for (int line = 0; line < text.length();) {
			int end = lineEnd(text, line);
			int colon = text.indexOf(':', line);
			// "  eth0: rx-bytes packets errs drop fifo frame compressed multicast tx-bytes ..." (two header lines first)
			if (colon > 0 && colon < end && split(text, line, colon) == 1 && named(text, 0, names)
					&& split(text, colon + 1, end) >= 9) {
				received += number(text, 0);
				sent += number(text, 8);
			}
			line = end + 1;
		}
		out[0] = received;
		out[1] = sent;
	}

	/**
	 * Host memory in bytes into {@code out[0..1]}: total, and available (the kernel's MemAvailable estimate); false
	 * when the kernel does not give MemAvailable (before Linux 3.14: then OSHI estimates it).
	 */
	boolean memory(long[] out) throws IOException {
		String text = read(MEMINFO);
		long total = -1;
		long available = -1;
		for (int line = 0; line < text.length() && (total < 0 || available < 0);) {
			int end = lineEnd(text, line);
			// "MemTotal:       24683584 kB"
			if (split(text, line, end) >= 2) {
				if (named(text, 0, "MemTotal:")) {
					total = number(text, 1) * 1024;
				} else if (named(text, 0, "MemAvailable:")) {
					available = number(text, 1) * 1024;
				}
			}
			line = end + 1;
		}
		out[0] = total;
		out[1] = available;
		return total > 0 && available >= 0;
	}

	/** The 1, 5 and 15 minute load averages into {@code out[0..2]}. */
	void load(double[] out) throws IOException {
		String text = read(LOADAVG);
		// "0.54 1.02 1.79 1/159 17363"
		if (split(text, 0, lineEnd(text, 0)) < 3) {
			throw new IOException("unexpected " + LOADAVG + ": " + text);
		}
		for (int i = 0; i < 3; i++) {
			out[i] = Double.parseDouble(text.substring(starts[i], ends[i]));
		}
	}

	/**
	 * The CPU time (user + system, ms) and resident bytes of process {@code pid} into {@code out[0..1]}; false
	 * when the process has gone.
	 */
	boolean process(int pid, long[] out) throws IOException {
		String text;
		try {
			text = read(Path.of("/proc", Integer.toString(pid), "stat"));
		} catch (IOException e) {
			return false; // FileNotFoundException before, ESRCH ("No such process") after the process exited
		}
		// pid (comm) state ppid ... : the command may hold spaces and parentheses, so count from the last ')'.
		int paren = text.lastIndexOf(')');
		if (paren < 0 || split(text, paren + 1, lineEnd(text, paren)) < 22) {
			return false;
		}
		long ticks = number(text, 11) + number(text, 12); // utime, stime (fields 14 and 15)
		out[0] = millisPerTick > 0 ? ticks * millisPerTick : ticks * 1000 / ticksPerSecond;
		out[1] = number(text, 21) * pageBytes; // rss in pages (field 24)
		return true;
	}

	private String read(Path file) throws IOException {
		RandomAccessFile in = open.get(file);
		if (in == null) {
			in = new RandomAccessFile(file.toFile(), "r"); // FileNotFoundException: not there (or not any more)
			open.put(file, in);
		}
		try {
			in.seek(0);
			int length = 0;
			for (int n; (n = in.read(buffer, length, buffer.length - length)) > 0;) {
				length += n;
				if (length == buffer.length) {
					buffer = Arrays.copyOf(buffer, buffer.length * 2); // a host with very many devices
				}
			}
			return new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
		} catch (IOException e) {
			open.remove(file);
			in.close();
			throw e;
		}
	}

	private static int lineEnd(String text, int from) {
		int end = text.indexOf('\n', from);
		return end < 0 ? text.length() : end;
	}

	/** Splits {@code text[from, to)} at blanks into fields (their bounds in starts/ends); returns how many. */
	private int split(String text, int from, int to) {
		int count = 0;
		int i = from;
		while (count < MAX_FIELDS) {
			while (i < to && isBlank(text.charAt(i))) {
				i++;
			}
			if (i >= to) {
				break;
			}
			starts[count] = i;
			while (i < to && !isBlank(text.charAt(i))) {
				i++;
			}
			ends[count++] = i;
		}
		return count;
	}

	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t';
	}

	private boolean named(String text, int field, Collection<String> names) {
		for (String name : names) {
			if (named(text, field, name)) {
				return true;
			}
		}
		return false;
	}

	private boolean named(String text, int field, String name) {
		int length = ends[field] - starts[field];
		return name.length() == length && text.regionMatches(starts[field], name, 0, length);
	}

	private long number(String text, int field) {
		// Counters are unsigned 64-bit in the kernel; one that wrapped past Long.MAX_VALUE is read as a reset.
		try {
			return Long.parseLong(text, starts[field], ends[field], 10);
		} catch (NumberFormatException e) {
			return 0;
		}
	}
}
