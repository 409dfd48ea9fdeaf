package org.flotilla.console.ui.internal.hosts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.flotilla.console.core.hosts.HostEntry;
import org.flotilla.console.core.hosts.HostList;

/**
 * First page of Add Servers: the hosts, typed or pasted ({@code [user@]host[:port]}) or imported from a CSV file
 * (host, port, user, labels, site, rack). The table shows what will be added, under which node names; every line
 * that cannot be read is named with its number.
 */
final class HostsPage extends WizardPage {

	/** {@code getData(KEY)} of the widgets tests drive. */
	static final String KEY = "org.flotilla.hosts.widget";

	private final AddServersWizard.Choices choices;
	private Text list;
	private TableViewer table;
	/** Set when the hosts came from a CSV file: the text then only says so. */
	private HostList.Parsed imported;

	HostsPage(AddServersWizard.Choices choices) {
		super("hosts");
		this.choices = choices;
		setTitle("Servers to Add");
		setDescription("Type or paste hosts ([user@]host[:port], then name=, agent-port=, labels=, site=, rack= if wanted), or import a CSV file.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).applyTo(page);
		list = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
		list.setData(KEY, "hosts");
		list.setMessage("web-1.example.org labels=ssd rack=r1\nops@10.0.0.7:2222 name=db-1");
		GridDataFactory.fillDefaults().grab(true, false).hint(400, 90).applyTo(list);
		list.addModifyListener(e -> {
			if (!list.getText().isEmpty() || imported == null) {
				imported = null;
				update(HostList.parse(list.getText()));
			}
		});
		Button importCsv = new Button(page, SWT.PUSH);
		importCsv.setText("Import CSV...");
		importCsv.setData(KEY, "import");
		GridDataFactory.swtDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(importCsv);
		importCsv.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.csv", "*" });
			String file = dialog.open();
			if (file != null) {
				importFile(Path.of(file));
			}
		});
		Label caption = new Label(page, SWT.NONE);
		caption.setText("Will be added:");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(caption);
		table = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION);
		table.getTable().setData(KEY, "table");
		table.getTable().setHeaderVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		Columns.<HostEntry>add(table, "Host", 150, h -> h.host());
		Columns.<HostEntry>add(table, "SSH", 50, h -> Integer.toString(h.sshPort()));
		Columns.<HostEntry>add(table, "User", 70, h -> h.user() == null ? "(default)" : h.user());
		Columns.<HostEntry>add(table, "Node", 110, HostEntry::nodeName);
		Columns.<HostEntry>add(table, "Agent port", 75, h -> Integer.toString(h.agentPort()));
		Columns.<HostEntry>add(table, "Labels", 100, h -> String.join(", ", h.labels()));
		Columns.<HostEntry>add(table, "Site", 70, h -> h.site() == null ? "" : h.site());
		Columns.<HostEntry>add(table, "Rack", 60, h -> h.rack() == null ? "" : h.rack());
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(600, 160).applyTo(table.getControl());
		setControl(page);
	}

	/** Reads a CSV file of hosts (also what the Import button does after its file dialog). */
	void importFile(Path file) {
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			HostList.Parsed parsed = HostList.parseCsv(text);
			imported = parsed;
			list.setText("");
			update(parsed);
			if (parsed.problems().isEmpty()) {
				setMessage(parsed.hosts().size() + " hosts imported from " + file.getFileName());
			}
		} catch (IOException | RuntimeException e) {
			setErrorMessage("Cannot read " + file + ": " + e.getMessage());
			setPageComplete(false);
		}
	}

	private void update(HostList.Parsed parsed) {
		table.setInput(parsed.hosts());
		choices.hosts = parsed.hosts();
		List<String> problems = parsed.problems();
		setErrorMessage(problems.isEmpty() ? null
				: problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
		setPageComplete(parsed.ok());
	}
}
