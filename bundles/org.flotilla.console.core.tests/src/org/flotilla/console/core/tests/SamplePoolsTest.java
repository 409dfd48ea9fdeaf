package org.flotilla.console.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.flotilla.console.core.SamplePools;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.SyncState;
import org.flotilla.model.persistence.PoolStore;
import org.flotilla.model.validation.PoolDiagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplePoolsTest {

	@TempDir
	Path folder;

	@Test
	void sampleIsARealisticValidPool() {
		Pool pool = SamplePools.create();
		Diagnostic diagnostic = PoolDiagnostician.check(pool);
		assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> diagnostic.getChildren().toString());

		assertTrue(pool.getGroups().size() >= 3, "a few groups");
		assertTrue(pool.getAllNodes().size() >= 20, "20+ nodes");
		Set<String> cpuModels = pool.getAllNodes().stream()
				.map(n -> ((org.flotilla.model.Processor) n.getHardware().get(0)).getModel()).collect(Collectors.toSet());
		assertTrue(cpuModels.size() >= 4, "heterogeneous hardware: " + cpuModels);
		Set<String> systems = pool.getAllNodes().stream().map(n -> n.getOperatingSystem().getName()).collect(Collectors.toSet());
		assertTrue(systems.size() >= 3, "several operating systems: " + systems);
		Set<NodeState> states = pool.getAllNodes().stream().map(Node::getState).collect(Collectors.toSet());
		assertEquals(Set.of(NodeState.values()), states, "every node state appears");
		for (Node node : pool.getAllNodes()) {
			assertEquals(4, node.getHardware().size(), node.getName() + " has CPU, memory, disk and NIC");
			assertTrue(!node.getMiddleware().isEmpty(), node.getName() + " has middleware");
		}
		long drifted = pool.getAllNodes().stream()
				.flatMap(n -> java.util.stream.Stream.concat(java.util.stream.Stream.of(n.getOperatingSystem()), n.getMiddleware().stream()))
				.filter(e -> e.getSyncState() == SyncState.DRIFTED || e.getSyncState() == SyncState.DESIRED_ONLY).count();
		assertTrue(drifted >= 3 && drifted <= 10, "some, not all, elements drift: " + drifted);
		assertTrue(pool.getTasks().stream().anyMatch(t -> t.getNode() == null), "some tasks pending");
		assertTrue(pool.getTasks().stream().filter(t -> t.getNode() != null).count() >= 10, "many tasks placed");
	}

	@Test
	void sampleIsTheSameEveryTimeAndSurvivesSaving() throws Exception {
		Pool first = SamplePools.create();
		assertTrue(EcoreUtil.equals(first, SamplePools.create()), "deterministic");
		Path file = folder.resolve("sample.flotilla");
		new PoolStore().save(first, file);
		assertTrue(EcoreUtil.equals(first, new PoolStore().load(file)), "round trip");
	}
}
