package org.flotilla.integration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.flotilla.model.Job;
import org.flotilla.model.JobState;
import org.flotilla.model.Node;
import org.flotilla.model.ParameterValue;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.Profile;
import org.flotilla.model.ProfileEntry;
import org.flotilla.model.SoftwarePackage;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message.Response;

/**
 * Provisioning benchmark (a command, not a test; {@code releng/run-provision-benchmark}): the real pool service
 * process and {@code --agents} real agent processes on 127.0.0.1, the reactor-built repository; a two-layer profile
 * (jetty 12.1.5 + shop-demo 1.2, each node on its own port) applied to every node, {@code --parallel} at once. Prints
 * the total time until the rolling job ends, the bytes the service sent to each node (from its log: one copy of each
 * archive) and the service process's CPU time during the run.
 */
public final class ProvisionBenchmark {

	private static final PoolFactory F = PoolFactory.eINSTANCE;

	public static void main(String[] args) throws Exception {
		int agents = 20;
		int parallel = 4;
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
			case "--agents" -> agents = Integer.parseInt(args[i + 1]);
			case "--parallel" -> parallel = Integer.parseInt(args[i + 1]);
			default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--agents N, --parallel N)");
			}
		}
		Path repository = Path.of(System.getProperty("flotilla.packages.repository"));
		Path dir = Files.createTempDirectory("flotilla-provision-benchmark");
		System.out.printf("provision benchmark: %d agents, %d at once, %d cores, Java %s%n", agents, parallel,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		try (ServicePool pool = new ServicePool(dir, agents, 4, 4096, "packages.dir = " + repository + "\n")) {
			Path keystore = pool.identityOf("bench", ConsoleRole.ADMINISTRATOR);
			try (InProcessConsole admin = new InProcessConsole(pool.servicePort, keystore)) {
				int n = agents;
				admin.waitUntil("the repository is mirrored and every agent reports", Duration.ofMinutes(5), () -> admin.session
						.getPool().getPackages().size() >= 2 && admin.session.getPool().getAllNodes().stream()
								.filter(node -> node.getOperatingSystem() != null).count() == n);
				List<Node> nodes = admin.on(() -> List.copyOf(admin.session.getPool().getAllNodes()));
				edit(admin, () -> {
					Profile web = F.createProfile();
					web.setName("web shop");
					web.getEntries().add(entry(pkg(admin, "jetty", "12.1.5"), "heap", "64M"));
					web.getEntries().add(entry(pkg(admin, "shop-demo", "1.2")));
					admin.session.getPool().getProfiles().add(web);
				});
				List<Integer> ports = new ArrayList<>();
				for (int i = 0; i < agents; i++) {
					ports.add(AgentProcesses.freePort());
				}
				edit(admin, () -> {
					Profile web = admin.session.getPool().getProfiles().get(0);
					for (int i = 0; i < nodes.size(); i++) {
						nodes.get(i).setProfile(web);
						ParameterValue port = F.createParameterValue();
						port.setPackageName("jetty");
						port.setName("port");
						port.setValue(Integer.toString(ports.get(i)));
						nodes.get(i).getProfileOverrides().add(port);
					}
				});
				ProcessHandle service = pool.service.toHandle();
				Duration cpuBefore = service.info().totalCpuDuration().orElse(Duration.ZERO);
				long start = System.nanoTime();
				int p = parallel;
				Response started = CompletableFuture.supplyAsync(() -> admin.client.provision(nodes, p, nodes.size()), admin.model)
						.get(30, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
				if (started.status() != Response.Status.OK) {
					throw new AssertionError("provision refused: " + started.detail());
				}
				String id = started.values().get("job");
				admin.waitUntil("the rolling job ends", Duration.ofMinutes(60), () -> ((XMLResource) admin.session.getPool().eResource())
						.getEObject(id) instanceof Job job && job.getFinished() != null);
				double seconds = (System.nanoTime() - start) / 1e9;
				Duration cpu = service.info().totalCpuDuration().orElse(Duration.ZERO).minus(cpuBefore);
				String result = admin.on(() -> {
					Job job = (Job) ((XMLResource) admin.session.getPool().eResource()).getEObject(id);
					return job.getState() + ": " + job.getMessage();
				});
				List<Long> sent = new ArrayList<>();
				Matcher m = Pattern.compile("\\[bytes sent: (\\d+)\\]").matcher(Files.readString(dir.resolve("service.log")));
				while (m.find()) {
					sent.add(Long.parseLong(m.group(1)));
				}
				long archives = Files.size(repository.resolve("jetty-12.1.5.fpkg")) + Files.size(repository.resolve("shop-demo-1.2.fpkg"));
				System.out.printf("result: %s%n", result);
				System.out.printf("total: %.1f s for %d nodes (%.1f s per node at %d at once)%n", seconds, agents, seconds * parallel / agents,
						parallel);
				System.out.printf("bytes sent per node: min %d, max %d (the two archives: %d)%n",
						sent.stream().mapToLong(Long::longValue).min().orElse(-1), sent.stream().mapToLong(Long::longValue).max().orElse(-1),
						archives);
				System.out.printf("service CPU during the run: %.1f s (%.0f%% of one core)%n", cpu.toMillis() / 1000.0,
						100.0 * cpu.toMillis() / 1000.0 / seconds);
				boolean allOk = result.startsWith(JobState.SUCCEEDED.getLiteral() + ":");
				int answering = 0;
				for (int port : ports) {
					java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
							.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/shop-demo/")).build(),
							java.net.http.HttpResponse.BodyHandlers.ofString());
					answering += r.statusCode() == 200 && r.body().contains("shop-demo 1.2") ? 1 : 0;
				}
				System.out.printf("shop-demo 1.2 answering: %d of %d nodes%s%n", answering, agents, allOk ? "" : " (the job failed)");
			}
		} finally {
			for (long pid : ProvisioningIntegrationTest.packageProcesses(dir)) {
				ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
			}
		}
	}

	private static ProfileEntry entry(SoftwarePackage p, String... values) {
		ProfileEntry entry = F.createProfileEntry();
		entry.setSoftwarePackage(p);
		for (int i = 0; i < values.length; i += 2) {
			ParameterValue v = F.createParameterValue();
			v.setName(values[i]);
			v.setValue(values[i + 1]);
			entry.getValues().add(v);
		}
		return entry;
	}

	private static SoftwarePackage pkg(InProcessConsole console, String name, String version) {
		return console.session.getPool().getPackages().stream().filter(p -> name.equals(p.getName()) && version.equals(p.getVersion()))
				.findFirst().orElseThrow(() -> new AssertionError("no package " + name + " " + version + " in the pool"));
	}

	private static void edit(InProcessConsole console, Runnable change) throws Exception {
		CompletableFuture.supplyAsync(() -> {
			console.client.edit(null, change);
			return console.client.editsAnswered();
		}, console.model).get(30, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
	}
}
