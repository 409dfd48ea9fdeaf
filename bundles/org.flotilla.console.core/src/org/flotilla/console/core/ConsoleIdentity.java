package org.flotilla.console.core;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import javax.net.ssl.SSLContext;

import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.SecretFiles;

/**
 * The console's side of the pool's trust: the pool certificate authority, created in the console's
 * workspace on first use ({@code ca/}), and this console's own certificate ({@code tls/console.p12}).
 * Passwords are random, kept beside the stores in files only the user can read.
 */
public final class ConsoleIdentity {

	private final Path workspace;
	private final PoolCertificateAuthority authority;
	private final char[] caPassword;

	private ConsoleIdentity(Path workspace, PoolCertificateAuthority authority, char[] caPassword) {
		this.workspace = workspace;
		this.authority = authority;
		this.caPassword = caPassword;
	}

	/**
	 * Opens the workspace's pool CA, creating it (and its password) on first use: for a console that works without a
	 * pool service (the standalone and demo pools), which is its own pool's CA. A workspace whose console identity
	 * came from elsewhere (a pool service signed its request: {@code tls/console.p12} without a local CA, or a request
	 * pending) gets no CA: it works against that service, which alone holds the pool's CA key.
	 *
	 * @throws IOException saying so, for such a workspace
	 */
	public static ConsoleIdentity openOrCreate(Path workspace, String poolName) throws IOException, GeneralSecurityException {
		boolean localCa = java.nio.file.Files.exists(workspace.resolve("ca").resolve(PoolCertificateAuthority.KEYSTORE_FILE));
		if (!localCa && (java.nio.file.Files.exists(workspace.resolve("tls/console.p12"))
				|| java.nio.file.Files.exists(workspace.resolve("tls/console-pending.p12")))) {
			throw new IOException("the console identity of " + workspace + " comes from a pool service: this workspace "
					+ "works against that service (-service HOST:PORT -identity " + workspace.resolve("tls/console.p12")
					+ ") and holds no certificate authority of its own");
		}
		char[] password = SecretFiles.readOrCreatePassword(workspace.resolve("ca/ca.password"));
		return new ConsoleIdentity(workspace, PoolCertificateAuthority.openOrCreate(workspace.resolve("ca"), password, poolName),
				password);
	}

	public PoolCertificateAuthority authority() {
		return authority;
	}

	/** This console's TLS identity (an administrator named {@code name}), issued on first use. */
	public SSLContext consoleTls(String name) throws IOException, GeneralSecurityException {
		IdentityKeystore files = new IdentityKeystore(workspace.resolve("tls/console.p12"), workspace.resolve("tls/console.password"));
		IdentityKeystore.Loaded identity = files.exists() ? files.load() : null;
		// Certificates live 90 days: this console, holding the CA, issues itself a new one once two thirds have passed.
		if (identity == null || org.flotilla.protocol.CertificateRenewal.isDue(identity.certificate(), java.time.Instant.now())) {
			identity = files.issue(authority, identity != null ? identity.identity() : PeerIdentity.console(name, ConsoleRole.ADMINISTRATOR));
		}
		return identity.sslContext();
	}

	/** Issues an agent's keystore for {@code nodeName} into its data directory, where the agent looks for it. */
	public void issueAgent(String nodeName, Path agentDataDir) throws IOException, GeneralSecurityException {
		IdentityKeystore.ofAgent(agentDataDir).issue(authority, PeerIdentity.agent(nodeName));
	}

	char[] caPassword() {
		return caPassword.clone();
	}
}
