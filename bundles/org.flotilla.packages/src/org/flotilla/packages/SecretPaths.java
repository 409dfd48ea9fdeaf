package org.flotilla.packages;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Owner-only files and directories where the file system has POSIX modes (as SecretFiles in the protocol bundle;
 * this bundle depends on nothing): unpacked packages and rendered configurations may hold passwords.
 */
final class SecretPaths {

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	private SecretPaths() {
	}

	static Path createPrivateFile(Path file) throws IOException {
		return POSIX ? Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
				: Files.createFile(file);
	}

	static Path createPrivateDirectory(Path dir) throws IOException {
		return POSIX ? Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
				: Files.createDirectory(dir);
	}
}
