package org.flotilla.hosts;

import java.util.Objects;

/** How the installed agent gets its certificate. */
public sealed interface AgentIdentity {

	/**
	 * Enrollment (issue 13): the agent makes its own key pair on the host and presents a certificate request with
	 * {@code token} to {@code service} ({@code HOST:PORT}), which it checks against {@code caCertificatePem}. The
	 * installer writes {@code enroll.service}, {@code enroll.token.file} and {@code pool.ca.file} into the agent's
	 * configuration, the token and the CA certificate owner-only.
	 */
	record Enrollment(String service, char[] token, String caCertificatePem) implements AgentIdentity {
		public Enrollment {
			if (service == null || !service.matches("[^\\s:]+:\\d{1,5}")) {
				throw new IllegalArgumentException("enrollment service must be HOST:PORT, not '" + service + "'");
			}
			Objects.requireNonNull(token, "token");
			if (caCertificatePem == null || !caCertificatePem.contains("-----BEGIN CERTIFICATE-----")) {
				throw new IllegalArgumentException("the pool CA certificate must be PEM");
			}
		}

		@Override
		public String toString() {
			return "enrollment at " + service;
		}
	}

	/**
	 * A keystore issued beforehand (as {@code IssueAgentKeystore} does): written to {@code DATA_DIR/tls/agent.p12}
	 * with its password in {@code tls/agent.password}, both owner-only; the agent listens at once.
	 */
	record Keystore(byte[] pkcs12, char[] password) implements AgentIdentity {
		public Keystore {
			Objects.requireNonNull(pkcs12, "pkcs12");
			Objects.requireNonNull(password, "password");
		}

		@Override
		public String toString() {
			return "pre-issued keystore";
		}
	}
}
