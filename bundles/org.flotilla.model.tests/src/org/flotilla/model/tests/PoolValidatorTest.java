package org.flotilla.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.flotilla.model.Disk;
import org.flotilla.model.Node;
import org.flotilla.model.OperatingSystem;
import org.flotilla.model.Parameter;
import org.flotilla.model.ParameterDefinition;
import org.flotilla.model.ParameterType;
import org.flotilla.model.ParameterValue;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.Profile;
import org.flotilla.model.ProfileEntry;
import org.flotilla.model.SoftwarePackage;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.Task;
import org.flotilla.model.validation.PoolDiagnostician;
import org.flotilla.model.validation.PoolValidator;
import org.junit.jupiter.api.Test;

class PoolValidatorTest {

	private static final PoolFactory F = PoolFactory.eINSTANCE;

	private static final PoolPackage P = PoolPackage.eINSTANCE;

	@Test
	void theSmallPoolIsValid() {
		Diagnostic result = PoolDiagnostician.check(Pools.small());
		assertEquals(Diagnostic.OK, result.getSeverity(), () -> result.getChildren().toString());
	}

	@Test
	void zeroOrNegativeCapacityIsReportedOnTheField() {
		Pool pool = Pools.small();
		Node alpha = node(pool, "alpha");
		alpha.setCpuCapacity(0);
		alpha.setMemoryCapacity(-1);

		Diagnostic cpu = only(pool, PoolValidator.NOT_POSITIVE, alpha, P.getNode_CpuCapacity());
		assertEquals("Node 'alpha': CPU capacity must be greater than 0 (is 0)", cpu.getMessage());
		Diagnostic memory = only(pool, PoolValidator.NOT_POSITIVE, alpha, P.getNode_MemoryCapacity());
		assertEquals("Node 'alpha': Memory capacity must be greater than 0 (is -1)", memory.getMessage());
	}

	@Test
	void zeroSizedHardwareIsReported() {
		Pool pool = Pools.small();
		Disk disk = Pools.F.createDisk();
		disk.setName("sda");
		node(pool, "bravo").getHardware().add(disk);
		Diagnostic d = only(pool, PoolValidator.NOT_POSITIVE, disk, P.getDisk_SizeGib());
		assertEquals("Disk 'sda' on node 'bravo': Size (GiB) must be greater than 0 (is 0)", d.getMessage());
	}

	@Test
	void duplicateNodeNamesAndAddressesAreReportedOnEveryDuplicate() {
		Pool pool = Pools.small();
		Node bravo = node(pool, "bravo");
		Node charlie = node(pool, "charlie");
		charlie.setName("bravo");
		charlie.setAddress(node(pool, "alpha").getAddress());

		Diagnostic onBravo = only(pool, PoolValidator.DUPLICATE_NAME, bravo, P.getNode_Name());
		assertEquals("Node 'bravo': name 'bravo' is used by 2 nodes; node names must be unique", onBravo.getMessage());
		only(pool, PoolValidator.DUPLICATE_NAME, charlie, P.getNode_Name());
		Diagnostic address = only(pool, PoolValidator.DUPLICATE_ADDRESS, charlie, P.getNode_Address());
		assertTrue(address.getMessage().contains("address '10.0.0.1' is used by 2 nodes"), address.getMessage());
	}

	@Test
	void parameterValueOutsideItsRangeOrTypeIsReported() {
		Pool pool = Pools.small();
		OperatingSystem os = node(pool, "alpha").getOperatingSystem();
		Parameter swappiness = os.getParameters().get(0);
		swappiness.setDesiredValue("200");

		Diagnostic range = only(pool, PoolValidator.PARAMETER_VALUE, swappiness, P.getParameter_DesiredValue());
		assertEquals("Parameter 'vm.swappiness' of Operating system 'Debian' on node 'alpha': "
				+ "Desired value '200' is out of range (a whole number 0..100)", range.getMessage());

		swappiness.setDesiredValue("ten");
		Diagnostic type = only(pool, PoolValidator.PARAMETER_VALUE, swappiness, P.getParameter_DesiredValue());
		assertTrue(type.getMessage().contains("'ten' is not a whole number"), type.getMessage());

		swappiness.setDesiredValue("10");
		swappiness.setValue("-5");
		only(pool, PoolValidator.PARAMETER_VALUE, swappiness, P.getParameter_Value());
	}

	@Test
	void aProfileGivesItsPackagesValidValuesForKnownParametersAndEveryRequiredOne() {
		Pool pool = Pools.small();
		SoftwarePackage jetty = F.createSoftwarePackage();
		jetty.setName("jetty");
		jetty.setVersion("12.1.5");
		ParameterDefinition port = Pools.definition("port", ParameterType.INTEGER, null, 1024.0, 65535.0); // required
		ParameterDefinition heap = Pools.definition("heap", ParameterType.SIZE, "256M", 32.0 * (1 << 20), 64.0 * (1L << 30));
		jetty.getParameters().addAll(List.of(port, heap));
		pool.getPackages().add(jetty);
		Profile web = F.createProfile();
		web.setName("web");
		ProfileEntry entry = F.createProfileEntry();
		entry.setSoftwarePackage(jetty);
		web.getEntries().add(entry);
		pool.getProfiles().add(web);

		Diagnostic missing = only(pool, PoolValidator.PROFILE, entry, P.getProfileEntry_Values());
		assertEquals("Profile entry 'jetty 12.1.5' of Profile 'web': parameter 'port' of package 'jetty 12.1.5' has no default: "
				+ "give it a value (a whole number 1024..65535)", missing.getMessage());

		ParameterValue portValue = value(entry, "port", "80");
		Diagnostic low = only(pool, PoolValidator.PARAMETER_VALUE, portValue, P.getParameterValue_Value());
		assertTrue(low.getMessage().endsWith("port of package 'jetty 12.1.5': '80' is out of range (a whole number 1024..65535)"),
				low.getMessage());
		portValue.setValue("8080");
		ParameterValue heapValue = value(entry, "heap", "16M");
		assertTrue(only(pool, PoolValidator.PARAMETER_VALUE, heapValue, P.getParameterValue_Value()).getMessage()
				.contains("'16M' is out of range (a size in bytes with an optional K, M or G suffix 32M..64G)"));
		heapValue.setValue("512M");
		ParameterValue typo = value(entry, "hepa", "1G");
		assertTrue(only(pool, PoolValidator.PROFILE, typo, P.getParameterValue_Name()).getMessage()
				.contains("package 'jetty 12.1.5' has no parameter 'hepa' (it has port, heap)"));
		entry.getValues().remove(typo);
		assertTrue(PoolDiagnostician.check(pool).getSeverity() < Diagnostic.ERROR, "valid now");

		// A node overrides only overridable parameters of a package in its profile, with valid values.
		Node alpha = node(pool, "alpha");
		alpha.setProfile(web);
		ParameterValue override = F.createParameterValue();
		override.setPackageName("jetty");
		override.setName("port");
		override.setValue("8081");
		alpha.getProfileOverrides().add(override);
		assertTrue(PoolDiagnostician.check(pool).getSeverity() < Diagnostic.ERROR, "an override of the port is fine");
		port.setOverridable(false);
		assertTrue(only(pool, PoolValidator.PROFILE, override, P.getParameterValue_Value()).getMessage()
				.contains("is the profile's to set, not a node's"));
		port.setOverridable(true);
		override.setPackageName("tomcat");
		assertTrue(only(pool, PoolValidator.PROFILE, override, P.getParameterValue_PackageName()).getMessage()
				.contains("which is not in its profile 'web'"));

		// A package once per version in the repository, and once per stack.
		override.setPackageName("jetty");
		ProfileEntry again = F.createProfileEntry();
		again.setSoftwarePackage(jetty);
		value(again, "port", "9090");
		web.getEntries().add(again);
		assertTrue(only(pool, PoolValidator.PROFILE, again, P.getProfileEntry_SoftwarePackage()).getMessage()
				.contains("package 'jetty' is in the stack more than once"));
	}

	private static ParameterValue value(ProfileEntry entry, String name, String text) {
		ParameterValue value = F.createParameterValue();
		value.setName(name);
		value.setValue(text);
		entry.getValues().add(value);
		return value;
	}

	@Test
	void parameterDefinitionsAreCheckedThemselves() {
		Pool pool = Pools.small();
		ParameterDefinition scheduler = Pools.definition("io.scheduler", ParameterType.CHOICE, "bfq", null, null);
		scheduler.getAllowedValues().addAll(List.of("none", "mq-deadline"));
		pool.getPackages().get(0).getParameters().add(scheduler);
		Diagnostic d = only(pool, PoolValidator.PARAMETER_VALUE, scheduler, P.getParameterDefinition_DefaultValue());
		assertTrue(d.getMessage().contains("'bfq' is not one of none, mq-deadline"), d.getMessage());

		ParameterDefinition flag = Pools.definition("huge", ParameterType.BOOLEAN, "yes", null, null);
		pool.getPackages().get(0).getParameters().add(flag);
		only(pool, PoolValidator.PARAMETER_VALUE, flag, P.getParameterDefinition_DefaultValue());

		ParameterDefinition inverted = Pools.definition("ratio", ParameterType.DECIMAL, null, 5.0, 1.0);
		pool.getPackages().get(0).getParameters().add(inverted);
		only(pool, PoolValidator.PARAMETER_DEFINITION, inverted, P.getParameterDefinition_Minimum());
	}

	@Test
	void demandLargerThanAnyNodeIsReportedOnThatResource() {
		Pool pool = Pools.small();
		Task web = task(pool, "web");
		web.setCpuDemand(32); // the largest node has 16 cores
		Diagnostic d = only(pool, PoolValidator.DEMAND_TOO_LARGE, web, P.getTask_CpuDemand());
		assertEquals("Task 'web': CPU demand 32 cores is larger than any node can hold (largest: 16 cores)", d.getMessage());
	}

	@Test
	void demandThatNoSingleNodeHoldsIsReported() {
		Pool pool = Pools.small();
		node(pool, "charlie").setMemoryCapacity(200_000); // most memory, fewest cores
		Task web = task(pool, "web");
		web.setCpuDemand(10); // only alpha has the cores ...
		web.setMemoryDemand(100_000); // ... only charlie has the memory
		List<Diagnostic> found = find(PoolDiagnostician.check(pool), PoolValidator.DEMAND_TOO_LARGE, web);
		assertEquals(1, found.size(), found::toString);
		assertTrue(found.get(0).getMessage().startsWith("Task 'web': no single node holds its whole demand"));
	}

	@Test
	void decommissionedNodesDoNotCountAsCapacity() {
		Pool pool = Pools.small();
		node(pool, "alpha").setState(org.flotilla.model.NodeState.DECOMMISSIONED);
		Task web = task(pool, "web");
		web.setCpuDemand(12);
		only(pool, PoolValidator.DEMAND_TOO_LARGE, web, P.getTask_CpuDemand());
	}

	@Test
	void taskAntiAffineWithItselfIsReported() {
		Pool pool = Pools.small();
		Task web = task(pool, "web");
		web.getAntiAffinity().add(web);
		Diagnostic d = only(pool, PoolValidator.SELF_ANTI_AFFINITY, web, P.getTask_AntiAffinity());
		assertEquals("Task 'web': anti-affinity lists the task itself, so it could run nowhere", d.getMessage());
	}

	@Test
	void taskBothAffineAndAntiAffineIsReported() {
		Pool pool = Pools.small();
		Task db = task(pool, "db");
		db.getAffinity().add(task(pool, "web"));
		only(pool, PoolValidator.CONTRADICTORY_AFFINITY, db, P.getTask_AntiAffinity());
	}

	@Test
	void negativeDemandIsReported() {
		Pool pool = Pools.small();
		Task web = task(pool, "web");
		web.setNetworkDemand(-3);
		only(pool, PoolValidator.NEGATIVE_DEMAND, web, P.getTask_NetworkDemand());
	}

	@Test
	void taskNamesAreRequiredUniqueAndUsableAsIds() {
		Pool pool = Pools.small();
		Task web = task(pool, "web");
		Task twin = task(pool, "db");
		twin.setName("web");
		Diagnostic duplicate = only(pool, PoolValidator.DUPLICATE_NAME, web, P.getTask_Name());
		assertEquals("Task 'web': name 'web' is used by 2 tasks; task names must be unique in the pool", duplicate.getMessage());
		only(pool, PoolValidator.DUPLICATE_NAME, twin, P.getTask_Name());

		twin.setName("web 2 (copy)");
		Diagnostic bad = only(pool, PoolValidator.TASK_NAME, twin, P.getTask_Name());
		assertTrue(bad.getMessage().startsWith("Task 'web 2 (copy)': name must be 1 to 64 letters"), bad.getMessage());
		twin.setName(null);
		only(pool, PoolValidator.TASK_NAME, twin, P.getTask_Name());
		twin.setName("x".repeat(65));
		only(pool, PoolValidator.TASK_NAME, twin, P.getTask_Name());
	}

	@Test
	void aTaskNeedsACommandNonNegativeRestartsAndNameValueEnvironment() {
		Pool pool = Pools.small();
		Task web = task(pool, "web");
		web.setCommand(" ");
		web.setMaxRestarts(-1);
		web.getEnvironment().add("NOVALUE");
		assertEquals("Task 'web': no command to run", only(pool, PoolValidator.NO_COMMAND, web, P.getTask_Command()).getMessage());
		assertEquals("Task 'web': Max restarts must not be negative (is -1)",
				only(pool, PoolValidator.NEGATIVE_RESTARTS, web, P.getTask_MaxRestarts()).getMessage());
		assertEquals("Task 'web': environment entry 'NOVALUE' is not NAME=value",
				only(pool, PoolValidator.ENVIRONMENT, web, P.getTask_Environment()).getMessage());
		web.getEnvironment().set(0, "BASH_FUNC_echo%%=() { :; }");
		assertEquals("Task 'web': environment variable 'BASH_FUNC_echo%%' is not a name of letters, digits and _ that does not start with a digit",
				only(pool, PoolValidator.ENVIRONMENT, web, P.getTask_Environment()).getMessage());
		web.getEnvironment().set(0, "JAVA_OPTS=-Xmx1g -Da=b=c");
		assertTrue(find(PoolDiagnostician.check(pool), PoolValidator.ENVIRONMENT, web).isEmpty(), "a value may hold anything, '=' included");
	}

	@Test
	void theRestartGraceIsAtLeastOneSecond() {
		Pool pool = Pools.small();
		pool.setRestartGraceSeconds(1);
		assertTrue(find(PoolDiagnostician.check(pool), PoolValidator.RESTART_GRACE, pool).isEmpty(), "1 s is enough");
		pool.setRestartGraceSeconds(0);
		Diagnostic zero = only(pool, PoolValidator.RESTART_GRACE, pool, P.getPool_RestartGraceSeconds());
		assertTrue(zero.getMessage().contains("must be at least 1 s (is 0)"), zero.getMessage());
		pool.setRestartGraceSeconds(-5);
		assertTrue(only(pool, PoolValidator.RESTART_GRACE, pool, P.getPool_RestartGraceSeconds()).getMessage()
				.contains("(is -5)"));
	}

	private static Diagnostic only(Pool pool, int code, EObject object, EStructuralFeature feature) {
		Diagnostic result = PoolDiagnostician.check(pool);
		List<Diagnostic> found = find(result, code, object).stream().filter(d -> d.getData().get(1) == feature).toList();
		assertEquals(1, found.size(), () -> "expected one diagnostic " + code + " on " + feature.getName() + " of " + object
				+ " in " + result.getChildren());
		Diagnostic diagnostic = found.get(0);
		assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
		return diagnostic;
	}

	private static List<Diagnostic> find(Diagnostic result, int code, EObject object) {
		return result.getChildren().stream()
				.filter(d -> PoolValidator.SOURCE.equals(d.getSource()) && d.getCode() == code && d.getData().get(0) == object)
				.toList();
	}

	private static Node node(Pool pool, String name) {
		return pool.getAllNodes().stream().filter(n -> name.equals(n.getName())).findFirst().orElseThrow();
	}

	private static Task task(Pool pool, String name) {
		return pool.getTasks().stream().filter(t -> name.equals(t.getName())).findFirst().orElseThrow();
	}
}
