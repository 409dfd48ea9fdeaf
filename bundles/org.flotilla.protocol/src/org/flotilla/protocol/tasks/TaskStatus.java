package org.flotilla.protocol.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.flotilla.protocol.Message;

/**
 * What an agent says about one task: in a {@code task} event (pushed on every change) and per task in the
 * answer to {@code task-status} (see {@code docs/tasks.md}).
 *
 * @param exitCode  the last process's exit code, null when there is none
 * @param reason    why it is in this state (why it failed or restarts); "" when there is nothing to say
 * @param startedAt when its current process started (epoch ms; 0 when none runs)
 */
public record TaskStatus(String id, long epoch, State state, long pid, Integer exitCode, int restarts, String kind,
		String reason, long startedAt) {

	/** The kind of event an agent pushes when a task changes state. */
	public static final String EVENT = "task";

	public enum State {
		STARTING, RUNNING, RESTARTING, EXITED, FAILED, STOPPED;

		public String wireName() {
			return name().toLowerCase();
		}

		public static State of(String wireName) {
			for (State state : values()) {
				if (state.wireName().equals(wireName)) {
					return state;
				}
			}
			throw new IllegalArgumentException("unknown task state '" + wireName + "'");
		}
	}

	public TaskStatus {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(state, "state");
		kind = kind == null ? "" : kind;
		reason = reason == null ? "" : reason;
	}

	/** The {@code task} event of this status. */
	public Message.Event toEvent(long timestampMillis) {
		Map<String, String> attributes = new LinkedHashMap<>();
		write(attributes, "");
		return new Message.Event(EVENT, timestampMillis, attributes);
	}

	/** Reads a {@code task} event; null when it is not one or makes no sense. */
	public static TaskStatus fromEvent(Message.Event event) {
		if (!EVENT.equals(event.kind())) {
			return null;
		}
		return read(event.attributes(), "", event.attributes().get("task"));
	}

	/** The {@code task-status} answer for these tasks. */
	public static Map<String, String> toValues(List<TaskStatus> statuses) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("tasks", String.join(",", statuses.stream().map(TaskStatus::id).toList()));
		for (TaskStatus status : statuses) {
			status.write(values, status.id() + ".");
		}
		return values;
	}

	/** Reads a {@code task-status} answer; entries that make no sense are left out. */
	public static List<TaskStatus> fromValues(Map<String, String> values) {
		List<TaskStatus> result = new ArrayList<>();
		String ids = values.getOrDefault("tasks", "");
		if (ids.isEmpty()) {
			return result;
		}
		for (String id : ids.split(",")) {
			TaskStatus status = read(values, id + ".", id);
			if (status != null) {
				result.add(status);
			}
		}
		return result;
	}

	private void write(Map<String, String> map, String prefix) {
		map.put(prefix + "task", id);
		map.put(prefix + "epoch", Long.toString(epoch));
		map.put(prefix + "state", state.wireName());
		map.put(prefix + "pid", Long.toString(pid));
		if (exitCode != null) {
			map.put(prefix + "exitCode", Integer.toString(exitCode));
		}
		map.put(prefix + "restarts", Integer.toString(restarts));
		map.put(prefix + "kind", kind);
		map.put(prefix + "reason", reason);
		map.put(prefix + "startedAt", Long.toString(startedAt));
	}

	private static TaskStatus read(Map<String, String> map, String prefix, String id) {
		try {
			if (id == null || !TaskSpec.ID.matcher(id).matches()) {
				return null;
			}
			String exit = map.get(prefix + "exitCode");
			return new TaskStatus(id, Long.parseLong(map.getOrDefault(prefix + "epoch", "0")),
					State.of(map.getOrDefault(prefix + "state", "")), Long.parseLong(map.getOrDefault(prefix + "pid", "0")),
					exit == null || exit.isEmpty() ? null : Integer.valueOf(exit),
					Integer.parseInt(map.getOrDefault(prefix + "restarts", "0")), map.get(prefix + "kind"),
					map.get(prefix + "reason"), Long.parseLong(map.getOrDefault(prefix + "startedAt", "0")));
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
