package org.flotilla.console.core;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.flotilla.model.Application;
import org.flotilla.model.AuditEntry;
import org.flotilla.model.Disk;
import org.flotilla.model.DiskKind;
import org.flotilla.model.Group;
import org.flotilla.model.GroupKind;
import org.flotilla.model.Job;
import org.flotilla.model.JobKind;
import org.flotilla.model.JobState;
import org.flotilla.model.LayerKind;
import org.flotilla.model.Memory;
import org.flotilla.model.Middleware;
import org.flotilla.model.NetworkInterface;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.OperatingSystem;
import org.flotilla.model.Parameter;
import org.flotilla.model.ParameterDefinition;
import org.flotilla.model.ParameterType;
import org.flotilla.model.PlacementObjective;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.Processor;
import org.flotilla.model.ParameterValue;
import org.flotilla.model.Profile;
import org.flotilla.model.ProfileEntry;
import org.flotilla.model.SoftwarePackage;
import org.flotilla.model.StackElement;
import org.flotilla.model.StackRequirement;
import org.flotilla.model.Task;
import org.flotilla.model.TaskState;

/**
 * A realistic pool for a first look: two data centres and a lab, 26 servers of five hardware
 * generations, several Linux distributions with tuned kernels, middleware and applications, a few
 * nodes drifting from what the administrator wants, and tasks placed and pending. Always the same
 * pool (fixed seed), so screenshots and tests can rely on it.
 */
public final class SamplePools {

	private static final PoolFactory F = PoolFactory.eINSTANCE;

	/** Server generations: model, cores, threads, MHz, memory GiB, disk kind, disk GiB, NIC Mbit/s. */
	private record Hardware(String cpu, int cores, int threads, int mhz, int memoryGib, DiskKind disk, int diskGib, int nicMbps) {
	}

	private static final Hardware OLD_1U = new Hardware("Intel Xeon E5-2670 v3", 12, 24, 2300, 64, DiskKind.HDD, 2000, 1000);
	private static final Hardware GOLD = new Hardware("Intel Xeon Gold 6248", 20, 40, 2500, 192, DiskKind.SSD, 960, 10000);
	private static final Hardware EPYC = new Hardware("AMD EPYC 7543", 32, 64, 2800, 512, DiskKind.NVME, 3840, 25000);
	private static final Hardware SMALL = new Hardware("Intel Xeon E-2236", 6, 12, 3400, 32, DiskKind.SSD, 480, 1000);
	private static final Hardware LAB = new Hardware("Intel Core i7-8700", 6, 12, 3200, 16, DiskKind.SSD, 256, 1000);

	private record Os(String name, String version, String kernel) {
	}

	private static final Os DEBIAN = new Os("Debian GNU/Linux", "12.7", "6.1.0-25-amd64");
	private static final Os UBUNTU = new Os("Ubuntu", "24.04.1 LTS", "6.8.0-45-generic");
	private static final Os UBUNTU_OLD = new Os("Ubuntu", "22.04.4 LTS", "5.15.0-119-generic");
	private static final Os RHEL = new Os("Red Hat Enterprise Linux", "9.4", "5.14.0-427.el9.x86_64");
	private static final Os ROCKY = new Os("Rocky Linux", "8.10", "4.18.0-553.el8_10.x86_64");

	private SamplePools() {
	}

	/** A new copy of the sample pool. */
	public static Pool create() {
		return new Builder().build();
	}

	private static final class Builder {
		private final Random random = new Random(20070401L);
		private final Pool pool = F.createPool();
		private final List<Node> nodes = new ArrayList<>();
		private ParameterDefinition swappiness;
		private ParameterDefinition somaxconn;
		private ParameterDefinition hugepages;
		private ParameterDefinition heap;
		private ParameterDefinition gc;
		private ParameterDefinition maxConnections;
		private ParameterDefinition sharedBuffers;
		private Profile databaseStack;
		private int nextAddress = 11;

		Pool build() {
			pool.setName("Sample pool");
			pool.setDescription("Two data centres and a lab: a pool of ordinary servers run as one computer.");
			pool.setPlacementObjective(PlacementObjective.CONSOLIDATE);
			profiles();

			Group tokyo = group(null, "Tokyo DC1", GroupKind.SITE, "Primary site, Koto-ku");
			Group a01 = group(tokyo, "Rack A01", GroupKind.RACK, "Web and application tier");
			Group a02 = group(tokyo, "Rack A02", GroupKind.RACK, "Databases");
			Group b01 = group(tokyo, "Rack B01", GroupKind.RACK, "Batch and analytics");
			Group osaka = group(null, "Osaka DC2", GroupKind.SITE, "Secondary site");
			Group r1 = group(osaka, "Rack R1", GroupKind.RACK, "Replicas and standby");
			Group r2 = group(osaka, "Rack R2", GroupKind.RACK, "Older servers, being retired");
			Group lab = group(null, "Lab", GroupKind.SITE, "Developer machines lent to the pool at night");

			for (int i = 1; i <= 5; i++) {
				Node web = node(a01, "tky-web-0" + i, i <= 3 ? GOLD : SMALL, i % 2 == 0 ? UBUNTU : DEBIAN, "web", "ssd");
				middleware(web, "nginx", "1.24.0", "web server", true);
				middleware(web, "OpenJDK", i == 4 ? "17.0.12" : "21.0.4", "java runtime", true).setDesiredVersion("21.0.4");
			}
			for (int i = 1; i <= 4; i++) {
				Node db = node(a02, "tky-db-0" + i, EPYC, RHEL, "db", "ssd", "nvme");
				Middleware pg = middleware(db, "PostgreSQL", i == 3 ? "15.8" : "16.4", "database", true);
				pg.setDesiredVersion("16.4");
				parameter(pg, maxConnections, "500", "500");
				parameter(pg, sharedBuffers, i == 2 ? "16384" : "32768", "32768");
				db.setProfile(databaseStack);
			}
			for (int i = 1; i <= 4; i++) {
				Node batch = node(b01, "tky-batch-0" + i, i <= 2 ? EPYC : GOLD, UBUNTU, "batch");
				middleware(batch, "OpenJDK", "21.0.4", "java runtime", true);
				middleware(batch, "Apache Kafka", "3.7.1", "messaging", i <= 2);
			}
			for (int i = 1; i <= 4; i++) {
				Node replica = node(r1, "osk-rep-0" + i, GOLD, RHEL, "db", "replica", "ssd");
				middleware(replica, "PostgreSQL", "16.4", "database", true).setDesiredVersion("16.4");
				middleware(replica, "Redis", "7.2.5", "cache", true);
			}
			for (int i = 1; i <= 5; i++) {
				Node old = node(r2, "osk-old-0" + i, OLD_1U, i <= 2 ? ROCKY : UBUNTU_OLD, "legacy", "hdd");
				middleware(old, "Apache Tomcat", "9.0.93", "application server", true);
				middleware(old, "OpenJDK", "11.0.24", "java runtime", true);
			}
			for (int i = 1; i <= 4; i++) {
				Node dev = node(lab, "lab-ws-0" + i, LAB, UBUNTU, "lab", "night-only");
				middleware(dev, "Docker Engine", "27.2.0", "container runtime", true);
			}

			states();
			drift();
			applicationsAndTasks();
			history();
			return pool;
		}

		/**
		 * The pool's repository (packages like the reactor builds: org.flotilla.packages.build) and two stacks made
		 * of them. The stack elements' parameters below point at these packages' definitions.
		 */
		private void profiles() {
			SoftwarePackage tuning = softwarePackage("sysctl-tuning", "1.0", LayerKind.OPERATING_SYSTEM,
					"Kernel parameters (sysctl), previous values kept for rollback");
			swappiness = definition(tuning, "vm.swappiness", ParameterType.INTEGER, "10", 0.0, 100.0, null,
					"How eagerly the kernel swaps");
			somaxconn = definition(tuning, "net.core.somaxconn", ParameterType.INTEGER, "4096", 128.0, 65535.0, null,
					"Listen backlog");
			hugepages = definition(tuning, "transparent_hugepage", ParameterType.CHOICE, "madvise", null, null, null,
					"Transparent huge pages mode");
			hugepages.getAllowedValues().addAll(List.of("always", "madvise", "never"));

			SoftwarePackage jdk = softwarePackage("openjdk", "21.0.4", LayerKind.MIDDLEWARE, "Java runtime for pool services");
			heap = definition(jdk, "max_heap", ParameterType.INTEGER, "4096", 256.0, 262144.0, "MiB", "-Xmx");
			gc = definition(jdk, "garbage_collector", ParameterType.CHOICE, "G1", null, null, null, "Collector");
			gc.getAllowedValues().addAll(List.of("G1", "ZGC", "Parallel", "Serial"));

			SoftwarePackage pg = softwarePackage("postgresql", "16.4", LayerKind.MIDDLEWARE, "Database server");
			maxConnections = definition(pg, "max_connections", ParameterType.INTEGER, "100", 10.0, 5000.0, null,
					"Concurrent connections");
			sharedBuffers = definition(pg, "shared_buffers", ParameterType.INTEGER, "4096", 128.0, 262144.0, "MiB",
					"Shared buffer cache");

			SoftwarePackage jetty = softwarePackage("jetty", "12.1.5", LayerKind.MIDDLEWARE, "Eclipse Jetty 12.1 (jetty-home)");
			definition(jetty, "port", ParameterType.INTEGER, "8080", 1024.0, 65535.0, null, "HTTP port");
			definition(jetty, "heap", ParameterType.SIZE, "256M", 32.0 * (1 << 20), 64.0 * (1L << 30), null, "Largest Java heap");
			definition(jetty, "threads", ParameterType.INTEGER, "200", 8.0, 2000.0, null, "Most request threads");
			SoftwarePackage shop = softwarePackage("shop-demo", "1.2", LayerKind.APPLICATION, "The demo web shop");
			ParameterDefinition server = definition(shop, "server", ParameterType.CHOICE, "jetty", null, null, null,
					"Where it is deployed");
			server.getAllowedValues().addAll(List.of("jetty", "tomcat"));
			server.setOverridable(false);

			Profile web = profile("Web shop", "Jetty 12.1 on port 8080 with a 512M heap, the demo shop on it, tuned kernel");
			entry(web, tuning, "net.core.somaxconn", "8192");
			entry(web, jetty, "port", "8080", "heap", "512M");
			entry(web, shop);
			Profile database = databaseStack = profile("Database", "PostgreSQL 16 with 500 connections, swapping off as far as it goes");
			entry(database, tuning, "vm.swappiness", "1", "transparent_hugepage", "never");
			entry(database, pg, "max_connections", "500", "shared_buffers", "32768");
		}

		private Group group(Group parent, String name, GroupKind kind, String description) {
			Group group = F.createGroup();
			group.setName(name);
			group.setKind(kind);
			group.setDescription(description);
			if (parent == null) {
				pool.getGroups().add(group);
			} else {
				parent.getGroups().add(group);
			}
			return group;
		}

		private Node node(Group group, String name, Hardware hw, Os os, String... labels) {
			Node node = F.createNode();
			node.setName(name);
			String subnet = name.startsWith("tky") ? "10.10" : name.startsWith("osk") ? "10.20" : "192.168.50";
			node.setAddress(subnet + (subnet.length() < 6 ? "." + (nodes.size() / 8 + 1) : "") + "." + nextAddress++);
			node.setState(NodeState.READY);
			node.getLabels().addAll(List.of(labels));
			// The node offers the pool what is left after the host's own needs.
			node.setCpuCapacity(hw.cores() - (hw.cores() >= 12 ? 2 : 1));
			node.setMemoryCapacity((hw.memoryGib() - Math.max(2, hw.memoryGib() / 16)) * 1024L);
			node.setDiskCapacity(hw.diskGib() * 9L / 10);
			node.setNetworkCapacity(hw.nicMbps());

			Processor cpu = F.createProcessor();
			cpu.setName("CPU");
			cpu.setModel(hw.cpu());
			cpu.setCores(hw.cores());
			cpu.setThreads(hw.threads());
			cpu.setFrequencyMhz(hw.mhz());
			cpu.setVersion("microcode 0x" + Integer.toHexString(0x2000 + random.nextInt(0x100)));
			discovered(cpu);
			node.getHardware().add(cpu);
			Memory memory = F.createMemory();
			memory.setName("RAM");
			memory.setSizeMib(hw.memoryGib() * 1024L);
			memory.setVersion("DDR4");
			discovered(memory);
			node.getHardware().add(memory);
			Disk disk = F.createDisk();
			disk.setName(hw.disk() == DiskKind.NVME ? "nvme0n1" : "sda");
			disk.setDevice("/dev/" + disk.getName());
			disk.setKind(hw.disk());
			disk.setSizeGib(hw.diskGib());
			disk.setVersion("firmware " + (100 + random.nextInt(50)));
			discovered(disk);
			node.getHardware().add(disk);
			NetworkInterface nic = F.createNetworkInterface();
			nic.setName(hw.nicMbps() >= 10000 ? "ens1f0" : "eno1");
			nic.setDevice(nic.getName());
			nic.setSpeedMbps(hw.nicMbps());
			nic.setMacAddress(String.format("52:54:00:%02x:%02x:%02x", random.nextInt(256), random.nextInt(256), nodes.size()));
			discovered(nic);
			node.getHardware().add(nic);

			OperatingSystem system = F.createOperatingSystem();
			system.setName(os.name());
			system.setVersion(os.version());
			system.setDesiredVersion(os.version());
			system.setKernel(os.kernel());
			system.setArchitecture("x86_64");
			system.setDiscovered(true);
			system.setDesired(true);
			boolean database = List.of(labels).contains("db");
			parameter(system, swappiness, database ? "1" : "10", database ? "1" : "10");
			parameter(system, somaxconn, "4096", "4096");
			parameter(system, hugepages, database ? "never" : "madvise", database ? "never" : "madvise");
			node.setOperatingSystem(system);

			group.getNodes().add(node);
			nodes.add(node);
			return node;
		}

		private Middleware middleware(Node node, String name, String version, String category, boolean desired) {
			Middleware middleware = F.createMiddleware();
			middleware.setName(name);
			middleware.setVersion(version);
			middleware.setCategory(category);
			middleware.setInstallPath("/opt/" + name.toLowerCase().replace(' ', '-'));
			middleware.setDiscovered(true);
			middleware.setDesired(desired);
			if (desired) {
				middleware.setDesiredVersion(version);
			}
			if (name.equals("OpenJDK")) {
				parameter(middleware, heap, "4096", desired ? "4096" : null);
				parameter(middleware, gc, "G1", desired ? "G1" : null);
			}
			node.getMiddleware().add(middleware);
			return middleware;
		}

		private void states() {
			find("osk-old-05").setState(NodeState.DECOMMISSIONED);
			find("osk-old-04").setState(NodeState.MAINTENANCE);
			find("tky-batch-04").setState(NodeState.UNREACHABLE);
			find("lab-ws-04").setState(NodeState.ENROLLING);
		}

		/** A few nodes that differ from what the administrator asked for. */
		private void drift() {
			// Someone re-tuned a web server by hand.
			find("tky-web-02").getOperatingSystem().getParameters().get(0).setValue("100");
			// A desired monitoring agent that was never installed.
			Middleware exporter = F.createMiddleware();
			exporter.setName("node_exporter");
			exporter.setDesiredVersion("1.8.2");
			exporter.setCategory("monitoring");
			exporter.setDesired(true);
			find("tky-batch-03").getMiddleware().add(exporter);
			// An OS one minor release behind.
			find("osk-rep-02").getOperatingSystem().setVersion("9.3");
		}

		private void applicationsAndTasks() {
			for (Node node : nodes) {
				if (node.getName().startsWith("tky-web")) {
					application(node, "shop-frontend", "2.14.0", "shop-frontend-2.14.0.tar.gz", 8080);
					task("shop-frontend-" + node.getName().substring(8), "bin/shop-frontend --port 8080", 2, 3072, 5, 200, node,
							TaskState.RUNNING, "web").getRequirements().add(requirement(LayerKind.MIDDLEWARE, "OpenJDK", "21"));
				}
			}
			application(find("tky-web-01"), "admin-portal", "1.3.2", "admin-portal.war", 8443);
			Task primary = task("orders-db-primary", "postgres -D /srv/orders", 12, 131072, 800, 2000, find("tky-db-01"),
					TaskState.RUNNING, "db");
			Task replica = task("orders-db-replica", "postgres -D /srv/orders-replica", 8, 98304, 800, 2000,
					find("osk-rep-01"), TaskState.RUNNING, "db");
			primary.getAntiAffinity().add(replica);
			replica.getAntiAffinity().add(primary);
			primary.setPinned(true);
			primary.setPriority(100);
			replica.setPriority(90);
			task("billing-db", "postgres -D /srv/billing", 8, 65536, 400, 1000, find("tky-db-02"), TaskState.RUNNING, "db")
					.setPriority(80);
			Task api = task("billing-api", "java -jar billing-api.jar", 4, 8192, 10, 500, find("tky-web-01"),
					TaskState.RUNNING);
			api.getRequirements().add(requirement(LayerKind.MIDDLEWARE, "OpenJDK", "21"));
			Task worker = task("billing-worker", "java -jar billing-worker.jar", 2, 4096, 10, 100, find("tky-batch-01"),
					TaskState.RUNNING);
			worker.getAffinity().add(api);
			worker.getRequirements().add(requirement(LayerKind.MIDDLEWARE, "OpenJDK", "21"));
			task("session-cache", "redis-server /etc/redis/sessions.conf", 2, 16384, 20, 1000, find("osk-rep-02"),
					TaskState.RUNNING);
			for (int i = 1; i <= 4; i++) {
				task("nightly-etl-" + i, "spark-submit etl.py --part " + i, 8, 32768, 200, 1000, i <= 2 ? find("tky-batch-0" + i) : null,
						i <= 2 ? TaskState.RUNNING : TaskState.PENDING, "batch");
			}
			task("log-indexer", "java -jar indexer.jar", 6, 24576, 500, 1000, find("tky-batch-02"), TaskState.RUNNING)
					.getRequirements().add(requirement(LayerKind.MIDDLEWARE, "OpenJDK", "21"));
			task("report-render", "bin/render-reports", 4, 8192, 50, 100, null, TaskState.PENDING);
			task("ml-training", "python train.py --epochs 40", 24, 262144, 1000, 10000, null, TaskState.PENDING);
			task("legacy-erp", "catalina.sh run", 4, 16384, 100, 100, find("osk-old-01"), TaskState.RUNNING, "legacy");
			task("ci-runner-night", "gitlab-runner run", 4, 8192, 100, 100, find("lab-ws-01"), TaskState.RUNNING, "lab");
			for (Node node : nodes) {
				if (node.getName().startsWith("tky-db") && node.getState() == NodeState.READY) {
					application(node, "pg-backup", "0.9.1", "pg-backup.sh", 0);
				}
			}
		}

		private void application(Node node, String name, String version, String artifact, int port) {
			Application application = F.createApplication();
			application.setName(name);
			application.setVersion(version);
			application.setDesiredVersion(version);
			application.setArtifact(artifact);
			application.setPort(port);
			application.setDiscovered(true);
			application.setDesired(true);
			node.getApplications().add(application);
		}

		private Task task(String name, String command, double cpu, long memoryMib, long diskGib, long networkMbps, Node node,
				TaskState state, String... labels) {
			Task task = F.createTask();
			task.setName(name);
			task.setCommand(command);
			task.setCpuDemand(cpu);
			task.setMemoryDemand(memoryMib);
			task.setDiskDemand(diskGib);
			task.setNetworkDemand(networkMbps);
			task.setNode(node);
			task.setState(state);
			task.setPriority(50);
			task.getRequiredLabels().addAll(List.of(labels));
			pool.getTasks().add(task);
			return task;
		}

		private StackRequirement requirement(LayerKind layer, String name, String minimumVersion) {
			StackRequirement requirement = F.createStackRequirement();
			requirement.setLayer(layer);
			requirement.setName(name);
			requirement.setMinimumVersion(minimumVersion);
			return requirement;
		}

		private void history() {
			long now = 1795000000000L; // a fixed "now" keeps the sample identical from run to run
			audit(now - 86_400_000L * 3, "admin", "enroll", "tky-batch-04", "Enrolled with token 7f3a…");
			audit(now - 86_400_000L * 2, "admin", "provision", "tky-db-03", "PostgreSQL 16.4 desired (15.8 installed)");
			audit(now - 3_600_000L * 5, "planner", "move", "orders-db-replica", "osk-rep-02 → osk-rep-01");
			audit(now - 3_600_000L, "admin", "maintenance", "osk-old-04", "Disk replacement");
			Job provisioning = F.createJob();
			provisioning.setName("Provision PostgreSQL 16.4 on tky-db-03");
			provisioning.setKind(JobKind.PROVISIONING);
			provisioning.setState(JobState.RUNNING);
			provisioning.setWorked(40);
			provisioning.setMessage("Installing packages (3 of 7)");
			provisioning.setStarted(new Date(now - 600_000L));
			provisioning.setNode(find("tky-db-03"));
			pool.getJobs().add(provisioning);
			Job drain = F.createJob();
			drain.setName("Drain osk-old-04");
			drain.setKind(JobKind.DRAIN);
			drain.setState(JobState.SUCCEEDED);
			drain.setWorked(100);
			drain.setMessage("2 tasks moved");
			drain.setStarted(new Date(now - 3_700_000L));
			drain.setFinished(new Date(now - 3_500_000L));
			drain.setNode(find("osk-old-04"));
			pool.getJobs().add(drain);
		}

		private void audit(long time, String user, String action, String target, String detail) {
			AuditEntry entry = F.createAuditEntry();
			entry.setTime(new Date(time));
			entry.setUser(user);
			entry.setAction(action);
			entry.setTarget(target);
			entry.setDetail(detail);
			pool.getAuditEntries().add(entry);
		}

		private SoftwarePackage softwarePackage(String name, String version, LayerKind layer, String title) {
			SoftwarePackage softwarePackage = F.createSoftwarePackage();
			softwarePackage.setName(name);
			softwarePackage.setVersion(version);
			softwarePackage.setLayer(layer);
			softwarePackage.setTitle(title);
			pool.getPackages().add(softwarePackage);
			return softwarePackage;
		}

		private Profile profile(String name, String description) {
			Profile profile = F.createProfile();
			profile.setName(name);
			profile.setDescription(description);
			pool.getProfiles().add(profile);
			return profile;
		}

		/** Adds {@code softwarePackage} to {@code profile}'s stack with the values {@code nameValues} (name, value, ...). */
		private static void entry(Profile profile, SoftwarePackage softwarePackage, String... nameValues) {
			ProfileEntry entry = F.createProfileEntry();
			entry.setSoftwarePackage(softwarePackage);
			for (int i = 0; i + 1 < nameValues.length; i += 2) {
				ParameterValue value = F.createParameterValue();
				value.setName(nameValues[i]);
				value.setValue(nameValues[i + 1]);
				entry.getValues().add(value);
			}
			profile.getEntries().add(entry);
		}

		private static ParameterDefinition definition(SoftwarePackage softwarePackage, String name, ParameterType type,
				String defaultValue, Double min, Double max, String unit, String description) {
			ParameterDefinition definition = F.createParameterDefinition();
			definition.setName(name);
			definition.setType(type);
			definition.setDefaultValue(defaultValue);
			definition.setMinimum(min);
			definition.setMaximum(max);
			definition.setUnit(unit);
			definition.setDescription(description);
			softwarePackage.getParameters().add(definition);
			return definition;
		}

		private static void parameter(StackElement element, ParameterDefinition definition, String value, String desired) {
			Parameter parameter = F.createParameter();
			parameter.setKey(definition.getName());
			parameter.setDefinition(definition);
			parameter.setValue(value);
			parameter.setDesiredValue(desired);
			element.getParameters().add(parameter);
		}

		private static void discovered(StackElement element) {
			element.setDiscovered(true);
		}

		private Node find(String name) {
			return nodes.stream().filter(n -> n.getName().equals(name)).findFirst()
					.orElseThrow(() -> new IllegalStateException("no sample node " + name));
		}
	}
}
