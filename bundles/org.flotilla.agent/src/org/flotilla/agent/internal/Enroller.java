package org.flotilla.agent.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLContext;

import org.flotilla.agent.AgentConfig;
import org.flotilla.protocol.CertificateRequests;
import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.ProtocolException;
import org.flotilla.protocol.SecretFiles;

/**
 * Enrolls an agent that has no certificate yet: makes its key pair here (the private key never leaves the node),
 * sends a PKCS#10 request (CN = the node's name) with the one-time token to the pool service's enrollment listener,
 * trusting only the pool CA of {@code pool.ca.file}, writes the certificate it gets back with the key as the agent's
 * keystore (owner-only) and deletes the token file.
 * <p>
 * A service that cannot be reached (not started yet, a network not up yet, busy) is tried again with back-off, one
 * line on stderr per attempt. A refusal (wrong, expired or used token, another node's token) or a service that is not
 * of the pool whose CA the agent was given is final: {@link Refused}, which the agent turns into exit code
 * {@value #EX_CONFIG}, so that neither systemd nor the user-level supervisor restarts it in a loop.
 */
public final class Enroller {

	/** sysexits.h EX_CONFIG: the systemd unit says RestartPreventExitStatus=78. */
	public static final int EX_CONFIG = 78;
	/** The pool service's operation (org.flotilla.console.core.remote.ServiceOperations.ENROLL, which the agent does not see). */
	static final String OPERATION = "enroll";

	/** Enrollment refused for good: the message says why. */
	public static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		public Refused(String message) {
			super(message);
		}
	}

	private final AgentConfig config;
	private final AgentConfig.Enrollment enrollment;
	private final PrintStream log;
	private final Duration firstRetry;
	private final Duration lastRetry;

	public Enroller(AgentConfig config, PrintStream log) {
		this(config, log, Duration.ofSeconds(1), Duration.ofMinutes(1));
	}

	public Enroller(AgentConfig config, PrintStream log, Duration firstRetry, Duration lastRetry) {
		if (config.enrollment() == null) {
			throw new IllegalArgumentException("the configuration says nothing of enrollment");
		}
		this.config = config;
		this.enrollment = config.enrollment();
		this.log = log;
		this.firstRetry = firstRetry;
		this.lastRetry = lastRetry;
	}

	/** Enrolls, retrying until the service answers; returns the keystore written. */
	public IdentityKeystore.Loaded enroll() throws Refused, InterruptedException {
		X509Certificate ca = poolCa();
		String token = token();
		SSLContext tls;
		KeyPair keys;
		String request;
		try {
			tls = SSLContext.getInstance("TLSv1.3");
			// No key managers: there is no certificate to present yet; trust only the pool's CA for the service.
			tls.init(null, PoolCertificateAuthority.trustOnly(ca), new SecureRandom());
			keys = CertificateRequests.newKeyPair();
			request = CertificateRequests.request(keys, config.nodeName());
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot make a key pair and request: " + e.getMessage(), e);
		}
		String where = enrollment.serviceHost() + ":" + enrollment.servicePort();
		Duration wait = firstRetry;
		for (int attempt = 1;; attempt++) {
			String problem;
			try {
				Response answer = ask(tls, token, request);
				if (answer.status() == Response.Status.OK) {
					return install(keys, answer.values().getOrDefault("certificate", ""), ca, where);
				}
				if (answer.status() == Response.Status.REFUSED) {
					throw new Refused(answer.detail());
				}
				problem = answer.detail();
			} catch (IOException | ProtocolException e) {
				if (untrusted(e)) {
					throw new Refused("the service at " + where + " is not of the pool whose CA certificate is "
							+ enrollment.caFile() + " (" + e.getMessage() + ")");
				}
				problem = e.getMessage();
			} catch (ExecutionException e) {
				problem = String.valueOf(e.getCause() == null ? e : e.getCause().getMessage());
			} catch (TimeoutException e) {
				problem = "no answer within 30 s";
			}
			log.println("flotilla-agent: cannot enroll at " + where + " yet (attempt " + attempt + "): " + problem
					+ "; trying again in " + wait.toSeconds() + " s");
			Thread.sleep(wait.toMillis());
			wait = wait.multipliedBy(2).compareTo(lastRetry) > 0 ? lastRetry : wait.multipliedBy(2);
		}
	}

	private Response ask(SSLContext tls, String token, String request)
			throws IOException, ProtocolException, InterruptedException, ExecutionException, TimeoutException {
		InetSocketAddress service = new InetSocketAddress(enrollment.serviceHost(), enrollment.servicePort());
		try (ProtocolClient client = ProtocolClient.builder(service, tls, PeerKind.AGENT, config.nodeName())
				.connectTimeout(Duration.ofSeconds(10)).requestTimeout(Duration.ofSeconds(30)).connect()) {
			requireService(client.serverCertificates(), service);
			return client.request(OPERATION, 0, Map.of("token", token, "request", request)).get(30, TimeUnit.SECONDS);
		}
	}

	/**
	 * TLS proved only that the peer holds some certificate of the pool CA: an agent's or a support console's would do.
	 * The token goes only to the pool service, whose certificate is an administrator's (see ServiceIdentity), so that
	 * whoever stole another node's key and took the service's address cannot take the token and this node's name.
	 */
	public static void requireService(X509Certificate[] chain, InetSocketAddress where) throws IOException {
		org.flotilla.protocol.PeerIdentity peer;
		try {
			if (chain == null || chain.length == 0) {
				throw new IOException("the peer at " + where + " presented no certificate: not sending the token");
			}
			peer = org.flotilla.protocol.PeerIdentity.of(chain[0]);
		} catch (ProtocolException e) {
			throw new IOException("the peer at " + where + " is not a pool certificate's holder (" + e.getMessage()
					+ "): not sending the token");
		}
		if (peer.kind() != PeerKind.CONSOLE || peer.role().orElse(null) != org.flotilla.protocol.ConsoleRole.ADMINISTRATOR) {
			throw new IOException("the peer at " + where + " is " + peer + ", not the pool service: not sending the token");
		}
	}

	private IdentityKeystore.Loaded install(KeyPair keys, String chainPem, X509Certificate ca, String where)
			throws Refused {
		IdentityKeystore files = IdentityKeystore.ofAgent(config.dataDir());
		try {
			List<X509Certificate> chain = CertificateRequests.parseChain(chainPem);
			IdentityKeystore.Loaded loaded = files.install(keys.getPrivate(), chain, ca);
			Files.deleteIfExists(enrollment.tokenFile()); // used: it is worth nothing now, but it is not left lying around
			log.println("flotilla-agent: enrolled at " + where + " as node " + config.nodeName() + "; certificate valid until "
					+ loaded.certificate().getNotAfter().toInstant() + ", keystore " + files.keystore());
			return loaded;
		} catch (GeneralSecurityException e) {
			throw new Refused("the certificate the service at " + where + " sent cannot be used: " + e.getMessage());
		} catch (IOException e) {
			throw new Refused("cannot write the keystore " + files.keystore() + ": " + e.getMessage());
		}
	}

	private X509Certificate poolCa() throws Refused {
		try {
			String pem = Files.readString(enrollment.caFile(), StandardCharsets.US_ASCII);
			return CertificateRequests.parseChain(pem).get(0);
		} catch (NoSuchFileException e) {
			throw new Refused("pool.ca.file " + enrollment.caFile() + " does not exist");
		} catch (IOException | GeneralSecurityException e) {
			throw new Refused("pool.ca.file " + enrollment.caFile() + " is not a PEM certificate: " + e.getMessage());
		}
	}

	private String token() throws Refused {
		try {
			SecretFiles.requireOwnerOnly(enrollment.tokenFile());
			String token = Files.readString(enrollment.tokenFile(), StandardCharsets.US_ASCII).strip();
			if (token.isEmpty() || token.length() > 200) {
				throw new Refused("enroll.token.file " + enrollment.tokenFile() + " holds no token");
			}
			return token;
		} catch (NoSuchFileException e) {
			throw new Refused("enroll.token.file " + enrollment.tokenFile() + " does not exist, and there is no keystore "
					+ IdentityKeystore.ofAgent(config.dataDir()).keystore() + ": make a new enrollment token for node "
					+ config.nodeName());
		} catch (IOException e) {
			throw new Refused("enroll.token.file " + enrollment.tokenFile() + ": " + e.getMessage());
		}
	}

	/** Whether TLS failed because the service's certificate is not of the pool CA we were given. */
	private static boolean untrusted(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			// The JDK's ValidatorException ("PKIX path building failed") is a CertificateException.
			if (cause instanceof CertPathValidatorException || cause instanceof CertificateException) {
				return true;
			}
		}
		return false;
	}
}
