package org.flotilla.protocol;

/**
 * Text that came from a peer (a name in a Hello, an operation, an argument), made safe to write into
 * one line of a log or an audit file: every character that could end a line or hide text in a
 * terminal (ASCII controls, C1 controls such as U+0085, U+2028 and U+2029, bidirectional and other
 * format characters, lone surrogates) is written as a {@code \\uXXXX} escape, a backslash is doubled,
 * and the result is cut to a maximum length with a note of how much was left out. A peer can
 * therefore neither forge a log line nor make one line arbitrarily long.
 */
public final class LogText {

	/** What a peer-chosen name or operation may take in a log line. */
	public static final int NAME = 64;
	/** What a peer-influenced detail (a reason, arguments) may take in a log line. */
	public static final int DETAIL = 256;

	private LogText() {
	}

	/** {@code text} escaped and cut to at most {@code maxChars} of the original characters; "null" for null. */
	public static String of(String text, int maxChars) {
		if (text == null) {
			return "null";
		}
		int keep = Math.min(text.length(), Math.max(0, maxChars));
		// Never cut a surrogate pair in half: the half would itself need escaping.
		if (keep > 0 && keep < text.length() && Character.isHighSurrogate(text.charAt(keep - 1))) {
			keep--;
		}
		StringBuilder safe = null;
		for (int i = 0; i < keep; i++) {
			char c = text.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < keep && Character.isLowSurrogate(text.charAt(i + 1));
			if (pair) {
				if (safe != null) {
					safe.append(c).append(text.charAt(i + 1));
				}
				i++;
				continue;
			}
			boolean escape = c == '\\' || needsEscape(c);
			if (escape && safe == null) {
				safe = new StringBuilder(keep + 16).append(text, 0, i);
			}
			if (safe != null) {
				if (c == '\\') {
					safe.append("\\\\");
				} else if (escape) {
					safe.append(String.format("\\u%04x", (int) c));
				} else {
					safe.append(c);
				}
			}
		}
		String result = safe != null ? safe.toString() : text.substring(0, keep);
		return keep < text.length() ? result + "\u2026(" + (text.length() - keep) + " more characters)" : result;
	}

	private static boolean needsEscape(char c) {
		if (Character.isSurrogate(c)) {
			return true; // a lone one: a paired one never reaches here
		}
		return switch (Character.getType(c)) {
		case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
				Character.UNASSIGNED, Character.PRIVATE_USE -> true;
		default -> false;
		};
	}
}
