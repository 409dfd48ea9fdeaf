package org.flotilla.console.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.PoolSession;
import org.flotilla.model.Pool;

/**
 * Opening and saving as background jobs: the UI thread only captures (serializes) or installs the
 * model; reading, writing and fsync happen in the job. Failures are reported in a dialog that
 * says which file and why, and leave the session as it was.
 */
public final class PoolJobs {

	/** Family of every Flotilla file job, so tests and shutdown can wait for them. */
	public static final Object FAMILY = PoolJobs.class;

	private PoolJobs() {
	}

	/** Reads {@code file} in a job, then makes it the session's pool. */
	public static Job open(PoolSession session, Path file, UISynchronize ui, Shell parent) {
		Job job = new FileJob("Opening " + file.getFileName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask("Reading " + file, IProgressMonitor.UNKNOWN);
				try {
					Pool pool = PoolSession.read(file);
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					ui.syncExec(() -> session.opened(pool, file));
				} catch (IOException e) {
					ui.asyncExec(() -> MessageDialog.openError(shell(parent), "Cannot open pool", e.getMessage()));
				} finally {
					monitor.done();
				}
				return Status.OK_STATUS;
			}
		};
		job.schedule();
		return job;
	}

	/**
	 * Saves the session's pool to {@code target}: serializes now (model thread), writes in a job.
	 *
	 * @return the job, or {@code null} when nothing could be captured (the error was shown)
	 */
	public static Job save(PoolSession session, Path target, UISynchronize ui, Shell parent) {
		PoolSession.SaveTicket ticket;
		try {
			ticket = session.prepareSave(target);
		} catch (IOException e) {
			MessageDialog.openError(shell(parent), "Cannot save pool", "Cannot save " + target + ": " + e.getMessage());
			return null;
		}
		Job job = new FileJob("Saving " + target.getFileName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask("Writing " + target, IProgressMonitor.UNKNOWN);
				try {
					ticket.write();
					ui.asyncExec(ticket::markWritten);
				} catch (IOException e) {
					ui.asyncExec(() -> MessageDialog.openError(shell(parent), "Cannot save pool",
							"Cannot save " + target + ": " + e.getMessage() + "\nThe previous file is unchanged."));
				} finally {
					monitor.done();
				}
				return Status.OK_STATUS;
			}
		};
		job.schedule();
		return job;
	}

	private static Shell shell(Shell parent) {
		if (parent != null && !parent.isDisposed()) {
			return parent;
		}
		Display display = Display.getCurrent();
		return display == null ? null : display.getActiveShell();
	}

	private abstract static class FileJob extends Job {
		FileJob(String name) {
			super(name);
			setUser(true);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	}
}
