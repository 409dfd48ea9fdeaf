package org.flotilla.console.ui.internal.provisioning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.hosts.PoolMembership;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.PoolFollower;
import org.flotilla.console.ui.internal.service.ServiceConnector;
import org.flotilla.model.ParameterDefinition;
import org.flotilla.model.Pool;
import org.flotilla.model.SoftwarePackage;
import org.flotilla.model.validation.ParameterValues;
import org.flotilla.packages.PackageVersion;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The pool's package repository as the pool service scanned it: every package version (name, version, layer, size,
 * checksum, title) and the parameters of the one selected (type, allowed values, default, whether a node may
 * override it). Rescan asks the service to scan its repository folder again (administrators); the packages it finds
 * arrive as changes of the pool, like every other change.
 */
public class PackagesPart {

	public static final String RESCAN = "Rescan";
	static final String[] PACKAGE_COLUMNS = { "Name", "Version", "Layer", "Size", "SHA-256", "Title" };
	static final String[] PARAMETER_COLUMNS = { "Parameter", "Type", "Allowed", "Default", "Overridable", "Description" };

	@Inject
	private PoolSession session;
	@Inject
	@Optional
	private ServiceConnector connector;
	@Inject
	private MApplication application;

	private Table packages;
	private Table parameters;
	private Label status;
	private Button rescan;
	private Label parametersTitle;
	private PoolFollower follower;
	private final List<SoftwarePackage> shown = new ArrayList<>();

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout barLayout = new GridLayout(2, false);
		barLayout.marginWidth = 0;
		barLayout.marginHeight = 0;
		bar.setLayout(barLayout);
		status = new Label(bar, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		rescan = new Button(bar, SWT.PUSH);
		rescan.setText(RESCAN);
		rescan.setToolTipText("Ask the pool service to scan its repository folder again (administrators)");
		rescan.addListener(SWT.Selection, e -> rescan());

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		packages = table(sash, PACKAGE_COLUMNS, new int[] { 130, 90, 110, 80, 110, 320 });
		packages.addListener(SWT.Selection, e -> {
			int index = packages.getSelectionIndex();
			SoftwarePackage selected = index >= 0 && index < shown.size() ? shown.get(index) : null;
			showParameters(selected);
			if (selected != null) {
				application.getContext().set(ConsoleIds.SELECTION, selected);
			}
		});
		Composite lower = new Composite(sash, SWT.NONE);
		GridLayout lowerLayout = new GridLayout(1, false);
		lowerLayout.marginWidth = 0;
		lowerLayout.marginHeight = 0;
		lower.setLayout(lowerLayout);
		parametersTitle = new Label(lower, SWT.NONE);
		parametersTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		parameters = table(lower, PARAMETER_COLUMNS, new int[] { 150, 70, 230, 80, 90, 260 });
		parameters.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		sash.setWeights(55, 45);
		follower = new PoolFollower(session, parent.getDisplay(), 200, pool -> refresh(), this::refresh, false);
	}

	private static Table table(Composite parent, String[] titles, int[] widths) {
		Table table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (int i = 0; i < titles.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(titles[i]);
			column.setWidth(widths[i]);
		}
		return table;
	}

	/** The repository's packages, by name and then newest version first (UI thread, batched). */
	private void refresh() {
		if (packages.isDisposed()) {
			return;
		}
		Pool pool = session.getPool();
		SoftwarePackage selected = packages.getSelectionIndex() >= 0 && packages.getSelectionIndex() < shown.size()
				? shown.get(packages.getSelectionIndex()) : null;
		shown.clear();
		if (pool != null) {
			shown.addAll(pool.getPackages());
		}
		shown.sort(Comparator.comparing((SoftwarePackage p) -> p.getName() == null ? "" : p.getName())
				.thenComparing(PackagesPart::version, Comparator.reverseOrder()));
		packages.setRedraw(false);
		try {
			packages.setItemCount(shown.size());
			for (int i = 0; i < shown.size(); i++) {
				SoftwarePackage p = shown.get(i);
				String sha = p.getSha256() == null ? "" : p.getSha256().substring(0, Math.min(12, p.getSha256().length()));
				packages.getItem(i).setText(new String[] { text(p.getName()), text(p.getVersion()),
						p.getLayer() == null ? "" : p.getLayer().getLiteral(), p.getSizeBytes() <= 0 ? "" : Provisioning.size(p.getSizeBytes()),
						sha, text(p.getTitle()) });
			}
		} finally {
			packages.setRedraw(true);
		}
		int again = selected == null ? -1 : shown.indexOf(selected);
		if (again >= 0) {
			packages.setSelection(again);
		} else if (!shown.isEmpty() && selected == null) {
			packages.setSelection(0);
			again = 0;
		}
		showParameters(again >= 0 ? shown.get(again) : null);
		updateStatus(null);
	}

	private static VersionKey version(SoftwarePackage p) {
		return new VersionKey(p.getVersion());
	}

	/** Dotted versions compared part by part (12.1.5 after 12.0.16); what does not parse sorts by text. */
	private record VersionKey(String text) implements Comparable<VersionKey> {
		@Override
		public int compareTo(VersionKey other) {
			try {
				return PackageVersion.parse(text).compareTo(PackageVersion.parse(other.text));
			} catch (RuntimeException e) {
				return String.valueOf(text).compareTo(String.valueOf(other.text));
			}
		}
	}

	private void showParameters(SoftwarePackage softwarePackage) {
		parameters.setRedraw(false);
		try {
			parameters.removeAll();
			if (softwarePackage == null) {
				parametersTitle.setText("Select a package to see its parameters.");
				return;
			}
			parametersTitle.setText("Parameters of " + softwarePackage.getName() + " " + softwarePackage.getVersion() + ":");
			for (ParameterDefinition definition : softwarePackage.getParameters()) {
				TableItem item = new TableItem(parameters, SWT.NONE);
				item.setText(new String[] { text(definition.getName()),
						definition.getType() == null ? "" : definition.getType().getLiteral(), ParameterValues.allowed(definition),
						definition.getDefaultValue() == null ? "(required)" : definition.getDefaultValue(),
						definition.isOverridable() ? "per node" : "profile only", text(definition.getDescription()) });
			}
		} finally {
			parameters.setRedraw(true);
			parametersTitle.getParent().layout();
		}
	}

	private void updateStatus(String news) {
		PoolMembership membership = application.getContext().get(PoolMembership.class);
		rescan.setEnabled(Provisioning.mayProvision(membership));
		String summary = shown.size() + (shown.size() == 1 ? " package version" : " package versions") + " in the pool's repository";
		String why = membership == null ? " (the repository is the pool service's: File \u203a Connect to Pool Service\u2026)" : "";
		status.setText(news != null ? news : summary + why);
		status.getParent().layout();
	}

	/** Asks the service to scan its repository again (administrators); the answer is shown in the status line. */
	public void rescan() {
		PoolMembership membership = application.getContext().get(PoolMembership.class);
		String whyNot = Provisioning.whyNot(membership);
		if (whyNot != null || connector == null) {
			updateStatus(whyNot == null ? Provisioning.NEEDS_SERVICE : whyNot);
			return;
		}
		rescan.setEnabled(false);
		status.setText("Asking the pool service to scan its package repository\u2026");
		Provisioning.ask(packages.getDisplay(), "Rescan the package repository", null,
				() -> connector.request(Provisioning.PACKAGES_RESCAN, Map.of()), values -> {
					if (!packages.isDisposed()) {
						updateStatus("Rescanned: " + describe(values));
					}
				}, reason -> {
					if (!packages.isDisposed()) {
						updateStatus("Rescan failed: " + reason);
					}
				});
	}

	/** The service's answer in words: how many package versions it serves, and what it found wrong. */
	private static String describe(Map<String, String> values) {
		if (values == null) {
			return "done";
		}
		String count = values.get("packages");
		String problems = values.getOrDefault("problems", "").strip();
		return (count == null ? "done" : count + " package versions served")
				+ (problems.isEmpty() ? ", no problems" : "; problems: " + problems.replace("\n", "; "));
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	/** The packages shown, in order (UI thread; for tests). */
	public List<SoftwarePackage> shown() {
		return List.copyOf(shown);
	}

	public Table packagesTable() {
		return packages;
	}

	public Table parametersTable() {
		return parameters;
	}

	public String statusText() {
		return status.getText();
	}

	@Focus
	void focus() {
		packages.setFocus();
	}

	@PreDestroy
	void dispose() {
		follower.dispose();
	}
}
