package org.flotilla.protocol.internal;

import org.apache.mina.core.buffer.IoBuffer;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.filter.codec.CumulativeProtocolDecoder;
import org.apache.mina.filter.codec.ProtocolCodecFactory;
import org.apache.mina.filter.codec.ProtocolDecoder;
import org.apache.mina.filter.codec.ProtocolDecoderOutput;
import org.apache.mina.filter.codec.ProtocolEncoder;
import org.apache.mina.filter.codec.ProtocolEncoderAdapter;
import org.apache.mina.filter.codec.ProtocolEncoderOutput;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.ProtocolException;

/**
 * Frames on the wire: a 4-byte big-endian payload length, then the payload written by
 * {@link MessageCodec}. The decoder waits until a whole frame has arrived, and refuses a length
 * above the maximum as soon as the 4 length bytes are in, before buffering any of that payload, so
 * a hostile peer cannot make us hold more than one maximum frame plus one read.
 */
public final class FrameCodecFactory implements ProtocolCodecFactory {

	public static final int LENGTH_PREFIX_BYTES = 4;

	private final int maximumPayloadBytes;
	private final int maximumIncomingPayloadBytes;
	private final ProtocolEncoder encoder = new FrameEncoder();

	/** The same maximum both ways. */
	public FrameCodecFactory(int maximumPayloadBytes) {
		this(maximumPayloadBytes, maximumPayloadBytes);
	}

	/**
	 * @param maximumPayloadBytes         largest frame this end sends
	 * @param maximumIncomingPayloadBytes largest frame this end accepts: an agent's answers may be
	 *                                    large, the requests it accepts never are, and what a peer
	 *                                    may make us buffer is what counts
	 */
	public FrameCodecFactory(int maximumPayloadBytes, int maximumIncomingPayloadBytes) {
		if (maximumPayloadBytes < 1 || maximumIncomingPayloadBytes < 1) {
			throw new IllegalArgumentException("maximum frame sizes must be positive: " + maximumPayloadBytes + ", "
					+ maximumIncomingPayloadBytes);
		}
		this.maximumPayloadBytes = maximumPayloadBytes;
		this.maximumIncomingPayloadBytes = maximumIncomingPayloadBytes;
	}

	public int maximumPayloadBytes() {
		return maximumPayloadBytes;
	}

	@Override
	public ProtocolEncoder getEncoder(IoSession session) {
		return encoder;
	}

	@Override
	public ProtocolDecoder getDecoder(IoSession session) {
		// The cumulative decoder keeps its partial frame in a session attribute, so one instance per
		// session is not required; one per session is still the simplest thing to reason about.
		return new FrameDecoder();
	}

	/** Writes one message as one frame. */
	private final class FrameEncoder extends ProtocolEncoderAdapter {
		@Override
		public void encode(IoSession session, Object message, ProtocolEncoderOutput out) throws Exception {
			byte[] payload = MessageCodec.encode((Message) message);
			if (payload.length > maximumPayloadBytes) {
				// Our own bug or an oversized report: fail this write, never send what the peer must refuse.
				throw new ProtocolException("refusing to send a " + payload.length + "-byte frame; the maximum is "
						+ maximumPayloadBytes);
			}
			IoBuffer frame = IoBuffer.allocate(LENGTH_PREFIX_BYTES + payload.length);
			frame.putInt(payload.length).put(payload).flip();
			out.write(frame);
		}
	}

	/** Cuts the byte stream into frames and decodes each; any error ends up in exceptionCaught. */
	private final class FrameDecoder extends CumulativeProtocolDecoder {
		FrameDecoder() {
			// Always keep partial frames, whatever the transport claims: a frame may arrive in pieces
			// over any stream (and an in-memory session that claims "no fragmentation" must not spin).
			setTransportMetadataFragmentation(false);
		}

		@Override
		protected boolean doDecode(IoSession session, IoBuffer in, ProtocolDecoderOutput out) throws Exception {
			if (in.remaining() < LENGTH_PREFIX_BYTES) {
				return false;
			}
			int length = in.getInt(in.position());
			if (length < 1 || length > maximumIncomingPayloadBytes) {
				// Skip what we have: the stream is out of step, nothing after this can be trusted.
				in.position(in.limit());
				throw new ProtocolException("frame length " + Integer.toUnsignedString(length)
						+ " outside 1.." + maximumIncomingPayloadBytes);
			}
			if (in.remaining() < LENGTH_PREFIX_BYTES + length) {
				return false;
			}
			in.skip(LENGTH_PREFIX_BYTES);
			int end = in.position() + length;
			java.nio.ByteBuffer payload = in.buf().slice(in.position(), length);
			in.position(end);
			out.write(MessageCodec.decode(payload));
			return true;
		}
	}
}
