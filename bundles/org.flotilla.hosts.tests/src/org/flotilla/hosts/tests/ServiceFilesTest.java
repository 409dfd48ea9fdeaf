package org.flotilla.hosts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.flotilla.hosts.internal.Installation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The systemd unit (this container has no systemd, so the installs of the other tests use the restart loop) and the
 * restart loop's script, read as text and by sh.
 */
class ServiceFilesTest {

	@TempDir
	Path folder;

	@Test
	void theUnitRestartsOnFailureButNotAfterExit78() {
		String unit = Installation.unit("/opt/flotilla-agent", "/usr/lib/jvm/java-21");
		List<String> lines = unit.lines().toList();
		assertTrue(lines.contains("ExecStart=/opt/flotilla-agent/bin/flotilla-agent --config /opt/flotilla-agent/conf/agent.properties"),
				unit);
		assertTrue(lines.contains("Environment=\"JAVA_HOME=/usr/lib/jvm/java-21\""), unit);
		assertTrue(lines.contains("Restart=on-failure"), unit);
		assertTrue(lines.contains("RestartPreventExitStatus=78"), unit);
		assertTrue(lines.contains("KillMode=process"), "restarting the agent must not kill its tasks: " + unit);
		assertTrue(lines.contains("Delegate=yes"), unit);
		assertTrue(lines.contains("UMask=0077"), unit);
		assertTrue(lines.contains("WantedBy=multi-user.target"), unit);
	}

	@Test
	void theRestartLoopIsValidShell() throws Exception {
		Path script = folder.resolve("flotilla-supervisor");
		Files.writeString(script, Installation.supervisor("/opt/with'quote/flotilla-agent", "/usr/lib/jvm/java-21"));
		assertEquals("", TestSshd.run(List.of("sh", "-n", script.toString())));
		assertTrue(Files.readString(script).contains("home='/opt/with'\\''quote/flotilla-agent'"));
	}
}
