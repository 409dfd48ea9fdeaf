package org.flotilla.model.changes;

import java.util.ArrayList;
import java.util.List;

/**
 * The text form of {@link ChangeOp}s: one operation per line, fields separated by tabs, the first field a letter
 * ({@code C}reate, {@code S}et, {@code A}dd, {@code R}emove, {@code M}ove). Tabs, line ends and backslashes inside
 * values are escaped ({@code \t \n \r \\}); a null value is {@code \0}. Text, not binary, because it is read in
 * journals and in wire captures by people, and it compresses well.
 */
public final class ChangeCodec {

	private static final String NULL = "\\0";

	private ChangeCodec() {
	}

	public static String encode(List<? extends ChangeOp> ops) {
		StringBuilder out = new StringBuilder(ops.size() * 48);
		for (ChangeOp op : ops) {
			encode(op, out);
			out.append('\n');
		}
		return out.toString();
	}

	public static void encode(ChangeOp op, StringBuilder out) {
		switch (op) {
			case ChangeOp.Create c -> field(out.append('C'), c.id()).append('\t').append(escape(c.eClass()));
			case ChangeOp.Set s -> {
				field(field(out.append('S'), s.id()), s.feature()).append('\t').append(s.values().size());
				for (String value : s.values()) {
					field(out, value);
				}
			}
			case ChangeOp.Add a -> field(field(out.append('A'), a.id()), a.feature()).append('\t').append(a.index())
					.append('\t').append(escape(a.child()));
			case ChangeOp.Remove r -> field(field(out.append('R'), r.id()), r.feature()).append('\t').append(r.index());
			case ChangeOp.Move m -> field(field(out.append('M'), m.id()), m.feature()).append('\t').append(m.from())
					.append('\t').append(m.to());
		}
	}

	/**
	 * Reads what {@link #encode} wrote.
	 *
	 * @throws ChangeException naming the line when the text is not a list of operations
	 */
	public static List<ChangeOp> decode(String text) throws ChangeException {
		List<ChangeOp> ops = new ArrayList<>();
		int line = 0;
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			line++;
			if (end > start) {
				ops.add(decodeLine(text.substring(start, end), line));
			}
			start = end + 1;
		}
		return ops;
	}

	private static ChangeOp decodeLine(String line, int number) throws ChangeException {
		String[] f = line.split("\t", -1);
		try {
			switch (f[0]) {
				case "C" -> {
					expect(f, 3, number);
					return new ChangeOp.Create(unescape(f[1]), unescape(f[2]));
				}
				case "S" -> {
					int count = Integer.parseInt(f[3]);
					if (count < 0 || f.length != 4 + count) {
						throw new ChangeException("line " + number + ": a set with " + count + " values has " + (f.length - 4));
					}
					List<String> values = new ArrayList<>(count);
					for (int i = 0; i < count; i++) {
						values.add(unescape(f[4 + i]));
					}
					return new ChangeOp.Set(unescape(f[1]), unescape(f[2]), values);
				}
				case "A" -> {
					expect(f, 5, number);
					return new ChangeOp.Add(unescape(f[1]), unescape(f[2]), Integer.parseInt(f[3]), unescape(f[4]));
				}
				case "R" -> {
					expect(f, 4, number);
					return new ChangeOp.Remove(unescape(f[1]), unescape(f[2]), Integer.parseInt(f[3]));
				}
				case "M" -> {
					expect(f, 5, number);
					return new ChangeOp.Move(unescape(f[1]), unescape(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]));
				}
				default -> throw new ChangeException("line " + number + ": unknown operation '" + abbreviate(f[0]) + "'");
			}
		} catch (NumberFormatException | NullPointerException | ArrayIndexOutOfBoundsException e) {
			throw new ChangeException("line " + number + ": malformed operation '" + abbreviate(line) + "'");
		}
	}

	/**
	 * One line of tab-separated fields with this codec's escaping (for other answers that travel beside changes,
	 * such as a preview's rows); a null field is written as null. {@link #fields} reads it back.
	 */
	public static String line(String... fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				line.append('\t');
			}
			line.append(escape(fields[i]));
		}
		return line.append('\n').toString();
	}

	/** The fields of one line written by {@link #line} (without its line end), unescaped. */
	public static String[] fields(String line) {
		String[] fields = line.split("\t", -1);
		for (int i = 0; i < fields.length; i++) {
			fields[i] = unescape(fields[i]);
		}
		return fields;
	}

	private static void expect(String[] fields, int count, int line) throws ChangeException {
		if (fields.length != count) {
			throw new ChangeException("line " + line + ": expected " + count + " fields, found " + fields.length);
		}
	}

	private static String abbreviate(String text) {
		return text.length() <= 60 ? text : text.substring(0, 60) + "…";
	}

	private static StringBuilder field(StringBuilder out, String value) {
		return out.append('\t').append(escape(value));
	}

	static String escape(String value) {
		if (value == null) {
			return NULL;
		}
		StringBuilder out = null;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			String replacement = switch (c) {
				case '\\' -> "\\\\";
				case '\t' -> "\\t";
				case '\n' -> "\\n";
				case '\r' -> "\\r";
				default -> null;
			};
			if (replacement != null && out == null) {
				out = new StringBuilder(value.length() + 8).append(value, 0, i);
			}
			if (out != null) {
				if (replacement != null) {
					out.append(replacement);
				} else {
					out.append(c);
				}
			}
		}
		return out == null ? value : out.toString();
	}

	static String unescape(String field) {
		if (field.equals(NULL)) {
			return null;
		}
		if (field.indexOf('\\') < 0) {
			return field;
		}
		StringBuilder out = new StringBuilder(field.length());
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			if (c == '\\' && i + 1 < field.length()) {
				char next = field.charAt(++i);
				out.append(switch (next) {
					case 't' -> '\t';
					case 'n' -> '\n';
					case 'r' -> '\r';
					default -> next;
				});
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
