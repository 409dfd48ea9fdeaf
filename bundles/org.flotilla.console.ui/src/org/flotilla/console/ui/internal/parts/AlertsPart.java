package org.flotilla.console.ui.internal.parts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.Icons;
import org.flotilla.console.ui.internal.PoolFollower;
import org.flotilla.model.Alert;
import org.flotilla.model.AlertSeverity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** Alerts raised and cleared live: active ones first, then the recently cleared, greyed. */
public class AlertsPart {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

	@Inject
	private PoolSession session;
	@Inject
	private MApplication application;

	private TableViewer viewer;
	private Icons icons;
	private PoolFollower follower;

	@PostConstruct
	void create(Composite parent) {
		icons = new Icons(parent.getDisplay());
		parent.setLayout(new FillLayout());
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Color grey = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		List<Object[]> columns = List.of(
				new Object[] { "Severity", 90, (Function<Alert, String>) a -> a.getSeverity().getLiteral() },
				new Object[] { "Node", 120, (Function<Alert, String>) a -> a.getNode() == null ? "" : a.getNode().getName() },
				new Object[] { "Rule", 110, (Function<Alert, String>) Alert::getRule },
				new Object[] { "Message", 560, (Function<Alert, String>) Alert::getMessage },
				new Object[] { "Raised", 150, (Function<Alert, String>) a -> TIME.format(Instant.ofEpochMilli(a.getRaised())) },
				new Object[] { "Cleared", 150, (Function<Alert, String>) a -> a.getCleared() == 0 ? "active"
						: TIME.format(Instant.ofEpochMilli(a.getCleared())) });
		for (Object[] column : columns) {
			@SuppressWarnings("unchecked")
			Function<Alert, String> text = (Function<Alert, String>) column[2];
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
			viewerColumn.getColumn().setText((String) column[0]);
			viewerColumn.getColumn().setWidth((Integer) column[1]);
			boolean first = column == columns.get(0);
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return text.apply((Alert) element);
				}

				@Override
				public Color getForeground(Object element) {
					return ((Alert) element).getCleared() != 0 ? grey : null;
				}

				@Override
				public String getToolTipText(Object element) {
					// The whole message, however narrow the column (an agent's problem says what and where).
					return ((Alert) element).getMessage();
				}

				@Override
				public Image getImage(Object element) {
					if (!first) {
						return null;
					}
					Alert alert = (Alert) element;
					RGB color = alert.getCleared() != 0 ? new RGB(160, 160, 160)
							: alert.getSeverity() == AlertSeverity.CRITICAL ? new RGB(218, 54, 51) : new RGB(230, 126, 34);
					return icons.get(Icons.Shape.DIAMOND, color);
				}
			});
		}
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addSelectionChangedListener(event -> {
			Alert alert = (Alert) viewer.getStructuredSelection().getFirstElement();
			if (alert != null && alert.getNode() != null && alert.getNode().eResource() != null) {
				application.getContext().set(ConsoleIds.SELECTION, alert.getNode());
			}
		});
		// Alerts change when the alert rules run, not with each heartbeat.
		follower = new PoolFollower(session, parent.getDisplay(), 250, pool -> refreshNow(), this::refreshNow, false);
	}

	private void refreshNow() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		List<Alert> alerts = session.getPool().getAlerts();
		List<Alert> ordered = alerts.stream().sorted((a, b) -> {
			if ((a.getCleared() == 0) != (b.getCleared() == 0)) {
				return a.getCleared() == 0 ? -1 : 1;
			}
			return Long.compare(b.getRaised(), a.getRaised());
		}).toList();
		viewer.setInput(ordered.toArray());
	}

	/** The table viewer, for tests. */
	public TableViewer getViewer() {
		return viewer;
	}

	@Focus
	void focus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	void dispose() {
		follower.dispose();
		icons.dispose();
	}
}
