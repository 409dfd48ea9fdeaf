package org.flotilla.console.core.hosts;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.flotilla.console.core.remote.PoolServiceClient;
import org.flotilla.console.core.remote.ServiceOperations;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message.Response;

/**
 * What a console asks the pool service when servers join or leave the pool, and when a person gets a certificate:
 * the service holds the pool CA and decides (the console never holds the CA's key); the console asks and shows.
 * Every call answers on the connection's thread; a refusal or failure completes the future exceptionally with the
 * service's reason.
 */
public final class PoolMembership {

	/**
	 * What the service answers when asked to let a host enroll.
	 *
	 * @param token          the one-time token (short-lived, single use, for this node only)
	 * @param expires        when the token stops being accepted
	 * @param nodeName       the node the token is for (shown as enrolling in the pool from now on)
	 * @param enrollmentAddress HOST:PORT of the service's enrollment endpoint, which the agent dials
	 * @param caCertificatePem  the pool CA's certificate, which the agent checks the service against
	 */
	public record EnrollmentTicket(String token, Instant expires, String nodeName, String enrollmentAddress,
			String caCertificatePem) {
		@Override
		public String toString() {
			// Never the token: tickets end up in logs and exceptions.
			return "EnrollmentTicket[" + nodeName + ", expires " + expires + "]";
		}
	}

	private final PoolServiceClient service;

	public PoolMembership(PoolServiceClient service) {
		this.service = service;
	}

	/** The role of this console's certificate (what the UI may offer). */
	public ConsoleRole role() {
		return service.role();
	}

	/**
	 * Asks for a one-time enrollment token for {@code host}: the service adds the node to the pool as enrolling (with
	 * its address, labels, site and rack) and answers what the agent needs to enroll.
	 */
	public CompletableFuture<EnrollmentTicket> enrollmentToken(HostEntry host, Duration validity) {
		Map<String, String> arguments = new LinkedHashMap<>();
		arguments.put("node", host.nodeName());
		arguments.put("host", host.host());
		arguments.put("port", Integer.toString(host.agentPort()));
		arguments.put("labels", String.join(",", host.labels()));
		if (host.site() != null) {
			arguments.put("site", host.site());
		}
		if (host.rack() != null) {
			arguments.put("rack", host.rack());
		}
		arguments.put("validity", validity.toString());
		return service.request(ServiceOperations.ENROLLMENT_TOKEN, arguments).thenApply(response -> {
			Map<String, String> values = ok(response, "an enrollment token for " + host.nodeName());
			return new EnrollmentTicket(values.get("token"), Instant.parse(values.get("expires")), values.get("node"),
					values.get("enrollment"), values.get("caCertificate"));
		});
	}

	/** Revokes every certificate of node {@code nodeName}: it is refused from now on, by everyone. */
	public CompletableFuture<Void> revoke(String nodeName, String reason) {
		return service.request(ServiceOperations.NODE_REVOKE, Map.of("node", nodeName, "reason", reason))
				.thenAccept(response -> ok(response, "revoking " + nodeName));
	}

	/**
	 * Takes node {@code nodeName} out of the pool: kept as decommissioned ({@code keep}) or deleted. The service
	 * refuses while tasks run on it (drain it first).
	 */
	public CompletableFuture<Void> remove(String nodeName, boolean keep) {
		return service.request(ServiceOperations.NODE_REMOVE, Map.of("node", nodeName, "keep", Boolean.toString(keep)))
				.thenAccept(response -> ok(response, (keep ? "decommissioning " : "removing ") + nodeName));
	}

	/**
	 * Has the pool CA sign a person's console certificate request (PEM PKCS#10) for {@code role}, valid for
	 * {@code validity}; answers the certificate chain (PEM) to hand to that person.
	 */
	public CompletableFuture<String> signConsole(String requestPem, String person, ConsoleRole role, Duration validity) {
		return service.request(ServiceOperations.CONSOLE_SIGN, Map.of("request", requestPem, "person", person, "role",
				role.externalName(), "validity", validity.toString()))
				.thenApply(response -> ok(response, "a certificate for " + person).get("certificate"));
	}

	private static Map<String, String> ok(Response response, String what) {
		if (response.status() != Response.Status.OK) {
			throw new CompletionException(new IllegalStateException("The pool service refused " + what + ": " + response.detail()));
		}
		return response.values();
	}
}
