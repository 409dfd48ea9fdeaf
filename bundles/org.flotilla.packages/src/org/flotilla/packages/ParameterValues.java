package org.flotilla.packages;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checked parameter values of one package: every parameter of the manifest has one (given or its default), each
 * valid for its definition. Only {@link PackageManifest#resolve} makes them, so holding one means they were checked.
 */
public final class ParameterValues {

	private final List<ParameterDefinition> definitions;
	private final Map<String, String> values;

	ParameterValues(List<ParameterDefinition> definitions, Map<String, String> values) {
		this.definitions = definitions;
		this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/** The value of parameter {@code name}; an {@link IllegalArgumentException} when the package has no such parameter. */
	public String get(String name) {
		String value = values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("no parameter '" + name + "' (the package has " + values.keySet() + ")");
		}
		return value;
	}

	/** Whether the package has a parameter {@code name}. */
	public boolean has(String name) {
		return values.containsKey(name);
	}

	/** Name → value, in the manifest's order. */
	public Map<String, String> asMap() {
		return values;
	}

	/** The definitions, in the manifest's order. */
	public List<ParameterDefinition> definitions() {
		return definitions;
	}

	/** The variables a step sees: {@code FLOTILLA_PARAM_NAME} → value ({@link ParameterDefinition#environmentName()}). */
	public Map<String, String> environment() {
		Map<String, String> env = new LinkedHashMap<>();
		for (ParameterDefinition d : definitions) {
			env.put(d.environmentName(), values.get(d.name()));
		}
		return env;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ParameterValues v && v.values.equals(values);
	}

	@Override
	public int hashCode() {
		return values.hashCode();
	}

	/** {@code name=value, …} in the manifest's order. */
	@Override
	public String toString() {
		return values.toString();
	}
}
