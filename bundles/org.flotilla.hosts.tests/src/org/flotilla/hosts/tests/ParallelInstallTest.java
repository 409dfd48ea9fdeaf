package org.flotilla.hosts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.flotilla.hosts.AgentIdentity;
import org.flotilla.hosts.AgentInstaller;
import org.flotilla.hosts.HostAccess;
import org.flotilla.hosts.HostConnection;
import org.flotilla.hosts.HostRunner;
import org.flotilla.hosts.InstallOptions;
import org.flotilla.hosts.InstallRequest;
import org.flotilla.hosts.InstallResult;
import org.flotilla.hosts.ProgressListener;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Add Servers wizard's batch: three real agents installed at once through one sshd by the runner (as root and as
 * the user with sudo), each listening, then all removed; and a batch cancelled half-way leaves its host clean.
 */
class ParallelInstallTest {

	private static SshFixture ssh;
	private static Path distribution;
	private static PoolCertificateAuthority ca;

	@BeforeAll
	static void start() throws Exception {
		ssh = SshFixture.start();
		distribution = TestDistribution.agent(Files.createDirectories(ssh.folder.resolve("dist")));
		ca = PoolCertificateAuthority.openOrCreate(ssh.folder.resolve("ca"), "ca-password".toCharArray(), "batch-test");
	}

	@AfterAll
	static void stop() throws Exception {
		ssh.close();
	}

	private static AgentIdentity keystore(String node) throws Exception {
		char[] password = "agent-password".toCharArray();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ca.issueAgent(node, password).store(bytes, password);
		return new AgentIdentity.Keystore(bytes.toByteArray(), password);
	}

	@Test
	void threeAgentsAtOnceThenAllRemoved() throws Exception {
		List<HostAccess> hosts = List.of(ssh.root(), ssh.userWithPassword(), ssh.root());
		// The second host gets the distribution as the archive the build makes (flotilla-agent/ inside a .tar.gz).
		Path archive = ssh.folder.resolve("flotilla-agent.tar.gz");
		TestSshd.run(List.of("tar", "-czf", archive.toString(), "-C", distribution.getParent().toString(),
				distribution.getFileName().toString()));
		List<InstallRequest> requests = new ArrayList<>();
		for (int i = 0; i < hosts.size(); i++) {
			requests.add(new InstallRequest(i == 1 ? archive : distribution, "batch-" + i, "127.0.0.1", TestSshd.freePort(), List.of("batch"),
					keystore("batch-" + i),
					InstallOptions.defaults().withInstallDir(ssh.folder.resolve("batch-" + i + "/flotilla-agent").toString())));
		}
		HostRunner runner = new HostRunner(HostRunner.DEFAULT_PARALLELISM);
		HostRunner.Batch<InstallResult> installs = runner.start(hosts, (host, progress, cancelled) -> {
			// HostAccess has identity equality: hosts 0 and 2 are both root, but distinct objects.
			int index = hosts.indexOf(host);
			try (HostConnection c = ssh.open(host)) {
				return AgentInstaller.install(c, requests.get(index), progress, cancelled);
			}
		}, ProgressListener.NONE);
		assertTrue(installs.await(Duration.ofMinutes(3)));
		for (HostRunner.Outcome<InstallResult> outcome : installs.outcomes()) {
			assertEquals(HostRunner.Status.DONE, outcome.status(), outcome.error());
			assertTrue(outcome.result().succeeded(), outcome.result().detail() + "\n" + outcome.result().steps());
			assertTrue(outcome.result().detail().contains("listens on port"), outcome.result().detail());
		}
		HostRunner.Batch<InstallResult> removals = runner.start(List.of(ssh.root()), (host, progress, cancelled) -> {
			List<InstallResult> results = new ArrayList<>();
			try (HostConnection c = ssh.open(host)) {
				for (InstallRequest request : requests) {
					results.add(AgentInstaller.uninstall(c, request.options(), progress));
				}
			}
			return results.stream().filter(r -> !r.succeeded()).findFirst().orElse(results.get(0));
		}, ProgressListener.NONE);
		assertTrue(removals.await(Duration.ofMinutes(2)));
		InstallResult removal = removals.outcomes().get(0).result();
		assertTrue(removal.succeeded(), removal.detail());
		for (int i = 0; i < hosts.size(); i++) {
			assertFalse(Files.exists(ssh.folder.resolve("batch-" + i)));
		}
	}

	@Test
	void aCancelledInstallUndoesWhatItDid() throws Exception {
		String dir = ssh.folder.resolve("cancelled/flotilla-agent").toString();
		InstallRequest request = new InstallRequest(distribution, "cancelled", "127.0.0.1", TestSshd.freePort(), List.of(),
				keystore("cancelled"), InstallOptions.defaults().withInstallDir(dir));
		HostRunner.Batch<InstallResult>[] batch = new HostRunner.Batch[1];
		java.util.concurrent.CountDownLatch assigned = new java.util.concurrent.CountDownLatch(1);
		ProgressListener cancelAfterFiles = new ProgressListener() {
			@Override
			public void stepFinished(HostAccess host, String step, String detail) {
				if (step.equals("install files")) {
					try {
						assigned.await();
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
					batch[0].cancel();
				}
			}
		};
		batch[0] = new HostRunner(1).start(List.of(ssh.root()), (host, progress, cancelled) -> {
			try (HostConnection c = ssh.open(host)) {
				return AgentInstaller.install(c, request, progress, cancelled);
			}
		}, cancelAfterFiles);
		assigned.countDown();
		assertTrue(batch[0].await(Duration.ofMinutes(2)));
		InstallResult result = batch[0].outcomes().get(0).result();
		assertFalse(result.succeeded());
		assertTrue(result.detail().contains("cancelled before start"), result.detail());
		assertTrue(result.clean(), result.leftovers().toString());
		assertFalse(Files.exists(Path.of(dir).getParent()));
	}
}
