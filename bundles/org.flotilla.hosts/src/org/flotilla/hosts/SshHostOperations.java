package org.flotilla.hosts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.flotilla.console.core.hosts.HostEntry;
import org.flotilla.console.core.hosts.HostKeyPrompt;
import org.flotilla.console.core.hosts.HostOperations;
import org.flotilla.console.core.hosts.PoolMembership.EnrollmentTicket;
import org.flotilla.console.core.hosts.SshLogin;

/**
 * The console's host operations (Add Servers, Remove Servers) over SSH with Apache MINA SSHD: a connection per call,
 * host keys checked against the login's known_hosts (a new key asked of the person, a changed one refused), then
 * {@link HostCheck}, {@link AgentInstaller#install} or {@link AgentInstaller#uninstall}.
 */
public final class SshHostOperations implements HostOperations {

	/** How long connecting and logging in may take. */
	public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

	private final Function<HostEntry, InstallOptions> options;
	/** A Java runtime (jlink) uploaded to hosts without Java 21, or null: those hosts are then refused at the check. */
	private final Path runtime;

	/** Installs where {@link InstallOptions#defaults()} says (one agent per host), with no runtime for hosts without Java. */
	public SshHostOperations() {
		this(host -> InstallOptions.defaults(), null);
	}

	/**
	 * @param options where and how each host's agent goes (tests and benchmarks put several agents on one host, each
	 *                in its own folder under its own unit name); the same function must be given to uninstall
	 */
	public SshHostOperations(Function<HostEntry, InstallOptions> options) {
		this(options, null);
	}

	/** As {@link #SshHostOperations(Function)}, uploading {@code runtime} (a jlink image) to hosts that have no Java 21. */
	public SshHostOperations(Function<HostEntry, InstallOptions> options, Path runtime) {
		this.options = options;
		this.runtime = runtime;
	}

	@Override
	public Check check(HostEntry host, SshLogin login, HostKeyPrompt keys) throws IOException {
		try (HostConnection connection = open(host, login, keys)) {
			HostCheck check = HostCheck.run(connection, options.apply(host), host.agentPort(), runtime);
			String java = check.javaVersion() == null ? null : check.javaHome() + " (" + check.javaVersion() + ")";
			return new Check(check.os() + " " + check.arch(), check.freeDiskBytes(), java,
					check.systemd() && check.privilege() != HostCheck.Privilege.NONE, check.portFree(),
					check.plan() == null ? "" : check.plan().description(), check.problems());
		}
	}

	@Override
	public Installed install(HostEntry host, SshLogin login, HostKeyPrompt keys, Path distribution, EnrollmentTicket ticket,
			Consumer<String> step) throws IOException, InterruptedException {
		InstallRequest request = new InstallRequest(distribution, host.nodeName(), listenAddress(host), host.agentPort(),
				host.labels(), new AgentIdentity.Enrollment(ticket.enrollmentAddress(), ticket.token().toCharArray(),
						ticket.caCertificatePem()),
				options.apply(host));
		try (HostConnection connection = open(host, login, keys)) {
			if (runtime != null && HostCheck.run(connection, options.apply(host), host.agentPort()).javaVersion() == null) {
				request = request.withRuntime(runtime); // only where the host has no Java 21: 60 MB more to upload
			}
			InstallResult result = AgentInstaller.install(connection, request, steps(step),
					() -> Thread.currentThread().isInterrupted());
			if (!result.succeeded()) {
				List<String> left = new ArrayList<>(result.leftovers());
				if (!result.removeCommands().isEmpty()) {
					left.add("remove with: " + String.join("; ", result.removeCommands()));
				}
				throw new InstallFailed(result.detail(), left, null);
			}
			return new Installed(describe(result.mode()), result.installDir());
		}
	}

	@Override
	public Uninstalled uninstall(HostEntry host, SshLogin login, HostKeyPrompt keys, Consumer<String> step) throws IOException {
		try (HostConnection connection = open(host, login, keys)) {
			InstallResult result = AgentInstaller.uninstall(connection, options.apply(host), steps(step));
			List<String> left = new ArrayList<>(result.leftovers());
			if (!result.removeCommands().isEmpty()) {
				left.add("remove with: " + String.join("; ", result.removeCommands()));
			}
			if (!result.succeeded() && left.isEmpty()) {
				left.add(result.detail());
			}
			return new Uninstalled(result.steps(), left);
		}
	}

	/** The agent listens on every interface of the host unless the pool dials it at a loopback address. */
	private static String listenAddress(HostEntry host) {
		return host.host().equals("127.0.0.1") || host.host().equals("localhost") || host.host().equals("[::1]")
				? host.host().replace("[", "").replace("]", "") : "0.0.0.0";
	}

	private static String describe(HostCheck.ServiceMode mode) {
		if (mode == null) {
			return "started";
		}
		return switch (mode) {
		case SYSTEMD -> "systemd unit, restarted on failure";
		case SUPERVISOR -> "restart loop (bin/flotilla-supervisor), restarted on failure";
		};
	}

	private static ProgressListener steps(Consumer<String> step) {
		return new ProgressListener() {
			@Override
			public void stepStarted(HostAccess host, String name) {
				step.accept(name);
			}
		};
	}

	private static HostConnection open(HostEntry host, SshLogin login, HostKeyPrompt keys) throws IOException {
		String user = host.user() != null ? host.user() : login.user();
		String address = host.host().startsWith("[") ? host.host().substring(1, host.host().length() - 1) : host.host();
		HostAccess access = switch (login.method()) {
		case PASSWORD -> HostAccess.password(address, host.sshPort(), user, login.password().clone());
		case KEY_FILE -> HostAccess.keyFile(address, host.sshPort(), user, login.keyFile(), login.passphrase().clone());
		case AGENT -> HostAccess.agent(address, host.sshPort(), user, Path.of(System.getenv("SSH_AUTH_SOCK")));
		};
		char[] sudo = login.sudoPassword().length > 0 ? login.sudoPassword()
				: login.method() == SshLogin.Method.PASSWORD ? login.password() : new char[0];
		if (sudo.length > 0) {
			access = access.withSudoPassword(sudo.clone());
		}
		KnownHosts known = KnownHosts.of(login.knownHosts(),
				key -> keys.accept(key.host(), key.port(), key.keyType(), key.fingerprint()));
		return HostConnection.open(access, known, CONNECT_TIMEOUT);
	}
}
