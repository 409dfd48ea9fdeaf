package org.flotilla.protocol;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything console and agent say to each other. Each record is one frame on the wire; the
 * encoding (one type byte, then the fields in declaration order) is described in
 * {@code docs/protocol.md}. Records copy their collections, so a message never changes after it
 * was made.
 */
public sealed interface Message {

	/** First message of the side that opened the connection: who it is and which versions it speaks. */
	record Hello(List<Integer> protocolVersions, PeerKind kind, String name) implements Message {
		public Hello {
			protocolVersions = List.copyOf(protocolVersions);
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(name, "name");
		}
	}

	/** The accepting side's answer to a {@link Hello}: the version both will speak from now on. */
	record Welcome(int chosenVersion, String name) implements Message {
		public Welcome {
			Objects.requireNonNull(name, "name");
		}
	}

	/** Sent just before a connection is closed because of what the peer sent; says why. */
	record Refused(String reason) implements Message {
		public Refused {
			Objects.requireNonNull(reason, "reason");
		}
	}

	/**
	 * A command or question from the console. {@code stateVersion} is the version of the node's state
	 * the console decided on (see DESIGN.md, "Commands are versioned"); 0 when it does not matter.
	 */
	record Request(long id, String operation, long stateVersion, Map<String, String> arguments) implements Message {
		public Request {
			Objects.requireNonNull(operation, "operation");
			arguments = Map.copyOf(arguments);
		}
	}

	/** The answer to the {@link Request} with the same id. */
	record Response(long id, Status status, String detail, Map<String, String> values) implements Message {
		public Response {
			Objects.requireNonNull(status, "status");
			Objects.requireNonNull(detail, "detail");
			values = Map.copyOf(values);
		}

		public static Response ok(long id, Map<String, String> values) {
			return new Response(id, Status.OK, "", values);
		}

		public static Response failed(long id, Status status, String detail) {
			return new Response(id, status, detail, Map.of());
		}

		public enum Status {
			/** Done; {@code values} holds the result. */
			OK,
			/** Not done on purpose: stale state version, missing permission, unknown operation. */
			REFUSED,
			/** Tried and failed; {@code detail} says why. */
			FAILED
		}
	}

	/** Something that happened on a node, pushed by its agent without being asked. */
	record Event(String kind, long timestampMillis, Map<String, String> attributes) implements Message {
		/**
		 * The kind of event that lists everything the agent finds wrong on its node, one attribute
		 * per problem (a key, and a message saying what and where); no attributes when all is well.
		 * Sent whenever the list changes and to a console that asks for {@code report-inventory}.
		 */
		public static final String PROBLEMS = "problems";

		public Event {
			Objects.requireNonNull(kind, "kind");
			attributes = Map.copyOf(attributes);
		}
	}

	/** Proof of life, both ways; {@code sequence} counts up per connection. */
	record Heartbeat(long sequence, long timestampMillis) implements Message {
	}

	/** What the agent found on its node: the whole stack, at one state version. */
	record InventoryReport(String nodeName, long stateVersion, List<StackItem> items) implements Message {
		public InventoryReport {
			Objects.requireNonNull(nodeName, "nodeName");
			items = List.copyOf(items);
		}
	}

	/** One element of a node's stack, e.g. layer "middleware", name "openjdk", version "21.0.4". */
	record StackItem(String layer, String name, String version, Map<String, String> parameters) {
		public StackItem {
			Objects.requireNonNull(layer, "layer");
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(version, "version");
			parameters = Map.copyOf(parameters);
		}
	}

	/** Live load of a node and of the tasks on it, sampled at one instant. */
	record MetricsReport(String nodeName, long timestampMillis, List<MetricSample> samples) implements Message {
		public MetricsReport {
			Objects.requireNonNull(nodeName, "nodeName");
			samples = List.copyOf(samples);
		}
	}

	/** One measured value: {@code subject} is the node itself ("") or a task name; e.g. metric "cpu.load". */
	record MetricSample(String subject, String metric, double value) {
		public MetricSample {
			Objects.requireNonNull(subject, "subject");
			Objects.requireNonNull(metric, "metric");
		}
	}
}
