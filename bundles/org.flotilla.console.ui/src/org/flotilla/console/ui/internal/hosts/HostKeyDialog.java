package org.flotilla.console.ui.internal.hosts;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Shows a host key that known_hosts does not hold, with its fingerprint, and lets the person accept it (it is then
 * remembered in known_hosts) or refuse the host. The default button refuses: nothing is accepted by pressing Enter.
 */
final class HostKeyDialog {

	/** The dialog's title (tests find it by this). */
	static final String TITLE = "Unknown Host Key";
	static final String ACCEPT = "Accept and Remember";
	static final String REFUSE = "Refuse";

	private HostKeyDialog() {
	}

	/** A prompt for worker threads: asks on the UI thread while the worker waits. */
	static org.flotilla.console.core.hosts.HostKeyPrompt prompt(Shell parent) {
		org.eclipse.swt.widgets.Display display = parent.getDisplay();
		return (host, port, type, fingerprint) -> {
			boolean[] accepted = { false };
			display.syncExec(() -> accepted[0] = !parent.isDisposed() && ask(parent, host, port, type, fingerprint));
			return accepted[0];
		};
	}

	static boolean ask(Shell parent, String host, int port, String type, String fingerprint) {
		String message = "The host " + host + (port == 22 ? "" : " (port " + port + ")") + " is not in your known hosts.\n\n"
				+ "Its " + type + " key has the fingerprint\n\n    " + fingerprint + "\n\n"
				+ "Compare it with the one the host's administrator reads on the host (ssh-keygen -lf "
				+ "/etc/ssh/ssh_host_*_key.pub) before you accept it.";
		MessageDialog dialog = new MessageDialog(parent, TITLE, null, message, MessageDialog.WARNING, 1, ACCEPT, REFUSE);
		return dialog.open() == 0;
	}
}
