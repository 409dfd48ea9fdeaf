package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

import org.flotilla.agent.internal.Enroller;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An enrolling agent sends its one-time token only to the pool service: TLS proves only that the peer holds some
 * certificate of the pool CA, and another node's or a support console's would do.
 */
class EnrollerTest {

	private static final char[] PASSWORD = "test-password".toCharArray();
	private static final InetSocketAddress WHERE = new InetSocketAddress("127.0.0.1", 27099);

	@TempDir
	Path dir;

	@Test
	void theTokenGoesOnlyToThePoolServiceNotToAnotherPeerOfThePool() throws Exception {
		PoolCertificateAuthority ca = PoolCertificateAuthority.openOrCreate(dir.resolve("ca"), PASSWORD, "test pool");
		assertDoesNotThrow(() -> Enroller.requireService(chain(ca.issueConsole("pool-service", ConsoleRole.ADMINISTRATOR, PASSWORD)),
				WHERE));
		for (KeyStore impostor : new KeyStore[] { ca.issueAgent("node-7", PASSWORD), ca.issueConsole("desk", ConsoleRole.SUPPORT, PASSWORD),
				ca.issueConsole("pat", ConsoleRole.PLANNER, PASSWORD) }) {
			IOException refused = assertThrows(IOException.class, () -> Enroller.requireService(chain(impostor), WHERE));
			assertTrue(refused.getMessage().contains("not the pool service"), refused.getMessage());
		}
		assertThrows(IOException.class, () -> Enroller.requireService(new X509Certificate[0], WHERE));
	}

	private static X509Certificate[] chain(KeyStore store) throws Exception {
		return new X509Certificate[] { (X509Certificate) store.getCertificate(PoolCertificateAuthority.IDENTITY_ALIAS) };
	}
}
