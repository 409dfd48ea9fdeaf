package org.flotilla.agent;

/**
 * The seam for the protocol layer: it registers one of these with {@link Agent#addListener} and forwards what it
 * receives to the console. Called on the agent's sampler thread: return quickly and never block.
 */
public interface AgentListener {

	/** A new inventory: at start, and after the agent installed or deployed something. */
	default void inventoryChanged(Inventory inventory) {
	}

	/** Every sample, at the configured interval. */
	default void sampled(MetricsSample sample) {
	}
}
