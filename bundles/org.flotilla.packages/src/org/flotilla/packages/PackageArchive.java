package org.flotilla.packages;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A package archive ({@code NAME-VERSION.fpkg}): a zip with {@code flotilla-package.properties} at its root,
 * {@code payload/…} (what is installed), {@code templates/…} (configuration rendered with the parameters) and
 * {@code steps/…} (POSIX sh lifecycle scripts). {@link #open} reads and checks the manifest and that every template and
 * step it names is there, and that the templates only name declared parameters; {@link #extractTo} unpacks it within
 * {@link Limits} (no absolute paths, no {@code ..}, no duplicates, bounded entries and bytes: a zip bomb is refused,
 * not unpacked). Every error names the archive and the entry.
 */
public final class PackageArchive {

	/** The file name extension of package archives. */
	public static final String EXTENSION = ".fpkg";

	/**
	 * How much an archive may unpack to: entries, and bytes in all (counted as they are written, not as the zip's
	 * headers claim).
	 */
	public record Limits(int maximumEntries, long maximumBytes) {
		/** 100 000 entries and 4 GiB: far above an application server (jetty-home is about 900 entries and 30 MB). */
		public static final Limits DEFAULT = new Limits(100_000, 4L << 30);
	}

	private final Path path;
	private final String name;
	private final PackageManifest manifest;
	private final long size;
	private volatile String sha256;

	private PackageArchive(Path path, PackageManifest manifest, long size) {
		this.path = path;
		this.name = path.getFileName().toString();
		this.manifest = manifest;
		this.size = size;
	}

	/**
	 * Opens {@code file}: reads and checks its manifest, and checks that the templates and steps it names are in the
	 * archive and that the templates only name the package's parameters (so that a broken package is refused when it
	 * is added, not when a node applies it). Entry names are checked here too ({@link #isSafeEntryName}, duplicates).
	 */
	public static PackageArchive open(Path file) throws IOException {
		String source = file.getFileName().toString();
		try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
			Set<String> names = checkedNames(source, zip, Limits.DEFAULT);
			ZipEntry manifestEntry = zip.getEntry(PackageManifest.FILE_NAME);
			if (manifestEntry == null || manifestEntry.isDirectory()) {
				throw new PackageFormatException(source, PackageManifest.FILE_NAME, null, "is missing (it must be at the root of the archive)");
			}
			PackageManifest manifest;
			try (InputStream in = zip.getInputStream(manifestEntry)) {
				manifest = PackageManifest.parse(source, in);
			}
			List<String> parameterNames = manifest.parameters().stream().map(ParameterDefinition::name).toList();
			for (TemplateDefinition t : manifest.templates()) {
				if (!names.contains(t.source())) {
					throw new PackageFormatException(source, t.source(), null, "the manifest names this template but the archive has no such entry");
				}
				Templates.check(source + ": " + t.source(), text(source, zip, zip.getEntry(t.source())), parameterNames);
			}
			for (StepDefinition s : manifest.steps().values()) {
				if (s.command() != null && !names.contains(s.command())) {
					throw new PackageFormatException(source, s.command(), null, "the manifest names this " + s.step().wireName()
							+ " step but the archive has no such entry");
				}
			}
			return new PackageArchive(file, manifest, Files.size(file));
		} catch (ZipException e) {
			throw new PackageFormatException(source, null, null, "not a zip archive (" + e.getMessage() + ")", e);
		}
	}

	private static String text(String source, ZipFile zip, ZipEntry entry) throws IOException {
		try (InputStream in = zip.getInputStream(entry)) {
			byte[] bytes = in.readNBytes(MAXIMUM_TEMPLATE_BYTES + 1);
			if (bytes.length > MAXIMUM_TEMPLATE_BYTES) {
				throw new PackageFormatException(source, entry.getName(), null, "a template is at most " + MAXIMUM_TEMPLATE_BYTES + " bytes");
			}
			try {
				return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
			} catch (CharacterCodingException e) {
				throw new PackageFormatException(source, entry.getName(), null, "a template must be UTF-8 text");
			}
		}
	}

	/** The largest template. */
	public static final int MAXIMUM_TEMPLATE_BYTES = 1 << 20;

	/** Every entry name, checked: safe, not duplicated, not too many. */
	private static Set<String> checkedNames(String source, ZipFile zip, Limits limits) throws PackageFormatException {
		Set<String> names = new HashSet<>();
		Set<String> files = new HashSet<>();
		Enumeration<? extends ZipEntry> entries = zip.entries();
		while (entries.hasMoreElements()) {
			ZipEntry entry = entries.nextElement();
			String name = entry.getName();
			if (names.size() >= limits.maximumEntries()) {
				throw new PackageFormatException(source, name, null, "more than " + limits.maximumEntries()
						+ " entries: refused (a zip bomb, or not a package)");
			}
			if (!isSafeEntryName(name)) {
				throw new PackageFormatException(source, name, null,
						"unsafe entry name (absolute, '..' or '.' segments, backslashes or control characters): refused");
			}
			String key = entry.isDirectory() ? name.substring(0, name.length() - 1) : name;
			if (!names.add(key)) {
				throw new PackageFormatException(source, name, null, "the archive holds this entry more than once: refused");
			}
			if (!entry.isDirectory()) {
				files.add(name);
			}
		}
		// A file that is also a directory's parent ("a" and "a/b") cannot be unpacked either.
		for (String file : files) {
			for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
				if (files.contains(file.substring(0, slash))) {
					throw new PackageFormatException(source, file.substring(0, slash), null, "is both a file and a directory in the archive");
				}
			}
		}
		return files;
	}

	/**
	 * Whether {@code name} is a relative path of plain segments: not absolute, no {@code ..} or {@code .} or empty
	 * segments, no backslashes or control characters, at most 1024 characters.
	 */
	public static boolean isSafeEntryName(String name) {
		if (name.isEmpty() || name.length() > 1024 || name.startsWith("/") || name.indexOf('\\') >= 0
				|| name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
			return false;
		}
		String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
		for (String segment : trimmed.split("/", -1)) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
				return false;
			}
		}
		return !trimmed.matches("^[A-Za-z]:.*");
	}

	/** The archive file. */
	public Path path() {
		return path;
	}

	/** The archive's manifest. */
	public PackageManifest manifest() {
		return manifest;
	}

	/** The archive's size in bytes when it was opened. */
	public long size() {
		return size;
	}

	/** The SHA-256 of the archive file, lower case hex (computed once, on first use). */
	public String sha256() throws IOException {
		String s = sha256;
		if (s == null) {
			s = sha256(path);
			sha256 = s;
		}
		return s;
	}

	/** The SHA-256 of {@code file}, lower case hex. */
	public static String sha256(Path file) throws IOException {
		MessageDigest digest = newSha256();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** A SHA-256 digest (every Java runtime has one). */
	public static MessageDigest newSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("this Java runtime has no SHA-256", e);
		}
	}

	/** {@link #extractTo(Path, Limits)} with {@link Limits#DEFAULT}. */
	public void extractTo(Path dir) throws IOException {
		extractTo(dir, Limits.DEFAULT);
	}

	/**
	 * Unpacks the whole archive, as it is laid out, into {@code dir} (created if missing; it should be empty): entry
	 * names checked again, bytes counted as written. On any error what was written is left for the caller to delete
	 * (it unpacks into a staging directory it owns). Files are created owner-only (0600, directories 0700 where the
	 * file system has POSIX modes): payloads may hold what their configuration will, and zip keeps no modes anyway.
	 */
	public void extractTo(Path dir, Limits limits) throws IOException {
		Files.createDirectories(dir);
		Path root = dir.toRealPath();
		long written = 0;
		try (ZipFile zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8)) {
			checkedNames(name, zip, limits);
			Enumeration<? extends ZipEntry> entries = zip.entries();
			byte[] buffer = new byte[64 * 1024];
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				Path target = root.resolve(entry.getName()).normalize();
				if (!target.startsWith(root)) {
					throw new PackageFormatException(name, entry.getName(), null, "would be written outside " + root + ": refused");
				}
				if (entry.isDirectory()) {
					createPrivateDirectories(root, target);
					continue;
				}
				createPrivateDirectories(root, target.getParent());
				if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
					throw new PackageFormatException(name, entry.getName(), null, "already exists in " + root + ": refused");
				}
				try (InputStream in = zip.getInputStream(entry);
						OutputStream out = Files.newOutputStream(SecretPaths.createPrivateFile(target), StandardOpenOption.WRITE)) {
					for (int n; (n = in.read(buffer)) > 0;) {
						written += n;
						if (written > limits.maximumBytes()) {
							throw new PackageFormatException(name, entry.getName(), null, "the archive unpacks to more than "
									+ limits.maximumBytes() + " bytes: refused (a zip bomb, or not a package)");
						}
						out.write(buffer, 0, n);
					}
				}
			}
		} catch (ZipException e) {
			throw new PackageFormatException(name, null, null, "not a zip archive (" + e.getMessage() + ")", e);
		}
	}

	private static void createPrivateDirectories(Path root, Path dir) throws IOException {
		if (dir.equals(root) || Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		createPrivateDirectories(root, dir.getParent());
		SecretPaths.createPrivateDirectory(dir);
	}

	@Override
	public String toString() {
		return name + " (" + manifest.id() + ", " + manifest.layer().wireName() + ")";
	}
}
