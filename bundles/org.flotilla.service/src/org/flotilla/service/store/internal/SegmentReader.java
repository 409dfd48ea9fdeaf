package org.flotilla.service.store.internal;

import static org.flotilla.service.store.internal.JournalFormat.MAX_RECORD_PAYLOAD;
import static org.flotilla.service.store.internal.JournalFormat.RECORD_HEADER_BYTES;
import static org.flotilla.service.store.internal.JournalFormat.RECORD_MAGIC;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;

/**
 * Reads the records of one journal segment in order, stopping at the first one that is incomplete or damaged, and
 * can tell whether any sound record follows a damaged one (which decides between a torn tail and real corruption).
 * Every allocation is bounded by both {@link JournalFormat#MAX_RECORD_PAYLOAD} and the bytes really in the file.
 */
public final class SegmentReader {

	/** Receives each sound record. */
	@FunctionalInterface
	public interface RecordSink {
		/** @throws IOException to stop reading (e.g. a revision out of order) */
		void accept(long offset, long revision, byte[] payload) throws IOException;
	}

	/**
	 * Where reading stopped: {@code end} is the offset after the last sound record; {@code problem} says what is
	 * wrong at {@code end}, or is null when the file ends there.
	 */
	public record Outcome(long end, String problem) {
	}

	private static final int BLOCK = 1 << 16;

	private final FileChannel channel;
	private final long size;
	private final ByteBuffer header = ByteBuffer.allocate(RECORD_HEADER_BYTES);
	private final ByteBuffer block = ByteBuffer.allocate(BLOCK);

	public SegmentReader(FileChannel channel) throws IOException {
		this.channel = channel;
		this.size = channel.size();
	}

	public long size() {
		return size;
	}

	/** Reads and checks the segment header; returns it (positioned at 0) or null when the file is too short. */
	public ByteBuffer readSegmentHeader() throws IOException {
		if (size < JournalFormat.SEGMENT_HEADER_BYTES) {
			return null;
		}
		ByteBuffer b = ByteBuffer.allocate(JournalFormat.SEGMENT_HEADER_BYTES);
		readFully(b, 0);
		return b.flip();
	}

	/** Reads records from {@code from} on, giving each sound one to {@code sink}, up to the end or the first bad one. */
	public Outcome readRecords(long from, RecordSink sink) throws IOException {
		long offset = from;
		while (offset < size) {
			if (size - offset < RECORD_HEADER_BYTES) {
				return new Outcome(offset, "incomplete record header (" + (size - offset) + " of " + RECORD_HEADER_BYTES
						+ " bytes)");
			}
			header.clear();
			readFully(header, offset);
			int magic = header.getInt(0);
			int length = header.getInt(4);
			long revision = header.getLong(8);
			if (magic != RECORD_MAGIC) {
				return new Outcome(offset, "no record magic");
			}
			if (length < 0 || length > MAX_RECORD_PAYLOAD) {
				return new Outcome(offset, "record length " + Integer.toUnsignedString(length)
						+ " is beyond the limit of " + MAX_RECORD_PAYLOAD + " bytes");
			}
			long available = size - offset - RECORD_HEADER_BYTES;
			if (length > available) {
				return new Outcome(offset, "incomplete record (" + available + " of " + length + " payload bytes)");
			}
			byte[] payload = new byte[length];
			readFully(ByteBuffer.wrap(payload), offset + RECORD_HEADER_BYTES);
			CRC32C crc = new CRC32C();
			crc.update(header.array(), 4, 12);
			crc.update(payload);
			if ((int) crc.getValue() != header.getInt(16)) {
				return new Outcome(offset, "record checksum does not match");
			}
			sink.accept(offset, revision, payload);
			offset += RECORD_HEADER_BYTES + length;
		}
		return new Outcome(offset, null);
	}

	/**
	 * The offset of the first sound record that starts at or after {@code from}, or -1. Looks at every place the
	 * record magic appears, so it finds records after a damaged length field too.
	 */
	public long findSoundRecord(long from) throws IOException {
		long base = from;
		while (size - base >= RECORD_HEADER_BYTES) {
			block.clear();
			block.limit((int) Math.min(BLOCK, size - base));
			readFully(block, base);
			int n = block.position();
			for (int i = 0; i + 4 <= n; i++) {
				if (block.getInt(i) == RECORD_MAGIC && isSoundRecordAt(base + i)) {
					return base + i;
				}
			}
			base += n - 3; // the last three bytes may start a magic that ends in the next block
		}
		return -1;
	}

	private boolean isSoundRecordAt(long offset) throws IOException {
		if (size - offset < RECORD_HEADER_BYTES) {
			return false;
		}
		ByteBuffer h = ByteBuffer.allocate(RECORD_HEADER_BYTES);
		readFully(h, offset);
		int length = h.getInt(4);
		if (length < 0 || length > MAX_RECORD_PAYLOAD || length > size - offset - RECORD_HEADER_BYTES) {
			return false;
		}
		CRC32C crc = new CRC32C();
		crc.update(h.array(), 4, 12);
		// Streams the payload through a small buffer: a candidate is not trusted enough to allocate its length.
		ByteBuffer chunk = ByteBuffer.allocate(Math.min(BLOCK, Math.max(length, 1)));
		long position = offset + RECORD_HEADER_BYTES;
		long remaining = length;
		while (remaining > 0) {
			chunk.clear();
			chunk.limit((int) Math.min(chunk.capacity(), remaining));
			readFully(chunk, position);
			crc.update(chunk.array(), 0, chunk.position());
			position += chunk.position();
			remaining -= chunk.position();
		}
		return (int) crc.getValue() == h.getInt(16);
	}

	private void readFully(ByteBuffer buffer, long position) throws IOException {
		long p = position;
		while (buffer.hasRemaining()) {
			int n = channel.read(buffer, p);
			if (n < 0) {
				throw new EOFException("file ended at byte " + p + " while reading it");
			}
			p += n;
		}
	}
}
