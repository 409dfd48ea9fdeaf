package org.flotilla.service.store.internal;

import static org.flotilla.service.store.internal.JournalFormat.SNAPSHOT_HEADER_BYTES;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.flotilla.service.store.JournalException;

/** Reads a snapshot file and proves it whole: header, revision, length and content checksum. */
public final class SnapshotReader {

	/** Content larger than this cannot be held in one array. */
	private static final long MAX_CONTENT = Integer.MAX_VALUE - 16;

	private SnapshotReader() {
	}

	/**
	 * The content of {@code file}, which its name says holds the state at {@code revision}.
	 *
	 * @throws JournalException naming the file and the offset of what is wrong
	 */
	public static byte[] read(Path file, long revision) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			if (size < SNAPSHOT_HEADER_BYTES) {
				throw new JournalException(file, size, "snapshot ends inside its " + SNAPSHOT_HEADER_BYTES
						+ "-byte header (file is " + size + " bytes)");
			}
			ByteBuffer header = ByteBuffer.allocate(SNAPSHOT_HEADER_BYTES);
			readFully(channel, header, 0);
			byte[] h = header.array();
			if (!Arrays.equals(h, 0, 8, JournalFormat.SNAPSHOT_MAGIC, 0, 8)) {
				throw new JournalException(file, 0, "not a snapshot (no FLOTSNAP magic)");
			}
			if (header.getInt(SNAPSHOT_HEADER_BYTES - 4) != JournalFormat.crc(h, 0, SNAPSHOT_HEADER_BYTES - 4)) {
				throw new JournalException(file, 0, "snapshot header checksum does not match");
			}
			if (header.getInt(8) != JournalFormat.VERSION) {
				throw new JournalException(file, 8, "snapshot format version " + header.getInt(8)
						+ " is not supported (this build reads version " + JournalFormat.VERSION + ")");
			}
			if (header.getLong(16) != revision) {
				throw new JournalException(file, 16,
						"snapshot header says revision " + header.getLong(16) + ", its file name says " + revision);
			}
			long length = header.getLong(24);
			if (length != size - SNAPSHOT_HEADER_BYTES) {
				throw new JournalException(file, SNAPSHOT_HEADER_BYTES, "snapshot header announces " + length
						+ " bytes of content but the file holds " + (size - SNAPSHOT_HEADER_BYTES));
			}
			if (length > MAX_CONTENT) {
				throw new JournalException(file, SNAPSHOT_HEADER_BYTES,
						"snapshot content of " + length + " bytes is larger than this build can read");
			}
			byte[] content = new byte[(int) length];
			readFully(channel, ByteBuffer.wrap(content), SNAPSHOT_HEADER_BYTES);
			if (JournalFormat.crc(content, 0, content.length) != header.getInt(32)) {
				throw new JournalException(file, SNAPSHOT_HEADER_BYTES, "snapshot content checksum does not match");
			}
			return content;
		}
	}

	private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
		long p = position;
		while (buffer.hasRemaining()) {
			int n = channel.read(buffer, p);
			if (n < 0) {
				throw new IOException("file ended at byte " + p + " while reading it");
			}
			p += n;
		}
	}
}
