package org.flotilla.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.CountDownLatch;

import org.flotilla.agent.internal.ConfigParser;

import oshi.SystemInfo;

/**
 * The agent as a plain {@code java} process: {@code AgentMain --config FILE}. Stops on SIGTERM (or Ctrl-C) through
 * a shutdown hook. Exit codes: 0 after a stop, 2 for a bad command line or configuration, 1 when it cannot start,
 * 78 (EX_CONFIG) when the pool service refused to enroll it (a wrong, expired or used token: see {@code Enroller}).
 */
public final class AgentMain {

	private AgentMain() {
	}

	public static void main(String[] args) {
		// One line per log record, unless the operator configured java.util.logging otherwise.
		if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
			System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT%1$tz %4$s %3$s: %5$s%6$s%n");
		}
		Path configFile = null;
		for (int i = 0; i < args.length; i++) {
			if ("--config".equals(args[i]) && i + 1 < args.length) {
				configFile = Path.of(args[++i]);
			} else if ("--help".equals(args[i]) || "-h".equals(args[i])) {
				usage();
				return;
			} else {
				System.err.println("flotilla-agent: unknown argument '" + args[i] + "'");
				usage();
				System.exit(2);
			}
		}
		if (configFile == null) {
			System.err.println("flotilla-agent: --config FILE is required");
			usage();
			System.exit(2);
		}
		SystemInfo systemInfo = new SystemInfo();
		AgentConfig config;
		try {
			var hal = systemInfo.getHardware();
			config = ConfigParser.parse(configFile, new ConfigParser.Host(hal.getProcessor().getLogicalProcessorCount(),
					hal.getMemory().getTotal(), systemInfo.getOperatingSystem().getNetworkParams().getHostName()));
		} catch (AgentConfigException e) {
			System.err.println("flotilla-agent: " + e.getMessage());
			System.exit(2);
			return;
		}
		if (config.enrollment() != null && !org.flotilla.protocol.IdentityKeystore.ofAgent(config.dataDir()).exists()) {
			try {
				new org.flotilla.agent.internal.Enroller(config, System.err).enroll();
			} catch (org.flotilla.agent.internal.Enroller.Refused e) {
				// The service's own refusals already say "enrollment refused: …".
				String why = e.getMessage().startsWith("enrollment refused") ? e.getMessage() : "enrollment refused: " + e.getMessage();
				System.err.println("flotilla-agent: " + why);
				System.exit(org.flotilla.agent.internal.Enroller.EX_CONFIG);
				return;
			} catch (InterruptedException e) {
				System.exit(1);
				return;
			}
		}
		Agent agent = new Agent(config, systemInfo, InstantSource.system());
		try {
			agent.start();
		} catch (IOException | RuntimeException e) {
			System.err.println("flotilla-agent: cannot start: " + e);
			System.exit(1);
			return;
		}
		AgentEndpoint endpoint = listen(agent, config);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			if (endpoint != null) {
				endpoint.close();
			}
			agent.stop();
			// java.util.logging resets its handlers in its own shutdown hook: say it on stderr directly.
			System.err.println("flotilla-agent: stopped");
			stopped.countDown();
		}, "flotilla-agent-shutdown"));
		// The sampler thread is a daemon: keep the JVM alive until the shutdown hook has run.
		try {
			stopped.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Serves consoles over TLS when the data directory holds this node's certificate; without one the
	 * agent still samples and keeps its history (e.g. to measure it) and says why nobody can reach it.
	 */
	private static AgentEndpoint listen(Agent agent, AgentConfig config) {
		org.flotilla.agent.internal.AgentCredentials credentials;
		try {
			credentials = org.flotilla.agent.internal.AgentCredentials.open(config.dataDir());
		} catch (IOException | java.security.GeneralSecurityException e) {
			System.err.println("flotilla-agent: not listening: " + e.getMessage());
			return null;
		}
		java.net.InetSocketAddress address = new java.net.InetSocketAddress(config.listenAddress(), config.listenPort());
		try {
			AgentEndpoint endpoint = AgentEndpoint.start(agent, credentials, address);
			System.err.println("flotilla-agent: listening on " + endpoint.address()
					+ (endpoint.address().getAddress().isLoopbackAddress()
							? " (this host only: set listen.address in " + config.source() + " for consoles on other hosts)"
							: ""));
			return endpoint;
		} catch (IOException e) {
			// A node that has its certificate but cannot be reached is of no use to the pool: stop, so
			// that whoever started it (a service manager, the run script) sees it and says why.
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			System.err.println("flotilla-agent: cannot listen on " + address + ": " + cause.getMessage()
					+ " (is another process using the port? listen.address and listen.port are in the configuration file)");
			agent.stop();
			System.exit(1);
			return null;
		}
	}

	private static void usage() {
		System.err.println("usage: flotilla-agent --config FILE\n\nConfiguration keys (Java properties file):\n"
				+ ConfigParser.KEYS);
	}
}
