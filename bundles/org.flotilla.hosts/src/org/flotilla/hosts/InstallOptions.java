package org.flotilla.hosts;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Where and how the agent is installed on a host.
 *
 * @param installDir   absolute folder for the agent, or {@code null}: {@value #PRIVILEGED_DIR} when root or sudo is
 *                     available, else {@code ~/flotilla-agent}
 * @param serviceName  name of the systemd unit ({@code NAME.service}), also used in messages
 * @param startTimeout how long the installer waits for the started agent to listen (or, while it enrolls, to stay up)
 */
public record InstallOptions(String installDir, String serviceName, Duration startTimeout) {

	/** The install folder when the agent is installed as root. */
	public static final String PRIVILEGED_DIR = "/opt/flotilla-agent";
	/** The install folder, under the user's home, when it is installed without root. */
	public static final String USER_DIR = "flotilla-agent";

	private static final Pattern SERVICE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}");

	public InstallOptions {
		// No blanks or quotes: the path goes into a systemd unit's ExecStart and the agent's properties file as it is.
		if (installDir != null && (!installDir.startsWith("/") || installDir.equals("/") || installDir.contains("/../")
				|| installDir.endsWith("/..") || !installDir.matches("[A-Za-z0-9/._+@:-]+"))) {
			throw new IllegalArgumentException("install folder must be an absolute path below / of letters, digits and"
					+ " / . _ + @ : - only: '" + installDir + "'");
		}
		if (installDir != null && installDir.length() > 1 && installDir.endsWith("/")) {
			installDir = installDir.substring(0, installDir.length() - 1);
		}
		if (serviceName == null || !SERVICE.matcher(serviceName).matches()) {
			throw new IllegalArgumentException("service name must be letters, digits, '_', '.' or '-': '" + serviceName + "'");
		}
		if (startTimeout == null || startTimeout.isNegative() || startTimeout.isZero()) {
			throw new IllegalArgumentException("start timeout must be positive");
		}
	}

	/** The defaults: folder by privilege, unit {@code flotilla-agent.service}, 60 s to start. */
	public static InstallOptions defaults() {
		return new InstallOptions(null, "flotilla-agent", Duration.ofSeconds(60));
	}

	public InstallOptions withInstallDir(String dir) {
		return new InstallOptions(dir, serviceName, startTimeout);
	}

	public InstallOptions withServiceName(String name) {
		return new InstallOptions(installDir, name, startTimeout);
	}

	public InstallOptions withStartTimeout(Duration timeout) {
		return new InstallOptions(installDir, serviceName, timeout);
	}
}
