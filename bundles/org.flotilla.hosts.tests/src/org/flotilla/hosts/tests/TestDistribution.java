package org.flotilla.hosts.tests;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The agent distribution the installer uploads, made for the tests with the same layout as
 * {@code releng/org.flotilla.agent.distribution} builds (that module is built after the bundles): its
 * {@code bin/flotilla-agent} and {@code conf/} from the sources, and in {@code lib/} the agent bundle and every bundle
 * it is wired to in this OSGi runtime, as jars. The system property {@code flotilla.agent.distribution} names a built
 * distribution (folder or .tar.gz) to use instead.
 */
final class TestDistribution {

	private TestDistribution() {
	}

	/** The real agent distribution, made in {@code folder} (or the one the system property names). */
	static Path agent(Path folder) throws IOException {
		String given = System.getProperty("flotilla.agent.distribution");
		if (given != null && !given.isBlank()) {
			return Path.of(given);
		}
		Path home = folder.resolve("flotilla-agent");
		Path sources = repository().resolve("releng/org.flotilla.agent.distribution/src/dist");
		copyTree(sources.resolve("bin"), home.resolve("bin"));
		copyTree(sources.resolve("conf"), home.resolve("conf"));
		home.resolve("bin/flotilla-agent").toFile().setExecutable(true, false);
		Path lib = Files.createDirectories(home.resolve("lib"));
		int n = 0;
		for (Path entry : classpath()) {
			String name = String.format("%02d-%s.jar", n++, entry.getFileName().toString().replaceAll("\\.jar$", ""));
			if (Files.isDirectory(entry)) {
				jar(entry, lib.resolve(name));
			} else {
				Files.copy(entry, lib.resolve(name));
			}
		}
		return home;
	}

	/**
	 * A stand-in agent for what the real one cannot do on this branch: a {@code bin/flotilla-agent} script that copies
	 * the configuration it was given to {@code run/seen.properties} and then runs {@code behaviour} (e.g.
	 * {@code exec sleep 600}, {@code exit 78}).
	 */
	static Path fake(Path folder, String behaviour) throws IOException {
		Path home = folder.resolve("fake-agent");
		Files.createDirectories(home.resolve("bin"));
		Files.createDirectories(home.resolve("conf"));
		Files.createDirectories(home.resolve("lib"));
		Files.writeString(home.resolve("lib/README"), "no classes: a stand-in agent\n");
		Path script = home.resolve("bin/flotilla-agent");
		Files.writeString(script, "#!/bin/sh\nhome=$(cd \"$(dirname \"$0\")/..\" && pwd)\ncp \"$2\" \"$home/run/seen.properties\"\n"
				+ behaviour + "\n");
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
		return home;
	}

	/** The repository's root folder: the test bundle runs from bundles/org.flotilla.hosts.tests. */
	static Path repository() throws IOException {
		Bundle self = FrameworkUtil.getBundle(TestDistribution.class);
		Path location = FileLocator.getBundleFileLocation(self).orElseThrow(() -> new IOException("no location for the test bundle"))
				.toPath().toAbsolutePath();
		for (Path p = location; p != null; p = p.getParent()) {
			if (Files.isDirectory(p.resolve("releng/org.flotilla.agent.distribution/src/dist"))) {
				return p;
			}
		}
		throw new IOException("cannot find the repository above " + location);
	}

	private static List<Path> classpath() throws IOException {
		Bundle agent = FrameworkUtil.getBundle(org.flotilla.agent.AgentMain.class);
		Set<Bundle> bundles = new LinkedHashSet<>();
		Deque<Bundle> todo = new ArrayDeque<>(List.of(agent));
		while (!todo.isEmpty()) {
			Bundle bundle = todo.pop();
			if (bundle.getBundleId() == 0 || !bundles.add(bundle)) {
				continue;
			}
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring != null) {
				for (BundleWire wire : wiring.getRequiredWires(null)) {
					todo.add(wire.getProviderWiring().getBundle());
				}
			}
		}
		List<Path> entries = new java.util.ArrayList<>();
		for (Bundle bundle : bundles) {
			File file = FileLocator.getBundleFileLocation(bundle)
					.orElseThrow(() -> new IOException("no file for bundle " + bundle.getSymbolicName()));
			Path classes = file.toPath().resolve("target/classes");
			entries.add(Files.isDirectory(classes) ? classes : file.toPath());
		}
		return entries;
	}

	private static void jar(Path classes, Path target) throws IOException {
		try (OutputStream out = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(out);
				Stream<Path> walk = Files.walk(classes)) {
			for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
				String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
				if (name.equals("META-INF/MANIFEST.MF")) {
					continue;
				}
				jar.putNextEntry(new JarEntry(name));
				Files.copy(file, jar);
				jar.closeEntry();
			}
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path p : walk.toList()) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}
}
