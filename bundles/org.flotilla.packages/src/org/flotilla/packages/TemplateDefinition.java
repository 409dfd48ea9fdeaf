package org.flotilla.packages;

/**
 * A configuration template ({@code template.N.source}, {@code template.N.target}): {@code source} is an entry under
 * {@code templates/} in the archive, rendered with the parameter values ({@link Templates}) into {@code target},
 * relative to the version's directory.
 */
public record TemplateDefinition(String source, String target) {
}
