package org.flotilla.protocol;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * Who a peer is, as its pool certificate says. The pool CA writes it into every certificate it
 * issues:
 * <ul>
 * <li>subject {@code CN} = the agent's node name or the console's name;</li>
 * <li>subject {@code OU} = the kind: {@code agent} or {@code console};</li>
 * <li>for consoles, one subject alternative name of type URI
 * {@value #ROLE_URI_PREFIX}{@code <role>}, e.g. {@code urn:flotilla:console-role:support}.</li>
 * </ul>
 * Since the CA signs these fields, a peer cannot claim another name, kind or role.
 */
public record PeerIdentity(PeerKind kind, String name, Optional<ConsoleRole> role) {

	public static final String ROLE_URI_PREFIX = "urn:flotilla:console-role:";

	/** Subject alternative name type "uniformResourceIdentifier" (RFC 5280). */
	private static final int SAN_URI = 6;

	public PeerIdentity {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(role, "role");
		if (kind == PeerKind.CONSOLE && role.isEmpty()) {
			throw new IllegalArgumentException("a console identity needs a role");
		}
		if (kind == PeerKind.AGENT && role.isPresent()) {
			throw new IllegalArgumentException("an agent has no console role");
		}
	}

	public static PeerIdentity agent(String nodeName) {
		return new PeerIdentity(PeerKind.AGENT, nodeName, Optional.empty());
	}

	public static PeerIdentity console(String name, ConsoleRole role) {
		return new PeerIdentity(PeerKind.CONSOLE, name, Optional.of(role));
	}

	/** Reads the identity from a certificate issued by a {@link PoolCertificateAuthority}. */
	public static PeerIdentity of(X509Certificate certificate) throws ProtocolException {
		String name = null;
		String kind = null;
		try {
			for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
				if (rdn.getType().equalsIgnoreCase("CN")) {
					name = rdn.getValue().toString();
				} else if (rdn.getType().equalsIgnoreCase("OU")) {
					kind = rdn.getValue().toString();
				}
			}
		} catch (InvalidNameException e) {
			throw new ProtocolException("certificate subject is not a distinguished name", e);
		}
		if (name == null || kind == null) {
			throw new ProtocolException("certificate " + certificate.getSubjectX500Principal()
					+ " has no CN and OU: not issued by a Flotilla pool CA");
		}
		PeerKind peerKind;
		try {
			peerKind = PeerKind.fromExternalName(kind);
		} catch (IllegalArgumentException e) {
			throw new ProtocolException("certificate " + certificate.getSubjectX500Principal() + ": " + e.getMessage());
		}
		if (peerKind == PeerKind.AGENT) {
			return agent(name);
		}
		return console(name, roleOf(certificate).orElseThrow(() -> new ProtocolException(
				"console certificate " + certificate.getSubjectX500Principal() + " carries no role")));
	}

	/** The console role written in a certificate, if it has one (agents' certificates have none). */
	public static Optional<ConsoleRole> roleOf(X509Certificate certificate) throws ProtocolException {
		try {
			var alternativeNames = certificate.getSubjectAlternativeNames();
			if (alternativeNames == null) {
				return Optional.empty();
			}
			for (List<?> entry : alternativeNames) {
				if (((Integer) entry.get(0)) == SAN_URI && entry.get(1) instanceof String uri
						&& uri.startsWith(ROLE_URI_PREFIX)) {
					return Optional.of(ConsoleRole.fromExternalName(uri.substring(ROLE_URI_PREFIX.length())));
				}
			}
			return Optional.empty();
		} catch (CertificateParsingException | IllegalArgumentException e) {
			throw new ProtocolException("cannot read the role of " + certificate.getSubjectX500Principal() + ": "
					+ e.getMessage(), e);
		}
	}

	/** The identity of the peer of an established TLS session (its first certificate). */
	public static PeerIdentity of(SSLSession session) throws ProtocolException {
		try {
			return of((X509Certificate) session.getPeerCertificates()[0]);
		} catch (SSLPeerUnverifiedException e) {
			throw new ProtocolException("peer presented no certificate", e);
		}
	}
}
