package org.flotilla.integration;

import java.nio.file.Path;

import org.flotilla.console.core.LocalPoolAuthority;

/**
 * Creates a console workspace's pool CA and identity, as the console does on first use; run in a
 * process of its own by {@link HardeningIntegrationTest} under limits that make writing fail.
 */
public final class SecretFileProbe {

	private SecretFileProbe() {
	}

	public static void main(String[] args) throws Exception {
		LocalPoolAuthority identity = LocalPoolAuthority.openOrCreate(Path.of(args[0]), "probe pool");
		identity.consoleTls("console-probe");
		System.out.println("secrets written");
	}
}
