package org.flotilla.agent.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Tiny real packages for the provisioning tests, built here (no binary fixtures): "web", a static HTTP server (the
 * JDK's own {@code jwebserver}, started by the start step in the background) serving {@code version.txt}, with an
 * HTTP health check on its port, a configure step that can be made to wait for a file (parameter {@code gate}), and
 * a version whose health check fails.
 */
final class TestPackages {

	private TestPackages() {
	}

	static final String START = """
			cd "$FLOTILLA_PACKAGE_HOME" || exit 1
			"$JAVA_HOME/bin/jwebserver" -b 127.0.0.1 -p "$FLOTILLA_PARAM_PORT" -d "$FLOTILLA_PACKAGE_HOME" \\
			    > "$FLOTILLA_PACKAGE_STATE/server.log" 2>&1 &
			echo $! > "$FLOTILLA_PACKAGE_STATE/pid"
			echo "started web $FLOTILLA_PACKAGE_VERSION on port $FLOTILLA_PARAM_PORT (pid $!)"
			""";
	static final String STOP = """
			pidfile="$FLOTILLA_PACKAGE_STATE/pid"
			[ -f "$pidfile" ] || exit 0
			pid=$(cat "$pidfile")
			kill "$pid" 2>/dev/null
			i=0
			while kill -0 "$pid" 2>/dev/null; do
			  i=$((i + 1)); [ "$i" -gt 100 ] && kill -9 "$pid" 2>/dev/null
			  sleep 0.1
			done
			rm -f "$pidfile"
			echo "stopped $pid"
			""";
	static final String CONFIGURE = """
			echo "configuring $FLOTILLA_PACKAGE_VERSION (previous: $FLOTILLA_PREVIOUS_HOME)"
			if [ -n "$FLOTILLA_PARAM_GATE" ]; then
			  echo "waiting for $FLOTILLA_PARAM_GATE"
			  while [ ! -f "$FLOTILLA_PARAM_GATE" ]; do sleep 0.1; done
			fi
			""";

	/** Package "web" at {@code version}; {@code healthPath} is what the health check GETs ("version.txt" passes). */
	static byte[] web(String version, String healthPath, byte[] padding) throws IOException {
		return web(version, healthPath, padding, healthPath.equals("version.txt") ? "PT15S" : "PT3S", "");
	}

	/** As above, with the health check's timeout and more manifest lines. */
	static byte[] web(String version, String healthPath, byte[] padding, String healthTimeout, String moreManifest)
			throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("flotilla-package.properties", ("""
				name = web
				version = %s
				layer = middleware
				title = Test web server
				parameter.port.type = int
				parameter.port.min = 1024
				parameter.port.max = 65535
				parameter.port.default = 8080
				parameter.gate.type = string
				parameter.gate.default =
				parameter.greeting.type = string
				parameter.greeting.default = hello
				template.1.source = templates/greeting.txt
				template.1.target = greeting.txt
				step.configure.command = steps/configure.sh
				step.start.command = steps/start.sh
				step.stop.command = steps/stop.sh
				step.health.http = http://127.0.0.1:${port}/%s
				step.health.timeout = %s
				%s""").formatted(version, healthPath, healthTimeout, moreManifest).getBytes(StandardCharsets.UTF_8));
		entries.put("payload/version.txt", ("web " + version + "\n").getBytes(StandardCharsets.UTF_8));
		if (padding != null) {
			entries.put("payload/padding.bin", padding);
		}
		entries.put("templates/greeting.txt", "${greeting} from port ${port}\n".getBytes(StandardCharsets.UTF_8));
		entries.put("steps/configure.sh", CONFIGURE.getBytes(StandardCharsets.UTF_8));
		entries.put("steps/start.sh", START.getBytes(StandardCharsets.UTF_8));
		entries.put("steps/stop.sh", STOP.getBytes(StandardCharsets.UTF_8));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				ZipEntry entry = new ZipEntry(e.getKey());
				if (e.getKey().equals("payload/padding.bin")) {
					entry.setMethod(ZipEntry.STORED);
					entry.setSize(e.getValue().length);
					java.util.zip.CRC32 crc = new java.util.zip.CRC32();
					crc.update(e.getValue());
					entry.setCrc(crc.getValue());
				}
				zip.putNextEntry(entry);
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	static String sha256(byte[] bytes) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	/** A loopback port nothing listens on right now. */
	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** The body of GET http://127.0.0.1:PORT/PATH, or null when nothing answers (or not 200). */
	static String get(int port, String path) {
		try {
			HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/" + path).toURL().openConnection();
			c.setConnectTimeout(2000);
			c.setReadTimeout(2000);
			try {
				if (c.getResponseCode() != 200) {
					return null;
				}
				return new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			} finally {
				c.disconnect();
			}
		} catch (IOException e) {
			return null;
		}
	}

	/** Kills (SIGKILL) every process whose FLOTILLA_PACKAGE_HOME lies under {@code dir}: what the tests' packages left. */
	static void killAll(Path dir) {
		String root = dir.toAbsolutePath().toString();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of("/proc"))) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if (!name.chars().allMatch(Character::isDigit)) {
					continue;
				}
				try {
					String env = new String(Files.readAllBytes(entry.resolve("environ")), StandardCharsets.UTF_8);
					for (String variable : env.split("\0")) {
						if (variable.startsWith("FLOTILLA_PACKAGE_HOME=" + root)) {
							ProcessHandle.of(Long.parseLong(name)).ifPresent(ProcessHandle::destroyForcibly);
						}
					}
				} catch (IOException | RuntimeException e) {
					// gone, or not ours to read
				}
			}
		} catch (IOException e) {
			// no /proc: nothing started either
		}
	}
}
