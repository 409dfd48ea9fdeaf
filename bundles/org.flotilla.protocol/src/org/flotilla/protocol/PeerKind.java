package org.flotilla.protocol;

import java.util.Locale;

/** What is at the other end of a connection. Written into certificates as the subject's OU. */
public enum PeerKind {
	CONSOLE, AGENT;

	/** The name used in certificates and in the documentation: "console", "agent". */
	public String externalName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static PeerKind fromExternalName(String name) {
		for (PeerKind kind : values()) {
			if (kind.externalName().equals(name)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("unknown peer kind '" + name + "'");
	}
}
