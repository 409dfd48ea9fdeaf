package org.flotilla.console.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.flotilla.console.core.PoolSession;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.persistence.PoolFileException;
import org.flotilla.model.persistence.PoolStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoolSessionTest {

	@TempDir
	Path folder;

	@Test
	void controlChangesAreDirtyUntilASaveThatHoldsThemIsWritten() throws Exception {
		PoolSession session = new PoolSession(folder.resolve("pool.flotilla"));
		AtomicInteger titleChanges = new AtomicInteger();
		session.addListener(new PoolSession.Listener() {
			@Override
			public void stateChanged() {
				titleChanges.incrementAndGet();
			}
		});
		assertFalse(session.isDirty());
		session.controlChanged();
		session.controlChanged();
		assertTrue(session.isDirty());
		assertEquals(1, titleChanges.get(), "the title changes once, not at every control change");
		assertFalse(session.getEditingDomain().getCommandStack().canUndo(), "nothing to undo");

		PoolSession.SaveTicket ticket = session.prepareSave(folder.resolve("pool.flotilla"));
		session.controlChanged(); // after the capture: not in the file
		ticket.write();
		ticket.finish();
		assertTrue(session.isDirty(), "a change made while saving stays unsaved");
		session.saveAs(folder.resolve("pool.flotilla"));
		assertFalse(session.isDirty());

		session.controlChanged();
		session.newPool();
		assertFalse(session.isDirty(), "a new pool has no control changes");
	}

	@Test
	void editsAreUndoableAndMakeTheSessionDirty() {
		PoolSession session = new PoolSession(folder.resolve("pool.flotilla"));
		session.newSamplePool();
		try {
			session.saveAs(folder.resolve("pool.flotilla"));
		} catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
		assertFalse(session.isDirty());
		Node node = session.getPool().getAllNodes().get(0);
		double before = node.getCpuCapacity();
		CommandStack stack = session.getEditingDomain().getCommandStack();

		stack.execute(SetCommand.create(session.getEditingDomain(), node, PoolPackage.Literals.NODE__CPU_CAPACITY, 99.0));
		assertEquals(99.0, node.getCpuCapacity());
		assertTrue(session.isDirty());
		assertEquals("*pool.flotilla", session.getTitle());

		stack.undo();
		assertEquals(before, node.getCpuCapacity());
		assertFalse(session.isDirty(), "undoing back to the saved state is clean");
		stack.redo();
		assertEquals(99.0, node.getCpuCapacity());
	}

	@Test
	void aSampleIsUnsavedWorkAndSavingGoesToTheWorkspaceDefault() throws Exception {
		Path workspaceFile = folder.resolve("pool.flotilla");
		PoolSession session = new PoolSession(workspaceFile);
		List<String> events = new ArrayList<>();
		session.addListener(new PoolSession.Listener() {
			@Override
			public void poolReplaced(Pool pool) {
				events.add("replaced");
			}
		});
		session.newSamplePool();
		assertEquals(List.of("replaced"), events);
		assertTrue(session.isDirty(), "a new sample is not on disk yet");

		PoolSession.SaveTicket ticket = session.prepareSave(session.getFile().orElseThrow());
		ticket.write();
		ticket.finish();
		assertFalse(session.isDirty());
		assertTrue(Files.exists(workspaceFile));
		assertEquals(session.getPool().getAllNodes().size(), PoolSession.read(workspaceFile).getAllNodes().size());
	}

	@Test
	void anEditMadeWhileTheWriteRunsStaysDirty() throws Exception {
		PoolSession session = new PoolSession(folder.resolve("pool.flotilla"));
		session.newSamplePool();
		PoolSession.SaveTicket ticket = session.prepareSave(folder.resolve("pool.flotilla"));
		Node node = session.getPool().getAllNodes().get(1);
		session.getEditingDomain().getCommandStack().execute(
				SetCommand.create(session.getEditingDomain(), node, PoolPackage.Literals.NODE__NAME, "renamed"));
		ticket.write();
		ticket.finish();
		assertTrue(session.isDirty(), "the rename is not in the file");
		assertFalse(Files.readString(folder.resolve("pool.flotilla")).contains("renamed"));
	}

	@Test
	void aFailedOpenKeepsTheCurrentPoolAndFile() throws Exception {
		PoolSession session = new PoolSession(folder.resolve("pool.flotilla"));
		session.newSamplePool();
		Pool current = session.getPool();
		Path corrupt = folder.resolve("corrupt.flotilla");
		Files.writeString(corrupt, "<?xml version=\"1.0\"?>\n<flotilla:Pool xmlns:flotilla=\"http://flotilla.org/model/pool/1.0\"");
		byte[] corruptBytes = Files.readAllBytes(corrupt);

		PoolFileException error = assertThrows(PoolFileException.class, () -> session.open(corrupt));
		assertTrue(error.getMessage().contains("corrupt.flotilla at line 2"), error.getMessage());
		assertSame(current, session.getPool());
		assertEquals(folder.resolve("pool.flotilla"), session.getFile().orElseThrow());
		assertEquals(1, session.getEditingDomain().getResourceSet().getResources().size());
		assertTrue(java.util.Arrays.equals(corruptBytes, Files.readAllBytes(corrupt)), "the corrupt file is not touched");
	}

	@Test
	void openingReplacesThePoolAndClearsUndo() throws Exception {
		Path file = folder.resolve("other.flotilla");
		PoolSession writer = new PoolSession(file);
		writer.newSamplePool();
		writer.saveAs(file);

		PoolSession session = new PoolSession(folder.resolve("pool.flotilla"));
		session.getEditingDomain().getCommandStack().execute(
				SetCommand.create(session.getEditingDomain(), session.getPool(), PoolPackage.Literals.POOL__NAME, "x"));
		session.open(file);
		assertEquals("Sample pool", session.getPool().getName());
		assertFalse(session.getEditingDomain().getCommandStack().canUndo());
		assertFalse(session.isDirty());
		assertEquals("other.flotilla", session.getTitle());
	}

	private static void rename(PoolSession session, String name) {
		session.getEditingDomain().getCommandStack().execute(
				SetCommand.create(session.getEditingDomain(), session.getPool(), PoolPackage.Literals.POOL__NAME, name));
	}

	private static String nameInFile(Path file) throws PoolFileException {
		return PoolSession.read(file).getName();
	}

	@Test
	void anOlderSaveWrittenAfterANewerOneDoesNotReplaceIt() throws Exception {
		Path file = folder.resolve("pool.flotilla");
		PoolSession session = new PoolSession(file);
		session.saveAs(file);
		rename(session, "first");
		PoolSession.SaveTicket first = session.prepareSave(file);
		rename(session, "second");
		PoolSession.SaveTicket second = session.prepareSave(file);

		// The jobs ran in the other order: the newer capture reached the file first.
		assertTrue(second.write(), "the newer save is written");
		assertFalse(first.write(), "the older save is not written over it");
		assertEquals("second", nameInFile(file), "the file holds the newest save");

		first.finish();
		assertTrue(session.isDirty(), "the older save being done says nothing about the newer edit");
		second.finish();
		assertFalse(session.isDirty(), "the file holds everything");
		assertEquals("pool.flotilla", session.getTitle());
	}

	@Test
	void theSavePointNeverMovesBackToAnOlderSave() throws Exception {
		Path file = folder.resolve("pool.flotilla");
		PoolSession session = new PoolSession(file);
		session.saveAs(file);
		rename(session, "first");
		PoolSession.SaveTicket first = session.prepareSave(file);
		rename(session, "second");
		PoolSession.SaveTicket second = session.prepareSave(file);
		first.write();
		second.write();

		// Their completions reach the model thread newest first.
		second.finish();
		first.finish();

		assertEquals("second", nameInFile(file));
		assertFalse(session.isDirty(), "the file holds the newest edit, so the pool is clean");
		rename(session, "third");
		assertTrue(session.isDirty());
	}

	@Test
	void aSaveCapturedBeforeAnUndoAndANewEditLeavesThePoolDirty() throws Exception {
		Path file = folder.resolve("pool.flotilla");
		PoolSession session = new PoolSession(file);
		session.saveAs(file);
		rename(session, "captured");
		PoolSession.SaveTicket ticket = session.prepareSave(file);
		session.getEditingDomain().getCommandStack().undo();
		rename(session, "replacing the undone edit"); // the captured edit is no longer on the stack

		ticket.write();
		ticket.finish();

		assertEquals("captured", nameInFile(file));
		assertTrue(session.isDirty(), "the pool is not what the file holds");
		assertEquals("*pool.flotilla", session.getTitle());
	}

	@Test
	void theSessionIsSavingFromCaptureUntilTheSaveIsFinishedWhateverHappened() throws Exception {
		Path blocker = Files.writeString(folder.resolve("not-a-folder"), "a file where a folder should be");
		PoolSession session = new PoolSession(folder.resolve("pool.flotilla"));
		List<Boolean> savingWhenNotified = new ArrayList<>();
		session.addListener(new PoolSession.Listener() {
			@Override
			public void stateChanged() {
				savingWhenNotified.add(session.isSaving());
			}
		});
		rename(session, "edited");
		savingWhenNotified.clear();
		assertFalse(session.isSaving());

		PoolSession.SaveTicket failing = session.prepareSave(blocker.resolve("pool.flotilla"));
		assertTrue(session.isSaving());
		assertEquals(List.of(true), savingWhenNotified, "listeners hear that a save started");
		assertThrows(java.io.IOException.class, failing::write);
		assertTrue(session.isSaving(), "saving until the model thread has finished the ticket");
		failing.finish();
		assertFalse(session.isSaving());
		assertEquals(List.of(true, false), savingWhenNotified, "listeners hear that it ended");
		assertTrue(session.isDirty(), "nothing reached disk");

		failing.finish();
		assertFalse(session.isSaving(), "finishing twice counts once");
		PoolSession.SaveTicket next = session.prepareSave(folder.resolve("pool.flotilla"));
		assertTrue(session.isSaving());
		next.write();
		next.finish();
		assertFalse(session.isSaving());
		assertFalse(session.isDirty());
	}

	@Test
	void savesOfOneSessionWriteOneAtATimeAndTheNewestEndsInTheFile() throws Exception {
		Path file = folder.resolve("pool.flotilla");
		CountDownLatch firstWriteReachedRename = new CountDownLatch(1);
		CountDownLatch letFirstWriteFinish = new CountDownLatch(1);
		AtomicInteger writes = new AtomicInteger();
		PoolStore pausingStore = new PoolStore() {
			@Override
			protected void beforeReplace(Path temp, Path target) throws IOException {
				if (writes.incrementAndGet() == 1) {
					firstWriteReachedRename.countDown();
					try {
						letFirstWriteFinish.await();
					} catch (InterruptedException e) {
						throw new java.io.InterruptedIOException();
					}
				}
			}
		};
		PoolSession session = new PoolSession(file, pausingStore);
		rename(session, "first");
		PoolSession.SaveTicket first = session.prepareSave(file);
		rename(session, "second");
		PoolSession.SaveTicket second = session.prepareSave(file);

		CompletableFuture<Boolean> firstWrite = CompletableFuture.supplyAsync(() -> writeOrFail(first));
		assertTrue(firstWriteReachedRename.await(30, TimeUnit.SECONDS), "the first write started");
		Thread secondWriter = new Thread(() -> writeOrFail(second), "second-writer");
		secondWriter.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (secondWriter.getState() != Thread.State.BLOCKED && secondWriter.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertEquals(Thread.State.BLOCKED, secondWriter.getState(), "the second write waits for the first");
		letFirstWriteFinish.countDown();
		assertTrue(firstWrite.get(30, TimeUnit.SECONDS));
		secondWriter.join(30_000);

		assertEquals("second", nameInFile(file), "the newest save is in the file");
		assertEquals(2, writes.get());
	}

	private static boolean writeOrFail(PoolSession.SaveTicket ticket) {
		try {
			return ticket.write();
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void editsSinceAMarkAreUnsavedUntilSaved() throws Exception {
		Path file = folder.resolve("pool.flotilla");
		PoolSession session = new PoolSession(file);
		rename(session, "dirty before the mark");
		long mark = session.editMark();
		assertFalse(session.hasUnsavedEditsSince(mark), "work from before the mark was already dealt with");

		rename(session, "edited while reading");
		assertTrue(session.hasUnsavedEditsSince(mark));
		session.saveAs(file);
		assertFalse(session.hasUnsavedEditsSince(mark), "saved edits are not lost by replacing the pool");

		long afterSave = session.editMark();
		session.getEditingDomain().getCommandStack().undo();
		assertTrue(session.hasUnsavedEditsSince(afterSave), "an undo is an edit too");
		long beforeSample = session.editMark();
		session.newSamplePool();
		assertTrue(session.hasUnsavedEditsSince(beforeSample), "a new unsaved sample replaced the pool");
	}
}
