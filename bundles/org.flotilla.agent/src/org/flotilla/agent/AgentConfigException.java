package org.flotilla.agent;

import java.nio.file.Path;

import org.flotilla.protocol.ConfigFileException;

/** An agent's configuration file cannot be used: the message names the file, the key and the bad value. */
public class AgentConfigException extends ConfigFileException {
	private static final long serialVersionUID = 1L;

	public AgentConfigException(Path file, String key, String value, String problem) {
		super(file, key, value, problem);
	}
}
