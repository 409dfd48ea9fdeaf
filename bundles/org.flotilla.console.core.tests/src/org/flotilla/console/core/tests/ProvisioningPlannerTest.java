package org.flotilla.console.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.flotilla.console.core.DiscoveredStack;
import org.flotilla.console.core.provisioning.AcceptAsDesired;
import org.flotilla.console.core.provisioning.NodePlan;
import org.flotilla.console.core.provisioning.PlannedStep;
import org.flotilla.console.core.provisioning.PlannedStep.Kind;
import org.flotilla.console.core.provisioning.ProvisioningPlanner;
import org.flotilla.model.Group;
import org.flotilla.model.LayerKind;
import org.flotilla.model.Middleware;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.OsTuning;
import org.flotilla.model.ParameterDefinition;
import org.flotilla.model.ParameterType;
import org.flotilla.model.ParameterValue;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.Profile;
import org.flotilla.model.ProfileEntry;
import org.flotilla.model.SoftwarePackage;
import org.flotilla.model.SyncState;
import org.flotilla.protocol.Message.InventoryReport;
import org.flotilla.protocol.Message.StackItem;
import org.flotilla.protocol.packages.PackageOperations;
import org.junit.jupiter.api.Test;

/** The planner from what agents report (through {@link DiscoveredStack}) to what profiles want. */
class ProvisioningPlannerTest {

	private static final PoolFactory F = PoolFactory.eINSTANCE;

	private final Pool pool = F.createPool();
	private final Node node;
	private final SoftwarePackage jetty120 = pkg("jetty", "12.0.16", LayerKind.MIDDLEWARE);
	private final SoftwarePackage jetty121 = pkg("jetty", "12.1.5", LayerKind.MIDDLEWARE);
	private final SoftwarePackage shop = pkg("shop-demo", "1.2", LayerKind.APPLICATION);
	private final SoftwarePackage tuning = pkg("sysctl-tuning", "1.0", LayerKind.OPERATING_SYSTEM);

	ProvisioningPlannerTest() {
		pool.setName("p");
		Group rack = F.createGroup();
		rack.setName("r1");
		pool.getGroups().add(rack);
		node = F.createNode();
		node.setName("n1");
		node.setState(NodeState.READY);
		rack.getNodes().add(node);
		for (SoftwarePackage jetty : List.of(jetty120, jetty121)) {
			jetty.getParameters().add(definition("port", ParameterType.INTEGER, 1024.0, 65535.0, "8080", true));
			jetty.getParameters().add(definition("heap", ParameterType.SIZE, 32.0 * 1024 * 1024, null, "256M", true));
		}
		shop.getParameters().add(definition("context", ParameterType.STRING, null, null, "/shop-demo", false));
		tuning.getParameters().add(definition("vm.swappiness", ParameterType.INTEGER, 0.0, 100.0, "10", true));
	}

	private SoftwarePackage pkg(String name, String version, LayerKind layer) {
		SoftwarePackage p = F.createSoftwarePackage();
		p.setName(name);
		p.setVersion(version);
		p.setLayer(layer);
		p.setSha256("ab".repeat(32));
		p.setSizeBytes(1000);
		pool.getPackages().add(p);
		return p;
	}

	private static ParameterDefinition definition(String name, ParameterType type, Double min, Double max, String dflt,
			boolean overridable) {
		ParameterDefinition d = F.createParameterDefinition();
		d.setName(name);
		d.setType(type);
		d.setMinimum(min);
		d.setMaximum(max);
		d.setDefaultValue(dflt);
		d.setOverridable(overridable);
		return d;
	}

	private Profile profile(SoftwarePackage... packages) {
		Profile profile = F.createProfile();
		profile.setName("web");
		for (SoftwarePackage p : packages) {
			ProfileEntry entry = F.createProfileEntry();
			entry.setSoftwarePackage(p);
			profile.getEntries().add(entry);
		}
		pool.getProfiles().add(profile);
		return profile;
	}

	private static void value(ProfileEntry entry, String name, String value) {
		ParameterValue v = F.createParameterValue();
		v.setName(name);
		v.setValue(value);
		entry.getValues().add(v);
	}

	private void override(String packageName, String name, String value) {
		ParameterValue v = F.createParameterValue();
		v.setPackageName(packageName);
		v.setName(name);
		v.setValue(value);
		node.getProfileOverrides().add(v);
	}

	/** What an agent reports for an installed package (see AgentEndpoint's inventory). */
	private static StackItem installed(String layer, String name, String version, String... parameters) {
		Map<String, String> facts = new java.util.LinkedHashMap<>();
		facts.put(PackageOperations.PACKAGE_FACT, layer);
		facts.put("location", "/var/lib/flotilla/packages/" + name + "/" + version);
		facts.put("health", "healthy");
		for (int i = 0; i < parameters.length; i += 2) {
			facts.put(PackageOperations.PARAMETER_FACT_PREFIX + parameters[i], parameters[i + 1]);
		}
		return new StackItem(layer, name, version, facts);
	}

	private void report(StackItem... items) {
		DiscoveredStack.apply(node, new InventoryReport("n1", 1, List.of(items)));
	}

	@Test
	void acceptAsDesiredAdoptsWhatTheAgentReportsAsOneUndoableCommandAndSaysWhatItCannotAdopt() {
		Profile profile = profile(jetty121, shop);
		node.setProfile(profile);
		report(installed("middleware", "jetty", "12.1.5", "port", "8090", "heap", "256M"),
				installed("application", "shop-demo", "1.2", "context", "/elsewhere"));
		assertTrue(AcceptAsDesired.applies(node));
		EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());

		AcceptAsDesired.Edits edits = AcceptAsDesired.edits(domain, node);
		assertEquals(List.of("shop-demo context is /elsewhere on the node, but only the profile sets it (/shop-demo)"),
				edits.notAdopted(), "a parameter only the profile sets is said, not changed for every node of the profile");
		assertTrue(node.getProfileOverrides().isEmpty(), "nothing changes before the command runs");
		domain.getCommandStack().execute(edits.command());
		Middleware jetty = node.getMiddleware().stream().filter(m -> "jetty".equals(m.getName())).findFirst().orElseThrow();
		assertTrue(jetty.isDesired());
		assertEquals("12.1.5", jetty.getDesiredVersion());
		assertEquals("8090", jetty.getParameters().stream().filter(p -> "port".equals(p.getKey())).findFirst().orElseThrow()
				.getDesiredValue());
		assertEquals(List.of("jetty.port=8090"), node.getProfileOverrides().stream()
				.map(v -> v.getPackageName() + "." + v.getName() + "=" + v.getValue()).toList(),
				"the overridable port the node runs becomes its override; heap, as the profile has it, does not");
		assertEquals(Kind.RECONFIGURE, ProvisioningPlanner.plan(node).steps().get(0).kind(),
				"only shop-demo's context, which the profile alone sets, is still to change");

		AcceptAsDesired.Edits again = AcceptAsDesired.edits(domain, node);
		assertTrue(again.command().isEmpty(), "accepted once, nothing more to accept");
		assertEquals(edits.notAdopted(), again.notAdopted());
		domain.getCommandStack().undo();
		assertTrue(node.getProfileOverrides().isEmpty(), "one Undo takes all of it back");

		node.setProfile(profile(jetty120, shop));
		assertTrue(AcceptAsDesired.edits(domain, node).notAdopted().contains("jetty runs at 12.1.5, profile web has 12.0.16"),
				"another version than the profile's is said, not adopted for one node");
	}

	@Test
	void anEmptyNodeGetsEveryLayerInstalledBottomUpWithDefaultsAndOverrides() {
		Profile profile = profile(shop, jetty121, tuning);
		value(profile.getEntries().get(1), "heap", "512M");
		node.setProfile(profile);
		override("jetty", "port", "8081");

		NodePlan plan = ProvisioningPlanner.plan(node);
		assertEquals(List.of(), plan.problems());
		assertEquals(List.of("sysctl-tuning", "jetty", "shop-demo"), plan.steps().stream().map(PlannedStep::packageName).toList(),
				"OS tuning, then middleware, then application");
		assertTrue(plan.steps().stream().allMatch(s -> s.kind() == Kind.INSTALL));
		PlannedStep jetty = plan.steps().get(1);
		assertEquals(Map.of("port", "8081", "heap", "512M"), jetty.parameters(), "the override over the profile over the default");
		assertEquals(List.of("port", "heap"), jetty.changedParameters());
		assertNull(jetty.fromVersion());
		assertEquals("12.1.5", jetty.toVersion());
		assertEquals("install jetty 12.1.5; port=8081, heap=512M", jetty.description());
	}

	@Test
	void whatTheAgentReportsDecidesUpgradeReconfigureAndNothing() {
		report(installed("middleware", "jetty", "12.0.16", "port", "8080", "heap", "256M"),
				installed(PackageOperations.OS_TUNING_LAYER, "sysctl-tuning", "1.0", "vm.swappiness", "10"));
		Middleware jetty = node.getMiddleware().get(0);
		assertTrue(jetty.isManaged() && jetty.isDiscovered());
		assertEquals(List.of("heap=256M", "port=8080"), jetty.getParameters().stream().map(p -> p.getKey() + "=" + p.getValue()).toList(),
				"the package's parameters with the values the agent applied, by name");
		OsTuning tuned = node.getTunings().get(0);
		assertTrue(tuned.isManaged());
		assertEquals("10", tuned.getParameters().get(0).getValue());

		Profile profile = profile(jetty121, tuning);
		node.setProfile(profile);
		NodePlan plan = ProvisioningPlanner.plan(node);
		assertEquals(1, plan.steps().size(), "the tuning is as wanted: no step");
		PlannedStep step = plan.steps().get(0);
		assertEquals(Kind.UPGRADE, step.kind());
		assertEquals("12.0.16", step.fromVersion());
		assertEquals(List.of(), step.changedParameters());
		assertEquals("upgrade jetty 12.0.16 → 12.1.5", step.description());

		override("sysctl-tuning", "vm.swappiness", "1");
		plan = ProvisioningPlanner.plan(node);
		assertEquals(Kind.RECONFIGURE, plan.steps().get(0).kind());
		assertEquals("reconfigure sysctl-tuning 1.0; vm.swappiness 10 → 1", plan.steps().get(0).description());
		assertEquals(List.of("vm.swappiness"), plan.steps().get(0).changedParameters());

		report(installed("middleware", "jetty", "12.1.5", "port", "8080", "heap", "256M"),
				installed(PackageOperations.OS_TUNING_LAYER, "sysctl-tuning", "1.0", "vm.swappiness", "1"));
		assertTrue(ProvisioningPlanner.plan(node).isInSync());

		node.setProfile(profile(jetty120, tuning));
		assertEquals(Kind.DOWNGRADE, ProvisioningPlanner.plan(node).steps().get(0).kind());
	}

	@Test
	void packagesTheProfileNoLongerHasAreRemovedTopDownFirstAndOthersAreNeverTouched() {
		report(installed("middleware", "jetty", "12.1.5", "port", "8080", "heap", "256M"),
				installed("application", "shop-demo", "1.2", "context", "/shop-demo"),
				new StackItem("middleware", "nginx", "1.24", Map.of("location", "/usr/sbin/nginx")));
		assertFalse(node.getMiddleware().get(1).isManaged(), "found, not installed by Flotilla");
		node.setProfile(profile(tuning));

		NodePlan plan = ProvisioningPlanner.plan(node);
		assertEquals(List.of("remove shop-demo", "remove jetty", "install sysctl-tuning"),
				plan.steps().stream().map(s -> s.kind().word() + " " + s.packageName()).toList());
		assertEquals("remove shop-demo 1.2 (not in profile 'web')", plan.steps().get(0).description());
	}

	@Test
	void problemsForbidThePlan() {
		assertEquals(List.of("node n1 has no profile: apply one first"), ProvisioningPlanner.plan(node).problems());

		Profile profile = profile(jetty121);
		node.setProfile(profile);
		override("jetty", "port", "80");
		NodePlan plan = ProvisioningPlanner.plan(node);
		assertFalse(plan.isValid());
		assertEquals(1, plan.problems().size(), plan.problems().toString());
		assertTrue(plan.problems().get(0).contains("port") && plan.problems().get(0).contains("80"), plan.problems().get(0));

		node.getProfileOverrides().clear();
		jetty121.setSha256(null); // what the service does when its archive left the repository but a profile uses it
		node.setState(NodeState.UNREACHABLE);
		plan = ProvisioningPlanner.plan(node);
		assertEquals(List.of("node n1 is unreachable: no agent connected to provision it",
				"package jetty 12.1.5 of profile 'web' is not in the pool's repository (no archive to send)"), plan.problems());
	}

	@Test
	void markingDesiredShowsDriftUntilTheAgentReportsIt() {
		report(installed("middleware", "jetty", "12.0.16", "port", "8080", "heap", "256M"));
		Profile profile = profile(jetty121, shop);
		node.setProfile(profile);
		override("jetty", "port", "9090");
		NodePlan plan = ProvisioningPlanner.plan(node);
		ProvisioningPlanner.markDesired(plan);

		Middleware jetty = node.getMiddleware().get(0);
		assertEquals(SyncState.DRIFTED, jetty.getSyncState());
		assertEquals("12.1.5", jetty.getDesiredVersion());
		assertEquals(SyncState.DESIRED_ONLY, node.getApplications().get(0).getSyncState(), "to be installed");
		assertTrue(node.getApplications().get(0).isManaged());

		report(installed("middleware", "jetty", "12.1.5", "port", "9090", "heap", "256M"),
				installed("application", "shop-demo", "1.2", "context", "/shop-demo"));
		assertEquals(SyncState.IN_SYNC, jetty.getSyncState());
		assertEquals(SyncState.IN_SYNC, node.getApplications().get(0).getSyncState());
		assertTrue(ProvisioningPlanner.plan(node).isInSync());
	}
}
