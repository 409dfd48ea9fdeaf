package org.flotilla.console.ui.internal.service;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.model.Job;
import org.flotilla.model.Node;
import org.flotilla.model.Task;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.tasks.TaskStatus;

/**
 * The control service the parts and handlers use, whichever is behind it: the console's own (a pool file) or the
 * pool service's (a console connected to one). Switching needs no part to be made again.
 */
public final class SwitchableTaskControl implements TaskControl {

	private volatile TaskControl target;

	public SwitchableTaskControl(TaskControl target) {
		this.target = target;
	}

	/** Uses {@code next} from now on and returns the one used so far. */
	public TaskControl switchTo(TaskControl next) {
		TaskControl previous = target;
		target = next;
		return previous;
	}

	public TaskControl target() {
		return target;
	}

	@Override
	public ConsoleRole role() {
		return target.role();
	}

	@Override
	public CompletableFuture<Preview> preview(List<Task> newTasks) {
		return target.preview(newTasks);
	}

	@Override
	public List<Job> submit(List<Task> newTasks) {
		return target.submit(newTasks);
	}

	@Override
	public Job start(Task task) {
		return target.start(task);
	}

	@Override
	public Job stop(Task task) {
		return target.stop(task);
	}

	@Override
	public List<MoveOption> moveOptions(Task task) {
		return target.moveOptions(task);
	}

	@Override
	public Job move(Task task, Node node) {
		return target.move(task, node);
	}

	@Override
	public Job drain(Node node) {
		return target.drain(node);
	}

	@Override
	public void ready(Node node) {
		target.ready(node);
	}

	@Override
	public boolean cancel(Job job) {
		return target.cancel(job);
	}

	@Override
	public CompletableFuture<String> log(Task task, int lines) {
		return target.log(task, lines);
	}

	@Override
	public void taskReported(String nodeName, TaskStatus status) {
		target.taskReported(nodeName, status);
	}

	@Override
	public List<TaskStatus> unmanagedTasks(String nodeName) {
		return target.unmanagedTasks(nodeName);
	}

	@Override
	public void taskUsage(String nodeName, String taskName, long time, double cpuCores, double memoryBytes) {
		target.taskUsage(nodeName, taskName, time, cpuCores, memoryBytes);
	}

	@Override
	public void tick(long now) {
		target.tick(now);
	}

	@Override
	public void close() {
		target.close();
	}
}
