package org.flotilla.console.ui.internal.tasks;

import java.util.List;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.model.Job;
import org.flotilla.model.Pool;
import org.flotilla.model.Task;

/**
 * Submit Tasks: what runs, its demands, its placement constraints, then the engine's preview; Finish adds
 * the replicas to the pool and has the control service place and start them.
 */
public final class SubmitTasksWizard extends Wizard {

	/** The wizard dialog's title. */
	public static final String TITLE = "Submit Tasks";

	private final TaskControl control;
	private final Pool pool;
	private final TaskDraft draft = new TaskDraft();
	private WhatRunsPage whatRuns;
	private DemandsPage demands;
	private PlacementPage placement;
	private PreviewPage preview;
	private List<Job> submitted = List.of();

	public SubmitTasksWizard(TaskControl control, Pool pool) {
		this.control = control;
		this.pool = pool;
		setWindowTitle(TITLE);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		whatRuns = new WhatRunsPage(draft, pool);
		demands = new DemandsPage(draft, pool);
		placement = new PlacementPage(draft, pool);
		preview = new PreviewPage(draft, pool, control);
		addPage(whatRuns);
		addPage(demands);
		addPage(placement);
		addPage(preview);
	}

	/** Only from the preview, once the engine answered, and only a draft without problems. */
	@Override
	public boolean canFinish() {
		return getContainer() != null && getContainer().getCurrentPage() == preview && preview.isPageComplete()
				&& draft.problems(pool).isEmpty();
	}

	@Override
	public boolean performFinish() {
		if (control == null || !draft.problems(pool).isEmpty()) {
			return false;
		}
		List<Task> tasks = draft.toTasks(pool);
		try {
			submitted = control.submit(tasks);
			return true;
		} catch (RuntimeException e) {
			TaskDraft.release(tasks);
			preview.setErrorMessage("Cannot submit: " + e.getMessage());
			return false;
		}
	}

	/** The start jobs of the last Finish. */
	public List<Job> getSubmitted() {
		return submitted;
	}

	public TaskDraft getDraft() {
		return draft;
	}

	/** The page (1..4), for tests. */
	public IWizardPage page(int number) {
		return getPages()[number - 1];
	}

	/** The problem shown at {@code field} on its page ("" when none), for tests. */
	public String problemOf(TaskDraft.Field field) {
		return ((DraftPage) page(field.page())).problemOf(field);
	}

	/** Ticks a required label on the placement page (for tests). */
	public void requireLabel(String label) {
		placement.requireLabel(label);
	}

	public PreviewPage getPreviewPage() {
		return preview;
	}
}
