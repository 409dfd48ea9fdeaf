package org.flotilla.protocol;

/**
 * The peer broke the protocol (malformed, oversized or unexpected message, no common version) or
 * refused us. The message is the reason, fit to be logged and sent in a {@link Message.Refused}.
 */
public class ProtocolException extends Exception {

	private static final long serialVersionUID = 1L;

	public ProtocolException(String reason) {
		super(reason);
	}

	public ProtocolException(String reason, Throwable cause) {
		super(reason, cause);
	}
}
