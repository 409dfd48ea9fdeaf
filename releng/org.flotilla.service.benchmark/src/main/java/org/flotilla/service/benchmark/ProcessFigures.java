package org.flotilla.service.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flotilla.ingest.benchmark.ThreadCpu;

/** What another process costs, read from outside: /proc (Linux) and the JDK's jcmd. */
final class ProcessFigures {

	private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total.*?used (\\d+)K");

	private ProcessFigures() {
	}

	/** CPU ticks (user + system, {@link ThreadCpu#TICKS_PER_SECOND} a second) of process {@code pid} so far. */
	static long cpuTicks(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		} catch (IOException | RuntimeException e) {
			return -1;
		}
	}

	static Path taskDir(long pid) {
		return Path.of("/proc", String.valueOf(pid), "task");
	}

	static double residentMegabytes(long pid) {
		return ThreadCpu.residentMegabytes(Path.of("/proc", String.valueOf(pid), "status"));
	}

	static int threads(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
				if (line.startsWith("Threads:")) {
					return Integer.parseInt(line.replaceAll("\\D", ""));
				}
			}
		} catch (IOException | NumberFormatException e) {
			// gone, or not Linux
		}
		return -1;
	}

	/** Open file descriptors of process {@code pid} (its sockets among them); -1 when unknown. */
	static int openFiles(long pid) {
		String[] files = Path.of("/proc", String.valueOf(pid), "fd").toFile().list();
		return files == null ? -1 : files.length;
	}

	/** The machine's load average over 1 and 5 minutes ("3.21, 2.80"): how much else ran beside the benchmark. */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + ", " + fields[1];
		} catch (IOException | RuntimeException e) {
			return "?";
		}
	}

	/** Sockets open in process {@code pid} (its connections and listeners); -1 when unknown. */
	static int sockets(long pid) {
		Path fds = Path.of("/proc", String.valueOf(pid), "fd");
		String[] files = fds.toFile().list();
		if (files == null) {
			return -1;
		}
		int sockets = 0;
		for (String fd : files) {
			try {
				if (Files.readSymbolicLink(fds.resolve(fd)).toString().startsWith("socket:")) {
					sockets++;
				}
			} catch (IOException e) {
				// closed meanwhile
			}
		}
		return sockets;
	}

	/** "used MB of committed MB" of a JVM's heap now, from {@code jcmd PID GC.heap_info}; "?" when unknown. */
	static String heapNow(long pid) throws InterruptedException {
		try {
			Matcher used = Pattern.compile("heap\\s+total reserved \\d+K, committed (\\d+)K, used (\\d+)K")
					.matcher(run(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid), "GC.heap_info"));
			return used.find() ? "%d MB of %d MB".formatted(Long.parseLong(used.group(2)) / 1024, Long.parseLong(used.group(1)) / 1024) : "?";
		} catch (IOException e) {
			return "?";
		}
	}

	/**
	 * The heap a JVM holds after a full collection, in MB: {@code jcmd PID GC.run}, then {@code GC.heap_info}
	 * (the same JDK as this one); NaN when jcmd cannot tell.
	 */
	static double heapAfterFullGc(long pid) throws InterruptedException {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		try {
			run(jcmd.toString(), String.valueOf(pid), "GC.run");
			String info = run(jcmd.toString(), String.valueOf(pid), "GC.heap_info");
			Matcher used = HEAP_USED.matcher(info);
			return used.find() ? Long.parseLong(used.group(1)) / 1024.0 : Double.NaN;
		} catch (IOException e) {
			return Double.NaN;
		}
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
		byte[] out = process.getInputStream().readAllBytes();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException(String.join(" ", command) + " did not finish");
		}
		return new String(out, StandardCharsets.UTF_8);
	}
}
