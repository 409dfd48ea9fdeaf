package org.flotilla.protocol;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CRLException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Function;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Extension;

/**
 * The pool's certificate revocation list as a peer holds it (an agent, a console): the newest list signed by the pool
 * CA that it was given, checked before it is taken, kept in a file so that it holds after a restart, and asked by
 * {@link #refusal} in every handshake ({@link ProtocolServer.Builder#certificateCheck},
 * {@link ProtocolClient.Builder#certificateCheck}).
 * <p>
 * A list is taken only when the pool CA signed it and its CRL number is higher than the one held (an older list
 * handed over again, by mistake or by someone who wants a revoked certificate back, is refused); the same number again
 * is accepted and changes nothing. Its next-update time is not enforced: a peer that heard nothing newer keeps
 * refusing what the last list revoked, which is the safe way to be out of date.
 */
public final class RevocationList {

	/** The largest list a peer takes (about 1,500 revocations; the service lists only unexpired certificates). */
	public static final int MAXIMUM_BYTES = 48 * 1024;

	private static final String BEGIN = "-----BEGIN X509 CRL-----";
	private static final String END = "-----END X509 CRL-----";

	private final X509Certificate caCertificate;
	private final Path file;
	private volatile X509CRL current;
	private volatile BigInteger number = BigInteger.valueOf(-1);
	private String warning;

	private RevocationList(X509Certificate caCertificate, Path file) {
		this.caCertificate = Objects.requireNonNull(caCertificate, "caCertificate");
		this.file = file;
	}

	/**
	 * The list of the pool whose CA is {@code caCertificate}, read from {@code file} when there is one (null: kept in
	 * memory only). A file that holds no list the pool CA signed is not used, and {@link #warning()} says why: the peer
	 * starts with no list and takes the next one it is given (the service gives it at every connection), which then
	 * replaces the file.
	 */
	public static RevocationList open(X509Certificate caCertificate, Path file) throws IOException {
		RevocationList list = new RevocationList(caCertificate, file);
		if (file != null) {
			byte[] bytes;
			try {
				bytes = Files.readAllBytes(file);
			} catch (NoSuchFileException e) {
				return list;
			}
			try {
				X509CRL crl = list.verified(parse(bytes));
				list.current = crl;
				list.number = numberOf(crl);
			} catch (GeneralSecurityException e) {
				list.warning = file + " is not used: " + e.getMessage();
			}
		}
		return list;
	}

	/** What was wrong with the file when it was opened, or null. */
	public String warning() {
		return warning;
	}

	/**
	 * Takes {@code encoded} (DER, base64 of DER, or PEM) when the pool CA signed it and it is newer than the list held;
	 * writes it to the file first (owner-only, replacing the old one whole).
	 *
	 * @return true when it was taken, false when it is the list held already
	 * @throws GeneralSecurityException naming why it was refused: too large, not a CRL, not signed by the pool CA, older
	 */
	public synchronized boolean offer(byte[] encoded) throws GeneralSecurityException, IOException {
		if (encoded.length > MAXIMUM_BYTES * 2) {
			throw new GeneralSecurityException("a revocation list of " + encoded.length + " bytes is larger than the "
					+ MAXIMUM_BYTES * 2 + " taken");
		}
		X509CRL crl = verified(parse(encoded));
		BigInteger offered = numberOf(crl);
		int order = offered.compareTo(number);
		if (order < 0) {
			throw new GeneralSecurityException("revocation list number " + offered + " is older than the one held ("
					+ number + "): refused");
		}
		if (order == 0) {
			return false;
		}
		if (file != null) {
			SecretFiles.createFolder(file.getParent());
			SecretFiles.write(file, out -> out.write(pem(crl).getBytes(StandardCharsets.US_ASCII)));
		}
		current = crl;
		number = offered;
		return true;
	}

	/** As {@link #offer(byte[])}, for text (PEM or base64). */
	public boolean offer(String encoded) throws GeneralSecurityException, IOException {
		return offer(encoded.getBytes(StandardCharsets.US_ASCII));
	}

	/** Why {@code certificate} must be refused (the list revokes it), or null. Any thread; a lookup. */
	public String refusal(X509Certificate certificate) {
		X509CRL crl = current;
		if (crl == null || certificate == null) {
			return null;
		}
		X509CRLEntry entry = crl.getRevokedCertificate(certificate);
		if (entry == null) {
			return null;
		}
		return "the certificate " + certificate.getSubjectX500Principal().getName() + " (serial "
				+ certificate.getSerialNumber().toString(16) + ") was revoked by the pool at "
				+ entry.getRevocationDate().toInstant() + " (revocation list " + number + ")";
	}

	/** {@link #refusal} as the check the protocol builders take. */
	public Function<X509Certificate, String> check() {
		return this::refusal;
	}

	/** The number of the list held; -1 when none. */
	public BigInteger number() {
		return number;
	}

	/** The list held, or null. */
	public X509CRL current() {
		return current;
	}

	/** The CA that must have signed every list. */
	public X509Certificate caCertificate() {
		return caCertificate;
	}

	private X509CRL verified(X509CRL crl) throws GeneralSecurityException {
		if (!crl.getIssuerX500Principal().equals(caCertificate.getSubjectX500Principal())) {
			throw new GeneralSecurityException("the revocation list was issued by " + crl.getIssuerX500Principal()
					+ ", not by the pool CA " + caCertificate.getSubjectX500Principal());
		}
		try {
			crl.verify(caCertificate.getPublicKey());
		} catch (GeneralSecurityException e) {
			throw new GeneralSecurityException("the revocation list is not signed by the pool CA ("
					+ e.getClass().getSimpleName() + "): refused", e);
		}
		numberOf(crl);
		return crl;
	}

	/** Reads a CRL given as DER, as base64 of DER, or as PEM. */
	public static X509CRL parse(byte[] encoded) throws GeneralSecurityException {
		byte[] der = encoded;
		if (encoded.length > 0 && encoded[0] != 0x30) { // not a DER SEQUENCE: text
			String text = new String(encoded, StandardCharsets.US_ASCII).strip();
			if (text.startsWith(BEGIN)) {
				int end = text.indexOf(END);
				if (end < 0) {
					throw new CRLException("a PEM revocation list without its end line");
				}
				text = text.substring(BEGIN.length(), end);
			}
			try {
				der = Base64.getMimeDecoder().decode(text);
			} catch (IllegalArgumentException e) {
				throw new CRLException("not a revocation list (neither DER, base64 nor PEM)", e);
			}
		}
		try {
			return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
		} catch (CRLException e) {
			throw new CRLException("not a revocation list: " + e.getMessage(), e);
		}
	}

	/** The CRL number (RFC 5280, 5.2.3) of {@code crl}. */
	public static BigInteger numberOf(X509CRL crl) throws CRLException {
		byte[] extension = crl.getExtensionValue(Extension.cRLNumber.getId());
		if (extension == null) {
			throw new CRLException("the revocation list carries no CRL number");
		}
		try {
			ASN1Primitive value = ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(extension).getOctets());
			return ASN1Integer.getInstance(value).getValue();
		} catch (IOException | IllegalArgumentException e) {
			throw new CRLException("the revocation list's CRL number cannot be read", e);
		}
	}

	public static String pem(X509CRL crl) throws CRLException {
		return BEGIN + "\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(crl.getEncoded())
				+ "\n" + END + "\n";
	}
}
