package org.flotilla.protocol;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One audit file of the pool (an agent's, the pool service's): lines of tab-separated fields that start with the
 * instant, appended (and, for what must be on disk before it acts, forced), rotated at a size keeping a number of
 * earlier generations ({@code name.1} the newest), created readable by their owner only, and read back newest first
 * with a filter, a page at a time.
 *
 * <p>What goes in a line comes from peers: {@link #line} escapes every field ({@link LogText}), so that no peer can
 * end a line or add a column, and cuts the whole to {@value #LINE_MAX} characters. How often a peer may cause a line
 * is the caller's to bound ({@link AuditRateLimit}).
 */
public final class AuditFile {

	/** The most characters of one line, its line break included. */
	public static final int LINE_MAX = 1024;
	/** The most lines one read may skip and return together: what a read holds in memory is bounded by it. */
	public static final int MAXIMUM_READ_WINDOW = 20_000;
	private static final FileAttribute<?> OWNER_ONLY = PosixFilePermissions
			.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

	private final Path file;
	private final long rotateBytes;
	private final int generations;

	/**
	 * @param file        the current file ({@code file.1} … {@code file.N} are the earlier generations)
	 * @param rotateBytes the size at which the current file becomes generation 1
	 * @param generations how many earlier generations are kept (the oldest goes)
	 */
	public AuditFile(Path file, long rotateBytes, int generations) {
		this.file = file;
		this.rotateBytes = rotateBytes;
		this.generations = generations;
	}

	public Path file() {
		return file;
	}

	/** One line: the instant, then every field escaped and cut to its length; the whole at most {@link #LINE_MAX}. */
	public static String line(Instant at, List<String> fields, int... maxChars) {
		if (fields.size() != maxChars.length) {
			throw new IllegalArgumentException(fields.size() + " fields, " + maxChars.length + " lengths");
		}
		StringBuilder line = new StringBuilder(256).append(at);
		for (int i = 0; i < fields.size(); i++) {
			line.append('\t').append(LogText.of(fields.get(i), maxChars[i]));
		}
		if (line.length() > LINE_MAX - 1) {
			line.setLength(LINE_MAX - 2);
			line.append('\u2026');
		}
		return line.append('\n').toString();
	}

	/**
	 * Appends {@code line} (as made by {@link #line}), rotating first when the file is full; with {@code force} it is on
	 * disk when this returns. A write that fails leaves no half line behind.
	 */
	public synchronized void append(String line, boolean force) throws IOException {
		rotateIfFull();
		byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
		try (FileChannel channel = open(file)) {
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			long start = channel.size();
			try {
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				if (force) {
					channel.force(false);
				}
			} catch (IOException e) {
				channel.truncate(start); // no half line for the next one to be glued to
				throw e;
			}
		}
	}

	private static FileChannel open(Path target) throws IOException {
		try {
			return FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
		} catch (NoSuchFileException e) {
			if (target.getParent() != null) {
				Files.createDirectories(target.getParent());
			}
			try {
				return FileChannel.open(target, Set.of(StandardOpenOption.WRITE, StandardOpenOption.APPEND,
						StandardOpenOption.CREATE_NEW), OWNER_ONLY);
			} catch (UnsupportedOperationException notPosix) {
				return FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND,
						StandardOpenOption.CREATE);
			}
		}
	}

	/** Shifts the file to {@code .1}, {@code .1} to {@code .2}… when it is full; the oldest goes. */
	private void rotateIfFull() throws IOException {
		if (!Files.isRegularFile(file) || Files.size(file) < rotateBytes) {
			return;
		}
		for (int generation = generations - 1; generation >= 1; generation--) {
			Path older = generation(file, generation);
			if (Files.exists(older)) {
				Files.move(older, generation(file, generation + 1), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		Files.move(file, generation(file, 1), StandardCopyOption.REPLACE_EXISTING);
	}

	public static Path generation(Path target, int generation) {
		return target.resolveSibling(target.getFileName() + "." + generation);
	}

	/** The files of this audit, oldest first: the earlier generations, then the current file. */
	List<Path> oldestFirst() {
		List<Path> paths = new ArrayList<>();
		for (int generation = generations; generation >= 1; generation--) {
			paths.add(generation(file, generation));
		}
		paths.add(file);
		return paths;
	}

	/** One line read back: its instant, its fields after the instant (still escaped), and the line as written. */
	public record Entry(Instant at, List<String> fields, String line) {

		/** Field {@code index} (0 is the first after the instant), or "" when the line has fewer. */
		public String field(int index) {
			return index < fields.size() ? fields.get(index) : "";
		}
	}

	/** A page of lines, newest first, and whether older ones match too. */
	public record Page(List<Entry> entries, boolean more) {
	}

	/**
	 * The entries of {@code files} (all their generations, merged by instant) that {@code filter} accepts, newest
	 * first, skipping {@code offset} and returning at most {@code limit}. Files are read whole but only
	 * {@code offset + limit + 1} entries are held ({@link #MAXIMUM_READ_WINDOW} at most). Lines that are not audit
	 * lines (a line cut by a crash) are skipped; a generation rotated away while reading is skipped.
	 */
	public static Page read(List<AuditFile> files, Predicate<Entry> filter, int offset, int limit) throws IOException {
		if (offset < 0 || limit < 1 || (long) offset + limit >= MAXIMUM_READ_WINDOW) {
			throw new IllegalArgumentException("offset " + offset + " and limit " + limit + " must be within 0.."
					+ MAXIMUM_READ_WINDOW);
		}
		int window = offset + limit + 1;
		record Numbered(Entry entry, long order) {
		}
		// The oldest of the newest entries at the head, so it goes first when a newer one comes.
		Comparator<Numbered> age = Comparator.comparing((Numbered n) -> n.entry().at()).thenComparingLong(Numbered::order);
		PriorityQueue<Numbered> newest = new PriorityQueue<>(age);
		long order = 0;
		for (AuditFile audit : files) {
			for (Path path : audit.oldestFirst()) {
				try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(path),
						StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
								.onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
					String line;
					while ((line = reader.readLine()) != null) {
						Entry entry = parse(line);
						if (entry == null || !filter.test(entry)) {
							continue;
						}
						newest.add(new Numbered(entry, order++));
						if (newest.size() > window) {
							newest.poll();
						}
					}
				} catch (NoSuchFileException e) {
					// not there (yet, or rotated away meanwhile)
				}
			}
		}
		List<Numbered> sorted = new ArrayList<>(newest);
		sorted.sort(age.reversed());
		List<Entry> page = new ArrayList<>(limit);
		for (int i = offset; i < Math.min(sorted.size(), offset + limit); i++) {
			page.add(sorted.get(i).entry());
		}
		return new Page(page, sorted.size() > offset + limit);
	}

	/** A line as an entry, or null when it does not start with an instant. */
	public static Entry parse(String line) {
		int tab = line.indexOf('\t');
		if (tab < 0) {
			return null;
		}
		try {
			Instant at = Instant.parse(line.substring(0, tab));
			return new Entry(at, Arrays.asList(line.substring(tab + 1).split("\t", -1)), line);
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
