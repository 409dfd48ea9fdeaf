package org.flotilla.hosts.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.flotilla.hosts.HostKeyException;
import org.flotilla.hosts.KnownHosts;

/**
 * MINA SSHD's known_hosts verifier with Flotilla's rules: an unknown key goes to the handler (and is appended to the
 * file by MINA when accepted), a changed key is refused. Why a key was refused is left on the session, so that the
 * connection can say so instead of MINA's generic "server key did not validate".
 */
public final class KnownHostsVerifier extends KnownHostsServerKeyVerifier {

	/** The refusal of this session's host key, for {@link #refusal}. */
	private static final AttributeKey<HostKeyException> REFUSAL = new AttributeKey<>();

	/** One verifier per {@link KnownHosts}: MINA serializes the appends to the file per verifier. */
	private static final Map<KnownHosts, KnownHostsVerifier> VERIFIERS = Collections.synchronizedMap(new WeakHashMap<>());

	/** The verifier applying {@code knownHosts}' rules, shared by all its connections. */
	public static KnownHostsVerifier of(KnownHosts knownHosts) {
		return VERIFIERS.computeIfAbsent(knownHosts, k -> new KnownHostsVerifier(k.file(), k.handler()));
	}

	/** Creates the folder of {@code file} owner-only (as OpenSSH wants {@code ~/.ssh}) when it is missing. */
	public static void ensureFolder(Path file) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
	}

	private KnownHostsVerifier(Path file, KnownHosts.UnknownKeyHandler handler) {
		super((session, address, key) -> {
			HostPort target = target(session, address);
			KnownHosts.UnknownKey unknown = new KnownHosts.UnknownKey(target.host(), target.port(),
					KeyUtils.getKeyType(key), fingerprint(key));
			boolean accepted;
			try {
				accepted = handler.accept(unknown);
			} catch (RuntimeException e) {
				accepted = false;
			}
			if (!accepted) {
				session.setAttribute(REFUSAL, new HostKeyException(HostKeyException.Reason.UNKNOWN,
						unknown.describe() + ", which was not accepted (it is not in " + file + ")"));
			}
			return accepted;
		}, file);
	}

	@Override
	public boolean acceptModifiedServerKey(ClientSession session, SocketAddress address, KnownHostEntry entry,
			PublicKey expected, PublicKey actual) {
		HostPort target = target(session, address);
		session.setAttribute(REFUSAL, new HostKeyException(HostKeyException.Reason.CHANGED, "the host key of "
				+ target.host() + ":" + target.port() + " has CHANGED: " + getPath() + " lists "
				+ KeyUtils.getKeyType(expected) + " " + fingerprint(expected) + ", the host now presents "
				+ KeyUtils.getKeyType(actual) + " " + fingerprint(actual)
				+ ". Refused: this is what a man in the middle looks like. If the host was reinstalled, remove its line ("
				+ entry.getConfigLine() + ") from " + getPath() + " and connect again."));
		return false;
	}

	/** Why the host key of {@code session} was refused, or {@code null}. */
	public static HostKeyException refusal(ClientSession session) {
		return session == null ? null : session.getAttribute(REFUSAL);
	}

	/** {@code SHA256:...}, as {@code ssh-keygen -l} prints it. */
	public static String fingerprint(PublicKey key) {
		return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
	}

	private record HostPort(String host, int port) {
	}

	/** The host as the caller named it (not the resolved address), which is what known_hosts lists. */
	private static HostPort target(ClientSession session, SocketAddress remote) {
		SocketAddress address = session.getConnectAddress();
		if (address == null) {
			address = remote;
		}
		if (address instanceof SshdSocketAddress s) {
			return new HostPort(s.getHostName(), s.getPort());
		}
		if (address instanceof InetSocketAddress i) {
			return new HostPort(i.getHostString(), i.getPort());
		}
		return new HostPort(String.valueOf(address), 0);
	}
}
