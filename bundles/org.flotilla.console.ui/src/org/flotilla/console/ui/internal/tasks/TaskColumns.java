package org.flotilla.console.ui.internal.tasks;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.flotilla.model.Task;

/** The Tasks part's columns: title, width, cell text and sort order; the CSV export writes the same. */
public final class TaskColumns {

	/** One column. */
	public record Column(String title, int width, Function<Task, String> text, Comparator<Task> order) {
	}

	private static final Comparator<Task> BY_NAME = Comparator.comparing(t -> String.valueOf(t.getName()));

	public static final List<Column> ALL = List.of(
			new Column("Task", 150, t -> String.valueOf(t.getName()), BY_NAME),
			new Column("State", 170, TaskTexts::state, Comparator.comparing((Task t) -> t.getState().getLiteral()).thenComparing(BY_NAME)),
			new Column("Node", 110, TaskTexts::node, Comparator.comparing(TaskTexts::node).thenComparing(BY_NAME)),
			new Column("Kind", 60, TaskTexts::kind, Comparator.comparing(Task::getKind).thenComparing(BY_NAME)),
			new Column("Declared demand", 140, TaskTexts::declaredDemand,
					Comparator.comparingDouble(Task::getCpuDemand).thenComparingLong(Task::getMemoryDemand).thenComparing(BY_NAME)),
			new Column("Placement demand", 230, TaskTexts::placementDemand,
					Comparator.comparingDouble(Task::getPredictedCpuDemand).thenComparingLong(Task::getPredictedMemoryDemand)
							.thenComparing(BY_NAME)),
			new Column("CPU", 80, TaskTexts::observedCpu,
					Comparator.comparingDouble((Task t) -> TaskTexts.isLive(t) ? t.getCpuUsage() : -1).thenComparing(BY_NAME)),
			new Column("Memory", 80, TaskTexts::observedMemory,
					Comparator.comparingLong((Task t) -> TaskTexts.isLive(t) ? t.getMemoryUsage() : -1).thenComparing(BY_NAME)),
			new Column("Restarts", 70, TaskTexts::restarts, Comparator.comparingInt(Task::getRestarts).thenComparing(BY_NAME)),
			new Column("Last exit", 70, TaskTexts::lastExit,
					Comparator.comparing((Task t) -> t.getExitCode(), Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(BY_NAME)),
			new Column("Epoch", 60, TaskTexts::epoch, Comparator.comparingLong(Task::getEpoch).thenComparing(BY_NAME)));

	private TaskColumns() {
	}

	/** Whether the filter text (lower case, trimmed) matches the task's name, node, state, kind or a label it needs. */
	public static boolean matches(Task task, String wanted) {
		if (wanted.isEmpty()) {
			return true;
		}
		return contains(task.getName(), wanted) || task.getNode() != null && contains(task.getNode().getName(), wanted)
				|| contains(TaskTexts.state(task), wanted) || task.getKind().getLiteral().equals(wanted)
				|| task.getRequiredLabels().stream().anyMatch(l -> contains(l, wanted));
	}

	private static boolean contains(String text, String wanted) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
	}
}
