package org.flotilla.protocol.tests;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import org.flotilla.protocol.Message;
import org.flotilla.protocol.ProtocolException;
import org.flotilla.protocol.internal.MessageCodec;

/**
 * A peer that writes whatever bytes a test wants: over plain TCP or over TLS (blocking JDK sockets,
 * independent of MINA), to see what the server makes of them.
 */
final class RawPeer implements AutoCloseable {

	private final Socket socket;
	private final DataOutputStream out;
	private final DataInputStream in;

	private RawPeer(Socket socket) throws IOException {
		this.socket = socket;
		socket.setSoTimeout(10_000);
		out = new DataOutputStream(socket.getOutputStream());
		in = new DataInputStream(socket.getInputStream());
	}

	static RawPeer plain(InetSocketAddress server) throws IOException {
		return new RawPeer(new Socket(server.getAddress(), server.getPort()));
	}

	static RawPeer tls(InetSocketAddress server, SSLContext context) throws IOException {
		SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(server.getAddress(), server.getPort());
		socket.setEnabledProtocols(new String[] { "TLSv1.3" });
		socket.startHandshake();
		return new RawPeer(socket);
	}

	void writeRaw(byte[] bytes) throws IOException {
		out.write(bytes);
		out.flush();
	}

	void writeFrame(byte[] payload) throws IOException {
		out.writeInt(payload.length);
		out.write(payload);
		out.flush();
	}

	void write(Message message) throws IOException {
		writeFrame(MessageCodec.encode(message));
	}

	Message read() throws IOException, ProtocolException {
		int length = in.readInt();
		byte[] payload = new byte[length];
		in.readFully(payload);
		return MessageCodec.decode(ByteBuffer.wrap(payload));
	}

	/** The next message, or null once the server has closed the connection. */
	Message readOrNull() throws ProtocolException {
		try {
			return read();
		} catch (IOException e) {
			return null;
		}
	}

	/**
	 * Reads (and drops) whatever still comes until the server closes the connection. True when it
	 * did within {@code timeout}; a reset or a TLS alert counts as closed too.
	 */
	boolean closedByServerWithin(Duration timeout) throws IOException {
		Instant deadline = Instant.now().plus(timeout);
		byte[] sink = new byte[8192];
		while (Instant.now().isBefore(deadline)) {
			socket.setSoTimeout((int) Math.max(1, Duration.between(Instant.now(), deadline).toMillis()));
			try {
				if (in.read(sink) < 0) {
					return true;
				}
			} catch (SocketTimeoutException e) {
				return false;
			} catch (EOFException e) {
				return true;
			} catch (IOException e) {
				return true; // connection reset, or a TLS alert: closed all the same
			}
		}
		return false;
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
