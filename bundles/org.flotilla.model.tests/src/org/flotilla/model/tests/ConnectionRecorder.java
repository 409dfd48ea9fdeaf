package org.flotilla.model.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A TCP server on the loopback interface that accepts every connection, notes where it came
 * from and closes it at once (so a client that does connect fails fast instead of waiting for an
 * answer). A test asks {@link #firstConnectionIsOwnProbe} whether anyone else connected first.
 */
final class ConnectionRecorder implements AutoCloseable {

	private final ServerSocket server;
	private final BlockingQueue<Integer> acceptedFromPorts = new LinkedBlockingQueue<>();

	ConnectionRecorder() throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::acceptAll, "connection-recorder");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** A URL on this server. */
	String url(String path) {
		return "http://127.0.0.1:" + server.getLocalPort() + path;
	}

	/**
	 * Connects to the server itself and reports whether that probe is the first connection the
	 * server accepted. The kernel completes a connection before the client's connect returns and
	 * queues it for accepting in order, so any connection made before this call is accepted first.
	 */
	boolean firstConnectionIsOwnProbe() throws IOException, InterruptedException {
		try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
			Integer first = acceptedFromPorts.poll(30, TimeUnit.SECONDS);
			if (first == null) {
				throw new AssertionError("the server accepted nothing within 30 s, not even the probe");
			}
			return first == probe.getLocalPort();
		}
	}

	private void acceptAll() {
		while (!server.isClosed()) {
			try (Socket accepted = server.accept()) {
				acceptedFromPorts.add(accepted.getPort());
			} catch (IOException e) {
				// closed: the test is over
			}
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
	}
}
