package org.flotilla.service.benchmark;

import java.io.IOException;
import java.nio.file.Path;

import org.flotilla.ingest.benchmark.LoadGenerator;
import org.flotilla.service.ServiceIdentity;

/**
 * The ingest benchmark's {@link LoadGenerator} as agents of a pool service: its nodes' certificates are issued by
 * the service's own pool CA (so the service trusts them, and they trust the service's certificate, issued by the
 * same CA), and each report carries the time it was written in its disk-read rate, so that a console behind the
 * service can tell how old a sample is (the sample's own time is when the service received it).
 *
 * <p>{@code ServiceLoadGenerator DATA_DIR CA_PASSWORD_FILE POOL_NAME FIRST_NODE NODES FIRST_PORT IO_THREADS}: prints
 * {@value LoadGenerator#READY} once listening, and stops when its standard input closes.
 */
public final class ServiceLoadGenerator {

	private ServiceLoadGenerator() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(args[0]);
		Path caPassword = Path.of(args[1]);
		String poolName = args[2];
		int firstNode = Integer.parseInt(args[3]);
		int nodes = Integer.parseInt(args[4]);
		int firstPort = Integer.parseInt(args[5]);
		int ioThreads = Integer.parseInt(args[6]);
		var authority = ServiceIdentity.openOrCreate(dataDir, caPassword, poolName, ServiceBenchmark.SERVICE_NAME).authority();
		try (LoadGenerator generator = new LoadGenerator(authority, firstNode, nodes, firstPort, ioThreads, true)) {
			System.out.println(LoadGenerator.READY);
			System.out.flush();
			while (System.in.read() >= 0) {
				// runs until the parent closes our standard input
			}
		} catch (IOException e) {
			System.err.println("service load generator: " + e.getMessage());
			System.exit(1);
		}
	}
}
