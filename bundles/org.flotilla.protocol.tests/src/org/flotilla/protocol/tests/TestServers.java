package org.flotilla.protocol.tests;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.ProtocolException;
import org.flotilla.protocol.ProtocolServer;
import org.flotilla.protocol.RequestHandler;

/** The server and clients the connection tests use, and a wait that polls a condition with a deadline. */
final class TestServers {

	/** Answers "echo" with its arguments plus who asked; refuses anything else. */
	static final RequestHandler ECHO = (peer, request) -> {
		if (!request.operation().equals("echo")) {
			return Response.failed(request.id(), Response.Status.REFUSED, "unknown operation " + request.operation());
		}
		var values = new java.util.HashMap<>(request.arguments());
		values.put("peer", peer.name());
		values.put("role", peer.role().map(Enum::name).orElse("-"));
		return Response.ok(request.id(), Map.copyOf(values));
	};

	private TestServers() {
	}

	static ProtocolServer agent(TestPki pki) throws IOException {
		return ProtocolServer.builder("node-1", pki.agent, ECHO).start();
	}

	static ProtocolClient administrator(TestPki pki, ProtocolServer server) throws IOException, ProtocolException {
		return ProtocolClient.builder(server.address(), pki.administrator, PeerKind.CONSOLE, "alice").connect();
	}

	/** Waits for {@code condition}, polling; fails the test with {@code what} after {@code timeout}. */
	static void await(Duration timeout, String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out after " + timeout + " waiting for " + what);
			}
			Thread.onSpinWait();
			try {
				Thread.sleep(5);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted waiting for " + what);
			}
		}
	}
}
