package org.flotilla.packages;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A package version: dotted numbers with an optional {@code -qualifier} ({@code 12.1.5}, {@code 1.2},
 * {@code 2.0-rc1}). Compared numerically part by part (missing parts count as 0, so {@code 1.2} equals {@code 1.2.0}
 * in order though not in text); at equal numbers a version without qualifier is newer than one with (a release after
 * its candidates), and qualifiers compare as text.
 */
public final class PackageVersion implements Comparable<PackageVersion> {

	/** What a version may look like: at most 6 numbers of at most 9 digits, a qualifier of at most 30 characters. */
	public static final Pattern SYNTAX = Pattern.compile("(0|[1-9][0-9]{0,8})(\\.(0|[1-9][0-9]{0,8})){0,5}(-[A-Za-z0-9][A-Za-z0-9.]{0,29})?");

	private final String text;
	private final int[] numbers;
	private final String qualifier;

	private PackageVersion(String text, int[] numbers, String qualifier) {
		this.text = text;
		this.numbers = numbers;
		this.qualifier = qualifier;
	}

	/** The version {@code text}; an {@link IllegalArgumentException} saying what a version looks like otherwise. */
	public static PackageVersion parse(String text) {
		if (text == null || !SYNTAX.matcher(text).matches()) {
			throw new IllegalArgumentException("not a version (dotted numbers with an optional -qualifier, e.g. 12.1.5 or 2.0-rc1)");
		}
		int dash = text.indexOf('-');
		String numeric = dash < 0 ? text : text.substring(0, dash);
		int[] numbers = Arrays.stream(numeric.split("\\.")).mapToInt(Integer::parseInt).toArray();
		return new PackageVersion(text, numbers, dash < 0 ? "" : text.substring(dash + 1));
	}

	/** The qualifier after the dash, "" when there is none. */
	public String qualifier() {
		return qualifier;
	}

	@Override
	public int compareTo(PackageVersion other) {
		int n = Math.max(numbers.length, other.numbers.length);
		for (int i = 0; i < n; i++) {
			int a = i < numbers.length ? numbers[i] : 0;
			int b = i < other.numbers.length ? other.numbers[i] : 0;
			if (a != b) {
				return Integer.compare(a, b);
			}
		}
		if (qualifier.isEmpty() || other.qualifier.isEmpty()) {
			return Boolean.compare(qualifier.isEmpty(), other.qualifier.isEmpty());
		}
		return qualifier.compareTo(other.qualifier);
	}

	/** Equal text: {@code 1.2} and {@code 1.2.0} are different packages (different files) though they sort together. */
	@Override
	public boolean equals(Object o) {
		return o instanceof PackageVersion v && v.text.equals(text);
	}

	@Override
	public int hashCode() {
		return text.hashCode();
	}

	/** The version as written. */
	@Override
	public String toString() {
		return text;
	}
}
