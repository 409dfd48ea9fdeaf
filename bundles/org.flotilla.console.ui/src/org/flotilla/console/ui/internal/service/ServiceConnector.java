package org.flotilla.console.ui.internal.service;

import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * Connects this console to a pool service (kept in the application context; the console add-on implements it).
 * After connecting, the pool shown is the service's, every edit and action goes there, and the console no longer
 * talks to agents itself.
 */
public interface ServiceConnector {

	/**
	 * Connects, in the background, with the personal identity in {@code keystore} (its password in the file beside
	 * it, {@code NAME.password}); problems are shown to the person.
	 */
	void connect(InetSocketAddress service, Path keystore);

	/** True once connected (or connecting) to a pool service. */
	boolean isConnected();

	/** "pool service host:port (state)", or empty when not connected. */
	String describe();

	/**
	 * Asks the pool service ({@code ServiceOperations}); completes on a network thread. Without a service, a node's own
	 * audit ({@code agent-audit}) is asked of its agent directly, and anything else fails saying a service is needed.
	 */
	java.util.concurrent.CompletableFuture<org.flotilla.protocol.Message.Response> request(String operation,
			java.util.Map<String, String> arguments);

	/**
	 * Completes once every edit this console sent to the pool service so far has been answered (at once without a
	 * service). An action that builds on edits just made (Apply Profile: the nodes' profile, then provisioning them)
	 * waits for it, or it could overtake them. UI thread.
	 */
	java.util.concurrent.CompletableFuture<Void> editsAnswered();

	/** Parses "host:port" (the port is required), or throws IllegalArgumentException saying what is wrong. */
	static InetSocketAddress parse(String text) {
		String value = text == null ? "" : text.trim();
		int colon = value.lastIndexOf(':');
		if (colon <= 0 || colon == value.length() - 1) {
			throw new IllegalArgumentException("'" + value + "' is not host:port (for example 127.0.0.1:27100)");
		}
		int port;
		try {
			port = Integer.parseInt(value.substring(colon + 1));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("the port of '" + value + "' is not a number");
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("the port of '" + value + "' is outside 1-65535");
		}
		return InetSocketAddress.createUnresolved(value.substring(0, colon), port);
	}
}
