package org.flotilla.service;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.flotilla.console.core.ConnectionService;

/**
 * {@code bin/flotilla-service [--config FILE] [SUBCOMMAND ...]}: runs the pool service in the foreground until
 * SIGTERM (or Ctrl-C), or one of the identity subcommands of {@link ServiceTool}. Prints one line when it serves
 * ({@value #READY} host:port …), which scripts and tests wait for.
 */
public final class PoolServiceMain {

	/** The start of the line printed once consoles can connect. */
	public static final String READY = "flotilla-service: serving";

	private PoolServiceMain() {
	}

	public static void main(String[] args) {
		if (ServiceTool.handles(args)) {
			System.exit(ServiceTool.run(args, System.out, System.err));
		}
		List<String> list = List.of(args);
		if (list.contains("--help") || list.contains("-h")) {
			System.out.print("usage: flotilla-service [--config FILE]\n" + ServiceTool.USAGE
					+ "\nConfiguration keys (Java properties file):\n" + ServiceConfig.KEYS);
			return;
		}
		int at = list.indexOf("--config");
		if (at < 0 || at + 1 >= list.size()) {
			System.err.println("flotilla-service: --config FILE is required");
			System.exit(2);
		}
		try {
			ServiceConfig config = ServiceConfig.read(Path.of(list.get(at + 1)));
			ServiceIdentity identity = ServiceIdentity.openOrCreate(config);
			javax.net.ssl.SSLContext tls = identity.serviceTls();
			PoolService.Settings settings = new PoolService.Settings(config.poolName(), config.dataDir(),
					config.listenSocketAddress(), config.serviceName(), config.consolesMax(), config.poolImport().orElse(null),
					tls, ConnectionService.Settings.DEFAULTS, config.packagesDir());
			PoolService service = PoolService.start(settings, identity, config.enrollment().isEmpty() ? null
					: new Enrollment(identity, tls, new Enrollment.Settings(config.enrollment().get().socketAddress(),
							config.enrollment().get().advertisedHost().orElse(null),
							org.flotilla.protocol.PoolCertificateAuthority.DEFAULT_LIFETIME, java.time.InstantSource.system())));
			CountDownLatch stopped = new CountDownLatch(1);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				service.close();
				stopped.countDown();
			}, "flotilla-service-stop"));
			System.out.println(READY + " " + service.address().getHostString() + ":" + service.address().getPort()
					+ " (pool revision " + service.revision() + ", data in " + config.dataDir() + ")"
					+ service.enrollmentAddress().map(a -> "; enrollment on " + a.getHostString() + ":" + a.getPort()).orElse(""));
			System.out.flush();
			stopped.await();
		} catch (ServiceConfigException e) {
			System.err.println("flotilla-service: " + e.getMessage());
			System.exit(2);
		} catch (Exception e) {
			System.err.println("flotilla-service: cannot start: " + e.getMessage());
			e.printStackTrace();
			System.exit(1);
		}
	}
}
