package org.flotilla.packages;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Parameter values a package does not accept: every problem at once, by parameter name (a wizard shows each at its
 * field; a job shows {@link #getMessage()}, which lists them all and names the package).
 */
public class ParameterException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String packageName;
	private final Map<String, String> problems;

	/** @param problems parameter name → what is wrong (the value and what is allowed), in the manifest's order */
	public ParameterException(String packageName, Map<String, String> problems) {
		super(packageName + ": " + problems.entrySet().stream().map(e -> "parameter " + e.getKey() + ": " + e.getValue())
				.collect(Collectors.joining("; ")));
		this.packageName = packageName;
		this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
	}

	/** The package (name and version) whose parameters these are. */
	public String packageName() {
		return packageName;
	}

	/** Parameter name → what is wrong with its value (or that the package has no such parameter). */
	public Map<String, String> problems() {
		return problems;
	}
}
