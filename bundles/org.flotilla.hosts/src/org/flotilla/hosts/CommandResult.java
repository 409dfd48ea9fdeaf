package org.flotilla.hosts;

/** What a remote command did: its exit status and what it printed. */
public record CommandResult(String command, int exitStatus, String stdout, String stderr) {

	public boolean ok() {
		return exitStatus == 0;
	}

	/** stderr, else stdout, trimmed: the text that says what went wrong. */
	public String message() {
		String err = stderr.strip();
		return err.isEmpty() ? stdout.strip() : err;
	}
}
