package org.flotilla.protocol.tests;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.flotilla.protocol.Message;
import org.flotilla.protocol.Message.Event;
import org.flotilla.protocol.Message.Heartbeat;
import org.flotilla.protocol.Message.Hello;
import org.flotilla.protocol.Message.InventoryReport;
import org.flotilla.protocol.Message.MetricSample;
import org.flotilla.protocol.Message.MetricsReport;
import org.flotilla.protocol.Message.Request;
import org.flotilla.protocol.Message.StackItem;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.internal.MessageCodec;

/**
 * Random frames, each a complete length prefix plus payload, of five kinds: random bytes; a valid
 * type byte followed by garbage; a valid message with a few bytes flipped or cut short; a length
 * prefix out of bounds; and a perfectly valid message (so that the fuzzing reaches the states
 * after successful messages too). Deterministic for a given seed.
 */
final class FuzzFrames {

	private static final List<Message> VALID = List.of(
			new Request(1, "echo", 0, Map.of("k", "v")),
			new Request(2, "unknown-operation", 3, Map.of()),
			new Heartbeat(1, 2),
			new Event("task.exited", 3, Map.of("task", "web")),
			new InventoryReport("node-1", 4, List.of(new StackItem("os", "debian", "13", Map.of("a", "b")))),
			new MetricsReport("node-1", 5, List.of(new MetricSample("", "cpu.load", 0.5))),
			new Hello(List.of(1), PeerKind.CONSOLE, "fuzzer"),
			new Message.Welcome(1, "x"),
			new Message.Response(1, Message.Response.Status.OK, "", Map.of()),
			new Message.Refused("because"));

	private final SplittableRandom random;
	private final int maximumPayload;

	FuzzFrames(SplittableRandom random, int maximumPayload) {
		this.random = random;
		this.maximumPayload = maximumPayload;
	}

	static Hello hello(String name) {
		return new Hello(List.of(1), PeerKind.CONSOLE, name);
	}

	static byte[] frame(Message message) {
		return frame(MessageCodec.encode(message));
	}

	static byte[] frame(byte[] payload) {
		return ByteBuffer.allocate(4 + payload.length).putInt(payload.length).put(payload).array();
	}

	byte[] next() {
		int kind = random.nextInt(100);
		if (kind < 30) {
			// Mostly short, sometimes up to the maximum.
			byte[] payload = new byte[1 + random.nextInt(random.nextInt(4) == 0 ? maximumPayload : 64)];
			random.nextBytes(payload);
			return frame(payload);
		}
		if (kind < 60) {
			byte[] payload = new byte[1 + random.nextInt(200)];
			random.nextBytes(payload);
			payload[0] = (byte) (1 + random.nextInt(9));
			return frame(payload);
		}
		if (kind < 75) {
			byte[] payload = MessageCodec.encode(VALID.get(random.nextInt(VALID.size())));
			if (random.nextBoolean()) {
				payload = Arrays.copyOf(payload, 1 + random.nextInt(payload.length));
			} else {
				for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
					payload[random.nextInt(payload.length)] ^= (byte) (1 + random.nextInt(255));
				}
			}
			return frame(payload);
		}
		if (kind < 85) {
			int length = switch (random.nextInt(3)) {
			case 0 -> 0;
			case 1 -> -1 - random.nextInt(Integer.MAX_VALUE);
			default -> maximumPayload + 1 + random.nextInt(Integer.MAX_VALUE - maximumPayload - 1);
			};
			byte[] tail = new byte[random.nextInt(16)];
			random.nextBytes(tail);
			return ByteBuffer.allocate(4 + tail.length).putInt(length).put(tail).array();
		}
		return frame(VALID.get(random.nextInt(6))); // the first six are valid after a handshake
	}

	/** A frame no server may accept, to make sure a batch ends its connection. */
	static byte[] certainlyRefused() {
		return frame(new byte[] { 0x7f });
	}

	/** Splits {@code bytes} into 1 to 3 pieces at random points, as TCP may deliver them. */
	List<byte[]> chunks(byte[] bytes) {
		if (bytes.length < 2 || random.nextInt(3) == 0) {
			return List.of(bytes);
		}
		int cut = 1 + random.nextInt(bytes.length - 1);
		return List.of(Arrays.copyOfRange(bytes, 0, cut), Arrays.copyOfRange(bytes, cut, bytes.length));
	}

	boolean chance(int percent) {
		return random.nextInt(100) < percent;
	}
}
