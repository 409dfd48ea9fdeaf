package org.flotilla.protocol;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files that hold secrets (private keys, their passwords): created readable by their owner only
 * from the first byte (never created with the default umask and narrowed afterwards, which leaves a
 * moment, or after a failure a file, that others can read), written whole through a temporary file
 * and a rename, and checked before they are trusted.
 */
public final class SecretFiles {

	private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
	private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
	private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Writes the content of a secret file to a stream. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException, java.security.GeneralSecurityException;
	}

	private SecretFiles() {
	}

	/**
	 * Replaces {@code file} with {@code content}: a temporary file in the same folder, owner-only from
	 * its creation, forced to disk, then renamed over the target. A failure at any point leaves the
	 * old file as it was and no temporary file. The folder is created owner-only if it is missing.
	 */
	public static void write(Path file, Content content) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		createFolder(folder);
		Path temporary = createOwnerOnly(folder, "." + file.getFileName() + ".", ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
					OutputStream out = Channels.newOutputStream(channel)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			} catch (java.security.GeneralSecurityException e) {
				throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** {@link #write(Path, Content)} of bytes. */
	public static void write(Path file, byte[] content) throws IOException {
		write(file, out -> out.write(content));
	}

	/**
	 * Reads a password file (one line; surrounding white space is not part of the password), refusing one that
	 * others may read (see {@link #requireOwnerOnly(Path)}) or an empty one.
	 *
	 * @throws NoSuchFileException naming the file when there is none
	 */
	public static char[] readPassword(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new NoSuchFileException(file.toString(), null, "password file missing");
		}
		requireOwnerOnly(file);
		String password = Files.readString(file, StandardCharsets.UTF_8).strip();
		if (password.isEmpty()) {
			throw new IOException(file + " is empty: it should hold the password of a key store");
		}
		return password.toCharArray();
	}

	/** A new random password: 192 bits, URL-safe Base64 (so it survives any text file and shell). */
	public static char[] randomPassword() {
		byte[] random = new byte[24];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
	}

	/** Writes {@code password} as a one-line password file, replacing {@code file}, owner-only from its first byte. */
	public static void writePassword(Path file, char[] password) throws IOException {
		write(file, (new String(password) + "\n").getBytes(StandardCharsets.UTF_8));
	}

	/** Writes a new {@link #randomPassword()} to {@code file} and returns it. */
	public static char[] newPassword(Path file) throws IOException {
		char[] password = randomPassword();
		writePassword(file, password);
		return password;
	}

	/** {@link #readPassword(Path)} when the file exists, otherwise {@link #newPassword(Path)}. */
	public static char[] readOrCreatePassword(Path file) throws IOException {
		return Files.isRegularFile(file) ? readPassword(file) : newPassword(file);
	}

	/** Creates {@code folder} (and missing parents) with owner-only access where it is created. */
	public static void createFolder(Path folder) throws IOException {
		if (Files.isDirectory(folder)) {
			return;
		}
		Path parent = folder.toAbsolutePath().getParent();
		if (parent != null && !Files.exists(parent)) {
			Files.createDirectories(parent);
		}
		try {
			Files.createDirectory(folder, ownerOnly(OWNER_FOLDER));
		} catch (UnsupportedOperationException e) {
			Files.createDirectories(folder);
		} catch (FileAlreadyExistsException e) {
			if (!Files.isDirectory(folder)) {
				throw e;
			}
		}
	}

	/**
	 * Refuses a secret file that others may read or write: whoever can read a key's password can use
	 * the key. On file systems without POSIX permissions there is nothing to check.
	 *
	 * @throws IOException saying which file, its permissions and what to do
	 */
	public static void requireOwnerOnly(Path secret) throws IOException {
		Set<PosixFilePermission> permissions;
		try {
			permissions = Files.getPosixFilePermissions(secret);
		} catch (UnsupportedOperationException e) {
			return;
		}
		Set<PosixFilePermission> exposed = EnumSet.copyOf(OTHERS);
		exposed.retainAll(permissions);
		if (!exposed.isEmpty()) {
			throw new IOException(secret + " can be read or written by others (" + PosixFilePermissions.toString(permissions)
					+ "); it holds a secret: make it owner-only (chmod 600 " + secret
					+ "), and if others may have read it, have the certificate it protects issued again");
		}
	}

	private static Path createOwnerOnly(Path folder, String prefix, String suffix) throws IOException {
		try {
			return Files.createTempFile(folder, prefix, suffix, ownerOnly(OWNER_FILE));
		} catch (UnsupportedOperationException e) {
			return Files.createTempFile(folder, prefix, suffix);
		}
	}

	private static FileAttribute<Set<PosixFilePermission>> ownerOnly(Set<PosixFilePermission> permissions) {
		return PosixFilePermissions.asFileAttribute(permissions);
	}
}
