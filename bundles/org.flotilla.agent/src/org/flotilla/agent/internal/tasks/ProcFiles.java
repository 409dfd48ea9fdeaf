package org.flotilla.agent.internal.tasks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import oshi.software.os.linux.LinuxOperatingSystemJNA;

/**
 * What the task runtime reads about a process from Linux's {@code /proc}: its {@code stat} line (state, group,
 * session, CPU times, start time, resident pages) and its {@code io} counters. A process that has gone reads as null.
 */
public final class ProcFiles {

	private static final Path PROC = Path.of("/proc");
	private static final long TICKS_PER_SECOND = ticksPerSecond();
	private static final long PAGE_BYTES = pageBytes();

	/**
	 * One {@code /proc/PID/stat} line, the fields the runtime uses.
	 *
	 * @param startTicks clock ticks after boot at which the process started (field 22): with the pid, what tells this
	 *                   process from a later one that got the same pid
	 * @param cpuMillis  user + system time of the process itself
	 * @param childMillis user + system time of its children that it waited for
	 */
	public record Stat(long pid, char state, long parent, long group, long session, long cpuMillis, long childMillis,
			long startTicks, long residentBytes) {

		/** Gone for every purpose: a zombie only waits to be reaped. */
		public boolean zombie() {
			return state == 'Z' || state == 'X';
		}
	}

	private ProcFiles() {
	}

	/** Whether this system has a {@code /proc} the runtime can read. */
	public static boolean available() {
		return Files.isReadable(PROC.resolve("self/stat"));
	}

	/** The stat line of {@code pid}, or null when there is no such process (or it cannot be read). */
	public static Stat stat(long pid) {
		String text;
		try {
			text = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.ISO_8859_1);
		} catch (IOException | RuntimeException e) {
			return null;
		}
		return parse(pid, text);
	}

	/** Parses a stat line; null when it is not one. */
	static Stat parse(long pid, String text) {
		// pid (comm) state ppid ...: the command may hold spaces and parentheses, so count from the last ')'.
		int paren = text.lastIndexOf(')');
		if (paren < 0) {
			return null;
		}
		String[] f = text.substring(paren + 1).trim().split(" +");
		if (f.length < 22) {
			return null;
		}
		try {
			return new Stat(pid, f[0].charAt(0), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
					ticksToMillis(Long.parseLong(f[11]) + Long.parseLong(f[12])),
					ticksToMillis(Long.parseLong(f[13]) + Long.parseLong(f[14])), Long.parseLong(f[19]),
					Long.parseLong(f[21]) * PAGE_BYTES);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** Bytes read from and written to storage by {@code pid} ({@code /proc/PID/io}), or null when unknown. */
	public static long[] io(long pid) {
		List<String> lines;
		try {
			lines = Files.readAllLines(PROC.resolve(Long.toString(pid)).resolve("io"), StandardCharsets.ISO_8859_1);
		} catch (IOException | RuntimeException e) {
			return null;
		}
		long[] result = { -1, -1 };
		for (String line : lines) {
			if (line.startsWith("read_bytes:")) {
				result[0] = Long.parseLong(line.substring(11).trim());
			} else if (line.startsWith("write_bytes:")) {
				result[1] = Long.parseLong(line.substring(12).trim());
			}
		}
		return result[0] >= 0 && result[1] >= 0 ? result : null;
	}

	/** Every process of session {@code session} (one pass over {@code /proc}). */
	public static List<Stat> sessionMembers(long session) {
		List<Stat> members = new ArrayList<>();
		for (Stat stat : all()) {
			if (stat.session() == session && !stat.zombie()) {
				members.add(stat);
			}
		}
		return members;
	}

	/** Every process there is now. */
	public static List<Stat> all() {
		List<Stat> all = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if (!name.isEmpty() && Character.isDigit(name.charAt(0))) {
					try {
						Stat stat = stat(Long.parseLong(name));
						if (stat != null) {
							all.add(stat);
						}
					} catch (NumberFormatException e) {
						// not a process
					}
				}
			}
		} catch (IOException e) {
			// no /proc: nothing to report
		}
		return all;
	}

	/** The value of {@code name} in the environment {@code pid} started with, or null. */
	public static String environment(long pid, String name) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("environ"));
		} catch (IOException | RuntimeException e) {
			return null;
		}
		String prefix = name + "=";
		int start = 0;
		for (int i = 0; i <= bytes.length; i++) {
			if (i == bytes.length || bytes[i] == 0) {
				String entry = new String(bytes, start, i - start, StandardCharsets.UTF_8);
				if (entry.startsWith(prefix)) {
					return entry.substring(prefix.length());
				}
				start = i + 1;
			}
		}
		return null;
	}

	private static long ticksToMillis(long ticks) {
		return ticks * 1000 / TICKS_PER_SECOND;
	}

	private static long ticksPerSecond() {
		try {
			long hz = LinuxOperatingSystemJNA.hz();
			return hz > 0 ? hz : 100;
		} catch (RuntimeException | LinkageError e) {
			return 100; // USER_HZ on every Linux architecture the agent runs on
		}
	}

	private static long pageBytes() {
		try {
			long page = LinuxOperatingSystemJNA.pageSize();
			return page > 0 ? page : 4096;
		} catch (RuntimeException | LinkageError e) {
			return 4096;
		}
	}
}
