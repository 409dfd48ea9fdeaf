package org.flotilla.packages;

import java.util.Collection;
import java.util.function.Function;

/**
 * Configuration templates: {@code ${name}} is replaced by the value of parameter {@code name}, <code>$${</code> is a
 * literal <code>${</code>; any other {@code $} is itself. Nothing else (no expressions, no conditionals): a template is
 * a configuration file with holes, and what it will say is visible in it.
 */
public final class Templates {

	private Templates() {
	}

	/**
	 * {@code text} with every {@code ${name}} replaced by its value. An unknown name or an unclosed <code>${</code> is a
	 * {@link PackageFormatException} naming {@code templateName}, the line and the column (1-based).
	 */
	public static String render(String templateName, String text, ParameterValues values) throws PackageFormatException {
		return render(templateName, text, name -> values.has(name) ? values.get(name) : null);
	}

	/** Checks, without values, that {@code text} only names parameters in {@code names} (as {@link #render} would). */
	public static void check(String templateName, String text, Collection<String> names) throws PackageFormatException {
		render(templateName, text, name -> names.contains(name) ? "" : null);
	}

	private static String render(String templateName, String text, Function<String, String> lookup)
			throws PackageFormatException {
		StringBuilder out = new StringBuilder(text.length() + 64);
		int line = 1;
		int lineStart = 0;
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
				lineStart = i + 1;
				out.append(c);
				i++;
			} else if (c == '$' && text.startsWith("$${", i)) {
				out.append("${");
				i += 3;
			} else if (c == '$' && text.startsWith("${", i)) {
				int close = text.indexOf('}', i + 2);
				int newline = text.indexOf('\n', i + 2);
				int column = i - lineStart + 1;
				if (close < 0 || (newline >= 0 && newline < close)) {
					throw new PackageFormatException(templateName, "line " + line + ", column " + column, null,
							"'${' is not closed by '}' on the same line (write $${ for a literal ${)");
				}
				String name = text.substring(i + 2, close);
				String value = lookup.apply(name);
				if (value == null) {
					throw new PackageFormatException(templateName, "line " + line + ", column " + column, "${" + name + "}",
							"no parameter '" + name + "' in this package (write $${ for a literal ${)");
				}
				out.append(value);
				i = close + 1;
			} else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}
}
