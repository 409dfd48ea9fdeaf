package org.flotilla.scheduler;

import java.util.Objects;

/**
 * "This task needs component {@code component} at version {@code minVersion} or newer", e.g. a JVM &ge; 21.
 * Versions compare numerically segment by segment ("21.0.2" &gt; "21" &gt; "17.0.9"); non-numeric segments
 * compare as text.
 */
public record StackRequirement(String component, String minVersion) {

	public StackRequirement {
		Objects.requireNonNull(component, "component");
		Objects.requireNonNull(minVersion, "minVersion");
	}

	/** Whether {@code version} (may be null: not present) satisfies this requirement. */
	public boolean isSatisfiedBy(String version) {
		return version != null && compareVersions(version, minVersion) >= 0;
	}

	/** Compares dotted versions numerically segment by segment; missing segments count as 0. */
	public static int compareVersions(String a, String b) {
		String[] as = a.split("[.\\-_]");
		String[] bs = b.split("[.\\-_]");
		for (int i = 0; i < Math.max(as.length, bs.length); i++) {
			String x = i < as.length ? as[i] : "0";
			String y = i < bs.length ? bs[i] : "0";
			int c;
			if (x.chars().allMatch(Character::isDigit) && y.chars().allMatch(Character::isDigit) && !x.isEmpty() && !y.isEmpty()) {
				c = new java.math.BigInteger(x).compareTo(new java.math.BigInteger(y));
			} else {
				c = x.compareTo(y);
			}
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}

	@Override
	public String toString() {
		return component + " >= " + minVersion;
	}
}
