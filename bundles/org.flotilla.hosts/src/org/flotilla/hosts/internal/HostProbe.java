package org.flotilla.hosts.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flotilla.hosts.CommandResult;
import org.flotilla.hosts.HostCheck;
import org.flotilla.hosts.HostCheck.Plan;
import org.flotilla.hosts.HostCheck.Privilege;
import org.flotilla.hosts.HostCheck.ServiceMode;
import org.flotilla.hosts.HostConnection;
import org.flotilla.hosts.InstallOptions;

/** {@link HostCheck#run}: one shell script that prints {@code key=value} lines, plus a sudo probe. */
public final class HostProbe {

	/** Written into the install folder by the installer: what uninstall must undo. */
	public static final String MARKER = ".flotilla-agent-install";

	private HostProbe() {
	}

	/** The install folder for {@code options} on a host where the installer is (not) privileged. */
	public static String installDir(HostConnection connection, InstallOptions options, boolean privileged) {
		if (options.installDir() != null) {
			return options.installDir();
		}
		return privileged ? InstallOptions.PRIVILEGED_DIR
				: (connection.home().endsWith("/") ? connection.home() : connection.home() + "/") + InstallOptions.USER_DIR;
	}

	public static HostCheck check(HostConnection connection, InstallOptions options, int agentPort, Path runtime)
			throws IOException {
		Privilege privilege = connection.isRoot() ? Privilege.ROOT
				: connection.canRunPrivileged() ? Privilege.SUDO : Privilege.NONE;
		boolean privileged = privilege != Privilege.NONE;
		String dir = installDir(connection, options, privileged);
		String q = Shell.quote(dir);
		String script = String.join("\n",
				"printf 'os=%s\\narch=%s\\n' \"$(uname -s)\" \"$(uname -m)\"",
				"d=" + q + "; while [ ! -e \"$d\" ]; do d=$(dirname \"$d\"); done",
				"printf 'existing=%s\\n' \"$d\"",
				"printf 'free=%s\\n' \"$(df -Pk \"$d\" 2>/dev/null | awk 'NR==2 {print $4}')\"",
				"[ -w \"$d\" ] && echo writable=yes",
				"[ -e " + q + " ] && echo exists=yes",
				"[ -e " + q + "/" + MARKER + " ] && echo installed=yes",
				"for j in \"$(command -v java 2>/dev/null)\" ${JAVA_HOME:+\"$JAVA_HOME/bin/java\"} /usr/lib/jvm/*/bin/java"
						+ " /opt/java/*/bin/java /usr/java/*/bin/java /opt/*/bin/java; do",
				"  [ -n \"$j\" ] && [ -x \"$j\" ] || continue",
				"  r=$(readlink -f \"$j\")",
				"  v=$(\"$r\" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\\.version = //p' | head -n 1)",
				"  [ -n \"$v\" ] && printf 'java=%s %s\\n' \"$v\" \"$r\"",
				"done",
				"if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1"
						+ " && systemctl list-units --type=service --no-pager --no-legend >/dev/null 2>&1; then echo systemd=yes; fi",
				"if command -v ss >/dev/null 2>&1; then",
				"  if ss -Htln 'sport = :" + agentPort + "' | grep -q .; then echo port=busy; else echo port=free; fi",
				"elif command -v bash >/dev/null 2>&1; then",
				"  if bash -c 'exec 3<>/dev/tcp/127.0.0.1/" + agentPort + "' 2>/dev/null; then echo port=busy; else echo port=free; fi",
				"fi",
				"true");
		CommandResult result = connection.run(script, Duration.ofSeconds(60));
		Map<String, String> facts = new HashMap<>();
		List<String> javas = new ArrayList<>();
		for (String line : result.stdout().split("\n")) {
			int eq = line.indexOf('=');
			if (eq <= 0) {
				continue;
			}
			String key = line.substring(0, eq);
			String value = line.substring(eq + 1).strip();
			if (key.equals("java")) {
				javas.add(value);
			} else {
				facts.put(key, value);
			}
		}
		List<String> problems = new ArrayList<>();
		String os = facts.getOrDefault("os", "");
		String arch = facts.getOrDefault("arch", "");
		if (!os.equals("Linux")) {
			problems.add("the agent runs on Linux; this host is '" + os + "'");
		}
		long free = -1;
		try {
			free = Long.parseLong(facts.getOrDefault("free", "")) * 1024;
		} catch (NumberFormatException e) {
			// unknown: said below
		}
		if (free >= 0 && free < HostCheck.MIN_FREE_BYTES) {
			problems.add("only " + (free >> 20) + " MiB free at " + facts.get("existing") + "; the agent needs "
					+ (HostCheck.MIN_FREE_BYTES >> 20) + " MiB");
		}
		String javaVersion = null;
		String javaHome = null;
		int best = 0;
		List<String> others = new ArrayList<>();
		for (String java : javas) {
			int space = java.indexOf(' ');
			if (space <= 0) {
				continue;
			}
			String version = java.substring(0, space);
			String path = java.substring(space + 1);
			int major = major(version);
			if (major >= 21 && !version.equals("21") && !version.startsWith("21.0.0") && major > best) {
				// An agent that runs as root must not run a Java that someone else can replace (one found on the user's
				// PATH, say ~/jdk/bin/java): that would hand root to that someone.
				String unsafe = privileged ? notRootsOwn(connection, path) : null;
				if (unsafe != null) {
					others.add(java + " (not for root: " + unsafe + ")");
					continue;
				}
				best = major;
				javaVersion = version;
				javaHome = path.endsWith("/bin/java") ? path.substring(0, path.length() - "/bin/java".length()) : path;
			} else if (major < 21 && !others.contains(java)) {
				others.add(java);
			}
		}
		String runtimeArch = runtime == null ? null : runtimeArch(runtime);
		if (runtimeArch != null && !runtimeArch.equals(normalArch(arch))) {
			problems.add("the Java runtime to upload is for " + runtimeArch + ", this host is " + arch);
		}
		if (javaVersion == null && runtime == null) {
			problems.add("no Java 21.0.1 or newer found (looked on PATH, in $JAVA_HOME, /usr/lib/jvm, /opt/java, /usr/java"
					+ (others.isEmpty() ? "" : "; found only " + String.join(", ", others))
					+ "): install one, e.g. apt-get install openjdk-21-jre-headless");
		}
		boolean systemd = "yes".equals(facts.get("systemd"));
		boolean portFree = !"busy".equals(facts.get("port"));
		if (!portFree) {
			problems.add("port " + agentPort + " is already in use on the host");
		}
		boolean installed = "yes".equals(facts.get("installed"));
		if (installed) {
			problems.add("a Flotilla agent is already installed in " + dir + ": remove it first");
		} else if ("yes".equals(facts.get("exists"))) {
			problems.add(dir + " already exists and is not a Flotilla agent install: choose another folder");
		}
		if (!privileged && !"yes".equals(facts.get("writable"))) {
			problems.add(facts.get("existing") + " is not writable by " + connection.access().user()
					+ " and there is no root or sudo to create " + dir);
		}
		ServiceMode mode = privileged && systemd ? ServiceMode.SYSTEMD : ServiceMode.SUPERVISOR;
		String who = privilege == Privilege.SUDO ? " through sudo" : "";
		String java = runtime != null ? ", upload the Java runtime to " + dir + "/runtime"
				: javaVersion != null ? ", run it with Java " + javaVersion + " (" + javaHome + ")" : "";
		String description = switch (mode) {
		case SYSTEMD -> "will upload the agent to " + dir + java + ", write its configuration, and install and start the systemd unit "
				+ options.serviceName() + ".service" + who + " (restarts on failure, not after exit 78)";
		case SUPERVISOR -> "will upload the agent to " + dir + java + ", write its configuration, and start it "
				+ (privileged ? "as root" + who : "as " + connection.access().user())
				+ " under a restart loop (bin/flotilla-supervisor; stops on exit 78)"
				+ (systemd ? "" : "; no systemd here, so it does not start again after a reboot");
		};
		Plan plan = new Plan(dir, mode, privileged, description);
		return new HostCheck(connection.access().label(), true, os, arch, privilege, free, javaVersion, javaHome, others,
				systemd, agentPort, portFree, installed, plan, problems);
	}

	/** OS_ARCH of a Java runtime's {@code release} file, in uname's words; {@code null} when it does not say. */
	static String runtimeArch(Path runtime) {
		try {
			for (String line : Files.readAllLines(runtime.resolve("release"))) {
				if (line.startsWith("OS_ARCH=")) {
					return normalArch(line.substring("OS_ARCH=".length()).replace("\"", "").strip());
				}
			}
		} catch (IOException e) {
			// no release file: the executable says it
		}
		// A jlink runtime's release file may not name the architecture: bin/java's ELF header does (e_machine).
		try (var in = Files.newInputStream(runtime.resolve("bin/java"))) {
			byte[] header = in.readNBytes(20);
			if (header.length == 20 && header[0] == 0x7f && header[1] == 'E' && header[2] == 'L' && header[3] == 'F') {
				int machine = (header[18] & 0xff) | (header[19] & 0xff) << 8; // little-endian on both architectures
				return switch (machine) {
				case 0x3e -> "x86_64";
				case 0xb7 -> "aarch64";
				default -> "ELF machine " + machine;
				};
			}
		} catch (IOException e) {
			// not readable: trust the caller
		}
		return null;
	}

	/** The JDK says amd64 where uname says x86_64, and so on. */
	static String normalArch(String arch) {
		return switch (arch) {
		case "amd64", "x86_64" -> "x86_64";
		case "arm64", "aarch64" -> "aarch64";
		default -> arch;
		};
	}

	/** 21 for "21.0.5", 8 for "1.8.0_402", 0 when unreadable. */
	/**
	 * Why root should not run {@code javaPath}: the first of it (resolved) and its parent folders up to {@code /} that
	 * is not owned by root or that group or others may write; null when all are root's alone.
	 */
	public static String notRootsOwn(HostConnection connection, String javaPath) throws IOException {
		String script = "p=$(readlink -f " + Shell.quote(javaPath) + ") || { echo 'cannot resolve it'; exit 0; }\n"
				+ "while :; do\n"
				+ "  s=$(stat -c '%u %A' \"$p\") || { echo \"cannot stat $p\"; exit 0; }\n"
				+ "  case \"$s\" in\n"
				+ "    '0 '?????w*|'0 '????????w*) echo \"$p is writable by group or others\"; exit 0;;\n"
				+ "    '0 '*) ;;\n"
				+ "    *) echo \"$p is not owned by root\"; exit 0;;\n"
				+ "  esac\n"
				+ "  [ \"$p\" = / ] && break\n"
				+ "  p=$(dirname \"$p\")\n"
				+ "done\n";
		String said = connection.run(script, Duration.ofSeconds(20)).stdout().strip();
		return said.isEmpty() ? null : said;
	}

	static int major(String version) {
		String[] parts = version.split("[._+-]");
		try {
			int first = Integer.parseInt(parts[0]);
			return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
		} catch (NumberFormatException e) {
			return 0;
		}
	}
}
