package org.flotilla.service.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader (RFC 8259) for checking what {@code flotilla --json} prints: objects become maps, arrays
 * lists, numbers doubles. Anything that is not JSON (a trailing comma, a bare word, an unescaped control character,
 * text after the value) fails with where it is.
 */
final class StrictJson {

	private final String text;
	private int at;

	private StrictJson(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		StrictJson reader = new StrictJson(text);
		reader.space();
		Object value = reader.value();
		reader.space();
		if (reader.at != text.length()) {
			throw reader.error("text after the value");
		}
		return value;
	}

	/** The document as an array of objects. */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> objects(String text) {
		Object value = parse(text);
		if (!(value instanceof List<?> list) || list.stream().anyMatch(item -> !(item instanceof Map))) {
			throw new IllegalArgumentException("not an array of objects: " + text);
		}
		return (List<Map<String, Object>>) value;
	}

	private Object value() {
		if (at >= text.length()) {
			throw error("a value expected");
		}
		char c = text.charAt(at);
		switch (c) {
			case '{':
				return object();
			case '[':
				return array();
			case '"':
				return string();
			case 't':
				return word("true", Boolean.TRUE);
			case 'f':
				return word("false", Boolean.FALSE);
			case 'n':
				return word("null", null);
			default:
				return number();
		}
	}

	private Map<String, Object> object() {
		Map<String, Object> members = new LinkedHashMap<>();
		at++;
		space();
		if (peek('}')) {
			at++;
			return members;
		}
		while (true) {
			space();
			if (!peek('"')) {
				throw error("a member name expected");
			}
			String name = string();
			if (members.containsKey(name)) {
				throw error("member '" + name + "' twice");
			}
			space();
			expect(':');
			space();
			members.put(name, value());
			space();
			if (peek(',')) {
				at++;
				continue;
			}
			expect('}');
			return members;
		}
	}

	private List<Object> array() {
		List<Object> items = new ArrayList<>();
		at++;
		space();
		if (peek(']')) {
			at++;
			return items;
		}
		while (true) {
			space();
			items.add(value());
			space();
			if (peek(',')) {
				at++;
				continue;
			}
			expect(']');
			return items;
		}
	}

	private String string() {
		expect('"');
		StringBuilder value = new StringBuilder();
		while (true) {
			if (at >= text.length()) {
				throw error("unterminated string");
			}
			char c = text.charAt(at++);
			if (c == '"') {
				return value.toString();
			}
			if (c < 0x20) {
				throw error("unescaped control character");
			}
			if (c != '\\') {
				value.append(c);
				continue;
			}
			if (at >= text.length()) {
				throw error("unterminated escape");
			}
			char e = text.charAt(at++);
			switch (e) {
				case '"', '\\', '/' -> value.append(e);
				case 'b' -> value.append('\b');
				case 'f' -> value.append('\f');
				case 'n' -> value.append('\n');
				case 'r' -> value.append('\r');
				case 't' -> value.append('\t');
				case 'u' -> {
					if (at + 4 > text.length() || !text.substring(at, at + 4).matches("[0-9a-fA-F]{4}")) {
						throw error("bad \\u escape");
					}
					value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
					at += 4;
				}
				default -> throw error("bad escape \\" + e);
			}
		}
	}

	private Double number() {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")
				.matcher(text).region(at, text.length());
		if (!m.lookingAt()) {
			throw error("a value expected");
		}
		at = m.end();
		return Double.valueOf(m.group());
	}

	private Object word(String word, Object value) {
		if (!text.startsWith(word, at)) {
			throw error("a value expected");
		}
		at += word.length();
		return value;
	}

	private boolean peek(char c) {
		return at < text.length() && text.charAt(at) == c;
	}

	private void expect(char c) {
		if (!peek(c)) {
			throw error("'" + c + "' expected");
		}
		at++;
	}

	private void space() {
		while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
	}

	private IllegalArgumentException error(String what) {
		int from = Math.max(0, at - 30);
		return new IllegalArgumentException("not JSON at " + at + ": " + what + " near '" + text.substring(from,
				Math.min(text.length(), at + 30)) + "'");
	}
}
