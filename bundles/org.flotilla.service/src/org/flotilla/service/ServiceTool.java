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
	public static final Set<String> SUBCOMMANDS = Set.of(ISSUE_CONSOLE, ISSUE_AGENT, REVOKE, CERTIFICATES);

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
				default -> certificates(config, options, out, err);
			};
		} catch (BadUsage e) {
			return usage(err, e.getMessage());
		}
	}

	private static int issueConsole(ServiceConfig config, List<String> options, PrintStream out, PrintStream err) throws BadUsage {
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
