package org.flotilla.scheduler.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A cloud-balancing instance as the README of the benchmark folder describes it (ids kept as text). */
record Instance(String name, List<Computer> computers, List<Process> processes) {

	record Computer(String id, int cpu, int memory, int network, int cost) {
	}

	record Process(String id, int cpu, int memory, int network) {
	}

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
}
