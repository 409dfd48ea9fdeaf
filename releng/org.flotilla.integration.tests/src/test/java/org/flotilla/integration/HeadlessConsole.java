package org.flotilla.integration;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.flotilla.console.core.ConsoleKeystore;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.remote.PoolServiceClient;
import org.flotilla.console.core.remote.RemoteTaskControl;
import org.flotilla.console.core.remote.ServiceOperations;
import org.flotilla.model.Node;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.RestartPolicy;
import org.flotilla.model.Task;
import org.flotilla.model.TaskKind;
import org.flotilla.model.changes.ChangeCodec;
import org.flotilla.model.changes.ChangeOp;

/**
 * A console without a window, in a process of its own: the product's client code (a session kept in step with the
 * pool service, edits through the session's command stack, actions through the remote control service), driven
 * by commands on standard input, one per line, each answered on standard output. The integration tests start
 * several, each with a person's identity, as separate consoles at separate workstations.
 *
 * <p>{@code java … HeadlessConsole HOST:PORT IDENTITY.p12}
 */
public final class HeadlessConsole {

	private static final ExecutorService model = Executors.newSingleThreadExecutor(r -> new Thread(r, "console-model"));
	private static final List<String> refusals = new CopyOnWriteArrayList<>();
	private static PoolSession session;
	private static PoolServiceClient client;
	private static CountDownLatch held;

	public static void main(String[] args) throws Exception {
		String[] hostPort = args[0].split(":");
		Path identity = Path.of(args[1]);
		session = new PoolSession(null);
		// Renewable, as the product's console should be: it renews its certificate over the service's connection when due.
		org.flotilla.protocol.RenewableIdentity tls = ConsoleKeystore.renewableConsoleTls(identity, ConsoleKeystore.passwordFileOf(identity));
		client = new PoolServiceClient(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])),
				tls.sslContext(),
				identity.getFileName().toString().replace(".p12", ""), session, model, new PoolServiceClient.Listener() {
					@Override
					public void refused(String what, String reason) {
						refusals.add(what + ": " + reason);
					}
				}).renewing(tls, org.flotilla.protocol.IdentityKeystore.beside(identity)).start();
		RemoteTaskControl control = new RemoteTaskControl(client, model, (what, reason) -> refusals.add(what + ": " + reason));
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
		String line;
		while ((line = in.readLine()) != null) {
			String[] c = line.trim().split(" ", 4);
			try {
				switch (c[0]) {
					case "sync" -> {
						long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
						while (!(client.state() == PoolServiceClient.State.SYNCHRONISED && on(() -> session.isServiceBacked()))) {
							if (System.nanoTime() > deadline) {
								throw new IllegalStateException("not synchronised within 60 s: " + client.state());
							}
							Thread.sleep(50);
						}
						say("synced " + client.revision() + " " + client.role().externalName());
					}
					case "state" -> say("state " + client.state().name().toLowerCase(java.util.Locale.ROOT));
					case "has" -> say("has " + on(() -> session.getPool().getAllNodes().stream().anyMatch(n -> n.getName().equals(c[1]))));
					case "get" -> say("value " + on(() -> {
						Node node = node(c[1]);
						return String.valueOf(node.eGet(feature(node, c[2])));
					}));
					case "set" -> {
						on(() -> {
							Node node = node(c[1]);
							EStructuralFeature feature = feature(node, c[2]);
							Object value = EcoreUtil.createFromString((org.eclipse.emf.ecore.EDataType) feature.getEType(), c[3]);
							session.getEditingDomain().getCommandStack().execute(SetCommand.create(session.getEditingDomain(), node, feature, value));
							return null;
						});
						say("sent");
					}
					case "set-async" -> { // queued behind whatever holds the model thread
						model.execute(() -> {
							Node node = node(c[1]);
							EStructuralFeature feature = feature(node, c[2]);
							Object value = EcoreUtil.createFromString((org.eclipse.emf.ecore.EDataType) feature.getEType(), c[3]);
							session.getEditingDomain().getCommandStack().execute(SetCommand.create(session.getEditingDomain(), node, feature, value));
						});
						say("queued");
					}
					case "hold" -> {
						CountDownLatch latch = new CountDownLatch(1);
						held = latch;
						CountDownLatch running = new CountDownLatch(1);
						model.execute(() -> {
							running.countDown();
							try {
								latch.await();
							} catch (InterruptedException e) {
								Thread.currentThread().interrupt();
							}
						});
						running.await();
						say("held");
					}
					case "release" -> {
						held.countDown();
						say("released");
					}
					case "refusals" -> say("refusals " + refusals.size() + (refusals.isEmpty() ? "" : " " + refusals.get(refusals.size() - 1)));
					case "burst" -> burst(Integer.parseInt(c[1]));
					case "submit" -> {
						int count = Integer.parseInt(c[2]);
						on(() -> {
							List<Task> tasks = new ArrayList<>();
							for (int i = 1; i <= count; i++) {
								Task task = PoolFactory.eINSTANCE.createTask();
								task.setName(c[1] + "-" + i);
								task.setKind(TaskKind.SERVICE);
								task.setCommand("/bin/sleep");
								task.getArguments().add("100000");
								task.setRestartPolicy(RestartPolicy.ALWAYS);
								task.setCpuDemand(0.05);
								task.setMemoryDemand(16);
								tasks.add(task);
							}
							control.submit(tasks);
							return null;
						});
						say("sent");
					}
					case "tasks" -> say("tasks " + on(() -> {
						StringBuilder text = new StringBuilder();
						for (Task task : session.getPool().getTasks()) {
							text.append(task.getName()).append(':').append(task.getState().getLiteral()).append(':')
									.append(task.getNode() == null ? "-" : task.getNode().getName()).append(' ');
						}
						return text.toString().trim();
					}));
					case "reporting" -> say("reporting " + on(() -> session.getPool().getAllNodes().stream()
							.filter(n -> n.getLastHeartbeat() > 0 && n.getState() == org.flotilla.model.NodeState.READY).count()));
					case "samples" -> say("samples " + on(() -> { // the fewest and most samples of a node's window
						java.util.IntSummaryStatistics counts = session.getPool().getAllNodes().stream()
								.mapToInt(n -> n.getMetrics() == null ? 0 : n.getMetrics().getSamples().size()).summaryStatistics();
						return counts.getMin() + " " + counts.getMax();
					}));
					case "reasons" -> say("reasons " + on(() -> {
						StringBuilder text = new StringBuilder();
						for (Task task : session.getPool().getTasks()) {
							text.append(task.getName()).append(": ").append(task.getStateReason()).append("; ");
						}
						for (org.flotilla.model.Job job : session.getPool().getJobs()) {
							text.append("job ").append(job.getName()).append(' ').append(job.getState()).append(": ")
									.append(job.getMessage()).append("; ");
						}
						return text.toString().replace('\n', ' ');
					}));
					case "quit" -> {
						say("bye");
						client.close();
						System.exit(0);
					}
					default -> say("error unknown command " + c[0]);
				}
			} catch (Exception e) {
				say("error " + e);
			}
		}
		System.exit(0);
	}

	/**
	 * Sends {@code count} edits straight after each other, each setting a node's cpu and memory capacity together
	 * (memory = cpu × 1024, so a half-applied edit shows), and prints each one the service acknowledged.
	 */
	private static void burst(int count) throws Exception {
		List<String> ids = on(() -> {
			List<String> found = new ArrayList<>();
			for (Node node : session.getPool().getAllNodes()) {
				found.add(((org.eclipse.emf.ecore.xmi.XMLResource) node.eResource()).getID(node));
			}
			return found;
		});
		List<String> names = on(() -> session.getPool().getAllNodes().stream().map(Node::getName).toList());
		for (int i = 1; i <= count; i++) {
			int n = i % ids.size();
			List<ChangeOp> ops = List.of(new ChangeOp.Set(ids.get(n), "cpuCapacity", List.of(Double.toString(1000 + i))),
					new ChangeOp.Set(ids.get(n), "memoryCapacity", List.of(Long.toString((1000L + i) * 1024))));
			int edit = i;
			client.request(ServiceOperations.EDIT, Map.of("base", Long.toString(Long.MAX_VALUE / 2), "ops", ChangeCodec.encode(ops)))
					.whenComplete((response, failure) -> {
						if (failure == null && response.status() == org.flotilla.protocol.Message.Response.Status.OK) {
							say("acked " + edit + " " + names.get(n) + " " + response.values().get("revision"));
						}
					});
		}
		say("burst-sent");
	}

	private static Node node(String name) {
		return session.getPool().getAllNodes().stream().filter(n -> n.getName().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no node " + name));
	}

	private static EStructuralFeature feature(Node node, String name) {
		EStructuralFeature feature = node.eClass().getEStructuralFeature(name);
		if (feature == null) {
			throw new IllegalArgumentException("no feature " + name);
		}
		return feature;
	}

	private static <T> T on(java.util.concurrent.Callable<T> work) throws Exception {
		return model.submit(work).get(30, TimeUnit.SECONDS);
	}

	private static synchronized void say(String line) {
		System.out.println(line);
		System.out.flush();
	}
}
