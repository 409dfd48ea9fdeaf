package org.flotilla.service.cli;

/**
 * Why a {@code flotilla} command stops short, with the exit code a script sees ({@link FlotillaCli#REFUSED} …) and
 * the message printed on standard error.
 */
final class CliFailure extends Exception {

	private static final long serialVersionUID = 1L;

	private final int exitCode;

	CliFailure(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	CliFailure(int exitCode, String message, Throwable cause) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	int exitCode() {
		return exitCode;
	}

	static CliFailure usage(String message) {
		return new CliFailure(FlotillaCli.USAGE, message);
	}
}
