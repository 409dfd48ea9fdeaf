package org.flotilla.service.tests;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.flotilla.service.store.PoolJournal;
import org.flotilla.service.store.PoolJournal.Entry;

/**
 * Run in a child JVM by {@link JournalKillTest}: appends batches to the journal as fast as it can, takes a snapshot
 * now and then, and prints each revision once its append has returned, until it is killed.
 */
public final class JournalKillChild {

	private JournalKillChild() {
	}

	static byte[] state(long revision) {
		return ("state at " + revision).repeat(200).getBytes(StandardCharsets.UTF_8);
	}

	public static void main(String[] args) throws Exception {
		PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
		Random random = new Random();
		try (PoolJournal journal = PoolJournal.open(Path.of(args[0]))) {
			out.println("open " + journal.lastRevision());
			out.flush();
			while (true) {
				long next = journal.lastRevision() + 1;
				int batch = 1 + random.nextInt(8);
				List<Entry> entries = new ArrayList<>();
				for (int i = 0; i < batch; i++) {
					entries.add(Journals.entry(next + i));
				}
				journal.append(entries);
				out.println("ack " + journal.lastRevision());
				out.flush();
				if (random.nextInt(40) == 0) {
					long at = journal.lastRevision() - random.nextInt(3);
					journal.snapshot(Math.max(at, 0), state(Math.max(at, 0)));
				}
			}
		}
	}
}
