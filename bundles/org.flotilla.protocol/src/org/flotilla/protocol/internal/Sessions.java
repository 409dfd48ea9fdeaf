package org.flotilla.protocol.internal;

import java.io.IOException;
import java.util.Optional;

import javax.net.ssl.SSLException;

import org.apache.mina.core.session.AttributeKey;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.filter.codec.ProtocolEncoderException;
import org.flotilla.protocol.LogText;
import org.flotilla.protocol.Message.Refused;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.ProtocolException;

/** What both ends do with a session that misbehaves, and how they describe it in the log. */
final class Sessions {

	/** Set once we decided to close a session: anything it still sends is ignored. */
	static final AttributeKey CLOSING_REASON = new AttributeKey(Sessions.class, "closingReason");
	static final AttributeKey PEER = new AttributeKey(Sessions.class, "peer");

	private Sessions() {
	}

	/**
	 * Tells the peer why, then closes. The reason is logged once, here. Before TLS is up nothing can
	 * be told (the TLS filter would hold the message back until a handshake that may never finish),
	 * so such a session is closed at once. A peer that does not read the refusal is cut off by the
	 * session's write timeout.
	 */
	static void refuseAndClose(IoSession session, String reason, CloseLog log) {
		if (!TlsFilters.isSecured(session)) {
			close(session, reason, log);
			return;
		}
		if (session.setAttributeIfAbsent(CLOSING_REASON, reason) != null) {
			return;
		}
		log.closing(session, reason);
		session.write(new Refused(reason)).addListener(written -> session.closeNow());
	}

	/** Closes without a word, for peers we cannot talk to at all (no TLS, bad certificate). */
	static void close(IoSession session, String reason, CloseLog log) {
		if (session.setAttributeIfAbsent(CLOSING_REASON, reason) != null) {
			return;
		}
		log.closing(session, reason);
		session.closeNow();
	}

	static boolean isClosing(IoSession session) {
		return session.isClosing() || session.containsAttribute(CLOSING_REASON);
	}

	static String describe(IoSession session) {
		Object peer = session.getAttribute(PEER);
		return "connection " + session.getId() + " with " + session.getRemoteAddress()
				+ (peer instanceof PeerIdentity identity
						? " (" + identity.kind().externalName() + " '" + LogText.of(identity.name(), LogText.NAME) + "')"
						: "");
	}

	/**
	 * Whether {@code failure} is our own message failing to encode (e.g. larger than the maximum
	 * frame). That write fails and its sender is told; the connection itself is fine.
	 */
	static boolean isOutgoingEncodingFailure(Throwable failure) {
		return failure instanceof ProtocolEncoderException;
	}

	/**
	 * A write that met a session already closed or closing: the peer hung up while we were sending
	 * (a report, say). Nothing to say about it; the close itself is reported.
	 */
	static boolean isWriteToClosedSession(Throwable failure) {
		return failure instanceof org.apache.mina.core.write.WriteToClosedSessionException;
	}

	/** The protocol error somewhere in {@code failure}'s causes, if it is one. */
	static Optional<ProtocolException> protocolError(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ProtocolException protocolError) {
				return Optional.of(protocolError);
			}
		}
		return Optional.empty();
	}

	/**
	 * Failures caused by the peer or the network rather than by a bug of ours. MINA's TLS filter
	 * throws a BufferOverflowException when 64 messages wait for a peer that does not read: the
	 * peer's doing, not ours.
	 */
	static boolean isTransportFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SSLException || cause instanceof IOException
					|| cause instanceof java.nio.BufferOverflowException) {
				return true;
			}
		}
		return false;
	}
}
