package org.flotilla.service.cli;

import java.util.List;
import java.util.Locale;

/**
 * JSON as {@code flotilla --json} writes it: an array of objects, one object a line. Written here rather than with a
 * library: the shapes are flat and few, and the service's classpath has no JSON library. Everything outside
 * printable ASCII is escaped (backslash, {@code u}, four hex digits), so the output is the same bytes whatever the terminal's encoding.
 */
final class JsonWriter {

	private final StringBuilder text = new StringBuilder();
	private boolean firstObject = true;
	private boolean firstMember;

	JsonWriter() {
		text.append('[');
	}

	JsonWriter beginObject() {
		text.append(firstObject ? "\n  {" : ",\n  {");
		firstObject = false;
		firstMember = true;
		return this;
	}

	JsonWriter endObject() {
		text.append('}');
		return this;
	}

	JsonWriter string(String name, String value) {
		member(name);
		if (value == null) {
			text.append("null");
		} else {
			quote(value);
		}
		return this;
	}

	JsonWriter number(String name, double value) {
		member(name);
		text.append(Double.isFinite(value) ? Numbers.text(value) : "null");
		return this;
	}

	JsonWriter number(String name, long value) {
		member(name);
		text.append(value);
		return this;
	}

	/** A whole number, or null. */
	JsonWriter number(String name, Integer value) {
		member(name);
		text.append(value == null ? "null" : value.toString());
		return this;
	}

	JsonWriter bool(String name, boolean value) {
		member(name);
		text.append(value);
		return this;
	}

	JsonWriter strings(String name, List<String> values) {
		member(name);
		text.append('[');
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				text.append(", ");
			}
			quote(values.get(i));
		}
		text.append(']');
		return this;
	}

	/** The document: {@code []} when empty, otherwise the objects one a line. */
	String finish() {
		return firstObject ? "[]" : text + "\n]";
	}

	private void member(String name) {
		if (!firstMember) {
			text.append(", ");
		}
		firstMember = false;
		quote(name);
		text.append(": ");
	}

	private void quote(String value) {
		text.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> text.append("\\\"");
				case '\\' -> text.append("\\\\");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				case '\t' -> text.append("\\t");
				case '\b' -> text.append("\\b");
				case '\f' -> text.append("\\f");
				default -> {
					if (c < 0x20 || c > 0x7e) {
						text.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					} else {
						text.append(c);
					}
				}
			}
		}
		text.append('"');
	}
}
