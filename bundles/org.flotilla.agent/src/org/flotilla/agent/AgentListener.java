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

	/** Every sample with what each running task used over the same interval (empty when none runs). */
	default void sampled(MetricsSample sample, java.util.List<org.flotilla.agent.tasks.TaskUsage> tasks) {
		sampled(sample);
	}

	/** A task changed state (on the task runtime's thread, in order). */
	default void taskChanged(org.flotilla.protocol.tasks.TaskStatus status) {
	}

	/**
	 * What is wrong on the node that the agent itself found (a metrics history it cannot write, say), by key, each
	 * with a message saying what and where; empty when all is well. Called whenever the set changes.
	 */
	default void problemsChanged(java.util.Map<String, String> problems) {
	}
}
