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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.persistence.PoolResourceFactory.PoolResource;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes pool files (XMI).
 *
 * <p>Saving is atomic: the new content goes to a temporary file in the same folder, is forced to
 * disk, the previous file is kept as {@code <name>.bak}, and only then is the temporary file
 * renamed over the target. A crash at any point leaves either the old or the new file, never a
 * half-written one.
 *
 * A file system that cannot rename atomically makes the save fail; the old file stays as it was.
 *
 * <p>Loading never writes. A file that is not a readable pool gives a {@link PoolFileException}
 * naming the file and the position of the problem. Loading opens nothing but the file it reads:
 * DOCTYPE declarations (and so external entities) are refused by the parser, and so is a file
 * that refers to objects outside itself.
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
	 *
	 * <p>A pool file may only refer to objects inside itself: a reference to another file or a URL
	 * would make the console read that file or fetch that URL when the reference is used, so such a
	 * file is refused. The file is parsed in a resource set of its own that cannot open anything
	 * else, and only moves to {@code resourceSet} once it is known to hold no such reference.
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
		return load(resourceSet, content, absolute);
	}

	/**
	 * Loads a pool from the bytes of a pool file (a snapshot kept elsewhere than in a file of its own), with the
	 * same checks as {@link #load(ResourceSet, Path)}; {@code file} names it in messages and becomes its URI.
	 */
	public Pool load(ResourceSet resourceSet, byte[] content, Path file) throws PoolFileException {
		Path absolute = file.toAbsolutePath();
		if (content.length == 0) {
			throw new PoolFileException(absolute, 1, 1, "the file is empty", null);
		}
		PoolPackage.eINSTANCE.eClass(); // make sure the package is registered before parsing
		PoolResource resource = (PoolResource) FACTORY.createResource(URI.createFileURI(absolute.toString()));
		ResourceSet isolated = new ResourceSetImpl();
		isolated.setURIConverter(new ExtensibleURIConverterImpl(List.of(new RefusingURIHandler(absolute)), List.of()));
		isolated.getResources().add(resource);
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
			refuseReferencesOutside(absolute, resource);
		} catch (PoolFileException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			throw locate(absolute, e, e);
		}
		resourceSet.getResources().add(resource); // moves it out of the isolated set
		return (Pool) resource.getContents().get(0);
	}

	/**
	 * Refuses {@code resource} when any of its references, containment or not, leads outside it.
	 * References to objects in the same file were resolved by the parser, so what is left as a
	 * proxy points elsewhere (or nowhere). Every reference is read with {@code resolve == false}:
	 * resolving one to look at it would be the very fetch this check is there to prevent.
	 */
	private static void refuseReferencesOutside(Path file, PoolResource resource) throws PoolFileException {
		Deque<InternalEObject> toVisit = new ArrayDeque<>();
		for (EObject root : resource.getContents()) {
			toVisit.push((InternalEObject) root);
		}
		while (!toVisit.isEmpty()) {
			InternalEObject owner = toVisit.pop();
			for (EReference reference : owner.eClass().getEAllReferences()) {
				if (reference.isContainer() || reference.isDerived() || !owner.eIsSet(reference)) {
					continue;
				}
				for (Object value : valuesWithoutResolving(owner, reference)) {
					InternalEObject target = (InternalEObject) value;
					if (target.eIsProxy() || target.eResource() != resource) {
						throw outsideReference(file, resource, owner, reference, target);
					}
					if (reference.isContainment()) {
						toVisit.push(target);
					}
				}
			}
		}
	}

	private static List<?> valuesWithoutResolving(InternalEObject owner, EReference reference) {
		Object value = owner.eGet(reference, false);
		if (value instanceof InternalEList<?> many) {
			return many.basicList(); // a view that hands out proxies as they are
		}
		return value == null ? List.of() : List.of(value);
	}

	private static PoolFileException outsideReference(Path file, PoolResource resource, EObject owner, EReference reference,
			InternalEObject target) {
		URI uri = target.eIsProxy() ? target.eProxyURI() : EcoreUtil.getURI(target);
		String where = uri.trimFragment().equals(resource.getURI())
				? "to #" + uri.fragment() + ", which is not in this file"
				: "to " + uri + " outside this file";
		return new PoolFileException(file, resource.lineOf(target), 0, describe(owner) + " refers (" + reference.getName() + ") "
				+ where + "; pool files may only refer to objects inside themselves", null);
	}

	/** "the task 'web-1'", "a parameter definition": an object as a sentence names it. */
	private static String describe(EObject object) {
		String kind = object.eClass().getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
		EStructuralFeature nameFeature = object.eClass().getEStructuralFeature("name");
		Object name = nameFeature instanceof EAttribute ? object.eGet(nameFeature) : null;
		return name != null ? "the " + kind + " '" + name + "'" : (kind.matches("[aeiou].*") ? "an " : "a ") + kind;
	}

	/**
	 * The URI handler of the resource set a pool file is read in: the file itself is parsed from
	 * bytes already read, so any other URI a load asks for (a referenced file, a URL, a schema, an
	 * entity) is something the file should not be able to make the console open.
	 */
	private static final class RefusingURIHandler extends URIHandlerImpl {
		private final Path file;

		RefusingURIHandler(Path file) {
			this.file = file;
		}

		@Override
		public boolean canHandle(URI uri) {
			return true;
		}

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			throw refused(uri);
		}

		@Override
		public java.io.OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
			throw refused(uri);
		}

		@Override
		public void delete(URI uri, Map<?, ?> options) throws IOException {
			throw refused(uri);
		}

		@Override
		public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
			throw refused(uri);
		}

		@Override
		public boolean exists(URI uri, Map<?, ?> options) {
			return false;
		}

		@Override
		public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
			return Map.of();
		}

		@Override
		public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
			throw refused(uri);
		}

		private IOException refused(URI uri) {
			return new IOException("reading " + file + " may not open " + uri
					+ "; pool files may only refer to objects inside themselves");
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
				replace(temp, target);
			} catch (AtomicMoveNotSupportedException e) {
				// A plain move could leave a half-written pool where the old one was: refuse instead.
				throw new IOException("the file system of " + folder + " cannot rename a file over another atomically ("
						+ e.getMessage() + "), so " + target.getFileName() + " was not replaced", e);
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

	/**
	 * Renames {@code temp} over {@code target} in one atomic step. Tests override it to simulate a
	 * file system that cannot do that.
	 */
	protected void replace(Path temp, Path target) throws IOException {
		Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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
				String message = sax.getMessage() != null && sax.getMessage().contains(PoolResourceFactory.DISALLOW_DOCTYPE)
						? "it has a DOCTYPE declaration, which pool files may not have (its entities could make the reader open"
								+ " other files or URLs)"
						: sax.getMessage();
				return new PoolFileException(file, sax.getLineNumber(), sax.getColumnNumber(), message, cause);
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
