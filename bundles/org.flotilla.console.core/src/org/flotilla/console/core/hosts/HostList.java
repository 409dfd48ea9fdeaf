package org.flotilla.console.core.hosts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the servers an administrator wants to add: typed or pasted ({@code [user@]host[:port]}, one or many per line,
 * separated by spaces or commas) or a CSV file with a header naming its columns ({@code host} required;
 * {@code port}, {@code user}, {@code name}, {@code agent-port}, {@code labels} (separated by {@code ;} or spaces, or
 * by commas inside quotes), {@code site}, {@code rack} optional, in any order). Every line that cannot be read is
 * reported with its number and the reason; the rest are still read, so that one typo does not lose a list of 200.
 */
public final class HostList {

	/** Host names and addresses as a node name allows them (and IPv6 in brackets). */
	private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,252})|\\[[0-9A-Fa-f:.]+\\]");
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
	private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_.-]{0,31}\\$?");
	/** A list longer than this is refused as a whole: the wizard installs in batches. */
	public static final int MAX_HOSTS = 1000;

	/** What was read: the hosts, and one message per line that could not be. */
	public record Parsed(List<HostEntry> hosts, List<String> problems) {
		public Parsed {
			hosts = List.copyOf(hosts);
			problems = List.copyOf(problems);
		}

		public boolean ok() {
			return problems.isEmpty() && !hosts.isEmpty();
		}
	}

	private HostList() {
	}

	/**
	 * Reads a typed or pasted list: hosts separated by spaces, commas or lines; a {@code key=value} after a host sets
	 * one of its attributes ({@code name}, {@code agent-port}, {@code labels} (comma-separated), {@code site},
	 * {@code rack}), e.g. {@code root@10.0.0.5 name=db-1 labels=ssd,big rack=r2}.
	 */
	public static Parsed parse(String text) {
		List<HostEntry> hosts = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Set<String> names = new HashSet<>();
		String[] lines = text == null ? new String[0] : text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].replaceFirst("#.*", "").trim();
			if (line.isEmpty()) {
				continue;
			}
			List<String> tokens = new ArrayList<>();
			for (String word : line.split("\\s+")) {
				if (word.contains("=")) {
					tokens.add(word);
				} else {
					Arrays.stream(word.split(",")).filter(t -> !t.isEmpty()).forEach(tokens::add);
				}
			}
			for (int t = 0; t < tokens.size(); t++) {
				String token = tokens.get(t);
				if (token.contains("=")) {
					problems.add("line " + (i + 1) + ": '" + token + "' does not follow a host");
					continue;
				}
				Map<String, String> attributes = new LinkedHashMap<>();
				while (t + 1 < tokens.size() && tokens.get(t + 1).contains("=")) {
					String attribute = tokens.get(++t);
					int equals = attribute.indexOf('=');
					// A trailing comma separates this host from the next one ("rack=r2, web-9").
					attributes.put(attribute.substring(0, equals).toLowerCase(Locale.ROOT),
							attribute.substring(equals + 1).replaceFirst(",+$", ""));
				}
				try {
					for (String key : attributes.keySet()) {
						if (!Set.of("name", "agent-port", "labels", "site", "rack").contains(key)) {
							throw new IllegalArgumentException("unknown attribute '" + key + "' (name, agent-port, labels, site, rack)");
						}
					}
					String agentPort = attributes.get("agent-port");
					String labels = attributes.get("labels");
					HostEntry entry = entry(token, attributes.get("name"), agentPort == null ? -1 : number(agentPort, "agent port"),
							labels == null ? List.of() : labels(labels), attributes.get("site"), attributes.get("rack"));
					add(hosts, names, entry);
				} catch (IllegalArgumentException e) {
					problems.add("line " + (i + 1) + ": " + e.getMessage());
				}
			}
		}
		return limited(hosts, problems);
	}

	/** Reads a CSV file's text (the first line names the columns). */
	public static Parsed parseCsv(String text) {
		List<HostEntry> hosts = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Set<String> names = new HashSet<>();
		String[] lines = text == null ? new String[0] : text.split("\\R", -1);
		int header = 0;
		while (header < lines.length && lines[header].isBlank()) {
			header++;
		}
		if (header == lines.length) {
			return new Parsed(List.of(), List.of("the file is empty: its first line must name the columns (host, port, user, labels, site, rack)"));
		}
		Map<String, Integer> columns = new LinkedHashMap<>();
		List<String> headings = fields(lines[header]);
		for (int c = 0; c < headings.size(); c++) {
			columns.put(headings.get(c).trim().toLowerCase(Locale.ROOT).replace('_', '-'), c);
		}
		if (!columns.containsKey("host")) {
			return new Parsed(List.of(), List.of("line " + (header + 1) + ": no 'host' column (the first line names the columns: "
					+ "host, port, user, labels, site, rack, name, agent-port)"));
		}
		for (String column : columns.keySet()) {
			if (!Set.of("host", "port", "user", "labels", "site", "rack", "name", "agent-port").contains(column)) {
				problems.add("line " + (header + 1) + ": unknown column '" + column + "' ignored");
			}
		}
		for (int i = header + 1; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			try {
				List<String> fields = fields(lines[i]);
				String user = value(fields, columns, "user");
				String port = value(fields, columns, "port");
				String host = value(fields, columns, "host");
				if (host == null) {
					throw new IllegalArgumentException("no host");
				}
				String agentPort = value(fields, columns, "agent-port");
				String labels = value(fields, columns, "labels");
				HostEntry entry = entry((user == null ? "" : user + "@") + host + (port == null ? "" : ":" + port),
						value(fields, columns, "name"), agentPort == null ? -1 : number(agentPort, "agent port"),
						labels == null ? List.of() : labels(labels),
						value(fields, columns, "site"), value(fields, columns, "rack"));
				add(hosts, names, entry);
			} catch (IllegalArgumentException e) {
				problems.add("line " + (i + 1) + ": " + e.getMessage());
			}
		}
		return limited(hosts, problems);
	}

	/** Labels separated by ';', ',' or spaces, each a name. */
	private static List<String> labels(String text) {
		List<String> labels = Arrays.stream(text.split("[;\\s,]+")).filter(l -> !l.isEmpty()).toList();
		for (String label : labels) {
			if (!NAME.matcher(label).matches()) {
				throw new IllegalArgumentException("the label '" + label + "' is not a name (letters, digits, '.', '_', '-')");
			}
		}
		return labels;
	}

	private static Parsed limited(List<HostEntry> hosts, List<String> problems) {
		if (hosts.size() > MAX_HOSTS) {
			return new Parsed(List.of(), List.of(hosts.size() + " hosts: add at most " + MAX_HOSTS + " at a time"));
		}
		return new Parsed(hosts, problems);
	}

	private static void add(List<HostEntry> hosts, Set<String> names, HostEntry entry) {
		if (!names.add(entry.nodeName())) {
			throw new IllegalArgumentException("'" + entry.nodeName() + "' is listed twice");
		}
		hosts.add(entry);
	}

	/** Reads {@code [user@]host[:port]} with the given extras. */
	static HostEntry entry(String token, String name, int agentPort, List<String> labels, String site, String rack) {
		String user = null;
		String rest = token;
		int at = rest.lastIndexOf('@');
		if (at >= 0) {
			user = rest.substring(0, at);
			rest = rest.substring(at + 1);
			if (!USER.matcher(user).matches()) {
				throw new IllegalArgumentException("'" + user + "' is not a user name");
			}
		}
		int port = 22;
		int colon = rest.lastIndexOf(':');
		if (colon > 0 && rest.indexOf(']') < colon && (rest.startsWith("[") || rest.indexOf(':') == colon)) {
			port = number(rest.substring(colon + 1), "SSH port");
			rest = rest.substring(0, colon);
		}
		if (!HOST.matcher(rest).matches()) {
			throw new IllegalArgumentException("'" + rest + "' is not a host name or address");
		}
		String nodeName = name != null && !name.isBlank() ? name.trim() : defaultName(rest);
		if (!NAME.matcher(nodeName).matches()) {
			throw new IllegalArgumentException("'" + nodeName + "' is not a node name (letters, digits, '.', '_', '-')");
		}
		return new HostEntry(rest, port, user, nodeName, agentPort < 0 ? HostEntry.DEFAULT_AGENT_PORT : agentPort, labels,
				blankToNull(site), blankToNull(rack));
	}

	/** A host name's first label ("web-1" for web-1.example.org); an address stays whole ("10.0.0.5"). */
	static String defaultName(String host) {
		if (host.startsWith("[")) {
			return host.substring(1, host.length() - 1).replace(':', '-').replaceFirst("^-+", "");
		}
		if (host.matches("[0-9.]+")) {
			return host;
		}
		int dot = host.indexOf('.');
		return dot > 0 ? host.substring(0, dot) : host;
	}

	private static int number(String text, String what) {
		try {
			int value = Integer.parseInt(text.trim());
			if (value < 1 || value > 65535) {
				throw new IllegalArgumentException("the " + what + " " + value + " is outside 1-65535");
			}
			return value;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("the " + what + " '" + text.trim() + "' is not a number");
		}
	}

	private static String value(List<String> fields, Map<String, Integer> columns, String column) {
		Integer index = columns.get(column);
		if (index == null || index >= fields.size()) {
			return null;
		}
		String value = fields.get(index).trim();
		return value.isEmpty() ? null : value;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	/** One CSV line's fields: commas separate, double quotes enclose (a doubled quote is a quote). */
	static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			} else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("a quote is not closed");
		}
		fields.add(field.toString());
		return fields;
	}
}
