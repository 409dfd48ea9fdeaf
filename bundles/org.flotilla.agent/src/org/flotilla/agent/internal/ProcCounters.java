package org.flotilla.agent.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;

import oshi.software.os.linux.LinuxOperatingSystemJNA;

/**
 * The counters {@link MetricsSampler} needs every second, read straight from Linux's {@code /proc}: the disks'
 * from {@code /proc/diskstats}, the interfaces' from {@code /proc/net/dev}, a process's from {@code /proc/PID/stat},
 * one small read each. OSHI's {@code updateAttributes()} gives the same counters (the kernel's, in the same units)
 * but enumerates the udev block devices for every disk, reads a dozen sysfs files per interface and several
 * {@code /proc} files per process: about 3 ms of CPU and 0.6 MB of garbage per sample, which was most of the agent's
 * own CPU at a 1 s interval (releng/run-agent-footprint). OSHI still discovers the disks, interfaces and processes.
 * <p>
 * Not thread-safe (one buffer): the sampler thread only.
 */
final class ProcCounters {

	private static final Path DISKSTATS = Path.of("/proc/diskstats");
	private static final Path NET_DEV = Path.of("/proc/net/dev");
	/** /proc/diskstats counts sectors of 512 bytes, whatever the device's own sector size. */
	private static final long SECTOR_BYTES = 512;
	private static final int MAX_FIELDS = 24;

	private final long millisPerTick;
	private final long ticksPerSecond;
	private final long pageBytes;
	private ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
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
	 * The CPU time (user + system, ms) and resident bytes of process {@code pid} into {@code out[0..1]}; false
	 * when the process has gone.
	 */
	boolean process(int pid, long[] out) throws IOException {
		String text;
		try {
			text = read(Path.of("/proc", Integer.toString(pid), "stat"));
		} catch (NoSuchFileException e) {
			return false;
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
		try (FileChannel channel = FileChannel.open(file)) {
			while (true) {
				buffer.clear();
				while (buffer.hasRemaining() && channel.read(buffer) > 0) {
					// until the end of the file or of the buffer
				}
				if (buffer.hasRemaining()) {
					return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
				}
				buffer = ByteBuffer.allocate(buffer.capacity() * 2); // a host with very many devices: read it again
				channel.position(0);
			}
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
		int length = ends[field] - starts[field];
		for (String name : names) {
			if (name.length() == length && text.regionMatches(starts[field], name, 0, length)) {
				return true;
			}
		}
		return false;
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
