package org.flotilla.protocol;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/**
 * When a peer's certificate is renewed: at two thirds of its lifetime (30 days before the end of the default 90), so
 * that a peer that cannot renew at once (its service down for a day, a week) still has a third of the lifetime to
 * try again before it can no longer connect.
 */
public final class CertificateRenewal {

	private CertificateRenewal() {
	}

	/** When {@code certificate} is due for renewal: two thirds of the way from its start to its end. */
	public static Instant dueAt(X509Certificate certificate) {
		Instant from = certificate.getNotBefore().toInstant();
		Instant to = certificate.getNotAfter().toInstant();
		return from.plus(Duration.between(from, to).multipliedBy(2).dividedBy(3));
	}

	/** Whether {@code certificate} is due for renewal at {@code now}. */
	public static boolean isDue(X509Certificate certificate, Instant now) {
		return !now.isBefore(dueAt(certificate));
	}

	/** Whether {@code certificate} is no longer valid at {@code now}. */
	public static boolean isExpired(X509Certificate certificate, Instant now) {
		return now.isAfter(certificate.getNotAfter().toInstant());
	}

	/** The lifetime a renewed certificate gets: as long as the one it replaces was meant to be, and no longer than the default. */
	public static Duration lifetimeAfter(X509Certificate replaced) {
		Duration was = Duration.between(replaced.getNotBefore().toInstant(), replaced.getNotAfter().toInstant());
		return was.compareTo(PoolCertificateAuthority.PEER_VALIDITY) < 0 ? was : PoolCertificateAuthority.PEER_VALIDITY;
	}
}
