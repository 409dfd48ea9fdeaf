package org.flotilla.console.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.PoolSession;
import org.flotilla.model.Pool;

/**
 * Opening and saving as background jobs: the UI thread only captures (serializes) or installs the
 * model; reading, writing and fsync happen in the job. Failures are reported in a dialog that
 * says which file and why, and leave the session as it was. Jobs on the same file share a
 * scheduling rule ({@link #ruleFor}); {@link PoolSession} keeps the file at the newest save even
 * when writes run in another order.
 */
public final class PoolJobs {

	/** Family of every Flotilla file job, so tests and shutdown can wait for them. */
	public static final Object FAMILY = PoolJobs.class;

	private PoolJobs() {
	}

	/**
	 * Reads {@code file} in a job, then makes it the session's pool (call on the UI thread). When
	 * the pool was edited while the file was being read, asks before those edits are thrown away.
	 */
	public static Job open(PoolSession session, Path file, UISynchronize ui, Shell parent) {
		long editsBeforeReading = session.editMark();
		Job job = new FileJob("Opening " + file.getFileName(), ruleFor(file)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask("Reading " + file, IProgressMonitor.UNKNOWN);
				try {
					Pool pool = PoolSession.read(file);
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					ui.syncExec(() -> {
						if (!session.hasUnsavedEditsSince(editsBeforeReading)
								|| Dialogs.discardEditsMadeWhileReading(shell(parent), session, file)) {
							session.opened(pool, file);
						}
					});
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
	 * The session is saving (Save and Save As disabled) until the job is done, and jobs that write
	 * the same file run one after another.
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
		Job job = new FileJob("Saving " + target.getFileName(), ruleFor(ticket.getTarget())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask("Writing " + target, IProgressMonitor.UNKNOWN);
				try {
					ticket.write();
				} catch (IOException e) {
					ui.asyncExec(() -> MessageDialog.openError(shell(parent), "Cannot save pool",
							"Cannot save " + target + ": " + e.getMessage() + "\nThe previous file is unchanged."));
				} finally {
					monitor.done();
				}
				return Status.OK_STATUS;
			}
		};
		// Also when the job is cancelled before it runs: the session must stop saving either way.
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				ui.asyncExec(ticket::finish);
			}
		});
		job.schedule();
		return job;
	}

	/**
	 * The scheduling rule of the jobs that read or write {@code file}: they run one at a time, so
	 * a file is never read while a save of it is under way. (Which of two waiting jobs runs first
	 * is the job manager's choice; {@link PoolSession} keeps the newest save in the file anyway.)
	 */
	public static ISchedulingRule ruleFor(Path file) {
		return new PoolFileRule(file.toAbsolutePath().normalize());
	}

	private record PoolFileRule(Path file) implements ISchedulingRule {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return equals(rule);
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return equals(rule);
		}
	}

	private static Shell shell(Shell parent) {
		if (parent != null && !parent.isDisposed()) {
			return parent;
		}
		Display display = Display.getCurrent();
		return display == null ? null : display.getActiveShell();
	}

	private abstract static class FileJob extends Job {
		FileJob(String name, ISchedulingRule rule) {
			super(name);
			setUser(true);
			setRule(rule);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	}
}
