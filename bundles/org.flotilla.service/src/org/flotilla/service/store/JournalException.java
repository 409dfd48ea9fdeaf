package org.flotilla.service.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The pool journal's files hold something it cannot recover safely, or cannot be used: the message names the file
 * and, where it matters, the byte offset, so that an operator can look at the exact place. Refusing is how the
 * journal keeps its promise that no acknowledged change is silently lost.
 */
public class JournalException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final long offset;
	private final String problem;

	/** A problem at {@code offset} bytes into {@code file}. */
	public JournalException(Path file, long offset, String problem) {
		super(file + " at byte " + offset + ": " + problem);
		this.file = file;
		this.offset = offset;
		this.problem = problem;
	}

	/** A problem with {@code file} as a whole (e.g. it is in use by another process). */
	public JournalException(Path file, String problem) {
		super(file + ": " + problem);
		this.file = file;
		this.offset = -1;
		this.problem = problem;
	}

	/** The file concerned. */
	public Path file() {
		return file;
	}

	/** What is wrong, without the file and offset. */
	public String problem() {
		return problem;
	}

	/** The byte offset in {@link #file()} where the problem is, or -1 when it concerns the whole file. */
	public long offset() {
		return offset;
	}
}
