package org.flotilla.agent.internal;

import java.io.Closeable;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.zip.CRC32;

import org.flotilla.agent.HistoryPoint;
import org.flotilla.agent.HistoryQuery;
import org.flotilla.agent.HistoryResult;
import org.flotilla.agent.MetricsSample;
import org.flotilla.agent.Resolution;

/**
 * Metrics history on the agent's disk, one fixed-size ring file per {@link Resolution} ({@code history-1s.ring},
 * {@code history-1m.ring}, {@code history-15m.ring}).
 * <p>
 * Why this format: a ring of {@code retention / bucket} slots needs no compaction, never grows, and a bucket's slot
 * is found by arithmetic ({@code start / bucket mod slots}), so retention is simply "the slot was overwritten, or
 * its start is older than the retention". Each slot carries its own CRC, so a write torn by a crash damages that
 * one bucket (skipped on read) and nothing else. Every sample rewrites the open bucket of each resolution (three
 * small positioned writes to the page cache, no fsync), so a restart resumes a partly filled minute where it was.
 * A file whose header or length is wrong (truncated, foreign, different layout) is reported with its name, moved
 * aside as {@code *.corrupt}, and that resolution restarts empty; the others are untouched.
 * <p>
 * The files are allocated in full when opened (zeros written over every hole), so the disk space they need is
 * taken once, at start: a disk that fills up later cannot make a slot write fail for want of a block.
 * <p>
 * Threads: one thread records (the agent's sampler); any number may query at the same time, each reading with
 * its own buffer, so a long query never holds up a sample. Only {@link #close} excludes both.
 */
public final class MetricsHistory implements Closeable {

	private static final System.Logger LOG = System.getLogger(MetricsHistory.class.getName());
	static final int FIELDS = 15;
	private static final long MAGIC = 0x464c4f5448495354L; // "FLOTHIST"
	private static final int VERSION = 1;
	private static final int HEADER = 64;
	private static final int SLOT = 8 + 4 + FIELDS * 8 * 2 + 4;

	/** Zeros written at a time while allocating a new ring file. */
	private static final int ALLOCATION_CHUNK = 64 * 1024;
	/** The file system block (and memory page) size on the agents' systems: the unit of a hole. */
	private static final int BLOCK = 4096;

	private final InstantSource clock;
	private final Map<Resolution, RingFile> rings = new EnumMap<>(Resolution.class);
	private final List<String> warnings = new ArrayList<>();
	/** Shared by the recorder and queries (they use separate buffers); exclusive for close. */
	private final ReadWriteLock lock = new ReentrantReadWriteLock();
	private volatile boolean closed;

	private MetricsHistory(InstantSource clock) {
		this.clock = clock;
	}

	/** Opens (or creates) the history files in {@code dir}. */
	public static MetricsHistory open(Path dir, InstantSource clock) throws IOException {
		Files.createDirectories(dir);
		MetricsHistory history = new MetricsHistory(clock);
		try {
			for (Resolution r : Resolution.values()) {
				history.rings.put(r, history.openRing(dir.resolve(fileName(r)), r));
			}
		} catch (IOException | RuntimeException e) {
			history.close();
			throw e;
		}
		return history;
	}

	/** The ring file of a resolution, e.g. {@code history-1s.ring}. */
	public static String fileName(Resolution r) {
		return switch (r) {
		case SECOND -> "history-1s.ring";
		case MINUTE -> "history-1m.ring";
		case QUARTER_HOUR -> "history-15m.ring";
		};
	}

	private RingFile openRing(Path file, Resolution r) throws IOException {
		long expected = HEADER + (long) r.slots() * SLOT;
		if (Files.exists(file)) {
			String problem = check(file, r, expected);
			if (problem == null) {
				FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
				try {
					allocate(channel, expected, false); // files of older agents were sparse
				} catch (IOException e) {
					channel.close();
					throw e;
				}
				return new RingFile(file, r, channel);
			}
			Path aside = file.resolveSibling(file.getFileName() + ".corrupt");
			Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
			String message = "metrics history file " + file + " is corrupt (" + problem + "); the " + r
					+ " history restarts empty (the damaged file is kept as " + aside.getFileName() + ")";
			warnings.add(message);
			LOG.log(Level.WARNING, message);
		}
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		ByteBuffer header = ByteBuffer.allocate(HEADER);
		header.putLong(MAGIC).putInt(VERSION).putLong(r.bucket().toMillis()).putInt(r.slots()).putInt(SLOT)
				.putInt(FIELDS);
		CRC32 crc = new CRC32();
		crc.update(header.array(), 0, header.position());
		header.putInt((int) crc.getValue());
		header.clear();
		try {
			channel.write(header, 0);
			// Real zeros, not a sparse file: an all-zero slot fails its CRC check and reads as empty, and the blocks are
			// ours from now on.
			allocate(channel, expected, true);
			channel.force(true);
		} catch (IOException e) {
			channel.close();
			Files.deleteIfExists(file); // half a ring would be "corrupt" at the next start
			throw new IOException("cannot allocate the metrics history file " + file + " (" + expected + " bytes): "
					+ e.getMessage(), e);
		}
		return new RingFile(file, r, channel);
	}

	/**
	 * Writes zeros over the file up to {@code length}: all of it when {@code fresh}; otherwise every
	 * all-zero block of {@value #BLOCK} bytes (a hole, or never written), so that an older, sparse
	 * file takes its space too. The file system then has no hole to find a block for later.
	 */
	private static void allocate(FileChannel channel, long length, boolean fresh) throws IOException {
		int unit = fresh ? ALLOCATION_CHUNK : BLOCK;
		ByteBuffer zeros = ByteBuffer.allocate(unit);
		ByteBuffer read = fresh ? null : ByteBuffer.allocate(unit);
		// Blocks are aligned to the file, so the first one holds the header: from 0 on, the header's block is
		// never all zero and is left alone.
		for (long at = fresh ? HEADER : 0; at < length; at += unit) {
			int size = (int) Math.min(unit, length - at);
			if (read != null) {
				read.clear().limit(size);
				while (read.hasRemaining() && channel.read(read, at + read.position()) >= 0) {
					// keep reading
				}
				if (!isZero(read.array(), read.position())) {
					continue; // written slots: this block has its space
				}
			}
			zeros.clear().limit(size);
			while (zeros.hasRemaining()) {
				channel.write(zeros, at + zeros.position());
			}
		}
	}

	private static boolean isZero(byte[] bytes, int length) {
		for (int i = 0; i < length; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

	private static String check(Path file, Resolution r, long expected) throws IOException {
		long size = Files.size(file);
		if (size != expected) {
			return "length " + size + " bytes, expected " + expected;
		}
		try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
			ByteBuffer h = ByteBuffer.allocate(HEADER);
			ch.read(h, 0);
			h.flip();
			if (h.getLong() != MAGIC) {
				return "not a Flotilla history file";
			}
			int version = h.getInt();
			long bucket = h.getLong();
			int slots = h.getInt();
			int slot = h.getInt();
			int fields = h.getInt();
			CRC32 crc = new CRC32();
			crc.update(h.array(), 0, h.position());
			if (h.getInt() != (int) crc.getValue()) {
				return "header checksum mismatch";
			}
			if (version != VERSION || bucket != r.bucket().toMillis() || slots != r.slots() || slot != SLOT
					|| fields != FIELDS) {
				return "layout version " + version + ", bucket " + bucket + " ms, " + slots + " slots of " + slot
						+ " bytes, " + fields + " fields; expected version " + VERSION + ", " + r.bucket().toMillis()
						+ " ms, " + r.slots() + " x " + SLOT + ", " + FIELDS;
			}
		}
		return null;
	}

	/** Adds a sample to the open bucket of every resolution. Called on one thread only (the sampler). */
	public void record(MetricsSample sample) throws IOException {
		double[] values = toValues(sample);
		lock.readLock().lock();
		try {
			requireOpen();
			for (RingFile ring : rings.values()) {
				ring.add(sample.timestampMillis(), values);
			}
		} finally {
			lock.readLock().unlock();
		}
	}

	/**
	 * Answers a query from the finest resolution that reaches back to its start, give or take 10 % of
	 * its retention (or from the one it names), with at most {@link HistoryQuery#maxPoints} points.
	 */
	public HistoryResult query(HistoryQuery query) throws IOException {
		List<HistoryPoint> points = new ArrayList<>();
		long[] next = { -1 };
		Resolution chosen = scan(query, point -> {
			if (points.size() == query.maxPoints()) {
				next[0] = point.startMillis();
				return false;
			}
			points.add(point);
			return true;
		});
		return new HistoryResult(chosen, points, next[0]);
	}

	/**
	 * Streams the points of a query, oldest first, to {@code sink} until it returns false; returns the resolution
	 * read. Recording goes on meanwhile, however long the sink takes.
	 */
	public Resolution scan(HistoryQuery query, Predicate<HistoryPoint> sink) throws IOException {
		long now = clock.millis();
		Resolution chosen = query.resolution();
		if (chosen == null) {
			chosen = Resolution.QUARTER_HOUR;
			for (Resolution r : Resolution.values()) {
				// 10 % slack: "the last hour" asked by a console whose clock is a little behind (or a request
				// that took a moment) still gets 1-second points, just not for the seconds already dropped.
				if (query.from().toEpochMilli() >= now - r.retention().toMillis() * 11 / 10) {
					chosen = r;
					break;
				}
			}
		}
		lock.readLock().lock();
		try {
			requireOpen();
			rings.get(chosen).read(query.from().toEpochMilli(), query.to().toEpochMilli(), now, sink);
		} finally {
			lock.readLock().unlock();
		}
		return chosen;
	}

	private void requireOpen() throws IOException {
		if (closed) {
			throw new IOException("the metrics history is closed");
		}
	}

	/** Problems met while opening (also logged). */
	public List<String> warnings() {
		return List.copyOf(warnings);
	}

	/** Forces the open buckets to disk and closes the files. */
	@Override
	public void close() throws IOException {
		lock.writeLock().lock();
		try {
			closed = true;
			IOException failure = null;
			for (RingFile ring : rings.values()) {
				try {
					ring.channel.force(false);
					ring.channel.close();
				} catch (IOException e) {
					failure = e;
				}
			}
			rings.clear();
			if (failure != null) {
				throw failure;
			}
		} finally {
			lock.writeLock().unlock();
		}
	}

	static double[] toValues(MetricsSample s) {
		return new double[] { s.hostCpu(), s.load1(), s.load5(), s.load15(), s.memoryUsedBytes(),
				s.memoryTotalBytes(), s.diskReadBytesPerSec(), s.diskWriteBytesPerSec(), s.netRxBytesPerSec(),
				s.netTxBytesPerSec(), s.nodeCpuCores(), s.nodeCpuShare(), s.nodeMemoryBytes(), s.nodeMemoryShare(),
				s.nodeProcesses() };
	}

	static MetricsSample fromValues(long timestamp, double[] v) {
		return new MetricsSample(timestamp, v[0], v[1], v[2], v[3], Math.round(v[4]), Math.round(v[5]), v[6], v[7],
				v[8], v[9], v[10], v[11], Math.round(v[12]), v[13], (int) Math.round(v[14]));
	}

	/**
	 * One resolution: its file and the bucket being filled. The buffer and checksum fields belong to the recorder;
	 * readers bring their own ({@link #readSlot(long, ByteBuffer, CRC32)}).
	 */
	private static final class RingFile {
		final Path file;
		final Resolution resolution;
		final FileChannel channel;
		final long bucketMillis;
		final ByteBuffer buffer = ByteBuffer.allocate(SLOT);
		final CRC32 crc = new CRC32();
		long openStart = Long.MIN_VALUE;
		int openCount;
		final double[] sum = new double[FIELDS];
		final double[] max = new double[FIELDS];

		RingFile(Path file, Resolution resolution, FileChannel channel) {
			this.file = file;
			this.resolution = resolution;
			this.channel = channel;
			this.bucketMillis = resolution.bucket().toMillis();
		}

		void add(long timestamp, double[] values) throws IOException {
			long start = Math.floorDiv(timestamp, bucketMillis) * bucketMillis;
			if (start != openStart) {
				if (start < openStart) {
					return; // the clock went back: never rewrite a newer bucket with older data
				}
				openStart = start;
				openCount = 0;
				// After a restart the bucket may already hold samples: continue it.
				if (readSlot(start, buffer, crc)) {
					openCount = buffer.getInt(8);
					for (int i = 0; i < FIELDS; i++) {
						sum[i] = buffer.getDouble(12 + i * 8) * openCount;
						max[i] = buffer.getDouble(12 + (FIELDS + i) * 8);
					}
				}
			}
			for (int i = 0; i < FIELDS; i++) {
				sum[i] = openCount == 0 ? values[i] : sum[i] + values[i];
				max[i] = openCount == 0 ? values[i] : Math.max(max[i], values[i]);
			}
			openCount++;
			buffer.clear();
			buffer.putLong(start).putInt(openCount);
			for (int i = 0; i < FIELDS; i++) {
				buffer.putDouble(sum[i] / openCount);
			}
			for (int i = 0; i < FIELDS; i++) {
				buffer.putDouble(max[i]);
			}
			crc.reset();
			crc.update(buffer.array(), 0, buffer.position());
			buffer.putInt((int) crc.getValue());
			buffer.flip();
			channel.write(buffer, offset(start));
		}

		private long offset(long start) {
			long index = Math.floorMod(Math.floorDiv(start, bucketMillis), resolution.slots());
			return HEADER + index * SLOT;
		}

		/**
		 * Reads the slot of bucket {@code start} into {@code buffer}; true if it is intact and holds that bucket (a
		 * slot being rewritten at this moment fails its checksum and counts as absent).
		 */
		boolean readSlot(long start, ByteBuffer buffer, CRC32 crc) throws IOException {
			buffer.clear();
			long at = offset(start);
			while (buffer.hasRemaining()) {
				if (channel.read(buffer, at + buffer.position()) < 0) {
					return false;
				}
			}
			crc.reset();
			crc.update(buffer.array(), 0, SLOT - 4);
			return buffer.getInt(SLOT - 4) == (int) crc.getValue() && buffer.getLong(0) == start
					&& buffer.getInt(8) > 0;
		}

		void read(long from, long to, long now, Predicate<HistoryPoint> sink) throws IOException {
			long oldest = now - resolution.retention().toMillis();
			// Buckets that start after now - retention are kept; older ones are gone even if their slot survives.
			long first = Math.max(Math.floorDiv(from, bucketMillis) * bucketMillis,
					Math.floorDiv(oldest, bucketMillis) * bucketMillis + bucketMillis);
			ByteBuffer buffer = ByteBuffer.allocate(SLOT);
			CRC32 crc = new CRC32();
			for (long start = first; start < to && start <= now; start += bucketMillis) {
				if (!readSlot(start, buffer, crc)) {
					continue;
				}
				int count = buffer.getInt(8);
				double[] mean = new double[FIELDS];
				double[] maxima = new double[FIELDS];
				for (int i = 0; i < FIELDS; i++) {
					mean[i] = buffer.getDouble(12 + i * 8);
					maxima[i] = buffer.getDouble(12 + (FIELDS + i) * 8);
				}
				if (!sink.test(new HistoryPoint(start, resolution, count, fromValues(start, mean), fromValues(start, maxima)))) {
					return;
				}
			}
		}
	}
}
