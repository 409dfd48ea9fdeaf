package org.flotilla.hosts;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * How to reach one host over SSH: address, port, user, how to authenticate, and the sudo password when the user is
 * not root. Secrets are held as {@code char[]} and never appear in {@link #toString()}; {@link #clearSecrets()} wipes
 * them when the caller is done.
 */
public final class HostAccess {

	/** How the user proves who they are. */
	public sealed interface Authentication permits Password, KeyFile, Agent {
	}

	/** A login password. */
	public record Password(char[] password) implements Authentication {
		public Password {
			Objects.requireNonNull(password, "password");
		}

		@Override
		public String toString() {
			return "password";
		}
	}

	/** A private key file (OpenSSH or PEM format), with its passphrase when it is encrypted (else {@code null}). */
	public record KeyFile(Path file, char[] passphrase) implements Authentication {
		public KeyFile {
			Objects.requireNonNull(file, "file");
		}

		@Override
		public String toString() {
			return "key file " + file;
		}
	}

	/**
	 * The keys of a running ssh-agent, reached through its socket ({@code null}: the {@code SSH_AUTH_SOCK} environment
	 * variable of this process).
	 */
	public record Agent(Path socket) implements Authentication {
		@Override
		public String toString() {
			return socket == null ? "ssh-agent" : "ssh-agent at " + socket;
		}
	}

	/** The SSH port everyone uses. */
	public static final int DEFAULT_PORT = 22;

	private final String host;
	private final int port;
	private final String user;
	private final Authentication authentication;
	private final char[] sudoPassword;

	private HostAccess(String host, int port, String user, Authentication authentication, char[] sudoPassword) {
		if (host == null || host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException("host must be a host name or an address, not '" + host + "'");
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("SSH port out of range 1..65535: " + port);
		}
		if (user == null || user.isBlank() || user.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException("user must be a user name, not '" + user + "'");
		}
		this.host = host;
		this.port = port;
		this.user = user;
		this.authentication = Objects.requireNonNull(authentication, "authentication");
		this.sudoPassword = sudoPassword;
	}

	/** Logs in with {@code password}; sudo, when needed, gets the same password unless {@link #withSudoPassword} says otherwise. */
	public static HostAccess password(String host, int port, String user, char[] password) {
		return new HostAccess(host, port, user, new Password(password), null);
	}

	/** Logs in with the private key in {@code keyFile} ({@code passphrase} {@code null} when it is not encrypted). */
	public static HostAccess keyFile(String host, int port, String user, Path keyFile, char[] passphrase) {
		return new HostAccess(host, port, user, new KeyFile(keyFile, passphrase), null);
	}

	/** Logs in with the keys of the user's ssh-agent ({@code socket} {@code null}: {@code $SSH_AUTH_SOCK}). */
	public static HostAccess agent(String host, int port, String user, Path socket) {
		return new HostAccess(host, port, user, new Agent(socket), null);
	}

	/** The same access, with the password sudo asks for ({@code null}: none; then only password-less sudo works). */
	public HostAccess withSudoPassword(char[] password) {
		return new HostAccess(host, port, user, authentication, password);
	}

	public String host() {
		return host;
	}

	public int port() {
		return port;
	}

	public String user() {
		return user;
	}

	public Authentication authentication() {
		return authentication;
	}

	/**
	 * The password for sudo: the one given with {@link #withSudoPassword}, else the login password when logging in
	 * with a password, else {@code null}.
	 */
	public char[] sudoPassword() {
		if (sudoPassword != null) {
			return sudoPassword;
		}
		return authentication instanceof Password p ? p.password() : null;
	}

	/** Overwrites the passwords and the passphrase held here; this object is of no use afterwards. */
	public void clearSecrets() {
		if (sudoPassword != null) {
			Arrays.fill(sudoPassword, '\0');
		}
		switch (authentication) {
		case Password p -> Arrays.fill(p.password(), '\0');
		case KeyFile k -> {
			if (k.passphrase() != null) {
				Arrays.fill(k.passphrase(), '\0');
			}
		}
		case Agent a -> {
		}
		}
	}

	/** {@code user@host:port}, the way the console names a host in messages. */
	public String label() {
		return user + "@" + host + (port == DEFAULT_PORT ? "" : ":" + port);
	}

	@Override
	public String toString() {
		return label() + " (" + authentication + ")";
	}
}
