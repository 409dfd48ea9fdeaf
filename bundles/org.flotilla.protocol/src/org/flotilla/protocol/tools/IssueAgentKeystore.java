package org.flotilla.protocol.tools;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.X509Certificate;
import java.util.Map;

import org.flotilla.protocol.PoolCertificateAuthority;

/**
 * Issues the keystore an agent needs to join the pool:
 *
 * <pre>
 * java -cp … org.flotilla.protocol.tools.IssueAgentKeystore CA_FOLDER NODE_NAME OUT_FILE
 * </pre>
 *
 * The CA password comes from {@value #CA_PASSWORD_VARIABLE}, the new keystore's password from
 * {@value #KEYSTORE_PASSWORD_VARIABLE}; either is asked for on the terminal when its variable is
 * not set (passwords on the command line would end up in shell histories and process lists).
 * Exit codes: 0 issued, 1 usage, 2 the CA cannot be opened, 3 the keystore cannot be written.
 */
public final class IssueAgentKeystore {

	public static final String CA_PASSWORD_VARIABLE = "FLOTILLA_CA_PASSWORD";
	public static final String KEYSTORE_PASSWORD_VARIABLE = "FLOTILLA_KEYSTORE_PASSWORD";

	private IssueAgentKeystore() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.getenv(), System.out, System.err));
	}

	/** Does the work of {@link #main} without exiting; returns the exit code. */
	public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
		if (args.length != 3) {
			err.println("usage: IssueAgentKeystore CA_FOLDER NODE_NAME OUT_FILE");
			err.println("  passwords: $" + CA_PASSWORD_VARIABLE + " and $" + KEYSTORE_PASSWORD_VARIABLE
					+ " (asked for when not set)");
			return 1;
		}
		Path caFolder = Path.of(args[0]);
		String nodeName = args[1];
		Path outFile = Path.of(args[2]);
		char[] caPassword = password(environment, CA_PASSWORD_VARIABLE, "Password of the pool CA: ");
		char[] keystorePassword = password(environment, KEYSTORE_PASSWORD_VARIABLE, "Password for the new keystore: ");
		if (caPassword == null || keystorePassword == null) {
			err.println("error: set $" + CA_PASSWORD_VARIABLE + " and $" + KEYSTORE_PASSWORD_VARIABLE
					+ " (there is no terminal to ask on)");
			return 1;
		}

		PoolCertificateAuthority authority;
		try {
			authority = PoolCertificateAuthority.open(caFolder, caPassword);
		} catch (NoSuchFileException e) {
			err.println("error: no pool certificate authority in " + caFolder + " (" + e.getFile() + " is missing)");
			return 2;
		} catch (UnrecoverableKeyException e) {
			err.println("error: wrong password for the pool certificate authority in " + caFolder);
			return 2;
		} catch (IOException | GeneralSecurityException e) {
			err.println("error: cannot open the pool certificate authority in " + caFolder + ": " + e.getMessage());
			return 2;
		}

		try {
			KeyStore keystore = authority.issueAgent(nodeName, keystorePassword);
			PoolCertificateAuthority.writeKeyStore(keystore, outFile, keystorePassword);
			X509Certificate issued = (X509Certificate) keystore.getCertificate(PoolCertificateAuthority.IDENTITY_ALIAS);
			out.println("Issued " + outFile + " for agent node '" + nodeName + "': " + issued.getSubjectX500Principal()
					+ ", valid until " + issued.getNotAfter().toInstant());
			return 0;
		} catch (IllegalArgumentException e) {
			err.println("error: " + e.getMessage());
			return 1;
		} catch (IOException | GeneralSecurityException e) {
			err.println("error: cannot write " + outFile + ": " + e.getMessage());
			return 3;
		}
	}

	private static char[] password(Map<String, String> environment, String variable, String prompt) {
		String value = environment.get(variable);
		if (value != null) {
			return value.toCharArray();
		}
		Console console = System.console();
		return console == null ? null : console.readPassword(prompt);
	}
}
