package org.flotilla.protocol.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

/**
 * Turns a {@link Message} into the payload of one frame and back. A payload is one type byte, then
 * the fields in record order: int and long big-endian, double as IEEE 754 bits, strings as an int
 * byte count and UTF-8, lists and maps as an int count and their elements, enums as one byte.
 * <p>
 * Decoding trusts nothing: every count and length is checked against the bytes that are really
 * left before anything is allocated, strings must be valid UTF-8, and a payload must be used up
 * exactly. Whatever is wrong becomes a {@link ProtocolException} naming the problem.
 */
public final class MessageCodec {

	// Type bytes. Never reuse a retired number: old peers would misread it.
	public static final byte HELLO = 1;
	public static final byte WELCOME = 2;
	public static final byte REFUSED = 3;
	public static final byte REQUEST = 4;
	public static final byte RESPONSE = 5;
	public static final byte EVENT = 6;
	public static final byte HEARTBEAT = 7;
	public static final byte INVENTORY_REPORT = 8;
	public static final byte METRICS_REPORT = 9;

	/** A Hello offering more versions than this is nonsense, not a future peer. */
	private static final int MAX_OFFERED_VERSIONS = 64;

	private MessageCodec() {
	}

	public static byte[] encode(Message message) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			switch (message) {
			case Hello hello -> {
				out.writeByte(HELLO);
				out.writeInt(hello.protocolVersions().size());
				for (int version : hello.protocolVersions()) {
					out.writeInt(version);
				}
				out.writeByte(hello.kind().ordinal());
				writeString(out, hello.name());
			}
			case Welcome welcome -> {
				out.writeByte(WELCOME);
				out.writeInt(welcome.chosenVersion());
				writeString(out, welcome.name());
			}
			case Refused refused -> {
				out.writeByte(REFUSED);
				writeString(out, refused.reason());
			}
			case Request request -> {
				out.writeByte(REQUEST);
				out.writeLong(request.id());
				writeString(out, request.operation());
				out.writeLong(request.stateVersion());
				writeMap(out, request.arguments());
			}
			case Response response -> {
				out.writeByte(RESPONSE);
				out.writeLong(response.id());
				out.writeByte(response.status().ordinal());
				writeString(out, response.detail());
				writeMap(out, response.values());
			}
			case Event event -> {
				out.writeByte(EVENT);
				writeString(out, event.kind());
				out.writeLong(event.timestampMillis());
				writeMap(out, event.attributes());
			}
			case Heartbeat heartbeat -> {
				out.writeByte(HEARTBEAT);
				out.writeLong(heartbeat.sequence());
				out.writeLong(heartbeat.timestampMillis());
			}
			case InventoryReport report -> {
				out.writeByte(INVENTORY_REPORT);
				writeString(out, report.nodeName());
				out.writeLong(report.stateVersion());
				out.writeInt(report.items().size());
				for (StackItem item : report.items()) {
					writeString(out, item.layer());
					writeString(out, item.name());
					writeString(out, item.version());
					writeMap(out, item.parameters());
				}
			}
			case MetricsReport report -> {
				out.writeByte(METRICS_REPORT);
				writeString(out, report.nodeName());
				out.writeLong(report.timestampMillis());
				out.writeInt(report.samples().size());
				for (MetricSample sample : report.samples()) {
					writeString(out, sample.subject());
					writeString(out, sample.metric());
					out.writeDouble(sample.value());
				}
			}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot happen: writing to memory", e);
		}
		return bytes.toByteArray();
	}

	/** Reads one whole payload (the bytes of one frame without its length prefix). */
	public static Message decode(ByteBuffer payload) throws ProtocolException {
		if (!payload.hasRemaining()) {
			throw new ProtocolException("empty frame");
		}
		Reader in = new Reader(payload);
		byte type = payload.get();
		try {
			Message message = switch (type) {
			case HELLO -> new Hello(in.list(MAX_OFFERED_VERSIONS, 4, Reader::readInt), in.enumByte(PeerKind.values()),
					in.string());
			case WELCOME -> new Welcome(in.readInt(), in.string());
			case REFUSED -> new Refused(in.string());
			case REQUEST -> new Request(in.readLong(), in.string(), in.readLong(), in.map());
			case RESPONSE -> new Response(in.readLong(), in.enumByte(Response.Status.values()), in.string(), in.map());
			case EVENT -> new Event(in.string(), in.readLong(), in.map());
			case HEARTBEAT -> new Heartbeat(in.readLong(), in.readLong());
			case INVENTORY_REPORT -> new InventoryReport(in.string(), in.readLong(),
					in.list(Integer.MAX_VALUE, 16, r -> new StackItem(r.string(), r.string(), r.string(), r.map())));
			case METRICS_REPORT -> new MetricsReport(in.string(), in.readLong(),
					in.list(Integer.MAX_VALUE, 16, r -> new MetricSample(r.string(), r.string(), r.readDouble())));
			default -> throw new UnknownMessageTypeException(type);
			};
			if (payload.hasRemaining()) {
				throw new ProtocolException(payload.remaining() + " unexpected bytes after a " + typeName(type));
			}
			return message;
		} catch (MalformedField e) {
			throw new ProtocolException("malformed " + typeName(type) + ": " + e.getMessage());
		} catch (BufferUnderflowException e) {
			throw new ProtocolException("truncated " + typeName(type));
		}
	}

	public static String typeName(byte type) {
		return switch (type) {
		case HELLO -> "Hello";
		case WELCOME -> "Welcome";
		case REFUSED -> "Refused";
		case REQUEST -> "Request";
		case RESPONSE -> "Response";
		case EVENT -> "Event";
		case HEARTBEAT -> "Heartbeat";
		case INVENTORY_REPORT -> "InventoryReport";
		case METRICS_REPORT -> "MetricsReport";
		default -> String.format("message of unknown type 0x%02x", type);
		};
	}

	private static void writeString(DataOutputStream out, String value) throws IOException {
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

	private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
		out.writeInt(map.size());
		for (Map.Entry<String, String> entry : map.entrySet()) {
			writeString(out, entry.getKey());
			writeString(out, entry.getValue());
		}
	}

	/** A message type this build does not know, e.g. from a newer peer that ignored the version. */
	public static final class UnknownMessageTypeException extends ProtocolException {
		private static final long serialVersionUID = 1L;

		UnknownMessageTypeException(byte type) {
			super("unknown message type " + String.format("0x%02x", type));
		}
	}

	/** A field that cannot be what it claims; caught in {@link #decode} and reported with the type. */
	private static final class MalformedField extends RuntimeException {
		private static final long serialVersionUID = 1L;

		MalformedField(String problem) {
			super(problem, null, false, false);
		}
	}

	/** Reads fields from a payload, refusing any count or length the remaining bytes cannot hold. */
	private static final class Reader {
		private final ByteBuffer buffer;
		private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

		Reader(ByteBuffer buffer) {
			this.buffer = buffer;
		}

		int readInt() {
			return buffer.getInt();
		}

		long readLong() {
			return buffer.getLong();
		}

		double readDouble() {
			return buffer.getDouble();
		}

		String string() {
			int length = buffer.getInt();
			if (length < 0 || length > buffer.remaining()) {
				throw new MalformedField("string of " + length + " bytes where " + buffer.remaining() + " are left");
			}
			ByteBuffer bytes = buffer.slice(buffer.position(), length);
			buffer.position(buffer.position() + length);
			try {
				CharBuffer chars = utf8.reset().decode(bytes);
				return chars.toString();
			} catch (CharacterCodingException e) {
				throw new MalformedField("string is not valid UTF-8");
			}
		}

		<E extends Enum<E>> E enumByte(E[] values) {
			int ordinal = buffer.get();
			if (ordinal < 0 || ordinal >= values.length) {
				throw new MalformedField("no " + values[0].getDeclaringClass().getSimpleName() + " number " + ordinal);
			}
			return values[ordinal];
		}

		/** {@code minimumElementSize}: the fewest bytes one element can take, to refuse absurd counts early. */
		<T> List<T> list(int maximumCount, int minimumElementSize, Function<Reader, T> element) {
			int count = buffer.getInt();
			if (count < 0 || count > maximumCount || (long) count * minimumElementSize > buffer.remaining()) {
				throw new MalformedField("list of " + count + " elements where " + buffer.remaining() + " bytes are left");
			}
			List<T> result = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				result.add(element.apply(this));
			}
			return result;
		}

		Map<String, String> map() {
			int count = buffer.getInt();
			if (count < 0 || (long) count * 8 > buffer.remaining()) {
				throw new MalformedField("map of " + count + " entries where " + buffer.remaining() + " bytes are left");
			}
			Map<String, String> result = new LinkedHashMap<>(count * 2);
			for (int i = 0; i < count; i++) {
				String key = string();
				if (result.put(key, string()) != null) {
					throw new MalformedField("key '" + key + "' appears twice");
				}
			}
			return result;
		}
	}
}
