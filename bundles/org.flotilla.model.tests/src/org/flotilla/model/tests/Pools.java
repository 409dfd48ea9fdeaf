package org.flotilla.model.tests;

import org.flotilla.model.Group;
import org.flotilla.model.GroupKind;
import org.flotilla.model.Middleware;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.OperatingSystem;
import org.flotilla.model.Parameter;
import org.flotilla.model.ParameterDefinition;
import org.flotilla.model.ParameterType;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.Processor;
import org.flotilla.model.Profile;
import org.flotilla.model.ProfileEntry;
import org.flotilla.model.SoftwarePackage;
import org.flotilla.model.Task;

/** Small pools built in code for the model tests. */
final class Pools {

	static final PoolFactory F = PoolFactory.eINSTANCE;

	private Pools() {
	}

	/** Two racks, three nodes with stacks, a package with typed parameters and a profile of it, two tasks. */
	static Pool small() {
		Pool pool = F.createPool();
		pool.setName("test pool");
		Group site = group(pool, "site-a", GroupKind.SITE);
		Group rack1 = F.createGroup();
		rack1.setName("rack-1");
		rack1.setKind(GroupKind.RACK);
		site.getGroups().add(rack1);
		Group rack2 = group(pool, "rack-2", GroupKind.RACK);

		SoftwarePackage sysctl = F.createSoftwarePackage();
		sysctl.setName("linux-tuning");
		sysctl.setVersion("1.0");
		sysctl.setLayer(org.flotilla.model.LayerKind.OPERATING_SYSTEM);
		ParameterDefinition swappiness = definition("vm.swappiness", ParameterType.INTEGER, "60", 0.0, 100.0);
		sysctl.getParameters().add(swappiness);
		pool.getPackages().add(sysctl);
		Profile tuned = F.createProfile();
		tuned.setName("tuned");
		ProfileEntry entry = F.createProfileEntry();
		entry.setSoftwarePackage(sysctl);
		tuned.getEntries().add(entry);
		pool.getProfiles().add(tuned);

		Node a = node(rack1, "alpha", "10.0.0.1", 16, 65536);
		Node b = node(rack1, "bravo", "10.0.0.2", 8, 32768);
		node(rack2, "charlie", "10.0.1.1", 4, 8192);

		OperatingSystem os = F.createOperatingSystem();
		os.setName("Debian");
		os.setVersion("12");
		os.setDesiredVersion("12");
		os.setDiscovered(true);
		os.setDesired(true);
		os.setKernel("6.1.0-18-amd64");
		Parameter p = F.createParameter();
		p.setKey("vm.swappiness");
		p.setValue("60");
		p.setDesiredValue("10");
		p.setDefinition(swappiness);
		os.getParameters().add(p);
		a.setOperatingSystem(os);
		Middleware jvm = F.createMiddleware();
		jvm.setName("java");
		jvm.setVersion("21.0.5");
		jvm.setDiscovered(true);
		a.getMiddleware().add(jvm);

		Task web = task(pool, "web", 2, 2048);
		web.setNode(a);
		Task db = task(pool, "db", 4, 8192);
		db.setNode(b);
		db.getAntiAffinity().add(web);
		db.getRequiredLabels().add("ssd");
		return pool;
	}

	static Group group(Pool pool, String name, GroupKind kind) {
		Group group = F.createGroup();
		group.setName(name);
		group.setKind(kind);
		pool.getGroups().add(group);
		return group;
	}

	static Node node(Group group, String name, String address, double cores, long memoryMib) {
		Node node = F.createNode();
		node.setName(name);
		node.setAddress(address);
		node.setState(NodeState.READY);
		node.setCpuCapacity(cores);
		node.setMemoryCapacity(memoryMib);
		node.setDiskCapacity(500);
		node.setNetworkCapacity(1000);
		Processor cpu = F.createProcessor();
		cpu.setName("cpu0");
		cpu.setModel("Xeon");
		cpu.setCores((int) cores);
		cpu.setDiscovered(true);
		node.getHardware().add(cpu);
		group.getNodes().add(node);
		return node;
	}

	static Task task(Pool pool, String name, double cores, long memoryMib) {
		Task task = F.createTask();
		task.setName(name);
		task.setCommand("/usr/bin/" + name);
		task.setCpuDemand(cores);
		task.setMemoryDemand(memoryMib);
		task.setDiskDemand(10);
		task.setNetworkDemand(100);
		pool.getTasks().add(task);
		return task;
	}

	static ParameterDefinition definition(String name, ParameterType type, String defaultValue, Double min, Double max) {
		ParameterDefinition definition = F.createParameterDefinition();
		definition.setName(name);
		definition.setType(type);
		definition.setDefaultValue(defaultValue);
		definition.setMinimum(min);
		definition.setMaximum(max);
		return definition;
	}
}
