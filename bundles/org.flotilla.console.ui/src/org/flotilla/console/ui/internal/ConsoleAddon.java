package org.flotilla.console.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.osgi.service.datalocation.Location;
import org.flotilla.console.core.AgentHistory;
import org.flotilla.console.core.ConnectionService;
import org.flotilla.console.core.ConsoleKeystore;
import org.flotilla.console.core.DemoPool;
import org.flotilla.console.core.LiveLoop;
import org.flotilla.console.core.LiveUpdates;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.remote.PoolServiceClient;
import org.flotilla.console.core.remote.RemoteTaskControl;
import org.flotilla.console.core.remote.ServiceOperations;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.console.ui.internal.service.ServiceConnector;
import org.flotilla.console.ui.internal.service.SwitchableTaskControl;
import org.flotilla.console.ui.internal.tasks.TaskControls;
import org.eclipse.swt.widgets.Display;
import org.flotilla.model.Pool;
import org.flotilla.protocol.IdentityKeystore;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Starts the console's services when the application model is loaded: the pool session (put in
 * the application context for parts and handlers), the window title that follows the file name
 * and dirty state, and the first pool (the file named with {@code -pool}, else the workspace's
 * pool when there is one), or the pool of the pool service named with {@code -service host:port} and
 * {@code -identity NAME.p12}: then the service decides and this console shows and asks.
 */
public class ConsoleAddon implements ServiceConnector {

	/** The pool file of the workspace (the console's instance location). */
	public static final String WORKSPACE_POOL = "pool.flotilla";

	private final LiveUpdates live = new LiveUpdates();
	private final LiveLoop liveLoop = new LiveLoop(live);

	@PostConstruct
	void start(IEclipseContext context, MApplication application, UISynchronize ui, IEventBroker events, Display display) {
		Path workspace = workspaceFolder();
		Path workspaceFile = workspace.resolve(WORKSPACE_POOL);
		PoolSession session = new PoolSession(workspaceFile);
		context.set(PoolSession.class, session);
		session.addListener(new PoolSession.Listener() {
			@Override
			public void stateChanged() {
				ui.asyncExec(() -> {
					updateTitle(application, session);
					// Undo, Redo and Save enablement depend on the command stack.
					events.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
				});
			}

			@Override
			public void poolReplaced(Pool pool) {
				// A pool received again from the service (after a reconnect) is the same pool: keep what was selected.
				context.set(org.flotilla.console.ui.ConsoleIds.SELECTION,
						session.isServiceBacked() ? sameIn(pool, context.get(org.flotilla.console.ui.ConsoleIds.SELECTION)) : null);
			}
		});
		updateTitle(application, session);
		events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> guardWindowClose(application, session));

		// The connection service offers agent reports to LiveUpdates from its own threads.
		context.set(LiveUpdates.class, live);
		// History stays on the agents; parts ask for it through the connections (made on first use).
		TaskControl.Agents agents = (node, operation, arguments) -> {
			PoolServiceClient viaService = service;
			if (viaService != null) { // the service asks the agent for this console
				java.util.Map<String, String> asked = new java.util.HashMap<>(arguments);
				asked.put("node", node);
				asked.put("operation", operation);
				return viaService.request(ServiceOperations.AGENT_READ, asked);
			}
			ConnectionService current = connections;
			return current != null ? current.request(node, operation, arguments)
					: CompletableFuture.failedFuture(new IOException(node + " is not connected"));
		};
		context.set(AgentHistory.class, new AgentHistory(agents::request));
		// The control service works on the model thread (this UI thread); its futures complete there too.
		modelThread = runnable -> {
			if (!display.isDisposed()) {
				display.asyncExec(runnable);
			}
		};
		this.session = session;
		this.context = context;
		this.display = display;
		this.application = application;
		localControl = TaskControls.create(session, live, agents, TaskControls.role(), consoleName(), modelThread);
		control = new SwitchableTaskControl(localControl);
		context.set(TaskControl.class, control);
		context.set(ServiceConnector.class, this);
		display.asyncExec(new Runnable() {
			@Override
			public void run() {
				if (display.isDisposed()) {
					return;
				}
				long now = System.currentTimeMillis();
				if (service != null) { // the service runs the live loop and the control service
					display.timerExec(LiveUpdates.BATCH_INTERVAL_MS, this);
					return;
				}
				if (liveLoop.tick(session.getPool(), now, expectedToReport).periodic()) {
					connectAgents(session, workspace);
				}
				if (control != null) {
					try {
						control.tick(now);
					} catch (RuntimeException e) {
						// One bad tick must not stop the live loop (and with it every report).
						Platform.getLog(ConsoleAddon.class).error("The task control service failed: " + e.getMessage(), e);
					}
				}
				display.timerExec(LiveUpdates.BATCH_INTERVAL_MS, this);
			}
		});

		String serviceArgument = textArgument("-service", "flotilla.service");
		if (serviceArgument != null) {
			Path identity = argument("-identity", "flotilla.identity");
			try {
				connect(ServiceConnector.parse(serviceArgument), identity);
			} catch (IllegalArgumentException e) {
				Platform.getLog(ConsoleAddon.class).error("-service " + serviceArgument + ": " + e.getMessage());
			}
			return;
		}
		Path initial = argument("-pool");
		if (initial == null && Files.isRegularFile(workspaceFile)) {
			initial = workspaceFile;
		}
		if (initial != null) {
			PoolJobs.open(session, initial, ui, null);
		}
	}

	/** The control service (tasks and jobs) parts and handlers use: this console's own, or the service's. */
	private SwitchableTaskControl control;
	/** This console's own control service, used until it connects to a pool service. */
	private TaskControl localControl;
	/** Set (UI thread) once this console shows a pool service's pool. */
	private volatile PoolServiceClient service;
	private PoolSession session;
	/** The application's context: what the service connection offers parts and handlers is put there. */
	private IEclipseContext context;
	private Display display;
	private MApplication application;
	private java.util.concurrent.Executor modelThread;
	/** Made by a background job on first use, read by history jobs and the UI thread. */
	private volatile ConnectionService connections;
	/** The targets last handed to the connection service (UI thread), or to be handed once it exists. */
	private volatile List<ConnectionService.Target> connected = List.of();
	private volatile boolean connectionServiceStarting;
	/** Said once per run: the ticks look for the certificate again without repeating it. */
	private boolean missingIdentityShown;
	/** Orders the hand-overs of {@link #connected}, so the last list handed over is the latest. */
	private final Object connectionLock = new Object();
	/** The names of {@link #connected}: nodes whose agents should report. */
	private java.util.Set<String> expectedToReport = java.util.Set.of();

	/**
	 * Keeps a connection to the agent of every node whose address names a port (host:port). Nothing
	 * is opened for pools without such nodes (the sample pool's addresses are descriptions only), so
	 * the pool CA and this console's certificate are created in the workspace on first real use, by
	 * a background job (key generation and disk work). On the UI thread only the pool is read: the
	 * connection service takes the new list and opens and closes connections on its own thread.
	 */
	private void connectAgents(PoolSession session, Path workspace) {
		List<ConnectionService.Target> targets = ConnectionService.targetsOf(session.getPool());
		if (targets.equals(connected)) {
			return;
		}
		// Also when connecting fails below: a node this console cannot reach is unreachable to it.
		expectedToReport = targets.stream().map(ConnectionService.Target::nodeName)
				.collect(java.util.stream.Collectors.toUnmodifiableSet());
		ConnectionService current;
		synchronized (connectionLock) {
			connected = targets;
			current = connections;
			if (current != null) {
				current.connect(targets); // returns at once
			}
		}
		if (current == null && !targets.isEmpty() && !connectionServiceStarting) {
			connectionServiceStarting = true;
			startConnectionService(workspace);
		}
	}

	private void startConnectionService(Path workspace) {
		Job job = Job.create("Connecting to the pool's agents", monitor -> {
			try {
				// The console holds no CA: it presents the person's own certificate (issued by the pool's CA, which
				// only the pool service holds) and trusts the pool CA that signed it.
				Path keystore = workspace.resolve(DemoPool.CONSOLE_KEYSTORE);
				if (!Files.isRegularFile(keystore)) {
					connectionServiceStarting = false; // tried again on the next ticks: the person may install one
					if (missingIdentityShown) {
						return;
					}
					missingIdentityShown = true;
					showError("No console certificate", "To connect to the agents of this pool directly, this workspace "
							+ "needs your console certificate (" + keystore + "), issued by the pool's CA. Ask an "
							+ "administrator for one (Access \u203a Request My Certificate\u2026, then Install My "
							+ "Certificate\u2026), or connect to the pool's service (File \u203a Connect to Pool Service\u2026).");
					return;
				}
				IdentityKeystore.Loaded identity = ConsoleKeystore.loadValid(keystore, workspace.resolve(DemoPool.CONSOLE_PASSWORD));
				String name = identity.identity().name();
				ConnectionService service = new ConnectionService(identity.sslContext(), name, live);
				synchronized (connectionLock) {
					connections = service;
					service.connect(connected); // the latest list, whatever changed while the identity was made
				}
			} catch (Exception e) {
				// Not retried every tick: a changed pool does not mend a certificate; restarting the console does.
				showError("Cannot connect to the pool's agents", "Cannot connect to the pool's agents: " + e.getMessage());
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	/** This console's name: in its certificate, and the person the control service acts for. */
	private static String consoleName() {
		return DemoPool.consoleName();
	}

	/** The connections close on a thread of their own: with thousands of agents that takes a moment. */
	@PreDestroy
	void stop() {
		if (service != null) {
			service.close();
		}
		if (localControl != null) {
			localControl.close();
		}
		if (connections != null) {
			connections.closeAsync();
		}
	}

	/** Closing the window with unsaved edits asks first, as Quit does. */
	private static void guardWindowClose(MApplication application, PoolSession session) {
		for (MWindow window : application.getChildren()) {
			if (window.getContext() != null) {
				window.getContext().set(IWindowCloseHandler.class, closing -> Dialogs.unsavedChangesHandled(
						Dialogs.shell(window.getWidget() instanceof Shell shell ? shell : null), session, "close Flotilla"));
			}
		}
	}

	private static void updateTitle(MApplication application, PoolSession session) {
		for (MWindow window : application.getChildren()) {
			window.setLabel(session.getTitle() + " \u2014 Flotilla");
		}
	}

	/** The console's workspace folder (-data), where its identity and pool live. */
	public static Path workspaceFolder() {
		Location instance = Platform.getInstanceLocation();
		if (instance != null && instance.getURL() != null) {
			try {
				return Path.of(instance.getURL().toURI());
			} catch (Exception e) {
				return Path.of(instance.getURL().getPath());
			}
		}
		return Path.of(System.getProperty("user.home"), ".flotilla", "workspace");
	}

	/**
	 * Connects to the pool service at {@code address} as the person in {@code keystore}: the identity is read and
	 * the address resolved in a job; then (UI thread) this console stops talking to agents and deciding, and shows
	 * the service's pool once received. A wrong identity is shown, and the console stays as it was.
	 */
	@Override
	public void connect(java.net.InetSocketAddress address, Path keystore) {
		if (service != null) {
			return;
		}
		Job job = Job.create("Connecting to the pool service at " + address.getHostString() + ":" + address.getPort(), monitor -> {
			try {
				if (keystore == null) {
					throw new IOException("no identity given (-identity NAME.p12, issued by flotilla-service issue-console)");
				}
				// Renewable: the console renews its certificate over the service's connection at two thirds of its life.
				org.flotilla.protocol.RenewableIdentity tls = ConsoleKeystore.renewableConsoleTls(keystore,
						ConsoleKeystore.passwordFileOf(keystore));
				java.net.InetSocketAddress resolved = new java.net.InetSocketAddress(address.getHostString(), address.getPort());
				if (resolved.isUnresolved()) {
					throw new IOException("the host " + address.getHostString() + " is unknown");
				}
				modelThread.execute(() -> attach(resolved, tls, keystore));
			} catch (Exception e) {
				modelThread.execute(() -> showError("Cannot connect to the pool service",
						"Cannot connect to the pool service at " + address.getHostString() + ":" + address.getPort() + ": "
								+ e.getMessage()));
			}
		});
		job.setUser(false);
		job.schedule();
	}

	/** UI thread: the local services stop and the service's pool and control take their place. */
	private void attach(java.net.InetSocketAddress address, org.flotilla.protocol.RenewableIdentity tls, Path keystore) {
		if (service != null || display.isDisposed()) {
			return;
		}
		// The name in the certificate: the service refuses a Hello that says another (an installed identity is console.p12).
		String name;
		try {
			name = org.flotilla.protocol.PeerIdentity.of(tls.certificate()).name();
		} catch (org.flotilla.protocol.ProtocolException e) {
			name = keystore.getFileName().toString().replaceFirst("\\.p12$", "");
		}
		PoolServiceClient client = new PoolServiceClient(address, tls.sslContext(), name, session, modelThread, new PoolServiceClient.Listener() {
			@Override
			public void stateChanged(PoolServiceClient.State state, String detail) {
				updateTitle(application, session);
				if (state != PoolServiceClient.State.SYNCHRONISED) {
					Platform.getLog(ConsoleAddon.class).info("Pool service: " + detail);
				}
			}

			@Override
			public void refused(String what, String reason) {
				showError("Refused by the pool service", what + " was refused by the pool service: " + reason);
			}
		});
		service = client;
		// Joining and leaving servers, and people's certificates, are asked of the service (it holds the pool CA).
		context.set(org.flotilla.console.core.hosts.PoolMembership.class, new org.flotilla.console.core.hosts.PoolMembership(client));
		control.switchTo(new RemoteTaskControl(client, modelThread,
				(what, reason) -> showError("Refused by the pool service", what + ": " + reason)));
		// This console no longer decides nor talks to agents: the service does both.
		if (localControl != null) {
			localControl.close();
		}
		ConnectionService current = connections;
		connections = null;
		if (current != null) {
			current.closeAsync();
		}
		client.renewing(tls, new org.flotilla.protocol.IdentityKeystore(keystore, ConsoleKeystore.passwordFileOf(keystore)));
		client.start();
		updateTitle(application, session);
	}

	@Override
	public boolean isConnected() {
		return service != null;
	}

	@Override
	public CompletableFuture<org.flotilla.protocol.Message.Response> request(String operation, java.util.Map<String, String> arguments) {
		PoolServiceClient current = service;
		if (current != null) {
			return current.request(operation, arguments);
		}
		ConnectionService agents = connections;
		if (ServiceOperations.AGENT_AUDIT.equals(operation) && agents != null && arguments.get("node") != null) {
			// This console talks to the agents itself: it asks the node's agent for its own audit.
			java.util.Map<String, String> asked = new java.util.HashMap<>(arguments);
			return agents.request(asked.remove("node"), ServiceOperations.AGENT_AUDIT_READ, asked);
		}
		return CompletableFuture.failedFuture(new IOException(ServiceOperations.AGENT_AUDIT.equals(operation)
				? "the node's agent is not connected" : "the pool's audit is kept by the pool service: connect to one (File \u203a Connect to Pool Service)"));
	}

	@Override
	public CompletableFuture<Void> editsAnswered() {
		PoolServiceClient current = service;
		return current == null ? CompletableFuture.completedFuture(null) : current.editsAnswered();
	}

	@Override
	public String describe() {
		PoolServiceClient current = service;
		if (current == null) {
			return "";
		}
		return current.describe() + (current.state() == PoolServiceClient.State.SYNCHRONISED
				? " \u00b7 revision " + current.revision() + " \u00b7 " + current.person() : "");
	}

	/** Shows a problem without holding up the caller (a network answer, a background job). */
	private void showError(String title, String message) {
		Platform.getLog(ConsoleAddon.class).warn(message);
		if (display != null && !display.isDisposed()) {
			display.asyncExec(() -> {
				if (!display.isDisposed()) {
					org.eclipse.jface.dialogs.MessageDialog.openError(Dialogs.shell(null), title, message);
				}
			});
		}
	}

	/** The object of {@code pool} with the ID {@code selected} had in its pool, or null. */
	private static Object sameIn(Pool pool, Object selected) {
		if (!(selected instanceof org.eclipse.emf.ecore.EObject object)
				|| !(object.eResource() instanceof org.eclipse.emf.ecore.xmi.XMLResource old)
				|| !(pool.eResource() instanceof org.eclipse.emf.ecore.xmi.XMLResource now)) {
			return null;
		}
		String id = old.getID(object);
		return id == null ? null : now.getEObject(id);
	}

	private static String textArgument(String name, String property) {
		List<String> args = List.of(Platform.getApplicationArgs());
		int at = args.indexOf(name);
		if (at >= 0 && at + 1 < args.size()) {
			return args.get(at + 1);
		}
		String value = System.getProperty(property);
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static Path argument(String name, String property) {
		String value = textArgument(name, property);
		return value == null ? null : Path.of(value).toAbsolutePath();
	}

	private static Path argument(String name) {
		List<String> args = List.of(Platform.getApplicationArgs());
		int at = args.indexOf(name);
		if (at >= 0 && at + 1 < args.size()) {
			return Path.of(args.get(at + 1)).toAbsolutePath();
		}
		String property = System.getProperty("flotilla.pool");
		return property == null || property.isBlank() ? null : Path.of(property).toAbsolutePath();
	}
}
