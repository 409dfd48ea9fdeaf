package org.flotilla.console.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import javax.net.ssl.SSLContext;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.flotilla.agent.Agent;
import org.flotilla.agent.AgentConfig;
import org.flotilla.agent.AgentEndpoint;
import org.flotilla.console.core.ConnectionService;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.SamplePools;
import org.flotilla.console.core.audit.AuditTrail;
import org.flotilla.console.core.remote.ServiceOperations;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.audit.AuditPart;
import org.flotilla.console.ui.internal.service.ServiceConnector;
import org.flotilla.console.ui.internal.tasks.CsvExport;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolPackage;
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
import org.junit.jupiter.api.Test;

import oshi.SystemInfo;

/**
 * Audit › Show Audit in the real console connected to a real pool service (in this JVM, real TLS on loopback) with a
 * real agent: the part shows the administrator's edit made in the test and a support person's refused drain, filters
 * by person with a real click on Search (the service filters), exports what it shows as CSV, and fetches the selected
 * node's own audit from its agent through the service.
 */
class AuditUiTest {

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
		dir = Files.createTempDirectory("flotilla-audit-ui");
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
		// The node's own audit: an administrator's command there, and a support console refused one.
		assertEquals(Response.Status.OK, ask(client(endpoint.address(), "admin-1", ConsoleRole.ADMINISTRATOR, "node-1"),
				"rescan-inventory", Map.of()).status());
		assertEquals(Response.Status.REFUSED, ask(client(endpoint.address(), "desk", ConsoleRole.SUPPORT, "node-1"),
				"rescan-inventory", Map.of()).status());

		Pool pool = SamplePools.create();
		Node first = pool.getAllNodes().get(0);
		first.setName("node-1");
		first.setAddress("127.0.0.1:" + endpoint.address().getPort());
		Path file = dir.resolve("pool.flotilla");
		new PoolStore().save(pool, file);
		service = PoolService.start(new PoolService.Settings("ui pool", dir.resolve("service"), new InetSocketAddress("127.0.0.1", 0),
				"pool-service", 8, file, tls("pool-service", ConsoleRole.ADMINISTRATOR), ConnectionService.Settings.DEFAULTS));
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

	private static SSLContext tls(String name, ConsoleRole role) throws Exception {
		return PoolCertificateAuthority.sslContext(authority.issueConsole(name, role, PASSWORD), PASSWORD);
	}

	private static ProtocolClient client(InetSocketAddress address, String name, ConsoleRole role, String agentName)
			throws Exception {
		ProtocolClient.Builder builder = ProtocolClient.builder(address, tls(name, role), PeerKind.CONSOLE, name)
				.requestTimeout(Duration.ofSeconds(60));
		if (agentName != null) {
			builder.expectAgent(agentName);
		}
		ProtocolClient client = builder.connect();
		clients.add(client);
		return client;
	}

	private static Response ask(ProtocolClient client, String operation, Map<String, String> arguments) throws Exception {
		return client.request(operation, 0, arguments).get(60, TimeUnit.SECONDS);
	}

	/**
	 * The Servers menu, as an administrator opens it: real key presses (Alt+R, then the item's mnemonic) through the
	 * workbench's menu, command and handler open the Add Servers wizard, and, with a node selected, the Remove Servers
	 * wizard naming it. (Both wizards' pages are driven to the end against a real sshd in ServersWizardUiTest.)
	 */
	@Test
	void theServersMenuOpensAddServersAndRemoveServersForTheSelectedNode() throws Exception {
		PoolSession session = console.get(PoolSession.class);
		ServiceConnector connector = console.get(ServiceConnector.class);
		console.run(() -> connector.connect(service.address(), dir.resolve("people/ada.p12")));
		console.waitUntil("the service's pool is in the console", () -> session.isServiceBacked()
				&& session.getPool().getAllNodes().stream().anyMatch(n -> "node-1".equals(n.getName()))
				&& console.application().getContext().get(org.flotilla.console.core.hosts.PoolMembership.class) != null);
		console.run(() -> console.application().getContext().set(ConsoleIds.SELECTION, nodeNamed(session, "node-1")));

		openServersMenuItem("a");
		console.waitUntil("the Add Servers wizard is open",
				() -> Widgets.dialog(org.flotilla.console.ui.internal.hosts.AddServersWizard.TITLE) != null);
		org.eclipse.swt.widgets.Shell add = console.sync(() -> Widgets.dialog(org.flotilla.console.ui.internal.hosts.AddServersWizard.TITLE));
		assertTrue(console.sync(() -> Widgets.findButton(add, "Cancel") != null), "a wizard with Cancel");
		console.key("Escape");
		console.waitUntil("Add Servers closed", add::isDisposed);

		openServersMenuItem("r");
		console.waitUntil("the Remove Servers wizard is open",
				() -> Widgets.dialog(org.flotilla.console.ui.internal.hosts.RemoveServersWizard.TITLE) != null);
		org.eclipse.swt.widgets.Shell remove = console.sync(
				() -> Widgets.dialog(org.flotilla.console.ui.internal.hosts.RemoveServersWizard.TITLE));
		assertTrue(console.sync(() -> allText(remove)).contains("node-1"), "the wizard names the selected node: " + console.sync(() -> allText(remove)));
		console.key("Escape");
		console.waitUntil("Remove Servers closed", remove::isDisposed);
	}

	/** Opens the Servers menu with Alt+R and, once it shows, picks the item whose mnemonic is {@code mnemonic}. */
	private static void openServersMenuItem(String mnemonic) {
		org.eclipse.swt.widgets.Menu menu = console.sync(() -> {
			for (org.eclipse.swt.widgets.MenuItem item : console.mainShell().getMenuBar().getItems()) {
				if (item.getText().replace("&", "").equals("Servers")) {
					return item.getMenu();
				}
			}
			throw new AssertionError("no Servers menu in the menu bar");
		});
		console.run(() -> console.mainShell().forceActive());
		console.waitUntil("the main window is active", () -> console.display().getActiveShell() == console.mainShell());
		console.key("alt+r");
		console.waitUntil("the Servers menu is open", menu::isVisible);
		console.key(mnemonic);
	}

	/** Every label, table cell and text under {@code parent}. */
	private static String allText(org.eclipse.swt.widgets.Composite parent) {
		StringBuilder text = new StringBuilder(Widgets.labelTexts(parent));
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Table table) {
				for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
					for (int c = 0; c < Math.max(1, table.getColumnCount()); c++) {
						text.append(item.getText(c)).append('\t');
					}
				}
			} else if (child instanceof Text field) {
				text.append(field.getText()).append('\n');
			} else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				text.append(allText(composite));
			}
		}
		return text.toString();
	}

	@Test
	void theAuditPartShowsWhoDidWhatFiltersExportsAndFetchesANodesOwnLog() throws Exception {
		PoolSession session = console.get(PoolSession.class);
		ServiceConnector connector = console.get(ServiceConnector.class);
		console.run(() -> connector.connect(service.address(), dir.resolve("people/ada.p12")));
		console.waitUntil("the service's pool is in the console", () -> session.isServiceBacked()
				&& session.getPool().getAllNodes().stream().anyMatch(n -> "node-1".equals(n.getName())));

		// Ada (administrator, this console) changes node-1; Sam (support, another console) is refused a drain of it.
		long before = service.revision();
		String nodeId = console.sync(() -> {
			Node node = nodeNamed(session, "node-1");
			session.getEditingDomain().getCommandStack().execute(SetCommand.create(session.getEditingDomain(), node,
					PoolPackage.Literals.NODE__CPU_CAPACITY, 42.0));
			return ((XMLResource) node.eResource()).getID(node);
		});
		waitForRevisionAbove(before);
		ProtocolClient sam = client(service.address(), "sam", ConsoleRole.SUPPORT, null);
		assertEquals(Response.Status.REFUSED, ask(sam, ServiceOperations.DRAIN, Map.of("node", nodeId)).status());

		// Audit › Show Audit.
		console.run(() -> console.display().asyncExec(() -> {
			IEclipseContext window = console.application().getChildren().get(0).getContext();
			window.get(EHandlerService.class).executeHandler(
					window.get(ECommandService.class).createCommand(ConsoleIds.COMMAND_SHOW_AUDIT, null));
		}));
		console.waitUntil("the Audit part is shown", () -> {
			org.eclipse.e4.ui.model.application.ui.basic.MPart part = (org.eclipse.e4.ui.model.application.ui.basic.MPart) console
					.application().getContext().get(org.eclipse.e4.ui.workbench.modeling.EModelService.class)
					.find(ConsoleIds.PART_AUDIT, console.application());
			return part != null && part.getObject() != null;
		});
		AuditPart audit = console.part(ConsoleIds.PART_AUDIT, AuditPart.class);
		// Room for the table, as a person would drag the sashes (for the picture; the controls wrap when narrow).
		console.run(() -> {
			org.eclipse.e4.ui.workbench.modeling.EModelService models = console.application().getContext()
					.get(org.eclipse.e4.ui.workbench.modeling.EModelService.class);
			Map.of("stack.left", "16", "sash.center", "68", "stack.right", "16", "stack.topology", "14", "stack.center", "86")
					.forEach((id, share) -> models.find("org.flotilla.console.ui." + id, console.application()).setContainerData(share));
		});
		console.waitUntil("Ada's edit and Sam's refused drain are in the audit", () -> audit.shown().stream()
				.anyMatch(r -> r.person().equals("ada") && r.role().equals("administrator") && r.operation().equals("pool-edit")
						&& r.target().equals("Node node-1") && r.outcome().equals("OK"))
				&& audit.shown().stream().anyMatch(r -> r.person().equals("sam") && r.operation().equals("node-drain")
						&& r.target().equals("Node node-1") && r.outcome().equals("REFUSED")));
		assertTrue(console.sync(() -> audit.getTable().getItemCount()) >= 2);
		Path picture = console.screenshot("audit-view");
		assertTrue(Files.size(picture) > 10_000, "a screenshot of the Audit part");

		// Filter by person: the service answers with Sam's entries only.
		Text person = console.sync(() -> (Text) audit.control("audit-person"));
		console.run(() -> person.setText("sam"));
		Button search = console.sync(() -> Widgets.findButton(audit.getTable().getParent(), AuditPart.SEARCH));
		console.click(search, console.sync(() -> new org.eclipse.swt.graphics.Rectangle(0, 0, search.getSize().x, search.getSize().y)));
		console.waitUntil("only Sam's entries are shown", () -> !audit.shown().isEmpty()
				&& audit.shown().stream().allMatch(r -> r.person().equals("sam"))
				&& audit.shown().stream().anyMatch(r -> r.operation().equals("node-drain")));
		List<AuditTrail.Record> sams = console.sync(audit::shown);
		console.screenshot("audit-view-filtered");

		// Export what is shown.
		Path csv = dir.resolve("audit.csv");
		console.run(() -> audit.exportTo(csv));
		Job.getJobManager().join(CsvExport.FAMILY, null);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals("Time,Person,Role,Operation,Target,Result,Detail", lines.get(0));
		assertEquals(sams.size() + 1, lines.size(), lines.toString());
		assertTrue(lines.stream().anyMatch(l -> l.contains(",sam,support,node-drain,Node node-1,REFUSED,")), lines.toString());
		assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",sam,")), lines.toString());

		// The node's own audit, from its agent through the service: wait until the service reaches the agent.
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (ask(sam, ServiceOperations.AGENT_AUDIT, Map.of("node", "node-1")).status() != Response.Status.OK) {
			assertTrue(System.nanoTime() < deadline, "the pool service did not reach node-1's agent");
			Thread.sleep(100);
		}
		console.run(() -> console.application().getContext().set(ConsoleIds.SELECTION, nodeNamed(session, "node-1")));
		Button nodeLog = console.sync(() -> Widgets.findButton(audit.getTable().getParent(), AuditPart.NODE_LOG));
		console.click(nodeLog, console.sync(() -> new org.eclipse.swt.graphics.Rectangle(0, 0, nodeLog.getSize().x, nodeLog.getSize().y)));
		console.waitUntil("node-1's own audit is shown", () -> audit.statusText().contains("own audit of node node-1")
				&& audit.shown().stream().anyMatch(r -> r.person().equals("admin-1") && r.operation().equals("rescan-inventory")
						&& r.outcome().equals("OK") && r.target().equals("node-1"))
				&& audit.shown().stream().anyMatch(r -> r.person().equals("desk") && r.outcome().equals("REFUSED")));
		console.screenshot("audit-node-log");
	}

	private static Node nodeNamed(PoolSession session, String name) {
		return session.getPool().getAllNodes().stream().filter(n -> name.equals(n.getName())).findFirst().orElseThrow();
	}

	private static void waitForRevisionAbove(long revision) throws Exception {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (service.revision() <= revision && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertTrue(service.revision() > revision, "the edit reached the service and was made durable there");
	}
}
