package org.flotilla.protocol.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.SSLContext;

import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.PoolCertificateAuthority;

/** A pool CA with the identities the tests need, plus a CA of another pool. Made once per test class. */
final class TestPki {

	static final char[] PASSWORD = "test-password".toCharArray();

	final PoolCertificateAuthority authority;
	final SSLContext agent;
	/** Another agent of the same pool, on node-2. */
	final SSLContext otherAgent;
	final SSLContext administrator;
	final SSLContext planner;
	final SSLContext support;
	/** A console of another pool: a perfectly good certificate, signed by the wrong CA. */
	final SSLContext foreignConsole;
	/** Trusts the pool CA but presents no certificate. */
	final SSLContext anonymous;

	TestPki(Path folder) throws IOException, GeneralSecurityException {
		authority = PoolCertificateAuthority.openOrCreate(folder.resolve("ca"), PASSWORD, "test");
		agent = context(authority.issueAgent("node-1", PASSWORD));
		otherAgent = context(authority.issueAgent("node-2", PASSWORD));
		administrator = context(authority.issueConsole("alice", ConsoleRole.ADMINISTRATOR, PASSWORD));
		planner = context(authority.issueConsole("paul", ConsoleRole.PLANNER, PASSWORD));
		support = context(authority.issueConsole("sam", ConsoleRole.SUPPORT, PASSWORD));
		PoolCertificateAuthority otherPool = PoolCertificateAuthority.openOrCreate(folder.resolve("other-ca"), PASSWORD,
				"other");
		foreignConsole = context(otherPool.issueConsole("alice", ConsoleRole.ADMINISTRATOR, PASSWORD));
		anonymous = SSLContext.getInstance("TLSv1.3");
		anonymous.init(null, PoolCertificateAuthority.trustOnly(authority.certificate()), null);
	}

	static SSLContext context(KeyStore identity) throws GeneralSecurityException {
		return PoolCertificateAuthority.sslContext(identity, PASSWORD);
	}
}
