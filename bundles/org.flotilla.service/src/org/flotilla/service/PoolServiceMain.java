package org.flotilla.service;

/**
 * {@code bin/flotilla-service [--config FILE] [SUBCOMMAND ...]}. Placeholder until the service itself lands: it runs
 * the identity subcommands of {@link ServiceTool} and says that the service is not there yet.
 */
public final class PoolServiceMain {

	private PoolServiceMain() {
	}

	public static void main(String[] args) {
		if (ServiceTool.handles(args)) {
			System.exit(ServiceTool.run(args, System.out, System.err));
		}
		if (java.util.List.of(args).contains("--help")) {
			System.out.print("usage:\n" + ServiceTool.USAGE + "\nConfiguration keys (Java properties file):\n" + ServiceConfig.KEYS);
			return;
		}
		System.err.println("flotilla-service: not yet: the pool service itself is not written yet; subcommands:");
		System.err.print(ServiceTool.USAGE);
		System.exit(1);
	}
}
