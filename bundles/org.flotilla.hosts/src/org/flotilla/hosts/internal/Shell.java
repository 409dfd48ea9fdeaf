package org.flotilla.hosts.internal;

/** Quoting for the POSIX shell that runs every remote command. */
public final class Shell {

	private Shell() {
	}

	/** {@code value} as one shell word: single quotes, with each single quote written as {@code '\''}. */
	public static String quote(String value) {
		return "'" + value.replace("'", "'\\''") + "'";
	}
}
