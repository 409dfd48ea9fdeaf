package org.flotilla.protocol.internal;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Date;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The JDK's trust manager, with refusals that say what is wrong in words a person can act on: "the certificate of
 * CN=node-3, OU=agent expired on 2026-…" rather than "PKIX path validation failed: validity check failed". The message
 * reaches whoever shows the failed connection (the pool service puts it on the node). What is trusted is unchanged.
 */
public final class ExplainingTrustManager extends X509ExtendedTrustManager {

	private final X509ExtendedTrustManager trust;

	public ExplainingTrustManager(X509ExtendedTrustManager trust) {
		this.trust = trust;
	}

	private static CertificateException explained(CertificateException e, X509Certificate[] chain) {
		if (chain == null || chain.length == 0) {
			return e;
		}
		X509Certificate certificate = chain[0];
		Date now = new Date();
		String who = "the certificate of " + certificate.getSubjectX500Principal().getName() + " (serial "
				+ certificate.getSerialNumber().toString(16) + ")";
		String why;
		if (now.after(certificate.getNotAfter())) {
			why = who + " expired on " + certificate.getNotAfter().toInstant();
		} else if (now.before(certificate.getNotBefore())) {
			why = who + " is valid only from " + certificate.getNotBefore().toInstant() + " (is a clock wrong?)";
		} else {
			return e;
		}
		// The cause stays what the JDK found, so that the TLS alert sent is the same (certificate_expired, say).
		return new CertificateException(why, e.getCause() != null ? e.getCause() : e);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		try {
			trust.checkClientTrusted(chain, authType);
		} catch (CertificateException e) {
			throw explained(e, chain);
		}
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		try {
			trust.checkServerTrusted(chain, authType);
		} catch (CertificateException e) {
			throw explained(e, chain);
		}
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
		try {
			trust.checkClientTrusted(chain, authType, socket);
		} catch (CertificateException e) {
			throw explained(e, chain);
		}
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
		try {
			trust.checkServerTrusted(chain, authType, socket);
		} catch (CertificateException e) {
			throw explained(e, chain);
		}
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
		try {
			trust.checkClientTrusted(chain, authType, engine);
		} catch (CertificateException e) {
			throw explained(e, chain);
		}
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
		try {
			trust.checkServerTrusted(chain, authType, engine);
		} catch (CertificateException e) {
			throw explained(e, chain);
		}
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return trust.getAcceptedIssuers();
	}
}
