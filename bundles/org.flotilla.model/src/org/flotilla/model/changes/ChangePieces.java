package org.flotilla.model.changes;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the text of a batch of changes ({@link ChangeCodec}) into pieces of bounded size that can each be applied on
 * its own, by a {@link ChangeApplier#apply} of its own, in order (a batch too large for one message).
 *
 * <p>Not every line end will do: an object a batch creates is described by its {@code C} line, then its values,
 * and placed by the operation after them; {@link ChangeApplier#apply} forgets, when it returns, the objects it
 * created and did not place. A piece that ended between an object's creation and its placement would leave the next
 * piece setting values of an object nobody knows. A piece therefore ends just before a creation that follows an
 * operation of another kind: by then every object created before has been placed (the recorder and
 * {@link ChangeDescriptions} always place what they create right after describing it).
 */
public final class ChangePieces {

	private ChangePieces() {
	}

	/**
	 * Pieces of {@code ops} (encoded operations, one per line) of at most {@code maximumCharacters} each, cut where
	 * every object created before the cut is placed. Only a single creation (an object with everything it
	 * contains) longer than {@code maximumCharacters} is cut elsewhere, at a line end, and cannot then be applied
	 * piece by piece.
	 */
	public static List<String> split(String ops, int maximumCharacters) {
		if (maximumCharacters < 1) {
			throw new IllegalArgumentException("pieces need at least one character, not " + maximumCharacters);
		}
		List<String> pieces = new ArrayList<>();
		int start = 0;
		while (start < ops.length()) {
			int end = Math.min(ops.length(), start + maximumCharacters);
			if (end < ops.length()) {
				int cut = lastPlacedCut(ops, start, end);
				if (cut < 0) {
					int lineEnd = ops.lastIndexOf('\n', end - 1);
					cut = lineEnd > start ? lineEnd + 1 : end;
				}
				end = cut;
			}
			pieces.add(ops.substring(start, end));
			start = end;
		}
		return pieces;
	}

	/**
	 * The last line start in {@code (start, end]} where a creation follows an operation of another kind, or -1.
	 */
	private static int lastPlacedCut(String ops, int start, int end) {
		// Line starts at or before end, from the last one back: the character after a line end.
		int lineEnd = ops.lastIndexOf('\n', end - 1);
		while (lineEnd >= start) {
			int lineStart = lineEnd + 1;
			int previousLineEnd = ops.lastIndexOf('\n', lineEnd - 1);
			int previousLineStart = previousLineEnd < start ? start : previousLineEnd + 1;
			if (lineStart > start && lineStart < ops.length() && ops.charAt(lineStart) == 'C'
					&& ops.charAt(previousLineStart) != 'C') {
				return lineStart;
			}
			lineEnd = previousLineEnd;
		}
		return -1;
	}
}
