package org.flotilla.hosts.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The plain user the tests log in as with a password and use sudo as: {@value #NAME}, made when missing (the tests
 * run as root), given a new random password on every run (so no known password is ever left on the machine), and
 * allowed sudo with that password. Idempotent: a second run reuses the user.
 */
public final class TestUser {

	public static final String NAME = "flotilla-ssh-test";
	private static final Path SUDOERS = Path.of("/etc/sudoers.d/flotilla-ssh-test");

	private static String password;

	private TestUser() {
	}

	public static boolean runningAsRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	/** Makes the user ready and returns its password for this run. */
	public static synchronized String ensure() throws IOException, InterruptedException {
		if (password != null) {
			return password;
		}
		if (!runningAsRoot()) {
			throw new IllegalStateException("the SSH tests make the user " + NAME + " and need to run as root");
		}
		if (exec(List.of("id", "-u", NAME)) != 0) {
			check(List.of("useradd", "--create-home", "--shell", "/bin/bash", NAME), null);
		}
		byte[] random = new byte[12];
		new SecureRandom().nextBytes(random);
		String pw = "Fl-" + HexFormat.of().formatHex(random);
		check(List.of("chpasswd"), NAME + ":" + pw + "\n");
		if (!Files.isRegularFile(SUDOERS)) {
			Path temporary = Files.createTempFile(SUDOERS.getParent(), ".flotilla", ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r--r-----")));
			Files.writeString(temporary, "# Flotilla's SSH tests: sudo with the user's password.\n" + NAME + " ALL=(ALL) ALL\n");
			check(List.of("visudo", "-c", "-q", "-f", temporary.toString()), null);
			Files.move(temporary, SUDOERS, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		password = pw;
		return pw;
	}

	/** The user's home folder. */
	public static Path home() {
		return Path.of("/home", NAME);
	}

	private static int exec(List<String> command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		p.waitFor(60, TimeUnit.SECONDS);
		return p.exitValue();
	}

	private static void check(List<String> command, String input) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		if (input != null) {
			p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
		}
		p.getOutputStream().close();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IOException(command.get(0) + " failed: " + out);
		}
	}
}
