package org.flotilla.service;

import java.nio.file.Path;

/**
 * A service configuration file that cannot be used. The message names the file, the key and the bad value, so that
 * an operator can fix it from the message alone (the same form as the agent's configuration errors).
 */
public class ServiceConfigException extends Exception {
	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String key;
	private final String value;

	public ServiceConfigException(Path file, String key, String value, String problem) {
		super(format(file, key, value, problem));
		this.file = file;
		this.key = key;
		this.value = value;
	}

	private static String format(Path file, String key, String value, String problem) {
		StringBuilder b = new StringBuilder("configuration ").append(file);
		if (key != null) {
			b.append(": key '").append(key).append('\'');
			if (value != null) {
				b.append(" = '").append(value).append('\'');
			}
		}
		return b.append(": ").append(problem).toString();
	}

	/** The configuration file. */
	public Path file() {
		return file;
	}

	/** The offending key, or null when the problem is the file itself. */
	public String key() {
		return key;
	}

	/** The offending value as written, or null. */
	public String value() {
		return value;
	}
}
