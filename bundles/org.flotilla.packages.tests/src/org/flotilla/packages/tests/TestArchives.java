package org.flotilla.packages.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Tiny package archives built by the tests themselves (no binary fixtures). */
final class TestArchives {

	private TestArchives() {
	}

	/** A zip of {@code entries} (name → text), in order. */
	static byte[] zip(Map<String, String> entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, String> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	static Path write(Path file, Map<String, String> entries) throws IOException {
		return Files.write(file, zip(entries));
	}

	/** A small valid manifest with a port parameter, a template and start/stop/health steps. */
	static String manifest(String name, String version) {
		return """
				name = %s
				version = %s
				layer = middleware
				title = Demo server
				parameter.port.type = int
				parameter.port.min = 1024
				parameter.port.max = 65535
				parameter.port.default = 8080
				parameter.heap.type = size
				parameter.heap.min = 32M
				parameter.heap.max = 64G
				parameter.heap.default = 256M
				template.1.source = templates/server.ini
				template.1.target = conf/server.ini
				step.start.command = steps/start.sh
				step.stop.command = steps/stop.sh
				step.health.http = http://127.0.0.1:${port}/
				step.health.timeout = PT30S
				""".formatted(name, version);
	}

	static Map<String, String> demo(String name, String version) {
		return new java.util.LinkedHashMap<>(Map.of(
				"flotilla-package.properties", manifest(name, version),
				"payload/README", "demo " + version + "\n",
				"payload/lib/demo.txt", "x",
				"templates/server.ini", "port=${port}\nheap=${heap}\nliteral=$${port}\n",
				"steps/start.sh", "echo start\n",
				"steps/stop.sh", "echo stop\n"));
	}
}
