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
 * A whole pool's trust kept in one folder, for tests, benchmarks and one-machine experiments that play the pool service's
 * part themselves: the pool certificate authority ({@code ca/}, its password in the file beside it) and a console
 * identity ({@code tls/console.p12}) it issues to itself. The console never makes or opens one (a pool's CA key lives in
 * its pool service alone, encrypted with a passphrase kept elsewhere: see {@code ServiceIdentity}); the demo pool's
 * certificates come from a CA that is never written ({@link DemoPool}).
 */
public final class LocalPoolAuthority {

	private final Path workspace;
	private final PoolCertificateAuthority authority;
	private final char[] caPassword;

	private LocalPoolAuthority(Path workspace, PoolCertificateAuthority authority, char[] caPassword) {
		this.workspace = workspace;
		this.authority = authority;
		this.caPassword = caPassword;
	}

	/**
	 * Opens the folder's pool CA, creating it (and its password) on first use. A workspace whose console identity
	 * came from elsewhere (a pool service signed its request: {@code tls/console.p12} without a local CA, or a request
	 * pending) gets no CA: it works against that service, which alone holds the pool's CA key.
	 *
	 * @throws IOException saying so, for such a workspace
	 */
	public static LocalPoolAuthority openOrCreate(Path workspace, String poolName) throws IOException, GeneralSecurityException {
		boolean localCa = java.nio.file.Files.exists(workspace.resolve("ca").resolve(PoolCertificateAuthority.KEYSTORE_FILE));
		if (!localCa && (java.nio.file.Files.exists(workspace.resolve("tls/console.p12"))
				|| java.nio.file.Files.exists(workspace.resolve("tls/console-pending.p12")))) {
			throw new IOException("the console identity of " + workspace + " comes from a pool service: this workspace "
					+ "works against that service (-service HOST:PORT -identity " + workspace.resolve("tls/console.p12")
					+ ") and holds no certificate authority of its own");
		}
		char[] password = SecretFiles.readOrCreatePassword(workspace.resolve("ca/ca.password"));
		return new LocalPoolAuthority(workspace, PoolCertificateAuthority.openOrCreate(workspace.resolve("ca"), password, poolName),
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
