package org.flotilla.protocol.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

/**
 * A TCP relay that can freeze: it then forwards nothing either way and closes nothing, as a
 * peer that lost power or a firewall that dropped the flow would.
 */
final class FreezableProxy implements AutoCloseable {
	private final ServerSocket listener;
	private final InetSocketAddress target;
	private final List<Socket> sockets = new java.util.concurrent.CopyOnWriteArrayList<>();
	private volatile boolean frozen;
	private volatile boolean closed;

	FreezableProxy(InetSocketAddress target) throws IOException {
		this.target = target;
		listener = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
		Thread.ofVirtual().start(this::accept);
	}

	InetSocketAddress address() {
		return new InetSocketAddress("127.0.0.1", listener.getLocalPort());
	}

	void freeze() {
		frozen = true;
	}

	private void accept() {
		try {
			while (true) {
				Socket client = listener.accept();
				Socket server = new Socket(target.getAddress(), target.getPort());
				sockets.add(client);
				sockets.add(server);
				Thread.ofVirtual().start(() -> pump(client, server));
				Thread.ofVirtual().start(() -> pump(server, client));
			}
		} catch (IOException e) {
			// closed
		}
	}

	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try {
			InputStream in = from.getInputStream();
			OutputStream out = to.getOutputStream();
			int n;
			while ((n = in.read(buffer)) >= 0) {
				while (frozen && !closed) {
					Thread.sleep(50); // hold what came, forward nothing, close nothing
				}
				out.write(buffer, 0, n);
				out.flush();
			}
		} catch (IOException | InterruptedException e) {
			// one side went away
		}
	}

	@Override
	public void close() throws IOException {
		closed = true;
		listener.close();
		for (Socket socket : sockets) {
			socket.close();
		}
	}
}
