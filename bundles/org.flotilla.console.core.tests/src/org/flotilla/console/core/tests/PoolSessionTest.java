package org.flotilla.console.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.flotilla.console.core.PoolSession;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.persistence.PoolFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoolSessionTest {

	@TempDir
	Path folder;

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
		ticket.markWritten();
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
		ticket.markWritten();
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
}
