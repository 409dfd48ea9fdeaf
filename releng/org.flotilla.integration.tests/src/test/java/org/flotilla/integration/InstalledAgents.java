package org.flotilla.integration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Agents that tests installed over SSH run in process trees of their own (a supervisor started with setsid, the
 * agent, its tasks), not as children of the test: whatever is left under an install folder when a test ends (it
 * failed before uninstalling) is killed here, so that no test leaves an agent running on the machine.
 */
final class InstalledAgents {

	private InstalledAgents() {
	}

	/** Kills every process whose command line or working folder lies under {@code folder}. */
	static void killUnder(Path folder) {
		String prefix = folder.toAbsolutePath().toString();
		try (DirectoryStream<Path> proc = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path dir : proc) {
				try {
					String command = new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
					String cwd = Files.readSymbolicLink(dir.resolve("cwd")).toString();
					if (command.contains(prefix) || cwd.startsWith(prefix)) {
						ProcessHandle.of(Long.parseLong(dir.getFileName().toString())).ifPresent(ProcessHandle::destroyForcibly);
					}
				} catch (IOException | RuntimeException e) {
					// gone meanwhile, or not ours to read
				}
			}
		} catch (IOException e) {
			// best effort
		}
	}
}
