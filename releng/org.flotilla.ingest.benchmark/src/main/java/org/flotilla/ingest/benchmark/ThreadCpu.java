package org.flotilla.ingest.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** CPU per kind of thread and RSS of a process, read from /proc (Linux; empty or NaN elsewhere). */
public final class ThreadCpu {

	/** USER_HZ: 100 on every Linux the JDK runs on. */
	public static final double TICKS_PER_SECOND = 100;

	private ThreadCpu() {
	}

	/**
	 * CPU ticks (user + system) of the threads in {@code taskDir} (/proc/PID/task), Java threads and
	 * the JVM's own (garbage collector, JIT compilers) alike, summed by kind: the thread's name
	 * without its number ("NioProcessor-2" and "NioProcessor-1" are "NioProcessor", "GC Thread#0" is
	 * "GC Thread"; the main thread is "java").
	 */
	public static Map<String, Long> ticksByKind(Path taskDir) {
		Map<String, Long> ticks = new TreeMap<>();
		try (var tasks = Files.list(taskDir)) {
			for (Path task : (Iterable<Path>) tasks::iterator) {
				try {
					String kind = Files.readString(task.resolve("comm")).strip().replaceAll("[-#]?\\d+$", "");
					String stat = Files.readString(task.resolve("stat"));
					// Fields after the ")" that closes the name: state is field 3, utime 14 and stime 15.
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					ticks.merge(kind, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
				} catch (IOException | RuntimeException e) {
					// the thread ended meanwhile
				}
			}
		} catch (IOException e) {
			// no /proc: not Linux
		}
		return ticks;
	}

	/** "NioProcessor 18.4, G1 Conc 15.2, …": % of one core per thread kind over the window, largest first. */
	public static String percentByKind(Map<String, Long> start, Map<String, Long> end, long wallNanos) {
		return end.entrySet().stream()
				.map(e -> Map.entry(e.getKey(), 100.0 * (e.getValue() - start.getOrDefault(e.getKey(), 0L)) / TICKS_PER_SECOND
						/ (wallNanos / 1e9)))
				.filter(e -> e.getValue() >= 0.5)
				.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
				.map(e -> "%s %.1f".formatted(e.getKey(), e.getValue()))
				.collect(Collectors.joining(", "));
	}

	/** VmRSS from a /proc/PID/status file, in MB. */
	public static double residentMegabytes(Path status) {
		try {
			for (String line : Files.readAllLines(status)) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
				}
			}
		} catch (IOException | NumberFormatException e) {
			// not Linux: no RSS figure
		}
		return Double.NaN;
	}
}
