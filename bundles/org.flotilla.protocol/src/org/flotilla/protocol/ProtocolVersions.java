package org.flotilla.protocol;

import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

/** The protocol versions this build speaks, and how two ends agree on one. */
public final class ProtocolVersions {

	/** Version 1: the message set of {@link Message} as first released. */
	public static final int V1 = 1;

	/** What this build speaks, oldest first. */
	public static final List<Integer> SUPPORTED = List.of(V1);

	private ProtocolVersions() {
	}

	/** The highest version both lists contain, or empty when they have none in common. */
	public static OptionalInt negotiate(Collection<Integer> offered, Collection<Integer> supported) {
		return offered.stream().filter(supported::contains).mapToInt(Integer::intValue).max();
	}
}
