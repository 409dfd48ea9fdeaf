package org.flotilla.agent.internal.packages;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.flotilla.protocol.SecretFiles;

/** The runtime's small state files: properties, written owner-only, forced and renamed into place (never half written). */
public final class PackageFiles {

	private PackageFiles() {
	}

	/** The properties in {@code file}, or null when there is no such file. */
	public static Properties read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			return null;
		}
		Properties p = new Properties();
		try (Reader reader = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
			p.load(reader);
		}
		return p;
	}

	public static void write(Path file, Properties p) throws IOException {
		StringWriter text = new StringWriter();
		p.store(text, null);
		SecretFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
	}
}
