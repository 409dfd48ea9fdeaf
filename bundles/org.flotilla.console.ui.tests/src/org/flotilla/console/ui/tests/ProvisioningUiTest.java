package org.flotilla.console.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.flotilla.agent.Agent;
import org.flotilla.agent.AgentConfig;
import org.flotilla.agent.AgentEndpoint;
import org.flotilla.console.core.ConnectionService;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.SamplePools;
import org.flotilla.console.core.hosts.PoolMembership;
import org.flotilla.console.core.remote.ServiceOperations;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.parts.PropertiesPart;
import org.flotilla.console.ui.internal.provisioning.ApplyProfileWizard;
import org.flotilla.console.ui.internal.provisioning.OverridesPage;
import org.flotilla.console.ui.internal.provisioning.PackagesPart;
import org.flotilla.console.ui.internal.provisioning.PlanPage;
import org.flotilla.console.ui.internal.provisioning.ProfileEditorPart;
import org.flotilla.model.JobKind;
import org.flotilla.model.Node;
import org.flotilla.model.ParameterValue;
import org.flotilla.model.Pool;
import org.flotilla.model.Profile;
import org.flotilla.model.SoftwarePackage;
import org.flotilla.model.persistence.PoolStore;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.SecretFiles;
import org.flotilla.service.PoolService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import oshi.SystemInfo;

/**
 * Packages, profiles and applying them, in the real console with real clicks and key presses: the Profile Editor
 * edits a parameter value (one command: Undo puts it back) and shows the validator's words at the field of a value out
 * of range; the Packages part lists the pool's repository and a package's parameters; connected to a real pool service
 * (in this JVM, real TLS on loopback) with a real agent, as an administrator, the Apply Profile wizard opened from the
 * Provisioning menu refuses an out-of-range override at its field, shows the plan of the node step by step, and its
 * Finish sets the node's profile and override at the service and starts the service's rolling provisioning job.
 * <p>
 * The tests run in order: the first two on the console's own sample pool, the last one connected to the service.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProvisioningUiTest {

	private static final char[] PASSWORD = "ui-test".toCharArray();
	private static ConsoleUnderTest console;
	private static PoolService service;
	private static Agent agent;
	private static AgentEndpoint endpoint;
	private static Path dir;
	private static PoolCertificateAuthority authority;
	private static final List<ProtocolClient> clients = new java.util.ArrayList<>();

	@BeforeAll
	static void start() throws Exception {
		dir = Files.createTempDirectory("flotilla-provisioning-ui");
		authority = PoolCertificateAuthority.openOrCreate(dir.resolve("ca"), PASSWORD, "ui pool");
		Path data = dir.resolve("agent");
		PoolCertificateAuthority.writeKeyStore(authority.issueAgent("node-1", PASSWORD), data.resolve(AgentEndpoint.KEYSTORE),
				PASSWORD);
		SecretFiles.write(data.resolve(AgentEndpoint.PASSWORD), "ui-test\n".getBytes(StandardCharsets.US_ASCII));
		agent = new Agent(new AgentConfig(null, "127.0.0.1", 0, data, "node-1", List.of(), Duration.ofSeconds(1),
				new AgentConfig.Allotment(1, 1L << 30, false), List.of(), Duration.ofSeconds(5), null), new SystemInfo(),
				InstantSource.system());
		agent.start();
		endpoint = AgentEndpoint.start(agent, AgentEndpoint.tlsFromDataDir(data), new InetSocketAddress("127.0.0.1", 0));

		// The service's repository: two tiny real packages (their steps only write a file), so that provisioning runs.
		Path repository = Files.createDirectories(dir.resolve("repository"));
		writePackage(repository.resolve("greeter-2.0.fpkg"), """
				name = greeter
				version = 2.0
				layer = middleware
				title = A greeting server (test package)
				parameter.port.type = int
				parameter.port.min = 1024
				parameter.port.max = 65535
				parameter.port.default = 8080
				parameter.port.description = Where it would listen
				parameter.heap.type = size
				parameter.heap.min = 32M
				parameter.heap.max = 64G
				parameter.heap.default = 256M
				parameter.mode.type = enum
				parameter.mode.values = fast,safe
				parameter.mode.default = safe
				parameter.mode.overridable = false
				step.install.command = steps/install.sh
				""");
		writePackage(repository.resolve("hello-1.0.fpkg"), """
				name = hello
				version = 1.0
				layer = application
				title = Hello (test package)
				parameter.greeting.type = string
				parameter.greeting.default = hello
				step.install.command = steps/install.sh
				""");

		Pool pool = SamplePools.create();
		Node first = pool.getAllNodes().get(0);
		first.setName("node-1");
		first.setAddress("127.0.0.1:" + endpoint.address().getPort());
		first.setProfile(null);
		first.getProfileOverrides().clear();
		// The profile the wizard applies: the service fills in the packages' checksums and parameters from its repository.
		Profile greeting = org.flotilla.model.PoolFactory.eINSTANCE.createProfile();
		greeting.setName("Greeting");
		greeting.setDescription("greeter 2.0 on port 8080 with hello on it");
		for (String[] nameVersionLayer : new String[][] { { "greeter", "2.0", "middleware" }, { "hello", "1.0", "application" } }) {
			SoftwarePackage p = org.flotilla.model.PoolFactory.eINSTANCE.createSoftwarePackage();
			p.setName(nameVersionLayer[0]);
			p.setVersion(nameVersionLayer[1]);
			p.setLayer(org.flotilla.model.LayerKind.getByName(nameVersionLayer[2]));
			pool.getPackages().add(p);
			org.flotilla.model.ProfileEntry entry = org.flotilla.model.PoolFactory.eINSTANCE.createProfileEntry();
			entry.setSoftwarePackage(p);
			greeting.getEntries().add(entry);
		}
		pool.getProfiles().add(greeting);
		// The sample's stack parameters name the definitions of its packages; those no profile uses leave the pool when
		// the service mirrors its repository, so the references go first.
		pool.eAllContents().forEachRemaining(o -> {
			if (o instanceof org.flotilla.model.Parameter parameter && parameter.getDefinition() != null) {
				parameter.setDefinition(null);
			}
		});
		Path file = dir.resolve("pool.flotilla");
		new PoolStore().save(pool, file);
		service = PoolService.start(new PoolService.Settings("ui pool", dir.resolve("service"), new InetSocketAddress("127.0.0.1", 0),
				"pool-service", 8, file, PoolCertificateAuthority.sslContext(authority.issueConsole("pool-service",
						ConsoleRole.ADMINISTRATOR, PASSWORD), PASSWORD), ConnectionService.Settings.DEFAULTS, repository));
		new IdentityKeystore(dir.resolve("people/ada.p12"), dir.resolve("people/ada.password")).issue(authority,
				PeerIdentity.console("ada", ConsoleRole.ADMINISTRATOR));
		console = new ConsoleUnderTest();
	}

	@AfterAll
	static void stop() throws Exception {
		if (console != null) {
			console.close();
		}
		clients.forEach(ProtocolClient::close);
		if (service != null) {
			service.close();
		}
		if (endpoint != null) {
			endpoint.close();
		}
		if (agent != null) {
			agent.close();
		}
	}

	@Test
	@Order(1)
	void theProfileEditorEditsAValueAsACommandAndShowsTheValidatorsWordsAtTheField() throws Exception {
		PoolSession session = console.get(PoolSession.class);
		console.startFromAFreshSamplePool("ProvisioningUiTest", session);
		Profile web = console.sync(() -> session.getPool().getProfiles().stream().filter(p -> "Web shop".equals(p.getName()))
				.findFirst().orElseThrow());
		console.run(() -> console.application().getContext().set(ConsoleIds.SELECTION, web));
		execute(ConsoleIds.COMMAND_SHOW_PROFILE_EDITOR);
		console.waitUntil("the Profile Editor is shown", () -> partObject(ConsoleIds.PART_PROFILE_EDITOR) != null);
		ProfileEditorPart editor = console.part(ConsoleIds.PART_PROFILE_EDITOR, ProfileEditorPart.class);
		console.waitUntil("the editor edits Web shop, with jetty's port", () -> editor.profile() == web && editor.field("jetty", "port") != null);
		giveRoom();

		// The port, typed and committed with Enter: one command.
		Text port = console.sync(() -> (Text) editor.field("jetty", "port").editor());
		assertEquals("8080", console.sync(port::getText));
		console.focus(port);
		console.type("9090");
		console.pressEnter();
		console.waitUntil("the profile's jetty port is 9090", () -> "9090".equals(portOf(web)));
		assertTrue(console.sync(() -> editor.field("jetty", "port").problemText().isEmpty()));

		// Ctrl+Z (a real key press, through the workbench's key binding) undoes it: the field shows 8080 again.
		console.focus(port);
		console.pressCtrl('z');
		console.waitUntil("Undo put the port back to 8080", () -> "8080".equals(portOf(web)) && "8080".equals(port.getText()));

		// Out of range: the model keeps what was typed (nothing is lost) and the validator's words show at the field.
		console.focus(port);
		console.type("70000");
		console.pressEnter();
		console.waitUntil("the validator's message is at the port field",
				() -> editor.field("jetty", "port").problemText().contains("'70000' is out of range"));
		String problem = console.sync(() -> editor.field("jetty", "port").problemText());
		assertTrue(problem.contains("1024") && problem.contains("65535"), problem);
		// A heap the package refuses, at its own field.
		Text heap = console.sync(() -> (Text) editor.field("jetty", "heap").editor());
		console.focus(heap);
		console.type("lots");
		console.pressEnter();
		console.waitUntil("the heap's problem is at the heap field", () -> editor.field("jetty", "heap").problemText().contains("'lots' is not a size"));
		Path picture = console.screenshot("console-profile-editor");
		assertTrue(Files.size(picture) > 10_000);

		// Undo twice: both values are back, and no problem is shown any more.
		console.focus(port);
		console.pressCtrl('z');
		console.pressCtrl('z');
		console.waitUntil("both edits undone, no problem shown", () -> "8080".equals(portOf(web))
				&& "512M".equals(valueOf(web, "jetty", "heap")) && editor.field("jetty", "port").problemText().isEmpty()
				&& editor.field("jetty", "heap").problemText().isEmpty());

		// Remove an entry with a click, then Undo brings it back.
		Button remove = console.sync(() -> Widgets.findButton((Composite) editor.control("entry-shop-demo"), ProfileEditorPart.REMOVE));
		click(remove);
		console.waitUntil("shop-demo left the stack", () -> web.getEntries().stream().noneMatch(e -> "shop-demo".equals(e.getSoftwarePackage().getName()))
				&& editor.control("entry-shop-demo") == null);
		console.run(() -> session.getEditingDomain().getCommandStack().undo());
		console.waitUntil("shop-demo is back in the stack, third", () -> web.getEntries().size() == 3
				&& "shop-demo".equals(web.getEntries().get(2).getSoftwarePackage().getName()) && editor.control("entry-shop-demo") != null);
	}

	@Test
	@Order(2)
	void thePackagesPartListsTheRepositoryAndAPackagesParameters() throws Exception {
		PoolSession session = console.get(PoolSession.class);
		console.startFromAFreshSamplePool("ProvisioningUiTest", session);
		execute(ConsoleIds.COMMAND_SHOW_PACKAGES);
		console.waitUntil("the Packages part is shown", () -> partObject(ConsoleIds.PART_PACKAGES) != null);
		PackagesPart packages = console.part(ConsoleIds.PART_PACKAGES, PackagesPart.class);
		console.waitUntil("every package of the pool is listed", () -> packages.shown().size() == session.getPool().getPackages().size()
				&& packages.shown().size() >= 5);
		int jetty = console.sync(() -> packages.shown().indexOf(packages.shown().stream().filter(p -> "jetty".equals(p.getName()))
				.findFirst().orElseThrow()));
		// As the pool service's mirror leaves it: a checksum of the repository's archive.
		console.run(() -> packages.shown().get(jetty).setSha256("ab".repeat(32)));
		Rectangle row = console.sync(() -> packages.packagesTable().getItem(jetty).getBounds());
		console.click(packages.packagesTable(), row);
		console.waitUntil("jetty's parameters are listed", () -> packages.parametersTable().getItemCount() == 3
				&& "port".equals(packages.parametersTable().getItem(0).getText(0)));
		// Properties shows the mirrored package read-only (the next rescan would write over any edit), and says why.
		PropertiesPart properties = console.part(ConsoleIds.PART_PROPERTIES, PropertiesPart.class);
		console.waitUntil("Properties shows jetty", () -> properties.getObject() == packages.shown().get(jetty));
		assertTrue(console.sync(properties::saysReadOnly));
		assertFalse(console.sync(() -> properties.editorOf("version").getEnabled()), "a repository package's version is not editable");
		int other = jetty == 0 ? 1 : 0;
		console.click(packages.packagesTable(), console.sync(() -> packages.packagesTable().getItem(other).getBounds()));
		console.waitUntil("Properties shows another package", () -> properties.getObject() == packages.shown().get(other));
		assertFalse(console.sync(properties::saysReadOnly), "a package of the pool file alone (no checksum) stays editable");
		assertTrue(console.sync(() -> properties.editorOf("version").getEnabled()));
		console.click(packages.packagesTable(), row);
		console.waitUntil("jetty's parameters are listed again", () -> properties.getObject() == packages.shown().get(jetty)
				&& packages.parametersTable().getItemCount() == 3);
		assertEquals("integer", console.sync(() -> packages.parametersTable().getItem(0).getText(1)));
		assertEquals("8080", console.sync(() -> packages.parametersTable().getItem(0).getText(3)));
		assertTrue(console.sync(() -> packages.parametersTable().getItem(0).getText(2)).contains("65535"));
		assertEquals("size", console.sync(() -> packages.parametersTable().getItem(1).getText(1)));
		// Without a pool service there is no rescanning, and the part says where the repository is.
		assertFalse(console.sync(() -> Widgets.findButton(packages.packagesTable().getParent().getParent(), PackagesPart.RESCAN).getEnabled()));
		assertTrue(console.sync(packages::statusText).contains("Connect to Pool Service"), console.sync(packages::statusText));
		Path picture = console.screenshot("console-packages");
		assertTrue(Files.size(picture) > 10_000);
	}

	@Test
	@Order(3)
	void theApplyProfileWizardRefusesABadOverrideShowsThePlanAndProvisionsThroughTheService() throws Exception {
		PoolSession session = console.get(PoolSession.class);
		console.closeDialogs();
		org.flotilla.console.ui.internal.service.ServiceConnector connector = console
				.get(org.flotilla.console.ui.internal.service.ServiceConnector.class);
		console.run(() -> connector.connect(service.address(), dir.resolve("people/ada.p12")));
		console.waitUntil("the service's pool is in the console, as an administrator's", () -> session.isServiceBacked()
				&& session.getPool().getAllNodes().stream().anyMatch(n -> "node-1".equals(n.getName()))
				&& console.application().getContext().get(PoolMembership.class) != null);
		// The service reaches node-1's agent (the plan refuses a node without one).
		ProtocolClient sam = ProtocolClient.builder(service.address(), PoolCertificateAuthority.sslContext(authority.issueConsole("sam",
				ConsoleRole.SUPPORT, PASSWORD), PASSWORD), PeerKind.CONSOLE, "sam").requestTimeout(Duration.ofSeconds(60)).connect();
		clients.add(sam);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (sam.request(ServiceOperations.AGENT_AUDIT, 0, Map.of("node", "node-1")).get(60, TimeUnit.SECONDS).status() != Response.Status.OK) {
			assertTrue(System.nanoTime() < deadline, "the pool service did not reach node-1's agent");
			Thread.sleep(100);
		}
		// The Packages part shows the service's repository, with checksums; Rescan (a real click) asks the service.
		execute(ConsoleIds.COMMAND_SHOW_PACKAGES);
		PackagesPart packages = console.part(ConsoleIds.PART_PACKAGES, PackagesPart.class);
		console.waitUntil("the service's packages are listed with their checksums", () -> packages.shown().stream()
				.anyMatch(p -> "greeter".equals(p.getName()) && p.getSha256() != null && p.getSha256().length() == 64));
		Button rescan = console.sync(() -> Widgets.findButton(packages.packagesTable().getParent().getParent(), PackagesPart.RESCAN));
		console.waitUntil("Rescan is enabled for an administrator", rescan::getEnabled);
		click(rescan);
		console.waitUntil("the service rescanned its repository", () -> packages.statusText().startsWith("Rescanned: "));
		assertTrue(console.sync(packages::statusText).contains("2 package versions served"), console.sync(packages::statusText));
		int greeter = console.sync(() -> packages.shown().indexOf(packages.shown().stream().filter(p -> "greeter".equals(p.getName()))
				.findFirst().orElseThrow()));
		console.click(packages.packagesTable(), console.sync(() -> packages.packagesTable().getItem(greeter).getBounds()));
		console.waitUntil("greeter's parameters are listed", () -> packages.parametersTable().getItemCount() == 3);
		console.screenshot("console-packages-service");

		Node node = console.sync(() -> nodeNamed(session, "node-1"));
		console.waitUntil("node-1 is not unreachable", () -> node.getState() != org.flotilla.model.NodeState.UNREACHABLE);
		console.run(() -> console.application().getContext().set(ConsoleIds.SELECTION, node));

		// Provisioning › Apply Profile… with real keys: Alt+V, then A.
		openProvisioningMenuItem("a");
		console.waitUntil("the Apply Profile wizard is open", () -> Widgets.dialog(ApplyProfileWizard.TITLE) != null);
		Shell shell = console.sync(() -> Widgets.dialog(ApplyProfileWizard.TITLE));
		WizardDialog dialog = console.sync(() -> (WizardDialog) shell.getData());
		ApplyProfileWizard wizard = console.sync(() -> (ApplyProfileWizard) dialog.getCurrentPage().getWizard());
		// Page 1: node-1 comes ticked (it was selected); the profile is Web shop.
		assertTrue(console.sync(() -> wizard.nodesPage().table().getItem(0) != null));
		console.run(() -> {
			Combo profiles = (Combo) find(shell, c -> c instanceof Combo combo && combo.indexOf("Greeting") >= 0 && combo.indexOf("Database") >= 0);
			profiles.select(profiles.indexOf("Greeting"));
			profiles.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
		assertTrue(console.sync(() -> wizard.nodesPage().isPageComplete()), console.sync(() -> String.valueOf(wizard.nodesPage().getErrorMessage())));
		click(console.sync(() -> button(shell, "Next >")));
		console.waitUntil("page 2, the overrides", () -> dialog.getCurrentPage() == wizard.overridesPage());

		// Page 2: node-1's jetty port, out of range: refused at the field, and Next stays disabled.
		OverridesPage overrides = wizard.overridesPage();
		Text port = console.sync(() -> (Text) overrides.field(node, "greeter.port").editor());
		focusIn(shell, port);
		console.type("70000");
		console.pressEnter();
		console.waitUntil("the override's problem is at its field", () -> overrides.field(node, "greeter.port").problemText()
				.contains("'70000' is out of range"));
		assertEquals(wizard.overridesPage(), console.sync(dialog::getCurrentPage), "Enter did not leave the page");
		assertFalse(console.sync(() -> button(shell, "Next >").getEnabled()), "Next is disabled while a value is refused");
		assertTrue(console.sync(() -> String.valueOf(overrides.getErrorMessage())).contains("node-1"));
		console.screenshotScreen("console-apply-profile-overrides");
		focusIn(shell, port);
		console.type("8089");
		console.pressEnter();
		// Accepted: Enter now goes on to the next page, as in any wizard.
		console.waitUntil("the override is accepted and Enter went on to page 3, the plan", () -> overrides.field(node, "greeter.port")
				.problemText().isEmpty() && dialog.getCurrentPage() == wizard.planPage());

		// Page 3: every step of node-1's plan, the override in it, and Finish enabled (no problem).
		PlanPage plan = wizard.planPage();
		List<String> lines = console.sync(plan::lines);
		assertTrue(lines.stream().anyMatch(l -> l.contains("install greeter 2.0") && l.contains("port=8089") && l.contains("heap=256M")
				&& l.contains("mode=safe")), lines.toString());
		assertTrue(lines.stream().anyMatch(l -> l.contains("install hello 1.0") && l.contains("greeting=hello")), lines.toString());
		assertTrue(lines.indexOf(lines.stream().filter(l -> l.contains("install greeter")).findFirst().orElseThrow()) < lines
				.indexOf(lines.stream().filter(l -> l.contains("install hello")).findFirst().orElseThrow()), "middleware first: " + lines);
		console.waitUntil("Finish is enabled", () -> button(shell, "Finish").getEnabled());
		console.run(() -> plan.parallel().setSelection(3));
		console.screenshotScreen("console-apply-profile-plan");

		// Finish: the node's profile and override go to the service, then the service starts its rolling job.
		long before = service.revision();
		click(console.sync(() -> button(shell, "Finish")));
		console.waitUntil("the wizard closed", shell::isDisposed);
		console.waitUntil("node-1 has profile Greeting with its port override", () -> node.getProfile() != null
				&& "Greeting".equals(node.getProfile().getName()) && node.getProfileOverrides().size() == 1
				&& "8089".equals(node.getProfileOverrides().get(0).getValue()));
		assertTrue(waitForRevisionAbove(before), "the edits reached the service");
		console.waitUntil("the service's rolling provisioning job is in the console's pool", Duration.ofSeconds(60),
				() -> Widgets.dialog("Provisioning Refused") == null && session.getPool().getJobs().stream().anyMatch(j -> j.getKind() == JobKind.PROVISIONING
						&& j.getNode() == null && j.getName() != null && j.getName().startsWith("Apply profile Greeting")));
		assertTrue(console.sync(() -> Widgets.dialog("Provisioning Refused") == null), "the service did not refuse");
		// The agent installs both packages with the values planned (the override among them).
		console.waitUntil("node-1's provisioning job is done", Duration.ofSeconds(90), () -> session.getPool().getJobs().stream()
				.anyMatch(j -> j.getKind() == JobKind.PROVISIONING && j.getNode() == node && j.getFinished() != null));
		org.flotilla.model.Job done = console.sync(() -> session.getPool().getJobs().stream()
				.filter(j -> j.getKind() == JobKind.PROVISIONING && j.getNode() == node).findFirst().orElseThrow());
		assertEquals(org.flotilla.model.JobState.SUCCEEDED, done.getState(), done.getMessage());
		Path said = dir.resolve("agent/packages/greeter/state/installed-with");
		assertTrue(Files.readString(said).contains("FLOTILLA_PARAM_PORT=8089"), Files.readString(said));
		console.screenshot("console-apply-profile-jobs");

		// Make It So on node-1 (as its context menu runs it): the node's plan is shown before anything is asked.
		console.run(() -> console.application().getContext().set(ConsoleIds.SELECTION, node));
		execute(ConsoleIds.COMMAND_MAKE_IT_SO);
		console.waitUntil("Make It So shows node-1's plan", () -> Widgets.dialog(
				org.flotilla.console.ui.internal.provisioning.MakeItSoHandler.TITLE) != null);
		Shell makeItSo = console.sync(() -> Widgets.dialog(org.flotilla.console.ui.internal.provisioning.MakeItSoHandler.TITLE));
		assertTrue(console.sync(() -> Widgets.labelTexts(makeItSo)).contains("node-1"), console.sync(() -> Widgets.labelTexts(makeItSo)));
		console.run(makeItSo::close);
		console.waitUntil("Make It So closed", makeItSo::isDisposed);

		// Accept as Desired: someone sets node-1's port to 8090 without applying it; adopting what the agent reports
		// puts 8089, what node-1 really runs, back as its override (one command, so Undo would take it back).
		console.waitUntil("node-1's agent reports greeter with port 8089", Duration.ofSeconds(30), () -> node.getMiddleware().stream()
				.anyMatch(m -> m.isManaged() && m.isDiscovered() && "greeter".equals(m.getName()) && m.getParameters().stream()
						.anyMatch(p -> "port".equals(p.getKey()) && "8089".equals(p.getValue()))));
		long beforeOverride = service.revision();
		console.run(() -> session.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
				session.getEditingDomain(), node.getProfileOverrides().get(0),
				org.flotilla.model.PoolPackage.Literals.PARAMETER_VALUE__VALUE, "8090")));
		assertTrue(waitForRevisionAbove(beforeOverride), "the changed override reached the service");
		execute(ConsoleIds.COMMAND_ACCEPT_AS_DESIRED);
		console.waitUntil("node-1's override is what it runs again", () -> node.getProfileOverrides().stream()
				.anyMatch(v -> "greeter".equals(v.getPackageName()) && "port".equals(v.getName()) && "8089".equals(v.getValue())));
		console.closeDialogs();
	}

	/** A package archive: the manifest, and an install step that writes what it was given into the package's state. */
	private static void writePackage(Path file, String manifest) throws java.io.IOException {
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("flotilla-package.properties"));
			zip.write(manifest.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new java.util.zip.ZipEntry("steps/install.sh"));
			zip.write("env | grep '^FLOTILLA_PARAM_' > \"$FLOTILLA_PACKAGE_STATE/installed-with\"\n".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
	}

	private static String portOf(Profile profile) {
		return valueOf(profile, "jetty", "port");
	}

	private static String valueOf(Profile profile, String packageName, String parameter) {
		return profile.getEntries().stream().filter(e -> packageName.equals(e.getSoftwarePackage().getName()))
				.flatMap(e -> e.getValues().stream()).filter(v -> parameter.equals(v.getName())).map(ParameterValue::getValue)
				.findFirst().orElse(null);
	}

	private static Node nodeNamed(PoolSession session, String name) {
		return session.getPool().getAllNodes().stream().filter(n -> name.equals(n.getName())).findFirst().orElseThrow();
	}

	private static boolean waitForRevisionAbove(long revision) throws Exception {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (service.revision() <= revision && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		return service.revision() > revision;
	}

	/** Runs a command as its menu item would (through the handler service). */
	private static void execute(String command) {
		console.run(() -> console.display().asyncExec(() -> {
			IEclipseContext window = console.application().getChildren().get(0).getContext();
			window.get(EHandlerService.class).executeHandler(window.get(ECommandService.class).createCommand(command, null));
		}));
		console.flush();
	}

	private static Object partObject(String id) {
		org.eclipse.e4.ui.model.application.ui.basic.MPart part = (org.eclipse.e4.ui.model.application.ui.basic.MPart) console
				.application().getContext().get(org.eclipse.e4.ui.workbench.modeling.EModelService.class).find(id, console.application());
		return part == null ? null : part.getObject();
	}

	/** Room for the center parts, as a person would drag the sashes (for the pictures). */
	private static void giveRoom() {
		console.run(() -> {
			org.eclipse.e4.ui.workbench.modeling.EModelService models = console.application().getContext()
					.get(org.eclipse.e4.ui.workbench.modeling.EModelService.class);
			Map.of("stack.left", "20", "sash.center", "60", "stack.right", "20", "stack.topology", "14", "stack.center", "86")
					.forEach((id, share) -> models.find("org.flotilla.console.ui." + id, console.application()).setContainerData(share));
		});
		console.flush();
	}

	/** Opens the Provisioning menu with Alt+V and, once it shows, picks the item whose mnemonic is {@code mnemonic}. */
	private static void openProvisioningMenuItem(String mnemonic) {
		org.eclipse.swt.widgets.Menu menu = console.sync(() -> {
			for (org.eclipse.swt.widgets.MenuItem item : console.mainShell().getMenuBar().getItems()) {
				if (item.getText().replace("&", "").equals("Provisioning")) {
					return item.getMenu();
				}
			}
			throw new AssertionError("no Provisioning menu in the menu bar");
		});
		console.run(() -> console.mainShell().forceActive());
		console.waitUntil("the main window is active", () -> console.display().getActiveShell() == console.mainShell());
		console.key("alt+v");
		console.waitUntil("the Provisioning menu is open", menu::isVisible);
		console.key(mnemonic);
	}

	/** Gives {@code text} of the dialog {@code shell} the focus with its text selected, as a click and select-all would. */
	private static void focusIn(Shell shell, Text text) {
		console.waitUntil("the dialog is active", () -> console.display().getActiveShell() == shell);
		click(text);
		console.run(text::selectAll);
		console.waitUntil("the field has the focus (" + console.sync(() -> "visible " + text.isVisible() + chain(text) + ", bounds " + text.getBounds()
				+ ", enabled " + text.isEnabled() + ", focus " + console.display().getFocusControl() + ", active " + console.display().getActiveShell())
				+ ")", text::isFocusControl);
	}

	private static String chain(Control control) {
		StringBuilder text = new StringBuilder();
		for (Control walk = control; walk != null; walk = walk.getParent()) {
			text.append(" < ").append(walk.getClass().getSimpleName()).append(walk.getVisible() ? "" : "(hidden)");
		}
		return text.toString();
	}

	private static void click(Control control) {
		console.click(control, console.sync(() -> new Rectangle(0, 0, control.getSize().x, control.getSize().y)));
		console.flush();
		// The pointer leaves the button: the wizard's next page has its Next button at the same place.
		ConsoleUnderTest.xdotool("mousemove", "--sync", "2", "2");
		console.flush();
	}

	/** The dialog's button labelled {@code label} (mnemonics ignored). */
	private static Button button(Composite parent, String label) {
		Control found = find(parent, c -> c instanceof Button b && b.getText().replace("&", "").equals(label));
		if (found == null) {
			throw new AssertionError("no button " + label);
		}
		return (Button) found;
	}

	private static Control find(Composite parent, java.util.function.Predicate<Control> test) {
		for (Control child : parent.getChildren()) {
			if (test.test(child)) {
				return child;
			}
			if (child instanceof Composite composite) {
				Control found = find(composite, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
