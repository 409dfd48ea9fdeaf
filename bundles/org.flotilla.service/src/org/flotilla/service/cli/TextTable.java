package org.flotilla.service.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows in columns separated by two spaces, for people (scripts read {@code --json}). Empty cells show as
 * {@code -}; line breaks and tabs inside a cell become spaces so that a row stays one line.
 */
final class TextTable {

	private final List<String[]> rows = new ArrayList<>();
	private final int columns;

	TextTable(String... header) {
		columns = header.length;
		rows.add(header);
	}

	void row(String... cells) {
		if (cells.length != columns) {
			throw new IllegalArgumentException(cells.length + " cells for " + columns + " columns");
		}
		String[] clean = new String[columns];
		for (int i = 0; i < columns; i++) {
			String cell = cells[i] == null || cells[i].isEmpty() ? "-" : cells[i];
			clean[i] = cell.replaceAll("[\\r\\n\\t]+", " ");
		}
		rows.add(clean);
	}

	void print(PrintStream out) {
		int[] widths = new int[columns];
		for (String[] row : rows) {
			for (int i = 0; i < columns; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		StringBuilder text = new StringBuilder();
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < columns; i++) {
				line.append(row[i]);
				if (i < columns - 1) {
					line.append(" ".repeat(widths[i] - row[i].length() + 2));
				}
			}
			text.append(line.toString().stripTrailing()).append('\n');
		}
		out.print(text);
		out.flush();
	}
}
