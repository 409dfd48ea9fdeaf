package org.flotilla.service;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.IdentityKeystore;

/**
 * The service's identity subcommands, run by {@code bin/flotilla-service} instead of the service when its arguments
 * name one ({@link PoolServiceMain} asks {@link #handles(String[])}):
 *
 * <pre>
 * flotilla-service [--config FILE] issue-console --person NAME --role administrator|planner|support --out DIR [--replace]
 * flotilla-service [--config FILE] issue-agent --node NAME --agent-data DIR [--node NAME --agent-data DIR]...
 * flotilla-service [--config FILE] revoke (--person NAME | --node NAME | --serial HEX) [--reason TEXT]
 * flotilla-service [--config FILE] certificates
 * flotilla-service [--config FILE] issue-console --request FILE.csr --person NAME --role ROLE [--days N] --out FILE.pem
 * flotilla-service [--config FILE] enrollment-token --node NAME --host HOST --port PORT [--labels A,B] [--site S] [--rack R] [--valid 30m]
 * </pre>
 *
 * {@code --config} may come before or after the subcommand. Both open (or on the first use make) the pool CA of the
 * configured service. Exit codes: 0 done, 1 it could not be done (the CA, a file), 2 a bad command line or
 * configuration.
 */
public final class ServiceTool {

	public static final String ISSUE_CONSOLE = "issue-console";
	public static final String ISSUE_AGENT = "issue-agent";
	public static final String REVOKE = "revoke";
	public static final String CERTIFICATES = "certificates";
	public static final String ENROLLMENT_TOKEN = "enrollment-token";
	public static final Set<String> SUBCOMMANDS = Set.of(ISSUE_CONSOLE, ISSUE_AGENT, REVOKE, CERTIFICATES, ENROLLMENT_TOKEN);

	public static final String USAGE = """
			  flotilla-service [--config FILE] issue-console --person NAME --role administrator|planner|support --out DIR [--replace]
			      issues NAME's console identity: DIR/NAME.p12 (key, certificate with the role, pool CA certificate)
			      and DIR/NAME.password, both owner-only; give both to that person (the console opens them with
			      -identity DIR/NAME.p12). --replace issues again over an earlier DIR/NAME.p12.
			  flotilla-service [--config FILE] issue-agent --node NAME --agent-data DIR [--node NAME --agent-data DIR]...
			      issues the agent keystore of node NAME into the agent's data directory (DIR/tls/agent.p12 and
			      DIR/tls/agent.password, replacing earlier ones); restart the agent to use it.
			  flotilla-service [--config FILE] revoke (--person NAME | --node NAME | --serial HEX) [--reason TEXT]
			      revokes every certificate issued to that person or node (or the one with that serial): a running
			      service refuses it from then on, disconnects its holder with the reason and gives every agent and
			      console the new revocation list (DATA_DIR/ca/pool.crl), within seconds.
			  flotilla-service [--config FILE] certificates
			      lists what the pool CA issued (kind, name, role, serial, valid until, revoked or not).
			  flotilla-service [--config FILE] issue-console --request FILE.csr --person NAME --role ROLE [--days N] --out FILE.pem
			      signs the certificate request a person's console made (its key stays with that console) for NAME
			      with ROLE, valid N days (default 90), and writes the certificate chain (PEM) to FILE.pem: give it
			      back to that person, whose console installs it.
			  flotilla-service [--config FILE] enrollment-token --node NAME --host HOST --port PORT [--labels A,B]
			                   [--site SITE] [--rack RACK] [--valid 30m]
			      asks the running service to add node NAME (its agent at HOST:PORT) to the pool as enrolling and to
			      make its one-time token (valid 30 minutes unless --valid says otherwise: 90s, 30m, 2h; at most 24h);
			      prints the token, its expiry and the enrollment address: the agent's enroll.token.file and
			      enroll.service. The pool CA certificate for its pool.ca.file is DATA_DIR/ca/pool-ca.pem.
			""";

	static final int OK = 0;
	static final int FAILED = 1;
	static final int BAD_USAGE = 2;

	private ServiceTool() {
	}

	/** True when {@code args} name one of the {@link #SUBCOMMANDS} (after an optional {@code --config FILE}). */
	public static boolean handles(String[] args) {
		String command = firstCommand(args);
		return command != null && SUBCOMMANDS.contains(command);
	}

	/** Runs the subcommand {@code args} name; returns the exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Path configFile = null;
		String command = null;
		List<String> options = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if ("--config".equals(args[i])) {
				if (i + 1 >= args.length) {
					return usage(err, "--config needs a FILE");
				}
				configFile = Path.of(args[++i]);
			} else if (command == null && !args[i].startsWith("-")) {
				command = args[i];
			} else {
				options.add(args[i]);
			}
		}
		if (command == null || !SUBCOMMANDS.contains(command)) {
			return usage(err, command == null ? "no subcommand" : "unknown subcommand '" + command + "'");
		}
		if (configFile == null) {
			return usage(err, "--config FILE is required");
		}
		ServiceConfig config;
		try {
			config = ServiceConfig.read(configFile);
		} catch (ServiceConfigException e) {
			err.println("flotilla-service: " + e.getMessage());
			return BAD_USAGE;
		}
		try {
			return switch (command) {
				case ISSUE_CONSOLE -> issueConsole(config, options, out, err);
				case ISSUE_AGENT -> issueAgents(config, options, out, err);
				case REVOKE -> revoke(config, options, out, err);
				case ENROLLMENT_TOKEN -> enrollmentToken(config, options, out, err);
				default -> certificates(config, options, out, err);
			};
		} catch (BadUsage e) {
			return usage(err, e.getMessage());
		}
	}

	private static int issueConsole(ServiceConfig config, List<String> options, PrintStream out, PrintStream err) throws BadUsage {
		if (options.contains("--request")) {
			return signConsoleRequest(config, options, out, err);
		}
		String person = null;
		ConsoleRole role = null;
		Path outDir = null;
		boolean replace = false;
		for (int i = 0; i < options.size(); i++) {
			String option = options.get(i);
			switch (option) {
			case "--person" -> person = value(options, ++i, option);
			case "--role" -> {
				String name = value(options, ++i, option);
				try {
					role = ConsoleRole.fromExternalName(name);
				} catch (IllegalArgumentException e) {
					throw new BadUsage("--role '" + name + "': must be administrator, planner or support");
				}
			}
			case "--out" -> outDir = path(value(options, ++i, option), option);
			case "--replace" -> replace = true;
			default -> throw new BadUsage(ISSUE_CONSOLE + ": unknown argument '" + option + "'");
			}
		}
		if (person == null || role == null || outDir == null) {
			throw new BadUsage(ISSUE_CONSOLE + " needs --person, --role and --out");
		}
		// The person's name becomes a file name as well as the certificate's CN: the CA's rule (checked again there)
		// keeps it to letters, digits, '.', '_' and '-', so it cannot point anywhere else.
		if (person.startsWith(".") || person.contains("/")) {
			throw new BadUsage("--person '" + person + "': must be 1..64 letters, digits, '.', '_' or '-', starting with a letter or digit");
		}
		IdentityKeystore files = IdentityKeystore.beside(outDir.resolve(person + ".p12"));
		if (Files.exists(files.keystore()) && !replace) {
			err.println("flotilla-service: " + files.keystore() + " exists: pass --replace to issue " + person + "'s identity again");
			return FAILED;
		}
		ServiceIdentity identity = open(config, err);
		if (identity == null) {
			return FAILED;
		}
		try {
			X509Certificate issued = identity.issueConsole(person, role, files.keystore(), files.passwordFile());
			out.println("Issued " + files.keystore() + " (password in " + files.passwordFile() + ") for " + person + ", role "
					+ role.externalName() + ", valid until " + issued.getNotAfter().toInstant());
			if (replace) {
				// The identity it replaces may have been copied: it stops working, not merely stops being used.
				String who = person;
				List<CertificateRegister.Revoked> revoked = identity.register().revoke(
						c -> "console".equals(c.kind()) && c.name().equals(who) && !c.serial().equals(issued.getSerialNumber()),
						"superseded by the certificate issued at " + java.time.Instant.now());
				for (CertificateRegister.Revoked r : revoked) {
					out.println("Revoked " + person + "'s earlier certificate, serial " + r.serial().toString(16));
				}
			}
			return OK;
		} catch (IllegalArgumentException e) {
			throw new BadUsage("--person '" + person + "': " + e.getMessage());
		} catch (IOException | GeneralSecurityException e) {
			err.println("flotilla-service: cannot issue " + files.keystore() + ": " + e.getMessage());
			return FAILED;
		}
	}

	/** {@code issue-console --request}: signs a console's own request, so its key never leaves that console. */
	private static int signConsoleRequest(ServiceConfig config, List<String> options, PrintStream out, PrintStream err)
			throws BadUsage {
		String person = null;
		ConsoleRole role = null;
		Path request = null;
		Path outFile = null;
		int days = (int) org.flotilla.protocol.PoolCertificateAuthority.DEFAULT_LIFETIME.toDays();
		for (int i = 0; i < options.size(); i++) {
			String option = options.get(i);
			switch (option) {
			case "--person" -> person = value(options, ++i, option);
			case "--role" -> role = role(value(options, ++i, option));
			case "--request" -> request = path(value(options, ++i, option), option);
			case "--out" -> outFile = path(value(options, ++i, option), option);
			case "--days" -> {
				String raw = value(options, ++i, option);
				try {
					days = Integer.parseInt(raw);
				} catch (NumberFormatException e) {
					days = -1;
				}
				if (days < 1 || days > Enrollment.MAXIMUM_CONSOLE_VALIDITY.toDays()) {
					throw new BadUsage("--days '" + raw + "': 1.." + Enrollment.MAXIMUM_CONSOLE_VALIDITY.toDays());
				}
			}
			default -> throw new BadUsage(ISSUE_CONSOLE + " --request: unknown argument '" + option + "'");
			}
		}
		if (person == null || role == null || request == null || outFile == null) {
			throw new BadUsage(ISSUE_CONSOLE + " --request FILE.csr needs --person, --role and --out FILE.pem");
		}
		String pem;
		try {
			if (Files.size(request) > org.flotilla.protocol.CertificateRequests.MAXIMUM_REQUEST_CHARACTERS) {
				err.println("flotilla-service: " + request + " is too large for a certificate request");
				return FAILED;
			}
			pem = Files.readString(request, java.nio.charset.StandardCharsets.US_ASCII);
		} catch (IOException e) {
			err.println("flotilla-service: cannot read the certificate request " + request + ": " + e.getMessage());
			return FAILED;
		}
		ServiceIdentity identity = open(config, err);
		if (identity == null) {
			return FAILED;
		}
		try {
			X509Certificate issued = Enrollment.signConsole(identity, pem, person, role, java.time.Duration.ofDays(days));
			String chain = org.flotilla.protocol.CertificateRequests.pem(issued, identity.caCertificate());
			Files.writeString(outFile, chain, java.nio.charset.StandardCharsets.US_ASCII);
			out.println("Signed " + request + " for " + person + ", role " + role.externalName() + ", serial "
					+ issued.getSerialNumber().toString(16) + ", valid until " + issued.getNotAfter().toInstant() + ": " + outFile);
			return OK;
		} catch (IllegalArgumentException e) {
			throw new BadUsage("--person '" + person + "': " + e.getMessage());
		} catch (GeneralSecurityException e) {
			err.println("flotilla-service: " + request + " refused: " + e.getMessage());
			return FAILED;
		} catch (IOException e) {
			err.println("flotilla-service: cannot write " + outFile + ": " + e.getMessage());
			return FAILED;
		}
	}

	private static ConsoleRole role(String name) throws BadUsage {
		try {
			return ConsoleRole.fromExternalName(name);
		} catch (IllegalArgumentException e) {
			throw new BadUsage("--role '" + name + "': must be administrator, planner or support");
		}
	}

	/**
	 * {@code enrollment-token}: asks the running service (dialled with its own identity, an administrator's) to add
	 * the node and make its token; the pool lives in the service, so this cannot be done beside it.
	 */
	private static int enrollmentToken(ServiceConfig config, List<String> options, PrintStream out, PrintStream err)
			throws BadUsage {
		java.util.Map<String, String> arguments = new java.util.HashMap<>();
		for (int i = 0; i < options.size(); i++) {
			String option = options.get(i);
			switch (option) {
			case "--node", "--host", "--port", "--labels", "--site", "--rack" -> arguments.put(option.substring(2),
					value(options, ++i, option));
			case "--valid" -> arguments.put("validity", validity(value(options, ++i, option)));
			default -> throw new BadUsage(ENROLLMENT_TOKEN + ": unknown argument '" + option + "'");
			}
		}
		if (!arguments.containsKey("node") || !arguments.containsKey("host") || !arguments.containsKey("port")) {
			throw new BadUsage(ENROLLMENT_TOKEN + " needs --node, --host and --port");
		}
		try {
			Enrollment.tokenRequest(arguments); // a bad argument is a bad command line, said before dialling
		} catch (IllegalArgumentException e) {
			throw new BadUsage(e.getMessage());
		}
		IdentityKeystore own = new IdentityKeystore(config.dataDir().resolve(ServiceIdentity.SERVICE_KEYSTORE),
				config.dataDir().resolve(ServiceIdentity.SERVICE_PASSWORD));
		java.net.InetSocketAddress service = config.listenSocketAddress();
		if (service.getAddress() != null && service.getAddress().isAnyLocalAddress()) {
			service = new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), service.getPort());
		}
		org.flotilla.protocol.Message.Response answer;
		try (org.flotilla.protocol.ProtocolClient client = org.flotilla.protocol.ProtocolClient
				.builder(service, own.load().sslContext(), org.flotilla.protocol.PeerKind.CONSOLE, config.serviceName())
				.connect()) {
			answer = client.request(org.flotilla.console.core.remote.ServiceOperations.ENROLLMENT_TOKEN, 0, arguments)
					.get(60, java.util.concurrent.TimeUnit.SECONDS);
		} catch (IOException | GeneralSecurityException | org.flotilla.protocol.ProtocolException e) {
			err.println("flotilla-service: cannot reach the running service at " + service + " (" + e.getMessage()
					+ "): enrollment tokens are made by the service, which must be running");
			return FAILED;
		} catch (InterruptedException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
			err.println("flotilla-service: no answer from the service at " + service + ": " + e);
			return FAILED;
		}
		if (answer.status() != org.flotilla.protocol.Message.Response.Status.OK) {
			err.println("flotilla-service: the service refused: " + answer.detail());
			return FAILED;
		}
		java.util.Map<String, String> values = answer.values();
		out.println("token " + values.get("token"));
		out.println("expires " + values.get("expires"));
		out.println("node " + values.get("node") + " (ID " + values.get("nodeId") + "), enrolling");
		out.println("enrollment " + values.get("enrollment"));
		out.println("pool CA certificate: " + config.dataDir().resolve(ServiceIdentity.CA_FOLDER)
				.resolve(org.flotilla.protocol.PoolCertificateAuthority.CERTIFICATE_FILE));
		return OK;
	}

	/** {@code 90s}, {@code 30m}, {@code 2h} or an ISO-8601 duration, as ISO-8601. */
	static String validity(String raw) throws BadUsage {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,6})([smh])").matcher(raw.strip());
		if (m.matches()) {
			long amount = Long.parseLong(m.group(1));
			java.time.Duration duration = switch (m.group(2)) {
				case "s" -> java.time.Duration.ofSeconds(amount);
				case "m" -> java.time.Duration.ofMinutes(amount);
				default -> java.time.Duration.ofHours(amount);
			};
			return duration.toString();
		}
		try {
			return java.time.Duration.parse(raw.strip()).toString();
		} catch (java.time.format.DateTimeParseException e) {
			throw new BadUsage("--valid '" + raw + "': e.g. 90s, 30m, 2h (at most 24h)");
		}
	}

	private record AgentTarget(String node, Path dataDir) {
	}

	private static int issueAgents(ServiceConfig config, List<String> options, PrintStream out, PrintStream err) throws BadUsage {
		List<AgentTarget> targets = new ArrayList<>();
		String node = null;
		for (int i = 0; i < options.size(); i++) {
			String option = options.get(i);
			switch (option) {
			case "--node" -> {
				if (node != null) {
					throw new BadUsage("--node " + node + " has no --agent-data DIR");
				}
				node = value(options, ++i, option);
			}
			case "--agent-data" -> {
				if (node == null) {
					throw new BadUsage("--agent-data comes after the --node it is for");
				}
				targets.add(new AgentTarget(node, path(value(options, ++i, option), option)));
				node = null;
			}
			default -> throw new BadUsage(ISSUE_AGENT + ": unknown argument '" + option + "'");
			}
		}
		if (node != null) {
			throw new BadUsage("--node " + node + " has no --agent-data DIR");
		}
		if (targets.isEmpty()) {
			throw new BadUsage(ISSUE_AGENT + " needs --node NAME --agent-data DIR");
		}
		ServiceIdentity identity = open(config, err);
		if (identity == null) {
			return FAILED;
		}
		for (AgentTarget target : targets) {
			try {
				X509Certificate issued = identity.issueAgent(target.node(), target.dataDir());
				out.println("Issued " + target.dataDir().resolve(IdentityKeystore.AGENT_KEYSTORE) + " for node " + target.node()
						+ ", valid until " + issued.getNotAfter().toInstant());
			} catch (IllegalArgumentException e) {
				throw new BadUsage("--node '" + target.node() + "': " + e.getMessage());
			} catch (IOException | GeneralSecurityException e) {
				err.println("flotilla-service: cannot issue node " + target.node() + "'s keystore into " + target.dataDir() + ": "
						+ e.getMessage());
				return FAILED;
			}
		}
		return OK;
	}

	private static int revoke(ServiceConfig config, List<String> options, PrintStream out, PrintStream err) throws BadUsage {
		String person = null;
		String node = null;
		java.math.BigInteger serial = null;
		String reason = "";
		for (int i = 0; i < options.size(); i++) {
			String option = options.get(i);
			switch (option) {
			case "--person" -> person = value(options, ++i, option);
			case "--node" -> node = value(options, ++i, option);
			case "--serial" -> {
				String hex = value(options, ++i, option);
				try {
					serial = new java.math.BigInteger(hex, 16);
				} catch (NumberFormatException e) {
					throw new BadUsage("--serial '" + hex + "': not a hexadecimal serial number");
				}
			}
			case "--reason" -> reason = value(options, ++i, option);
			default -> throw new BadUsage(REVOKE + ": unknown argument '" + option + "'");
			}
		}
		if ((person != null ? 1 : 0) + (node != null ? 1 : 0) + (serial != null ? 1 : 0) != 1) {
			throw new BadUsage(REVOKE + " needs exactly one of --person NAME, --node NAME, --serial HEX");
		}
		ServiceIdentity identity = open(config, err);
		if (identity == null) {
			return FAILED;
		}
		String kind = person != null ? "console" : node != null ? "agent" : null;
		String name = person != null ? person : node;
		java.math.BigInteger wanted = serial;
		try {
			List<CertificateRegister.Revoked> revoked = identity.register().revoke(
					c -> wanted != null ? c.serial().equals(wanted) : c.kind().equals(kind) && c.name().equals(name), reason);
			if (revoked.isEmpty()) {
				err.println("flotilla-service: no unrevoked certificate of " + (wanted != null ? "serial " + wanted.toString(16)
						: kind + " " + name) + " in " + config.dataDir().resolve(ServiceIdentity.CA_FOLDER)
						.resolve(CertificateRegister.ISSUED_FILE) + " ('certificates' lists them)");
				return FAILED;
			}
			for (CertificateRegister.Revoked r : revoked) {
				out.println("Revoked " + r.name() + "'s certificate, serial " + r.serial().toString(16)
						+ ": a running service disconnects its holder within seconds");
			}
			return OK;
		} catch (IOException e) {
			err.println("flotilla-service: cannot record the revocation: " + e.getMessage());
			return FAILED;
		}
	}

	private static int certificates(ServiceConfig config, List<String> options, PrintStream out, PrintStream err) throws BadUsage {
		if (!options.isEmpty()) {
			throw new BadUsage(CERTIFICATES + ": unknown argument '" + options.get(0) + "'");
		}
		ServiceIdentity identity = open(config, err);
		if (identity == null) {
			return FAILED;
		}
		try {
			CertificateRegister register = identity.register();
			List<CertificateRegister.Issued> issued = register.issued();
			out.printf("%-8s %-24s %-14s %-33s %-22s %s%n", "KIND", "NAME", "ROLE", "SERIAL", "VALID UNTIL", "STATUS");
			for (CertificateRegister.Issued c : issued) {
				CertificateRegister.Revoked r = register.revocations().get(c.serial());
				String status = r != null ? "revoked " + r.revokedAt() + (r.reason().isEmpty() ? "" : " (" + r.reason() + ")")
						: c.notAfter().isBefore(java.time.Instant.now()) ? "expired" : "valid";
				out.printf("%-8s %-24s %-14s %-33s %-22s %s%n", c.kind(), c.name(), c.role().isEmpty() ? "-" : c.role(),
						c.serial().toString(16), c.notAfter(), status);
			}
			for (String warning : register.takeWarnings()) {
				err.println("flotilla-service: " + warning);
			}
			return OK;
		} catch (IOException e) {
			err.println("flotilla-service: cannot read the register: " + e.getMessage());
			return FAILED;
		}
	}

	/** The service's CA, or null after saying on {@code err} why it cannot be opened. */
	private static ServiceIdentity open(ServiceConfig config, PrintStream err) {
		try {
			return ServiceIdentity.openOrCreate(config);
		} catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
			err.println("flotilla-service: cannot open the pool CA of " + config.source() + ": " + e.getMessage());
			return null;
		}
	}

	private static String firstCommand(String[] args) {
		for (int i = 0; i < args.length; i++) {
			if ("--config".equals(args[i])) {
				i++;
			} else if (!args[i].startsWith("-")) {
				return args[i];
			}
		}
		return null;
	}

	private static String value(List<String> options, int index, String option) throws BadUsage {
		if (index >= options.size() || options.get(index).startsWith("--")) {
			throw new BadUsage(option + " needs a value");
		}
		return options.get(index);
	}

	private static Path path(String raw, String option) throws BadUsage {
		try {
			return Path.of(raw).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			throw new BadUsage(option + " '" + raw + "': not a valid path");
		}
	}

	private static int usage(PrintStream err, String problem) {
		err.println("flotilla-service: " + problem);
		err.println("usage:");
		err.print(USAGE);
		return BAD_USAGE;
	}

	/** A command line that cannot be run as written. */
	private static final class BadUsage extends Exception {
		private static final long serialVersionUID = 1L;

		BadUsage(String message) {
			super(message);
		}
	}
}
