package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.flotilla.agent.HistoryPoint;
import org.flotilla.agent.HistoryQuery;
import org.flotilla.agent.HistoryResult;
import org.flotilla.agent.MetricsSample;
import org.flotilla.agent.Resolution;
import org.flotilla.agent.internal.MetricsHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History roll-ups on generated series with a hand-moved clock: 1 s points aggregated into 1 min and 15 min means
 * and maxima, retention, the choice of resolution, reopening, and recovery from a damaged file.
 */
class MetricsHistoryTest {

	/** A bucket boundary for all three resolutions. */
	private static final Instant T0 = Instant.parse("2026-11-22T06:00:00Z");

	@TempDir
	Path dir;

	private final MutableClock clock = new MutableClock(T0);

	/** Sample i of a generated series: cpu cycles 0..0.59 every minute; memory grows by 1 MiB per sample. */
	private static MetricsSample sample(long i) {
		double cpu = (i % 60) / 100.0;
		return new MetricsSample(T0.toEpochMilli() + i * 1000, cpu, i / 1000.0, 0.5, 0.25, (1000 + i) << 20,
				4096L << 20, 100.0 * i, 0, 10, 20, cpu * 2, cpu, 50L << 20, 0.01, 1);
	}

	/** Records samples first..last (inclusive), one per second, moving the clock along. */
	private static void feed(MetricsHistory h, MutableClock clock, long first, long last) throws IOException {
		for (long i = first; i <= last; i++) {
			MetricsSample s = sample(i);
			clock.set(Instant.ofEpochMilli(s.timestampMillis()));
			h.record(s);
		}
	}

	private static double mean(long first, long last, java.util.function.LongToDoubleFunction f) {
		double sum = 0;
		for (long i = first; i <= last; i++) {
			sum += f.applyAsDouble(i);
		}
		return sum / (last - first + 1);
	}

	@Test
	void secondsRollUpIntoMinutesAndQuarterHours() throws Exception {
		try (MetricsHistory h = MetricsHistory.open(dir, clock)) {
			feed(h, clock, 0, 20 * 60 - 1); // 20 minutes
			HistoryResult minutes = h.query(new HistoryQuery(T0, T0.plus(Duration.ofMinutes(20)), Resolution.MINUTE));
			assertEquals(20, minutes.points().size());
			for (int m = 0; m < 20; m++) {
				HistoryPoint p = minutes.points().get(m);
				long first = m * 60L;
				long last = first + 59;
				assertEquals(T0.toEpochMilli() + m * 60_000L, p.startMillis());
				assertEquals(60, p.samples());
				assertEquals(0.295, p.mean().hostCpu(), 1e-9, "mean of 0.00..0.59");
				assertEquals(0.59, p.max().hostCpu(), 1e-12);
				assertEquals(mean(first, last, i -> i / 1000.0), p.mean().load1(), 1e-9);
				assertEquals(last / 1000.0, p.max().load1(), 1e-12);
				assertEquals(Math.round(mean(first, last, i -> (1000 + i) << 20)), p.mean().memoryUsedBytes());
				assertEquals((1000 + last) << 20, p.max().memoryUsedBytes());
				assertEquals(mean(first, last, i -> 100.0 * i), p.mean().diskReadBytesPerSec(), 1e-6);
			}
			HistoryResult quarters = h.query(new HistoryQuery(T0, T0.plus(Duration.ofHours(1)),
					Resolution.QUARTER_HOUR));
			assertEquals(2, quarters.points().size());
			HistoryPoint q0 = quarters.points().get(0);
			HistoryPoint q1 = quarters.points().get(1);
			assertEquals(900, q0.samples());
			assertEquals(300, q1.samples(), "the open quarter hour holds the last 5 minutes");
			assertEquals(mean(0, 899, i -> i / 1000.0), q0.mean().load1(), 1e-9);
			assertEquals(0.899, q0.max().load1(), 1e-12);
			assertEquals(mean(900, 1199, i -> i / 1000.0), q1.mean().load1(), 1e-9);
			assertEquals(1.199, q1.max().load1(), 1e-12);
			assertEquals(T0.plus(Duration.ofMinutes(15)).toEpochMilli(), q1.startMillis());

			HistoryResult seconds = h.query(new HistoryQuery(T0.plusSeconds(10), T0.plusSeconds(15), null));
			assertEquals(Resolution.SECOND, seconds.resolution());
			assertEquals(List.of(10L, 11L, 12L, 13L, 14L), seconds.points().stream()
					.map(p -> (p.startMillis() - T0.toEpochMilli()) / 1000).toList());
			assertEquals(sample(12).hostCpu(), seconds.points().get(2).mean().hostCpu());
			assertEquals(sample(12), withTimestamp(seconds.points().get(2).mean(), sample(12).timestampMillis()));
		}
	}

	private static MetricsSample withTimestamp(MetricsSample s, long t) {
		return new MetricsSample(t, s.hostCpu(), s.load1(), s.load5(), s.load15(), s.memoryUsedBytes(),
				s.memoryTotalBytes(), s.diskReadBytesPerSec(), s.diskWriteBytesPerSec(), s.netRxBytesPerSec(),
				s.netTxBytesPerSec(), s.nodeCpuCores(), s.nodeCpuShare(), s.nodeMemoryBytes(), s.nodeMemoryShare(),
				s.nodeProcesses());
	}

	@Test
	void queryPicksTheFinestResolutionThatReachesBack() throws Exception {
		try (MetricsHistory h = MetricsHistory.open(dir, clock)) {
			feed(h, clock, 0, 3 * 3600); // three hours
			Instant now = clock.instant();
			assertEquals(Resolution.SECOND,
					h.query(HistoryQuery.between(now.minus(Duration.ofMinutes(59)), now)).resolution());
			assertEquals(Resolution.SECOND,
					h.query(HistoryQuery.between(now.minus(Duration.ofHours(1)).minusSeconds(2), now)).resolution(),
					"'the last hour' from a console whose clock is 2 s behind still gets seconds");
			HistoryResult twoHours = h.query(HistoryQuery.between(now.minus(Duration.ofHours(2)), now));
			assertEquals(Resolution.MINUTE, twoHours.resolution());
			assertEquals(120, twoHours.points().size());
			HistoryResult twoDays = h.query(HistoryQuery.between(now.minus(Duration.ofDays(2)), now));
			assertEquals(Resolution.QUARTER_HOUR, twoDays.resolution());
			assertEquals(12, twoDays.points().size(), "3 h of quarter hours (the bucket starting at 'to' is out)");
			assertEquals(Resolution.QUARTER_HOUR,
					h.query(HistoryQuery.between(now.minus(Duration.ofDays(365)), now)).resolution(),
					"beyond every retention: the coarsest");
		}
	}

	@Test
	void retentionDropsOldBuckets() throws Exception {
		try (MetricsHistory h = MetricsHistory.open(dir, clock)) {
			feed(h, clock, 0, 599); // 10 minutes
			Instant end = clock.instant();
			HistoryQuery all = new HistoryQuery(T0, end.plusSeconds(1), Resolution.SECOND);
			assertEquals(600, h.query(all).points().size());

			clock.set(T0.plus(Duration.ofHours(1)).plusSeconds(300)); // the first 5 minutes are now over an hour old
			HistoryResult seconds = h.query(all);
			assertEquals(299, seconds.points().size());
			assertEquals(T0.plusSeconds(301).toEpochMilli(), seconds.points().get(0).startMillis());
			assertEquals(10, h.query(new HistoryQuery(T0, end, Resolution.MINUTE)).points().size(),
					"minutes are kept a day");

			clock.set(T0.plus(Duration.ofDays(1)).plusSeconds(300));
			assertEquals(0, h.query(all).points().size());
			assertEquals(4, h.query(new HistoryQuery(T0, end, Resolution.MINUTE)).points().size(),
					"minutes 6..9; minute 5 started exactly a day ago");
			assertEquals(1, h.query(new HistoryQuery(T0, end, Resolution.QUARTER_HOUR)).points().size());

			clock.set(T0.plus(Duration.ofDays(30)).plusSeconds(1));
			assertEquals(0, h.query(new HistoryQuery(T0, end, Resolution.QUARTER_HOUR)).points().size(),
					"quarter hours are kept 30 days");

			// The ring reuses slots: a day later the minute slot of T0 holds a new bucket, not the old one.
			clock.set(T0.plus(Duration.ofDays(1)));
			MetricsSample later = withTimestamp(sample(0), clock.millis());
			h.record(later);
			HistoryResult recent = h.query(new HistoryQuery(clock.instant(), clock.instant().plusSeconds(60),
					Resolution.MINUTE));
			assertEquals(1, recent.points().size());
			assertEquals(clock.millis(), recent.points().get(0).startMillis());
			assertEquals(1, recent.points().get(0).samples(), "not merged with the old bucket of that slot");
		}
	}

	@Test
	void historySurvivesReopeningAndContinuesTheOpenBucket() throws Exception {
		try (MetricsHistory h = MetricsHistory.open(dir, clock)) {
			feed(h, clock, 0, 89); // a minute and a half
		}
		try (MetricsHistory h = MetricsHistory.open(dir, clock)) {
			assertTrue(h.warnings().isEmpty(), h.warnings().toString());
			feed(h, clock, 90, 119);
			HistoryResult minutes = h.query(new HistoryQuery(T0, T0.plusSeconds(120), Resolution.MINUTE));
			assertEquals(2, minutes.points().size());
			HistoryPoint second = minutes.points().get(1);
			assertEquals(60, second.samples(), "30 samples before the restart and 30 after");
			assertEquals(mean(60, 119, i -> i / 1000.0), second.mean().load1(), 1e-9);
			assertEquals(0.119, second.max().load1(), 1e-12);
			assertEquals(120, h.query(new HistoryQuery(T0, T0.plusSeconds(120), Resolution.SECOND)).points().size());
		}
	}

	@Test
	void truncatedFileIsReportedAndOnlyThatResolutionRestarts() throws Exception {
		try (MetricsHistory h = MetricsHistory.open(dir, clock)) {
			feed(h, clock, 0, 179);
		}
		Path minuteFile = dir.resolve(MetricsHistory.fileName(Resolution.MINUTE));
		try (FileChannel ch = FileChannel.open(minuteFile, StandardOpenOption.WRITE)) {
			ch.truncate(ch.size() - 100);
		}
		try (MetricsHistory h = MetricsHistory.open(dir, clock)) {
			assertEquals(1, h.warnings().size());
			String warning = h.warnings().get(0);
			assertTrue(warning.contains(minuteFile.toString()) && warning.contains("corrupt")
					&& warning.contains("MINUTE history restarts empty"), warning);
			assertTrue(Files.exists(minuteFile.resolveSibling(minuteFile.getFileName() + ".corrupt")));
			Instant to = T0.plusSeconds(180);
			assertEquals(0, h.query(new HistoryQuery(T0, to, Resolution.MINUTE)).points().size());
			assertEquals(180, h.query(new HistoryQuery(T0, to, Resolution.SECOND)).points().size(), "seconds kept");
			assertEquals(180, h.query(new HistoryQuery(T0, to, Resolution.QUARTER_HOUR)).points().get(0).samples(),
					"quarter hours kept");
			feed(h, clock, 180, 239);
			assertEquals(1, h.query(new HistoryQuery(T0, T0.plusSeconds(240), Resolution.MINUTE)).points().size(),
					"the restarted resolution records again");
		}
		try (MetricsHistory h = MetricsHistory.open(dir, clock)) {
			assertTrue(h.warnings().isEmpty(), h.warnings().toString());
		}
	}

	@Test
	void damagedSlotIsSkippedAndTheRestKept() throws Exception {
		try (MetricsHistory h = MetricsHistory.open(dir, clock)) {
			feed(h, clock, 0, 9);
		}
		Path secondsFile = dir.resolve(MetricsHistory.fileName(Resolution.SECOND));
		byte[] bytes = Files.readAllBytes(secondsFile);
		int slot = (bytes.length - 64) / Resolution.SECOND.slots();
		long index = Math.floorMod(T0.getEpochSecond() + 3, Resolution.SECOND.slots());
		bytes[(int) (64 + index * slot + 20)] ^= 0x55; // a flipped bit inside the bucket of second 3
		Files.write(secondsFile, bytes);
		try (MetricsHistory h = MetricsHistory.open(dir, clock)) {
			List<HistoryPoint> points = h.query(new HistoryQuery(T0, T0.plusSeconds(10), Resolution.SECOND)).points();
			assertEquals(9, points.size());
			assertTrue(points.stream().noneMatch(p -> p.startMillis() == T0.plusSeconds(3).toEpochMilli()));
		}
	}

	@Test
	void aLongQueryDoesNotHoldUpRecording() throws Exception {
		try (MetricsHistory h = MetricsHistory.open(dir, clock)) {
			feed(h, clock, 0, 59);
			java.util.concurrent.CountDownLatch insideQuery = new java.util.concurrent.CountDownLatch(1);
			java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
			Thread query = Thread.ofPlatform().start(() -> {
				try {
					h.scan(new HistoryQuery(T0, T0.plusSeconds(60), Resolution.SECOND), point -> {
						insideQuery.countDown();
						try {
							return release.await(30, java.util.concurrent.TimeUnit.SECONDS) && true;
						} catch (InterruptedException e) {
							return false;
						}
					});
				} catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			});
			try {
				assertTrue(insideQuery.await(10, java.util.concurrent.TimeUnit.SECONDS));
				// The sampler's next record, while the query is in the middle of its scan.
				java.util.concurrent.CompletableFuture<Void> recorded = java.util.concurrent.CompletableFuture
						.runAsync(() -> {
							try {
								feed(h, clock, 60, 62);
							} catch (IOException e) {
								throw new java.io.UncheckedIOException(e);
							}
						});
				recorded.get(10, java.util.concurrent.TimeUnit.SECONDS);
			} finally {
				release.countDown();
				query.join(10_000);
			}
			assertEquals(63, h.query(new HistoryQuery(T0, T0.plusSeconds(63), Resolution.SECOND)).points().size());
		}
	}

	@Test
	void aQueryAnswersAPageAtATimeAndSaysWhereTheNextStarts() throws Exception {
		try (MetricsHistory h = MetricsHistory.open(dir, clock)) {
			feed(h, clock, 0, 249);
			HistoryResult first = h.query(new HistoryQuery(T0, T0.plusSeconds(250), Resolution.SECOND, 100));
			assertEquals(100, first.points().size());
			assertTrue(first.hasMore());
			assertEquals(T0.plusSeconds(100).toEpochMilli(), first.nextFromMillis());
			HistoryResult last = h.query(new HistoryQuery(Instant.ofEpochMilli(T0.plusSeconds(200).toEpochMilli()),
					T0.plusSeconds(250), Resolution.SECOND, 100));
			assertEquals(50, last.points().size());
			assertFalse(last.hasMore());
		}
	}

	@Test
	void ringFilesTakeTheirDiskSpaceWhenCreated() throws Exception {
		try (MetricsHistory h = MetricsHistory.open(dir, clock)) {
			feed(h, clock, 0, 2);
		}
		for (Resolution r : Resolution.values()) {
			Path file = dir.resolve(MetricsHistory.fileName(r));
			long allocated = allocatedBytes(file);
			// A sparse ring would hold a few blocks; one that owns its space cannot fail for want of one later.
			assertTrue(allocated >= Files.size(file), file + ": " + allocated + " of " + Files.size(file) + " bytes allocated");
		}
	}

	@Test
	void sparseRingFilesOfAnOlderAgentTakeTheirDiskSpaceWhenOpened() throws Exception {
		try (MetricsHistory h = MetricsHistory.open(dir, clock)) {
			feed(h, clock, 0, 2);
		}
		for (Resolution r : Resolution.values()) {
			// As an older agent left them: only the header and the written slots have blocks.
			Path file = dir.resolve(MetricsHistory.fileName(r));
			Path sparse = file.resolveSibling(file.getFileName() + ".sparse");
			assertEquals(0, new ProcessBuilder("cp", "--sparse=always", file.toString(), sparse.toString()).inheritIO().start()
					.waitFor());
			Files.move(sparse, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			org.junit.jupiter.api.Assumptions.assumeTrue(allocatedBytes(file) < Files.size(file),
					"the file system keeps holes: " + file);
		}
		try (MetricsHistory h = MetricsHistory.open(dir, clock)) {
			assertEquals(List.of(), h.warnings(), "an older sparse file is not corrupt");
			assertEquals(3, h.query(new HistoryQuery(T0, T0.plusSeconds(3), Resolution.SECOND)).points().size(),
					"what it held is kept");
		}
		for (Resolution r : Resolution.values()) {
			Path file = dir.resolve(MetricsHistory.fileName(r));
			long allocated = allocatedBytes(file);
			assertTrue(allocated >= Files.size(file), file + ": " + allocated + " of " + Files.size(file) + " bytes allocated");
		}
	}

	/** The bytes a file really occupies on disk ({@code stat %b} blocks of {@code %B} bytes). */
	private static long allocatedBytes(Path file) throws Exception {
		Process stat = new ProcessBuilder("stat", "-c", "%b %B", file.toString()).redirectErrorStream(true).start();
		String[] out = new String(stat.getInputStream().readAllBytes()).trim().split(" ");
		assertEquals(0, stat.waitFor());
		return Long.parseLong(out[0]) * Long.parseLong(out[1]);
	}
}
