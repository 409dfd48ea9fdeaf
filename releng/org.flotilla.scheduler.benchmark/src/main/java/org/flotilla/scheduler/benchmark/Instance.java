package org.flotilla.scheduler.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A cloud-balancing instance as the README of the benchmark folder describes it (ids kept as text). */
record Instance(String name, List<Computer> computers, List<Process> processes) {

	record Computer(String id, int cpu, int memory, int network, int cost) {
	}

	record Process(String id, int cpu, int memory, int network) {
	}

	/** Smaller first: by process count, then computer count, then name (read from the instances, not file names). */
	static final Comparator<Instance> BY_SIZE = Comparator.comparingInt((Instance i) -> i.processes().size())
			.thenComparingInt(i -> i.computers().size()).thenComparing(Instance::name);

	static Instance read(Path file) throws IOException {
		JsonNode root = new ObjectMapper().readTree(file.toFile());
		List<Computer> computers = new ArrayList<>();
		for (JsonNode c : root.get("computers")) {
			computers.add(new Computer(c.get("id").asText(), c.get("cpu").asInt(), c.get("memory").asInt(),
					c.get("network").asInt(), c.get("cost").asInt()));
		}
		List<Process> processes = new ArrayList<>();
		for (JsonNode p : root.get("processes")) {
			processes.add(new Process(p.get("id").asText(), p.get("cpu").asInt(), p.get("memory").asInt(),
					p.get("network").asInt()));
		}
		return new Instance(root.get("name").asText(), computers, processes);
	}

	/** Every instance (*.json) of a folder, smallest first. */
	static List<Instance> readFolder(Path folder) throws IOException {
		List<Instance> instances = new ArrayList<>();
		try (var list = Files.list(folder)) {
			for (Path p : list.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
				instances.add(read(p));
			}
		}
		instances.sort(BY_SIZE);
		return instances;
	}

	/** Writes the README's instance format, with {@code meta} (free-form provenance) when not null. */
	void write(Path file, ObjectNode meta) throws IOException {
		ObjectMapper mapper = new ObjectMapper();
		ObjectNode root = mapper.createObjectNode();
		root.put("name", name);
		if (meta != null) {
			root.set("meta", meta);
		}
		ArrayNode cs = root.putArray("computers");
		for (Computer c : computers) {
			cs.addObject().put("id", c.id()).put("cpu", c.cpu()).put("memory", c.memory()).put("network", c.network())
					.put("cost", c.cost());
		}
		ArrayNode ps = root.putArray("processes");
		for (Process p : processes) {
			ps.addObject().put("id", p.id()).put("cpu", p.cpu()).put("memory", p.memory()).put("network", p.network());
		}
		mapper.writeValue(file.toFile(), root);
	}
}
