package org.flotilla.hosts.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.flotilla.hosts.CommandResult;
import org.flotilla.hosts.HostAccess;
import org.flotilla.hosts.HostConnection;
import org.flotilla.hosts.HostKeyException;
import org.flotilla.hosts.KnownHosts;

/** {@link HostConnection} on MINA SSHD: one client and one session per host. */
public final class SshHost implements HostConnection {

	private final HostAccess access;
	private final SshClient client;
	private final ClientSession session;
	private final boolean root;
	private final String home;
	private SftpClient sftp;
	private Boolean privileged;

	private SshHost(HostAccess access, SshClient client, ClientSession session, boolean root, String home) {
		this.access = access;
		this.client = client;
		this.session = session;
		this.root = root;
		this.home = home;
	}

	/** See {@link HostConnection#open}. */
	public static SshHost open(HostAccess access, KnownHosts knownHosts, Duration timeout) throws IOException {
		SshClient client = SshClient.setUpDefaultClient();
		// Only what the caller gave: no ~/.ssh/config, no default identities of the console's user.
		client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
		client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
		client.setServerKeyVerifier(KnownHostsVerifier.of(knownHosts));
		if (access.authentication() instanceof HostAccess.Agent agent) {
			client.setAgentFactory(UnixSocketAgent.factory(agentSocket(agent)));
		}
		client.start();
		ClientSession session = null;
		try {
			KnownHostsVerifier.ensureFolder(knownHosts.file());
			try {
				session = client.connect(access.user(), access.host(), access.port()).verify(timeout).getSession();
			} catch (IOException e) {
				throw new IOException("cannot reach " + access.host() + ":" + access.port() + ": " + rootMessage(e), e);
			}
			addIdentities(session, access);
			try {
				session.auth().verify(timeout);
			} catch (IOException e) {
				HostKeyException refused = KnownHostsVerifier.refusal(session);
				if (refused != null) {
					throw refused;
				}
				throw new IOException("cannot log in to " + access.label() + " with " + access.authentication() + ": "
						+ rootMessage(e), e);
			}
			HostKeyException refused = KnownHostsVerifier.refusal(session);
			if (refused != null) {
				throw refused; // cannot happen once authenticated, but never go on past a refused key
			}
			SshHost host = new SshHost(access, client, session, false, null);
			CommandResult who = host.run("id -u; printf '%s\\n' \"$HOME\"", Duration.ofSeconds(30));
			String[] lines = who.stdout().split("\n");
			if (!who.ok() || lines.length < 2) {
				throw new IOException("unexpected answer to 'id -u' from " + access.label() + ": " + who.message());
			}
			return new SshHost(access, client, session, lines[0].strip().equals("0"), lines[1].strip());
		} catch (IOException | RuntimeException e) {
			if (session != null) {
				session.close(true);
			}
			client.stop();
			throw e;
		}
	}

	private static Path agentSocket(HostAccess.Agent agent) throws IOException {
		if (agent.socket() != null) {
			return agent.socket();
		}
		String variable = System.getenv("SSH_AUTH_SOCK");
		if (variable == null || variable.isBlank()) {
			throw new IOException("no ssh-agent: SSH_AUTH_SOCK is not set for the console");
		}
		return Path.of(variable);
	}

	private static void addIdentities(ClientSession session, HostAccess access) throws IOException {
		switch (access.authentication()) {
		case HostAccess.Password p -> session.addPasswordIdentity(new String(p.password()));
		case HostAccess.KeyFile k -> {
			FilePasswordProvider passphrase = k.passphrase() == null ? FilePasswordProvider.EMPTY
					: FilePasswordProvider.of(new String(k.passphrase()));
			Iterable<KeyPair> keys;
			try (InputStream in = Files.newInputStream(k.file())) {
				keys = SecurityUtils.loadKeyPairIdentities(session, NamedResource.ofName(k.file().toString()), in,
						passphrase);
			} catch (GeneralSecurityException | IOException | RuntimeException e) {
				throw new IOException("cannot read the private key " + k.file()
						+ (k.passphrase() == null ? "" : " (is the passphrase right?)") + ": " + rootMessage(e), e);
			}
			if (keys == null || !keys.iterator().hasNext()) {
				throw new IOException("no private key in " + k.file());
			}
			keys.forEach(session::addPublicKeyIdentity);
		}
		case HostAccess.Agent a -> {
			// the client's agent factory offers the agent's keys
		}
		}
	}

	private static String rootMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
		return t == e ? message : e.getMessage() + " (" + message + ")";
	}

	@Override
	public HostAccess access() {
		return access;
	}

	@Override
	public boolean isRoot() {
		return root;
	}

	@Override
	public String home() {
		return home;
	}

	@Override
	public CommandResult run(String command, Duration timeout) throws IOException {
		return exec(command, command, null, timeout);
	}

	@Override
	public CommandResult runPrivileged(String command, Duration timeout) throws IOException {
		if (root) {
			return run(command, timeout);
		}
		char[] password = access.sudoPassword();
		if (password == null) {
			return exec("sudo -n -- sh -c " + Shell.quote(command), command, null, timeout);
		}
		// -k: always ask, so that the password line is always read by sudo and never reaches the command.
		byte[] input = (new String(password) + "\n").getBytes(StandardCharsets.UTF_8);
		return exec("sudo -k -S -p '' -- sh -c " + Shell.quote(command), command, input, timeout);
	}

	@Override
	public boolean canRunPrivileged() throws IOException {
		if (privileged == null) {
			privileged = root || runPrivileged("true", Duration.ofSeconds(30)).ok();
		}
		return privileged;
	}

	private CommandResult exec(String remote, String label, byte[] input, Duration timeout) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (ChannelExec channel = session.createExecChannel(remote)) {
			channel.setIn(new ByteArrayInputStream(input == null ? new byte[0] : input));
			channel.setOut(out);
			channel.setErr(err);
			channel.open().verify(timeout);
			Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), timeout);
			if (events.contains(ClientChannelEvent.TIMEOUT)) {
				channel.close(true);
				throw new IOException("'" + label + "' on " + access.label() + " did not finish within " + timeout);
			}
			if (Thread.currentThread().isInterrupted()) {
				throw new InterruptedIOException("interrupted while running '" + label + "' on " + access.label());
			}
			Integer status = channel.getExitStatus();
			return new CommandResult(label, status == null ? -1 : status, out.toString(StandardCharsets.UTF_8),
					err.toString(StandardCharsets.UTF_8));
		}
	}

	private SftpClient sftp() throws IOException {
		if (sftp == null) {
			sftp = SftpClientFactory.instance().createSftpClient(session);
		}
		return sftp;
	}

	@Override
	public void upload(Path local, String remote, boolean ownerOnly) throws IOException {
		if (Files.isDirectory(local)) {
			List<Path> entries;
			try (Stream<Path> walk = Files.walk(local)) {
				entries = new ArrayList<>(walk.sorted().toList());
			}
			for (Path entry : entries) {
				String target = entry.equals(local) ? remote : remote + "/" + local.relativize(entry).toString().replace('\\', '/');
				if (Files.isDirectory(entry)) {
					sftp().mkdir(target);
					setMode(target, ownerOnly ? 0700 : 0755);
				} else {
					copyFile(entry, target, ownerOnly);
				}
			}
		} else {
			copyFile(local, remote, ownerOnly);
		}
	}

	private void copyFile(Path local, String remote, boolean ownerOnly) throws IOException {
		int mode = ownerOnly ? 0600 : Files.isExecutable(local) ? 0755 : 0644;
		try (InputStream in = Files.newInputStream(local);
				OutputStream out = sftp().write(remote, SftpClient.OpenMode.Write, SftpClient.OpenMode.Create,
						SftpClient.OpenMode.Exclusive)) {
			in.transferTo(out);
		}
		setMode(remote, mode);
	}

	@Override
	public void write(String remote, byte[] content, boolean ownerOnly) throws IOException {
		if (ownerOnly) {
			// Created owner-only by the shell (umask) before a byte is written: SFTP creates files with the server's
			// umask and could only narrow them afterwards.
			CommandResult created = run("umask 077 && set -C && : > " + Shell.quote(remote), Duration.ofSeconds(30));
			if (!created.ok()) {
				throw new IOException("cannot create " + remote + " on " + access.label() + ": " + created.message());
			}
			try (OutputStream out = sftp().write(remote, SftpClient.OpenMode.Write, SftpClient.OpenMode.Truncate)) {
				out.write(content);
			}
		} else {
			try (OutputStream out = sftp().write(remote, SftpClient.OpenMode.Write, SftpClient.OpenMode.Create,
					SftpClient.OpenMode.Exclusive)) {
				out.write(content);
			}
			setMode(remote, 0644);
		}
	}

	private void setMode(String remote, int mode) throws IOException {
		SftpClient.Attributes attributes = new SftpClient.Attributes();
		attributes.setPermissions(mode);
		sftp().setStat(remote, attributes);
	}

	@Override
	public void close() {
		try {
			if (sftp != null) {
				sftp.close();
			}
		} catch (IOException e) {
			// the session goes next anyway
		}
		session.close(true);
		client.stop();
	}
}
