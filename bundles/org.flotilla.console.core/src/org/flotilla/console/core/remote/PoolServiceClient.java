package org.flotilla.console.core.remote;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.flotilla.console.core.PoolSession;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.changes.ChangeApplier;
import org.flotilla.model.changes.LiveSamples;
import org.flotilla.model.changes.ChangeCodec;
import org.flotilla.model.changes.ChangeException;
import org.flotilla.model.changes.ChangeOp;
import org.flotilla.model.changes.ChangeRecorder;
import org.flotilla.model.persistence.PoolStore;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.RenewableIdentity;
import org.flotilla.protocol.RevocationList;

/**
 * A console's connection to its pool service: receives the pool (a snapshot, then its changes in order) into the
 * console's {@link PoolSession}, sends the console's edits and requests, and reconnects when the connection is
 * lost, after which the pool is received afresh (the selection is kept by the IDs of what was selected).
 *
 * <p>Threads: a thread of its own connects and downloads; the model (the session) is only touched on the model
 * thread given at construction (the UI thread in the console), where changes are applied in batches.
 */
public final class PoolServiceClient implements PoolSession.ServiceLink, AutoCloseable {

	/** Told on the model thread what happens to the connection and to this console's edits. */
	public interface Listener {
		/** The connection's state changed: connecting, synchronised, lost (with why). */
		default void stateChanged(State state, String detail) {
		}

		/** The service refused something this console asked (an edit, a submission, a move): say so. */
		default void refused(String what, String reason) {
		}
	}

	/** Where the connection stands. */
	public enum State {
		CONNECTING, SYNCHRONISED, LOST, CLOSED
	}

	/** Events received and not yet applied beyond which the copy is dropped and received afresh. */
	static final int MAXIMUM_QUEUED_EVENTS = 4_096;

	private final InetSocketAddress address;
	private final SSLContext tls;
	private final String name;
	private final PoolSession session;
	private final Executor modelThread;
	private final Listener listener;
	private final Thread linkThread;
	private final AtomicBoolean closed = new AtomicBoolean();
	private final Object lock = new Object();
	private volatile ProtocolClient client;
	private volatile ConsoleRole role = ConsoleRole.SUPPORT;
	private volatile String person = "";
	private volatile State state = State.CONNECTING;
	/** The pool's revocation list, from the service (its CA is the one TLS checked the service against). */
	private volatile RevocationList revocations;
	private volatile RenewableIdentity renewable;
	private volatile IdentityKeystore identityFiles;

	/** Pushed events of the current connection, waiting for the model thread. */
	private final ConcurrentLinkedQueue<Message.Event> events = new ConcurrentLinkedQueue<>();
	private final AtomicInteger queued = new AtomicInteger();
	private final AtomicBoolean drainScheduled = new AtomicBoolean();
	/** Counts connections: events and snapshots of an older one are ignored. */
	private final AtomicInteger generation = new AtomicInteger();

	// Model thread only:
	private int installedGeneration = -1;
	private String serviceRun;
	private long appliedSequence;
	private volatile long appliedRevision;
	private ChangeRecorder recorder;
	/**
	 * Pages of the pool asked for before the first of them arrived: enough to hide the round trip, well under the
	 * requests a service lets one connection have in flight (16).
	 */
	static final int PAGES_AHEAD = 4;
	private ChangeApplier applier;
	/** Model thread: the resource of the installed copy (samples name their windows by its IDs). */
	private XMLResource resource;
	/** Tags of this console's edits whose changes will come back in the stream (already applied here). */
	private final Set<String> ownEdits = new HashSet<>();
	/** Completes once every edit sent so far has been answered (model thread). */
	private CompletableFuture<Void> editsAnswered = CompletableFuture.completedFuture(null);

	public PoolServiceClient(InetSocketAddress address, SSLContext tls, String name, PoolSession session,
			Executor modelThread, Listener listener) {
		this.address = address;
		this.tls = tls;
		this.name = name;
		this.session = session;
		this.modelThread = modelThread;
		this.listener = listener;
		this.linkThread = new Thread(this::connectLoop, "flotilla-service-link");
		linkThread.setDaemon(true);
	}

	/**
	 * Lets this console renew its certificate over the service's connection when two thirds of its lifetime have
	 * passed: {@code identity} must be the one whose {@link RenewableIdentity#sslContext()} this client was given, read
	 * from {@code files}, which are replaced (whole, owner-only, the same password) by the renewed identity. Call before
	 * {@link #start()}.
	 */
	public PoolServiceClient renewing(RenewableIdentity identity, IdentityKeystore files) {
		this.renewable = identity;
		this.identityFiles = files;
		// The last list this person's console took, kept beside its identity: a console that starts again refuses a
		// revoked service from its first handshake, before the service could give it a list (it would not).
		try {
			RevocationList kept = RevocationList.open(identity.caCertificate(), revocationsFileOf(files));
			if (kept.warning() != null) {
				java.util.logging.Logger.getLogger(PoolServiceClient.class.getName()).warning(kept.warning());
			}
			revocations = kept;
		} catch (IOException e) {
			java.util.logging.Logger.getLogger(PoolServiceClient.class.getName()).warning(
					"the revocation list kept beside " + files.keystore() + " cannot be read: " + e.getMessage());
		}
		return this;
	}

	/** Where the revocation list of the console whose identity is {@code files} is kept: {@code NAME.revocations.pem}. */
	public static java.nio.file.Path revocationsFileOf(IdentityKeystore files) {
		String name = files.keystore().getFileName().toString();
		return files.keystore().resolveSibling((name.endsWith(".p12") ? name.substring(0, name.length() - 4) : name) + ".revocations.pem");
	}

	/** The pool's revocation list as the service last gave it (null before the first); asked in every handshake. */
	public RevocationList revocations() {
		return revocations;
	}

	/** Asks the service to revoke every certificate of a node's agent (administrator only); see {@link ServiceOperations#NODE_REVOKE}. */
	public CompletableFuture<Response> revokeNode(String node, String reason) {
		return request(ServiceOperations.NODE_REVOKE, Map.of("node", node, "reason", reason == null ? "" : reason));
	}

	/** Asks the service to take a node out of the pool (administrator only); see {@link ServiceOperations#NODE_REMOVE}. */
	public CompletableFuture<Response> removeNode(String node, boolean keepDecommissioned) {
		return request(ServiceOperations.NODE_REMOVE, Map.of("node", node, "keep", Boolean.toString(keepDecommissioned)));
	}

	/**
	 * Asks the service to provision {@code nodes} (administrator only; see {@link ServiceOperations#PROVISION}): each is
	 * made what its profile and overrides want (set them first, as edits). Call on the model thread (node IDs are read
	 * from the pool's copy). The answer has {@code job} (the rolling job's ID) and {@code nodeJobs}; a refusal says
	 * every node's problems.
	 *
	 * @param parallel    nodes provisioned at once (1..64)
	 * @param maxFailures no new node is started once more than this many failed
	 */
	public CompletableFuture<Response> provision(List<Node> nodes, int parallel, int maxFailures) {
		StringBuilder ids = new StringBuilder();
		for (Node node : nodes) {
			String id = node.eResource() instanceof org.eclipse.emf.ecore.xmi.XMLResource resource ? resource.getID(node) : null;
			if (id == null) {
				return CompletableFuture.failedFuture(new IllegalArgumentException("node " + node.getName()
						+ " is not in the pool service's pool (no ID)"));
			}
			ids.append(ids.isEmpty() ? "" : ",").append(id);
		}
		return request(ServiceOperations.PROVISION, Map.of("nodes", ids.toString(), "parallel", Integer.toString(parallel),
				"maxFailures", Integer.toString(maxFailures)));
	}

	/** Asks the service to read its package repository again (administrator only; see {@link ServiceOperations#PACKAGES_RESCAN}). */
	public CompletableFuture<Response> rescanPackages() {
		return request(ServiceOperations.PACKAGES_RESCAN, Map.of());
	}

	/** Starts connecting (and reconnecting) in the background. */
	public PoolServiceClient start() {
		linkThread.start();
		return this;
	}

	/** The role of this console's certificate, as the service read it (support until connected). */
	public ConsoleRole role() {
		return role;
	}

	/** The person this console acts for, as the service read its certificate. */
	public String person() {
		return person;
	}

	public State state() {
		return state;
	}

	/** The revision of the service's durable state the copy is at. */
	public long revision() {
		return appliedRevision;
	}

	@Override
	public String describe() {
		return "pool service " + address.getHostString() + ":" + address.getPort()
				+ (state == State.SYNCHRONISED ? "" : " (" + state.name().toLowerCase(java.util.Locale.ROOT) + ")");
	}

	/** Asks the service; fails when not connected. Completes on a network thread. */
	public CompletableFuture<Response> request(String operation, Map<String, String> arguments) {
		ProtocolClient current = client;
		if (current == null || !current.isConnected()) {
			return CompletableFuture.failedFuture(new IOException("not connected to the " + describe()));
		}
		return current.request(operation, 0, arguments);
	}

	private void connectLoop() {
		long backoff = 500;
		while (!closed.get()) {
			int mine = generation.incrementAndGet();
			setState(State.CONNECTING, "connecting to " + address);
			try {
				ProtocolClient connected = ProtocolClient.builder(address, tls, PeerKind.CONSOLE, name)
						.certificateCheck(this::revoked).pushedMessages(message -> pushed(mine, message)).connectTimeout(Duration.ofSeconds(10))
						.keepAlive(Duration.ofSeconds(5), 3).requestTimeout(Duration.ofSeconds(120))
						.maximumFrameBytes(4 << 20).connect();
				client = connected;
				if (closed.get()) { // closed while connecting
					connected.closeAsync();
					return;
				}
				download(connected, mine);
				backoff = 500;
				while (true) { // a console that stays connected for weeks renews all the same
					try {
						connected.closed().get(1, TimeUnit.HOURS);
						break;
					} catch (java.util.concurrent.TimeoutException e) {
						renewIfDue(connected);
					}
				}
				setState(State.LOST, "the connection to " + address + " closed; reconnecting");
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} catch (Exception e) {
				if (closed.get()) {
					return;
				}
				setState(State.LOST, "cannot reach the pool service at " + address.getHostString() + ":" + address.getPort()
						+ ": " + reason(e));
				ProtocolClient current = client;
				if (current != null) {
					current.close();
				}
			}
			try {
				Thread.sleep(backoff);
			} catch (InterruptedException e) {
				return;
			}
			backoff = Math.min(10_000, backoff * 2);
		}
	}

	private static String reason(Throwable e) {
		Throwable cause = e;
		while ((cause instanceof java.util.concurrent.ExecutionException || cause instanceof java.util.concurrent.CompletionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
	}

	/** Subscribes and downloads the pool (link thread); hands it to the model thread. */
	private void download(ProtocolClient connected, int mine) throws Exception {
		Response subscribed = answered(connected.request(ServiceOperations.SUBSCRIBE, 0, Map.of()), "subscribe");
		Map<String, String> values = subscribed.values();
		if (values.get("revocations") != null) {
			takeRevocations(connected, values.get("revocations"));
		}
		if (!connected.isConnected()) {
			throw new IOException("the pool service's certificate was revoked: "
					+ revoked(connected.serverCertificates().length > 0 ? connected.serverCertificates()[0] : null));
		}
		renewIfDue(connected);
		role = ConsoleRole.fromExternalName(values.get("role"));
		person = values.get("person");
		int pages = Integer.parseInt(values.get("pages"));
		StringBuilder text = new StringBuilder();
		// A few pages asked ahead: one at a time, each page waited a round trip (64 pages at 10,000 agents).
		java.util.ArrayDeque<CompletableFuture<Response>> asked = new java.util.ArrayDeque<>();
		int next = 0;
		for (int page = 0; page < pages; page++) {
			while (next < pages && next < page + PAGES_AHEAD) {
				asked.add(connected.request(ServiceOperations.SNAPSHOT_PAGE, 0, Map.of("page", Integer.toString(next++))));
			}
			text.append(answered(asked.poll(), "page " + page).values().get("text"));
		}
		int fileCharacters = Integer.parseInt(values.get("fileCharacters"));
		int liveEnd = fileCharacters + Integer.parseInt(values.get("liveCharacters"));
		byte[] file = text.substring(0, fileCharacters).getBytes(StandardCharsets.UTF_8);
		List<ChangeOp> live = ChangeCodec.decode(text.substring(fileCharacters, liveEnd));
		List<LiveSamples.Sample> samples = LiveSamples.decode(text.substring(liveEnd));
		// Read and completed here, off the model thread: nobody else sees these objects until they are handed over.
		Pool replica = new PoolStore().load(new ResourceSetImpl(), file, Path.of("pool-service.flotilla"));
		XMLResource replicaResource = (XMLResource) replica.eResource();
		new ChangeApplier(replicaResource, PoolPackage.eINSTANCE).apply(live);
		LiveSamples.apply(samples, replicaResource::getEObject);
		String run = values.get("service");
		long sequence = Long.parseLong(values.get("sequence"));
		long revision = Long.parseLong(values.get("revision"));
		modelThread.execute(() -> install(mine, replica, run, sequence, revision));
	}

	private static Response answered(CompletableFuture<Response> future, String what) throws Exception {
		Response response = future.get(120, TimeUnit.SECONDS);
		if (response.status() != Response.Status.OK) {
			throw new IOException(what + " was " + response.status().name().toLowerCase() + ": " + response.detail());
		}
		return response;
	}

	/** Model thread: the downloaded pool becomes the session's. */
	private void install(int mine, Pool replica, String run, long sequence, long revision) {
		if (mine != generation.get() || closed.get()) {
			return;
		}
		if (recorder != null) {
			recorder.dispose();
		}
		session.attachToService(replica, this);
		resource = (XMLResource) replica.eResource();
		recorder = new ChangeRecorder(resource);
		recorder.setRecording(false);
		applier = new ChangeApplier(resource, PoolPackage.eINSTANCE);
		installedGeneration = mine;
		serviceRun = run;
		appliedSequence = sequence;
		appliedRevision = revision;
		ownEdits.clear();
		setState(State.SYNCHRONISED, "synchronised at revision " + revision);
		drain();
	}

	/** Why the service's certificate must be refused (the pool revoked it), or null. */
	private String revoked(java.security.cert.X509Certificate certificate) {
		RevocationList list = revocations;
		return list == null ? null : list.refusal(certificate);
	}

	/**
	 * Takes a revocation list from the service, when the pool CA signed it and it is newer than the one held; closes the
	 * connection if it revokes the service's own certificate (any thread).
	 */
	private void takeRevocations(ProtocolClient connected, String pem) {
		java.security.cert.X509Certificate[] chain = connected.serverCertificates();
		try {
			RevocationList list = revocations;
			if (list == null) {
				// The CA this console trusts; without a renewable identity, the chain's last certificate, which TLS has
				// just checked against that CA.
				RenewableIdentity identity = renewable;
				IdentityKeystore files = identityFiles;
				list = RevocationList.open(identity != null ? identity.caCertificate() : chain[chain.length - 1],
						identity != null && files != null ? revocationsFileOf(files) : null);
			}
			list.offer(pem);
			revocations = list;
		} catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
			java.util.logging.Logger.getLogger(PoolServiceClient.class.getName()).warning(
					"the pool service's revocation list was not taken: " + e.getMessage());
			return;
		}
		if (chain.length > 0 && revoked(chain[0]) != null) {
			connected.closeAsync();
		}
	}

	/**
	 * Renews this console's certificate when due (see {@link #renewing}): a new key pair here, a request the service
	 * signs, the keystore files replaced, and the new identity presented from the next handshake on (link thread).
	 */
	private void renewIfDue(ProtocolClient connected) {
		RenewableIdentity identity = renewable;
		IdentityKeystore files = identityFiles;
		if (identity == null || files == null
				|| !org.flotilla.protocol.CertificateRenewal.isDue(identity.certificate(), java.time.Instant.now())) {
			return;
		}
		try {
			org.flotilla.protocol.PeerIdentity who = org.flotilla.protocol.PeerIdentity.of(identity.certificate());
			org.flotilla.protocol.CertificateRequests.Pending pending = org.flotilla.protocol.CertificateRequests.newRequest(who);
			Response answer = answered(connected.request(ServiceOperations.CONSOLE_RENEW, 0,
					Map.of("request", pending.requestPem())), "console-renew");
			java.security.cert.X509Certificate renewed = org.flotilla.protocol.CertificateRequests
					.readChain(answer.values().get("certificate")).get(0);
			org.flotilla.protocol.CertificateRequests.checkIssued(renewed, pending.keys().getPublic(), who, identity.caCertificate());
			char[] password = org.flotilla.protocol.SecretFiles.readPassword(files.passwordFile());
			java.security.KeyStore store = org.flotilla.protocol.CertificateRequests.keystore(pending.keys().getPrivate(), renewed,
					identity.caCertificate(), password);
			org.flotilla.protocol.PoolCertificateAuthority.writeKeyStore(store, files.keystore(), password);
			identity.replace(store, password);
			java.util.logging.Logger.getLogger(PoolServiceClient.class.getName()).info("certificate of " + who.name()
					+ " renewed until " + renewed.getNotAfter().toInstant() + " (" + files.keystore() + ")");
		} catch (Exception e) {
			java.util.logging.Logger.getLogger(PoolServiceClient.class.getName()).warning(
					"renewing this console's certificate failed (tried again at the next connection): " + reason(e));
		}
	}

	/** A pushed message (network thread): queued for the model thread, which applies what came in one go. */
	private void pushed(int mine, Message message) {
		if (message instanceof Message.Event event && ServiceOperations.REVOCATIONS.equals(event.kind())) {
			ProtocolClient current = client;
			if (current != null && event.attributes().get("crl") != null) {
				takeRevocations(current, event.attributes().get("crl"));
			}
			return;
		}
		if (!(message instanceof Message.Event event) || !ServiceOperations.CHANGES.equals(event.kind()) || mine != generation.get()) {
			return;
		}
		if (queued.incrementAndGet() > MAXIMUM_QUEUED_EVENTS) {
			resynchronise("the console fell more than " + MAXIMUM_QUEUED_EVENTS + " batches behind");
			return;
		}
		events.add(event);
		if (drainScheduled.compareAndSet(false, true)) {
			modelThread.execute(this::drain);
		}
	}

	/** Model thread: applies the queued changes in order. */
	private void drain() {
		drainScheduled.set(false);
		if (installedGeneration != generation.get()) {
			return; // not installed yet: install drains
		}
		Message.Event event;
		while ((event = events.poll()) != null) {
			queued.decrementAndGet();
			Map<String, String> a = event.attributes();
			if (!serviceRun.equals(a.get("service"))) {
				resynchronise("the pool service restarted");
				return;
			}
			long sequence;
			try {
				sequence = Long.parseLong(a.get("sequence"));
			} catch (NumberFormatException e) {
				resynchronise("a change batch without a sequence");
				return;
			}
			if (sequence <= appliedSequence) {
				continue; // in the snapshot already
			}
			if (sequence != appliedSequence + 1) {
				resynchronise("change batch " + (appliedSequence + 1) + " never came");
				return;
			}
			String origin = a.getOrDefault("origin", "");
			try {
				String samples = a.get("samples");
				if (samples != null) {
					LiveSamples.apply(LiveSamples.decode(samples), resource::getEObject); // windows since removed: skipped
				} else if (origin.isEmpty() || !ownEdits.remove(origin)) {
					applier.apply(ChangeCodec.decode(a.getOrDefault("ops", "")));
				}
			} catch (ChangeException e) {
				resynchronise("a change batch does not fit this console's copy: " + e.getMessage());
				return;
			}
			appliedSequence = sequence;
			appliedRevision = Long.parseLong(a.getOrDefault("revision", Long.toString(appliedRevision)));
		}
	}

	/** Drops the connection: the link thread reconnects and downloads the pool again. */
	private void resynchronise(String why) {
		generation.incrementAndGet(); // what is still queued belongs to the old copy
		events.clear();
		queued.set(0);
		ProtocolClient current = client;
		if (current != null) {
			current.closeAsync();
		}
		modelThread.execute(() -> setState(State.LOST, why + "; receiving the pool again"));
	}

	/**
	 * An edit of this console (model thread): {@code edit} runs at once on the copy, and what it changed goes to
	 * the service. If the service refuses it, the copy takes the service's values back and the command leaves the
	 * undo history.
	 */
	@Override
	public void edit(Command command, Runnable edit) {
		if (recorder == null) {
			edit.run();
			return;
		}
		recorder.drain();
		recorder.setRecording(true);
		try {
			edit.run();
		} finally {
			recorder.setRecording(false);
		}
		List<ChangeOp> ops = recorder.drain().all();
		if (ops.isEmpty()) {
			return;
		}
		String tag = UUID.randomUUID().toString();
		ownEdits.add(tag);
		Map<String, String> arguments = new HashMap<>();
		arguments.put("base", Long.toString(appliedRevision));
		arguments.put("ops", ChangeCodec.encode(ops));
		arguments.put("tag", tag);
		String what = command != null && command.getLabel() != null ? command.getLabel() : "edit";
		CompletableFuture<Response> sent = request(ServiceOperations.EDIT, arguments);
		editsAnswered = CompletableFuture.allOf(editsAnswered, sent.handle((response, failure) -> null));
		sent.whenComplete((response, failure) -> modelThread.execute(() -> {
			if (failure == null && response.status() == Response.Status.OK) {
				return;
			}
			ownEdits.remove(tag);
			String reason = failure != null ? reason(failure) : response.detail();
			if (response != null && response.values().containsKey("current")) {
				try {
					applier.apply(ChangeCodec.decode(response.values().get("current")));
				} catch (ChangeException e) {
					resynchronise("the service's values do not fit this console's copy: " + e.getMessage());
				}
			} else if (response != null && response.status() == Response.Status.REFUSED) {
				// A refused change of lists (a plan's moves): the copy is put right by receiving the pool afresh.
				resynchronise("the service refused an edit (" + reason + ")");
			} else {
				resynchronise("an edit's outcome is unknown (" + reason + ")");
			}
			if (command != null) {
				session.forget(command);
			}
			listener.refused(what, reason);
		}));
	}

	/**
	 * Completes once every edit this console sent so far has been answered (accepted or refused), on whatever thread
	 * answered. An action that builds on edits just made (Add and Apply: the plan's new moves, then applying the plan)
	 * waits for it: the service handles requests in parallel, so the action could otherwise overtake the edits.
	 * Model thread.
	 */
	public CompletableFuture<Void> editsAnswered() {
		return editsAnswered;
	}

	private void setState(State newState, String detail) {
		state = newState;
		modelThread.execute(() -> listener.stateChanged(newState, detail));
	}

	@Override
	public void close() {
		if (closed.compareAndSet(false, true)) {
			generation.incrementAndGet();
			linkThread.interrupt();
			ProtocolClient current = client;
			if (current != null) {
				current.closeAsync(); // not waited for: closing a window or a script must not hang on the network
			}
			state = State.CLOSED;
			if (recorder != null) {
				modelThread.execute(() -> {
					if (recorder != null) {
						recorder.dispose();
						recorder = null;
					}
				});
			}
		}
	}
}
