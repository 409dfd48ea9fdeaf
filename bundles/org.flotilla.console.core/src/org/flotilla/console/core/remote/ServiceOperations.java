package org.flotilla.console.core.remote;

/**
 * What a console (or the command-line client) may ask of the pool service, and what it pushes. Requests and
 * answers are the protocol's {@code Request} and {@code Response}; see {@code docs/service.md}.
 */
public final class ServiceOperations {

	private ServiceOperations() {
	}

	/**
	 * Starts the pool's stream to this connection. Answer: {@code service} (this run of the service),
	 * {@code revision}, {@code sequence}, {@code snapshot} (an id for {@link #SNAPSHOT_PAGE}), {@code pages},
	 * {@code fileCharacters} (the snapshot text is the pool file followed by the live state as change operations),
	 * {@code role} and {@code person} (as the certificate says), {@code revocations} (the pool's revocation list, PEM,
	 * when the service holds the CA: see {@link #REVOCATIONS}). From then on {@link #CHANGES} events come, each
	 * with the next {@code sequence}.
	 */
	public static final String SUBSCRIBE = "pool-subscribe";
	/** Arguments {@code snapshot}, {@code page}; answer {@code text}. */
	public static final String SNAPSHOT_PAGE = "pool-snapshot-page";
	/**
	 * Changes properties of the pool: {@code base} (the revision the console's copy is at), {@code ops} (set
	 * operations only). Answer {@code revision}; refused, with the reason and {@code current} (the values as they
	 * are, as set operations), when the console's role may not, or when what it changes changed since {@code base}.
	 */
	public static final String EDIT = "pool-edit";
	/** {@code tasks}: the new tasks as change operations (create and set). Answer {@code jobs} (IDs, comma separated). */
	public static final String SUBMIT = "task-submit";
	/** As {@link #SUBMIT}, nothing added: answer {@code preview}, one line per task: name, node (or empty), why. */
	public static final String PREVIEW = "task-preview";
	/** {@code task} (ID). Answer {@code job}. */
	public static final String START = "task-start";
	/** {@code task} (ID). Answer {@code job}. */
	public static final String STOP = "task-stop";
	/** {@code task}, {@code node} (IDs). Answer {@code job}. */
	public static final String MOVE = "task-move";
	/** {@code node} (ID). Answer {@code job}. */
	public static final String DRAIN = "node-drain";
	/** {@code node} (ID). */
	public static final String READY = "node-ready";
	/** {@code job} (ID). Answer {@code cancelled} (true or false). */
	public static final String CANCEL = "job-cancel";
	/** Applies the pool's plan on the service (its moves one after the other); {@code stopOnFailure} true or false. */
	public static final String APPLY_PLAN = "plan-apply";
	/** {@code task} (ID), {@code lines}. Answer {@code log}. */
	public static final String TASK_LOG = "task-log";
	/**
	 * A question for a node's agent, asked by the service for the console: {@code node} (name), {@code operation}
	 * (one that changes nothing: history, task-log, task-status, report-inventory); the other arguments go to the
	 * agent as they are. Answer: the agent's.
	 */
	public static final String AGENT_READ = "agent-read";
	/**
	 * The pool's audit as the service keeps it (administrators and support; a planner is refused): {@code since},
	 * {@code until} (epoch milliseconds or ISO instants; since inclusive, until exclusive), {@code person},
	 * {@code node}, {@code operation}, {@code text} (each matched as contained, ignoring case), {@code outcome} (OK,
	 * REFUSED, FAILED or SUPPRESSED), {@code offset} (matching lines to skip, newest first) and {@code limit} (1..
	 * {@value #AUDIT_PAGE_LINES}). Answer: {@code lines} (newest first, one per line, tab-separated and escaped: instant,
	 * person, role, operation, target, outcome, detail), {@code more} and {@code next} (the offset of the next page).
	 */
	public static final String AUDIT_READ = "audit-read";
	/**
	 * A node's own audit, fetched from its agent by the service (administrators and support): {@code node} (name),
	 * {@code offset}, {@code limit}. Answer: the agent's ({@code lines}: instant, console, role, operation, outcome,
	 * detail; {@code more}, {@code next}, {@code node}).
	 */
	public static final String AGENT_AUDIT = "agent-audit";
	/** The agent's operation that {@link #AGENT_AUDIT} asks. */
	public static final String AGENT_AUDIT_READ = "audit-read";
	/** The most lines one audit answer carries: each at most 1 KiB, well under a frame. */
	public static final int AUDIT_PAGE_LINES = 150;

	/**
	 * Administrators only. Adds a node to the pool as {@code enrolling} (or reuses the node of that name while it is
	 * still enrolling) and makes its one-time enrollment token. Arguments {@code node} (name), {@code host} and
	 * {@code port} (where the service will dial its agent), {@code labels} (comma-separated), {@code site} and
	 * {@code rack} (optional: the groups it is placed in, made when missing), {@code validity} (ISO-8601 duration,
	 * default PT30M, at most PT24H). Answer {@code token}, {@code expires} (ISO instant), {@code node}, {@code nodeId},
	 * {@code enrollment} (HOST:PORT of the enrollment listener, the agent's {@code enroll.service}) and
	 * {@code caCertificate} (PEM of the pool CA, the agent's {@code pool.ca.file}).
	 */
	public static final String ENROLLMENT_TOKEN = "enrollment-token";
	/**
	 * Asked by an agent of the enrollment listener (no client certificate; the only operation there): {@code token}
	 * and {@code request} (PEM PKCS#10, CN = the token's node). Answer {@code certificate} (PEM chain: the node's
	 * certificate, then the pool CA's). A wrong, expired or used token, or another CN, is refused with the reason.
	 */
	public static final String ENROLL = "enroll";
	/**
	 * Administrators only. Signs a person's console request: {@code request} (PEM PKCS#10, CN = the person),
	 * {@code person}, {@code role} (administrator, planner or support), {@code validity} (ISO-8601 duration, default
	 * P90D). Answer {@code certificate} (PEM chain).
	 */
	public static final String CONSOLE_SIGN = "console-sign";

	/**
	 * Revokes every certificate issued to a node's agent (administrator only): {@code node} (ID or name), {@code reason}.
	 * A new revocation list, signed by the pool CA, goes to every agent and console; the node's open connections close.
	 * Answer {@code node}, {@code revoked} (how many certificates), {@code crl} (the list's number).
	 */
	public static final String NODE_REVOKE = "node-revoke";
	/**
	 * Takes a node out of the pool (administrator only): {@code node} (ID or name), {@code keep} (true: it stays as
	 * decommissioned; false: deleted). Refused while tasks run on it (drain it first with {@link #DRAIN}); revokes its
	 * certificates when not done yet; the service stops dialling it. Answer {@code node}, {@code state}
	 * (decommissioned or removed), {@code revoked}, {@code revision}.
	 */
	public static final String NODE_REMOVE = "node-remove";
	/**
	 * A console renews its own certificate, once two thirds of its lifetime have passed: {@code request} (PKCS#10 PEM of a
	 * key pair the console made; same person, see {@code CertificateRequests}). The certificate has the role and person
	 * of the one the console connected with. Answer {@code certificate}: PEM, the console's then the pool CA's.
	 */
	public static final String CONSOLE_RENEW = "console-renew";
	/**
	 * Provisions nodes (administrator only; issue 14): makes each node what its profile and overrides want, by the plan
	 * of {@code org.flotilla.console.core.provisioning.ProvisioningPlanner}. Arguments {@code nodes} (node IDs, comma
	 * separated), {@code parallel} (nodes at once, 1..64, default 2), {@code maxFailures} (no new node is started once
	 * more than this many failed; default 0). Refused, nothing sent, when any node's plan has a problem (the refusal lists
	 * them, "NODE: problem", separated by "; ") or a node is being provisioned already. Answered at once: {@code job} (ID
	 * of the rolling job, kind provisioning, no node) and {@code nodeJobs} (IDs of the nodes' jobs, comma separated, in the
	 * order of {@code nodes}); their progress comes as pool changes.
	 */
	public static final String PROVISION = "provision";
	/**
	 * Reads the service's package repository ({@code packages.dir}) again and mirrors it into the pool's packages
	 * (administrator only). Answer {@code packages} (how many archives are served) and {@code problems} (one per line:
	 * archives not served, e.g. a checksum that no longer matches, and packages kept for a profile without archive).
	 */
	public static final String PACKAGES_RESCAN = "packages-rescan";

	/**
	 * Pushed event: the pool's revocation list changed. Attributes {@code crl} (PEM, signed by the pool CA) and
	 * {@code number}. The subscribe answer carries the current one as {@code revocations}.
	 */
	public static final String REVOCATIONS = "pool-revocations";

	/**
	 * Pushed event: changes of the pool, in order. Attributes {@code service}, {@code sequence} (one more than the
	 * last), {@code revision} (of the pool's durable state after them), {@code origin} (connection:request of the
	 * console edit they are, or empty) and {@code ops}.
	 */
	public static final String CHANGES = "pool-changes";
}
