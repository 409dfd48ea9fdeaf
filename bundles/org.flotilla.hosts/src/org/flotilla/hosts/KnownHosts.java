package org.flotilla.hosts;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The host keys Flotilla trusts: an OpenSSH {@code known_hosts} file (default {@code ~/.ssh/known_hosts}). A host
 * whose key is listed is trusted; a host with no entry is shown to the {@link UnknownKeyHandler} (the default refuses)
 * and, when it accepts, its key is appended to the file; a host whose key differs from the listed one is always
 * refused ({@link HostKeyException} names the host and both fingerprints), because that is what a man in the middle
 * looks like. Shared by every connection of a batch (thread-safe).
 */
public final class KnownHosts {

	/** A host key that {@code known_hosts} does not list. */
	public record UnknownKey(String host, int port, String keyType, String fingerprint) {
		/** For the administrator: {@code host:port presents an ssh-ed25519 key SHA256:...}. */
		public String describe() {
			return host + ":" + port + " presents an unknown " + keyType + " host key " + fingerprint;
		}
	}

	/**
	 * Decides whether an unknown host key is trusted (then it is written to {@code known_hosts}). Called while the
	 * connection waits: answer within the server's login grace time (two minutes with OpenSSH's defaults).
	 */
	@FunctionalInterface
	public interface UnknownKeyHandler {
		/** Refuses every unknown key: nothing is ever accepted without someone saying so. */
		UnknownKeyHandler REFUSE = key -> false;

		boolean accept(UnknownKey key);
	}

	private final Path file;
	private final UnknownKeyHandler handler;

	private KnownHosts(Path file, UnknownKeyHandler handler) {
		this.file = file;
		this.handler = handler;
	}

	/** {@code file}, asking {@code handler} about unknown keys. */
	public static KnownHosts of(Path file, UnknownKeyHandler handler) {
		return new KnownHosts(Objects.requireNonNull(file, "file").toAbsolutePath(),
				Objects.requireNonNull(handler, "handler"));
	}

	/** The user's {@code ~/.ssh/known_hosts}, asking {@code handler} about unknown keys. */
	public static KnownHosts userDefault(UnknownKeyHandler handler) {
		return of(Path.of(System.getProperty("user.home"), ".ssh", "known_hosts"), handler);
	}

	/** The file the keys are read from and appended to. */
	public Path file() {
		return file;
	}

	/** Who decides about unknown keys. */
	public UnknownKeyHandler handler() {
		return handler;
	}
}
