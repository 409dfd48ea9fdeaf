package org.flotilla.service;

import java.nio.file.Path;

import org.flotilla.protocol.ConfigFileException;

/** The pool service's configuration file cannot be used: the message names the file, the key and the bad value. */
public class ServiceConfigException extends ConfigFileException {
	private static final long serialVersionUID = 1L;

	public ServiceConfigException(Path file, String key, String value, String problem) {
		super(file, key, value, problem);
	}
}
