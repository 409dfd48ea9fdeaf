package org.flotilla.console.ui.internal.parts;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.flotilla.console.core.AlertEngine;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.PoolFollower;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The pool at a glance: sites as regions, racks as blocks, nodes as tiles colored by state or by
 * CPU or memory load, with alerts marked. Search fades what does not match; Ctrl+wheel or the
 * buttons zoom; a click selects the node everywhere.
 */
public class TopologyPart {

	@Inject
	private PoolSession session;
	@Inject
	private MApplication application;
	@Inject
	private org.eclipse.e4.core.commands.ECommandService commandService;
	@Inject
	private org.eclipse.e4.core.commands.EHandlerService handlerService;

	private TopologyCanvas canvas;
	private PoolFollower follower;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout barLayout = new GridLayout(6, false);
		barLayout.marginHeight = 0;
		barLayout.marginWidth = 0;
		bar.setLayout(barLayout);
		Text search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage("Find nodes: name, address, label or state");
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(bar, SWT.NONE).setText("Color by:");
		Combo colorBy = new Combo(bar, SWT.READ_ONLY);
		colorBy.setItems("State", "CPU load", "Memory load");
		colorBy.select(0);
		Button zoomOut = new Button(bar, SWT.PUSH);
		zoomOut.setText("\u2212");
		zoomOut.setToolTipText("Smaller tiles (Ctrl+wheel)");
		Button zoomIn = new Button(bar, SWT.PUSH);
		zoomIn.setText("+");
		zoomIn.setToolTipText("Larger tiles (Ctrl+wheel)");
		Label legend = new Label(bar, SWT.NONE);
		legend.setText("\u25b2 alert");
		legend.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));

		canvas = new TopologyCanvas(parent);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		search.addModifyListener(e -> canvas.setFilter(search.getText()));
		colorBy.addListener(SWT.Selection, e -> canvas.setColorBy(TopologyCanvas.ColorBy.values()[colorBy.getSelectionIndex()]));
		zoomOut.addListener(SWT.Selection, e -> canvas.setZoom(canvas.getZoom() - 1));
		zoomIn.addListener(SWT.Selection, e -> canvas.setZoom(canvas.getZoom() + 1));
		canvas.addSelectionListener(node -> application.getContext().set(ConsoleIds.SELECTION, node));
		// A right click selects the node under the pointer, then offers its commands (Drain, Ready).
		canvas.addListener(SWT.MenuDetect, e -> {
			org.eclipse.swt.graphics.Point at = canvas.toControl(e.x, e.y);
			Node node = canvas.nodeAt(at.x, at.y);
			if (node == null) {
				e.doit = false;
				return;
			}
			canvas.setSelection(node);
			application.getContext().set(ConsoleIds.SELECTION, node);
		});
		new org.flotilla.console.ui.internal.tasks.Commands(commandService, handlerService).contextMenu(canvas,
				() -> application.getContext().get(ConsoleIds.SELECTION));

		follower = new PoolFollower(session, parent.getDisplay(), 100, this::show, this::modelChanged);
	}

	private void show(Pool pool) {
		canvas.setPool(pool);
		canvas.setAlerted(alertedNodes(pool));
	}

	private void modelChanged() {
		if (canvas.isDisposed()) {
			return;
		}
		// Cheap enough to redo at every batch (O(nodes)); keeps moved or new nodes right.
		canvas.structureChanged();
		canvas.setAlerted(alertedNodes(session.getPool()));
	}

	private static Set<Node> alertedNodes(Pool pool) {
		return new HashSet<>(AlertEngine.activeAlertsByNode(pool).keySet());
	}

	@Inject
	@Optional
	void selectionChanged(@Named(ConsoleIds.SELECTION) Object selected) {
		if (canvas != null && !canvas.isDisposed()) {
			Node node = NodeStackPart.nodeOf(selected);
			if (node != null) {
				canvas.setSelection(node);
			}
		}
	}

	@Focus
	void focus() {
		canvas.setFocus();
	}

	/** The canvas, for tests and benchmarks. */
	public TopologyCanvas getCanvas() {
		return canvas;
	}

	@PreDestroy
	void dispose() {
		follower.dispose();
	}
}
