package org.flotilla.model.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolPackage;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes pool files (XMI).
 *
 * <p>Saving is atomic: the new content goes to a temporary file in the same folder, is forced to
 * disk, the previous file is kept as {@code <name>.bak}, and only then is the temporary file
 * renamed over the target. A crash at any point leaves either the old or the new file, never a
 * half-written one.
 *
 * <p>Loading never writes. A file that is not a readable pool gives a {@link PoolFileException}
 * naming the file and the position of the problem.
 */
public class PoolStore {

	/** Suffix of the one backup kept beside a saved pool file. */
	public static final String BACKUP_SUFFIX = ".bak";

	private static final PoolResourceFactory FACTORY = new PoolResourceFactory();

	/** Loads the pool in {@code file} into a new resource set. */
	public Pool load(Path file) throws PoolFileException {
		return load(new ResourceSetImpl(), file);
	}

	/**
	 * Loads the pool in {@code file} into a new resource of {@code resourceSet}. On failure the
	 * resource set is left as it was.
	 */
	public Pool load(ResourceSet resourceSet, Path file) throws PoolFileException {
		Path absolute = file.toAbsolutePath();
		byte[] content;
		try {
			content = Files.readAllBytes(absolute);
		} catch (NoSuchFileException e) {
			throw new PoolFileException(absolute, 0, 0, "the file does not exist", e);
		} catch (IOException e) {
			throw new PoolFileException(absolute, 0, 0, "the file cannot be read (" + e.getMessage() + ")", e);
		}
		if (content.length == 0) {
			throw new PoolFileException(absolute, 1, 1, "the file is empty", null);
		}
		PoolPackage.eINSTANCE.eClass(); // make sure the package is registered before parsing
		Resource resource = FACTORY.createResource(URI.createFileURI(absolute.toString()));
		resourceSet.getResources().add(resource);
		try (InputStream in = new java.io.ByteArrayInputStream(content)) {
			resource.load(in, Map.of());
			if (!resource.getErrors().isEmpty()) {
				throw locate(absolute, resource.getErrors().get(0), null);
			}
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Pool)) {
				EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
				throw new PoolFileException(absolute, 0, 0, "it holds no pool" + (root == null ? ""
						: " (its root element is a " + root.eClass().getName() + ")"), null);
			}
			return (Pool) resource.getContents().get(0);
		} catch (PoolFileException e) {
			resourceSet.getResources().remove(resource);
			throw e;
		} catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw locate(absolute, e, e);
		}
	}

	/**
	 * Saves {@code pool} to {@code file} atomically, keeping the previous file as the backup.
	 * When the pool is in a resource, that resource takes {@code file} as its URI.
	 */
	public void save(Pool pool, Path file) throws IOException {
		byte[] content = serialize(pool, file);
		writeAtomically(content, file);
		pool.eResource().setModified(false);
	}

	/**
	 * Turns {@code pool} into the bytes of a pool file that will live at {@code file}. This is
	 * the only step that reads the model, so a console does it on the thread that owns the model
	 * and leaves {@link #writeAtomically} to a background job.
	 */
	public byte[] serialize(Pool pool, Path file) throws IOException {
		URI uri = URI.createFileURI(file.toAbsolutePath().toString());
		Resource resource = pool.eResource();
		if (resource == null) {
			resource = FACTORY.createResource(uri);
			new ResourceSetImpl().getResources().add(resource);
			resource.getContents().add(pool);
		} else {
			resource.setURI(uri);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		resource.save(bytes, Map.of());
		return bytes.toByteArray();
	}

	/**
	 * Writes {@code content} to {@code file}: temporary file in the same folder, forced to disk,
	 * previous file kept as the backup, then an atomic rename over the target.
	 */
	public void writeAtomically(byte[] content, Path file) throws IOException {
		Path target = file.toAbsolutePath();
		Path folder = target.getParent();
		Files.createDirectories(folder);
		Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
		boolean replaced = false;
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			if (Files.exists(target)) {
				keepBackup(target);
			}
			beforeReplace(temp, target);
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			replaced = true;
			forceFolder(folder);
		} finally {
			if (!replaced) {
				Files.deleteIfExists(temp);
			}
		}
	}

	/** The backup kept for {@code file} by {@link #save}. */
	public static Path backupOf(Path file) {
		return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
	}

	/**
	 * Called after the new content is safely on disk and before it replaces the target. Tests
	 * override it to simulate a crash at the worst moment.
	 */
	protected void beforeReplace(Path temp, Path target) throws IOException {
		// nothing by default
	}

	private static void keepBackup(Path target) throws IOException {
		Path backup = backupOf(target);
		Files.deleteIfExists(backup);
		try {
			// A hard link keeps the old content without copying it; the rename that follows
			// replaces only the target's directory entry.
			Files.createLink(backup, target);
		} catch (IOException | UnsupportedOperationException e) {
			Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// Some file systems cannot sync a directory; the rename is still atomic.
		}
	}

	private static PoolFileException locate(Path file, Object problem, Throwable cause) {
		Throwable walk = problem instanceof Throwable t ? t : null;
		if (problem instanceof Resource.Diagnostic diagnostic && walk == null) {
			return new PoolFileException(file, diagnostic.getLine(), diagnostic.getColumn(), diagnostic.getMessage(), cause);
		}
		String reason = null;
		while (walk != null) {
			if (walk instanceof SAXParseException sax) {
				return new PoolFileException(file, sax.getLineNumber(), sax.getColumnNumber(), sax.getMessage(), cause);
			}
			if (walk instanceof Resource.Diagnostic diagnostic && diagnostic.getLine() > 0) {
				return new PoolFileException(file, diagnostic.getLine(), diagnostic.getColumn(), diagnostic.getMessage(), cause);
			}
			if (reason == null && walk.getMessage() != null && !(walk instanceof Resource.IOWrappedException)) {
				reason = walk.getMessage();
			}
			walk = walk.getCause() == walk ? null : walk.getCause();
		}
		return new PoolFileException(file, 0, 0, reason != null ? reason : String.valueOf(problem), cause);
	}
}
