package org.flotilla.console.ui.tests;

import static org.flotilla.console.ui.tests.Widgets.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.SamplePools;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.Dialogs;
import org.flotilla.console.ui.internal.PoolJobs;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.persistence.PoolStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving and opening in the real window while a file job is held up. The test holds the pool
 * file's scheduling rule, as a slow disk would hold the job, so that it can look at the console
 * while a save or an open is under way.
 */
class SavingAndOpeningUiTest {

	private static ConsoleUnderTest console;
	private static PoolSession session;

	@TempDir
	Path folder;

	@BeforeAll
	static void start() throws Exception {
		console = new ConsoleUnderTest();
		session = console.get(PoolSession.class);
		assertNotNull(session, "the console add-on put a pool session in the application context");
	}

	@AfterAll
	static void stop() throws Exception {
		if (console != null) {
			console.close();
		}
	}

	@BeforeEach
	void noFileJobIsRunning() {
		// The console opens the workspace pool at start-up when there is one.
		console.waitUntil("no file job is running", () -> fileJobs() == 0);
	}

	@Test
	void saveIsDisabledWhileASaveRunsAndTheFileEndsWithTheNewestSave() throws Exception {
		Path file = folder.resolve("busy.flotilla");
		console.run(() -> {
			session.newSamplePool();
			saveNow(file);
		});
		ToolItem save = console.sync(() -> findToolItem(console.mainShell(), "Save"));
		assertNotNull(save, "a 'Save' tool item");
		rename("first edit");
		console.waitUntil("Save is enabled for the edit", () -> save.isEnabled() && canExecute(ConsoleIds.COMMAND_SAVE));

		ISchedulingRule theFile = PoolJobs.ruleFor(file);
		Job.getJobManager().beginRule(theFile, null);
		try {
			console.run(() -> console.mainShell().forceActive());
			console.pressCtrl('s');
			console.waitUntil("Ctrl+S started a save that waits for the file", () -> session.isSaving() && fileJobs() == 1);
			console.waitUntil("the Save tool item is disabled while the save runs", () -> !save.isEnabled());
			assertFalse(console.sync(() -> canExecute(ConsoleIds.COMMAND_SAVE)), "Save cannot run while a save runs");
			assertFalse(console.sync(() -> canExecute(ConsoleIds.COMMAND_SAVE_AS)), "nor Save As");

			rename("second edit");
			assertTrue(console.sync(session::isDirty));
			assertFalse(console.sync(() -> canExecute(ConsoleIds.COMMAND_SAVE)), "not even for an edit made meanwhile");
			assertFalse(console.sync(save::isEnabled));
		} finally {
			Job.getJobManager().endRule(theFile);
		}

		console.waitUntil("the save finished", () -> !session.isSaving() && fileJobs() == 0);
		assertEquals("first edit", PoolSession.read(file).getName(), "the file holds what Ctrl+S captured");
		console.waitUntil("Save is enabled again, for the edit made meanwhile",
				() -> save.isEnabled() && canExecute(ConsoleIds.COMMAND_SAVE) && canExecute(ConsoleIds.COMMAND_SAVE_AS));
		assertTrue(console.sync(() -> console.mainShell().getText()).startsWith("*busy.flotilla"),
				"the title still says the pool has unsaved edits");

		console.run(() -> console.mainShell().forceActive());
		console.pressCtrl('s');
		console.waitUntil("the second save finished and the pool is clean",
				() -> !session.isSaving() && fileJobs() == 0 && !session.isDirty());
		assertEquals("second edit", PoolSession.read(file).getName(), "the file holds the newest save");
		console.waitUntil("the title lost its '*'", () -> console.mainShell().getText().startsWith("busy.flotilla"));
	}

	@Test
	void openingAsksBeforeDiscardingEditsMadeWhileTheFileWasRead() throws Exception {
		Path mine = folder.resolve("mine.flotilla");
		Path other = folder.resolve("other.flotilla");
		Pool otherPool = SamplePools.create();
		otherPool.setName("other pool");
		new PoolStore().save(otherPool, other);
		console.run(() -> {
			session.newPool();
			saveNow(mine);
		});

		// An edit while the file is read: the question comes, and its default keeps the edit.
		openWhileEditing(other, "changed while reading");
		console.waitUntil("the console asks", () -> dialog(Dialogs.DISCARD_EDITS_TITLE) != null);
		String question = console.sync(() -> labelTexts(dialog(Dialogs.DISCARD_EDITS_TITLE)));
		assertTrue(question.contains("You changed the pool 'changed while reading' while other.flotilla was being read."
				+ " Discard those changes and open other.flotilla?"), question);
		console.pressEnter();
		console.waitUntil("the question is answered and the open is over",
				() -> dialog(Dialogs.DISCARD_EDITS_TITLE) == null && fileJobs() == 0);
		assertEquals("changed while reading", console.sync(() -> session.getPool().getName()), "the edited pool stays");
		assertEquals(mine, console.sync(() -> session.getFile().orElseThrow()));
		assertTrue(console.sync(session::isDirty));

		// Again, and this time the user discards the edit: the file is opened.
		openWhileEditing(other, "changed again");
		console.waitUntil("the console asks again", () -> dialog(Dialogs.DISCARD_EDITS_TITLE) != null);
		Button discard = console.sync(() -> findButton(dialog(Dialogs.DISCARD_EDITS_TITLE), Dialogs.DISCARD_AND_OPEN));
		assertNotNull(discard, "a '" + Dialogs.DISCARD_AND_OPEN + "' button");
		console.click(console.sync(discard::getParent), console.sync(discard::getBounds));
		console.waitUntil("the file is open", () -> "other pool".equals(session.getPool().getName()) && fileJobs() == 0);
		assertEquals(other, console.sync(() -> session.getFile().orElseThrow()));
		assertFalse(console.sync(session::isDirty));

		// Without edits while reading there is nothing to ask: the pool is simply replaced.
		UISynchronize ui = console.get(UISynchronize.class);
		console.run(() -> PoolJobs.open(session, mine, ui, console.mainShell()));
		console.waitUntil("the other file is open", () -> mine.equals(session.getFile().orElse(null)) && fileJobs() == 0);
		assertNull(console.sync(() -> dialog(Dialogs.DISCARD_EDITS_TITLE)));
	}

	/** Starts opening {@code file} and renames the pool while the read is held up. */
	private void openWhileEditing(Path file, String newName) {
		UISynchronize ui = console.get(UISynchronize.class);
		ISchedulingRule theFile = PoolJobs.ruleFor(file);
		Job.getJobManager().beginRule(theFile, null);
		try {
			console.run(() -> PoolJobs.open(session, file, ui, console.mainShell()));
			console.waitUntil("the open job waits for the file", () -> fileJobs() == 1);
			rename(newName);
		} finally {
			Job.getJobManager().endRule(theFile);
		}
	}

	/** Saves on the UI thread, to set a test up (the console itself saves in a job). */
	private static void saveNow(Path file) {
		try {
			session.saveAs(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Renames the pool as an edit in the Properties part would: a command on the stack. */
	private static void rename(String name) {
		console.run(() -> session.getEditingDomain().getCommandStack().execute(SetCommand.create(
				session.getEditingDomain(), session.getPool(), PoolPackage.Literals.POOL__NAME, name)));
	}

	private static int fileJobs() {
		return Job.getJobManager().find(PoolJobs.FAMILY).length;
	}

	/** Whether the command's handler would run now, as for a key binding (UI thread). */
	private static boolean canExecute(String commandId) {
		IEclipseContext window = console.application().getChildren().get(0).getContext();
		ECommandService commands = window.get(ECommandService.class);
		return window.get(EHandlerService.class).canExecute(commands.createCommand(commandId, null));
	}




}
