package org.flotilla.console.ui.internal.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flotilla.model.Task;

/**
 * The rows a virtual task table shows: the pool's tasks that pass the filter, in the chosen order, and
 * each task's row index (so a selection made elsewhere finds its row without touching every row).
 * Computed once per batch of model changes; the table asks only for the rows it paints.
 */
public final class TaskRows {

	private final Task[] rows;
	private final Map<Task, Integer> indexOf;
	private final int total;

	private TaskRows(Task[] rows, int total) {
		this.rows = rows;
		this.total = total;
		indexOf = new HashMap<>(rows.length * 2);
		for (int i = 0; i < rows.length; i++) {
			indexOf.put(rows[i], i);
		}
	}

	/** The tasks of {@code all} that match {@code filter}, sorted by {@code order} (reversed when {@code descending}). */
	public static TaskRows of(List<Task> all, String filter, Comparator<Task> order, boolean descending) {
		String wanted = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
		List<Task> kept = new ArrayList<>(all.size());
		for (Task task : all) {
			if (TaskColumns.matches(task, wanted)) {
				kept.add(task);
			}
		}
		kept.sort(descending ? order.reversed() : order);
		return new TaskRows(kept.toArray(Task[]::new), all.size());
	}

	public static TaskRows empty() {
		return new TaskRows(new Task[0], 0);
	}

	public int size() {
		return rows.length;
	}

	/** How many tasks the pool has, shown or not. */
	public int total() {
		return total;
	}

	public Task get(int index) {
		return index >= 0 && index < rows.length ? rows[index] : null;
	}

	/** The row of {@code task}, or -1 when it is filtered out or gone. */
	public int indexOf(Task task) {
		return indexOf.getOrDefault(task, -1);
	}

	public List<Task> list() {
		return List.of(rows);
	}
}
