package org.flotilla.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.flotilla.protocol.Message;
import org.flotilla.protocol.Message.Event;
import org.flotilla.protocol.Message.Heartbeat;
import org.flotilla.protocol.Message.Hello;
import org.flotilla.protocol.Message.InventoryReport;
import org.flotilla.protocol.Message.MetricSample;
import org.flotilla.protocol.Message.MetricsReport;
import org.flotilla.protocol.Message.Refused;
import org.flotilla.protocol.Message.Request;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.Message.StackItem;
import org.flotilla.protocol.Message.Welcome;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.ProtocolException;
import org.flotilla.protocol.ProtocolVersions;
import org.flotilla.protocol.internal.MessageCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessageCodecTest {

	/** One of every message type, with non-ASCII text, empty and full collections, extreme numbers. */
	static Stream<Message> everyMessageType() {
		return Stream.of(
				new Hello(List.of(1, 2, 7), PeerKind.CONSOLE, "alice"),
				new Hello(List.of(), PeerKind.AGENT, "node-1"),
				new Welcome(1, "node-1"),
				new Refused("no common protocol version: offered [7], node-1 speaks [1]"),
				new Request(Long.MAX_VALUE, "stack.install", 42, Map.of("package", "openjdk-21", "note", "größer ✓")),
				new Request(1, "inventory", 0, Map.of()),
				new Response(7, Response.Status.OK, "", Map.of("cpu", "64")),
				new Response(8, Response.Status.REFUSED, "stale state version 41, node is at 42", Map.of()),
				new Response(9, Response.Status.FAILED, "disk full", Map.of()),
				new Event("task.exited", 1_763_790_000_000L, Map.of("task", "web", "code", "137")),
				new Heartbeat(Long.MIN_VALUE, -1),
				new InventoryReport("node-1", 42, List.of(
						new StackItem("hardware", "cpu", "EPYC 9454", Map.of("cores", "48")),
						new StackItem("os", "debian", "13", Map.of("vm.swappiness", "10", "kernel", "6.12")),
						new StackItem("middleware", "openjdk", "21.0.4", Map.of()))),
				new InventoryReport("node-2", 0, List.of()),
				new MetricsReport("node-1", 1_763_790_000_000L, List.of(
						new MetricSample("", "cpu.load", 0.75),
						new MetricSample("web", "memory.bytes", 3.2e9),
						new MetricSample("db", "nan", Double.NaN))));
	}

	@ParameterizedTest
	@MethodSource("everyMessageType")
	void everyMessageTypeSurvivesTheRoundTrip(Message message) throws ProtocolException {
		byte[] payload = MessageCodec.encode(message);

		assertEquals(message, MessageCodec.decode(ByteBuffer.wrap(payload)));
	}

	@ParameterizedTest
	@MethodSource("everyMessageType")
	void everyShorterPrefixOfAMessageIsRefusedAsTruncated(Message message) {
		byte[] payload = MessageCodec.encode(message);
		for (int length = 0; length < payload.length; length++) {
			byte[] prefix = Arrays.copyOf(payload, length);
			assertThrows(ProtocolException.class, () -> MessageCodec.decode(ByteBuffer.wrap(prefix)),
					"a " + length + "-byte prefix of " + message);
		}
	}

	@Test
	void anUnknownTypeIsRefusedWithItsNumber() {
		var error = assertThrows(ProtocolException.class, () -> MessageCodec.decode(ByteBuffer.wrap(new byte[] { 0x7f, 1, 2 })));
		assertInstanceOf(MessageCodec.UnknownMessageTypeException.class, error);
		assertEquals("unknown message type 0x7f", error.getMessage());
	}

	@Test
	void bytesAfterAWholeMessageAreRefused() {
		byte[] payload = MessageCodec.encode(new Heartbeat(1, 2));
		byte[] longer = Arrays.copyOf(payload, payload.length + 3);

		var error = assertThrows(ProtocolException.class, () -> MessageCodec.decode(ByteBuffer.wrap(longer)));
		assertEquals("3 unexpected bytes after a Heartbeat", error.getMessage());
	}

	@Test
	void absurdCountsAndLengthsAreRefusedBeforeAllocating() {
		// A Request whose argument map claims 2^31-1 entries in a 30-byte frame.
		ByteBuffer hostile = ByteBuffer.allocate(1 + 8 + 4 + 8 + 4);
		hostile.put(MessageCodec.REQUEST).putLong(1).putInt(0).putLong(0).putInt(Integer.MAX_VALUE).flip();
		var error = assertThrows(ProtocolException.class, () -> MessageCodec.decode(hostile));
		assertTrue(error.getMessage().startsWith("malformed Request: map of 2147483647 entries"), error.getMessage());

		ByteBuffer negativeString = ByteBuffer.allocate(1 + 4);
		negativeString.put(MessageCodec.REFUSED).putInt(-5).flip();
		assertThrows(ProtocolException.class, () -> MessageCodec.decode(negativeString));
	}

	@Test
	void invalidUtf8AndUnknownEnumNumbersAreRefused() {
		ByteBuffer badText = ByteBuffer.allocate(1 + 4 + 2);
		badText.put(MessageCodec.REFUSED).putInt(2).put((byte) 0xc3).put((byte) 0x28).flip();
		assertEquals("malformed Refused: string is not valid UTF-8",
				assertThrows(ProtocolException.class, () -> MessageCodec.decode(badText)).getMessage());

		byte[] hello = MessageCodec.encode(new Hello(List.of(1), PeerKind.AGENT, "n"));
		hello[1 + 4 + 4] = 9; // the PeerKind byte
		assertEquals("malformed Hello: no PeerKind number 9",
				assertThrows(ProtocolException.class, () -> MessageCodec.decode(ByteBuffer.wrap(hello))).getMessage());
	}

	@Test
	void versionNegotiationPicksTheHighestCommonVersion() {
		assertEquals(2, ProtocolVersions.negotiate(List.of(1, 2, 3), List.of(2, 1)).getAsInt());
		assertEquals(1, ProtocolVersions.negotiate(List.of(1), ProtocolVersions.SUPPORTED).getAsInt());
		assertTrue(ProtocolVersions.negotiate(List.of(5, 6), List.of(1, 2)).isEmpty());
		assertTrue(ProtocolVersions.negotiate(List.of(), List.of(1)).isEmpty());
	}
}
