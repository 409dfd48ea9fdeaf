package org.flotilla.packages;

import java.io.IOException;

/**
 * A package archive, manifest or template that cannot be used. The message always says where (the archive or file,
 * and the key or entry) and what (the value and why it is wrong), because it ends up in front of an administrator on
 * a job, far from the file. An {@link IOException}, so that callers that read files handle it with the I/O they do.
 */
public class PackageFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	private final String source;
	private final String key;
	private final String value;

	/**
	 * @param source the archive or file name
	 * @param key    the manifest key or archive entry at fault; null when the whole source is
	 * @param value  the value at fault; null when there is none
	 * @param detail what is wrong and, where it helps, what is allowed
	 */
	public PackageFormatException(String source, String key, String value, String detail) {
		super(message(source, key, value, detail));
		this.source = source;
		this.key = key;
		this.value = value;
	}

	public PackageFormatException(String source, String key, String value, String detail, Throwable cause) {
		this(source, key, value, detail);
		initCause(cause);
	}

	private static String message(String source, String key, String value, String detail) {
		StringBuilder b = new StringBuilder(source);
		if (key != null) {
			b.append(": ").append(key);
			if (value != null) {
				b.append(" = '").append(shorten(value)).append('\'');
			}
		}
		return b.append(": ").append(detail).toString();
	}

	/** Values come from files anyone may have written: long ones are cut so that a message stays readable. */
	static String shorten(String value) {
		String oneLine = value.replace("\n", "\\n").replace("\r", "\\r");
		return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
	}

	/** The archive or file name. */
	public String source() {
		return source;
	}

	/** The manifest key or archive entry at fault, or null. */
	public String key() {
		return key;
	}

	/** The value at fault, or null. */
	public String value() {
		return value;
	}
}
