package org.flotilla.console.core;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import javax.net.ssl.SSLContext;

import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.PeerKind;

/**
 * A person's console identity as the pool service issues it ({@code flotilla-service issue-console} writes
 * {@code NAME.p12} and {@code NAME.password}): the person's key and certificate, with their role in it, and the pool
 * CA certificate, the only one the console then trusts. The console reads it from {@code -identity FILE}.
 */
public final class ConsoleKeystore {

	private ConsoleKeystore() {
	}

	/** The password file that goes with {@code keystore}: {@code NAME.password} beside {@code NAME.p12}. */
	public static Path passwordFileOf(Path keystore) {
		return IdentityKeystore.beside(keystore).passwordFile();
	}

	/**
	 * Reads a console identity: the keystore with the password from {@code passwordFile} (which must be owner-only).
	 * Errors name the file and what is wrong with it: missing, readable by others, wrong password, or not a console's
	 * identity (an agent's keystore, say).
	 */
	public static IdentityKeystore.Loaded load(Path keystore, Path passwordFile) throws IOException, GeneralSecurityException {
		IdentityKeystore.Loaded loaded = new IdentityKeystore(keystore, passwordFile).load();
		if (loaded.identity().kind() != PeerKind.CONSOLE) {
			throw new GeneralSecurityException(keystore + " is the identity of " + loaded.identity().kind().externalName()
					+ " '" + loaded.identity().name() + "', not of a person's console (issue one with flotilla-service issue-console)");
		}
		return loaded;
	}

	/** The TLS context of the console whose identity is in {@code keystore} (see {@link #load(Path, Path)}). */
	public static SSLContext consoleTls(Path keystore, Path passwordFile) throws IOException, GeneralSecurityException {
		return loadValid(keystore, passwordFile).sslContext();
	}

	/**
	 * As {@link #consoleTls}, renewable: hand {@link org.flotilla.protocol.RenewableIdentity#sslContext()} to the
	 * {@code PoolServiceClient} and call its {@code renewing(identity, new IdentityKeystore(keystore, passwordFile))}, and
	 * the console renews its certificate over the service's connection once two thirds of its lifetime have passed.
	 */
	public static org.flotilla.protocol.RenewableIdentity renewableConsoleTls(Path keystore, Path passwordFile)
			throws IOException, GeneralSecurityException {
		return org.flotilla.protocol.RenewableIdentity.of(loadValid(keystore, passwordFile));
	}

	/** As {@link #load(Path, Path)}, and refused with a message saying what to do when the certificate is not valid now. */
	public static IdentityKeystore.Loaded loadValid(Path keystore, Path passwordFile) throws IOException, GeneralSecurityException {
		IdentityKeystore.Loaded loaded = load(keystore, passwordFile);
		// TLS would only say "certificate_unknown": say here what is wrong, and what to do.
		java.util.Date notAfter = loaded.certificate().getNotAfter();
		java.util.Date notBefore = loaded.certificate().getNotBefore();
		java.util.Date now = new java.util.Date();
		if (now.after(notAfter)) {
			throw new java.security.cert.CertificateExpiredException(keystore + ": the certificate of "
					+ loaded.identity().name() + " expired on " + notAfter.toInstant()
					+ "; ask an administrator for a new identity (flotilla-service issue-console --replace)");
		}
		if (now.before(notBefore)) {
			throw new java.security.cert.CertificateNotYetValidException(keystore + ": the certificate of "
					+ loaded.identity().name() + " is valid only from " + notBefore.toInstant() + " (is this machine's clock right?)");
		}
		return loaded;
	}
}
