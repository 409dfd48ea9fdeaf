package org.flotilla.protocol;

import java.util.Map;

/**
 * Agent operations that keep the pool's trust up to date, asked by the pool service (an administrator console to the
 * agent): the revocation list, and certificate renewal over the live connection.
 */
public final class TrustOperations {

	private TrustOperations() {
	}

	/** Argument {@value #CRL}: the pool's revocation list (PEM or base64 DER). Answer {@value #NUMBER}: the list held now. */
	public static final String REVOCATIONS = "revocations";
	/** No argument. Answer {@value #REQUEST}: a PKCS#10 request (PEM) for a key pair the agent just made and keeps. */
	public static final String RENEW_BEGIN = "renew-begin";
	/** Argument {@value #CHAIN}: the certificate (PEM, then the CA's) signed for that request. Answer serial, notAfter. */
	public static final String RENEW_INSTALL = "renew-install";

	public static final String CRL = "crl";
	public static final String NUMBER = "number";
	public static final String REQUEST = "request";
	public static final String CHAIN = "chain";

	/** What the audit log says of one of these (not the list or the certificates themselves: they are long and public). */
	public static String auditDetail(String operation, Map<String, String> arguments) {
		return switch (operation) {
		case REVOCATIONS -> "crl of " + String.valueOf(arguments.getOrDefault(CRL, "")).length() + " characters";
		case RENEW_INSTALL -> "chain of " + String.valueOf(arguments.getOrDefault(CHAIN, "")).length() + " characters";
		default -> "";
		};
	}
}
