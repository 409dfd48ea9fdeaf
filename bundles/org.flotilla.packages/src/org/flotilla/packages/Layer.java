package org.flotilla.packages;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The layer of a node's stack a package belongs to; installed bottom up, removed top down. */
public enum Layer {
	OS_TUNING("os-tuning"), MIDDLEWARE("middleware"), APPLICATION("application");

	private final String wireName;

	Layer(String wireName) {
		this.wireName = wireName;
	}

	/** The name in manifests and on the wire: os-tuning, middleware, application. */
	public String wireName() {
		return wireName;
	}

	/** The layer called {@code wireName}; an {@link IllegalArgumentException} naming the allowed ones otherwise. */
	public static Layer fromWireName(String wireName) {
		for (Layer layer : values()) {
			if (layer.wireName.equals(wireName)) {
				return layer;
			}
		}
		throw new IllegalArgumentException("not a layer (allowed: " + names() + ")");
	}

	static String names() {
		return Arrays.stream(values()).map(Layer::wireName).collect(Collectors.joining(", "));
	}
}
