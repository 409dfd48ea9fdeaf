package org.flotilla.console.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
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
 */
public final class PoolSession {

	/** Told when the pool is replaced or when the file name or dirty state changes. */
	public interface Listener {
		/** A different pool object is now the session's pool (new, opened, sample). */
		default void poolReplaced(Pool pool) {
		}

		/** The title (file name, dirty marker) may have changed. */
		default void stateChanged() {
		}
	}

	/** What {@link #prepareSave} captured: the bytes and the edit they correspond to. */
	public final class SaveTicket {
		private final byte[] content;
		private final Path target;
		private final int commandIndex;
		private final Pool pool;

		private SaveTicket(byte[] content, Path target, int commandIndex, Pool pool) {
			this.content = content;
			this.target = target;
			this.commandIndex = commandIndex;
			this.pool = pool;
		}

		/** Writes the captured content atomically (background thread). */
		public void write() throws IOException {
			store.writeAtomically(content, target);
		}

		/** Records that the content reached disk (model thread): edits made since stay dirty. */
		public void markWritten() {
			if (pool != PoolSession.this.pool) {
				return; // the pool was replaced while the write ran
			}
			file = target;
			commandStack.markSavedAt(commandIndex);
			fireStateChanged();
		}

		public Path getTarget() {
			return target;
		}
	}

	private final PoolStore store = new PoolStore();
	private final TrackingCommandStack commandStack = new TrackingCommandStack();
	private final AdapterFactoryEditingDomain domain;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final Path defaultFile;
	private Pool pool;
	private Path file;

	/**
	 * @param defaultFile where a pool that was never saved elsewhere goes (the console's
	 *        workspace), or {@code null} to always ask
	 */
	public PoolSession(Path defaultFile) {
		this.defaultFile = defaultFile;
		ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapters, commandStack);
		domain.getResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put(PoolResourceFactory.EXTENSION, new PoolResourceFactory());
		commandStack.addCommandStackListener(event -> fireStateChanged());
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
		return commandStack.isSaveNeeded() || commandStack.unsavedReplacement;
	}

	/** "pool.flotilla", with a leading '*' when dirty: what a window title shows. */
	public String getTitle() {
		String name = file != null ? file.getFileName().toString() : "Untitled pool";
		return (isDirty() ? "*" : "") + name;
	}

	/** Starts an empty pool (saved to the workspace default). */
	public void newPool() {
		install(emptyPool(), defaultFile);
	}

	/** Replaces the pool by the sample pool, ready to be saved to the workspace default. */
	public void newSamplePool() {
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
		install(opened, path);
	}

	/** Opens a file synchronously; the current pool stays when it fails. */
	public void open(Path path) throws PoolFileException {
		opened(read(path), path);
	}

	/** Captures what to save to {@code target} (model thread); write it with the ticket. */
	public SaveTicket prepareSave(Path target) throws IOException {
		byte[] content = store.serialize(pool, target.toAbsolutePath());
		return new SaveTicket(content, target.toAbsolutePath(), commandStack.index(), pool);
	}

	/** Saves synchronously to {@code target}. */
	public void saveAs(Path target) throws IOException {
		SaveTicket ticket = prepareSave(target);
		ticket.write();
		ticket.markWritten();
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

	/** A command stack that can say which edit a save captured. */
	private static final class TrackingCommandStack extends BasicCommandStack {
		/** A pool that replaced the file's content in memory (the sample) is unsaved work too. */
		boolean unsavedReplacement;

		int index() {
			return top;
		}

		void markSavedAt(int index) {
			saveIndex = index;
			unsavedReplacement = false;
			notifyListeners();
		}

		@Override
		public void flush() {
			super.flush();
			saveIndex = -1;
		}
	}
}
