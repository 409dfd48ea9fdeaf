package org.flotilla.console.core.hosts;

import java.nio.file.Path;

/**
 * How the console logs in to hosts over SSH, as the administrator chose it in the wizard. Held in memory for one
 * wizard run only, never written.
 *
 * @param user         the user for hosts whose entry names none
 * @param method       password, private key file, or the person's ssh-agent
 * @param password     the login password (PASSWORD), else empty
 * @param keyFile      the private key (KEY_FILE), else null
 * @param passphrase   the key's passphrase, or empty
 * @param sudoPassword sudo's password when the user is not root; empty: the login password, or none needed
 * @param knownHosts   the known_hosts file host keys are checked against (and accepted keys added to)
 */
public record SshLogin(String user, Method method, char[] password, Path keyFile, char[] passphrase, char[] sudoPassword,
		Path knownHosts) {

	/** How the console proves who it is. */
	public enum Method {
		PASSWORD, KEY_FILE, AGENT
	}

	@Override
	public String toString() {
		return "SshLogin[" + user + ", " + method + (keyFile == null ? "" : ", " + keyFile) + "]"; // never the secrets
	}
}
