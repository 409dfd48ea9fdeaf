package org.flotilla.service;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the pool service is told by its configuration file ({@code conf/service.properties}; {@link #KEYS} lists the
 * keys and defaults). Values are validated and resolved: paths are absolute and normalized.
 *
 * @param source         the file this was read from (named in messages)
 * @param poolName       the pool's name: in the pool CA's certificate, and the pool's name when none is imported
 * @param dataDir        the service's state: the pool's store, the pool CA, the service's own certificate
 * @param listenAddress  the address consoles connect to
 * @param listenPort     0..65535; 0 lets the system pick one
 * @param poolImport     a pool file imported when the data directory holds no pool yet
 * @param serviceName    the service's name in its own certificate (agents' audit logs name it)
 * @param consolesMax    the most consoles connected at once, 1..{@value #LARGEST_CONSOLES_MAX}
 * @param caPasswordFile the file holding the pool CA's password: never inside {@code dataDir} (DESIGN.md: the CA's
 *                       key is never stored beside its password)
 * @param enrollment     where new nodes enroll (see {@link Enrollment}); empty when {@code enrollment.port} is off
 * @param packagesDir    the package repository ({@code *.fpkg} and {@code index.tsv}) provisioning sends from
 */
public record ServiceConfig(Path source, String poolName, Path dataDir, String listenAddress, int listenPort,
		Optional<Path> poolImport, String serviceName, int consolesMax, Path caPasswordFile,
		Optional<EnrollmentListener> enrollment, Path packagesDir) {

	/**
	 * The enrollment listener's configuration.
	 *
	 * @param address        where it listens
	 * @param port           0..65535 (0: any free port)
	 * @param advertisedHost the host agents are told to dial; empty: the address (this host's name for a wildcard)
	 */
	public record EnrollmentListener(String address, int port, Optional<String> advertisedHost) {
		public InetSocketAddress socketAddress() {
			return new InetSocketAddress(address, port);
		}
	}

	/** The documented keys, their defaults and meaning; printed by {@code flotilla-service --help}. */
	public static final String KEYS = """
			pool.name         the pool's name (default "Flotilla pool"); in the pool CA's certificate, so it is used
			                  when the CA is made, on the first start
			data.dir          required: the service's state (the pool's store, the pool CA, the service's own
			                  certificate); relative to the file's folder
			listen.address    address consoles connect to (default 127.0.0.1: this host only; 0.0.0.0 for all)
			listen.port       TCP port, 0..65535; 0 lets the system pick one (default 27100)
			pool.import       a .flotilla pool file imported when the data directory holds no pool yet (default: none,
			                  the service starts with an empty pool); relative to the file's folder
			service.name      the service's name in its certificate, which agents' audit logs name (default
			                  pool-service); letters, digits, . _ -
			consoles.max      the most consoles connected at once, 1..10000 (default 64)
			ca.password.file  the pool CA's password, made on the first start; never inside data.dir, so that the CA's
			                  key (data.dir/ca) and its password are not kept or copied together (default: ca.password
			                  beside this file)
			enrollment.port   TCP port where new nodes enroll with a one-time token (TLS, no client certificate,
			                  the "enroll" operation only), 0..65535, or "off" (default 27099)
			enrollment.address address the enrollment listener listens on (default: listen.address)
			enrollment.host   the host name agents are told to dial to enroll (default: enrollment.address, or this
			                  host's name when that is 0.0.0.0)
			packages.dir      the package repository: NAME-VERSION.fpkg archives and their index.tsv, scanned at start
			                  and on packages-rescan (default: data.dir/packages-repository); relative to the file's folder
			""";

	public static final String DEFAULT_POOL_NAME = "Flotilla pool";
	/** Loopback unless told otherwise: consoles on other hosts are let in only where the configuration says so. */
	public static final String DEFAULT_LISTEN_ADDRESS = "127.0.0.1";
	/** Just below the demo agents' ports (27101…) and below Linux's ephemeral range. */
	public static final int DEFAULT_PORT = 27100;
	public static final String DEFAULT_SERVICE_NAME = "pool-service";
	public static final int DEFAULT_CONSOLES_MAX = 64;
	public static final int LARGEST_CONSOLES_MAX = 10_000;
	public static final String DEFAULT_CA_PASSWORD_FILE = "ca.password";

	public ServiceConfig {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(poolName, "poolName");
		Objects.requireNonNull(dataDir, "dataDir");
		Objects.requireNonNull(listenAddress, "listenAddress");
		Objects.requireNonNull(poolImport, "poolImport");
		Objects.requireNonNull(serviceName, "serviceName");
		Objects.requireNonNull(caPasswordFile, "caPasswordFile");
		Objects.requireNonNull(enrollment, "enrollment");
		Objects.requireNonNull(packagesDir, "packagesDir");
	}

	/** Reads and validates {@code file}; see {@link #KEYS}. */
	public static ServiceConfig read(Path file) throws ServiceConfigException {
		return ServiceConfigReader.read(file);
	}

	/** Where the service listens (unresolved names are resolved here, as the listener would). */
	public InetSocketAddress listenSocketAddress() {
		return new InetSocketAddress(listenAddress, listenPort);
	}

	/** An error about {@code key} of this file, in the form of the reader's own (e.g. for a pool.import that fails). */
	public ServiceConfigException problem(String key, String value, String problem) {
		return new ServiceConfigException(source, key, value, problem);
	}
}
