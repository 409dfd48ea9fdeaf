package org.flotilla.service.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options and operands of one part of a {@code flotilla} command line, read against what that part accepts.
 * {@code --option VALUE} and {@code --option=VALUE} both work; {@code --} ends the options. Anything not accepted
 * is a usage error naming it.
 */
final class CommandLine {

	/** How an option is given. */
	enum Kind {
		/** On or off: {@code --json}. */
		FLAG,
		/** One value, at most once: {@code --cpu 2}. */
		VALUE,
		/** A value, as often as wanted: {@code --label ssd --label eu}. */
		REPEATED,
		/**
		 * Repeated, and its value is taken as it is even when it starts with a dash ({@code --arg -v}): a
		 * program's arguments often do.
		 */
		REPEATED_VERBATIM
	}

	private final String where;
	private final Map<String, List<String>> values = new LinkedHashMap<>();
	private final List<String> operands = new ArrayList<>();

	private CommandLine(String where) {
		this.where = where;
	}

	/**
	 * Reads {@code args} (the part of the command line {@code where} names, for messages) against {@code accepted}.
	 * With {@code stopAtOperand}, reading stops at the first operand, which is returned with everything after it
	 * in {@link #operands()} (the global options end where the command starts).
	 */
	static CommandLine parse(String where, List<String> args, Map<String, Kind> accepted, boolean stopAtOperand) throws CliFailure {
		CommandLine line = new CommandLine(where);
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--")) {
				line.operands.addAll(args.subList(i + 1, args.size()));
				break;
			}
			if (!arg.startsWith("-") || arg.equals("-")) {
				if (stopAtOperand) {
					line.operands.addAll(args.subList(i, args.size()));
					break;
				}
				line.operands.add(arg);
				continue;
			}
			int equals = arg.indexOf('=');
			String option = equals > 0 && arg.startsWith("--") ? arg.substring(0, equals) : arg;
			Kind kind = accepted.get(option);
			if (kind == null) {
				throw CliFailure.usage(where + ": unknown option '" + option + "'");
			}
			String value;
			if (kind == Kind.FLAG) {
				if (equals > 0 && arg.startsWith("--")) {
					throw CliFailure.usage(where + ": " + option + " takes no value");
				}
				value = "";
			} else if (equals > 0 && arg.startsWith("--")) {
				value = arg.substring(equals + 1);
			} else if (i + 1 < args.size() && (kind == Kind.REPEATED_VERBATIM || !args.get(i + 1).startsWith("--"))) {
				value = args.get(++i);
			} else {
				throw CliFailure.usage(where + ": " + option + " needs a value");
			}
			List<String> list = line.values.computeIfAbsent(option, o -> new ArrayList<>());
			if (!list.isEmpty() && (kind == Kind.VALUE || kind == Kind.FLAG)) {
				throw CliFailure.usage(where + ": " + option + " is given more than once");
			}
			list.add(value);
		}
		return line;
	}

	boolean has(String option) {
		return values.containsKey(option);
	}

	/** The value of a {@link Kind#VALUE} option, or {@code otherwise} when it is not given. */
	String value(String option, String otherwise) {
		List<String> list = values.get(option);
		return list == null ? otherwise : list.get(0);
	}

	/** The value of an option that must be given. */
	String required(String option) throws CliFailure {
		String value = value(option, null);
		if (value == null) {
			throw CliFailure.usage(where + " needs " + option);
		}
		return value;
	}

	/** Every value of a repeated option, in the order given. */
	List<String> values(String option) {
		return values.getOrDefault(option, List.of());
	}

	List<String> operands() {
		return operands;
	}

	/** Exactly {@code count} operands (named {@code what} in the message), or a usage error. */
	List<String> operands(int count, String what) throws CliFailure {
		if (operands.size() != count) {
			throw CliFailure.usage(where + (operands.size() < count ? " needs " + what
					: ": unexpected '" + operands.get(count) + "' (takes " + what + ")"));
		}
		return operands;
	}

	/** A whole number from {@code min} to {@code max}, or {@code otherwise} when the option is not given. */
	long whole(String option, long min, long max, long otherwise) throws CliFailure {
		String text = value(option, null);
		if (text == null) {
			return otherwise;
		}
		try {
			long value = Long.parseLong(text.strip());
			if (value >= min && value <= max) {
				return value;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw CliFailure.usage(where + ": " + option + " must be a whole number from " + min + " to " + max + " (is '" + text + "')");
	}

	/** A decimal number from {@code min} to {@code max}, or {@code otherwise} when the option is not given. */
	double decimal(String option, double min, double max, double otherwise) throws CliFailure {
		String text = value(option, null);
		if (text == null) {
			return otherwise;
		}
		try {
			double value = Double.parseDouble(text.strip());
			if (Double.isFinite(value) && value >= min && value <= max) {
				return value;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw CliFailure.usage(where + ": " + option + " must be a number from " + Numbers.text(min) + " to " + Numbers.text(max)
				+ " (is '" + text + "')");
	}
}
