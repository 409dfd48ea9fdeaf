package org.flotilla.hosts.internal;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;

import org.apache.sshd.agent.SshAgent;
import org.apache.sshd.agent.SshAgentFactory;
import org.apache.sshd.agent.SshAgentServer;
import org.apache.sshd.agent.common.AbstractAgentProxy;
import org.apache.sshd.common.FactoryManager;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.session.ConnectionService;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * A client of the user's ssh-agent over its Unix domain socket, with the JDK's own Unix socket channels: MINA SSHD's
 * {@code org.apache.sshd.agent.unix.AgentClient} needs Tomcat's native APR library, which no console carries. The
 * agent protocol (request identities, sign) is MINA's {@link AbstractAgentProxy}; this class only moves its messages:
 * each is a 4-byte big-endian length and that many bytes, one request answered by one reply.
 */
public final class UnixSocketAgent extends AbstractAgentProxy {

	/** The most an agent answer may hold: the identities of a very large agent are well below 256 KiB. */
	private static final int LARGEST_ANSWER = 256 * 1024;

	private final SocketChannel channel;

	private UnixSocketAgent(SocketChannel channel) {
		super(null);
		this.channel = channel;
	}

	/** Connects to the agent listening on {@code socket}. */
	public static UnixSocketAgent connect(Path socket) throws IOException {
		SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
		try {
			channel.connect(UnixDomainSocketAddress.of(socket));
		} catch (IOException e) {
			channel.close();
			throw new IOException("cannot reach the ssh-agent at " + socket + ": " + e.getMessage(), e);
		}
		return new UnixSocketAgent(channel);
	}

	@Override
	protected synchronized Buffer request(Buffer buffer) throws IOException {
		channel.write(ByteBuffer.wrap(buffer.array(), buffer.rpos(), buffer.available()));
		ByteBuffer header = ByteBuffer.allocate(4);
		readFully(header);
		int length = header.flip().getInt();
		if (length < 1 || length > LARGEST_ANSWER) {
			throw new SshException("ssh-agent answered with a message of " + length + " bytes");
		}
		ByteBuffer body = ByteBuffer.allocate(length);
		readFully(body);
		return new ByteArrayBuffer(body.array());
	}

	private void readFully(ByteBuffer target) throws IOException {
		while (target.hasRemaining()) {
			if (channel.read(target) < 0) {
				throw new SshException("the ssh-agent closed the connection");
			}
		}
	}

	@Override
	public boolean isOpen() {
		return channel.isOpen();
	}

	@Override
	public void close() throws IOException {
		try {
			super.close();
		} finally {
			channel.close();
		}
	}

	/** Gives MINA's public key authentication a fresh connection to the agent at {@code socket} per session. */
	public static SshAgentFactory factory(Path socket) {
		return new SshAgentFactory() {
			@Override
			public List<ChannelFactory> getChannelForwardingFactories(FactoryManager manager) {
				return List.of(); // no agent forwarding to the hosts: they must never use the administrator's keys
			}

			@Override
			public SshAgent createClient(Session session, FactoryManager manager) throws IOException {
				return connect(socket);
			}

			@Override
			public SshAgentServer createServer(ConnectionService service) {
				throw new UnsupportedOperationException("Flotilla does not forward the ssh-agent");
			}
		};
	}
}
