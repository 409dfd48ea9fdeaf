package org.flotilla.agent.internal.packages;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.flotilla.agent.packages.PackageRefusedException;
import org.flotilla.packages.PackageArchive;
import org.flotilla.packages.PackageManifest;
import org.flotilla.packages.PackageVersion;
import org.flotilla.packages.ParameterDefinition;
import org.flotilla.protocol.SecretFiles;
import org.flotilla.protocol.packages.PackageOperations;

/**
 * Received archives ({@code packages/cache/}), by SHA-256: {@code SHA.part} while it arrives, {@code SHA.fpkg} once
 * complete and verified, and {@code SHA.offer} (name, version, size) beside either. A transfer resumes where the
 * file ends: the sender asks {@code have} and sends from there; a chunk at any other offset is refused. One transfer
 * per archive at a time (chunks of one archive are written under its lock).
 */
public final class ArchiveCache {

	public static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path dir;
	private final long maximumBytes;
	private final String nodeName;

	public ArchiveCache(Path dir, long maximumBytes, String nodeName) throws IOException {
		this.dir = dir;
		this.maximumBytes = maximumBytes;
		this.nodeName = nodeName;
		SecretFiles.createFolder(dir);
	}

	/** The verified archive of {@code sha256}, or null when it is not (completely) here. */
	public Path archive(String sha256) {
		Path file = dir.resolve(sha256 + PackageArchive.EXTENSION);
		return SHA256.matcher(sha256).matches() && Files.isRegularFile(file) ? file : null;
	}

	private Path part(String sha) {
		return dir.resolve(sha + ".part");
	}

	private Path offerFile(String sha) {
		return dir.resolve(sha + ".offer");
	}

	/** {@code package-offer}: bytes already here (the size when it is complete and verified). */
	public synchronized long offer(String name, String version, String sha256, long size) throws PackageRefusedException, IOException {
		if (name == null || !PackageManifest.NAME.matcher(name).matches()) {
			throw new PackageRefusedException("package-offer: 'name' must be a package name, got '" + clip(name) + "'");
		}
		try {
			PackageVersion.parse(version);
		} catch (IllegalArgumentException e) {
			throw new PackageRefusedException("package-offer: 'version' '" + clip(version) + "' is " + e.getMessage());
		}
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new PackageRefusedException("package-offer: 'sha256' must be 64 lower case hex digits");
		}
		if (size <= 0) {
			throw new PackageRefusedException("package-offer: 'size' must be a positive number of bytes");
		}
		if (size > maximumBytes) {
			throw new PackageRefusedException("package-offer: " + name + " " + version + " is " + size
					+ " bytes, more than this node takes (packages.max.archive = " + ParameterDefinition.formatSize(maximumBytes)
					+ ")");
		}
		Properties offer = readOffer(sha256);
		if (offer != null && Long.parseLong(offer.getProperty("size", "-1")) != size) {
			// Another size for the same checksum: one of the two offers is wrong; start again with this one.
			delete(sha256);
			offer = null;
		}
		if (archive(sha256) != null) {
			return size;
		}
		if (offer == null) {
			Properties p = new Properties();
			p.setProperty("name", name);
			p.setProperty("version", version);
			p.setProperty("size", Long.toString(size));
			writeOffer(sha256, p);
		}
		Path part = part(sha256);
		if (!Files.exists(part)) {
			SecretFiles.write(part, new byte[0]);
		}
		long have = Files.size(part);
		if (have > size) {
			Files.delete(part);
			SecretFiles.write(part, new byte[0]);
			have = 0;
		}
		return have;
	}

	/**
	 * {@code package-chunk}: appends {@code data} at {@code offset} (which must be what is here); when the archive is
	 * complete, checks its SHA-256 (a mismatch deletes it and fails). Returns the bytes now here.
	 */
	public long chunk(String sha256, long offset, byte[] data) throws PackageRefusedException, IOException {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new PackageRefusedException("package-chunk: 'sha256' must be 64 lower case hex digits");
		}
		synchronized (this) {
			Properties offer = readOffer(sha256);
			if (archive(sha256) != null && offer != null) {
				throw new PackageRefusedException("package-chunk: " + offer.getProperty("name") + " " + offer.getProperty("version")
						+ " is complete here already (have = size)");
			}
			Path part = part(sha256);
			if (offer == null || !Files.exists(part)) {
				throw new PackageRefusedException("package-chunk: no offer of " + sha256 + " (send package-offer first)");
			}
			String what = "package " + offer.getProperty("name") + " " + offer.getProperty("version");
			long size = Long.parseLong(offer.getProperty("size"));
			long have = Files.size(part);
			if (offset != have) {
				throw new PackageRefusedException("package-chunk: " + what + ": offset " + offset + " is not where the archive ends here; send from "
						+ have);
			}
			if (data.length == 0 || data.length > PackageOperations.MAXIMUM_CHUNK_BYTES) {
				throw new PackageRefusedException("package-chunk: a chunk is 1.." + PackageOperations.MAXIMUM_CHUNK_BYTES + " bytes, got " + data.length);
			}
			if (have + data.length > size) {
				throw new PackageRefusedException("package-chunk: " + what + ": " + (have + data.length) + " bytes is more than the offered size " + size);
			}
			try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
				try {
					ByteBuffer buffer = ByteBuffer.wrap(data);
					long at = have;
					while (buffer.hasRemaining()) {
						at += channel.write(buffer, at);
					}
					channel.force(false);
				} catch (IOException e) {
					// A full disk: nothing of this chunk is kept, the sender may resume from 'have' once there is room.
					channel.truncate(have);
					throw new IOException("node " + nodeName + ": " + what + ": cannot store the chunk at " + have + " in " + dir + " ("
							+ e.getMessage() + "; is the disk full?): nothing of it was kept", e);
				}
			}
			have += data.length;
			if (have < size) {
				return have;
			}
			String actual = PackageArchive.sha256(part);
			if (!actual.equals(sha256)) {
				delete(sha256);
				throw new IOException("node " + nodeName + ": " + what + ": the received archive's SHA-256 is " + actual + ", not "
						+ sha256 + ": deleted; send it again");
			}
			Files.move(part, dir.resolve(sha256 + PackageArchive.EXTENSION), StandardCopyOption.ATOMIC_MOVE);
			return have;
		}
	}

	/** Marks the archive {@code sha256} as applied (tried on this node): from then on {@link #prune} may delete it. */
	public synchronized void applied(String sha256) throws IOException {
		Properties offer = readOffer(sha256);
		if (offer != null && !offer.containsKey("applied")) {
			offer.setProperty("applied", "true");
			writeOffer(sha256, offer);
		}
	}

	/**
	 * Deletes the cached archives of package {@code name} that were applied here, but those in {@code keep} (the
	 * current and previous versions). Archives received but not applied yet stay: a sender sends every version of a
	 * rollout first and applies them afterwards.
	 */
	public synchronized void prune(String name, Set<String> keep) throws IOException {
		List<String> shas = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.offer")) {
			for (Path p : stream) {
				String sha = p.getFileName().toString().replace(".offer", "");
				Properties offer = readOffer(sha);
				if (offer != null && name.equals(offer.getProperty("name")) && offer.containsKey("applied") && !keep.contains(sha)
						&& !Files.exists(part(sha))) {
					shas.add(sha);
				}
			}
		}
		for (String sha : shas) {
			delete(sha);
		}
	}

	private void delete(String sha) throws IOException {
		Files.deleteIfExists(part(sha));
		Files.deleteIfExists(dir.resolve(sha + PackageArchive.EXTENSION));
		Files.deleteIfExists(offerFile(sha));
	}

	private Properties readOffer(String sha) throws IOException {
		return PackageFiles.read(offerFile(sha));
	}

	private void writeOffer(String sha, Properties p) throws IOException {
		PackageFiles.write(offerFile(sha), p);
	}

	static String clip(String s) {
		if (s == null) {
			return "";
		}
		String t = s.replaceAll("\\p{Cntrl}", "?");
		return t.length() > 80 ? t.substring(0, 80) + "…" : t;
	}
}
