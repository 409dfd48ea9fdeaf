package org.flotilla.agent.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The logical processors the operating system lists (the "processor" entries of /proc/cpuinfo, as
 * {@code nproc --all} counts them): what an agent's inventory reports. Not
 * {@code Runtime.availableProcessors()}, which is smaller under a CPU quota or affinity mask.
 */
final class HostProcessors {

	private HostProcessors() {
	}

	static int count() {
		try {
			return (int) Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.matches("processor\\s*:.*")).count();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read /proc/cpuinfo", e);
		}
	}
}
