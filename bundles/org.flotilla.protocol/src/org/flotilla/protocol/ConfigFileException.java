package org.flotilla.protocol;

import java.nio.file.Path;

/**
 * A configuration file (an agent's, the pool service's) that cannot be used. The message names the file, the key and
 * the bad value, so that an operator can fix it from the message alone; every Flotilla process says it the same way.
 */
public class ConfigFileException extends Exception {
	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String key;
	private final String value;

	public ConfigFileException(Path file, String key, String value, String problem) {
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
