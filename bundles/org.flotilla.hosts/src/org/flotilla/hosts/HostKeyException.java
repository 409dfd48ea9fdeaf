package org.flotilla.hosts;

import java.io.IOException;

/** The host's key was not trusted: unknown and not accepted, or different from the one in {@code known_hosts}. */
public final class HostKeyException extends IOException {

	private static final long serialVersionUID = 1L;

	/** Why the key was refused. */
	public enum Reason {
		/** {@code known_hosts} does not list the host, and the handler did not accept the key. */
		UNKNOWN,
		/** {@code known_hosts} lists another key for the host. */
		CHANGED
	}

	private final Reason reason;

	public HostKeyException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
