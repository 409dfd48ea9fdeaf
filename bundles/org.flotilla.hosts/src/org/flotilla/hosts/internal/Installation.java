package org.flotilla.hosts.internal;

import static org.flotilla.hosts.internal.Shell.quote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.flotilla.hosts.AgentIdentity;
import org.flotilla.hosts.CommandResult;
import org.flotilla.hosts.HostCheck;
import org.flotilla.hosts.HostCheck.ServiceMode;
import org.flotilla.hosts.HostConnection;
import org.flotilla.hosts.InstallOptions;
import org.flotilla.hosts.InstallRequest;
import org.flotilla.hosts.InstallResult;
import org.flotilla.hosts.ProgressListener;

/**
 * One install or uninstall on one host (see {@link org.flotilla.hosts.AgentInstaller}). Every change made on the host
 * is registered as an {@link Undo} before it is made, so that a failure can undo exactly what was done and then check
 * what is still there.
 */
public final class Installation {

	/** Exit code of an agent whose configuration or enrollment was refused: never restarted. */
	public static final int EX_CONFIG = 78;
	private static final Duration POLL = Duration.ofMillis(500);
	private static final Duration SUPERVISOR_UP = Duration.ofSeconds(15);

	/** A change on the host: how to undo it, how to see that it is still there, and the command for the administrator. */
	private record Undo(String what, String undo, String stillThere, String removeCommand, boolean privileged) {
	}

	/** A step that failed with a message for the administrator. */
	private static final class StepFailure extends Exception {
		private static final long serialVersionUID = 1L;

		StepFailure(String message) {
			super(message);
		}
	}

	private final HostConnection connection;
	private final ProgressListener progress;
	private final BooleanSupplier cancelled;
	private final List<String> steps = new ArrayList<>();
	private final Deque<Undo> undos = new ArrayDeque<>();
	private String step;

	public Installation(HostConnection connection, ProgressListener progress, BooleanSupplier cancelled) {
		this.connection = connection;
		this.progress = progress == null ? ProgressListener.NONE : progress;
		this.cancelled = cancelled == null ? () -> false : cancelled;
	}

	private void begin(String name) {
		if (cancelled.getAsBoolean()) {
			throw new CancellationException("cancelled before " + name);
		}
		step = name;
		progress.stepStarted(connection.access(), name);
	}

	private void done(String detail) {
		steps.add(step + ": " + detail);
		progress.stepFinished(connection.access(), step, detail);
		step = null;
	}

	// ---------------------------------------------------------------------------------------------------------- install

	public InstallResult install(InstallRequest request) {
		InstallOptions options = request.options();
		String dir = null;
		ServiceMode mode = null;
		String staging = null;
		try {
			begin("check");
			HostCheck check = HostCheck.run(connection, options, request.listenPort(), request.runtime());
			if (!check.ready()) {
				throw new StepFailure(String.join("; ", check.problems()));
			}
			HostCheck.Plan plan = check.plan();
			dir = plan.installDir();
			mode = plan.mode();
			boolean privileged = plan.privileged();
			done(plan.description());

			begin("stage");
			CommandResult made = connection.run("umask 077 && mktemp -d \"${TMPDIR:-/tmp}/flotilla-install.XXXXXXXX\"");
			if (!made.ok() || made.stdout().isBlank()) {
				throw new StepFailure("cannot make a staging folder: " + made.message());
			}
			staging = made.stdout().strip();
			undos.push(new Undo("staging folder " + staging, "rm -rf " + quote(staging), "[ -e " + quote(staging) + " ]",
					"rm -rf " + quote(staging), false));
			done(staging);

			begin("upload");
			String tree = staging + "/flotilla-agent";
			upload(request.distribution(), staging, tree);
			done("uploaded " + request.distribution().getFileName() + " over SFTP");

			String javaHome = check.javaHome();
			if (request.runtime() != null) {
				begin("upload runtime");
				connection.upload(request.runtime(), tree + "/runtime", false);
				CommandResult runs = connection.run(quote(tree + "/runtime/bin/java") + " -version");
				if (!runs.ok()) {
					throw new StepFailure("the uploaded Java runtime does not run on this host: " + runs.message());
				}
				javaHome = dir + "/runtime";
				done("uploaded " + request.runtime().getFileName() + " to runtime/");
			}

			begin("configure");
			String top = topMissing(dir);
			configure(request, javaHome, plan, tree, dir, top);
			done("wrote conf/agent.properties (" + request.identity() + ")");

			begin("install files");
			// Checked again just before: mv into an existing folder would move the agent inside it, and the undo would
			// then remove a folder that is not ours.
			if (run("[ -e " + quote(dir) + " ] || [ -L " + quote(dir) + " ]", privileged).ok()) {
				throw new StepFailure(dir + " appeared meanwhile: not touching it");
			}
			undos.push(new Undo(dir, removeTree(dir, top), "[ -e " + quote(dir) + " ]", removeTree(dir, top), privileged));
			String move = "mkdir -p " + quote(parent(dir)) + " && mv " + quote(tree) + " " + quote(dir)
					+ (privileged && !connection.isRoot() ? " && chown -R root:root " + quote(dir) : "");
			CommandResult moved = privileged ? connection.runPrivileged(move) : connection.run(move);
			if (!moved.ok()) {
				throw new StepFailure("cannot create " + dir + ": " + moved.message());
			}
			done(dir + (privileged ? " (owned by root)" : ""));

			begin("start");
			if (mode == ServiceMode.SYSTEMD) {
				startUnit(options, staging, dir, javaHome);
			} else {
				startSupervisor(dir, privileged);
			}
			done(mode == ServiceMode.SYSTEMD ? "systemd unit " + options.serviceName() + ".service enabled and started"
					: "bin/flotilla-supervisor started " + (privileged ? "as root" : "as " + connection.access().user()));

			begin("wait");
			String running = awaitStart(request, options, dir, mode);
			done(running);
			removeStaging(staging);
			return new InstallResult(connection.access().label(), true, mode, dir, "the agent " + running + " ("
					+ (mode == ServiceMode.SYSTEMD ? "systemd unit " + options.serviceName() + ".service" : "bin/flotilla-supervisor")
					+ ", " + dir + ")", steps, List.of(), List.of());
		} catch (StepFailure | IOException | RuntimeException e) {
			String message = e instanceof StepFailure || e instanceof CancellationException ? e.getMessage()
					: e.getClass().getSimpleName() + ": " + e.getMessage();
			String failed = step == null ? "install" : step;
			steps.add(failed + ": failed: " + message);
			progress.stepFailed(connection.access(), failed, message);
			step = null;
			List<String> left = new ArrayList<>();
			List<String> commands = new ArrayList<>();
			cleanUp(left, commands);
			return new InstallResult(connection.access().label(), false, mode, dir,
					failed + " failed: " + message + (left.isEmpty() ? "; the host is clean"
							: "; left on the host: " + String.join(", ", left)),
					steps, left, commands);
		}
	}

	private void upload(Path distribution, String staging, String tree) throws IOException, StepFailure {
		if (Files.isDirectory(distribution)) {
			connection.upload(distribution, tree, false);
		} else {
			String archive = staging + "/flotilla-agent.tar.gz";
			connection.upload(distribution, archive, false);
			CommandResult unpacked = connection.run("mkdir " + quote(tree) + " && tar -xzf " + quote(archive) + " -C "
					+ quote(tree) + " --strip-components=1 && rm -f " + quote(archive), Duration.ofMinutes(5));
			if (!unpacked.ok()) {
				throw new StepFailure("cannot unpack " + distribution.getFileName() + ": " + unpacked.message());
			}
		}
		CommandResult valid = connection.run("[ -f " + quote(tree + "/bin/flotilla-agent") + " ] && [ -d " + quote(tree + "/lib")
				+ " ] && chmod 0755 " + quote(tree + "/bin/flotilla-agent"));
		if (!valid.ok()) {
			throw new StepFailure(distribution + " is not an agent distribution (no bin/flotilla-agent and lib/)");
		}
	}

	/** The topmost folder of {@code dir} that does not exist yet (what the install creates and uninstall removes). */
	private String topMissing(String dir) throws IOException, StepFailure {
		CommandResult found = connection.run("t=" + quote(dir) + "; p=$(dirname \"$t\"); while [ ! -e \"$p\" ]; do t=$p;"
				+ " p=$(dirname \"$p\"); done; printf '%s' \"$t\"");
		if (!found.ok() || found.stdout().isBlank()) {
			throw new StepFailure("cannot look at " + dir + ": " + found.message());
		}
		return found.stdout().strip();
	}

	private void configure(InstallRequest request, String javaHome, HostCheck.Plan plan, String tree, String dir, String top)
			throws IOException, StepFailure {
		StringBuilder config = new StringBuilder();
		config.append("# Written by Flotilla's installer on ").append(Instant.now()).append(" for ")
				.append(connection.access().label()).append(".\n");
		config.append("node.name = ").append(request.nodeName()).append('\n');
		config.append("listen.address = ").append(request.listenAddress()).append('\n');
		config.append("listen.port = ").append(request.listenPort()).append('\n');
		if (!request.labels().isEmpty()) {
			config.append("labels = ").append(String.join(", ", request.labels())).append('\n');
		}
		config.append("data.dir = ").append(escape(dir + "/data")).append('\n');
		CommandResult cleared = connection.run("rm -f " + quote(tree + "/conf/agent.properties") + " && mkdir -m 0700 "
				+ quote(tree + "/data") + " && mkdir -m 0755 " + quote(tree + "/run") + " " + quote(tree + "/log"));
		if (!cleared.ok()) {
			throw new StepFailure("cannot prepare the agent's folders: " + cleared.message());
		}
		switch (request.identity()) {
		case AgentIdentity.Enrollment e -> {
			config.append("enroll.service = ").append(e.service()).append('\n');
			config.append("enroll.token.file = ").append(escape(dir + "/conf/enroll.token")).append('\n');
			config.append("pool.ca.file = ").append(escape(dir + "/conf/pool-ca.pem")).append('\n');
			connection.write(tree + "/conf/enroll.token", (new String(e.token()) + "\n").getBytes(StandardCharsets.UTF_8), true);
			connection.write(tree + "/conf/pool-ca.pem", e.caCertificatePem().getBytes(StandardCharsets.UTF_8), true);
		}
		case AgentIdentity.Keystore k -> {
			CommandResult tls = connection.run("mkdir -m 0700 " + quote(tree + "/data/tls"));
			if (!tls.ok()) {
				throw new StepFailure("cannot make data/tls: " + tls.message());
			}
			connection.write(tree + "/data/tls/agent.p12", k.pkcs12(), true);
			connection.write(tree + "/data/tls/agent.password", new String(k.password()).getBytes(StandardCharsets.UTF_8), true);
		}
		}
		connection.write(tree + "/conf/agent.properties", config.toString().getBytes(StandardCharsets.UTF_8), false);
		connection.write(tree + "/bin/flotilla-supervisor", supervisor(dir, javaHome).getBytes(StandardCharsets.UTF_8),
				false);
		String marker = "# What Flotilla installed here; uninstall reads it. Do not edit.\n" + "mode=" + plan.mode() + "\n"
				+ "privileged=" + plan.privileged() + "\n" + "created=" + top + "\n" + "service=" + request.options().serviceName()
				+ "\n" + (plan.mode() == ServiceMode.SYSTEMD ? "unit=" + unitPath(request.options()) + "\n" : "");
		connection.write(tree + "/" + HostProbe.MARKER, marker.getBytes(StandardCharsets.UTF_8), false);
		CommandResult modes = connection.run("chmod 0755 " + quote(tree + "/bin/flotilla-supervisor"));
		if (!modes.ok()) {
			throw new StepFailure("cannot make bin/flotilla-supervisor executable: " + modes.message());
		}
	}

	/** A properties value: backslashes would be escapes, leading blanks would be dropped. */
	private static String escape(String value) {
		return value.replace("\\", "\\\\");
	}

	private static String parent(String dir) {
		int slash = dir.lastIndexOf('/');
		return slash <= 0 ? "/" : dir.substring(0, slash);
	}

	/** Removes {@code dir}, then the empty folders above it up to {@code top}, the topmost one the install created. */
	private static String removeTree(String dir, String top) {
		StringBuilder command = new StringBuilder("rm -rf " + quote(dir));
		String d = dir;
		while (!d.equals(top) && d.startsWith(top + "/")) {
			d = parent(d);
			command.append(" && rmdir ").append(quote(d));
		}
		return command.toString();
	}

	private static String unitPath(InstallOptions options) {
		return "/etc/systemd/system/" + options.serviceName() + ".service";
	}

	/**
	 * The restart loop where there is no systemd: restarts a failed agent with a growing pause (1 s doubling to 60 s,
	 * back to 1 s after a minute of running), stops for good on exit 0 or 78, and stops the agent when it is stopped.
	 * {@code sleep} runs in the background so that a TERM is handled at once, not after the pause.
	 */
	public static String supervisor(String dir, String javaHome) {
		return """
				#!/bin/sh
				# Keeps the Flotilla agent running where there is no systemd (written by Flotilla's installer).
				# A failed agent is started again after a pause that grows from 1 s to 60 s; exit code 78 (EX_CONFIG: the
				# configuration or the enrollment token was refused) and exit code 0 stop it for good, as systemd's
				# Restart=on-failure with RestartPreventExitStatus=78 would. TERM stops the agent and this loop.
				home=%s
				JAVA_HOME=%s
				# JNA unpacks its native library into ~/.cache/JNA by default: keep it in the install folder, which uninstall removes.
				FLOTILLA_AGENT_JAVA_OPTS="-Djna.tmpdir=$home/run/jna${FLOTILLA_AGENT_JAVA_OPTS:+ $FLOTILLA_AGENT_JAVA_OPTS}"
				export JAVA_HOME FLOTILLA_AGENT_JAVA_OPTS
				cd "$home" || exit 1
				echo $$ > "$home/run/supervisor.pid"
				rm -f "$home/run/stopped"
				child=
				pause=
				trap 'kill -TERM $child $pause 2>/dev/null; [ -n "$child" ] && wait "$child"; rm -f "$home/run/agent.pid" "$home/run/supervisor.pid"; exit 0' TERM INT
				delay=1
				while :; do
					started=$(date +%%s)
					"$home/bin/flotilla-agent" --config "$home/conf/agent.properties" >>"$home/log/agent.log" 2>&1 </dev/null &
					child=$!
					echo "$child" > "$home/run/agent.pid"
					wait "$child"
					code=$?
					child=
					if [ "$code" -eq 0 ] || [ "$code" -eq 78 ]; then
						echo "flotilla-supervisor: the agent exited with $code: not restarting" >>"$home/log/agent.log"
						echo "$code" > "$home/run/stopped"
						rm -f "$home/run/agent.pid" "$home/run/supervisor.pid"
						exit "$code"
					fi
					[ $(( $(date +%%s) - started )) -ge 60 ] && delay=1
					echo "flotilla-supervisor: the agent exited with $code; starting it again in ${delay}s" >>"$home/log/agent.log"
					sleep "$delay" &
					pause=$!
					wait "$pause"
					pause=
					[ "$delay" -lt 60 ] && delay=$((delay * 2))
				done
				""".formatted(quote(dir), quote(javaHome == null ? "" : javaHome));
	}

	private void startSupervisor(String dir, boolean privileged) throws IOException, StepFailure {
		String stop = stopSupervisor(dir);
		undos.push(new Undo("the agent's restart loop (" + dir + "/run/supervisor.pid)", stop,
				"s=$(cat " + quote(dir + "/run/supervisor.pid") + " 2>/dev/null) && [ -n \"$s\" ] && [ -d /proc/$s ]", stop,
				privileged));
		// Every descriptor of the background subshell is redirected: one left on the channel keeps the SSH command open
		// for as long as the loop runs. setsid: out of the SSH session's (and sudo's pty's) process group and its hangup.
		String start = "(cd " + quote(dir) + " || exit 1; if command -v setsid >/dev/null 2>&1;"
				+ " then exec setsid nohup sh bin/flotilla-supervisor; else exec nohup sh bin/flotilla-supervisor; fi)"
				+ " </dev/null >/dev/null 2>&1 &";
		CommandResult started = privileged ? connection.runPrivileged(start) : connection.run(start);
		if (!started.ok()) {
			throw new StepFailure("cannot start bin/flotilla-supervisor: " + started.message());
		}
	}

	/**
	 * Stops the restart loop and the agent (TERM, then KILL after 30 s), whoever runs this. The pid files are in a
	 * folder the agent's user (and its tasks) may write: only a number is taken, and only a process working in the
	 * install folder is signalled, so that a planted "1" or "-1" cannot make root signal the whole host.
	 */
	static String stopSupervisor(String dir) {
		String run = quote(dir + "/run");
		String ours = "ours() { case \"$1\" in ''|*[!0-9]*) return 1;; esac; c=$(readlink /proc/$1/cwd 2>/dev/null) || return 1;"
				+ " case \"$c\" in " + quote(dir) + "|" + quote(dir) + "/*) return 0;; esac; return 1; };";
		return ours + " s=$(cat " + run + "/supervisor.pid 2>/dev/null); a=$(cat " + run + "/agent.pid 2>/dev/null);"
				+ " ours \"$s\" || s=; ours \"$a\" || a=;"
				+ " [ -n \"$s\" ] && kill -TERM \"$s\" 2>/dev/null; [ -z \"$s\" ] && [ -n \"$a\" ] && kill -TERM \"$a\" 2>/dev/null;"
				+ " i=0; while [ $i -lt 150 ]; do"
				+ " { [ -n \"$s\" ] && [ -d /proc/$s ]; } || { [ -n \"$a\" ] && [ -d /proc/$a ]; } || break; sleep 0.2; i=$((i+1)); done;"
				+ " for p in $s $a; do [ -d /proc/$p ] && kill -KILL $p 2>/dev/null; done; true";
	}

	private void startUnit(InstallOptions options, String staging, String dir, String javaHome)
			throws IOException, StepFailure {
		String unit = unitPath(options);
		String name = options.serviceName() + ".service";
		String unitText = unit(dir, javaHome);
		connection.write(staging + "/" + name, unitText.getBytes(StandardCharsets.UTF_8), false);
		String remove = "systemctl disable --now " + quote(name) + " 2>/dev/null; rm -f " + quote(unit)
				+ " && systemctl daemon-reload";
		undos.push(new Undo("systemd unit " + unit, remove, "[ -e " + quote(unit) + " ]", remove, true));
		CommandResult installed = connection.runPrivileged("install -m 0644 " + quote(staging + "/" + name) + " " + quote(unit)
				+ " && systemctl daemon-reload && systemctl enable --now " + quote(name));
		if (!installed.ok()) {
			throw new StepFailure("cannot install and start " + name + ": " + installed.message());
		}
	}

	/** The systemd unit: restarted on failure, but not after exit 78 (refused configuration or enrollment token). */
	public static String unit(String dir, String javaHome) {
		return """
				# Written by Flotilla's installer.
				[Unit]
				Description=Flotilla agent
				Wants=network-online.target
				After=network-online.target

				[Service]
				Environment="JAVA_HOME=%s"
				Environment="FLOTILLA_AGENT_JAVA_OPTS=-Djna.tmpdir=%s/run/jna"
				ExecStart=%s/bin/flotilla-agent --config %s/conf/agent.properties
				WorkingDirectory=%s
				Restart=on-failure
				RestartSec=5
				# 78 (EX_CONFIG): the configuration or the enrollment token was refused; starting again would not help.
				RestartPreventExitStatus=78
				# Tasks outlive their agent (its journal adopts them again when it is back): stopping or restarting the
				# unit stops the agent alone, never the work it started.
				KillMode=process
				# The agent gives each task a cgroup of its own, under the one systemd delegates to it.
				Delegate=yes
				# What the agent writes (its key, journals, audit) is its own.
				UMask=0077
				LimitNOFILE=65536
				StandardOutput=append:%s/log/agent.log
				StandardError=inherit

				[Install]
				WantedBy=multi-user.target
				""".formatted(javaHome, dir, dir, dir, dir, dir);
	}

	/** Waits until the agent listens, or (while it enrolls) stays up; fails when it exits or restarts. */
	private String awaitStart(InstallRequest request, InstallOptions options, String dir, ServiceMode mode)
			throws IOException, StepFailure {
		boolean enrolling = request.identity() instanceof AgentIdentity.Enrollment;
		String run = quote(dir + "/run");
		String log = quote(dir + "/log/agent.log");
		String probe = (mode == ServiceMode.SYSTEMD
				? "systemctl is-active --quiet " + quote(options.serviceName() + ".service") + " && echo service=up;"
						+ " echo restarts=$(systemctl show -p NRestarts --value " + quote(options.serviceName() + ".service") + ");"
				: "s=$(cat " + run + "/supervisor.pid 2>/dev/null); [ -n \"$s\" ] && [ -d /proc/$s ] && echo service=up;"
						+ " [ -f " + run + "/stopped ] && echo stopped=$(cat " + run + "/stopped);"
						+ " echo restarts=$(grep -c 'starting it again' " + log + " 2>/dev/null);")
				+ " ss -Htln 'sport = :" + request.listenPort() + "' 2>/dev/null | grep -q . && echo listening=yes; true";
		Instant start = Instant.now();
		Instant deadline = start.plus(options.startTimeout());
		while (true) {
			if (cancelled.getAsBoolean()) {
				throw new CancellationException("cancelled while waiting for the agent to start");
			}
			Map<String, String> facts = facts(connection.run(probe, Duration.ofSeconds(30)));
			if ("yes".equals(facts.get("listening"))) {
				return "listens on port " + request.listenPort();
			}
			String restarts = facts.getOrDefault("restarts", "0");
			if (facts.containsKey("stopped") || (!restarts.isEmpty() && !restarts.equals("0"))) {
				throw new StepFailure("the agent exited" + (facts.containsKey("stopped") ? " with " + facts.get("stopped") : "")
						+ (restarts.isEmpty() || restarts.equals("0") ? "" : " and was started again " + restarts + " time(s)")
						+ "; its log ends with: " + logTail(dir));
			}
			boolean up = "up".equals(facts.get("service"));
			Instant now = Instant.now();
			if (!up && now.isAfter(start.plus(SUPERVISOR_UP))) {
				throw new StepFailure("the agent is not running; its log ends with: " + logTail(dir));
			}
			if (now.isAfter(deadline)) {
				if (enrolling && up) {
					return "runs and is enrolling (not listening yet after " + options.startTimeout().toSeconds() + " s)";
				}
				throw new StepFailure("the agent does not listen on port " + request.listenPort() + " after "
						+ options.startTimeout().toSeconds() + " s; its log ends with: " + logTail(dir));
			}
			try {
				Thread.sleep(POLL);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CancellationException("interrupted while waiting for the agent to start");
			}
		}
	}

	private String logTail(String dir) throws IOException {
		CommandResult tail = connection.run("tail -n 8 " + quote(dir + "/log/agent.log") + " 2>/dev/null");
		String text = tail.stdout().strip();
		return text.isEmpty() ? "(empty)" : text;
	}

	private static Map<String, String> facts(CommandResult result) {
		Map<String, String> facts = new HashMap<>();
		for (String line : result.stdout().split("\n")) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				facts.put(line.substring(0, eq), line.substring(eq + 1).strip());
			}
		}
		return facts;
	}

	private void removeStaging(String staging) {
		if (staging == null) {
			return;
		}
		try {
			connection.run("rm -rf " + quote(staging));
		} catch (IOException e) {
			// in /tmp and owner-only: the system's tmp cleaning gets it
		}
		undos.removeIf(u -> u.what().equals("staging folder " + staging));
	}

	/** Undoes every registered change, newest first, then lists what is still there. */
	private void cleanUp(List<String> left, List<String> commands) {
		List<Undo> all = new ArrayList<>(undos);
		for (Undo undo : all) {
			try {
				if (undo.privileged()) {
					connection.runPrivileged(undo.undo());
				} else {
					connection.run(undo.undo());
				}
			} catch (IOException | RuntimeException e) {
				// checked below
			}
		}
		for (Undo undo : all) {
			boolean there;
			try {
				there = (undo.privileged() ? connection.runPrivileged(undo.stillThere()) : connection.run(undo.stillThere())).ok();
			} catch (IOException | RuntimeException e) {
				there = true; // cannot tell: say it may be there
			}
			if (there) {
				left.add(undo.what());
				commands.add((undo.privileged() && !connection.isRoot() ? "sudo sh -c " + quote(undo.removeCommand())
						: undo.removeCommand()));
			}
		}
		if (!all.isEmpty()) {
			steps.add("clean-up: " + (left.isEmpty() ? "undid " + all.size() + " change(s); the host is clean"
					: "left " + String.join(", ", left)));
		}
		undos.clear();
	}

	// -------------------------------------------------------------------------------------------------------- uninstall

	public InstallResult uninstall(InstallOptions options) {
		String dir = null;
		ServiceMode mode = null;
		try {
			begin("find");
			boolean privileged = connection.isRoot() || connection.canRunPrivileged();
			dir = options.installDir();
			if (dir == null) {
				String system = InstallOptions.PRIVILEGED_DIR;
				String user = HostProbe.installDir(connection, options, false);
				dir = connection.run("[ -e " + quote(system + "/" + HostProbe.MARKER) + " ]").ok() ? system : user;
			}
			CommandResult read = connection.run("cat " + quote(dir + "/" + HostProbe.MARKER));
			if (!read.ok()) {
				throw new StepFailure("no Flotilla agent installed in " + dir + " (" + HostProbe.MARKER + " is missing)");
			}
			Map<String, String> marker = facts(read);
			mode = ServiceMode.valueOf(marker.getOrDefault("mode", ServiceMode.SUPERVISOR.name()));
			// Root acts here only when root owns the folder and the marker: a user-level install's folder is writable by
			// the agent's user and its tasks, so what its marker says must never decide what runs as root.
			CommandResult owners = connection.run("stat -c %u " + quote(dir) + " " + quote(dir + "/" + HostProbe.MARKER));
			boolean rootOwned = owners.ok() && owners.stdout().strip().lines().allMatch("0"::equals);
			boolean installedPrivileged = Boolean.parseBoolean(marker.get("privileged"));
			if (installedPrivileged && !rootOwned) {
				throw new StepFailure(HostProbe.MARKER + " in " + dir + " says root installed it, but root does not own the folder:"
						+ " not removing anything as root");
			}
			if (mode == ServiceMode.SYSTEMD && !installedPrivileged) {
				throw new StepFailure(HostProbe.MARKER + " in " + dir + " names a systemd unit, but the install was not root's:"
						+ " not touching systemd");
			}
			String top = marker.getOrDefault("created", dir);
			if (!top.equals(dir) && !dir.startsWith(top + "/") || top.equals("/") || top.isBlank()) {
				throw new StepFailure(HostProbe.MARKER + " in " + dir + " names an unexpected folder '" + top + "': not removing it");
			}
			if (installedPrivileged && !privileged) {
				throw new StepFailure(dir + " was installed as root: removing it needs root or sudo");
			}
			done(dir + " (" + mode + ")");

			begin("stop");
			// The unit's name and path from the validated options (the same as at install), never from the marker.
			String unit = unitPath(options);
			String service = options.serviceName() + ".service";
			List<Undo> removals = new ArrayList<>();
			if (mode == ServiceMode.SYSTEMD) {
				String stop = "systemctl disable --now " + quote(service) + " 2>/dev/null; true";
				run(stop, installedPrivileged);
				removals.add(new Undo("systemd unit " + unit, "rm -f " + quote(unit) + " && systemctl daemon-reload",
						"[ -e " + quote(unit) + " ]", "rm -f " + quote(unit) + " && systemctl daemon-reload", true));
			} else {
				run(stopSupervisor(dir), installedPrivileged);
			}
			CommandResult alive = connection.run(mode == ServiceMode.SYSTEMD
					? "systemctl is-active --quiet " + quote(service)
					: "for f in supervisor agent; do p=$(cat " + quote(dir + "/run") + "/$f.pid 2>/dev/null);"
							+ " [ -n \"$p\" ] && [ -d /proc/$p ] && exit 0; done; exit 1");
			if (alive.ok()) {
				throw new StepFailure("the agent is still running after being stopped");
			}
			done("stopped");

			begin("remove");
			removals.add(new Undo(dir, removeTree(dir, top), "[ -e " + quote(dir) + " ]", removeTree(dir, top),
					installedPrivileged));
			for (Undo removal : removals) {
				run(removal.undo(), removal.privileged());
			}
			List<String> left = new ArrayList<>();
			List<String> commands = new ArrayList<>();
			for (Undo removal : removals) {
				if (run(removal.stillThere(), removal.privileged()).ok()) {
					left.add(removal.what());
					commands.add(removal.removeCommand());
				}
			}
			if (!left.isEmpty()) {
				throw new StepFailure("could not remove " + String.join(", ", left));
			}
			done("removed " + dir + (mode == ServiceMode.SYSTEMD ? " and " + unit : ""));
			return new InstallResult(connection.access().label(), true, mode, dir, "the agent is stopped and " + dir
					+ " is removed", steps, List.of(), List.of());
		} catch (StepFailure | IOException | RuntimeException e) {
			String message = e instanceof StepFailure ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
			String failed = step == null ? "uninstall" : step;
			steps.add(failed + ": failed: " + message);
			progress.stepFailed(connection.access(), failed, message);
			// Nothing was changed when the install was not found or not removable; after that, the folder may remain.
			List<String> left = dir == null || failed.equals("find") ? List.of() : List.of(dir);
			List<String> commands = left.isEmpty() ? List.of() : List.of(removeCommandsHint(dir, mode, options));
			return new InstallResult(connection.access().label(), false, mode, dir, failed + " failed: " + message, steps,
					left, commands);
		}
	}

	/** What an administrator runs (as root, or as the user for a user-level install) when uninstall could not finish. */
	private static String removeCommandsHint(String dir, ServiceMode mode, InstallOptions options) {
		String service = quote(options.serviceName() + ".service");
		return (mode == ServiceMode.SYSTEMD ? "systemctl disable --now " + service + "; rm -f "
				+ quote("/etc/systemd/system/" + options.serviceName() + ".service") + "; systemctl daemon-reload; "
				: stopSupervisor(dir) + "; ") + "rm -rf " + quote(dir);
	}

	private CommandResult run(String command, boolean privileged) throws IOException {
		return privileged ? connection.runPrivileged(command) : connection.run(command);
	}
}
