package org.flotilla.console.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;

import javax.net.ssl.SSLContext;

import org.flotilla.protocol.ConsoleRole;
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

	/** Opens the workspace's pool CA, creating it (and its password) on first use. */
	public static ConsoleIdentity openOrCreate(Path workspace, String poolName) throws IOException, GeneralSecurityException {
		char[] password = secret(workspace.resolve("ca/ca.password"));
		return new ConsoleIdentity(workspace, PoolCertificateAuthority.openOrCreate(workspace.resolve("ca"), password, poolName),
				password);
	}

	public PoolCertificateAuthority authority() {
		return authority;
	}

	/** This console's TLS identity (an administrator named {@code name}), issued on first use. */
	public SSLContext consoleTls(String name) throws IOException, GeneralSecurityException {
		Path store = workspace.resolve("tls/console.p12");
		char[] password = secret(workspace.resolve("tls/console.password"));
		KeyStore keys;
		if (Files.isRegularFile(store)) {
			keys = PoolCertificateAuthority.loadKeyStore(store, password);
		} else {
			keys = authority.issueConsole(name, ConsoleRole.ADMINISTRATOR, password);
			PoolCertificateAuthority.writeKeyStore(keys, store, password);
		}
		return PoolCertificateAuthority.sslContext(keys, password);
	}

	/** Issues an agent's keystore for {@code nodeName} into its data directory, where the agent looks for it. */
	public void issueAgent(String nodeName, Path agentDataDir) throws IOException, GeneralSecurityException {
		char[] password = secret(agentDataDir.resolve("tls/agent.password"));
		PoolCertificateAuthority.writeKeyStore(authority.issueAgent(nodeName, password), agentDataDir.resolve("tls/agent.p12"),
				password);
	}

	char[] caPassword() {
		return caPassword.clone();
	}

	/**
	 * Reads a password file, or creates one with a random password, readable by the owner only from
	 * its first byte (see {@link SecretFiles}).
	 */
	static char[] secret(Path file) throws IOException {
		if (Files.isRegularFile(file)) {
			return Files.readString(file).strip().toCharArray();
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		SecretFiles.write(file, (password + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		return password.toCharArray();
	}
}
