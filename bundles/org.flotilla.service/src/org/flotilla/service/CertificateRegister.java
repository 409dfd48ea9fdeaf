package org.flotilla.service;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.SecretFiles;

/**
 * What the pool CA issued and what was revoked, in two text files beside the CA ({@code ca/issued.tsv} and
 * {@code ca/revoked.tsv}, one tab-separated line per certificate, appended to). The service reads the revocations
 * when it starts and again whenever the file changes, refusing a revoked certificate at the handshake and
 * disconnecting one that is connected, with the reason; {@code flotilla-service revoke} writes it.
 *
 * <p>The register is the service's record; from its revocations the service makes the pool's signed revocation list
 * (an X.509 CRL, {@link PoolTrust}) that agents and consoles check. A standby service (see docs/service-store.md) would
 * read the same files.
 */
public final class CertificateRegister {

	public static final String ISSUED_FILE = "issued.tsv";
	public static final String REVOKED_FILE = "revoked.tsv";
	/** Longest reason kept (it is sent to the refused peer and shown in its console). */
	static final int MAXIMUM_REASON = 200;

	/** One certificate the CA issued. {@code role} is empty for an agent's. */
	public record Issued(BigInteger serial, String kind, String name, String role, Instant notAfter, Instant issuedAt) {
	}

	/** One revocation. */
	public record Revoked(BigInteger serial, Instant revokedAt, String name, String reason) {
		/** What the refused peer is told. */
		public String refusal() {
			return "the certificate of " + name + " (serial " + serial.toString(16) + ") was revoked at " + revokedAt
					+ (reason.isEmpty() ? "" : ": " + reason);
		}
	}

	private final Path issuedFile;
	private final Path revokedFile;
	private volatile Map<BigInteger, Revoked> revoked = Map.of();
	private final List<String> warnings = new ArrayList<>();
	private FileTime readModified;
	private long readSize = -1;

	private CertificateRegister(Path caFolder) {
		this.issuedFile = caFolder.resolve(ISSUED_FILE);
		this.revokedFile = caFolder.resolve(REVOKED_FILE);
	}

	/** The register of the CA in {@code caFolder}, with its revocations read. */
	public static CertificateRegister open(Path caFolder) throws IOException {
		CertificateRegister register = new CertificateRegister(caFolder);
		register.reloadIfChanged();
		return register;
	}

	/** Notes that the CA issued {@code certificate} to {@code identity}. */
	public synchronized void recordIssued(X509Certificate certificate, PeerIdentity identity) throws IOException {
		String line = String.join("\t", certificate.getSerialNumber().toString(16), identity.kind().externalName(),
				identity.name(), identity.role().map(r -> r.externalName()).orElse(""),
				certificate.getNotAfter().toInstant().toString(), Instant.now().toString()) + "\n";
		append(issuedFile, line);
	}

	/**
	 * Notes a renewal: {@code renewed} issued to {@code identity} for the holder of {@code old}, unless {@code old} was
	 * revoked meanwhile. One lock with {@link #revoke}: a revocation either comes first (and the renewal is refused) or
	 * after (and finds the renewed certificate among those it revokes), so a renewal racing a revocation can never
	 * hand the revoked party a fresh certificate.
	 *
	 * @throws GeneralSecurityException when {@code old} is revoked; nothing is recorded then
	 */
	public synchronized void recordRenewal(X509Certificate old, X509Certificate renewed, PeerIdentity identity)
			throws IOException, java.security.GeneralSecurityException {
		reloadIfChanged();
		Revoked revocation = revoked.get(old.getSerialNumber());
		if (revocation != null) {
			throw new java.security.GeneralSecurityException("no renewal for " + identity.name() + ": " + revocation.refusal());
		}
		recordIssued(renewed, identity);
	}

	/** Every certificate issued, oldest first (lines that cannot be read are skipped and told by {@link #warnings}). */
	public synchronized List<Issued> issued() throws IOException {
		List<Issued> out = new ArrayList<>();
		int number = 0;
		for (String line : lines(issuedFile)) {
			number++;
			String[] f = line.split("\t", -1);
			try {
				out.add(new Issued(new BigInteger(f[0], 16), f[1], f[2], f[3], Instant.parse(f[4]), Instant.parse(f[5])));
			} catch (RuntimeException e) {
				warnings.add(issuedFile + " line " + number + " is not an issued certificate; skipped");
			}
		}
		return out;
	}

	/**
	 * Revokes every issued, unrevoked certificate that {@code which} selects, for {@code reason}.
	 *
	 * @return the revocations made (empty when nothing matched)
	 */
	public synchronized List<Revoked> revoke(Predicate<Issued> which, String reason) throws IOException {
		String why = oneLine(reason);
		reloadIfChanged();
		List<Revoked> made = new ArrayList<>();
		StringBuilder lines = new StringBuilder();
		Instant now = Instant.now();
		for (Issued issued : issued()) {
			if (which.test(issued) && !revoked.containsKey(issued.serial())) {
				Revoked revocation = new Revoked(issued.serial(), now, issued.name(), why);
				made.add(revocation);
				lines.append(String.join("\t", issued.serial().toString(16), now.toString(), issued.name(), why)).append('\n');
			}
		}
		if (!made.isEmpty()) {
			append(revokedFile, lines.toString());
			reloadIfChanged();
		}
		return made;
	}

	/** Why {@code certificate} must be refused (it was revoked), or null. Any thread; a map lookup. */
	public String refusal(X509Certificate certificate) {
		Revoked revocation = certificate == null ? null : revoked.get(certificate.getSerialNumber());
		return revocation == null ? null : revocation.refusal();
	}

	/** Every revocation, by serial. */
	public Map<BigInteger, Revoked> revocations() {
		return revoked;
	}

	/**
	 * Reads the revocations again if their file changed since the last read.
	 *
	 * @return true when it changed (a revocation may now refuse a connected peer)
	 */
	public synchronized boolean reloadIfChanged() throws IOException {
		FileTime modified;
		long size;
		try {
			modified = Files.getLastModifiedTime(revokedFile);
			size = Files.size(revokedFile);
		} catch (NoSuchFileException e) {
			modified = null;
			size = -1;
		}
		if (Objects.equals(modified, readModified) && size == readSize) {
			return false;
		}
		Map<BigInteger, Revoked> read = new LinkedHashMap<>();
		int number = 0;
		for (String line : lines(revokedFile)) {
			number++;
			String[] f = line.split("\t", -1);
			try {
				read.put(new BigInteger(f[0], 16), new Revoked(new BigInteger(f[0], 16), Instant.parse(f[1]), f[2], f[3]));
			} catch (RuntimeException e) {
				// A damaged line revokes nothing; the others still hold. Said in the service's log.
				warnings.add(revokedFile + " line " + number + " is not a revocation (serial, time, name, reason); skipped");
			}
		}
		revoked = Collections.unmodifiableMap(read);
		readModified = modified;
		readSize = size;
		return true;
	}

	/** What reading the files found wrong since the last call (for the log), and forgets it. */
	public synchronized List<String> takeWarnings() {
		List<String> taken = List.copyOf(warnings);
		warnings.clear();
		return taken;
	}

	private static List<String> lines(Path file) throws IOException {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
		} catch (NoSuchFileException e) {
			return List.of();
		}
	}

	/** Appends {@code text} and forces it to disk; the file is made owner-only when new (it names every person). */
	private static void append(Path file, String text) throws IOException {
		if (!Files.exists(file)) {
			if (!Files.isDirectory(file.getParent())) {
				SecretFiles.createFolder(file.getParent());
			}
			SecretFiles.write(file, new byte[0]);
		}
		try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE,
				java.nio.file.StandardOpenOption.APPEND)) {
			java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
			while (bytes.hasRemaining()) {
				channel.write(bytes);
			}
			channel.force(true);
		}
	}

	/** A reason on one line, without tabs, of at most {@value #MAXIMUM_REASON} characters. */
	static String oneLine(String reason) {
		String flat = reason == null ? "" : reason.replaceAll("[\\t\\r\\n]+", " ").strip();
		return flat.length() <= MAXIMUM_REASON ? flat : flat.substring(0, MAXIMUM_REASON - 1) + "…";
	}

	/** For a caller that must say what a peer is: kept here so refusal texts stay alike. */
	static String describe(Issued issued) {
		return issued.kind() + " " + issued.name() + (issued.role().isEmpty() ? "" : " (" + issued.role() + ")") + ", serial "
				+ issued.serial().toString(16) + ", valid until " + issued.notAfter();
	}
}
