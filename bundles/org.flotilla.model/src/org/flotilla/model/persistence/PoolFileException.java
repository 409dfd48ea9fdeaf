package org.flotilla.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A pool file that cannot be read: says which file, where in it (line and column, when the
 * parser knows), and why.
 */
public class PoolFileException extends IOException {

	private static final long serialVersionUID = 1L;

	private final Path file;
	private final int line;
	private final int column;
	private final String reason;

	public PoolFileException(Path file, int line, int column, String reason, Throwable cause) {
		super(format(file, line, column, reason), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}

	private static String format(Path file, int line, int column, String reason) {
		StringBuilder text = new StringBuilder("Cannot read pool file ").append(file);
		if (line > 0) {
			text.append(" at line ").append(line);
			if (column > 0) {
				text.append(", column ").append(column);
			}
		}
		return text.append(": ").append(reason).toString();
	}

	/** The file that could not be read. */
	public Path getFile() {
		return file;
	}

	/** The 1-based line of the problem, or 0 when unknown. */
	public int getLine() {
		return line;
	}

	/** The 1-based column of the problem, or 0 when unknown. */
	public int getColumn() {
		return column;
	}

	/** What is wrong, without the file and position. */
	public String getReason() {
		return reason;
	}
}
