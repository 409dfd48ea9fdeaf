package org.flotilla.packages;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The lifecycle steps a package may have, each optional ({@code step.NAME.*} in the manifest). */
public enum Step {
	INSTALL, CONFIGURE, START, STOP, HEALTH, UNINSTALL;

	/** The name in manifests and on the wire: install, configure, start, stop, health, uninstall. */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The step called {@code wireName}; an {@link IllegalArgumentException} naming the allowed ones otherwise. */
	public static Step fromWireName(String wireName) {
		for (Step step : values()) {
			if (step.wireName().equals(wireName)) {
				return step;
			}
		}
		throw new IllegalArgumentException("not a step (allowed: " + names() + ")");
	}

	static String names() {
		return Arrays.stream(values()).map(Step::wireName).collect(Collectors.joining(", "));
	}
}
