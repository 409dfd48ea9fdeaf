package org.flotilla.hosts.tests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH server for a test: {@code /usr/sbin/sshd -D -e} on a free loopback port with its own host key and
 * configuration in a temporary folder (authorized keys there too, StrictModes and PAM off), stopped by {@link #close}.
 */
public final class TestSshd implements AutoCloseable {

	public static final Path SSHD = Path.of("/usr/sbin/sshd");

	private final Path folder;
	private final int port;
	private Process process;

	private TestSshd(Path folder, int port) {
		this.folder = folder;
		this.port = port;
	}

	/** Starts a server with a new ECDSA host key in {@code folder}. */
	public static TestSshd start(Path folder) throws IOException, InterruptedException {
		if (!Files.isExecutable(SSHD)) {
			throw new IllegalStateException(SSHD + " is missing: install openssh-server (releng/scripts/ensure-packages.sh --tests)");
		}
		Files.createDirectories(folder);
		// sshd refuses to start without its privilege separation folder, which only the Debian service unit creates.
		Files.createDirectories(Path.of("/run/sshd"));
		TestSshd sshd = new TestSshd(folder, freePort());
		sshd.newHostKey();
		sshd.launch();
		return sshd;
	}

	public int port() {
		return port;
	}

	public Path folder() {
		return folder;
	}

	/** Lets {@code user} log in with the public key {@code publicKeyFile}. */
	public void authorize(String user, Path publicKeyFile) throws IOException {
		Path keys = folder.resolve("authorized_keys." + user);
		Files.writeString(keys, Files.readString(publicKeyFile), StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
		keys.toFile().setReadable(true, false);
	}

	/** The SHA256 fingerprint of the current host key, as ssh-keygen prints it. */
	public String hostKeyFingerprint() throws IOException, InterruptedException {
		String out = run(List.of("ssh-keygen", "-l", "-E", "sha256", "-f", folder.resolve("host_key.pub").toString()));
		return out.split("\\s+")[1];
	}

	/** Stops the server, makes a new host key (as a reinstalled or impersonated host would have) and starts again. */
	public void replaceHostKey() throws IOException, InterruptedException {
		stop();
		newHostKey();
		launch();
	}

	private void newHostKey() throws IOException, InterruptedException {
		Files.deleteIfExists(folder.resolve("host_key"));
		Files.deleteIfExists(folder.resolve("host_key.pub"));
		run(List.of("ssh-keygen", "-q", "-t", "ecdsa", "-N", "", "-f", folder.resolve("host_key").toString()));
	}

	private void launch() throws IOException, InterruptedException {
		Path config = folder.resolve("sshd_config");
		Files.writeString(config, String.join("\n",
				"Port " + port,
				"ListenAddress 127.0.0.1",
				"HostKey " + folder.resolve("host_key"),
				"AuthorizedKeysFile " + folder.resolve("authorized_keys.%u"),
				"StrictModes no",
				"UsePAM no",
				"PidFile " + folder.resolve("sshd.pid"),
				"PasswordAuthentication yes",
				"KbdInteractiveAuthentication no",
				"PubkeyAuthentication yes",
				"PermitRootLogin prohibit-password",
				"Subsystem sftp internal-sftp",
				"LogLevel VERBOSE",
				"MaxStartups 50",
				"MaxSessions 50",
				""));
		process = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("sshd.log").toFile())).start();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (true) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
				return;
			} catch (IOException e) {
				if (!process.isAlive()) {
					throw new IOException("sshd exited with " + process.exitValue() + ": " + Files.readString(folder.resolve("sshd.log")));
				}
				if (Instant.now().isAfter(deadline)) {
					throw new IOException("sshd does not listen on " + port + " after 20 s: " + Files.readString(folder.resolve("sshd.log")));
				}
				Thread.sleep(50);
			}
		}
	}

	private void stop() throws InterruptedException {
		if (process != null) {
			// sshd's per-connection children outlive the listener: stop them too.
			process.descendants().forEach(ProcessHandle::destroy);
			process.destroy();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			process = null;
		}
	}

	@Override
	public void close() throws InterruptedException {
		stop();
	}

	public static String run(List<String> command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed: " + out);
		}
		return out;
	}

	/** A free port above the ephemeral range's start, so that tests of several people do not collide. */
	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
