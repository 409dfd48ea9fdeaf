package org.flotilla.packages;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A typed parameter of a package ({@code parameter.NAME.*} in the manifest). The value is always carried as text
 * (templates and step environments are text); {@link #problem} says whether a text is a valid value.
 *
 * <ul>
 * <li>{@code INT}: a whole number, within {@code min}..{@code max} (inclusive) where given;</li>
 * <li>{@code SIZE}: bytes, a whole number with an optional unit suffix K, M or G (powers of 1024, e.g. {@code 512M}),
 * within {@code min}..{@code max} (in bytes) where given; the text is passed on as written, so {@code -Xmx${heap}}
 * works;</li>
 * <li>{@code STRING}: at most {@code maxLength} characters (default {@value #DEFAULT_MAX_LENGTH}), matching
 * {@code pattern} (a whole-value Java regex) where given; never control characters (values become lines of
 * configuration files and environment variables);</li>
 * <li>{@code BOOLEAN}: {@code true} or {@code false};</li>
 * <li>{@code ENUM}: one of {@code values}.</li>
 * </ul>
 *
 * @param defaultValue null when the parameter is required
 * @param overridable  whether a profile's value may be overridden per node (the Apply Profile wizard)
 */
public record ParameterDefinition(String name, Type type, Long min, Long max, String pattern, Integer maxLength,
		List<String> values, String defaultValue, String description, boolean overridable) {

	/** A parameter's name: what {@code ${name}} in a template and {@code FLOTILLA_PARAM_NAME} in a step use. */
	public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*");
	/** The longest parameter name. */
	public static final int MAX_NAME_LENGTH = 64;
	/** The longest string value when the manifest says no maxLength. */
	public static final int DEFAULT_MAX_LENGTH = 1024;

	private static final Pattern SIZE = Pattern.compile("(0|[1-9][0-9]{0,15})([KMGkmg]?)");

	/** The parameter types. */
	public enum Type {
		INT, STRING, BOOLEAN, ENUM, SIZE;

		public String wireName() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Type fromWireName(String wireName) {
			for (Type type : values()) {
				if (type.wireName().equals(wireName)) {
					return type;
				}
			}
			throw new IllegalArgumentException("not a parameter type (allowed: int, string, boolean, enum, size)");
		}
	}

	public ParameterDefinition {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		values = values == null ? List.of() : List.copyOf(values);
		description = description == null ? "" : description;
	}

	/** Whether a value must be given (there is no default). */
	public boolean required() {
		return defaultValue == null;
	}

	/** The name of the environment variable a step sees it as: {@code FLOTILLA_PARAM_} + upper case, {@code -} and {@code .} as {@code _}. */
	public String environmentName() {
		return environmentName(name);
	}

	static String environmentName(String name) {
		return "FLOTILLA_PARAM_" + name.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
	}

	/**
	 * What is wrong with {@code value} as a value of this parameter (the value, and what is allowed), or null when it
	 * is valid.
	 */
	public String problem(String value) {
		if (value == null) {
			return "a value is required (" + allowed() + ")";
		}
		String shown = "'" + PackageFormatException.shorten(value) + "'";
		switch (type) {
		case INT -> {
			long n;
			try {
				n = Long.parseLong(value);
			} catch (NumberFormatException e) {
				return shown + " is not a whole number (" + allowed() + ")";
			}
			if ((min != null && n < min) || (max != null && n > max)) {
				return shown + " is out of range (" + allowed() + ")";
			}
		}
		case SIZE -> {
			long n;
			try {
				n = parseSize(value);
			} catch (IllegalArgumentException e) {
				return shown + " is not a size (" + allowed() + ")";
			}
			if ((min != null && n < min) || (max != null && n > max)) {
				return shown + " is out of range (" + allowed() + ")";
			}
		}
		case BOOLEAN -> {
			if (!value.equals("true") && !value.equals("false")) {
				return shown + " is not true or false";
			}
		}
		case ENUM -> {
			if (!values.contains(value)) {
				return shown + " is not one of " + String.join(", ", values);
			}
		}
		case STRING -> {
			int limit = maxLength != null ? maxLength : DEFAULT_MAX_LENGTH;
			if (value.length() > limit) {
				return "'" + PackageFormatException.shorten(value) + "' is longer than " + limit + " characters";
			}
			if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
				return shown + " contains control characters (line breaks, tabs...), which are not allowed";
			}
			if (pattern != null) {
				try {
					if (!Pattern.compile(pattern).matcher(value).matches()) {
						return shown + " does not match " + pattern;
					}
				} catch (PatternSyntaxException e) {
					return "the package's pattern " + pattern + " is not a regular expression";
				}
			}
		}
		}
		return null;
	}

	/** What values are allowed, in words: "an integer 1024..65535", "one of fast, safe". */
	public String allowed() {
		return switch (type) {
		case INT -> "a whole number" + range(min, max, false);
		case SIZE -> "a size in bytes with an optional K, M or G suffix" + range(min, max, true);
		case BOOLEAN -> "true or false";
		case ENUM -> "one of " + String.join(", ", values);
		case STRING -> "text of at most " + (maxLength != null ? maxLength : DEFAULT_MAX_LENGTH) + " characters"
				+ (pattern != null ? " matching " + pattern : "");
		};
	}

	private static String range(Long min, Long max, boolean size) {
		if (min == null && max == null) {
			return "";
		}
		String lo = min == null ? "" : size ? formatSize(min) : min.toString();
		String hi = max == null ? "" : size ? formatSize(max) : max.toString();
		return " " + lo + ".." + hi;
	}

	/** Bytes as the shortest exact text with a unit: 33554432 → "32M". */
	public static String formatSize(long bytes) {
		String[] units = { "G", "M", "K" };
		long[] factors = { 1L << 30, 1L << 20, 1L << 10 };
		for (int i = 0; i < units.length; i++) {
			if (bytes != 0 && bytes % factors[i] == 0) {
				return bytes / factors[i] + units[i];
			}
		}
		return Long.toString(bytes);
	}

	/** The bytes a size text means: {@code 512M} → 536870912; an {@link IllegalArgumentException} when it is not one. */
	public static long parseSize(String text) {
		var m = SIZE.matcher(text);
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not a size (bytes with an optional K, M or G suffix)");
		}
		long n = Long.parseLong(m.group(1));
		int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
		case "K" -> 10;
		case "M" -> 20;
		case "G" -> 30;
		default -> 0;
		};
		if (n > (Long.MAX_VALUE >> shift)) {
			throw new IllegalArgumentException("'" + text + "' is too large");
		}
		return n << shift;
	}
}
