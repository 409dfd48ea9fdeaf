package org.flotilla.service;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.flotilla.console.core.ConnectionService;
import org.flotilla.console.core.LiveLoop;
import org.flotilla.console.core.LiveUpdates;
import org.flotilla.console.core.planning.PlanApplication;
import org.flotilla.console.core.tasks.ControlService;
import org.flotilla.console.core.remote.ServiceOperations;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.console.core.provisioning.NodePlan;
import org.flotilla.console.core.provisioning.ProvisioningPlanner;
import org.flotilla.model.Job;
import org.flotilla.model.JobKind;
import org.flotilla.packages.PackageRepository;
import org.flotilla.service.internal.PackageMirror;
import org.flotilla.service.internal.Provisioning;
import org.flotilla.model.Node;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.Task;
import org.flotilla.model.changes.ChangeApplier;
import org.flotilla.model.changes.ChangeCodec;
import org.flotilla.model.changes.ChangeException;
import org.flotilla.model.changes.ChangeOp;
import org.flotilla.model.changes.ChangePieces;
import org.flotilla.model.changes.LiveSamples;
import org.flotilla.model.validation.PoolDiagnostician;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.Message.Request;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.ProtocolServer;
import org.flotilla.protocol.RequestHandler;
import org.flotilla.service.internal.DurablePool;
import org.flotilla.service.internal.ModelThread;
import org.flotilla.service.internal.ServiceAudit;

/**
 * The pool service: holds the pool durably, keeps a connection to every node's agent, runs the live updates, the
 * alerts and the control service (placement, starts, stops, drains, restarts elsewhere) whether or not a console
 * is connected, and serves consoles: each receives the pool and then its changes, and asks for changes that are
 * checked against its person's role, applied, made durable and broadcast. See {@code docs/service.md}.
 */
public final class PoolService implements AutoCloseable {

	private static final Logger LOG = Logger.getLogger(PoolService.class.getName());
	/** Characters of one snapshot page or change event: at most three bytes each in UTF-8, under the 1 MiB frame. */
	static final int PAGE_CHARACTERS = 192 * 1024;
	/** Agent operations a console may ask through the service: they change nothing on the node. */
	static final Set<String> AGENT_READS = Set.of("history", "task-log", "task-status", "report-inventory");
	/** The classes a console's edit may create (the planning board's), by name. */
	static final Set<String> PLANNING_CLASSES = Set.of("Plan", "PlannedMove");
	/** The lists of those a console's edit may change, by class. */
	static final Map<String, Set<String>> PLANNING_LISTS = Map.of("Pool", Set.of("plans"), "Plan", Set.of("moves"));
	/**
	 * What an administrator's edit may create besides (issue 14): profiles (the Profile editor), their entries and values,
	 * and nodes' overrides (the Apply Profile wizard).
	 */
	static final Set<String> PROFILE_CLASSES = Set.of("Profile", "ProfileEntry", "ParameterValue");
	/** The lists of those an administrator's edit may change, by class. */
	static final Map<String, Set<String>> PROFILE_LISTS = Map.of("Pool", Set.of("profiles"), "Profile", Set.of("entries"),
			"ProfileEntry", Set.of("values"), "Node", Set.of("profileOverrides"));

	/** How the service runs. */
	public record Settings(String poolName, Path dataDirectory, InetSocketAddress listen, String serviceName,
			int maximumConsoles, Path importPool, SSLContext tls, ConnectionService.Settings agentConnections,
			Path packagesDirectory) {

		/** The package repository in {@code DATA_DIR/}{@value #PACKAGES_FOLDER} (see {@code packages.dir}). */
		public Settings(String poolName, Path dataDirectory, InetSocketAddress listen, String serviceName, int maximumConsoles,
				Path importPool, SSLContext tls, ConnectionService.Settings agentConnections) {
			this(poolName, dataDirectory, listen, serviceName, maximumConsoles, importPool, tls, agentConnections,
					dataDirectory.resolve(PACKAGES_FOLDER));
		}

		/** The default repository's folder in the data directory. */
		public static final String PACKAGES_FOLDER = "packages-repository";

		/** These settings with the package repository in {@code folder}. */
		public Settings withPackagesDirectory(Path folder) {
			return new Settings(poolName, dataDirectory, listen, serviceName, maximumConsoles, importPool, tls, agentConnections,
					folder);
		}
	}

	/**
	 * A console that asked for the pool: who it is, and the copy it is fetching page by page (null once every page
	 * was sent: a copy is as large as the pool's live state, and kept for every connected console it would hold the
	 * heap for nothing), with the pages sent so far.
	 */
	private record Subscriber(PeerIdentity peer, String[] snapshot, Set<Integer> pagesSent) {
	}

	private final Settings settings;
	private final String runId = UUID.randomUUID().toString();
	private final ModelThread model = new ModelThread();
	private final DurablePool state;
	private final LiveUpdates live = new LiveUpdates();
	private final LiveLoop loop = new LiveLoop(live);
	private final ConnectionService connections;
	private final ControlService control;
	private final ProtocolServer server;
	private final Map<Long, Subscriber> subscribers = new ConcurrentHashMap<>();
	/** What the pool CA revoked: refused at the handshake, and disconnected when revoked while connected. */
	private final CertificateRegister certificates;
	/** The pool's audit trail: every console request, and every command sent to an agent for someone. */
	private final ServiceAudit audit;
	/** Model thread: the agents last handed to the connection service. */
	private List<ConnectionService.Target> targets = List.of();
	private Set<String> expected = Set.of();
	private long ticks;
	/** Model thread: the plan being applied, if any. */
	private PlanApplication applying;
	/** Tokens, the enrollment listener and console signing; null when this service does not enroll. */
	private final Enrollment enrollment;
	/** The revocation list and renewals (see {@link PoolTrust}); inactive without the pool CA. */
	private final PoolTrust trust;
	/** The package repository and the provisioning jobs (issue 14). */
	private final Provisioning provisioning;

	private PoolService(Settings settings, ServiceIdentity identity, Enrollment enrollment) throws Exception {
		this.settings = settings;
		audit = new ServiceAudit(settings.dataDirectory(), java.time.InstantSource.system());
		this.enrollment = enrollment;
		if (enrollment != null) {
			enrollment.auditTo(audit);
			enrollment.start(); // first: a port in use stops the start before anything else is open
		}
		state = model.call(() -> new DurablePool(settings.dataDirectory().resolve("store"), settings.importPool(),
				settings.poolName(), settings.serviceName()), 600);
		for (String warning : state.recoveryWarnings()) {
			LOG.warning(warning);
		}
		certificates = CertificateRegister.open(settings.dataDirectory().resolve(ServiceIdentity.CA_FOLDER));
		certificates.takeWarnings().forEach(LOG::warning);
		connections = new ConnectionService(settings.tls(), settings.serviceName(), live, settings.agentConnections(), null);
		connections.setCertificateCheck(certificates::refusal); // a revoked agent is not talked to
		trust = new PoolTrust(identity, certificates, settings.dataDirectory().resolve(ServiceIdentity.CA_FOLDER), connections,
				java.time.InstantSource.system());
		try {
			trust.publish(); // at every start: revocations made while the service was down are in it
		} catch (IOException | java.security.GeneralSecurityException e) {
			// Agents keep the list they hold (it refuses what it revoked); the next change or tick tries again.
			LOG.log(Level.SEVERE, "cannot make the pool's revocation list: " + e.getMessage(), e);
		}
		connections.setConnectedListener(trust::agentConnected);
		control = model.call(() -> {
			ControlService made = new ControlService(state.session(), audit.audited(connections::request, settings.serviceName()), ConsoleRole.ADMINISTRATOR,
					settings.serviceName(), model);
			live.setTaskControl(made);
			return made;
		}, 60);
		TaskControl.Agents auditedAgents = audit.audited(connections::request, settings.serviceName());
		provisioning = new Provisioning(model, auditedAgents::request, connections::request,
				new PackageRepository(settings.packagesDirectory()), LOG::info);
		// Before consoles are let in: provisioning a stopped service left half done is said to be interrupted, and the
		// repository is mirrored into the pool, so that the first copy a console receives already holds both.
		model.call(() -> {
			Provisioning.interrupted(state.pool());
			return null;
		}, 60);
		rescanPackages();
		server = ProtocolServer.builder(settings.serviceName(), settings.tls(), new ConsoleRequests())
				.address(settings.listen()).acceptedKinds(java.util.EnumSet.of(PeerKind.CONSOLE)).certificateCheck(certificates::refusal)
				.maximumConnections(settings.maximumConsoles()).requestsInFlight(16, 256).requestWorkers(4)
				.maximumUnsentMessages(48).start();
		model.every(LiveUpdates.BATCH_INTERVAL_MS, this::tick,
				e -> LOG.log(Level.SEVERE, "the pool service's tick failed: " + e.getMessage(), e));
	}

	/** Recovers or creates the pool in the data directory, connects to the agents and starts serving consoles. */
	public static PoolService start(Settings settings) throws Exception {
		return new PoolService(settings, null, null);
	}

	/** As {@link #start(Settings)}, also enrolling nodes and signing consoles' requests with {@code enrollment}. */
	public static PoolService start(Settings settings, Enrollment enrollment) throws Exception {
		return start(settings, null, java.util.Objects.requireNonNull(enrollment));
	}

	/**
	 * As {@link #start(Settings)}, holding the pool CA: the service then publishes the pool's revocation list to agents
	 * and consoles and renews their certificates and its own (see {@link PoolTrust}); {@code settings.tls()} should be
	 * {@code identity.serviceTls()}, so that the service's own renewal reaches its connections.
	 */
	public static PoolService start(Settings settings, ServiceIdentity identity) throws Exception {
		return new PoolService(settings, identity, null);
	}

	/** Both of the above: the pool CA's service that also enrolls (what {@code bin/flotilla-service} runs); either may be null. */
	public static PoolService start(Settings settings, ServiceIdentity identity, Enrollment enrollment) throws Exception {
		try {
			return new PoolService(settings, identity, enrollment);
		} catch (Exception e) {
			if (enrollment != null) {
				enrollment.close(); // its listener opened first
			}
			throw e;
		}
	}

	/**
	 * Reads the package repository again ({@code packages-rescan}, and at start) and mirrors it into the pool's packages:
	 * archives are hashed here, not on the model thread. Returns the problems (files not served, packages kept for a
	 * profile without their archive), which are logged too.
	 */
	private List<String> rescanPackages() throws Exception {
		PackageRepository repository = provisioning.repository();
		List<String> problems = new ArrayList<>();
		for (PackageRepository.Problem problem : repository.scan()) {
			problems.add(problem.message());
		}
		List<PackageMirror.Served> served = PackageMirror.served(repository, problems);
		problems.addAll(model.call(() -> {
			List<String> kept = PackageMirror.mirror(state.pool(), served);
			publish(-1, null, "");
			return kept;
		}, 60));
		problems.forEach(problem -> LOG.warning("package repository " + repository.dir() + ": " + problem));
		LOG.info("package repository " + repository.dir() + ": " + served.size() + " package(s) served");
		return problems;
	}

	/** Where agents enroll; empty when this service does not enroll. */
	public java.util.Optional<InetSocketAddress> enrollmentAddress() {
		return enrollment == null ? java.util.Optional.empty() : java.util.Optional.of(enrollment.address());
	}

	/** Where consoles connect. */
	public InetSocketAddress address() {
		return server.address();
	}

	/** Consoles (and command-line clients) connected now, past the handshake. */
	public int connectedConsoles() {
		return server.connectionIds().size();
	}

	/** The revision of the durable state now. */
	public long revision() throws Exception {
		return model.call(state::revision, 30);
	}

	/** One live batch (model thread): reports in, nodes marked, control decides, changes out. */
	private void tick() {
		long now = System.currentTimeMillis();
		LiveLoop.Tick tick = loop.tick(state.pool(), now, expected);
		if (tick.periodic()) {
			List<ConnectionService.Target> wanted = ConnectionService.targetsOf(state.pool());
			if (enrollment != null) {
				// A node awaiting its certificate has no agent to talk to yet; once enrolled it becomes a target and
				// is dialled at once (not at the end of a back-off grown while it could not answer).
				Set<String> awaiting = enrollment.awaitingEnrollment();
				wanted = wanted.stream().filter(target -> !awaiting.contains(target.nodeName())).toList();
				for (String node : org.flotilla.service.internal.EnrollingNodes.promoteReported(state.pool(), awaiting)) {
					LOG.info(Enrollment.AUDIT + "node " + node + " reported with its new certificate: ready");
				}
			}
			if (!wanted.equals(targets)) {
				targets = wanted;
				expected = wanted.stream().map(ConnectionService.Target::nodeName).collect(Collectors.toUnmodifiableSet());
				connections.connect(wanted);
			}
		}
		control.tick(now);
		publish(-1, null, "");
		if (++ticks % 8 == 0) {
			subscribers.keySet().retainAll(server.connectionIds());
			applyRevocations();
			audit.flush();
			trust.renewDue();
			trust.refreshIfOld();
		}
	}

	/** Reads the revocations again when their file changed, and disconnects whoever they now refuse (model thread). */
	private void applyRevocations() {
		try {
			if (certificates.reloadIfChanged()) {
				revocationsChanged();
				int refused = server.refuseConnected(certificates::refusal);
				LOG.info("revocations read again from " + CertificateRegister.REVOKED_FILE + ": " + certificates.revocations().size()
						+ " revoked, " + refused + " connected console(s) disconnected");
			}
		} catch (IOException e) {
			LOG.warning("cannot read the revocations (the ones read before still hold): " + e.getMessage());
		}
		certificates.takeWarnings().forEach(LOG::warning);
	}

	/**
	 * After revocations changed: a new revocation list for agents (given to each now) and consoles (pushed to each, so
	 * that they refuse a revoked service certificate), and revoked agents disconnected.
	 */
	private void revocationsChanged() {
		trust.revocationsChanged();
		String pem = trust.currentPem();
		if (pem != null) {
			server.push(new Message.Event(ServiceOperations.REVOCATIONS, System.currentTimeMillis(),
					Map.of("crl", pem, "number", String.valueOf(trust.currentNumber()))));
		}
	}

	/**
	 * Makes what changed durable and sends it to every console that asked for the pool (model thread). A failed
	 * journal write is logged; the changes are retried with the next batch.
	 *
	 * @return the revision now durable, or -1 when the journal could not be written
	 */
	private long publish(long connection, String person, String origin) {
		DurablePool.Flushed flushed;
		try {
			flushed = state.flush(connection, person, !subscribers.isEmpty());
		} catch (IOException e) {
			LOG.log(Level.SEVERE, "cannot write the pool's journal; the changes are kept in memory and retried: "
					+ e.getMessage(), e);
			return -1;
		}
		if (!flushed.isEmpty() && server != null) { // null while starting: no console yet, each gets the pool whole
			// One event per batch; a batch too large for a frame goes in pieces, each with a sequence of its own:
			// the operations first, then the samples (whose windows the operations may have created).
			List<Map.Entry<String, String>> pieces = new ArrayList<>();
			for (String piece : pieces(flushed.ops())) {
				pieces.add(Map.entry("ops", piece));
			}
			for (String piece : LiveSamples.split(flushed.samples(), PAGE_CHARACTERS)) {
				pieces.add(Map.entry("samples", piece));
			}
			long first = flushed.sequence(); // the pieces take first, first + 1, …
			for (int i = 0; i < pieces.size(); i++) {
				Map<String, String> attributes = new HashMap<>();
				attributes.put("service", runId);
				attributes.put("sequence", Long.toString(first + i));
				attributes.put("revision", Long.toString(flushed.revision()));
				attributes.put("origin", origin);
				attributes.put(pieces.get(i).getKey(), pieces.get(i).getValue());
				server.pushOrDisconnect(new Message.Event(ServiceOperations.CHANGES, System.currentTimeMillis(), attributes),
						subscribers::containsKey);
			}
			if (pieces.size() > 1) {
				state.advanceSequence(pieces.size() - 1);
			}
		}
		return flushed.revision();
	}

	/**
	 * Splits operations text into pieces of at most {@link #PAGE_CHARACTERS} that a console can apply one by one: not
	 * between an object's creation and its placement (see {@link ChangePieces}).
	 */
	static List<String> pieces(String ops) {
		return ChangePieces.split(ops, PAGE_CHARACTERS);
	}

	@Override
	public void close() {
		server.close();
		if (enrollment != null) {
			enrollment.close();
		}
		try {
			model.call(() -> {
				control.close();
				return null;
			}, 30);
		} catch (Exception e) {
			LOG.log(Level.WARNING, "closing the control service: " + e.getMessage(), e);
		}
		connections.close();
		model.close();
		try {
			state.close();
		} catch (IOException e) {
			LOG.log(Level.WARNING, "closing the journal: " + e.getMessage(), e);
		}
	}

	/** Answers consoles; every request that reads or changes the model runs on the model thread. */
	private final class ConsoleRequests implements RequestHandler {

		@Override
		public Response handle(PeerIdentity peer, Request request) {
			throw new UnsupportedOperationException("called with the connection's context");
		}

		/**
		 * Every request, whatever its operation (those added later too), is audited here: who, as what, asked what of
		 * which node, task or job, and what came of it. Pages of a pool already asked for are part of that request.
		 */
		@Override
		public Response handle(Context context, Request request) throws Exception {
			if (ServiceOperations.SNAPSHOT_PAGE.equals(request.operation())) {
				return dispatch(context, request);
			}
			Response response;
			try {
				response = dispatch(context, request);
			} catch (Exception | Error e) {
				audited(context, request, "FAILED", String.valueOf(e.getMessage()));
				throw e;
			}
			audited(context, request, response.status().name(), response.status() == Response.Status.OK
					? AuditAnswers.made(response) : response.detail());
			return response;
		}

		private void audited(Context context, Request request, String outcome, String detail) {
			PeerIdentity peer = context.peer();
			String role = peer.role().map(ConsoleRole::externalName).orElse(peer.kind().name().toLowerCase(java.util.Locale.ROOT));
			boolean budgeted = !"OK".equals(outcome) || AuditAnswers.READS.contains(request.operation());
			audit.request(context.connectionId(), peer.name(), role, request.operation(), () -> target(request.arguments()),
					outcome, detail, budgeted);
		}

		/** Names of the node, task or job a request is about (IDs resolved on the model thread), for the audit. */
		private String target(Map<String, String> args) {
			List<String> ids = AuditAnswers.targetIds(args);
			if (ids.isEmpty()) {
				return "";
			}
			try {
				return model.call(() -> ids.stream().map(id -> {
					EObject object = state.object(id);
					if (object == null) {
						return id; // a name (agent-read asks by node name), or what is no longer in the pool
					}
					String name = describe(object);
					return object instanceof Task task && task.getNode() != null ? name + " on Node " + task.getNode().getName()
							: name;
				}).collect(Collectors.joining(", ")), 5);
			} catch (Exception e) {
				return String.join(", ", ids);
			}
		}

		private Response dispatch(Context context, Request request) throws Exception {
			PeerIdentity peer = context.peer();
			ConsoleRole role = peer.role().orElse(ConsoleRole.SUPPORT);
			Map<String, String> args = request.arguments();
			String op = request.operation();
			switch (op) {
				case ServiceOperations.SUBSCRIBE:
					return subscribe(context, request.id());
				case ServiceOperations.SNAPSHOT_PAGE:
					return page(context, request);
				case ServiceOperations.AGENT_READ:
					return agentRead(peer, request);
				case ServiceOperations.PREVIEW:
					return preview(request);
				case ServiceOperations.TASK_LOG:
					return taskLog(request);
				case ServiceOperations.EDIT:
					return edit(context, request, role); // refused there when the role may not: with the values as they are
				case ServiceOperations.AUDIT_READ:
					return AuditAnswers.auditRead(audit, peer, role, request);
				case ServiceOperations.AGENT_AUDIT:
					return AuditAnswers.agentAudit(peer, role, request, connections::request);
				case ServiceOperations.ENROLLMENT_TOKEN, ServiceOperations.CONSOLE_SIGN:
					return identities(peer, role, request);
				case ServiceOperations.CONSOLE_RENEW: // every role renews its own certificate
					return trust.renewConsole(request.id(), peer, context.peerCertificate(), args.get("request"));
				case ServiceOperations.PROVISION:
				case ServiceOperations.PACKAGES_RESCAN:
					if (role != ConsoleRole.ADMINISTRATOR) {
						return Response.failed(request.id(), Response.Status.REFUSED, peer.name() + " is a " + role.externalName()
								+ " console: only an administrator may " + (op.equals(ServiceOperations.PROVISION) ? "provision nodes"
										: "rescan the package repository") + " (" + op + " refused)");
					}
					if (op.equals(ServiceOperations.PACKAGES_RESCAN)) {
						List<String> problems = rescanPackages();
						return Response.ok(request.id(), Map.of("packages", Integer.toString(provisioning.repository().all().size()),
								"problems", String.join("\n", problems)));
					}
					return onModel(request, () -> provision(peer, request));
				case ServiceOperations.NODE_REVOKE:
				case ServiceOperations.NODE_REMOVE:
					if (role != ConsoleRole.ADMINISTRATOR) {
						return Response.failed(request.id(), Response.Status.REFUSED, peer.name() + " is a " + role.externalName()
								+ " console: only an administrator may " + op);
					}
					return op.equals(ServiceOperations.NODE_REVOKE) ? revokeNode(peer, request) : removeNode(peer, request);
				default:
					break;
			}
			if (!mayChange(role)) {
				return Response.failed(request.id(), Response.Status.REFUSED, peer.name() + " is a " + role.externalName()
						+ " console: it may look, not change (" + op + " refused)");
			}
			return switch (op) {
				case ServiceOperations.SUBMIT -> submit(peer, request);
				case ServiceOperations.START -> jobOf(request, () -> control.start(task(args)));
				case ServiceOperations.STOP -> jobOf(request, () -> control.stop(task(args)));
				case ServiceOperations.MOVE -> jobOf(request, () -> control.move(task(args), node(args, "node")));
				case ServiceOperations.DRAIN -> jobOf(request, () -> control.drain(node(args, "node")));
				case ServiceOperations.READY -> jobOf(request, () -> {
					control.ready(node(args, "node"));
					return null;
				});
				case ServiceOperations.APPLY_PLAN -> onModel(request, () -> applyPlan(peer, request));
				case ServiceOperations.CANCEL -> onModel(request, () -> {
					Job job = (Job) object(args, "job", Job.class);
					if (job.getKind() == JobKind.PROVISIONING && role != ConsoleRole.ADMINISTRATOR) {
						return Response.failed(request.id(), Response.Status.REFUSED, peer.name() + " is a " + role.externalName()
								+ " console: only an administrator may cancel provisioning (" + op + " refused)");
					}
					boolean cancelled = job.getKind() == JobKind.PROVISIONING ? provisioning.cancel(job, peer.name())
							: control.cancel(job);
					publish(-1, peer.name(), "");
					return Response.ok(request.id(), Map.of("cancelled", Boolean.toString(cancelled)));
				});
				default -> Response.failed(request.id(), Response.Status.REFUSED, "unknown operation '" + abbreviate(op) + "'");
			};
		}

		/**
		 * Applies the pool's plan here (model thread): its moves one after the other as the control service's
		 * migration jobs, for the person who asked; what became of each move goes to the service's log, the jobs and
		 * the plan (a move done leaves it) to every console.
		 */
		private Response applyPlan(PeerIdentity peer, Request request) {
			if (applying != null && !applying.isFinished()) {
				return Response.failed(request.id(), Response.Status.REFUSED, "a plan is being applied already");
			}
			PlanApplication.OnFailure onFailure = Boolean.parseBoolean(request.arguments().getOrDefault("stopOnFailure", "true"))
					? PlanApplication.OnFailure.STOP : PlanApplication.OnFailure.CONTINUE;
			control.actFor(peer.name());
			applying = PlanApplication.start(control, state.session(), onFailure, new PlanApplication.Listener() {
				@Override
				public void progressed(PlanApplication application) {
					List<PlanApplication.Outcome> outcomes = application.outcomes();
					LOG.info("plan of " + peer.name() + ": " + outcomes.get(outcomes.size() - 1));
				}

				@Override
				public void finished(PlanApplication application) {
					LOG.info("plan of " + peer.name() + " applied: " + application.moved() + " of " + application.total()
							+ " moved" + (application.isStopped() ? " (stopped at the first failure)" : ""));
				}
			});
			publish(-1, peer.name(), "");
			return Response.ok(request.id(), Map.of("moves", Integer.toString(applying.total())));
		}

		/**
		 * "provision" (model thread): plans every node named (refused, nothing sent, when any plan has a problem: the
		 * validator's, a package not in the repository, no agent), marks what becomes desired, and starts the rolling job.
		 */
		private Response provision(PeerIdentity peer, Request request) {
			Map<String, String> args = request.arguments();
			String list = args.getOrDefault("nodes", "").strip();
			if (list.isEmpty()) {
				throw new IllegalArgumentException("provision: 'nodes' is missing (node IDs, comma separated)");
			}
			List<Node> nodes = new ArrayList<>();
			for (String id : list.split(",")) {
				Node node = node(Map.of("node", id.strip()), "node");
				if (!nodes.contains(node)) {
					nodes.add(node);
				}
			}
			int parallel = bounded(args, "parallel", 2, 1, 64);
			int maxFailures = bounded(args, "maxFailures", 0, 0, Integer.MAX_VALUE);
			List<String> problems = new ArrayList<>();
			for (Node node : nodes) {
				provisioning.busyWith(node.getName()).ifPresent(job -> problems.add("node " + node.getName()
						+ " is being provisioned already (job '" + job.getName() + "')"));
			}
			List<NodePlan> plans = ProvisioningPlanner.plan(nodes);
			for (NodePlan plan : plans) {
				for (String problem : plan.problems()) {
					problems.add(plan.node().getName() + ": " + problem);
				}
			}
			if (!problems.isEmpty()) {
				return Response.failed(request.id(), Response.Status.REFUSED, "provision refused, nothing was sent: "
						+ String.join("; ", problems));
			}
			plans.forEach(ProvisioningPlanner::markDesired);
			List<String> profiles = nodes.stream().map(n -> n.getProfile().getName()).distinct().toList();
			String name = "Apply profile " + String.join(", ", profiles) + " to " + nodes.size() + (nodes.size() == 1 ? " node" : " nodes");
			Job rolling = provisioning.start(state.pool(), name, plans, parallel, maxFailures, peer.name());
			publish(-1, peer.name(), "");
			LOG.info(peer.name() + ": " + name + " (" + plans.stream().mapToInt(p -> p.steps().size()).sum() + " steps, at most "
					+ parallel + " at once, stop after " + maxFailures + " failure(s))");
			return Response.ok(request.id(), Map.of("job", String.valueOf(state.id(rolling)), "nodeJobs", nodes.stream()
					.map(n -> String.valueOf(state.id(provisioning.busyWith(n.getName()).orElseThrow()))).collect(Collectors.joining(","))));
		}

		private static int bounded(Map<String, String> args, String key, int otherwise, int least, int most) {
			String raw = args.get(key);
			if (raw == null || raw.isBlank()) {
				return otherwise;
			}
			try {
				int value = Integer.parseInt(raw.strip());
				if (value >= least && value <= most) {
					return value;
				}
			} catch (NumberFormatException e) {
				// said below
			}
			throw new IllegalArgumentException("provision: '" + key + "' must be a whole number " + least + ".."
					+ (most == Integer.MAX_VALUE ? "" : most) + ", got '" + abbreviate(raw) + "'");
		}

		/** Tokens and console certificates: administrators only, and only where this service enrolls. */
		private Response identities(PeerIdentity peer, ConsoleRole role, Request request) throws Exception {
			if (role != ConsoleRole.ADMINISTRATOR) {
				LOG.warning(Enrollment.AUDIT + peer.name() + " (" + role.externalName() + ") asked for " + request.operation()
						+ ": refused");
				return Response.failed(request.id(), Response.Status.REFUSED, peer.name() + " is a " + role.externalName()
						+ " console: only an administrator may " + (ServiceOperations.CONSOLE_SIGN.equals(request.operation())
								? "sign console certificates" : "make enrollment tokens") + " (" + request.operation() + " refused)");
			}
			if (enrollment == null) {
				return Response.failed(request.id(), Response.Status.REFUSED, "this pool service does not enroll nodes or sign "
						+ "certificates (started without its certificate authority)");
			}
			if (ServiceOperations.CONSOLE_SIGN.equals(request.operation())) {
				return enrollment.consoleSign(peer, request);
			}
			Enrollment.TokenRequest wanted;
			try {
				wanted = Enrollment.tokenRequest(request.arguments());
			} catch (IllegalArgumentException e) {
				return Response.failed(request.id(), Response.Status.REFUSED, e.getMessage());
			}
			String nodeId;
			try {
				nodeId = model.call(() -> {
					publish(-1, null, "");
					Node node;
					try {
						node = org.flotilla.service.internal.EnrollingNodes.place(state.pool(), wanted);
					} catch (IllegalStateException e) {
						state.discardRecorded();
						throw e;
					}
					if (publish(-1, peer.name(), "") < 0) {
						throw new IOException("the pool service could not make the new node durable");
					}
					return state.id(node);
				}, 60);
			} catch (IllegalStateException e) {
				return Response.failed(request.id(), Response.Status.REFUSED, e.getMessage());
			}
			return Response.ok(request.id(), enrollment.issueToken(wanted, nodeId, peer.name()));
		}

		private boolean mayChange(ConsoleRole role) {
			return role == ConsoleRole.ADMINISTRATOR || role == ConsoleRole.PLANNER;
		}

		private Response subscribe(Context context, long id) throws Exception {
			return model.call(() -> {
				publish(-1, null, ""); // what changed so far goes out first, so the snapshot and the stream meet
				String[] parts = state.snapshotForConsole();
				subscribers.put(context.connectionId(), new Subscriber(context.peer(), parts, ConcurrentHashMap.newKeySet()));
				long characters = (long) parts[0].length() + parts[1].length() + parts[2].length();
				Map<String, String> values = new LinkedHashMap<>();
				values.put("service", runId);
				values.put("revision", Long.toString(state.revision()));
				values.put("sequence", Long.toString(state.sequence()));
				values.put("pages", Long.toString((characters + PAGE_CHARACTERS - 1) / PAGE_CHARACTERS));
				values.put("fileCharacters", Integer.toString(parts[0].length()));
				values.put("liveCharacters", Integer.toString(parts[1].length()));
				values.put("role", context.peer().role().orElse(ConsoleRole.SUPPORT).externalName());
				values.put("person", context.peer().name());
				if (trust.currentPem() != null) {
					values.put("revocations", trust.currentPem()); // the console refuses a revoked service certificate
				}
				return Response.ok(id, values);
			}, 120);
		}

		private Response page(Context context, Request request) {
			Subscriber subscriber = subscribers.get(context.connectionId());
			if (subscriber == null || subscriber.snapshot() == null) {
				return Response.failed(request.id(), Response.Status.REFUSED, "ask " + ServiceOperations.SUBSCRIBE + " first");
			}
			int page;
			try {
				page = Integer.parseInt(request.arguments().getOrDefault("page", ""));
			} catch (NumberFormatException e) {
				return Response.failed(request.id(), Response.Status.REFUSED, "page must be a number");
			}
			long total = 0;
			for (String part : subscriber.snapshot()) {
				total += part.length();
			}
			long from = (long) page * PAGE_CHARACTERS;
			if (page < 0 || from >= Math.max(total, 1)) {
				return Response.failed(request.id(), Response.Status.REFUSED, "no page " + page);
			}
			long to = Math.min(total, from + PAGE_CHARACTERS);
			// The parts (pool file, live operations, samples) read as one text, cut in pages.
			StringBuilder text = new StringBuilder((int) (to - from));
			long partStart = 0;
			for (String part : subscriber.snapshot()) {
				long partEnd = partStart + part.length();
				if (from < partEnd && to > partStart) {
					text.append(part, (int) (Math.max(from, partStart) - partStart), (int) (Math.min(to, partEnd) - partStart));
				}
				partStart = partEnd;
			}
			subscriber.pagesSent().add(page);
			if (subscriber.pagesSent().size() == (total + PAGE_CHARACTERS - 1) / PAGE_CHARACTERS) {
				subscribers.replace(context.connectionId(), subscriber, new Subscriber(subscriber.peer(), null, Set.of()));
			}
			return Response.ok(request.id(), Map.of("text", text.toString()));
		}

		private Response edit(Context context, Request request, ConsoleRole role) throws Exception {
			long base;
			List<ChangeOp> ops;
			try {
				base = Long.parseLong(request.arguments().getOrDefault("base", ""));
				ops = ChangeCodec.decode(request.arguments().getOrDefault("ops", ""));
			} catch (NumberFormatException | ChangeException e) {
				return Response.failed(request.id(), Response.Status.REFUSED, "malformed edit: " + e.getMessage());
			}
			// The console's tag for this edit comes back with its changes, so it knows them for its own.
			String tag = request.arguments().getOrDefault("tag", "");
			String origin = tag.matches("[A-Za-z0-9-]{1,64}") ? tag : context.connectionId() + ":" + request.id();
			return model.call(() -> {
				publish(-1, null, "");
				Map<String, String> created = new HashMap<>(); // ID to class, of the objects this edit creates
				for (ChangeOp op : ops) {
					if (op instanceof ChangeOp.Create create) {
						created.put(create.id(), create.eClass());
					}
				}
				List<ChangeOp> before = new ArrayList<>();
				// The lists the edit adds to, removes from or reorders, as they are: put back as they were if it fails.
				Map<EObject, Map<EStructuralFeature, List<EObject>>> listsBefore = new java.util.IdentityHashMap<>();
				for (ChangeOp op : ops) {
					String refusal = refusal(op, base, context.connectionId(), role, created);
					if (refusal != null) {
						return refused(request.id(), refusal, ops);
					}
					EObject object = state.object(op.id());
					if (op instanceof ChangeOp.Set set && object != null) {
						before.add(org.flotilla.model.changes.ChangeDescriptions.setOf(object,
								object.eClass().getEStructuralFeature(set.feature()), state.resource()::getID));
					} else if (object != null && !(op instanceof ChangeOp.Set) && !(op instanceof ChangeOp.Create)) {
						EStructuralFeature list = object.eClass().getEStructuralFeature(listFeature(op));
						listsBefore.computeIfAbsent(object, o -> new java.util.LinkedHashMap<>()).computeIfAbsent(list,
								f -> List.copyOf((List<EObject>) object.eGet(f)));
					}
				}
				ChangeApplier applier = new ChangeApplier(state.resource(), PoolPackage.eINSTANCE);
				String failure = null;
				try {
					applier.apply(ops);
					failure = invalid(ops, created.keySet());
				} catch (ChangeException e) {
					failure = "the edit does not fit the pool: " + e.getMessage();
				}
				if (failure != null) {
					undo(applier, before, listsBefore);
					return refused(request.id(), failure, ops);
				}
				long revision = publish(context.connectionId(), context.peer().name(), origin);
				if (revision < 0) {
					return Response.failed(request.id(), Response.Status.FAILED, "the pool service could not make the edit durable");
				}
				return Response.ok(request.id(), Map.of("revision", Long.toString(revision)));
			}, 60);
		}

		/**
		 * Takes back an edit that failed half way: the properties it set, and the lists it changed as they were (an
		 * object taken out and put back keeps its ID: the resource remembers the IDs of detached objects).
		 */
		@SuppressWarnings("unchecked")
		private void undo(ChangeApplier applier, List<ChangeOp> before, Map<EObject, Map<EStructuralFeature, List<EObject>>> lists) {
			try {
				applier.apply(before);
			} catch (ChangeException e) {
				LOG.log(Level.SEVERE, "could not take back a refused edit's properties: " + e.getMessage(), e);
			}
			lists.forEach((owner, features) -> features.forEach((feature, children) ->
					org.eclipse.emf.common.util.ECollections.setEList((org.eclipse.emf.common.util.EList<EObject>) owner.eGet(feature), children)));
			state.discardRecorded();
		}

		private static String listFeature(ChangeOp op) {
			return switch (op) {
				case ChangeOp.Add add -> add.feature();
				case ChangeOp.Remove remove -> remove.feature();
				case ChangeOp.Move move -> move.feature();
				default -> "";
			};
		}

		/**
		 * Why {@code op} may not be applied for this console, or null. Consoles set properties; the lists they may
		 * change are the pool's plans and a plan's moves (the planning board's edits), with the plans and planned
		 * moves the same edit creates ({@code created}: ID to class).
		 */
		private String refusal(ChangeOp op, long base, long connection, ConsoleRole role, Map<String, String> created) {
			if (!mayChange(role)) {
				return "a " + role.externalName() + " console may look, not change";
			}
			if (op instanceof ChangeOp.Create create) {
				return PLANNING_CLASSES.contains(create.eClass())
						|| role == ConsoleRole.ADMINISTRATOR && PROFILE_CLASSES.contains(create.eClass()) ? null
								: "a " + role.externalName() + " console creates " + (role == ConsoleRole.ADMINISTRATOR
										? "plans, planned moves, profiles, their entries and parameter values" : "plans and planned moves")
										+ " only, not a " + create.eClass();
			}
			if (!(op instanceof ChangeOp.Set set)) {
				EObject owner = state.object(op.id());
				String feature = listFeature(op);
				String createdClass = created.get(op.id());
				if (owner == null && createdClass != null) {
					return listsOf(role, createdClass).contains(feature) ? null
							: "a new " + createdClass + "'s '" + feature + "' is not a list a console changes";
				}
				if (owner == null) {
					return "the object " + op.id() + " is no longer in the pool";
				}
				if (!listsOf(role, owner.eClass().getName()).contains(feature)) {
					return "a " + role.externalName() + " console changes the lists of plans and planned moves"
							+ (role == ConsoleRole.ADMINISTRATOR ? ", profiles, their entries and values, and nodes' overrides" : "")
							+ " only, not '" + feature + "' of a " + owner.eClass().getName();
				}
				String stale = state.staleBecause(op.id(), feature, base, connection);
				return stale == null ? null : "stale: " + describe(owner) + ": " + stale + "; your change was not applied";
			}
			String createdClass = created.get(set.id());
			if (createdClass != null) {
				EStructuralFeature feature = PoolPackage.eINSTANCE.getEClassifier(createdClass) instanceof org.eclipse.emf.ecore.EClass c
						? c.getEStructuralFeature(set.feature()) : null;
				return feature == null || feature.isTransient() || feature.isDerived()
						|| feature instanceof EReference reference && reference.isContainment()
								? "'" + set.feature() + "' of a new " + createdClass + " is not a property a console sets" : null;
			}
			EObject object = state.object(set.id());
			if (object == null) {
				return "the object " + set.id() + " is no longer in the pool";
			}
			EStructuralFeature feature = object.eClass().getEStructuralFeature(set.feature());
			if (feature == null || feature.isTransient() || !feature.isChangeable() || feature.isDerived()
					|| feature instanceof EReference reference && reference.isContainment()) {
				return "'" + set.feature() + "' of a " + object.eClass().getName() + " is not a property a console sets";
			}
			if (role == ConsoleRole.PLANNER && !(object instanceof Task) && !(object.eContainer() instanceof Task)
					&& !PLANNING_CLASSES.contains(object.eClass().getName())) {
				return "a planner changes tasks and plans only, not a " + object.eClass().getName();
			}
			String stale = state.staleBecause(set.id(), set.feature(), base, connection);
			return stale == null ? null : "stale: " + describe(object) + ": " + stale + "; your change was not applied";
		}

		/** The lists of a {@code className} object that a console in {@code role} may change. */
		private static Set<String> listsOf(ConsoleRole role, String className) {
			Set<String> lists = PLANNING_LISTS.getOrDefault(className, Set.of());
			if (role == ConsoleRole.ADMINISTRATOR) {
				Set<String> more = PROFILE_LISTS.getOrDefault(className, Set.of());
				if (!more.isEmpty()) {
					Set<String> both = new java.util.HashSet<>(lists);
					both.addAll(more);
					return both;
				}
			}
			return lists;
		}

		/** The validation errors of what {@code ops} changed (objects they created included), or null. */
		private String invalid(List<ChangeOp> ops, Set<String> created) {
			Set<EObject> touched = new java.util.LinkedHashSet<>();
			for (ChangeOp op : ops) {
				EObject object = state.object(op.id());
				if (object != null) {
					touched.add(object);
					if (object instanceof org.flotilla.model.ParameterValue && object.eContainer() != null) {
						// A value's rules (range, overridable, known name) are its profile entry's or its node's.
						touched.add(object.eContainer());
					}
				} else if (created.contains(op.id())) {
					return "a new " + op.id() + " was not put anywhere in the pool";
				}
			}
			List<String> errors = new ArrayList<>();
			for (EObject object : touched) {
				Diagnostic diagnostic = PoolDiagnostician.check(object);
				if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
					for (Diagnostic child : diagnostic.getChildren().isEmpty() ? List.of(diagnostic) : diagnostic.getChildren()) {
						if (child.getSeverity() >= Diagnostic.ERROR) {
							errors.add(child.getMessage());
						}
					}
				}
			}
			return errors.isEmpty() ? null : "invalid: " + String.join("; ", errors);
		}

		/** A refusal with the values as they are now, so the console can put its copy right. */
		private Response refused(long id, String reason, List<ChangeOp> ops) {
			List<ChangeOp> current = new ArrayList<>();
			for (ChangeOp op : ops) {
				EObject object = state.object(op.id());
				if (op instanceof ChangeOp.Set set && object != null) {
					EStructuralFeature feature = object.eClass().getEStructuralFeature(set.feature());
					if (feature != null) {
						current.add(org.flotilla.model.changes.ChangeDescriptions.setOf(object, feature, state.resource()::getID));
					}
				}
			}
			if (!ops.stream().allMatch(ChangeOp.Set.class::isInstance)) {
				// Lists changed on the console's copy cannot be put right one value at a time: without "current" the
				// console receives the pool afresh (its selection kept).
				return Response.failed(id, Response.Status.REFUSED, reason);
			}
			return new Response(id, Response.Status.REFUSED, reason, Map.of("current", ChangeCodec.encode(current)));
		}

		private Response submit(PeerIdentity peer, Request request) throws Exception {
			List<ChangeOp> ops;
			try {
				ops = ChangeCodec.decode(request.arguments().getOrDefault("tasks", ""));
			} catch (ChangeException e) {
				return Response.failed(request.id(), Response.Status.REFUSED, "malformed tasks: " + e.getMessage());
			}
			return onModel(request, () -> {
				List<Task> tasks = detachedTasks(ops);
				List<Job> jobs;
				control.actFor(peer.name());
				try {
					jobs = control.submit(tasks);
				} catch (RuntimeException e) {
					release(tasks); // refused before anything was added
					throw e;
				} finally {
					control.actFor(null);
				}
				long revision = publish(-1, peer.name(), "");
				if (revision < 0) {
					return Response.failed(request.id(), Response.Status.FAILED, "the pool service could not make the submission durable");
				}
				return Response.ok(request.id(), Map.of("jobs", jobs.stream().map(state::id).collect(Collectors.joining(",")),
						"revision", Long.toString(revision)));
			});
		}

		/**
		 * Takes tasks that did not join the pool off what they were set to refer to: a pinned task's node lists it
		 * (the reference goes both ways), and would keep a task that does not exist.
		 */
		private Void release(List<Task> tasks) {
			for (Task task : tasks) {
				if (task.eResource() == null) {
					task.setNode(null);
					task.getAffinity().clear();
					task.getAntiAffinity().clear();
				}
			}
			return null;
		}

		private List<Task> detachedTasks(List<ChangeOp> ops) throws ChangeException {
			List<EObject> created = new ChangeApplier(state.resource(), PoolPackage.eINSTANCE).detached(ops);
			List<Task> tasks = new ArrayList<>();
			for (EObject object : created) {
				if (object instanceof Task task) {
					tasks.add(task);
				} else if (object.eContainer() == null) {
					throw new ChangeException("only tasks can be submitted, not a " + object.eClass().getName());
				}
			}
			return tasks;
		}

		private Response preview(Request request) throws Exception {
			List<ChangeOp> ops;
			try {
				ops = ChangeCodec.decode(request.arguments().getOrDefault("tasks", ""));
			} catch (ChangeException e) {
				return Response.failed(request.id(), Response.Status.REFUSED, "malformed tasks: " + e.getMessage());
			}
			List<Task> tasks = new ArrayList<>();
			java.util.concurrent.CompletableFuture<TaskControl.Preview> answer = model.call(() -> {
				tasks.addAll(detachedTasks(ops));
				return control.preview(tasks);
			}, 30);
			TaskControl.Preview preview;
			try {
				preview = answer.get(120, TimeUnit.SECONDS);
			} finally {
				model.call(() -> release(tasks), 30);
			}
			StringBuilder text = new StringBuilder();
			for (TaskControl.TaskPreview task : preview.tasks()) {
				text.append(ChangeCodec.line(task.taskName(), task.nodeName(), Boolean.toString(task.demandPredicted()), task.why()));
			}
			return Response.ok(request.id(), Map.of("preview", text.toString()));
		}

		private Response taskLog(Request request) throws Exception {
			int lines;
			try {
				lines = Integer.parseInt(request.arguments().getOrDefault("lines", "200"));
			} catch (NumberFormatException e) {
				return Response.failed(request.id(), Response.Status.REFUSED, "lines must be a number");
			}
			java.util.concurrent.CompletableFuture<String> log = model.call(() -> control.log(task(request.arguments()), lines), 30);
			return Response.ok(request.id(), Map.of("log", log.get(60, TimeUnit.SECONDS)));
		}

		private Response agentRead(PeerIdentity peer, Request request) throws Exception {
			Map<String, String> arguments = new HashMap<>(request.arguments());
			String node = arguments.remove("node");
			String operation = arguments.remove("operation");
			if (node == null || operation == null || !AGENT_READS.contains(operation)) {
				return Response.failed(request.id(), Response.Status.REFUSED, "agent-read asks a node's agent one of "
						+ new java.util.TreeSet<>(AGENT_READS) + " (node and operation arguments)");
			}
			arguments.put("onBehalfOf", peer.name());
			Response answer = connections.request(node, operation, arguments).get(60, TimeUnit.SECONDS);
			return new Response(request.id(), answer.status(), answer.detail(), answer.values());
		}

		/** Runs a control call that makes a job on the model thread and answers with the job's ID. */
		private Response jobOf(Request request, java.util.concurrent.Callable<Job> call) throws Exception {
			return onModel(request, () -> {
				Job job = call.call();
				publish(-1, null, "");
				return Response.ok(request.id(), job == null ? Map.of() : Map.of("job", String.valueOf(state.id(job))));
			});
		}

		/** Runs {@code work} on the model thread; what the control service refuses becomes a refusal with its reason. */
		private Response onModel(Request request, java.util.concurrent.Callable<Response> work) throws Exception {
			return model.call(() -> {
				try {
					return work.call();
				} catch (IllegalArgumentException | IllegalStateException | ChangeException e) {
					state.discardRecorded();
					return Response.failed(request.id(), Response.Status.REFUSED, e.getMessage());
				}
			}, 60);
		}

		/** "node-revoke": every certificate issued to the node's agent, with a new list for everyone (model thread). */
		private Response revokeNode(PeerIdentity peer, Request request) throws Exception {
			String reason = request.arguments().getOrDefault("reason", "");
			return onModel(request, () -> {
				Node node = nodeByIdOrName(request.arguments());
				int revoked = revokeAgent(node.getName(), reason.isBlank() ? "revoked by " + peer.name() : reason + " (" + peer.name() + ")");
				LOG.info(peer.name() + " revoked node " + node.getName() + ": " + revoked + " certificate(s)");
				return Response.ok(request.id(), Map.of("node", node.getName(), "revoked", Integer.toString(revoked), "crl",
						String.valueOf(trust.currentNumber())));
			});
		}

		/**
		 * "node-remove": refused while tasks run on the node; revokes its certificates when not yet done, then keeps the
		 * node as decommissioned ({@code keep=true}) or deletes it from the pool; either way it is no longer dialled
		 * (model thread).
		 */
		private Response removeNode(PeerIdentity peer, Request request) throws Exception {
			boolean keep = Boolean.parseBoolean(request.arguments().getOrDefault("keep", "false"));
			return onModel(request, () -> {
				Node node = nodeByIdOrName(request.arguments());
				List<String> active = node.getTasks().stream().filter(t -> switch (t.getState()) {
					case STOPPED, FAILED, EXITED, PENDING -> false;
					default -> true;
				}).map(Task::getName).toList();
				if (!active.isEmpty()) {
					return Response.failed(request.id(), Response.Status.REFUSED, "tasks run on " + node.getName() + " ("
							+ String.join(", ", active.size() > 10 ? active.subList(0, 10) : active) + (active.size() > 10 ? ", …" : "")
							+ "): drain it first (" + ServiceOperations.DRAIN + ")");
				}
				String name = node.getName();
				int revoked = revokeAgent(name, (keep ? "decommissioned" : "removed from the pool") + " by " + peer.name());
				if (keep) {
					node.setState(org.flotilla.model.NodeState.DECOMMISSIONED);
				} else {
					org.eclipse.emf.ecore.util.EcoreUtil.delete(node, true);
				}
				long revision = publish(-1, peer.name(), "");
				if (revision < 0) {
					return Response.failed(request.id(), Response.Status.FAILED, "the pool service could not make the removal durable");
				}
				LOG.info(peer.name() + (keep ? " decommissioned node " : " removed node ") + name + " (" + revoked
						+ " certificate(s) revoked now)");
				return Response.ok(request.id(), Map.of("node", name, "state", keep ? "decommissioned" : "removed", "revoked",
						Integer.toString(revoked), "revision", Long.toString(revision)));
			});
		}

		/** The node named by {@code node}: its ID or, failing that, its name. */
		private Node nodeByIdOrName(Map<String, String> args) {
			String key = args.getOrDefault("node", "");
			if (state.object(key) instanceof Node node) {
				return node;
			}
			return state.pool().getAllNodes().stream().filter(n -> key.equals(n.getName())).findFirst()
					.orElseThrow(() -> new IllegalArgumentException("no node with ID or name '" + abbreviate(key) + "' in the pool"));
		}

		/** Revokes the certificates of {@code nodeName}'s agent not revoked yet; a new list goes out when any was. */
		private int revokeAgent(String nodeName, String reason) throws IOException {
			List<CertificateRegister.Revoked> made = certificates.revoke(c -> "agent".equals(c.kind()) && nodeName.equals(c.name()), reason);
			if (!made.isEmpty()) {
				revocationsChanged();
				server.refuseConnected(certificates::refusal);
			}
			return made.size();
		}

		private Task task(Map<String, String> args) {
			return (Task) object(args, "task", Task.class);
		}

		private Node node(Map<String, String> args, String key) {
			return (Node) object(args, key, Node.class);
		}

		private EObject object(Map<String, String> args, String key, Class<?> type) {
			EObject object = state.object(args.get(key));
			if (!type.isInstance(object)) {
				throw new IllegalArgumentException("no " + type.getSimpleName().toLowerCase() + " with ID " + args.get(key)
						+ " in the pool");
			}
			return object;
		}
	}

	private static String describe(EObject object) {
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		Object value = name == null ? null : object.eGet(name);
		return object.eClass().getName() + (value == null ? "" : " " + value);
	}

	private static String abbreviate(String text) {
		return text.length() <= 60 ? text : text.substring(0, 60) + "…";
	}
}
