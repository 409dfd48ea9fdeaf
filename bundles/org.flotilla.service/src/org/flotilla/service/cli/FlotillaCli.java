package org.flotilla.service.cli;

/**
 * {@code bin/flotilla}: the command-line client of the pool service. Placeholder until the client lands.
 */
public final class FlotillaCli {

	private FlotillaCli() {
	}

	public static void main(String[] args) {
		System.err.println("usage: flotilla --service HOST:PORT --identity FILE.p12 COMMAND ... (not yet: the client is not written yet)");
		System.exit(2);
	}
}
