package org.flotilla.packages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a package is ({@code flotilla-package.properties} at the root of the archive; java.util.Properties syntax,
 * UTF-8): name, version, layer, title, typed parameters, configuration templates, lifecycle steps and the lowest Java
 * feature version it needs. Immutable. See {@link #parse} for the keys; unknown keys are errors, so that a typo is
 * never silently ignored.
 *
 * @param requiresJava the lowest Java feature version the package needs, 0 when it does not say
 */
public record PackageManifest(String name, PackageVersion version, Layer layer, String title,
		List<ParameterDefinition> parameters, List<TemplateDefinition> templates, Map<Step, StepDefinition> steps,
		int requiresJava) {

	/** The manifest's entry name in an archive. */
	public static final String FILE_NAME = "flotilla-package.properties";
	/** A package name. */
	public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
	/** The largest manifest read. */
	public static final int MAXIMUM_BYTES = 64 * 1024;

	public PackageManifest {
		parameters = List.copyOf(parameters);
		templates = List.copyOf(templates);
		steps = Collections.unmodifiableMap(new EnumMap<>(steps.isEmpty() ? new EnumMap<>(Step.class) : steps));
	}

	/** {@code NAME-VERSION}, as in the archive's file name and in messages. */
	public String id() {
		return name + "-" + version;
	}

	/** The archive's conventional file name, {@code NAME-VERSION.fpkg}. */
	public String fileName() {
		return id() + PackageArchive.EXTENSION;
	}

	/** The parameter called {@code name}, if the package has one. */
	public Optional<ParameterDefinition> parameter(String name) {
		return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
	}

	/** The definition of {@code step}, if the package has that step. */
	public Optional<StepDefinition> step(Step step) {
		return Optional.ofNullable(steps.get(step));
	}

	/**
	 * Checks {@code given} (parameter name → value text) against the definitions: defaults are filled in, every value
	 * is checked, unknown names are refused. Every problem is reported at once, by parameter.
	 */
	public ParameterValues resolve(Map<String, String> given) throws ParameterException {
		Map<String, String> problems = new LinkedHashMap<>();
		Map<String, String> values = new LinkedHashMap<>();
		for (ParameterDefinition d : parameters) {
			String value = given.containsKey(d.name()) ? given.get(d.name()) : d.defaultValue();
			String problem = d.problem(value);
			if (problem != null) {
				problems.put(d.name(), problem);
			} else {
				values.put(d.name(), value);
			}
		}
		for (String name : given.keySet()) {
			if (parameter(name).isEmpty()) {
				problems.put(name, "the package has no such parameter (it has "
						+ (parameters.isEmpty() ? "none" : String.join(", ", parameters.stream().map(ParameterDefinition::name).toList()))
						+ ")");
			}
		}
		if (!problems.isEmpty()) {
			throw new ParameterException(id(), problems);
		}
		return new ParameterValues(parameters, values);
	}

	/**
	 * Reads a manifest; {@code sourceName} (the archive or file) is what errors name. Keys:
	 * {@code name}, {@code version}, {@code layer}, {@code title}, {@code requires.java},
	 * {@code parameter.NAME.type|min|max|pattern|maxLength|values|default|description|overridable},
	 * {@code template.N.source|target}, {@code step.STEP.command|http|timeout}.
	 */
	public static PackageManifest parse(String sourceName, InputStream in) throws PackageFormatException {
		Map<String, String> raw = read(sourceName, in);
		Parser p = new Parser(sourceName, raw);
		return p.parse();
	}

	private static Map<String, String> read(String source, InputStream in) throws PackageFormatException {
		byte[] bytes;
		try {
			bytes = in.readNBytes(MAXIMUM_BYTES + 1);
		} catch (IOException e) {
			throw new PackageFormatException(source, FILE_NAME, null, "cannot be read: " + e.getMessage(), e);
		}
		if (bytes.length > MAXIMUM_BYTES) {
			throw new PackageFormatException(source, FILE_NAME, null, "is larger than " + MAXIMUM_BYTES + " bytes");
		}
		Map<String, String> ordered = new LinkedHashMap<>();
		List<String> duplicates = new ArrayList<>();
		// Properties keeps neither order nor duplicates: both matter (parameters are shown in the manifest's order,
		// and a key written twice is a mistake), so every put is recorded as it is read.
		@SuppressWarnings("serial")
		Properties properties = new Properties() {
			@Override
			public synchronized Object put(Object key, Object value) {
				if (ordered.put((String) key, (String) value) != null) {
					duplicates.add((String) key);
				}
				return super.put(key, value);
			}
		};
		try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(bytes),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT))) {
			properties.load(reader);
		} catch (CharacterCodingException e) {
			throw new PackageFormatException(source, FILE_NAME, null, "is not UTF-8 text");
		} catch (IOException | IllegalArgumentException e) {
			throw new PackageFormatException(source, FILE_NAME, null, "is not a properties file: " + e.getMessage(), e);
		}
		if (!duplicates.isEmpty()) {
			String key = duplicates.get(0);
			throw new PackageFormatException(source, key, ordered.get(key), "is given more than once");
		}
		return ordered;
	}

	private static final class Parser {
		private final String source;
		private final Map<String, String> raw;

		Parser(String source, Map<String, String> raw) {
			this.source = source;
			this.raw = raw;
		}

		private PackageFormatException error(String key, String detail) {
			return new PackageFormatException(source, key, raw.get(key), detail);
		}

		private String required(String key) throws PackageFormatException {
			String value = raw.get(key);
			if (value == null || value.isBlank()) {
				throw new PackageFormatException(source, key, null, "is required");
			}
			return value.strip();
		}

		PackageManifest parse() throws PackageFormatException {
			Set<String> parameterNames = new LinkedHashSet<>();
			Map<String, Map<String, String>> parameterKeys = new LinkedHashMap<>();
			Map<Integer, Map<String, String>> templateKeys = new TreeMap<>();
			Map<Step, Map<String, String>> stepKeys = new EnumMap<>(Step.class);
			for (Map.Entry<String, String> e : raw.entrySet()) {
				String key = e.getKey();
				switch (key) {
				case "name", "version", "layer", "title", "requires.java" -> {
					continue;
				}
				default -> {
				}
				}
				if (key.startsWith("parameter.")) {
					int dot = key.lastIndexOf('.');
					String name = dot > "parameter.".length() ? key.substring("parameter.".length(), dot) : "";
					String attribute = key.substring(dot + 1);
					if (!ParameterDefinition.NAME.matcher(name).matches() || name.length() > ParameterDefinition.MAX_NAME_LENGTH) {
						throw error(key, "not a parameter key: parameter.NAME.ATTRIBUTE with NAME like port or vm.swappiness"
								+ " (lower case letters, digits, '-', '_', dots between parts, at most "
								+ ParameterDefinition.MAX_NAME_LENGTH + " characters)");
					}
					if (!Set.of("type", "min", "max", "pattern", "maxLength", "values", "default", "description", "overridable")
							.contains(attribute)) {
						throw error(key, "unknown parameter attribute '" + attribute
								+ "' (allowed: type, min, max, pattern, maxLength, values, default, description, overridable)");
					}
					parameterNames.add(name);
					parameterKeys.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(attribute, key);
				} else if (key.startsWith("template.")) {
					String[] parts = key.split("\\.", -1);
					if (parts.length != 3 || !parts[1].matches("[1-9][0-9]{0,3}") || !Set.of("source", "target").contains(parts[2])) {
						throw error(key, "not a template key: template.N.source or template.N.target, N = 1, 2, ...");
					}
					templateKeys.computeIfAbsent(Integer.parseInt(parts[1]), n -> new LinkedHashMap<>()).put(parts[2], key);
				} else if (key.startsWith("step.")) {
					String[] parts = key.split("\\.", -1);
					Step step;
					try {
						step = parts.length == 3 ? Step.fromWireName(parts[1]) : null;
					} catch (IllegalArgumentException ex) {
						throw error(key, "unknown step '" + parts[1] + "' (allowed: " + Step.names() + ")");
					}
					if (step == null || !Set.of("command", "http", "timeout").contains(parts[2])) {
						throw error(key, "not a step key: step.STEP.command, step.STEP.timeout or step.health.http");
					}
					stepKeys.computeIfAbsent(step, s -> new LinkedHashMap<>()).put(parts[2], key);
				} else {
					throw error(key, "unknown key (allowed: name, version, layer, title, requires.java, parameter.NAME.*,"
							+ " template.N.*, step.STEP.*)");
				}
			}
			String name = required("name");
			if (!NAME.matcher(name).matches()) {
				throw error("name", "not a package name (a lower case letter, then up to 39 lower case letters, digits or '-')");
			}
			PackageVersion version;
			try {
				version = PackageVersion.parse(required("version"));
			} catch (IllegalArgumentException e) {
				throw error("version", e.getMessage());
			}
			Layer layer;
			try {
				layer = Layer.fromWireName(required("layer"));
			} catch (IllegalArgumentException e) {
				throw error("layer", e.getMessage());
			}
			String title = raw.getOrDefault("title", name).strip();
			int requiresJava = 0;
			if (raw.containsKey("requires.java")) {
				try {
					requiresJava = Integer.parseInt(raw.get("requires.java").strip());
				} catch (NumberFormatException e) {
					requiresJava = -1;
				}
				if (requiresJava < 8 || requiresJava > 999) {
					throw error("requires.java", "not a Java feature version (a whole number such as 17 or 21)");
				}
			}
			List<ParameterDefinition> parameters = new ArrayList<>();
			for (Map.Entry<String, Map<String, String>> e : parameterKeys.entrySet()) {
				parameters.add(parameter(e.getKey(), e.getValue()));
			}
			List<TemplateDefinition> templates = new ArrayList<>();
			Set<String> targets = new HashSet<>();
			for (Map.Entry<Integer, Map<String, String>> e : templateKeys.entrySet()) {
				String prefix = "template." + e.getKey() + ".";
				String sourceEntry = required(prefix + "source");
				String target = required(prefix + "target");
				if (!sourceEntry.startsWith("templates/") || !PackageArchive.isSafeEntryName(sourceEntry)) {
					throw error(prefix + "source", "must be a file under templates/ in the archive");
				}
				if (!PackageArchive.isSafeEntryName(target) || target.endsWith("/") || target.startsWith(".flotilla/")) {
					throw error(prefix + "target", "must be a relative file path without '..' or '.' segments (and not under .flotilla/)");
				}
				if (!targets.add(target)) {
					throw error(prefix + "target", "another template has the same target");
				}
				templates.add(new TemplateDefinition(sourceEntry, target));
			}
			Map<Step, StepDefinition> steps = new EnumMap<>(Step.class);
			List<String> names = parameters.stream().map(ParameterDefinition::name).toList();
			for (Map.Entry<Step, Map<String, String>> e : stepKeys.entrySet()) {
				Step step = e.getKey();
				String prefix = "step." + step.wireName() + ".";
				String command = raw.containsKey(prefix + "command") ? required(prefix + "command") : null;
				String http = raw.containsKey(prefix + "http") ? required(prefix + "http") : null;
				if (http != null && step != Step.HEALTH) {
					throw error(prefix + "http", "only the health step may be an HTTP check");
				}
				if (command == null && http == null) {
					throw new PackageFormatException(source, prefix + "command", null,
							"is required (a step is a script under steps/" + (step == Step.HEALTH ? ", or step.health.http" : "") + ")");
				}
				if (command != null && http != null) {
					throw error(prefix + "http", "a health check is either step.health.command or step.health.http, not both");
				}
				if (command != null && (!command.startsWith("steps/") || !PackageArchive.isSafeEntryName(command))) {
					throw error(prefix + "command", "must be a file under steps/ in the archive");
				}
				if (http != null) {
					if (!http.startsWith("http://") && !http.startsWith("https://")) {
						throw error(prefix + "http", "must be an http:// or https:// URL");
					}
					Templates.check(source + ": " + prefix + "http", http, names);
				}
				Duration timeout = StepDefinition.DEFAULT_TIMEOUT;
				if (raw.containsKey(prefix + "timeout")) {
					try {
						timeout = Duration.parse(raw.get(prefix + "timeout").strip());
					} catch (DateTimeParseException ex) {
						throw error(prefix + "timeout", "not an ISO-8601 duration (e.g. PT30S, PT2M)");
					}
					if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(StepDefinition.MAXIMUM_TIMEOUT) > 0) {
						throw error(prefix + "timeout", "must be more than zero and at most PT30M");
					}
				}
				steps.put(step, new StepDefinition(step, command, http, timeout));
			}
			return new PackageManifest(name, version, layer, title, parameters, templates, steps, requiresJava);
		}

		private ParameterDefinition parameter(String name, Map<String, String> keys) throws PackageFormatException {
			String prefix = "parameter." + name + ".";
			ParameterDefinition.Type type;
			try {
				type = ParameterDefinition.Type.fromWireName(required(prefix + "type"));
			} catch (IllegalArgumentException e) {
				throw error(prefix + "type", e.getMessage());
			}
			boolean numeric = type == ParameterDefinition.Type.INT || type == ParameterDefinition.Type.SIZE;
			for (String attribute : keys.keySet()) {
				boolean fits = switch (attribute) {
				case "min", "max" -> numeric;
				case "pattern", "maxLength" -> type == ParameterDefinition.Type.STRING;
				case "values" -> type == ParameterDefinition.Type.ENUM;
				default -> true;
				};
				if (!fits) {
					throw error(keys.get(attribute), "does not apply to a parameter of type " + type.wireName());
				}
			}
			Long min = numeric ? bound(prefix + "min", type) : null;
			Long max = numeric ? bound(prefix + "max", type) : null;
			if (min != null && max != null && min > max) {
				throw error(prefix + "min", "is above " + prefix + "max");
			}
			String pattern = raw.containsKey(prefix + "pattern") ? raw.get(prefix + "pattern") : null;
			if (pattern != null) {
				try {
					Pattern.compile(pattern);
				} catch (PatternSyntaxException e) {
					throw error(prefix + "pattern", "not a Java regular expression: " + e.getDescription());
				}
			}
			Integer maxLength = null;
			if (raw.containsKey(prefix + "maxLength")) {
				try {
					maxLength = Integer.parseInt(raw.get(prefix + "maxLength").strip());
				} catch (NumberFormatException e) {
					maxLength = -1;
				}
				if (maxLength < 1 || maxLength > 65536) {
					throw error(prefix + "maxLength", "must be a whole number 1..65536");
				}
			}
			List<String> values = List.of();
			if (type == ParameterDefinition.Type.ENUM) {
				String list = required(prefix + "values");
				values = new ArrayList<>();
				for (String v : list.split(",")) {
					String value = v.strip();
					if (value.isEmpty() || values.contains(value)) {
						throw error(prefix + "values", "must be distinct, non-empty values separated by commas");
					}
					values.add(value);
				}
			}
			boolean overridable = true;
			if (raw.containsKey(prefix + "overridable")) {
				String o = raw.get(prefix + "overridable").strip();
				if (!o.equals("true") && !o.equals("false")) {
					throw error(prefix + "overridable", "must be true or false");
				}
				overridable = Boolean.parseBoolean(o);
			}
			String defaultValue = raw.containsKey(prefix + "default") ? raw.get(prefix + "default").strip() : null;
			ParameterDefinition d = new ParameterDefinition(name, type, min, max, pattern, maxLength, values, defaultValue,
					raw.getOrDefault(prefix + "description", "").strip(), overridable);
			if (defaultValue != null) {
				String problem = d.problem(defaultValue);
				if (problem != null) {
					throw error(prefix + "default", problem);
				}
			}
			return d;
		}

		private Long bound(String key, ParameterDefinition.Type type) throws PackageFormatException {
			String value = raw.get(key);
			if (value == null) {
				return null;
			}
			try {
				return type == ParameterDefinition.Type.SIZE ? ParameterDefinition.parseSize(value.strip()) : Long.parseLong(value.strip());
			} catch (IllegalArgumentException e) {
				throw error(key, type == ParameterDefinition.Type.SIZE ? "not a size (bytes with an optional K, M or G suffix)"
						: "not a whole number");
			}
		}
	}
}
