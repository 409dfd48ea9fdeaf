package org.flotilla.console.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.PoolSession;

/** Questions the file handlers ask. */
public final class Dialogs {

	/** Title of the question {@link #discardEditsMadeWhileReading} asks. */
	public static final String DISCARD_EDITS_TITLE = "Changes Made While Opening";

	/** The button of that question that opens the file. */
	public static final String DISCARD_AND_OPEN = "Discard and Open";

	private Dialogs() {
	}

	/**
	 * The shell to parent dialogs on. The active shell is missing when no window has the focus
	 * (e.g. a display without a window manager), so fall back to the console's main window.
	 */
	public static Shell shell(Shell active) {
		if (active != null && !active.isDisposed()) {
			return active;
		}
		org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
		if (display == null) {
			return null;
		}
		for (Shell candidate : display.getShells()) {
			if (candidate.isVisible()) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * When the pool has unsaved edits, asks whether to save them first.
	 *
	 * @return true to go on (saved or discarded), false when the user cancelled or saving failed
	 */
	public static boolean unsavedChangesHandled(Shell shell, PoolSession session, String action) {
		if (!session.isDirty()) {
			return true;
		}
		MessageDialog dialog = new MessageDialog(shell, "Unsaved changes", null,
				"The pool has changes that are not saved. Save them before you " + action + "?", MessageDialog.QUESTION, 0,
				"Save", "Discard", "Cancel");
		int answer = dialog.open();
		if (answer == 1) {
			return true;
		}
		if (answer != 0) {
			return false;
		}
		Path target = session.getFile().orElseGet(() -> askSaveTarget(shell, null));
		if (target == null) {
			return false;
		}
		return saveWithProgress(shell, session, target);
	}

	/** Saves with a progress dialog: the write runs off the UI thread, the dialog waits for it. */
	public static boolean saveWithProgress(Shell shell, PoolSession session, Path target) {
		PoolSession.SaveTicket ticket;
		try {
			ticket = session.prepareSave(target);
		} catch (Exception e) {
			MessageDialog.openError(shell, "Cannot save pool", "Cannot save " + target + ": " + e.getMessage());
			return false;
		}
		try {
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				monitor.beginTask("Saving " + target, 1);
				try {
					ticket.write();
				} catch (java.io.IOException e) {
					throw new InvocationTargetException(e);
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, "Cannot save pool", "Cannot save " + target + ": " + e.getCause().getMessage()
					+ "\nThe previous file is unchanged.");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			ticket.finish();
		}
		return false;
	}

	/**
	 * The pool was edited while {@code file} was being read: asks whether to throw those edits
	 * away and open the file. Keeping the current pool is the default answer.
	 *
	 * @return true to discard the edits and open the file
	 */
	public static boolean discardEditsMadeWhileReading(Shell shell, PoolSession session, Path file) {
		String name = file.getFileName().toString();
		MessageDialog dialog = new MessageDialog(shell, DISCARD_EDITS_TITLE, null,
				"You changed the pool '" + session.getPool().getName() + "' while " + name + " was being read. Discard those"
						+ " changes and open " + name + "?",
				MessageDialog.QUESTION, 1, DISCARD_AND_OPEN, "Keep My Changes");
		return dialog.open() == 0;
	}

	public static Path askSaveTarget(Shell shell, Path current) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Save Pool As");
		dialog.setFilterExtensions(new String[] { "*.flotilla", "*.*" });
		dialog.setFilterNames(new String[] { "Flotilla pools (*.flotilla)", "All files" });
		dialog.setOverwrite(true);
		if (current != null) {
			dialog.setFilterPath(current.getParent().toString());
			dialog.setFileName(current.getFileName().toString());
		}
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		return Path.of(chosen.contains(".") ? chosen : chosen + ".flotilla");
	}
}
