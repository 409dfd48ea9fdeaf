package org.flotilla.agent.internal;

import java.io.Closeable;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;

import org.flotilla.agent.Identity;

/**
 * The agent's journal: its identity and what it installed or deployed, as an append-only text file
 * ({@code journal.log} in the data directory) so that a restart keeps both.
 * <p>
 * One record per line: {@code <crc32 as 8 hex digits> <type>[ key=value]*}, values URL-encoded, the checksum over
 * everything after the first space. Every append is forced to disk before it returns (records are rare: an
 * identity, an install, a deployment). On open the file is replayed; a torn last record (a crash mid-write: no
 * newline, or a checksum that does not match) is dropped with a warning and cut off so later appends start on a
 * clean line. A bad record in the middle is skipped with a warning and the rest kept.
 */
public final class Journal implements Closeable {

	public static final String FILE_NAME = "journal.log";
	private static final System.Logger LOG = System.getLogger(Journal.class.getName());

	/** One replayed record. */
	public record Entry(String type, Map<String, String> fields) {
		public Entry {
			fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
		}

		public String get(String key) {
			return fields.get(key);
		}
	}

	/** Record types. */
	public static final String IDENTITY = "identity";
	public static final String RENAMED = "renamed";
	public static final String INSTALLED = "installed";
	public static final String UNINSTALLED = "uninstalled";
	public static final String DEPLOYED = "deployed";
	public static final String UNDEPLOYED = "undeployed";

	private final Path file;
	private final FileChannel channel;
	private final List<Entry> entries = new ArrayList<>();
	private final List<String> warnings = new ArrayList<>();
	private final InstantSource clock;
	private Identity identity;
	/** Where the last whole record ends: appends go here. */
	private long end;

	private Journal(Path file, FileChannel channel, InstantSource clock) {
		this.file = file;
		this.channel = channel;
		this.clock = clock;
	}

	/**
	 * Opens (or creates) the journal in {@code dataDir}, replays it, and makes sure it holds an identity: a new node
	 * id on first start; a {@code renamed} record when {@code nodeName} differs from the recorded one.
	 */
	public static Journal open(Path dataDir, String nodeName, InstantSource clock) throws IOException {
		Files.createDirectories(dataDir);
		Path file = dataDir.resolve(FILE_NAME);
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		Journal journal = new Journal(file, channel, clock);
		try {
			journal.replay();
			journal.ensureIdentity(nodeName);
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
		return journal;
	}

	private void replay() throws IOException {
		long size = channel.size();
		ByteBuffer all = ByteBuffer.allocate((int) Math.min(size, Integer.MAX_VALUE));
		channel.read(all, 0);
		byte[] bytes = all.array();
		int start = 0;
		int lineNo = 0;
		long goodEnd = 0;
		while (start < bytes.length) {
			lineNo++;
			int nl = indexOf(bytes, (byte) '\n', start);
			boolean last = nl < 0 || nl == bytes.length - 1;
			String line = new String(bytes, start, (nl < 0 ? bytes.length : nl) - start, StandardCharsets.UTF_8);
			Entry entry = nl < 0 ? null : decode(line);
			if (entry == null) {
				if (last) {
					warn("journal " + file + ": dropped a torn last record at line " + lineNo + " (" + (nl < 0
							? "no end of line" : "checksum mismatch") + "); the " + entries.size()
							+ " records before it are kept");
					channel.truncate(goodEnd);
					channel.force(true);
					break;
				}
				warn("journal " + file + ": skipped a damaged record at line " + lineNo + " (checksum mismatch)");
			} else {
				apply(entry);
			}
			start = nl + 1;
			goodEnd = start;
		}
		end = channel.size();
	}

	private static int indexOf(byte[] bytes, byte b, int from) {
		for (int i = from; i < bytes.length; i++) {
			if (bytes[i] == b) {
				return i;
			}
		}
		return -1;
	}

	private void warn(String message) {
		warnings.add(message);
		LOG.log(Level.WARNING, message);
	}

	private void apply(Entry entry) {
		entries.add(entry);
		switch (entry.type()) {
		case IDENTITY -> identity = new Identity(UUID.fromString(entry.get("nodeId")), entry.get("name"),
				Instant.parse(entry.get("enrolledAt")));
		case RENAMED -> {
			if (identity != null) {
				identity = new Identity(identity.nodeId(), entry.get("name"), identity.enrolledAt());
			}
		}
		default -> {
			// installs and deployments are read by InventoryCollector through entries()
		}
		}
	}

	private void ensureIdentity(String nodeName) throws IOException {
		if (identity == null) {
			append(IDENTITY, Map.of("nodeId", UUID.randomUUID().toString(), "name", nodeName, "enrolledAt",
					clock.instant().toString()));
		} else if (!identity.nodeName().equals(nodeName)) {
			append(RENAMED, Map.of("name", nodeName, "from", identity.nodeName(), "at", clock.instant().toString()));
		}
	}

	/**
	 * Appends a record, forces it to disk, and applies it. A write that fails half-way (a full disk) is cut off again,
	 * and so is anything after the last whole record, so the next append starts on a clean line: otherwise the torn
	 * bytes and the next record would share a line, and both would fail their checksum.
	 */
	public synchronized void append(String type, Map<String, String> fields) throws IOException {
		Entry entry = new Entry(type, fields);
		StringBuilder body = new StringBuilder(type);
		for (Map.Entry<String, String> f : entry.fields().entrySet()) {
			body.append(' ').append(encode(f.getKey())).append('=').append(encode(f.getValue()));
		}
		String line = String.format("%08x", crc(body.toString())) + ' ' + body + '\n';
		ByteBuffer buffer = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
		if (channel.size() != end) {
			warn("journal " + file + ": " + (channel.size() - end) + " bytes after the last whole record (a torn write) "
					+ "cut off before appending");
			channel.truncate(end);
		}
		try {
			long at = end;
			while (buffer.hasRemaining()) {
				at += channel.write(buffer, at);
			}
			channel.force(false);
			end = at;
		} catch (IOException e) {
			try {
				channel.truncate(end);
			} catch (IOException ignored) {
				// checked again before the next append
			}
			throw e;
		}
		apply(entry);
	}

	private static Entry decode(String line) {
		int space = line.indexOf(' ');
		if (space != 8) {
			return null;
		}
		String body = line.substring(9);
		long expected;
		try {
			expected = Long.parseLong(line.substring(0, 8), 16);
		} catch (NumberFormatException e) {
			return null;
		}
		if (crc(body) != expected) {
			return null;
		}
		String[] parts = body.split(" ");
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 1; i < parts.length; i++) {
			int eq = parts[i].indexOf('=');
			if (eq < 0) {
				return null;
			}
			fields.put(decodeValue(parts[i].substring(0, eq)), decodeValue(parts[i].substring(eq + 1)));
		}
		try {
			return new Entry(parts[0], fields);
		} catch (RuntimeException e) {
			return null;
		}
	}

	private static long crc(String body) {
		CRC32 crc = new CRC32();
		crc.update(body.getBytes(StandardCharsets.UTF_8));
		return crc.getValue();
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static String decodeValue(String s) {
		return URLDecoder.decode(s, StandardCharsets.UTF_8);
	}

	public Identity identity() {
		return identity;
	}

	/** Every record replayed or appended, oldest first. */
	public synchronized List<Entry> entries() {
		return List.copyOf(entries);
	}

	/** Problems met while replaying (also logged). */
	public List<String> warnings() {
		return List.copyOf(warnings);
	}

	public Path file() {
		return file;
	}

	@Override
	public synchronized void close() throws IOException {
		channel.close();
	}
}
