package org.flotilla.protocol;

import org.flotilla.protocol.Message.Request;
import org.flotilla.protocol.Message.Response;

/**
 * Answers requests on a {@link ProtocolServer}. Called on a request thread of the server (a small,
 * bounded set: see {@link ProtocolServer.Builder#requestWorkers}), so it may block briefly; it may be
 * called concurrently for requests of one or several peers. An exception becomes a
 * {@link Response.Status#FAILED} response carrying its message; the connection stays up.
 */
@FunctionalInterface
public interface RequestHandler {

	Response handle(PeerIdentity peer, Request request) throws Exception;

	/**
	 * As {@link #handle(PeerIdentity, Request)}, with the connection the request came on; the
	 * server calls this one. Override it to send messages to the asking peer alone.
	 */
	default Response handle(Context context, Request request) throws Exception {
		return handle(context.peer(), request);
	}

	/** The connection a request came on. */
	interface Context {
		/** Who asked, as its certificate says. */
		PeerIdentity peer();

		/** Identifies the connection while it is open (for per-connection bookkeeping such as rate limits). */
		long connectionId();

		/** Sends {@code message} to the asking peer only (nothing happens once its connection is closing). */
		void send(Message message);

		/** The address the asking peer connects from (for limits per host); null when unknown. */
		default java.net.InetAddress peerAddress() {
			return null;
		}

		/** The certificate the asking peer presented (for a renewal: what it replaces); null when unknown. */
		default java.security.cert.X509Certificate peerCertificate() {
			return null;
		}
	}
}
