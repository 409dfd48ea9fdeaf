package org.flotilla.console.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.flotilla.console.core.DiscoveredStack;
import org.flotilla.console.core.LiveUpdates;
import org.flotilla.model.Disk;
import org.flotilla.model.Group;
import org.flotilla.model.Memory;
import org.flotilla.model.Middleware;
import org.flotilla.model.NetworkInterface;
import org.flotilla.model.Node;
import org.flotilla.model.Parameter;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.Processor;
import org.flotilla.model.SyncState;
import org.flotilla.protocol.Message.InventoryReport;
import org.flotilla.protocol.Message.StackItem;
import org.junit.jupiter.api.Test;

class DiscoveredStackTest {

	private static final PoolFactory F = PoolFactory.eINSTANCE;

	private static InventoryReport report(String node, StackItem... items) {
		return new InventoryReport(node, 1, List.of(items));
	}

	private static final StackItem CPU = new StackItem("hardware", "cpu", "AMD EPYC 7543",
			Map.of("physicalCores", "32", "logicalCores", "64"));
	private static final StackItem RAM = new StackItem("hardware", "memory", "", Map.of("bytes", Long.toString(256L << 30)));
	private static final StackItem DISK = new StackItem("hardware", "disk:/dev/nvme0n1", "Samsung PM9A3",
			Map.of("bytes", Long.toString(1920L << 30), "kind", "nvme"));
	private static final StackItem NIC = new StackItem("hardware", "nic:ens1f0", "",
			Map.of("mac", "52:54:00:aa:bb:cc", "bitsPerSecond", "25000000000"));
	private static final StackItem OS = new StackItem("operating system", "Ubuntu", "24.04",
			Map.of("kernel", "6.8.0-45-generic", "architecture", "x86_64"));

	@Test
	void theNodeSaysWhetherItsAgentEnforcesTaskLimits() {
		Node node = node("n1");
		assertEquals(null, node.getTaskLimits(), "not known before the agent says");
		DiscoveredStack.apply(node, report("n1", new StackItem("operating system", "Debian", "12",
				Map.of("kernel", "6.1", "taskLimits", "not enforced: no writable cgroup v1 hierarchy and no delegated cgroup v2 subtree"))));
		assertEquals("not enforced: no writable cgroup v1 hierarchy and no delegated cgroup v2 subtree", node.getTaskLimits());
		assertTrue(DiscoveredStack.apply(node, report("n1", new StackItem("operating system", "Debian", "12",
				Map.of("kernel", "6.1", "taskLimits", "cgroup v2", "taskSlots", "512")))), "a change of limits is a change of the node");
		assertEquals("cgroup v2", node.getTaskLimits());
		assertEquals(512, node.getTaskSlots(), "how many tasks its agent runs at most");
	}

	@Test
	void aReportBuildsTheDiscoveredStackOfAnEmptyNode() {
		Node node = node("n1");
		assertTrue(DiscoveredStack.apply(node, report("n1", CPU, RAM, DISK, NIC, OS,
				new StackItem("middleware", "OpenJDK", "21.0.4", Map.of("source", "probe", "location", "/usr/lib/jvm/21")),
				new StackItem("application", "orders", "3.2", Map.of("location", "/srv/orders")))));

		Processor cpu = (Processor) node.getHardware().get(0);
		assertEquals("AMD EPYC 7543", cpu.getModel());
		assertEquals(32, cpu.getCores());
		assertEquals(64, cpu.getThreads());
		assertEquals(256 * 1024, ((Memory) node.getHardware().get(1)).getSizeMib());
		Disk disk = (Disk) node.getHardware().get(2);
		assertEquals("nvme0n1", disk.getName());
		assertEquals("/dev/nvme0n1", disk.getDevice());
		assertEquals(1920, disk.getSizeGib());
		assertEquals(org.flotilla.model.DiskKind.NVME, disk.getKind());
		NetworkInterface nic = (NetworkInterface) node.getHardware().get(3);
		assertEquals(25_000, nic.getSpeedMbps());
		assertEquals("52:54:00:aa:bb:cc", nic.getMacAddress());
		assertEquals("Ubuntu", node.getOperatingSystem().getName());
		assertEquals("24.04", node.getOperatingSystem().getVersion());
		assertEquals("6.8.0-45-generic", node.getOperatingSystem().getKernel());
		assertEquals("/usr/lib/jvm/21", node.getMiddleware().get(0).getInstallPath());
		assertEquals("/srv/orders", node.getApplications().get(0).getArtifact());
		node.getHardware().forEach(h -> assertEquals(SyncState.DISCOVERED_ONLY, h.getSyncState()));
		assertEquals(SyncState.DISCOVERED_ONLY, node.getMiddleware().get(0).getSyncState());
	}

	@Test
	void theSameReportAgainChangesNothingAndNotifiesNobody() {
		Node node = node("n1");
		InventoryReport report = report("n1", CPU, RAM, DISK, NIC, OS);
		DiscoveredStack.apply(node, report);
		List<Notification> notifications = new ArrayList<>();
		node.eAdapters().add(new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				if (!notification.isTouch()) {
					notifications.add(notification);
				}
			}
		});
		assertFalse(DiscoveredStack.apply(node, report));
		assertEquals(List.of(), notifications);
	}

	@Test
	void whatTheAdministratorDesiresIsKeptAndDriftShows() {
		Node node = node("db-1");
		Middleware postgres = F.createMiddleware();
		postgres.setName("PostgreSQL");
		postgres.setDesired(true);
		postgres.setDesiredVersion("16.4");
		Parameter buffers = F.createParameter();
		buffers.setKey("shared_buffers");
		buffers.setDesiredValue("8GB");
		postgres.getParameters().add(buffers);
		node.getMiddleware().add(postgres);
		Middleware exporter = F.createMiddleware();
		exporter.setName("node_exporter");
		exporter.setDesired(true);
		exporter.setDesiredVersion("1.8.2");
		node.getMiddleware().add(exporter);

		DiscoveredStack.apply(node, report("db-1", OS, new StackItem("middleware", "PostgreSQL", "15.8",
				Map.of("shared_buffers", "4GB")), new StackItem("middleware", "redis", "7.2", Map.of())));

		assertEquals("15.8", postgres.getVersion());
		assertEquals("16.4", postgres.getDesiredVersion(), "the administrator's wish is not overwritten");
		assertEquals("4GB", buffers.getValue(), "a known parameter takes the reported value");
		assertEquals("8GB", buffers.getDesiredValue());
		assertEquals(SyncState.DRIFTED, postgres.getSyncState());
		assertEquals(SyncState.DESIRED_ONLY, exporter.getSyncState(), "desired, never found: still missing");
		assertEquals(SyncState.DISCOVERED_ONLY, node.getMiddleware().get(2).getSyncState());
		assertEquals("redis", node.getMiddleware().get(2).getName());

		// Redis uninstalled, PostgreSQL gone too: the undesired one disappears, the desired one is missing.
		DiscoveredStack.apply(node, report("db-1", OS));
		assertEquals(List.of("PostgreSQL", "node_exporter"), node.getMiddleware().stream().map(Middleware::getName).toList());
		assertEquals(SyncState.DESIRED_ONLY, postgres.getSyncState());
	}

	@Test
	void anUnknownLayerIsSkippedAndTheRestApplies() {
		Node node = node("n1");
		DiscoveredStack.apply(node, report("n1", new StackItem("quantum", "qpu", "1", Map.of()), OS));
		assertEquals("Ubuntu", node.getOperatingSystem().getName());
		assertTrue(node.getHardware().isEmpty());
	}

	@Test
	void inventoriesReachTheModelInTheNextBatchTheLatestWinning() {
		Pool pool = F.createPool();
		Group group = F.createGroup();
		group.setName("g");
		pool.getGroups().add(group);
		Node node = node("n1");
		group.getNodes().add(node);
		LiveUpdates live = new LiveUpdates();
		live.offerInventory(report("n1", new StackItem("operating system", "Debian", "11", Map.of())));
		live.offerInventory(report("n1", new StackItem("operating system", "Debian", "12", Map.of())));
		live.offerInventory(report("ghost", OS));
		assertNull(node.getOperatingSystem(), "nothing before the drain");

		LiveUpdates.Batch batch = live.drainInto(pool);

		assertEquals(new LiveUpdates.Batch(0, 1, 1), batch);
		assertEquals("12", node.getOperatingSystem().getVersion());
		assertEquals(0, live.pendingInventories());
	}

	private static Node node(String name) {
		Node node = F.createNode();
		node.setName(name);
		return node;
	}
}
