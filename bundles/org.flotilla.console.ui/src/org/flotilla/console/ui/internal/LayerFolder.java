package org.flotilla.console.ui.internal;

import java.util.List;

import org.flotilla.model.LayerKind;
import org.flotilla.model.Node;
import org.flotilla.model.StackElement;

/** One layer of a node's stack, as a tree folder. A record so viewers keep it across refreshes. */
public record LayerFolder(Node node, LayerKind layer) {

	/** The layer's elements, bottom to top as the stack part draws them. */
	public List<StackElement> elements() {
		return switch (layer) {
		case HARDWARE -> List.copyOf(node.getHardware());
		case OPERATING_SYSTEM -> {
			List<StackElement> system = new java.util.ArrayList<>();
			if (node.getOperatingSystem() != null) {
				system.add(node.getOperatingSystem());
			}
			system.addAll(node.getTunings()); // kernel tuning sits on the system it tunes
			yield List.copyOf(system);
		}
		case MIDDLEWARE -> List.copyOf(node.getMiddleware());
		case APPLICATION -> List.copyOf(node.getApplications());
		};
	}
}
