package org.flotilla.agent.internal.tasks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A task's output file ({@code output.log}, stdout and stderr together) and its one older generation
 * ({@code output.log.1}). The task writes the file itself (opened for appending, so the task does not depend on the
 * agent being alive); the agent rotates it by copying its last {@value #ROTATE_BYTES} bytes aside and cutting it to
 * zero, which a writer in append mode follows (a line written during that moment may be lost).
 */
public final class OutputLog {

	/** Rotated when bigger than this (checked at every report interval). */
	public static final long ROTATE_BYTES = 1L << 20;
	/** The most a tail answer holds. */
	public static final int TAIL_BYTES = 64 * 1024;

	/** The last lines of the output. */
	public record Tail(String text, boolean truncated) {
	}

	private OutputLog() {
	}

	public static Path older(Path file) {
		return file.resolveSibling(file.getFileName() + ".1");
	}

	/** Rotates {@code file} when it has grown past {@link #ROTATE_BYTES}; true when it did. */
	public static boolean rotateIfFull(Path file) throws IOException {
		if (!Files.isRegularFile(file) || Files.size(file) <= ROTATE_BYTES) {
			return false;
		}
		Path older = older(file);
		Path temporary = file.resolveSibling(file.getFileName() + ".rotating");
		try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
				FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
						StandardOpenOption.TRUNCATE_EXISTING)) {
			long size = in.size();
			long from = Math.max(0, size - ROTATE_BYTES);
			long copied = 0;
			while (copied < size - from) {
				copied += in.transferTo(from + copied, size - from - copied, out);
			}
			in.truncate(0);
		}
		Files.move(temporary, older, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return true;
	}

	/**
	 * The last {@code lines} lines of the output (the older generation first when the current file holds fewer), at
	 * most {@link #TAIL_BYTES} bytes; {@code truncated} when older output was left out.
	 */
	public static Tail tail(Path file, int lines) throws IOException {
		byte[] current = last(file, TAIL_BYTES);
		long currentSize = Files.isRegularFile(file) ? Files.size(file) : 0;
		byte[] both = current;
		boolean more = currentSize > current.length;
		if (!more && current.length < TAIL_BYTES) {
			Path older = older(file);
			byte[] before = last(older, TAIL_BYTES - current.length);
			more = Files.isRegularFile(older) && Files.size(older) > before.length;
			both = new byte[before.length + current.length];
			System.arraycopy(before, 0, both, 0, before.length);
			System.arraycopy(current, 0, both, before.length, current.length);
		}
		if (both.length == 0) {
			return new Tail("", more);
		}
		String text = new String(both, StandardCharsets.UTF_8);
		Deque<String> kept = new ArrayDeque<>();
		int end = text.endsWith("\n") ? text.length() - 1 : text.length();
		boolean cut = false;
		while (end >= 0) {
			int start = text.lastIndexOf('\n', end - 1);
			if (kept.size() == lines) {
				cut = true;
				break;
			}
			if (start < 0 && (more || both.length == TAIL_BYTES)) {
				cut = true; // a partial first line: its start lies before what was read
				break;
			}
			kept.addFirst(text.substring(start + 1, end));
			if (start < 0) {
				break;
			}
			end = start;
		}
		return new Tail(kept.isEmpty() ? "" : String.join("\n", kept) + "\n", cut || more);
	}

	private static byte[] last(Path file, int maximum) throws IOException {
		if (maximum <= 0 || !Files.isRegularFile(file)) {
			return new byte[0];
		}
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			int length = (int) Math.min(size, maximum);
			ByteBuffer buffer = ByteBuffer.allocate(length);
			long at = size - length;
			while (buffer.hasRemaining()) {
				int n = channel.read(buffer, at + buffer.position());
				if (n < 0) {
					break;
				}
			}
			byte[] bytes = new byte[buffer.position()];
			System.arraycopy(buffer.array(), 0, bytes, 0, bytes.length);
			return bytes;
		}
	}
}
