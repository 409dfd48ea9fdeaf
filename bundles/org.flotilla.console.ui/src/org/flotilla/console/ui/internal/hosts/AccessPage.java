package org.flotilla.console.ui.internal.hosts;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * Second page of Add Servers: how the console logs in over SSH (password, key file or the person's ssh-agent),
 * the sudo password when the user is not root, where known host keys are kept, and how many hosts are worked on at
 * once. Passwords stay in memory for this wizard only; they are never written anywhere.
 */
final class AccessPage extends WizardPage {

	private final AddServersWizard.Choices choices;
	private Text user;
	private Button password;
	private Button keyFile;
	private Button agent;
	private Text passwordText;
	private Text keyFileText;
	private Text passphraseText;
	private Text sudoText;
	private Text knownHostsText;
	private Spinner parallel;

	AccessPage(AddServersWizard.Choices choices) {
		super("access");
		this.choices = choices;
		setTitle("SSH Access");
		setDescription("How Flotilla logs in to the hosts. Host keys are checked against known_hosts; a new key is shown to you first.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(8, 8).applyTo(page);
		user = field(page, "User (unless the host list names one):", "user", SWT.NONE);
		user.setText(choices.user);
		password = radio(page, "Password", "password");
		passwordText = text(page, "passwordText", SWT.PASSWORD);
		keyFile = radio(page, "Private key file", "keyFile");
		keyFileText = text(page, "keyFileText", SWT.NONE, false);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterPath(Path.of(System.getProperty("user.home"), ".ssh").toString());
			String file = dialog.open();
			if (file != null) {
				keyFileText.setText(file);
			}
		});
		new Label(page, SWT.NONE).setText("    Key passphrase (if any):");
		passphraseText = text(page, "passphraseText", SWT.PASSWORD);
		agent = radio(page, "My ssh-agent (SSH_AUTH_SOCK)", "agent");
		new Label(page, SWT.NONE);
		new Label(page, SWT.NONE);
		sudoText = field(page, "sudo password (when not root):", "sudoText", SWT.PASSWORD);
		sudoText.setMessage("empty: the login password, or sudo needs none");
		knownHostsText = field(page, "Known host keys:", "knownHosts", SWT.NONE);
		knownHostsText.setText(choices.knownHosts.toString());
		new Label(page, SWT.NONE).setText("Hosts at once:");
		parallel = new Spinner(page, SWT.BORDER);
		parallel.setData(HostsPage.KEY, "parallel");
		parallel.setValues(choices.parallelism, 1, 16, 0, 1, 4);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(parallel);
		String socket = System.getenv("SSH_AUTH_SOCK");
		agent.setEnabled(socket != null && !socket.isEmpty());
		Path defaultKey = Path.of(System.getProperty("user.home"), ".ssh", "id_ed25519");
		if (Files.isRegularFile(defaultKey)) {
			keyFileText.setText(defaultKey.toString());
		}
		(agent.isEnabled() ? agent : Files.isRegularFile(defaultKey) ? keyFile : password).setSelection(true);
		for (Text text : new Text[] { user, passwordText, keyFileText, passphraseText, sudoText, knownHostsText }) {
			text.addModifyListener(e -> validate());
		}
		parallel.addListener(SWT.Modify, e -> validate());
		setControl(page);
		validate();
	}

	private void validate() {
		choices.user = user.getText().trim();
		choices.method = password.getSelection() ? AddServersWizard.Method.PASSWORD
				: keyFile.getSelection() ? AddServersWizard.Method.KEY_FILE : AddServersWizard.Method.AGENT;
		choices.password = passwordText.getText().toCharArray();
		choices.keyFile = keyFileText.getText().isBlank() ? null : Path.of(keyFileText.getText().trim());
		choices.passphrase = passphraseText.getText().toCharArray();
		choices.sudoPassword = sudoText.getText().toCharArray();
		choices.knownHosts = Path.of(knownHostsText.getText().trim().isEmpty() ? "." : knownHostsText.getText().trim());
		choices.parallelism = parallel.getSelection();
		passwordText.setEnabled(password.getSelection());
		keyFileText.setEnabled(keyFile.getSelection());
		passphraseText.setEnabled(keyFile.getSelection());
		String problem = null;
		if (choices.user.isEmpty() && choices.hosts.stream().anyMatch(h -> h.user() == null)) {
			problem = "Name the SSH user (some hosts in the list name none)";
		} else if (choices.method == AddServersWizard.Method.PASSWORD && choices.password.length == 0) {
			problem = "Type the SSH password";
		} else if (choices.method == AddServersWizard.Method.KEY_FILE
				&& (choices.keyFile == null || !Files.isReadable(choices.keyFile))) {
			problem = "The key file " + (choices.keyFile == null ? "" : choices.keyFile + " ") + "cannot be read";
		} else if (knownHostsText.getText().isBlank()) {
			problem = "Say where known host keys are kept (it is made when missing)";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private Button radio(Composite page, String text, String key) {
		Button button = new Button(page, SWT.RADIO);
		button.setText(text);
		button.setData(HostsPage.KEY, key);
		button.addListener(SWT.Selection, e -> validate());
		return button;
	}

	private Text field(Composite page, String label, String key, int style) {
		new Label(page, SWT.NONE).setText(label);
		return text(page, key, style);
	}

	private Text text(Composite page, String key, int style) {
		Text text = text(page, key, style, true);
		return text;
	}

	private Text text(Composite page, String key, int style, boolean span) {
		Text text = new Text(page, SWT.BORDER | SWT.SINGLE | style);
		text.setData(HostsPage.KEY, key);
		GridDataFactory.fillDefaults().grab(true, false).span(span ? 2 : 1, 1).applyTo(text);
		return text;
	}
}
