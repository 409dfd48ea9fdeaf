package org.flotilla.console.ui.internal.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.LayerFolder;
import org.flotilla.console.ui.internal.PoolFollower;
import org.flotilla.model.Node;
import org.flotilla.model.Parameter;
import org.flotilla.model.StackElement;
import org.flotilla.model.Task;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Shows the node of the current selection (the node itself, one of its stack elements or tasks)
 * as its layered stack. Clicking an element selects it for the other parts.
 */
public class NodeStackPart {

	@Inject
	private PoolSession session;
	@Inject
	private MApplication application;

	private ScrolledComposite scroller;
	private NodeStackCanvas canvas;
	private PoolFollower follower;

	@PostConstruct
	void create(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		canvas = new NodeStackCanvas(scroller);
		scroller.setContent(canvas);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.addListener(SWT.Resize, e -> updateSize());
		canvas.addListener(SWT.MouseDown, e -> {
			NodeStackCanvas.Box box = canvas.getDrawing().boxAt(e.x, e.y);
			if (box != null) {
				application.getContext().set(ConsoleIds.SELECTION, box.element());
			}
		});
		canvas.addListener(SWT.MouseMove, e -> {
			String tip = canvas.tooltipAt(e.x, e.y);
			if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
				canvas.setToolTipText(tip);
			}
		});
		follower = new PoolFollower(session, parent.getDisplay(), 50, pool -> {
			canvas.setNode(null, null);
			updateSize();
		}, () -> {
			if (!canvas.isDisposed()) {
				if (canvas.getNode() != null && canvas.getNode().eResource() == null) {
					canvas.setNode(null, null); // the node was deleted
				}
				updateSize();
				canvas.redraw();
			}
		}, false); // the stack and the node's header show no live load
	}

	@Inject
	@Optional
	void selectionChanged(@Named(ConsoleIds.SELECTION) Object selected) {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		Node node = nodeOf(selected);
		if (node == null && selected != null) {
			return; // keep showing the last node when e.g. a group or profile is selected
		}
		canvas.setNode(node, selected instanceof StackElement element ? element
				: selected instanceof Parameter p && p.eContainer() instanceof StackElement e ? e : null);
		updateSize();
	}

	private void updateSize() {
		int width = scroller.getClientArea().width;
		scroller.setMinSize(Math.max(560, width > 0 ? 560 : 900), canvas.preferredHeight(Math.max(560, width)));
	}

	static Node nodeOf(Object selected) {
		if (selected instanceof Node node) {
			return node;
		}
		if (selected instanceof LayerFolder folder) {
			return folder.node();
		}
		if (selected instanceof Task task) {
			return task.getNode();
		}
		if (selected instanceof EObject eObject) {
			for (EObject walk = eObject; walk != null; walk = walk.eContainer()) {
				if (walk instanceof Node node) {
					return node;
				}
			}
		}
		return null;
	}

	@Focus
	void focus() {
		canvas.setFocus();
	}

	/** The canvas, for tests. */
	public NodeStackCanvas getCanvas() {
		return canvas;
	}

	@PreDestroy
	void dispose() {
		follower.dispose();
	}
}
