package org.flotilla.protocol;

import org.flotilla.protocol.Message.Request;
import org.flotilla.protocol.Message.Response;

/**
 * Answers requests on a {@link ProtocolServer}. Called on a virtual thread of its own, so it may
 * block; it may be called concurrently for requests of one or several peers. An exception becomes
 * a {@link Response.Status#FAILED} response carrying its message; the connection stays up.
 */
@FunctionalInterface
public interface RequestHandler {

	Response handle(PeerIdentity peer, Request request) throws Exception;
}
