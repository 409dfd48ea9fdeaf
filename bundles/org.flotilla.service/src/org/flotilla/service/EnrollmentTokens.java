package org.flotilla.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.flotilla.protocol.SecretFiles;

/**
 * The one-time enrollment tokens of the pool CA, in {@code DATA_DIR/ca/}{@value #FILE} (owner-only, rewritten whole
 * and atomically at every change, so it survives a restart or a crash of the service). A token is 256 random bits,
 * URL-safe, bound to one node name, short-lived (default {@link #DEFAULT_VALIDITY}, at most {@link #MAXIMUM_VALIDITY})
 * and good for one enrollment. The file holds only the SHA-256 of each token: whoever reads it cannot enroll.
 * <p>
 * One line per token, tab-separated: hash (hex), node, expiry (ISO instant), and when it was used ({@code -} while it
 * was not). Tokens expired or used more than {@link #KEPT_AFTER_END} ago are pruned at each write (until then a
 * reused or expired token is refused with that reason rather than as unknown); at most {@link #MAXIMUM_TOKENS} are
 * kept.
 */
public final class EnrollmentTokens {

	public static final String FILE = "enrollment-tokens.tsv";
	public static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(30);
	public static final Duration MAXIMUM_VALIDITY = Duration.ofHours(24);
	static final Duration KEPT_AFTER_END = Duration.ofDays(1);
	static final int MAXIMUM_TOKENS = 10_000;

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final HexFormat HEX = HexFormat.of();

	/** A token just made: the token itself is only ever in this answer, never stored. */
	public record Issued(String token, String node, Instant expires) {
		@Override
		public String toString() {
			return "Issued[" + node + ", expires " + expires + "]"; // never the token: records end up in logs
		}
	}

	/** A token refused for enrollment, with the reason (for the service's log and the agent's message). */
	public static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		Refused(String reason) {
			super(reason);
		}
	}

	private record Entry(String node, Instant expires, Instant usedAt) {
	}

	private final Path file;
	private final InstantSource clock;
	/** By hash (hex), in issue order. */
	private final Map<String, Entry> entries = new LinkedHashMap<>();
	private final List<String> warnings = new ArrayList<>();

	private EnrollmentTokens(Path file, InstantSource clock) {
		this.file = file;
		this.clock = clock;
	}

	/** The tokens of the CA in {@code caFolder}, read from its file (none yet when there is no file). */
	public static EnrollmentTokens open(Path caFolder, InstantSource clock) throws IOException {
		EnrollmentTokens tokens = new EnrollmentTokens(caFolder.resolve(FILE), Objects.requireNonNull(clock));
		tokens.read();
		return tokens;
	}

	private void read() throws IOException {
		if (!Files.isRegularFile(file)) {
			return;
		}
		SecretFiles.requireOwnerOnly(file);
		int number = 0;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			number++;
			String[] fields = line.split("\t", -1);
			try {
				if (fields.length != 4 || fields[0].length() != 64) {
					throw new IllegalArgumentException("expected hash, node, expiry, used");
				}
				HEX.parseHex(fields[0]);
				entries.put(fields[0], new Entry(fields[1], Instant.parse(fields[2]),
						"-".equals(fields[3]) ? null : Instant.parse(fields[3])));
			} catch (IllegalArgumentException | DateTimeParseException e) {
				warnings.add(file + " line " + number + " skipped: " + e.getMessage());
			}
		}
	}

	/** What reading the file found worth saying (lines skipped); cleared by the call. */
	public synchronized List<String> takeWarnings() {
		List<String> taken = List.copyOf(warnings);
		warnings.clear();
		return taken;
	}

	/**
	 * Makes a token for {@code node}, valid for {@code validity} from now, and writes its hash durably before
	 * returning it. Earlier unused tokens of the same node are withdrawn: only the newest one enrolls it.
	 *
	 * @throws IllegalArgumentException when the validity is not positive or longer than {@link #MAXIMUM_VALIDITY}
	 * @throws IllegalStateException    when {@link #MAXIMUM_TOKENS} are live already
	 */
	public synchronized Issued issue(String node, Duration validity) throws IOException {
		Objects.requireNonNull(node, "node");
		if (validity.isNegative() || validity.isZero() || validity.compareTo(MAXIMUM_VALIDITY) > 0) {
			throw new IllegalArgumentException("a token is valid for more than 0 and at most " + MAXIMUM_VALIDITY + ", not " + validity);
		}
		Instant now = clock.instant();
		prune(now);
		if (entries.size() >= MAXIMUM_TOKENS) {
			throw new IllegalStateException(MAXIMUM_TOKENS + " enrollment tokens are live: wait for some to expire");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Map<String, Entry> before = new LinkedHashMap<>(entries);
		entries.replaceAll((hash, entry) -> entry.node().equals(node) && entry.usedAt() == null && entry.expires().isAfter(now)
				? new Entry(entry.node(), now, null) : entry);
		Instant expires = now.plus(validity);
		entries.put(hash(token), new Entry(node, expires, null));
		write(before);
		return new Issued(token, node, expires);
	}

	/**
	 * Uses {@code token} up for a request whose subject is {@code commonName}: it must be known, unused, unexpired and
	 * made for that node. Marked used (durably) before this returns, so it enrolls once only, whatever follows.
	 *
	 * @return the node the token was made for
	 * @throws Refused saying why: unknown, expired, used, or made for another node (the token then stays usable)
	 */
	public synchronized String redeem(String token, String commonName) throws Refused, IOException {
		if (token == null || token.isEmpty() || token.length() > 200) {
			throw new Refused("no enrollment token, or not one this pool makes");
		}
		String hash = hash(token);
		Entry entry = entries.get(hash);
		Instant now = clock.instant();
		if (entry == null) {
			throw new Refused("unknown enrollment token (mistyped, or made by another pool, or expired long ago)");
		}
		if (entry.usedAt() != null) {
			throw new Refused("the enrollment token of node " + entry.node() + " was used already, at " + entry.usedAt()
					+ ": a token enrolls once; make a new one");
		}
		if (!now.isBefore(entry.expires())) {
			throw new Refused("the enrollment token of node " + entry.node() + " expired at " + entry.expires()
					+ ": make a new one");
		}
		if (!entry.node().equals(commonName)) {
			throw new Refused("the certificate request is for '" + commonName + "' but the token was made for node '"
					+ entry.node() + "'");
		}
		Map<String, Entry> before = new LinkedHashMap<>(entries);
		entries.put(hash, new Entry(entry.node(), entry.expires(), now));
		write(before);
		return entry.node();
	}

	/** The nodes with a token that can still be used: they have no certificate yet, so nobody dials them. */
	public synchronized Set<String> awaitingEnrollment() {
		Instant now = clock.instant();
		Set<String> nodes = new TreeSet<>();
		entries.values().stream().filter(entry -> entry.usedAt() == null && now.isBefore(entry.expires()))
				.forEach(entry -> nodes.add(entry.node()));
		return nodes;
	}

	/** How many tokens are kept (live or recently ended). */
	public synchronized int size() {
		return entries.size();
	}

	private void prune(Instant now) {
		Instant forgotten = now.minus(KEPT_AFTER_END);
		entries.values().removeIf(entry -> entry.expires().isBefore(forgotten)
				|| entry.usedAt() != null && entry.usedAt().isBefore(forgotten));
	}

	/** Writes the whole file; on failure puts the entries back as they were, so memory and disk agree. */
	private void write(Map<String, Entry> before) throws IOException {
		prune(clock.instant());
		StringBuilder text = new StringBuilder();
		entries.forEach((hash, entry) -> text.append(hash).append('\t').append(entry.node()).append('\t')
				.append(entry.expires()).append('\t').append(entry.usedAt() == null ? "-" : entry.usedAt().toString()).append('\n'));
		try {
			SecretFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			entries.clear();
			entries.putAll(before);
			throw e;
		}
	}

	/** What the file keeps of {@code token}: its SHA-256, in hex. */
	public static String hash(String token) {
		try {
			return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-256", e);
		}
	}
}
