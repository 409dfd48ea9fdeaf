package org.flotilla.hosts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.flotilla.hosts.AgentIdentity;
import org.flotilla.hosts.HostAccess;
import org.flotilla.hosts.InstallOptions;
import org.flotilla.hosts.InstallRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is refused with a clear message before anything is done on a host. */
class InstallRequestTest {

	private static final String PEM = "-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n";

	@TempDir
	Path folder;

	private InstallRequest request(String node, int port, List<String> labels) {
		return new InstallRequest(folder, node, "0.0.0.0", port, labels,
				new AgentIdentity.Enrollment("pool:7444", "t".toCharArray(), PEM), null);
	}

	@Test
	void theAgentsOwnRulesAreCheckedHere() {
		assertEquals(InstallOptions.defaults(), request("web-01", 7443, List.of("ssd")).options());
		assertTrue(assertThrows(IllegalArgumentException.class, () -> request("web 01", 7443, List.of())).getMessage()
				.contains("node name"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> request("web", 0, List.of())).getMessage()
				.contains("port out of range"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> request("web", 7443, List.of("no spaces"))).getMessage()
				.contains("label 'no spaces'"));
		assertThrows(IllegalArgumentException.class, () -> new InstallRequest(folder.resolve("agent.zip"), "web", "0.0.0.0",
				7443, List.of(), new AgentIdentity.Enrollment("pool:7444", "t".toCharArray(), PEM), null));
	}

	@Test
	void enrollmentNeedsHostPortAndAPemCertificate() {
		assertThrows(IllegalArgumentException.class, () -> new AgentIdentity.Enrollment("pool", "t".toCharArray(), PEM));
		assertThrows(IllegalArgumentException.class, () -> new AgentIdentity.Enrollment("pool:7444", "t".toCharArray(), "x"));
		assertFalse(new AgentIdentity.Enrollment("pool:7444", "secret-token".toCharArray(), PEM).toString().contains("secret"));
	}

	@Test
	void installFoldersAreAbsolutePlainPaths() {
		assertEquals("/srv/flotilla", InstallOptions.defaults().withInstallDir("/srv/flotilla/").installDir());
		for (String bad : List.of("relative/dir", "/", "/opt/../etc", "/opt/with space", "/opt/'quote'")) {
			assertThrows(IllegalArgumentException.class, () -> InstallOptions.defaults().withInstallDir(bad), bad);
		}
		assertThrows(IllegalArgumentException.class, () -> InstallOptions.defaults().withServiceName("bad name"));
	}

	@Test
	void secretsNeverShowInHostAccessText() {
		HostAccess access = HostAccess.password("h", 2222, "u", "pw-123".toCharArray()).withSudoPassword("sudo-456".toCharArray());
		assertEquals("u@h:2222 (password)", access.toString());
		assertEquals("sudo-456", new String(access.sudoPassword()));
		access.clearSecrets();
		assertEquals("\0\0\0\0\0\0\0\0", new String(access.sudoPassword()));
		assertThrows(IllegalArgumentException.class, () -> HostAccess.password("h", 0, "u", new char[0]));
		assertThrows(IllegalArgumentException.class, () -> HostAccess.password("two words", 22, "u", new char[0]));
	}
}
