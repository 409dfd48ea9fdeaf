package org.flotilla.packages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A folder of package archives ({@code *.fpkg}) with an index, {@code index.tsv}: one line per archive, tab separated:
 * name, version, layer, size, sha256, file name. {@link #scan()} rebuilds the index from the folder and checks every
 * archive against it: an archive whose checksum no longer matches the index (changed after it was indexed) is
 * reported and not served, and keeps its indexed line, so that it stays reported until someone replaces or removes it
 * ({@link #add} replaces it). Archives that cannot be opened are reported too. Thread-safe.
 */
public final class PackageRepository {

	/** The index's file name. */
	public static final String INDEX = "index.tsv";

	/** One archive the repository serves. */
	public record Entry(String name, PackageVersion version, Layer layer, long size, String sha256, String fileName,
			Path path) {
		/** The archive, opened. */
		public PackageArchive open() throws IOException {
			return PackageArchive.open(path);
		}

		String line() {
			return String.join("\t", name, version.toString(), layer.wireName(), Long.toString(size), sha256, fileName);
		}
	}

	/** Something wrong with one file of the repository: it is not served. */
	public record Problem(String fileName, String message) {
	}

	private final Path dir;
	private Map<String, Entry> byFile = new TreeMap<>();
	private List<Problem> problems = List.of();

	/** The repository in {@code dir} (created if missing); call {@link #scan()} to read it. */
	public PackageRepository(Path dir) throws IOException {
		this.dir = Files.createDirectories(dir);
	}

	/** The folder. */
	public Path dir() {
		return dir;
	}

	/**
	 * Reads the folder: every {@code *.fpkg} is opened and its SHA-256 computed; archives the index knows must still
	 * have the indexed checksum, new archives are added; the index is rewritten (atomically). Returns the problems
	 * found (also kept, {@link #problems()}): files not served.
	 */
	public synchronized List<Problem> scan() throws IOException {
		Map<String, String[]> indexed = readIndex();
		Map<String, Entry> found = new TreeMap<>();
		Map<String, String> keptLines = new TreeMap<>();
		List<Problem> found_problems = new ArrayList<>();
		Map<String, String> ids = new LinkedHashMap<>();
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + PackageArchive.EXTENSION)) {
			stream.forEach(files::add);
		}
		files.sort(Comparator.comparing(p -> p.getFileName().toString()));
		for (Path file : files) {
			String fileName = file.getFileName().toString();
			if (!Files.isRegularFile(file)) {
				continue;
			}
			String[] old = indexed.get(fileName);
			try {
				PackageArchive archive = PackageArchive.open(file);
				String sha = archive.sha256();
				if (old != null && !old[4].equals(sha)) {
					found_problems.add(new Problem(fileName, fileName + ": its SHA-256 is " + sha + " but the index says " + old[4]
							+ " (the file changed after it was indexed): not served; add it again to replace it"));
					keptLines.put(fileName, String.join("\t", old));
					continue;
				}
				PackageManifest m = archive.manifest();
				String other = ids.putIfAbsent(m.id(), fileName);
				if (other != null) {
					found_problems.add(new Problem(fileName, fileName + ": holds " + m.id() + ", as " + other + " does: not served"));
					continue;
				}
				found.put(fileName, new Entry(m.name(), m.version(), m.layer(), archive.size(), sha, fileName, file));
			} catch (IOException e) {
				found_problems.add(new Problem(fileName, e.getMessage()));
				if (old != null) {
					keptLines.put(fileName, String.join("\t", old));
				}
			}
		}
		writeIndex(found, keptLines);
		byFile = found;
		problems = List.copyOf(found_problems);
		return problems;
	}

	/**
	 * Copies {@code archive} into the repository as {@code NAME-VERSION.fpkg} (replacing a file of that name, tampered or
	 * not) and indexes it. Refused when it cannot be opened.
	 */
	public synchronized Entry add(Path archive) throws IOException {
		PackageArchive opened = PackageArchive.open(archive);
		String fileName = opened.manifest().fileName();
		Path tmp = Files.createTempFile(dir, ".adding-", ".tmp");
		try {
			Files.copy(archive, tmp, StandardCopyOption.REPLACE_EXISTING);
			String sha = PackageArchive.sha256(tmp);
			if (!sha.equals(opened.sha256())) {
				throw new IOException(archive + " changed while it was being copied into " + dir);
			}
			move(tmp, dir.resolve(fileName));
		} finally {
			Files.deleteIfExists(tmp);
		}
		Map<String, String[]> indexed = readIndex();
		indexed.remove(fileName);
		Entry entry = new Entry(opened.manifest().name(), opened.manifest().version(), opened.manifest().layer(),
				opened.size(), opened.sha256(), fileName, dir.resolve(fileName));
		Map<String, Entry> found = new TreeMap<>(byFile);
		found.put(fileName, entry);
		Map<String, String> kept = new TreeMap<>();
		indexed.forEach((f, line) -> {
			if (!found.containsKey(f)) {
				kept.put(f, String.join("\t", line));
			}
		});
		writeIndex(found, kept);
		byFile = found;
		List<Problem> rest = new ArrayList<>(problems);
		rest.removeIf(p -> p.fileName().equals(fileName));
		problems = List.copyOf(rest);
		return entry;
	}

	/** The problems of the last {@link #scan()}: files not served. */
	public synchronized List<Problem> problems() {
		return problems;
	}

	/** The archive of package {@code name} at {@code version}, if served. */
	public synchronized Optional<Entry> find(String name, PackageVersion version) {
		return byFile.values().stream().filter(e -> e.name().equals(name) && e.version().equals(version)).findFirst();
	}

	/** The versions of package {@code name} served, oldest first. */
	public synchronized List<PackageVersion> versions(String name) {
		return byFile.values().stream().filter(e -> e.name().equals(name)).map(Entry::version).sorted().toList();
	}

	/** Every archive served, by name then version. */
	public synchronized List<Entry> all() {
		return byFile.values().stream()
				.sorted(Comparator.comparing(Entry::name).thenComparing(Entry::version)).toList();
	}

	private Map<String, String[]> readIndex() throws IOException {
		Map<String, String[]> lines = new LinkedHashMap<>();
		Path index = dir.resolve(INDEX);
		if (!Files.exists(index)) {
			return lines;
		}
		for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t", -1);
			if (fields.length == 6) {
				lines.put(fields[5], fields);
			}
			// A line of another shape is not ours (or a broken write): the scan rebuilds the index without it.
		}
		return lines;
	}

	private void writeIndex(Map<String, Entry> entries, Map<String, String> keptLines) throws IOException {
		StringBuilder b = new StringBuilder("# name\tversion\tlayer\tsize\tsha256\tfile\n");
		Map<String, String> lines = new TreeMap<>(keptLines);
		entries.forEach((file, e) -> lines.put(file, e.line()));
		lines.values().forEach(l -> b.append(l).append('\n'));
		Path tmp = Files.createTempFile(dir, ".index-", ".tmp");
		try {
			Files.writeString(tmp, b, StandardCharsets.UTF_8);
			move(tmp, dir.resolve(INDEX));
		} finally {
			Files.deleteIfExists(tmp);
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
