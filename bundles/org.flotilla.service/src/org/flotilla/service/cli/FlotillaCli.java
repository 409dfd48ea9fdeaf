package org.flotilla.service.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flotilla.service.cli.CommandLine.Kind;

/**
 * {@code bin/flotilla}: the command-line client of the pool service, for scripting what the console does, with a
 * person's certificate and the console's protocol (it is the console's own client underneath: see
 * {@link ServiceConnection}). {@link #USAGE} says what it does; {@code docs/cli.md} says the same with the JSON
 * shapes.
 */
public final class FlotillaCli {

	/** Done. */
	public static final int OK = 0;
	/** The service refused or failed what was asked (its reason is printed), or a name is not in the pool. */
	public static final int REFUSED = 1;
	/** The command line is wrong. */
	public static final int USAGE = 2;
	/** No connection: the identity cannot be read, the service cannot be reached, TLS failed. */
	public static final int UNREACHABLE = 3;
	/** What {@code --wait} waited for did not happen in time. */
	public static final int TIMED_OUT = 4;

	/** Where the service is when neither {@code --service} nor {@code FLOTILLA_SERVICE} says. */
	public static final String DEFAULT_SERVICE = "127.0.0.1:27100";

	/** slf4j-simple's level (MINA logs through slf4j). */
	private static final String SLF4J_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

	public static final String USAGE_TEXT = """
			usage: flotilla [--service HOST:PORT] [--identity FILE.p12] COMMAND [options]

			Does what the console does, against the pool service, as the person whose identity FILE.p12 is (issued by
			flotilla-service issue-console; its password is in FILE.password beside it). Data goes to standard output,
			messages to standard error, each starting with "flotilla: ".

			  --service HOST:PORT   the pool service; default $FLOTILLA_SERVICE, else 127.0.0.1:27100
			  --identity FILE.p12   your identity; default $FLOTILLA_IDENTITY

			Commands:
			  nodes [--json]
			      the pool's nodes: name, state, site, rack, CPU cores, memory (MiB), task count, labels
			  tasks [--json]
			      the pool's tasks: name, state, node, kind, CPU cores, memory (MiB), epoch, why it is in its state
			  submit --name NAME --command CMD [--arg A]... [--kind service|batch] [--cpu CORES] [--memory MIB]
			         [--count N] [--label L]... [--env K=V]... [--restart never|on-failure|always]
			         [--max-restarts N] [--priority P] [--shell] [--pin NODE] [--wait SECONDS]
			      submits tasks (administrator, planner) and prints their start jobs' IDs, one a line. --count N makes
			      N replicas NAME-1..NAME-N on different nodes. Defaults as the console's wizard: service, 1 core,
			      512 MiB, on-failure with at most 5 restarts. --wait: until every task runs (a batch task: or has
			      exited 0); a task that fails ends the wait with exit code 1, one that fits nowhere stays pending
			  drain NODE [--wait SECONDS]
			      puts NODE in maintenance and moves its tasks elsewhere; prints the drain job's ID. --wait: until the
			      drain job has finished
			  resume NODE
			      makes NODE (in maintenance) ready again
			  revoke-node NODE [--reason TEXT]
			      revokes every certificate of NODE's agent (administrator): every agent and console gets the new
			      revocation list, and the service no longer talks to NODE
			  remove-node NODE [--keep]
			      takes NODE out of the pool (administrator), revoking its certificate: refused while tasks run on it
			      (drain it first). --keep: it stays in the pool as decommissioned; otherwise it is deleted
			  export FILE
			      writes the pool as a pool file (.flotilla) that the console opens; an existing FILE is replaced
			      and kept as FILE.bak. FILE '-': standard output

			Exit codes:
			  0  done
			  1  refused or failed by the pool service (its reason is printed), or a node not in the pool
			  2  usage error
			  3  cannot connect: unreadable identity, unknown host, service unreachable, TLS refused, no pool in 60 s
			  4  timed out waiting (--wait); what was still awaited is printed
			""";

	private static final Map<String, Kind> GLOBAL = Map.of("--service", Kind.VALUE, "--identity", Kind.VALUE, "--help",
			Kind.FLAG, "-h", Kind.FLAG);

	private FlotillaCli() {
	}

	public static void main(String[] args) {
		// Standard error is for this command's own messages, which a script may read: the libraries' logging
		// (MINA's TLS failures with their stack traces, connection closes) stays quiet unless asked for, e.g. with
		// FLOTILLA_CLI_JAVA_OPTS=-Dorg.slf4j.simpleLogger.defaultLogLevel=debug.
		if (System.getProperty(SLF4J_LEVEL) == null) {
			System.setProperty(SLF4J_LEVEL, "off");
		}
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * Runs one command line; what it prints goes to {@code out} (data) and {@code err} (messages).
	 *
	 * @return the exit code: {@link #OK}, {@link #REFUSED}, {@link #USAGE}, {@link #UNREACHABLE} or {@link #TIMED_OUT}
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		try {
			return runOrThrow(List.of(args), out);
		} catch (CliFailure failure) {
			for (String line : failure.getMessage().split("\n")) {
				err.println("flotilla: " + line);
			}
			if (failure.exitCode() == USAGE) {
				err.println("flotilla: run 'flotilla --help' for the commands and their options");
			}
			err.flush();
			return failure.exitCode();
		} catch (RuntimeException e) {
			java.io.StringWriter trace = new java.io.StringWriter();
			e.printStackTrace(new java.io.PrintWriter(trace));
			err.println("flotilla: internal error (a bug; please report it with what follows): " + e);
			trace.toString().lines().skip(1).forEach(line -> err.println("flotilla: " + line));
			err.flush();
			return REFUSED;
		}
	}

	private static int runOrThrow(List<String> args, PrintStream out) throws CliFailure {
		CommandLine global = CommandLine.parse("flotilla", args, GLOBAL, true);
		if (global.has("--help") || global.has("-h")) {
			out.print(USAGE_TEXT);
			out.flush();
			return OK;
		}
		if (global.operands().isEmpty()) {
			throw CliFailure.usage("no command given (nodes, tasks, submit, drain, resume, revoke-node, remove-node or export)");
		}
		String command = global.operands().get(0);
		List<String> rest = global.operands().subList(1, global.operands().size());
		Map<String, Kind> accepted = new HashMap<>(GLOBAL);
		accepted.putAll(switch (command) {
			case "nodes", "tasks" -> Map.of("--json", Kind.FLAG);
			case "submit" -> Map.ofEntries(Map.entry("--name", Kind.VALUE), Map.entry("--command", Kind.VALUE),
					Map.entry("--arg", Kind.REPEATED_VERBATIM), Map.entry("--kind", Kind.VALUE), Map.entry("--cpu", Kind.VALUE),
					Map.entry("--memory", Kind.VALUE), Map.entry("--count", Kind.VALUE), Map.entry("--label", Kind.REPEATED),
					Map.entry("--env", Kind.REPEATED), Map.entry("--restart", Kind.VALUE), Map.entry("--max-restarts", Kind.VALUE),
					Map.entry("--priority", Kind.VALUE), Map.entry("--shell", Kind.FLAG), Map.entry("--pin", Kind.VALUE),
					Map.entry("--wait", Kind.VALUE));
			case "drain" -> Map.of("--wait", Kind.VALUE);
			case "resume", "export" -> Map.of();
			case "revoke-node" -> Map.of("--reason", Kind.VALUE);
			case "remove-node" -> Map.of("--keep", Kind.FLAG);
			default -> throw CliFailure.usage("unknown command '" + command
					+ "' (nodes, tasks, submit, drain, resume, revoke-node, remove-node or export)");
		});
		CommandLine line = CommandLine.parse(command, rest, accepted, false);
		if (line.has("--help") || line.has("-h")) {
			out.print(USAGE_TEXT);
			out.flush();
			return OK;
		}
		// Everything that can be wrong with the command line is said before connecting.
		PoolCommand action = switch (command) {
			case "nodes" -> {
				line.operands(0, "no operands");
				yield PoolCommands.nodes(line.has("--json"), out);
			}
			case "tasks" -> {
				line.operands(0, "no operands");
				yield PoolCommands.tasks(line.has("--json"), out);
			}
			case "submit" -> PoolCommands.submit(TaskSubmission.of(line), waitSeconds(line), out);
			case "drain" -> PoolCommands.drain(line.operands(1, "a NODE").get(0), waitSeconds(line), out);
			case "resume" -> PoolCommands.resume(line.operands(1, "a NODE").get(0));
			case "revoke-node" -> PoolCommands.revokeNode(line.operands(1, "a NODE").get(0), line.value("--reason", ""), out);
			case "remove-node" -> PoolCommands.removeNode(line.operands(1, "a NODE").get(0), line.has("--keep"), out);
			case "export" -> PoolCommands.export(exportTarget(line.operands(1, "a FILE").get(0)), out);
			default -> throw new IllegalStateException(command);
		};
		String service = option(global, line, "--service", "FLOTILLA_SERVICE", DEFAULT_SERVICE);
		String identity = option(global, line, "--identity", "FLOTILLA_IDENTITY", null);
		if (identity == null || identity.isBlank()) {
			throw CliFailure.usage("no identity: give --identity FILE.p12 or set FLOTILLA_IDENTITY (flotilla-service "
					+ "issue-console issues one)");
		}
		Path keystore;
		try {
			keystore = Path.of(identity);
		} catch (InvalidPathException e) {
			throw CliFailure.usage("--identity '" + identity + "' is not a valid path");
		}
		HostPort address = HostPort.parse(service);
		try (ServiceConnection connection = ServiceConnection.open(address.host(), address.port(), keystore)) {
			action.run(connection);
		}
		return OK;
	}

	/** {@code --wait SECONDS}, or 0 when not given. */
	private static long waitSeconds(CommandLine line) throws CliFailure {
		return line.whole("--wait", 1, 7 * 24 * 3600, 0);
	}

	private static Path exportTarget(String file) throws CliFailure {
		if (file.equals("-")) {
			return null;
		}
		try {
			return Path.of(file).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			throw CliFailure.usage("export: '" + file + "' is not a valid path");
		}
	}

	/** An option given before or after the command, else the environment variable, else {@code otherwise}. */
	private static String option(CommandLine global, CommandLine line, String option, String variable, String otherwise)
			throws CliFailure {
		if (global.has(option) && line.has(option)) {
			throw CliFailure.usage(option + " is given more than once");
		}
		String value = global.has(option) ? global.value(option, null) : line.value(option, null);
		if (value != null) {
			return value;
		}
		String fromEnvironment = System.getenv(variable);
		return fromEnvironment == null || fromEnvironment.isBlank() ? otherwise : fromEnvironment.strip();
	}

	/** What a command does once connected. */
	@FunctionalInterface
	interface PoolCommand {
		void run(ServiceConnection connection) throws CliFailure;
	}

	/** {@code HOST:PORT}, {@code [IPv6]:PORT} too. */
	record HostPort(String host, int port) {
		static HostPort parse(String text) throws CliFailure {
			String value = text.strip();
			int colon = value.lastIndexOf(':');
			if (colon <= 0 || colon == value.length() - 1) {
				throw CliFailure.usage("the service '" + value + "' is not HOST:PORT (for example " + DEFAULT_SERVICE + ")");
			}
			String host = value.substring(0, colon);
			if (host.startsWith("[") && host.endsWith("]")) {
				host = host.substring(1, host.length() - 1);
			}
			int port;
			try {
				port = Integer.parseInt(value.substring(colon + 1));
			} catch (NumberFormatException e) {
				throw CliFailure.usage("the service '" + value + "': the port is not a number");
			}
			if (port < 1 || port > 65535 || host.isEmpty()) {
				throw CliFailure.usage("the service '" + value + "': " + (host.isEmpty() ? "no host" : "the port is outside 1-65535"));
			}
			return new HostPort(host, port);
		}
	}
}
