package org.flotilla.protocol;

import java.util.Locale;

/**
 * What a console may ask of agents (DESIGN.md, security model). It travels in the console's
 * certificate, signed by the pool CA, so an agent can trust it; agents enforce it per command.
 */
public enum ConsoleRole {
	/** Builds and changes the pool, provisions, decides. */
	ADMINISTRATOR,
	/** Moves tasks between servers. */
	PLANNER,
	/** Reads status and history; changes nothing. */
	SUPPORT;

	/** The name used in certificates: "administrator", "planner", "support". */
	public String externalName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ConsoleRole fromExternalName(String name) {
		for (ConsoleRole role : values()) {
			if (role.externalName().equals(name)) {
				return role;
			}
		}
		throw new IllegalArgumentException("unknown console role '" + name + "'");
	}
}
