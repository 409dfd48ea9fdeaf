package org.flotilla.service.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.flotilla.service.store.PoolJournal;
import org.flotilla.service.store.PoolJournal.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real kill -9: a child JVM appends and snapshots in a loop and prints every revision it was told is durable; it
 * is killed at a random moment, and everything it printed must be in the journal when it is opened again.
 */
class JournalKillTest {

	private static final String END = "<end of output>";

	@TempDir
	Path temp;

	@Test
	void aKilledWriterLosesNoAcknowledgedRevision() throws Exception {
		Path dir = temp.resolve("pool");
		Random random = new Random();
		long acknowledged = 0;
		for (int round = 1; round <= 4; round++) {
			Process child = start(dir, temp.resolve("child-" + round + ".err"));
			BlockingQueue<String> lines = readLines(child);
			assertEquals("open " + acknowledged, next(lines, child), "the child starts from what the last open recovered");
			int killAfter = 20 + random.nextInt(300);
			for (int i = 0; i < killAfter; i++) {
				acknowledged = revision(next(lines, child));
			}
			// SIGKILL: no shutdown hook, no close, wherever it was. Through the handle, because Process.destroyForcibly
			// also closes our end of the pipe and would lose lines the child printed before it died.
			assertTrue(child.toHandle().destroyForcibly());
			assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child ends once killed");
			// What it printed before it died was acknowledged too.
			for (String line = next(lines, child); !line.equals(END); line = next(lines, child)) {
				acknowledged = revision(line);
			}

			try (PoolJournal journal = PoolJournal.open(dir)) {
				assertTrue(journal.lastRevision() >= acknowledged,
						"round " + round + ": acknowledged " + acknowledged + ", recovered " + journal.lastRevision());
				long from = journal.recovered().snapshot().map(s -> {
					assertArrayEquals(JournalKillChild.state(s.revision()), s.content(), "snapshot " + s.revision());
					return s.revision() + 1;
				}).orElse(1L);
				List<Entry> entries = journal.recovered().entries();
				for (int i = 0; i < entries.size(); i++) {
					assertEquals(from + i, entries.get(i).revision());
					assertArrayEquals(Journals.payload(from + i), entries.get(i).payload());
				}
				assertEquals(journal.lastRevision(), from + entries.size() - 1);
				System.out.printf("kill -9 round %d: %d acknowledged, %d recovered (snapshot %s), warnings %s%n", round,
						acknowledged, journal.lastRevision(),
						journal.recovered().snapshot().map(s -> String.valueOf(s.revision())).orElse("none"),
						journal.recovered().warnings());
				for (String warning : journal.recovered().warnings()) {
					assertTrue(warning.contains("torn record") || warning.contains("temporary file"), warning);
				}
				acknowledged = journal.lastRevision();
			}
		}
	}

	private static long revision(String line) {
		assertTrue(line.startsWith("ack "), line);
		return Long.parseLong(line.substring(4));
	}

	private static String next(BlockingQueue<String> lines, Process child) throws InterruptedException {
		String line = lines.poll(60, TimeUnit.SECONDS);
		assertNotNull(line, "the child printed nothing for 60 s (alive: " + child.isAlive() + ")");
		return line;
	}

	private static BlockingQueue<String> readLines(Process child) {
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					lines.add(line);
				}
			} catch (IOException e) {
				lines.add("read failed: " + e);
			}
			lines.add(END);
		}, "journal child output");
		reader.setDaemon(true);
		reader.start();
		return lines;
	}

	private static Process start(Path dir, Path errors) throws IOException {
		String javaCommand = ProcessHandle.current().info().command()
				.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		String classPath = classesOf(PoolJournal.class) + File.pathSeparator + classesOf(JournalKillChild.class);
		ProcessBuilder builder = new ProcessBuilder(javaCommand, "-Xmx256m", "-cp", classPath, JournalKillChild.class.getName(),
				dir.toString());
		builder.redirectError(errors.toFile());
		return builder.start();
	}

	/**
	 * Where a bundle's classes are on disk, found from its code source: the bundle's jar, or under Tycho's test
	 * runtime its project folder, whose classes are in target/classes.
	 */
	private static Path classesOf(Class<?> type) {
		String resource = type.getName().replace('.', '/') + ".class";
		try {
			Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
			if (Files.isRegularFile(location)) {
				return location;
			}
			for (Path candidate : new Path[] { location, location.resolve("target/classes"), location.resolve("bin") }) {
				if (Files.isRegularFile(candidate.resolve(resource))) {
					return candidate;
				}
			}
			return fail("no " + resource + " under " + location);
		} catch (URISyntaxException | RuntimeException e) {
			List<String> tried = new ArrayList<>();
			tried.add(String.valueOf(type.getProtectionDomain().getCodeSource()));
			return fail("cannot find the classes of " + type.getName() + " on disk: " + e + " " + tried);
		}
	}
}
