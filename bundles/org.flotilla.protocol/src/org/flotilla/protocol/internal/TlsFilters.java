package org.flotilla.protocol.internal;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;

import org.apache.mina.core.session.IoSession;
import org.apache.mina.filter.ssl.SslFilter;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.ProtocolException;

/** MINA's SslFilter as both ends of the protocol configure it, and the peer its certificate names. */
public final class TlsFilters {

	private TlsFilters() {
	}

	/** The accepting end: TLS 1.3 only, and a client certificate is required. */
	public static SslFilter server(SSLContext tls) {
		SslFilter filter = blocking(new SslFilter(tls));
		filter.setNeedClientAuth(true);
		filter.setEnabledProtocols("TLSv1.3");
		return filter;
	}

	/**
	 * An accepting end that asks for no client certificate (the pool service's enrollment listener, whose peers have
	 * none yet): TLS 1.3, the server authenticated to the peer and nothing more.
	 */
	public static SslFilter serverWithoutClientAuth(SSLContext tls) {
		SslFilter filter = blocking(new SslFilter(tls));
		filter.setNeedClientAuth(false);
		filter.setWantClientAuth(false);
		filter.setEnabledProtocols("TLSv1.3");
		return filter;
	}

	/**
	 * The dialling end: TLS 1.3 only, like the accepting end (an SSLContext made for "TLSv1.3" still
	 * offers TLS 1.2 when nothing narrows it, so a downgraded server would otherwise be accepted).
	 */
	public static SslFilter client(SSLContext tls) {
		SslFilter filter = blocking(new FullHandshakes(tls));
		filter.setEnabledProtocols("TLSv1.3");
		return filter;
	}

	/**
	 * A dialling end that never resumes an earlier TLS session: the JDK resumes only a session it finds under the
	 * peer's host and port, and an engine made without them has none to look up. A resumed session carries the
	 * certificates of its first handshake: a peer that renewed its own certificate would go on presenting the old one
	 * (and be refused for ever once that one was revoked), and a peer's certificate would never be checked for expiry
	 * again. Every connection is a full handshake, checked against the pool CA, its validity and the revocation list.
	 */
	private static final class FullHandshakes extends SslFilter {
		FullHandshakes(SSLContext tls) {
			super(tls);
		}

		@Override
		protected javax.net.ssl.SSLEngine createEngine(IoSession session, java.net.InetSocketAddress address) {
			return super.createEngine(session, null);
		}
	}

	/** Whether TLS is up on {@code session}: until then nothing we write can reach the peer. */
	public static boolean isSecured(IoSession session) {
		return session.getAttribute(SslFilter.SSL_SECURED) != null;
	}

	private static SslFilter blocking(SslFilter filter) {
		// MINA 2.2.10's default non-blocking TLS pipeline (SSLHandlerG1) runs handshake tasks on a
		// shared executor and, under load, sometimes left a Hello that arrived with the peer's
		// Finished message unprocessed, so the handshake stalled (seen in ConnectionTest and FuzzTest).
		// The blocking pipeline (SSLHandlerG0) runs those tasks inline and has not stalled since.
		filter.setUseNonBlockingPipeline(false);
		return filter;
	}

	/** Who the peer of a session is, by the certificate it presented; for {@link ServerSessionHandler.PeerAuthenticator}. */
	/** The certificate the peer of {@code session} presented, or null before TLS is established. */
	public static java.security.cert.X509Certificate peerCertificate(IoSession session) {
		if (!(session.getAttribute(SslFilter.SSL_SECURED) instanceof SSLSession tlsSession)) {
			return null;
		}
		try {
			return (java.security.cert.X509Certificate) tlsSession.getPeerCertificates()[0];
		} catch (javax.net.ssl.SSLPeerUnverifiedException e) {
			return null;
		}
	}

	/** The chain the peer of {@code session} presented, its own first; empty before TLS is established. */
	public static java.security.cert.X509Certificate[] peerCertificates(IoSession session) {
		if (!(session.getAttribute(SslFilter.SSL_SECURED) instanceof SSLSession tlsSession)) {
			return new java.security.cert.X509Certificate[0];
		}
		try {
			java.security.cert.Certificate[] chain = tlsSession.getPeerCertificates();
			return java.util.Arrays.copyOf(chain, chain.length, java.security.cert.X509Certificate[].class);
		} catch (javax.net.ssl.SSLPeerUnverifiedException e) {
			return new java.security.cert.X509Certificate[0];
		}
	}

	public static PeerIdentity certifiedPeer(IoSession session) throws ProtocolException {
		if (!(session.getAttribute(SslFilter.SSL_SECURED) instanceof SSLSession tlsSession)) {
			throw new ProtocolException("Hello before TLS was established");
		}
		return PeerIdentity.of(tlsSession);
	}
}
