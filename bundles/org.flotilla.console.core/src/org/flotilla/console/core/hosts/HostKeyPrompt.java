package org.flotilla.console.core.hosts;

/**
 * Asked when a host presents a key that known_hosts does not hold: the person decides (a new key is never accepted
 * silently). Called on a worker thread; may block until the person answers. A key that differs from the one
 * known_hosts holds is refused without asking.
 */
@FunctionalInterface
public interface HostKeyPrompt {

	/**
	 * @param host        the host as typed
	 * @param port        its SSH port
	 * @param keyType     "ssh-ed25519", "ecdsa-sha2-nistp256", ...
	 * @param fingerprint "SHA256:..." as ssh-keygen -l shows it
	 * @return true to accept the key (it is added to known_hosts) and go on, false to refuse the host
	 */
	boolean accept(String host, int port, String keyType, String fingerprint);

	/** Refuses every unknown key (scripts, tests of refusal). */
	HostKeyPrompt REFUSE = (host, port, type, fingerprint) -> false;
}
