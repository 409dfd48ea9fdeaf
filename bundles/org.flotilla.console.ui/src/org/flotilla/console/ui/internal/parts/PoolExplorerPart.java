package org.flotilla.console.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.Icons;
import org.flotilla.console.ui.internal.LayerFolder;
import org.flotilla.console.ui.internal.PoolFollower;
import org.flotilla.console.ui.internal.PoolFolder;
import org.flotilla.console.ui.internal.PoolLabels;
import org.flotilla.model.Group;
import org.flotilla.model.LayerKind;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;
import org.flotilla.model.Profile;
import org.flotilla.model.StackElement;
import org.flotilla.model.Task;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The pool as a tree: pool, groups (sites, racks), nodes, each node's stack layers with their
 * elements, and the tasks running on the node. A filter box narrows the tree by name or address.
 * Model changes reach the tree in batches, never one refresh per notification.
 */
public class PoolExplorerPart {

	@Inject
	private PoolSession session;
	@Inject
	private MApplication application;
	@Inject
	private org.eclipse.e4.core.commands.ECommandService commandService;
	@Inject
	private org.eclipse.e4.core.commands.EHandlerService handlerService;

	private TreeViewer viewer;
	private Icons icons;
	private PoolFollower follower;
	private Text filter;

	@PostConstruct
	void create(Composite parent) {
		icons = new Icons(parent.getDisplay());
		parent.setLayout(new GridLayout(1, false));
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter by name or address");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.FULL_SELECTION);
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new PoolContentProvider());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new PoolLabelProvider()));
		viewer.addFilter(new NameFilter(filter));
		filter.addModifyListener(e -> {
			viewer.refresh();
			if (!filter.getText().isBlank()) {
				viewer.expandToLevel(4);
			}
		});
		hint = new Label(parent, SWT.WRAP);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		hint.setText("Empty pool? File \u203a New Sample Pool, or the Sample Pool button, shows a realistic one.");
		hint.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));

		viewer.addSelectionChangedListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (selected != null && selected != application.getContext().get(ConsoleIds.SELECTION)) {
				application.getContext().set(ConsoleIds.SELECTION, selected);
			}
		});
		// Node commands (Drain, Ready) and task commands (Start, Stop, Move, Show Log) on the row right-clicked:
		// GTK selects it first, and the selection listener above makes it the console's selection.
		new org.flotilla.console.ui.internal.tasks.Commands(commandService, handlerService).contextMenu(viewer.getTree(),
				() -> application.getContext().get(ConsoleIds.SELECTION));
		// The tree shows structure and states, not load: heartbeats alone do not refresh it.
		follower = new PoolFollower(session, parent.getDisplay(), 50, this::show, () -> {
			if (!viewer.getControl().isDisposed()) {
				viewer.refresh();
				updateHint();
			}
		}, false);
	}

	private Pool shown;
	private Label hint;

	/** The hint to try the sample pool shows only while the pool has no nodes. */
	private void updateHint() {
		boolean empty = shown == null || shown.getAllNodes().isEmpty();
		if (hint.getVisible() != empty) {
			hint.setVisible(empty);
			((GridData) hint.getLayoutData()).exclude = !empty;
			hint.getParent().layout();
		}
	}

	private void show(Pool pool) {
		shown = pool;
		viewer.setInput(new Object[] { pool });
		viewer.expandToLevel(3);
		updateHint();
	}

	/** Follows selections made in other views (e.g. clicking an element in the Node Stack). */
	@Inject
	@Optional
	void selectionChanged(@Named(ConsoleIds.SELECTION) Object selected) {
		if (viewer == null || viewer.getControl().isDisposed() || selected == null) {
			return;
		}
		Object current = viewer.getStructuredSelection().getFirstElement();
		if (selected.equals(current)) {
			return;
		}
		viewer.setSelection(new StructuredSelection(selected), true);
	}

	@Focus
	void focus() {
		viewer.getControl().setFocus();
	}

	/** For tests and other views: the viewer showing the pool. */
	public TreeViewer getViewer() {
		return viewer;
	}

	@PreDestroy
	void dispose() {
		follower.dispose();
		icons.dispose();
	}

	/** Pool → groups → nodes → layers → elements; tasks under their node. */
	static final class PoolContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof Object[] roots ? roots : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			List<Object> children = new ArrayList<>();
			if (parent instanceof Pool pool) {
				children.addAll(pool.getGroups());
				for (PoolFolder.Kind kind : PoolFolder.Kind.values()) {
					PoolFolder folder = new PoolFolder(pool, kind);
					if (!folder.children().isEmpty()) {
						children.add(folder);
					}
				}
			} else if (parent instanceof Group group) {
				children.addAll(group.getGroups());
				children.addAll(group.getNodes());
			} else if (parent instanceof Node node) {
				for (LayerKind layer : LayerKind.values()) {
					children.add(new LayerFolder(node, layer));
				}
				children.addAll(node.getTasks());
			} else if (parent instanceof LayerFolder folder) {
				children.addAll(folder.elements());
			} else if (parent instanceof PoolFolder folder) {
				children.addAll(folder.children());
			} else if (parent instanceof Profile profile) {
				children.addAll(profile.getEntries());
			} else if (parent instanceof org.flotilla.model.SoftwarePackage softwarePackage) {
				children.addAll(softwarePackage.getParameters());
			}
			return children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			if (element instanceof StackElement stackElement && stackElement.eContainer() instanceof Node node) {
				return new LayerFolder(node, PoolLabels.layerOf(stackElement));
			}
			if (element instanceof Task task) {
				return task.getNode() != null ? task.getNode() : new PoolFolder((Pool) task.eContainer(), PoolFolder.Kind.UNPLACED_TASKS);
			}
			if (element instanceof LayerFolder folder) {
				return folder.node();
			}
			if (element instanceof PoolFolder folder) {
				return folder.pool();
			}
			if (element instanceof Profile profile) {
				return new PoolFolder((Pool) profile.eContainer(), PoolFolder.Kind.PROFILES);
			}
			if (element instanceof org.flotilla.model.SoftwarePackage softwarePackage) {
				return new PoolFolder((Pool) softwarePackage.eContainer(), PoolFolder.Kind.PACKAGES);
			}
			if (element instanceof org.flotilla.model.Job job) {
				return new PoolFolder((Pool) job.eContainer(), PoolFolder.Kind.JOBS);
			}
			return element instanceof EObject eObject ? eObject.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			if (element instanceof LayerFolder folder) {
				return !folder.elements().isEmpty();
			}
			return element instanceof Pool || element instanceof Group || element instanceof Node
					|| element instanceof PoolFolder || element instanceof Profile profile && !profile.getEntries().isEmpty()
					|| element instanceof org.flotilla.model.SoftwarePackage p && !p.getParameters().isEmpty();
		}
	}

	/** Name in the normal color, details greyed, and a status icon. */
	final class PoolLabelProvider extends LabelProvider implements DelegatingStyledCellLabelProvider.IStyledLabelProvider {
		@Override
		public StyledString getStyledText(Object element) {
			StyledString text = new StyledString(PoolLabels.name(element));
			String detail = PoolLabels.detail(element);
			if (!detail.isEmpty()) {
				text.append("  " + detail, StyledString.DECORATIONS_STYLER);
			}
			return text;
		}

		@Override
		public String getText(Object element) {
			return PoolLabels.name(element);
		}

		@Override
		public Image getImage(Object element) {
			if (element instanceof Node node) {
				return icons.get(Icons.Shape.DOT, Icons.stateColor(node.getState()));
			}
			if (element instanceof StackElement stackElement) {
				return icons.get(Icons.Shape.DOT, Icons.syncColor(stackElement.getSyncState()));
			}
			if (element instanceof Task) {
				return icons.get(Icons.Shape.DIAMOND, new RGB(128, 90, 213));
			}
			if (element instanceof Group || element instanceof Pool) {
				return icons.get(Icons.Shape.SQUARE, new RGB(70, 110, 160));
			}
			if (element instanceof LayerFolder folder) {
				return icons.get(Icons.Shape.BAR, NodeStackCanvas.layerColor(folder.layer()));
			}
			return icons.get(Icons.Shape.SQUARE, new RGB(160, 160, 160));
		}
	}

	/** Keeps nodes (and their ancestors) whose name or address contains the filter text. */
	static final class NameFilter extends org.eclipse.jface.viewers.ViewerFilter {
		private final Text text;

		NameFilter(Text text) {
			this.text = text;
		}

		@Override
		public boolean select(org.eclipse.jface.viewers.Viewer viewer, Object parent, Object element) {
			String wanted = text.getText().trim().toLowerCase();
			if (wanted.isEmpty()) {
				return true;
			}
			if (element instanceof Node node) {
				return matches(node, wanted);
			}
			if (element instanceof Group group) {
				return group.getAllNodes().stream().anyMatch(n -> matches(n, wanted));
			}
			return true;
		}

		private static boolean matches(Node node, String wanted) {
			return node.getName() != null && node.getName().toLowerCase().contains(wanted)
					|| node.getAddress() != null && node.getAddress().contains(wanted)
					|| node.getLabels().stream().anyMatch(l -> l.toLowerCase().contains(wanted));
		}
	}
}
