package org.flotilla.service.store.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * The byte layout of the pool journal's files (docs/service-store.md describes it for people). All numbers are
 * big-endian; every checksum is CRC32C.
 *
 * <pre>
 * journal-&lt;firstRevision&gt;.log   segment header (32 bytes), then records
 *   header:  magic "FLOTJRNL" | int version | int flags (1 = genesis) | long firstRevision | int 0 | int CRC of bytes 0..27
 *   record:  int magic F1071A5E | int payloadLength | long revision | int CRC of (payloadLength, revision, payload) | payload
 * snapshot-&lt;revision&gt;.snap       snapshot header (40 bytes), then the content
 *   header:  magic "FLOTSNAP" | int version | int 0 | long revision | long contentLength | int CRC of content
 *            | int CRC of bytes 0..35
 * </pre>
 *
 * A <em>genesis</em> segment is the first one of a journal that began with the empty state at revision 0, so that
 * the journal alone can rebuild the state when no snapshot can be read.
 */
public final class JournalFormat {

	public static final int VERSION = 1;

	public static final byte[] SEGMENT_MAGIC = "FLOTJRNL".getBytes(StandardCharsets.US_ASCII);
	public static final int SEGMENT_HEADER_BYTES = 32;
	public static final int FLAG_GENESIS = 1;

	public static final byte[] SNAPSHOT_MAGIC = "FLOTSNAP".getBytes(StandardCharsets.US_ASCII);
	public static final int SNAPSHOT_HEADER_BYTES = 40;

	/** Not ASCII, so that text payloads (XML, JSON) are unlikely to contain it where a scan looks for records. */
	public static final int RECORD_MAGIC = 0xF1071A5E;
	public static final int RECORD_HEADER_BYTES = 20;
	/**
	 * The largest payload of one record. A length field above it is damage, never a reason to allocate: without a
	 * bound, one flipped bit could make recovery try to read gigabytes.
	 */
	public static final int MAX_RECORD_PAYLOAD = 64 << 20;

	private static final Pattern SEGMENT_NAME = Pattern.compile("journal-(0|[1-9][0-9]{0,18})\\.log");
	private static final Pattern SNAPSHOT_NAME = Pattern.compile("snapshot-(0|[1-9][0-9]{0,18})\\.snap");
	/** Temporary files are hidden and end in ".tmp": {@code .snapshot-12.snap.4711.tmp}. */
	private static final Pattern TEMPORARY_NAME = Pattern.compile("\\.(journal|snapshot)-[0-9]+\\.(log|snap)\\..*\\.tmp");

	private JournalFormat() {
	}

	public static String segmentName(long firstRevision) {
		return "journal-" + firstRevision + ".log";
	}

	public static String snapshotName(long revision) {
		return "snapshot-" + revision + ".snap";
	}

	/** The first revision a segment's file name gives, or -1 if the name is not a segment's. */
	public static long parseSegmentName(String name) {
		return parse(SEGMENT_NAME, name);
	}

	/** The revision a snapshot's file name gives, or -1 if the name is not a snapshot's. */
	public static long parseSnapshotName(String name) {
		return parse(SNAPSHOT_NAME, name);
	}

	public static boolean isTemporaryName(String name) {
		return TEMPORARY_NAME.matcher(name).matches();
	}

	private static long parse(Pattern pattern, String name) {
		Matcher m = pattern.matcher(name);
		if (!m.matches()) {
			return -1;
		}
		try {
			return Long.parseLong(m.group(1));
		} catch (NumberFormatException e) {
			return -1; // 19 digits beyond Long.MAX_VALUE: not one of ours
		}
	}

	public static ByteBuffer segmentHeader(long firstRevision, boolean genesis) {
		ByteBuffer b = ByteBuffer.allocate(SEGMENT_HEADER_BYTES);
		b.put(SEGMENT_MAGIC).putInt(VERSION).putInt(genesis ? FLAG_GENESIS : 0).putLong(firstRevision).putInt(0);
		b.putInt(crc(b.array(), 0, SEGMENT_HEADER_BYTES - 4));
		return b.flip();
	}

	/**
	 * The problem with a segment header, or null if it is sound and names {@code firstRevision}.
	 */
	public static String segmentHeaderProblem(ByteBuffer header, long firstRevision) {
		byte[] b = header.array();
		if (!Arrays.equals(b, 0, 8, SEGMENT_MAGIC, 0, 8)) {
			return "not a journal segment (no FLOTJRNL magic)";
		}
		if (header.getInt(SEGMENT_HEADER_BYTES - 4) != crc(b, 0, SEGMENT_HEADER_BYTES - 4)) {
			return "segment header checksum does not match";
		}
		if (header.getInt(8) != VERSION) {
			return "journal format version " + header.getInt(8) + " is not supported (this build reads version " + VERSION
					+ ")";
		}
		if (header.getLong(16) != firstRevision) {
			return "segment header says its first revision is " + header.getLong(16) + ", its file name says "
					+ firstRevision;
		}
		return null;
	}

	public static boolean isGenesis(ByteBuffer header) {
		return (header.getInt(12) & FLAG_GENESIS) != 0;
	}

	public static ByteBuffer snapshotHeader(long revision, byte[] content) {
		ByteBuffer b = ByteBuffer.allocate(SNAPSHOT_HEADER_BYTES);
		b.put(SNAPSHOT_MAGIC).putInt(VERSION).putInt(0).putLong(revision).putLong(content.length);
		b.putInt(crc(content, 0, content.length));
		b.putInt(crc(b.array(), 0, SNAPSHOT_HEADER_BYTES - 4));
		return b.flip();
	}

	/** Fills {@code header} (20 bytes, at its position 0) for a record. */
	public static void recordHeader(ByteBuffer header, long revision, byte[] payload) {
		header.putInt(0, RECORD_MAGIC).putInt(4, payload.length).putLong(8, revision);
		CRC32C crc = new CRC32C();
		crc.update(header.array(), header.arrayOffset() + 4, 12);
		crc.update(payload, 0, payload.length);
		header.putInt(16, (int) crc.getValue());
	}

	public static int crc(byte[] bytes, int offset, int length) {
		CRC32C crc = new CRC32C();
		crc.update(bytes, offset, length);
		return (int) crc.getValue();
	}
}
