package org.flotilla.console.ui.internal.tasks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Writes a table as CSV (RFC 4180: fields with commas, quotes or line breaks quoted, quotes doubled; UTF-8,
 * CRLF). The UI thread only takes the cells' texts; the file is written by a job, to a temporary file
 * renamed over the target, so a failed export leaves no half file.
 */
public final class CsvExport {

	/** Family of the export jobs, so tests can wait for them. */
	public static final Object FAMILY = CsvExport.class;

	private CsvExport() {
	}

	/** The cells of {@code rows} by {@code columns}: call on the model (UI) thread. */
	public static <T> List<String[]> cells(List<T> rows, List<String> header, List<Function<T, String>> columns) {
		List<String[]> cells = new java.util.ArrayList<>(rows.size() + 1);
		cells.add(header.toArray(String[]::new));
		for (T row : rows) {
			String[] line = new String[columns.size()];
			for (int i = 0; i < line.length; i++) {
				line[i] = columns.get(i).apply(row);
			}
			cells.add(line);
		}
		return cells;
	}

	/** Asks where to save, then writes {@code cells} (header first) in a job; errors are shown in a dialog naming the file. */
	public static Job exportAsked(Shell shell, String suggestedName, List<String[]> cells) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Export CSV");
		dialog.setFilterExtensions(new String[] { "*.csv", "*.*" });
		dialog.setFileName(suggestedName);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return chosen == null ? null : write(shell.getDisplay(), Path.of(chosen), cells);
	}

	/** Writes {@code cells} to {@code file} in a job. */
	public static Job write(Display display, Path file, List<String[]> cells) {
		Job job = new Job("Exporting " + (cells.size() - 1) + " rows to " + file.getFileName()) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				try {
					writeNow(file, cells);
				} catch (IOException e) {
					String message = "Cannot write " + file + ": " + e.getMessage();
					if (display != null && !display.isDisposed()) {
						display.asyncExec(() -> MessageDialog.openError(null, "Cannot export CSV", message));
					} else {
						org.eclipse.core.runtime.Platform.getLog(CsvExport.class).warn(message);
					}
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** Writes the file now, on the calling thread. */
	static void writeNow(Path file, List<String[]> cells) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
		try {
			try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				for (String[] row : cells) {
					out.write(line(row));
					out.write("\r\n");
				}
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** One CSV line, without its line break. */
	public static String line(String... fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			String field = fields[i] == null ? "" : fields[i];
			if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
				line.append('"').append(field.replace("\"", "\"\"")).append('"');
			} else {
				line.append(field);
			}
		}
		return line.toString();
	}
}
