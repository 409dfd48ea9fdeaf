package org.flotilla.console.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.persistence.PoolFileException;
import org.flotilla.model.persistence.PoolStore;
import org.flotilla.model.persistence.PoolResourceFactory;

/**
 * The pool a console is working on: the model, the file it belongs to, and the editing domain
 * whose command stack makes every edit undoable and tells whether there is anything to save.
 *
 * <p>Threading: the model belongs to one thread (the console's UI thread). Everything here that
 * touches the model must be called on it. The slow halves of open and save ({@link #read} and
 * {@link SaveTicket#write}) touch no model and are meant for background jobs.
 *
 * <p>Saves are serialized: a save is captured on the model thread ({@link #prepareSave}), written
 * by one writer at a time, and an older capture is never written over a newer one, so the file
 * always holds the latest saved state and the dirty marker stays on for edits that are not in it.
 */
public final class PoolSession {

	/**
	 * Where the edits of a pool held by a pool service go: the session runs each edit (a command's execute, undo
	 * or redo) through it, so that what the edit changed is sent to the service.
	 */
	public interface ServiceLink {
		/** Runs {@code edit} (model thread) and sends what it changed; {@code command} is the command it belongs to. */
		void edit(Command command, Runnable edit);

		/** How the window title names the service ("pool-service at host:port"). */
		String describe();
	}

	/** Told when the pool is replaced or when the file name or dirty state changes. */
	public interface Listener {
		/** A different pool object is now the session's pool (new, opened, sample). */
		default void poolReplaced(Pool pool) {
		}

		/** The title (file name, dirty marker) may have changed. */
		default void stateChanged() {
		}
	}

	/**
	 * One save: the bytes {@link #prepareSave} captured and the edit they correspond to. Its life:
	 * {@link #write} in the background, then {@link #finish} on the model thread, once, whatever
	 * the write did. Until then the session {@link #isSaving is saving}.
	 */
	public final class SaveTicket {
		private final byte[] content;
		private final Path target;
		/** Orders the tickets of this session by when they were captured: higher is newer. */
		private final long sequence;
		/** The command on top of the stack at capture (null: none): what the file holds is the state after it. */
		private final Command lastSavedCommand;
		private final Pool pool;
		/** {@link PoolSession#controlChanges} at capture: the control changes this content holds. */
		private final long controlChangesCaptured;
		/** Set by {@link #write} on its thread, read by {@link #finish} on the model thread. */
		private volatile boolean written;
		private boolean finished;

		private SaveTicket(byte[] content, Path target, long sequence, Command lastSavedCommand, Pool pool) {
			this.controlChangesCaptured = controlChanges;
			this.content = content;
			this.target = target;
			this.sequence = sequence;
			this.lastSavedCommand = lastSavedCommand;
			this.pool = pool;
		}

		/**
		 * Writes the captured content atomically (background thread). Writes of this session run
		 * one at a time, and a ticket captured before one whose content is already in the file is
		 * not written at all, so whatever order the writes run in, the file ends up holding the
		 * newest captured state.
		 *
		 * @return true when the file now holds this ticket's content, false when a newer save
		 *         of the same file was already written
		 */
		public boolean write() throws IOException {
			synchronized (writeLock) {
				Long newestOnDisk = newestWritten.get(target);
				if (newestOnDisk != null && newestOnDisk > sequence) {
					return false;
				}
				store.writeAtomically(content, target);
				newestWritten.put(target, sequence);
				written = true;
				return true;
			}
		}

		/**
		 * Ends this save (model thread), whether the write succeeded, failed, was superseded or
		 * never ran. When this content reached disk and no newer save has been recorded, the pool
		 * belongs to the target file and the command stack's save point moves to the captured
		 * edit: edits made since stay dirty. Calling it again does nothing.
		 */
		public void finish() {
			if (finished) {
				return;
			}
			finished = true;
			savesRunning--;
			// A pool replaced while the write ran is not the one in the file; an older ticket
			// finishing after a newer one must not move the save point back.
			if (written && pool == PoolSession.this.pool && sequence > newestRecordedSave) {
				newestRecordedSave = sequence;
				file = target;
				commandStack.markSavedAfter(lastSavedCommand);
				controlChangesSaved = Math.max(controlChangesSaved, controlChangesCaptured);
			}
			fireStateChanged();
		}

		public Path getTarget() {
			return target;
		}
	}

	private final PoolStore store;
	/** Held by the one ticket writing at a time. */
	private final Object writeLock = new Object();
	/** The sequence of the newest ticket written, per file (guarded by {@link #writeLock}). */
	private final Map<Path, Long> newestWritten = new HashMap<>();
	/** Model thread: tickets handed out so far; the next one gets the next number. */
	private long savesPrepared;
	/** Model thread: tickets prepared and not yet finished. */
	private int savesRunning;
	/** Model thread: the sequence of the newest ticket whose write was recorded by finish. */
	private long newestRecordedSave;
	/** Model thread: counts edits (execute, undo, redo) and pool replacements. */
	private long editCount;
	/** Model thread: changes the control service made to the pool (not undoable edits), counted. */
	private long controlChanges;
	/** Model thread: how many of {@link #controlChanges} the file holds. */
	private long controlChangesSaved;
	private final TrackingCommandStack commandStack = new TrackingCommandStack();
	private final AdapterFactoryEditingDomain domain;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final Path defaultFile;
	private Pool pool;
	private Path file;
	/** Model thread: set while the pool is a pool service's (every edit goes there; nothing to save). */
	private ServiceLink service;

	/**
	 * @param defaultFile where a pool that was never saved elsewhere goes (the console's
	 *        workspace), or {@code null} to always ask
	 */
	public PoolSession(Path defaultFile) {
		this(defaultFile, new PoolStore());
	}

	/**
	 * @param defaultFile as for {@link #PoolSession(Path)}
	 * @param store what writes the pool files (tests pass one that can pause a write)
	 */
	public PoolSession(Path defaultFile, PoolStore store) {
		this.defaultFile = defaultFile;
		this.store = store;
		ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapters, commandStack);
		domain.getResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put(PoolResourceFactory.EXTENSION, new PoolResourceFactory());
		commandStack.addCommandStackListener(event -> {
			editCount++;
			fireStateChanged();
		});
		install(emptyPool(), defaultFile);
	}

	public Pool getPool() {
		return pool;
	}

	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** The file the pool is saved to, if it has one. */
	public Optional<Path> getFile() {
		return Optional.ofNullable(file);
	}

	/** True when there are edits that are not on disk. */
	public boolean isDirty() {
		if (service != null) {
			return false; // the service made every accepted edit durable
		}
		return commandStack.isSaveNeeded() || commandStack.unsavedReplacement || controlChanges != controlChangesSaved;
	}

	/**
	 * Records that the control service changed the pool (model thread): it started, stopped or moved a task,
	 * added submitted tasks, or ran a job. Such changes are applied directly, not through the command stack
	 * (undo must never take back a start), but they are not in the file yet: the pool is dirty until a save
	 * made after this call is written.
	 */
	public void controlChanged() {
		boolean wasDirty = isDirty();
		controlChanges++;
		if (!wasDirty) {
			fireStateChanged();
		}
	}

	/** "pool.flotilla", with a leading '*' when dirty: what a window title shows. */
	public String getTitle() {
		if (service != null) {
			return pool.getName() + " @ " + service.describe();
		}
		String name = file != null ? file.getFileName().toString() : "Untitled pool";
		return (isDirty() ? "*" : "") + name;
	}

	/** True while a save of this session is captured and not finished: Save waits for it. */
	public boolean isSaving() {
		return savesRunning > 0;
	}

	/**
	 * A mark of the pool's edits so far (model thread), for {@link #hasUnsavedEditsSince}: taken
	 * when a slow operation starts that will replace the pool, such as reading a file.
	 */
	public long editMark() {
		return editCount;
	}

	/**
	 * True when the pool was edited (or replaced) after {@code mark} was taken and those edits are
	 * not saved (model thread): replacing the pool now would lose work the user has not yet agreed
	 * to lose.
	 */
	public boolean hasUnsavedEditsSince(long mark) {
		return editCount != mark && isDirty();
	}

	/**
	 * Makes {@code replica}, a pool service's pool as a console received it, the session's pool (model thread):
	 * from now on every edit goes through {@code link}, and there is nothing to save.
	 */
	public void attachToService(Pool replica, ServiceLink link) {
		service = java.util.Objects.requireNonNull(link, "link");
		install(replica, null);
	}

	/** Leaves the pool service: an empty local pool again (model thread). */
	public void detachFromService() {
		service = null;
		install(emptyPool(), defaultFile);
	}

	private void requireLocal() {
		if (service != null) {
			throw new IllegalStateException("this console shows the pool of " + service.describe()
					+ ": every change goes there; disconnect from the service to work on a pool file");
		}
	}

	/** True while the pool is a pool service's. */
	public boolean isServiceBacked() {
		return service != null;
	}

	/**
	 * Takes {@code command} out of the undo history (model thread): the service refused what it did, and the
	 * copy was put back to the service's values, so neither undoing nor redoing it means anything any more.
	 */
	public void forget(Command command) {
		commandStack.forget(command);
	}

	/** Starts an empty pool (saved to the workspace default). */
	public void newPool() {
		requireLocal();
		install(emptyPool(), defaultFile);
	}

	/** Replaces the pool by the sample pool, ready to be saved to the workspace default. */
	public void newSamplePool() {
		requireLocal();
		install(SamplePools.create(), defaultFile);
		commandStack.unsavedReplacement = true;
		fireStateChanged();
	}

	/** Reads a pool file into a detached pool: disk work, no session state (any thread). */
	public static Pool read(Path path) throws PoolFileException {
		return new PoolStore().load(new ResourceSetImpl(), path);
	}

	/** Makes a pool read by {@link #read} the session's pool (model thread). */
	public void opened(Pool opened, Path path) {
		requireLocal();
		install(opened, path);
	}

	/** Opens a file synchronously; the current pool stays when it fails. */
	public void open(Path path) throws PoolFileException {
		opened(read(path), path);
	}

	/**
	 * Captures what to save to {@code target} (model thread); write it with the ticket, then
	 * finish the ticket. The session is {@link #isSaving saving} until it is finished.
	 */
	public SaveTicket prepareSave(Path target) throws IOException {
		Path absolute = target.toAbsolutePath().normalize();
		byte[] content = store.serialize(pool, absolute);
		SaveTicket ticket = new SaveTicket(content, absolute, ++savesPrepared, commandStack.topCommand(), pool);
		savesRunning++;
		fireStateChanged();
		return ticket;
	}

	/** Saves synchronously to {@code target}. */
	public void saveAs(Path target) throws IOException {
		SaveTicket ticket = prepareSave(target);
		try {
			ticket.write();
		} finally {
			ticket.finish();
		}
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	private void install(Pool newPool, Path newFile) {
		List<Resource> old = List.copyOf(domain.getResourceSet().getResources());
		Resource resource = newPool.eResource();
		if (resource == null) {
			resource = domain.getResourceSet().createResource(org.eclipse.emf.common.util.URI.createFileURI(
					(newFile != null ? newFile : Path.of("untitled." + PoolResourceFactory.EXTENSION)).toAbsolutePath().toString()));
			resource.getContents().add(newPool);
		} else {
			domain.getResourceSet().getResources().add(resource); // moves it from the reader's set
		}
		for (Resource stale : old) {
			if (stale != resource) {
				domain.getResourceSet().getResources().remove(stale);
			}
		}
		pool = newPool;
		file = newFile;
		commandStack.flush();
		commandStack.unsavedReplacement = false;
		controlChangesSaved = controlChanges;
		for (Listener listener : listeners) {
			listener.poolReplaced(newPool);
		}
		fireStateChanged();
	}

	private static Pool emptyPool() {
		Pool empty = PoolFactory.eINSTANCE.createPool();
		empty.setName("New pool");
		return empty;
	}

	private void fireStateChanged() {
		for (Listener listener : listeners) {
			listener.stateChanged();
		}
	}

	/** A command stack that can say which edit a save captured, and sends edits to a pool service. */
	private final class TrackingCommandStack extends BasicCommandStack {

		@Override
		public void execute(Command command) {
			if (service == null || command == null || !command.canExecute()) {
				super.execute(command);
			} else {
				service.edit(command, () -> super.execute(command));
			}
		}

		@Override
		public void undo() {
			if (service == null || !canUndo()) {
				super.undo();
			} else {
				service.edit(getUndoCommand(), super::undo);
			}
		}

		@Override
		public void redo() {
			if (service == null || !canRedo()) {
				super.redo();
			} else {
				service.edit(getRedoCommand(), super::redo);
			}
		}

		void forget(Command command) {
			int at = commandList.indexOf(command);
			if (at < 0) {
				return;
			}
			commandList.remove(at);
			if (at <= top) {
				top--;
			}
			saveIndex = -2;
			notifyListeners();
		}

		/** A pool that replaced the file's content in memory (the sample) is unsaved work too. */
		boolean unsavedReplacement;

		/** The command whose result a save made now would hold, or null before any command. */
		Command topCommand() {
			return top >= 0 ? commandList.get(top) : null;
		}

		/**
		 * Marks the state after {@code command} (null: before any command) as the one on disk. The
		 * command is looked up rather than remembered by position: after an undo and a new edit
		 * the position holds a different command, and the saved state is then nowhere on the
		 * stack, so every state is unsaved until the next save.
		 */
		void markSavedAfter(Command command) {
			saveIndex = command == null ? -1 : commandList.indexOf(command);
			if (command != null && saveIndex < 0) {
				saveIndex = -2; // BasicCommandStack: a save is needed whatever the top
			}
			unsavedReplacement = false;
		}

		@Override
		public void flush() {
			super.flush();
			saveIndex = -1;
		}
	}
}
