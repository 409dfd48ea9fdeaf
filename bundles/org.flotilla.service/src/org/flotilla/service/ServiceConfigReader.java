package org.flotilla.service;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a service configuration file (Java properties) into a {@link ServiceConfig}. Unknown keys are errors: a typo
 * would otherwise be silently ignored and the default used.
 */
final class ServiceConfigReader {

	private static final Set<String> KEYS = Set.of("pool.name", "data.dir", "listen.address", "listen.port", "pool.import",
			"service.name", "consoles.max", "ca.password.file", "enrollment.port", "enrollment.address", "enrollment.host", "packages.dir");
	/** The service's name goes into its certificate: the pool CA's rule for names. */
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
	private static final int LONGEST_POOL_NAME = 100;

	private final Path file;
	private final Map<String, String> values;

	private ServiceConfigReader(Path file, Map<String, String> values) {
		this.file = file;
		this.values = values;
	}

	static ServiceConfig read(Path file) throws ServiceConfigException {
		Path absolute = file.toAbsolutePath().normalize();
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(absolute, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (NoSuchFileException e) {
			throw new ServiceConfigException(absolute, null, null, "file not found");
		} catch (IOException | IllegalArgumentException e) {
			// IllegalArgumentException: a malformed Unicode escape in the file.
			throw new ServiceConfigException(absolute, null, null, "cannot be read: " + e.getMessage());
		}
		Map<String, String> values = new TreeMap<>();
		for (String key : properties.stringPropertyNames()) {
			values.put(key, properties.getProperty(key).trim());
		}
		return new ServiceConfigReader(absolute, values).build();
	}

	private ServiceConfig build() throws ServiceConfigException {
		for (String key : values.keySet()) {
			if (!KEYS.contains(key)) {
				throw new ServiceConfigException(file, key, values.get(key), "unknown key; known keys are " + new TreeSet<>(KEYS));
			}
		}
		String poolName = values.getOrDefault("pool.name", ServiceConfig.DEFAULT_POOL_NAME);
		if (poolName.isEmpty() || poolName.length() > LONGEST_POOL_NAME || poolName.chars().anyMatch(Character::isISOControl)) {
			throw error("pool.name", "must be 1.." + LONGEST_POOL_NAME + " characters, none of them control characters");
		}
		if (!values.containsKey("data.dir")) {
			throw new ServiceConfigException(file, "data.dir", null,
					"missing: say where the service keeps its state (relative paths are resolved against " + file.getParent() + ")");
		}
		Path dataDir = path("data.dir");
		String address = values.getOrDefault("listen.address", ServiceConfig.DEFAULT_LISTEN_ADDRESS);
		if (address.isEmpty() || address.chars().anyMatch(Character::isWhitespace)) {
			throw error("listen.address", "must be a host name or an IP address");
		}
		int port = number("listen.port", ServiceConfig.DEFAULT_PORT, 0, 65535);
		Optional<Path> poolImport = values.containsKey("pool.import") ? Optional.of(path("pool.import")) : Optional.empty();
		String serviceName = values.getOrDefault("service.name", ServiceConfig.DEFAULT_SERVICE_NAME);
		if (!NAME.matcher(serviceName).matches()) {
			throw error("service.name", "must be 1..64 letters, digits, '.', '_' or '-', starting with a letter or digit");
		}
		int consolesMax = number("consoles.max", ServiceConfig.DEFAULT_CONSOLES_MAX, 1, ServiceConfig.LARGEST_CONSOLES_MAX);
		Path caPasswordFile = values.containsKey("ca.password.file") ? path("ca.password.file")
				: file.getParent().resolve(ServiceConfig.DEFAULT_CA_PASSWORD_FILE);
		if (caPasswordFile.startsWith(dataDir)) {
			throw new ServiceConfigException(file, "ca.password.file", values.getOrDefault("ca.password.file", caPasswordFile.toString()),
					"is inside data.dir (" + dataDir + "), where the pool CA's key is: keep the password elsewhere "
							+ "(a copy of the data directory must not be enough to use the CA)");
		}
		Optional<ServiceConfig.EnrollmentListener> enrollment = Optional.empty();
		if (!"off".equals(values.get("enrollment.port"))) {
			int enrollmentPort = number("enrollment.port", Enrollment.DEFAULT_PORT, 0, 65535);
			String enrollmentAddress = values.getOrDefault("enrollment.address", address);
			if (enrollmentAddress.isEmpty() || enrollmentAddress.chars().anyMatch(Character::isWhitespace)) {
				throw error("enrollment.address", "must be a host name or an IP address");
			}
			String host = values.get("enrollment.host");
			if (host != null && (host.isEmpty() || !host.matches("[A-Za-z0-9][A-Za-z0-9.-]{0,252}"))) {
				throw error("enrollment.host", "must be a host name or an IPv4 address that agents can reach");
			}
			if (enrollmentPort != 0 && enrollmentPort == port) {
				throw error("enrollment.port", "must differ from listen.port: enrollment is a listener of its own");
			}
			enrollment = Optional.of(new ServiceConfig.EnrollmentListener(enrollmentAddress, enrollmentPort, Optional.ofNullable(host)));
		}
		Path packagesDir = values.containsKey("packages.dir") ? path("packages.dir")
				: dataDir.resolve(PoolService.Settings.PACKAGES_FOLDER);
		return new ServiceConfig(file, poolName, dataDir, address, port, poolImport, serviceName, consolesMax, caPasswordFile,
				enrollment, packagesDir);
	}

	private Path path(String key) throws ServiceConfigException {
		String raw = values.get(key);
		if (raw.isEmpty()) {
			throw error(key, "must not be empty");
		}
		try {
			return file.getParent().resolve(raw).normalize();
		} catch (RuntimeException e) {
			throw error(key, "not a valid path: " + e.getMessage());
		}
	}

	private int number(String key, int defaultValue, int least, int most) throws ServiceConfigException {
		if (!values.containsKey(key)) {
			return defaultValue;
		}
		int value;
		try {
			value = Integer.parseInt(values.get(key));
		} catch (NumberFormatException e) {
			throw error(key, "not a whole number");
		}
		if (value < least || value > most) {
			throw error(key, "out of range " + least + ".." + most);
		}
		return value;
	}

	private ServiceConfigException error(String key, String problem) {
		return new ServiceConfigException(file, key, values.get(key), problem);
	}
}
