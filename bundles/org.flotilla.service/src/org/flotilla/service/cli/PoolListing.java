package org.flotilla.service.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.flotilla.model.Group;
import org.flotilla.model.GroupKind;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;
import org.flotilla.model.Task;

/**
 * What {@code flotilla nodes} and {@code flotilla tasks} print: rows read from the pool on its model thread (so
 * that the model is never read from two threads), then printed as a table or as JSON. The JSON shapes are
 * documented in {@code docs/cli.md}; a field is only ever added, never renamed or removed.
 */
final class PoolListing {

	private PoolListing() {
	}

	/** One node: {@code site} and {@code rack} are its nearest groups of those kinds, {@code groups} the path. */
	record NodeRow(String id, String name, String state, String site, String rack, List<String> groups, String address,
			double cpuCapacity, long memoryCapacityMib, int tasks, List<String> labels) {
	}

	/** One task. */
	record TaskRow(String id, String name, String state, String node, String kind, double cpuDemand, long memoryDemandMib,
			long epoch, String stateReason, Integer exitCode, boolean desiredRunning) {
	}

	/** Model thread. The nodes in the pool's order (groups depth first, as the console's tree shows them). */
	static List<NodeRow> nodes(Pool pool) {
		List<NodeRow> rows = new ArrayList<>();
		for (Node node : pool.getAllNodes()) {
			List<String> groups = new ArrayList<>();
			String site = null;
			String rack = null;
			for (EObject container = node.eContainer(); container instanceof Group group; container = group.eContainer()) {
				groups.add(0, group.getName());
				if (site == null && group.getKind() == GroupKind.SITE) {
					site = group.getName();
				}
				if (rack == null && group.getKind() == GroupKind.RACK) {
					rack = group.getName();
				}
			}
			rows.add(new NodeRow(id(node), node.getName(), node.getState().getLiteral(), site, rack, List.copyOf(groups),
					node.getAddress(), node.getCpuCapacity(), node.getMemoryCapacity(), node.getTasks().size(),
					List.copyOf(node.getLabels())));
		}
		return rows;
	}

	/** Model thread. The tasks in the pool's order (the order they were submitted in). */
	static List<TaskRow> tasks(Pool pool) {
		List<TaskRow> rows = new ArrayList<>();
		for (Task task : pool.getTasks()) {
			rows.add(new TaskRow(id(task), task.getName(), task.getState().getLiteral(),
					task.getNode() == null ? null : task.getNode().getName(), task.getKind().getLiteral(), task.getCpuDemand(),
					task.getMemoryDemand(), task.getEpoch(), blankToNull(task.getStateReason()), task.getExitCode(),
					task.isDesiredRunning()));
		}
		return rows;
	}

	static void printNodes(List<NodeRow> rows, boolean json, PrintStream out) {
		if (json) {
			JsonWriter writer = new JsonWriter();
			for (NodeRow row : rows) {
				writer.beginObject().string("id", row.id()).string("name", row.name()).string("state", row.state())
						.string("site", row.site()).string("rack", row.rack()).strings("groups", row.groups())
						.string("address", row.address()).number("cpuCapacity", row.cpuCapacity())
						.number("memoryCapacityMib", row.memoryCapacityMib()).number("tasks", row.tasks())
						.strings("labels", row.labels()).endObject();
			}
			out.println(writer.finish());
			out.flush();
			return;
		}
		TextTable table = new TextTable("NAME", "STATE", "SITE", "RACK", "CPU", "MEMORY(MiB)", "TASKS", "LABELS");
		for (NodeRow row : rows) {
			table.row(row.name(), row.state(), row.site(), row.rack(), Numbers.text(row.cpuCapacity()),
					Long.toString(row.memoryCapacityMib()), Integer.toString(row.tasks()), String.join(",", row.labels()));
		}
		table.print(out);
	}

	static void printTasks(List<TaskRow> rows, boolean json, PrintStream out) {
		if (json) {
			JsonWriter writer = new JsonWriter();
			for (TaskRow row : rows) {
				writer.beginObject().string("id", row.id()).string("name", row.name()).string("state", row.state())
						.string("node", row.node()).string("kind", row.kind()).number("cpuDemand", row.cpuDemand())
						.number("memoryDemandMib", row.memoryDemandMib()).number("epoch", row.epoch())
						.string("stateReason", row.stateReason()).number("exitCode", row.exitCode())
						.bool("desiredRunning", row.desiredRunning()).endObject();
			}
			out.println(writer.finish());
			out.flush();
			return;
		}
		TextTable table = new TextTable("NAME", "STATE", "NODE", "KIND", "CPU", "MEMORY(MiB)", "EPOCH", "REASON");
		for (TaskRow row : rows) {
			table.row(row.name(), row.state(), row.node(), row.kind(), Numbers.text(row.cpuDemand()),
					Long.toString(row.memoryDemandMib()), Long.toString(row.epoch()), row.stateReason());
		}
		table.print(out);
	}

	/** The object's ID in the pool (what the service's answers, such as job IDs, name it by). */
	static String id(EObject object) {
		return object.eResource() instanceof XMLResource resource ? resource.getID(object) : null;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
