package org.flotilla.service.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flotilla.console.core.provisioning.NodePlan;
import org.flotilla.console.core.provisioning.PlannedStep;
import org.flotilla.model.Job;
import org.flotilla.model.JobKind;
import org.flotilla.model.JobState;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.packages.PackageRepository;
import org.flotilla.packages.PackageVersion;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.packages.PackageOperations;

/**
 * Carries out provisioning plans through the nodes' agents: a rolling job (kind provisioning, no node) over one job per
 * node, at most {@code parallel} nodes at once, no new node started once more than {@code maxFailures} failed. Per node:
 * each archive its steps need is sent once (package-offer, then package-chunk from what the agent already has: a
 * transfer cut off resumes), then package-apply (package-remove) step by step in the plan's order; the first failure
 * ends the node's job with the agent's reason (the agent has rolled that package back to its previous working version).
 * <p>
 * Jobs are changed on the model thread only (the pool service's journal and consoles get them with the next batch);
 * the work with agents runs on virtual threads and waits for their answers.
 */
public final class Provisioning {

	private static final Logger LOG = Logger.getLogger(Provisioning.class.getName());
	/** Finished provisioning jobs the pool keeps (older ones leave it as new ones finish). */
	static final int HISTORY = 200;
	/**
	 * How long the service waits for an apply whose answer did not come (the request timed out while a long step ran,
	 * or the agent restarted mid-apply): it asks package-status until the package is no longer changing.
	 */
	static final long SETTLE_MILLIS = TimeUnit.MINUTES.toMillis(35);

	/** Sends a request to a node's agent (the pool service's connections, audited or not). */
	public interface Agents {
		CompletableFuture<Response> request(String nodeName, String operation, Map<String, String> arguments);
	}

	private final java.util.concurrent.Executor model;
	private final Agents audited;
	private final Agents unaudited;
	private final PackageRepository repository;
	private final Consumer<String> log;
	/** Node name → the job provisioning it now. */
	private final Map<String, Job> busy = new ConcurrentHashMap<>();
	/** Jobs of this run (rolling and per node) not finished yet, each with its rolling job (itself for a rolling one). */
	private final Map<Job, Job> active = new ConcurrentHashMap<>();
	/** Jobs someone cancelled, with who: a node's run reads it before each step, the rolling job before each node. */
	private final Map<Job, String> cancelled = new ConcurrentHashMap<>();
	/** Each unfinished node job's run (to cancel one still queued at once). */
	private final Map<Job, NodeRun> nodeRuns = new ConcurrentHashMap<>();
	private final AtomicLong lastEpoch = new AtomicLong();

	/**
	 * @param model     the model thread
	 * @param audited   commands written to the pool's audit (offer, apply, remove)
	 * @param unaudited what is not worth a line each (the chunks of a transfer: its offer and apply are audited)
	 */
	public Provisioning(java.util.concurrent.Executor model, Agents audited, Agents unaudited, PackageRepository repository,
			Consumer<String> log) {
		this.model = model;
		this.audited = audited;
		this.unaudited = unaudited;
		this.repository = repository;
		this.log = log;
	}

	/**
	 * Ends the provisioning jobs a previous run of the service left queued or running (model thread, at start): nothing
	 * carries them on; each node's packages are what its agent reports (an apply the agent was in the middle of is
	 * finished or rolled back by the agent itself).
	 */
	public static void interrupted(Pool pool) {
		for (Job job : pool.getJobs()) {
			if (job.getKind() == JobKind.PROVISIONING && (job.getState() == JobState.QUEUED || job.getState() == JobState.RUNNING)) {
				job.setState(JobState.FAILED);
				job.setMessage("interrupted: the pool service stopped while it ran (" + job.getMessage()
						+ "); the node's packages are what its agent reports: provision again to finish");
				job.setFinished(new Date());
			}
		}
	}

	/** The repository the archives come from. */
	public PackageRepository repository() {
		return repository;
	}

	/** The job provisioning {@code nodeName} now, if any (model thread). */
	public Optional<Job> busyWith(String nodeName) {
		return Optional.ofNullable(busy.get(nodeName));
	}

	/**
	 * Cancels a provisioning job (model thread) for {@code person}. A rolling job starts no further node and each node
	 * in progress stops before its next step; a node's job stops before its next step (or never starts). A step an agent
	 * is carrying out is not cut off: it finishes or rolls back on the agent as any step does, so every node is left with
	 * whole packages, and what each has is what its agent reports.
	 *
	 * @return false when the job is not a provisioning job of this run or has finished
	 */
	public boolean cancel(Job job, String person) {
		if (job == null || job.getKind() != JobKind.PROVISIONING || !active.containsKey(job) || job.getFinished() != null) {
			return false;
		}
		if (cancelled.putIfAbsent(job, person) == null) {
			job.setMessage("cancelling for " + person + ": " + (job.getNode() == null
					? "no further node starts; nodes in progress stop after their current step"
					: "stops after its current step") + " (" + job.getMessage() + ")");
		}
		// Nodes not started yet are done with now, not when a slot frees (which can take as long as a step).
		List<NodeRun> queued = nodeRuns.values().stream().filter(r -> r.job() == job || r.rolling() == job).toList();
		for (NodeRun run : queued) {
			if (run.claim().compareAndSet(NodeRun.UNCLAIMED, NodeRun.CANCELLED) && run.job().eContainer() instanceof Pool pool) {
				busy.remove(run.node(), run.job());
				finish(pool, run.job(), JobState.CANCELLED, "cancelled by " + person + " before it started");
			}
		}
		return true;
	}

	/** Who cancelled the node run's job or its rolling job, or null. */
	private String cancelledBy(NodeRun run) {
		String who = cancelled.get(run.job());
		return who != null ? who : cancelled.get(run.rolling());
	}

	/**
	 * Creates the rolling job and the nodes' jobs (queued) and starts them (model thread). {@code plans} must be valid.
	 *
	 * @return the rolling job
	 */
	public Job start(Pool pool, String name, List<NodePlan> plans, int parallel, int maxFailures, String person) {
		Job rolling = job(pool, name, null, plans.size());
		rolling.setMessage("0/" + plans.size() + " nodes done");
		active.put(rolling, rolling);
		List<NodeRun> runs = new ArrayList<>();
		for (NodePlan plan : plans) {
			Node node = plan.node();
			Job job = job(pool, "Provision " + node.getName() + (node.getProfile() == null ? "" : " (profile " + node.getProfile().getName() + ")"),
					node, Math.max(1, plan.steps().size()));
			busy.put(node.getName(), job);
			active.put(job, rolling);
			NodeRun run = new NodeRun(node.getName(), job, rolling, plan.steps(), person, new AtomicInteger(NodeRun.UNCLAIMED));
			nodeRuns.put(job, run);
			runs.add(run);
		}
		Thread.ofVirtual().name("flotilla-provisioning").start(() -> roll(pool, rolling, runs, parallel, maxFailures));
		return rolling;
	}

	private static Job job(Pool pool, String name, Node node, int totalWork) {
		Job job = PoolFactory.eINSTANCE.createJob();
		job.setKind(JobKind.PROVISIONING);
		job.setName(name);
		job.setState(JobState.QUEUED);
		job.setNode(node);
		job.setTotalWork(totalWork);
		job.setWorked(0);
		job.setMessage("queued");
		pool.getJobs().add(job);
		return job;
	}

	/** One node's part of a rolling job; {@code claim} says whether it was started or cancelled first (once). */
	private record NodeRun(String node, Job job, Job rolling, List<PlannedStep> steps, String person, AtomicInteger claim) {
		static final int UNCLAIMED = 0;
		static final int STARTED = 1;
		static final int CANCELLED = 2;
	}

	/** How a node's run ended. */
	private enum Outcome {
		SUCCEEDED, FAILED, CANCELLED
	}

	/** The rolling job: nodes started while slots are free and failures within the bound. */
	private void roll(Pool pool, Job rolling, List<NodeRun> runs, int parallel, int maxFailures) {
		onModel(() -> running(rolling));
		Semaphore slots = new Semaphore(parallel);
		AtomicInteger failed = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		AtomicInteger stopped = new AtomicInteger(); // cancelled while they ran (counted in done too)
		AtomicInteger unstarted = new AtomicInteger(); // cancelled before they started
		CountDownLatch finished = new CountDownLatch(runs.size());
		int total = runs.size();
		for (int i = 0; i < runs.size(); i++) {
			NodeRun run = runs.get(i);
			try {
				slots.acquire();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			if (failed.get() > maxFailures) {
				slots.release();
				String why = "not started: " + failed.get() + " node(s) failed, more than the " + maxFailures + " allowed";
				for (NodeRun skipped : runs.subList(i, runs.size())) {
					if (skipped.claim().compareAndSet(NodeRun.UNCLAIMED, NodeRun.CANCELLED)) {
						onModel(() -> finish(pool, skipped.job(), JobState.CANCELLED, why));
						busy.remove(skipped.node(), skipped.job());
					} else {
						unstarted.incrementAndGet(); // someone cancelled it first
					}
					finished.countDown();
				}
				break;
			}
			String who = cancelledBy(run);
			if (who != null || !run.claim().compareAndSet(NodeRun.UNCLAIMED, NodeRun.STARTED)) {
				// Cancelled before it started: here, or by cancel() itself, which finished the job already.
				slots.release();
				if (run.claim().compareAndSet(NodeRun.UNCLAIMED, NodeRun.CANCELLED)) {
					onModel(() -> finish(pool, run.job(), JobState.CANCELLED, "cancelled by " + who + " before it started"));
				}
				busy.remove(run.node(), run.job());
				unstarted.incrementAndGet();
				finished.countDown();
				continue;
			}
			Thread.ofVirtual().name("flotilla-provision-" + run.node()).start(() -> {
				Outcome outcome = Outcome.FAILED;
				try {
					outcome = runNode(pool, run);
				} catch (RuntimeException e) {
					LOG.log(Level.SEVERE, "provisioning " + run.node() + " failed: " + e, e);
					onModel(() -> finish(pool, run.job(), JobState.FAILED, run.node() + ": " + e));
				} finally {
					busy.remove(run.node(), run.job());
					if (outcome == Outcome.FAILED) {
						failed.incrementAndGet();
					} else if (outcome == Outcome.CANCELLED) {
						stopped.incrementAndGet();
					}
					int d = done.incrementAndGet();
					int f = failed.get();
					String cancelling = cancelled.get(rolling);
					onModel(() -> {
						rolling.setWorked(d);
						rolling.setMessage((cancelling == null ? "" : "cancelling for " + cancelling + ": ") + d + "/" + total
								+ " nodes done" + (f == 0 ? "" : ", " + f + " failed"));
					});
					slots.release();
					finished.countDown();
				}
			});
		}
		try {
			finished.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		int f = failed.get();
		int provisioned = done.get() - f - stopped.get();
		int c = stopped.get() + unstarted.get();
		int notStarted = total - done.get() - unstarted.get();
		String who = c > 0 ? cancelled.get(rolling) : null; // a cancel after the last step cancelled nothing
		String message = provisioned + "/" + total + " nodes provisioned" + (f == 0 ? "" : ", " + f + " failed")
				+ (c == 0 ? "" : ", " + c + " cancelled") + (notStarted > 0 ? ", " + notStarted + " not started (more than "
						+ maxFailures + " failed)" : "");
		JobState end = f > 0 ? JobState.FAILED : c > 0 ? JobState.CANCELLED : JobState.SUCCEEDED;
		onModel(() -> finish(pool, rolling, end, (who == null ? "" : "cancelled by " + who + ": ") + message));
		log.accept(rolling.getName() + ": " + message + (who == null ? "" : " (cancelled by " + who + ")"));
	}

	/** One node: the archives, then the steps, each started only while nobody cancelled. */
	private Outcome runNode(Pool pool, NodeRun run) {
		Job job = run.job();
		String node = run.node();
		List<PlannedStep> steps = run.steps();
		int n = steps.size();
		onModel(() -> {
			running(job);
			job.setMessage(n == 0 ? "as its profile wants" : "sending archives");
		});
		// Each archive once per node and version, before the first step: a transfer failure changes nothing.
		Map<String, PackageRepository.Entry> archives = new LinkedHashMap<>();
		for (PlannedStep step : steps) {
			if (step.kind() == PlannedStep.Kind.REMOVE) {
				continue;
			}
			String key = step.packageName() + " " + step.toVersion();
			if (archives.containsKey(key)) {
				continue;
			}
			Optional<PackageRepository.Entry> entry;
			try {
				entry = repository.find(step.packageName(), PackageVersion.parse(step.toVersion()));
			} catch (RuntimeException e) {
				entry = Optional.empty();
			}
			if (entry.isEmpty()) {
				return failed(pool, job, node + ": package " + key + " is not in the pool service's repository (" + repository.dir() + ")");
			}
			archives.put(key, entry.get());
		}
		long sent = 0;
		StringBuilder transfers = new StringBuilder();
		for (PackageRepository.Entry entry : archives.values()) {
			if (cancelledBy(run) != null) {
				return cancelled(pool, run, "before any step (archives sent: " + (transfers.isEmpty() ? "none" : transfers) + ")");
			}
			long bytes;
			try {
				bytes = send(run, entry);
			} catch (TransferCancelled e) {
				return cancelled(pool, run, e.getMessage() + ", before any step");
			} catch (ProvisioningException e) {
				return failed(pool, job, e.getMessage());
			}
			sent += bytes;
			transfers.append(transfers.isEmpty() ? "" : ", ").append(entry.name()).append(' ').append(entry.version()).append(' ')
					.append(bytes == 0 ? "cached" : mib(bytes));
		}
		List<String> results = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			PlannedStep step = steps.get(i);
			String what = (i + 1) + "/" + n + " " + step.kind().word() + " " + step.packageName() + " "
					+ (step.kind() == PlannedStep.Kind.REMOVE ? step.fromVersion() : step.toVersion());
			if (cancelledBy(run) != null) {
				return cancelled(pool, run, i == 0 ? "before any step" : "after " + i + "/" + n + " step(s): " + String.join("; ", results));
			}
			int worked = i;
			onModel(() -> {
				job.setWorked(worked);
				job.setMessage(what);
			});
			try {
				results.add(step(node, step, archives, run.person()));
			} catch (ProvisioningException e) {
				return failed(pool, job, what + " failed: " + e.getMessage());
			}
		}
		String message = (n == 0 ? "nothing to do: as its profile wants" : n + " step(s) done: " + String.join("; ", results))
				+ (archives.isEmpty() ? "" : "; sent " + mib(sent) + " (" + transfers + ")");
		onModel(() -> finish(pool, job, JobState.SUCCEEDED, message));
		log.accept("provisioned " + node + ": " + message + " [bytes sent: " + sent + "]");
		return Outcome.SUCCEEDED;
	}

	private Outcome failed(Pool pool, Job job, String message) {
		onModel(() -> finish(pool, job, JobState.FAILED, message));
		log.accept("provisioning failed: " + message);
		return Outcome.FAILED;
	}

	private Outcome cancelled(Pool pool, NodeRun run, String when) {
		String message = "cancelled by " + cancelledBy(run) + " " + when + "; the node's packages are what its agent reports";
		onModel(() -> finish(pool, run.job(), JobState.CANCELLED, message));
		log.accept("provisioning " + run.node() + " " + message);
		return Outcome.CANCELLED;
	}

	/**
	 * Sends one archive to {@code node}'s agent from what it already has. Returns the bytes sent (0 when it had it all).
	 */
	private long send(NodeRun run, PackageRepository.Entry entry) throws ProvisioningException {
		String node = run.node();
		String person = run.person();
		Job job = run.job();
		String id = entry.name() + " " + entry.version();
		Map<String, String> offer = Map.of(PackageOperations.NAME, entry.name(), PackageOperations.VERSION,
				entry.version().toString(), PackageOperations.SHA256, entry.sha256(), PackageOperations.SIZE,
				Long.toString(entry.size()), "onBehalfOf", person);
		long have = have(answer(node, audited.request(node, PackageOperations.OFFER, offer), "package-offer " + id, 60));
		long sent = 0;
		try (FileChannel file = FileChannel.open(entry.path(), StandardOpenOption.READ)) {
			ByteBuffer buffer = ByteBuffer.allocate(PackageOperations.MAXIMUM_CHUNK_BYTES);
			long lastShown = 0;
			while (have < entry.size()) {
				String who = cancelledBy(run);
				if (who != null) {
					// Between chunks is a safe place to stop: the agent keeps what it has (a later run resumes from it).
					throw new TransferCancelled("while sending " + id + " (" + mib(have) + " of " + mib(entry.size()) + ")");
				}
				buffer.clear();
				int read = file.read(buffer, have);
				if (read <= 0) {
					throw new ProvisioningException(node + ": package " + id + ": the repository's archive " + entry.path()
							+ " ended at " + have + " bytes, the index says " + entry.size());
				}
				byte[] data = java.util.Arrays.copyOf(buffer.array(), read);
				Map<String, String> chunk = Map.of(PackageOperations.SHA256, entry.sha256(), PackageOperations.OFFSET,
						Long.toString(have), PackageOperations.DATA, Base64.getEncoder().encodeToString(data));
				long next = have(answer(node, unaudited.request(node, PackageOperations.CHUNK, chunk), "package-chunk " + id, 60));
				if (next <= have) {
					throw new ProvisioningException(node + ": package " + id + ": the agent holds " + next + " bytes after a chunk at "
							+ have);
				}
				sent += next - have;
				have = next;
				if (have - lastShown >= 4L << 20 || have == entry.size()) {
					lastShown = have;
					String message = "sending " + id + ": " + mib(have) + " of " + mib(entry.size());
					onModel(() -> job.setMessage(message));
				}
			}
		} catch (IOException e) {
			throw new ProvisioningException(node + ": package " + id + ": cannot read the repository's archive " + entry.path() + ": "
					+ e.getMessage());
		}
		return sent;
	}

	/** Applies or removes one package; returns what the agent did, in words. */
	private String step(String node, PlannedStep step, Map<String, PackageRepository.Entry> archives, String person)
			throws ProvisioningException {
		long epoch = nextEpoch();
		Map<String, String> arguments = new HashMap<>();
		arguments.put(PackageOperations.NAME, step.packageName());
		arguments.put(PackageOperations.EPOCH, Long.toString(epoch));
		arguments.put("onBehalfOf", person);
		String operation;
		if (step.kind() == PlannedStep.Kind.REMOVE) {
			operation = PackageOperations.REMOVE;
		} else {
			operation = PackageOperations.APPLY;
			PackageRepository.Entry entry = archives.get(step.packageName() + " " + step.toVersion());
			arguments.put(PackageOperations.VERSION, step.toVersion());
			arguments.put(PackageOperations.SHA256, entry.sha256());
			step.parameters().forEach((k, v) -> arguments.put(PackageOperations.PARAMETER_PREFIX + k, v));
		}
		Response response;
		try {
			response = audited.request(node, operation, arguments).get(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
		} catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
			// No answer (the request timed out while a long step ran, or the connection dropped as the agent restarted):
			// the agent finishes or rolls back on its own; what it says once settled is the outcome.
			return settled(node, step, e.getCause() == null ? e : e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ProvisioningException(node + ": interrupted");
		}
		if (response.status() != Response.Status.OK) {
			throw new ProvisioningException(response.detail());
		}
		Map<String, String> v = response.values();
		String result = v.getOrDefault(PackageOperations.RESULT, "done");
		return result + " " + step.packageName() + (v.getOrDefault(PackageOperations.FROM_VERSION, "").isEmpty() ? ""
				: " " + v.get(PackageOperations.FROM_VERSION) + " →") + (step.kind() == PlannedStep.Kind.REMOVE ? ""
						: " " + v.getOrDefault(PackageOperations.TO_VERSION, step.toVersion()));
	}

	/** After an apply without an answer: asks package-status until the package is no longer changing. */
	private String settled(String node, PlannedStep step, Throwable why) throws ProvisioningException {
		long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
		String last = "no answer: " + why.getMessage();
		while (System.currentTimeMillis() < deadline) {
			try {
				Response status = unaudited.request(node, PackageOperations.STATUS, Map.of(PackageOperations.NAME, step.packageName()))
						.get(60, TimeUnit.SECONDS);
				if (status.status() == Response.Status.OK) {
					String line = status.values().getOrDefault(PackageOperations.PACKAGES, "").strip();
					String[] fields = line.isEmpty() ? new String[0] : line.split("\t");
					if (fields.length == 0) {
						if (step.kind() == PlannedStep.Kind.REMOVE) {
							return "removed " + step.packageName();
						}
						throw new ProvisioningException(node + ": package " + step.packageName() + " is not installed after the "
								+ step.kind().word() + " (" + last + ")");
					}
					String version = fields[1];
					String health = fields.length > 3 ? fields[3] : "";
					String result = fields.length > 4 ? fields[4] : "";
					if (!health.startsWith("changing")) {
						if (step.kind() != PlannedStep.Kind.REMOVE && version.equals(step.toVersion()) && !result.startsWith("failed")) {
							return result.isEmpty() ? step.kind().word() + " " + step.packageName() + " " + version : result;
						}
						throw new ProvisioningException(node + ": package " + step.packageName() + " is at " + version
								+ " after the " + step.kind().word() + ": " + (result.isEmpty() ? health : result));
					}
					last = health;
				} else {
					last = status.detail();
				}
			} catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
				last = "no answer: " + (e.getCause() == null ? e : e.getCause()).getMessage();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new ProvisioningException(node + ": interrupted");
			}
			try {
				Thread.sleep(1000); // the agent is busy with a step or restarting: asked again each second
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new ProvisioningException(node + ": interrupted");
			}
		}
		throw new ProvisioningException(node + ": package " + step.packageName() + ": no outcome of the " + step.kind().word()
				+ " within " + SETTLE_MILLIS / 60_000 + " min (" + last + ")");
	}

	private static Response answer(String node, CompletableFuture<Response> request, String what, int seconds)
			throws ProvisioningException {
		Response response;
		try {
			response = request.get(seconds, TimeUnit.SECONDS);
		} catch (java.util.concurrent.ExecutionException e) {
			throw new ProvisioningException(node + ": " + what + ": " + e.getCause().getMessage());
		} catch (java.util.concurrent.TimeoutException e) {
			throw new ProvisioningException(node + ": " + what + ": no answer within " + seconds + " s");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ProvisioningException(node + ": interrupted");
		}
		if (response.status() != Response.Status.OK) {
			throw new ProvisioningException(response.detail());
		}
		return response;
	}

	private static long have(Response response) throws ProvisioningException {
		try {
			return Long.parseLong(response.values().getOrDefault(PackageOperations.HAVE, "-1"));
		} catch (NumberFormatException e) {
			throw new ProvisioningException("the agent's 'have' is not a number: " + response.values().get(PackageOperations.HAVE));
		}
	}

	/** Monotonic across the service's runs (the clock), and strictly increasing within one. */
	private long nextEpoch() {
		return lastEpoch.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis()));
	}

	private void onModel(Runnable work) {
		model.execute(work);
	}

	private static void running(Job job) {
		if (job.getState() == JobState.QUEUED) {
			job.setState(JobState.RUNNING);
			job.setStarted(new Date());
		}
	}

	/** Ends a job and trims the finished provisioning jobs to {@value #HISTORY} (model thread). */
	private void finish(Pool pool, Job job, JobState state, String message) {
		active.remove(job);
		cancelled.remove(job);
		nodeRuns.remove(job);
		Date now = new Date();
		if (job.getStarted() == null) {
			job.setStarted(now);
		}
		if (state == JobState.SUCCEEDED) {
			job.setWorked(job.getTotalWork());
		}
		job.setState(state);
		job.setMessage(message);
		job.setFinished(now);
		List<Job> finished = pool.getJobs().stream().filter(j -> j.getKind() == JobKind.PROVISIONING && j.getFinished() != null)
				.sorted(java.util.Comparator.comparing(Job::getFinished)).toList();
		for (int i = 0; i < finished.size() - HISTORY; i++) {
			pool.getJobs().remove(finished.get(i));
		}
	}

	private static String mib(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
	}

	/** A node's provisioning failed; the message names node, package and step, with the agent's reason. */
	static class ProvisioningException extends Exception {
		private static final long serialVersionUID = 1L;

		ProvisioningException(String message) {
			super(message);
		}
	}

	/** A transfer stopped between chunks because someone cancelled. */
	static final class TransferCancelled extends ProvisioningException {
		private static final long serialVersionUID = 1L;

		TransferCancelled(String message) {
			super(message);
		}
	}
}
