package org.flotilla.service.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that are owner-only from their first byte (the pool's state names hosts, people and tasks) and that reach
 * the disk before anyone is told they are there: data forced, then renamed into place, then the directory forced so
 * that the rename itself survives a crash.
 */
public final class DurableFiles {

	private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
	private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private DurableFiles() {
	}

	/** Creates {@code directory} owner-only (0700) if it is missing; missing parents get the default permissions. */
	public static void createDirectory(Path directory) throws IOException {
		if (Files.isDirectory(directory)) {
			return;
		}
		Path parent = directory.getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		try {
			Files.createDirectory(directory, attributes(OWNER_DIRECTORY));
		} catch (UnsupportedOperationException e) {
			Files.createDirectory(directory);
		} catch (FileAlreadyExistsException e) {
			if (!Files.isDirectory(directory)) {
				throw e;
			}
		}
	}

	/** Opens {@code file}, creating it owner-only (0600) if it is missing. */
	public static FileChannel openOwnerOnly(Path file, OpenOption... options) throws IOException {
		Set<OpenOption> set = Set.of(options);
		try {
			return FileChannel.open(file, set, attributes(OWNER_FILE));
		} catch (UnsupportedOperationException e) {
			return FileChannel.open(file, set);
		}
	}

	/**
	 * Makes {@code target} hold exactly {@code parts}, or leaves it as it was: a hidden owner-only temporary file
	 * beside it, forced, renamed over it, and the directory forced. No temporary file is left behind unless the
	 * process dies, and then the next open of the journal removes it.
	 */
	public static void writeAtomically(Path target, ByteBuffer... parts) throws IOException {
		Path directory = target.getParent();
		Path temporary = createTemporary(directory, "." + target.getFileName() + ".", ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				long remaining = 0;
				for (ByteBuffer part : parts) {
					remaining += part.remaining();
				}
				while (remaining > 0) {
					remaining -= channel.write(parts);
				}
				channel.force(true);
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temporary);
		}
		forceDirectory(directory);
	}

	/**
	 * Forces the directory's entries (files created, renamed or removed) to disk; on Linux a rename is not durable
	 * until its directory is.
	 */
	public static void forceDirectory(Path directory) throws IOException {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
	}

	private static Path createTemporary(Path directory, String prefix, String suffix) throws IOException {
		try {
			return Files.createTempFile(directory, prefix, suffix, attributes(OWNER_FILE));
		} catch (UnsupportedOperationException e) {
			return Files.createTempFile(directory, prefix, suffix);
		}
	}

	private static FileAttribute<Set<PosixFilePermission>> attributes(Set<PosixFilePermission> permissions) {
		return PosixFilePermissions.asFileAttribute(permissions);
	}
}
