package org.flotilla.packages.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes {@code index.tsv} of a package repository folder at build time (run by the antrun execution of
 * releng/org.flotilla.packages.build after the archives are zipped): one line per {@code NAME-VERSION.fpkg} with the
 * columns of contract 14, tab-separated, after a header line (a comment, as org.flotilla.packages' PackageRepository
 * writes and skips it):
 *
 * <pre># name	version	layer	size	sha256	file</pre>
 *
 * name, version and layer come from the archive's own {@code flotilla-package.properties}; size is in bytes; sha256 is
 * the lower-case hex SHA-256 of the whole archive. Lines are sorted by name, then by version compared numerically part
 * by part. A file whose name is not {@code NAME-VERSION.fpkg} of its manifest fails the build: the repository and the
 * agents find archives by that name.
 */
public final class IndexWriter {

    /** The first line of index.tsv. */
    public static final String HEADER = "# name\tversion\tlayer\tsize\tsha256\tfile";

    private IndexWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: IndexWriter REPOSITORY_DIR");
        }
        Path index = write(Path.of(args[0]));
        System.out.println("wrote " + index);
    }

    /** One archive's line in the index. */
    record Entry(String name, String version, String layer, long size, String sha256, String file) {
        String line() {
            return String.join("\t", name, version, layer, Long.toString(size), sha256, file);
        }
    }

    public static Path write(Path repository) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> archives = Files.newDirectoryStream(repository, "*.fpkg")) {
            for (Path archive : archives) {
                entries.add(entry(archive));
            }
        }
        entries.sort(Comparator.comparing(Entry::name).thenComparing(Entry::version, IndexWriter::compareVersions));
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Entry entry : entries) {
            text.append(entry.line()).append('\n');
        }
        Path index = repository.resolve("index.tsv");
        Path partial = repository.resolve("index.tsv.part");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        Files.move(partial, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return index;
    }

    static Entry entry(Path archive) throws IOException {
        Properties manifest = new Properties();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry entry = zip.getEntry("flotilla-package.properties");
            if (entry == null) {
                throw new IOException(archive + ": no flotilla-package.properties at the root of the archive");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                manifest.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        String name = required(archive, manifest, "name");
        String version = required(archive, manifest, "version");
        String layer = required(archive, manifest, "layer");
        String file = archive.getFileName().toString();
        if (!file.equals(name + "-" + version + ".fpkg")) {
            throw new IOException(archive + ": the manifest says " + name + " " + version + ", so the file must be named "
                    + name + "-" + version + ".fpkg");
        }
        return new Entry(name, version, layer, Files.size(archive), sha256(archive), file);
    }

    private static String required(Path archive, Properties manifest, String key) throws IOException {
        String value = manifest.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IOException(archive + ": flotilla-package.properties has no " + key);
        }
        return value.strip();
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Dotted numbers with an optional -qualifier, compared numerically part by part (qualifier last, as text). */
    static int compareVersions(String a, String b) {
        String[] qa = a.split("-", 2);
        String[] qb = b.split("-", 2);
        String[] pa = qa[0].split("\\.");
        String[] pb = qb[0].split("\\.");
        for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
            long x = i < pa.length ? parse(pa[i]) : 0;
            long y = i < pb.length ? parse(pb[i]) : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return (qa.length > 1 ? qa[1] : "").compareTo(qb.length > 1 ? qb[1] : "");
    }

    private static long parse(String part) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
