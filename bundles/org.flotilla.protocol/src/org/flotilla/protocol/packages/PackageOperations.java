package org.flotilla.protocol.packages;

/**
 * The names of the provisioning operations an agent answers (issue 14), their arguments and their answers' values.
 * Only administrator certificates may send offer, chunk, apply and remove; status is open to every role.
 *
 * <pre>
 * package-offer   name, version, sha256, size          → have (bytes the agent holds already: resume from there)
 * package-chunk   sha256, offset, data (base64)        → have
 * package-apply   name, version, sha256, epoch, param.NAME... → result, from-version, to-version, steps
 * package-remove  name, epoch                          → result, from-version, steps
 * package-status  (name: only that one)                → packages (one line per installed package)
 * </pre>
 */
public final class PackageOperations {

	public static final String OFFER = "package-offer";
	public static final String CHUNK = "package-chunk";
	public static final String APPLY = "package-apply";
	public static final String REMOVE = "package-remove";
	public static final String STATUS = "package-status";

	/** Argument: the package's name. */
	public static final String NAME = "name";
	/** Argument: the package's version. */
	public static final String VERSION = "version";
	/** Argument: the archive's SHA-256, lower case hex. */
	public static final String SHA256 = "sha256";
	/** Argument: the archive's size in bytes. */
	public static final String SIZE = "size";
	/** Argument: where a chunk starts in the archive; must be the agent's {@link #HAVE}. */
	public static final String OFFSET = "offset";
	/** Argument: a chunk, base64 of at most {@link #MAXIMUM_CHUNK_BYTES} bytes. */
	public static final String DATA = "data";
	/** Argument: monotonic per package on a node; an apply or remove with an epoch not above the last is refused. */
	public static final String EPOCH = "epoch";
	/** Argument prefix: {@code param.NAME} = the value of parameter NAME (those not given take their defaults). */
	public static final String PARAMETER_PREFIX = "param.";

	/** Value: bytes of the archive the agent holds (0..size; size when it is cached and verified). */
	public static final String HAVE = "have";
	/** Value: what an apply did: {@value #INSTALLED}, {@value #UPGRADED}, {@value #DOWNGRADED}, {@value #RECONFIGURED}; a remove: {@value #REMOVED}. */
	public static final String RESULT = "result";
	public static final String FROM_VERSION = "from-version";
	public static final String TO_VERSION = "to-version";
	/** Value: one line per step run: {@code step<TAB>outcome<TAB>milliseconds}. */
	public static final String STEPS = "steps";
	/**
	 * Value of status: one line per installed package, tab separated: name, version, layer, health, last result,
	 * then one {@code NAME=VALUE} field per parameter (values hold no tabs or line breaks: the agent refuses those).
	 */
	public static final String PACKAGES = "packages";

	public static final String INSTALLED = "installed";
	public static final String UPGRADED = "upgraded";
	public static final String DOWNGRADED = "downgraded";
	public static final String RECONFIGURED = "reconfigured";
	public static final String REMOVED = "removed";

	/** The largest chunk. */
	public static final int MAXIMUM_CHUNK_BYTES = 256 * 1024;

	/** The inventory layer of OS-tuning packages (middleware and application packages use those layers). */
	public static final String OS_TUNING_LAYER = "os-tuning";
	/** Inventory item parameter: the item is a package this agent installed (value: its layer). */
	public static final String PACKAGE_FACT = "package";
	/** Inventory item parameter prefix: a package's parameter values. */
	public static final String PARAMETER_FACT_PREFIX = "param.";

	private PackageOperations() {
	}
}
