package org.flotilla.packages.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/**
 * target/repository as the build left it: the five archives, each in contract 14's format (manifest keys, templates
 * and steps present, templates naming declared parameters only, safe entry names), their parameters exactly as
 * documented, and index.tsv matching the files byte for byte (size, sha256). When the bundle org.flotilla.packages
 * exists, {@code PackageArchive} (manifest parsing, extraction bounds) and {@code PackageRepository.scan()} should be
 * run over the same folder here, or in org.flotilla.packages.tests.
 */
class RepositoryTest {

    private static final Path REPOSITORY = AgentSandbox.REPOSITORY;

    private static final List<String> FILES = List.of("jetty-12.0.16.fpkg", "jetty-12.1.5.fpkg", "shop-demo-1.2.fpkg",
            "sysctl-tuning-1.0.fpkg", "tomcat-11.0.14.fpkg");

    private static final Pattern KEY = Pattern.compile("name|version|layer|title|requires\\.java"
            + "|parameter\\.[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*\\.(type|min|max|default|description|overridable|values|pattern|maxLength)"
            + "|template\\.[1-9][0-9]*\\.(source|target)"
            + "|step\\.(install|configure|start|stop|health|uninstall)\\.(command|timeout)|step\\.health\\.http");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\$\\{|\\$\\{([^}]*)}");

    @Test
    void theRepositoryHoldsTheFivePackages() throws IOException {
        try (Stream<Path> files = Files.list(REPOSITORY)) {
            Set<String> names = new TreeSet<>();
            files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".fpkg")).forEach(names::add);
            assertEquals(new TreeSet<>(FILES), names);
        }
    }

    @Test
    void theIndexListsEveryArchiveWithItsSizeAndChecksum() throws IOException {
        List<String> lines = Files.readAllLines(REPOSITORY.resolve("index.tsv"), StandardCharsets.UTF_8);
        assertEquals("# name\tversion\tlayer\tsize\tsha256\tfile", lines.get(0));
        assertEquals(FILES.size() + 1, lines.size(), String.join("\n", lines));
        List<String> files = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split("\t", -1);
            assertEquals(6, columns.length, line);
            Path archive = REPOSITORY.resolve(columns[5]);
            Properties manifest = manifest(archive);
            assertEquals(manifest.getProperty("name"), columns[0], line);
            assertEquals(manifest.getProperty("version"), columns[1], line);
            assertEquals(manifest.getProperty("layer"), columns[2], line);
            assertEquals(Files.size(archive), Long.parseLong(columns[3]), line);
            assertTrue(columns[4].matches("[0-9a-f]{64}"), line);
            assertEquals(IndexWriter.sha256(archive), columns[4], line);
            files.add(columns[5]);
        }
        // Sorted by name, then version (12.0.16 before 12.1.5).
        assertEquals(FILES, files);
    }

    @Test
    void everyArchiveIsInThePackageFormat() throws IOException {
        for (String file : FILES) {
            Path archive = REPOSITORY.resolve(file);
            Map<String, byte[]> entries = entries(archive);
            Properties manifest = manifest(archive);
            String name = manifest.getProperty("name");
            assertTrue(name.matches("[a-z][a-z0-9-]{0,39}"), file + ": name " + name);
            assertEquals(name + "-" + manifest.getProperty("version") + ".fpkg", file);
            assertTrue(manifest.getProperty("version").matches("[0-9]+(\\.[0-9]+)*(-[A-Za-z0-9.]+)?"), file);
            assertTrue(Set.of("os-tuning", "middleware", "application").contains(manifest.getProperty("layer")), file);
            Set<String> parameters = new HashSet<>();
            for (String key : manifest.stringPropertyNames()) {
                assertTrue(KEY.matcher(key).matches(), file + ": unknown key " + key);
                if (key.startsWith("parameter.") && key.endsWith(".type")) {
                    parameters.add(key.substring("parameter.".length(), key.length() - ".type".length()));
                }
                if (key.endsWith(".timeout")) {
                    Duration timeout = Duration.parse(manifest.getProperty(key));
                    assertTrue(timeout.compareTo(Duration.ofMinutes(30)) <= 0, file + ": " + key);
                }
                if (key.endsWith(".command")) {
                    String command = manifest.getProperty(key);
                    assertTrue(command.startsWith("steps/") && entries.containsKey(command), file + ": " + key + " = " + command);
                }
            }
            for (int i = 1; manifest.getProperty("template." + i + ".source") != null; i++) {
                String source = manifest.getProperty("template." + i + ".source");
                assertTrue(source.startsWith("templates/"), file + ": " + source);
                assertNotNull(entries.get(source), file + ": no " + source);
                assertNotNull(manifest.getProperty("template." + i + ".target"), file + ": template." + i + ".target");
                placeholdersAreParameters(file + ":" + source, new String(entries.get(source), StandardCharsets.UTF_8), parameters);
            }
            if (manifest.getProperty("step.health.http") != null) {
                placeholdersAreParameters(file + ": step.health.http", manifest.getProperty("step.health.http"), parameters);
            }
            for (String entry : entries.keySet()) {
                assertTrue(entry.equals("flotilla-package.properties") || entry.startsWith("payload/")
                        || entry.startsWith("templates/") || entry.startsWith("steps/"), file + ": " + entry);
            }
        }
    }

    /**
     * The parameters, exactly: what profiles, the wizard and the agent will be written against (listed in
     * releng/org.flotilla.packages.build's README section too).
     */
    @Test
    void theParametersAreTheDocumentedOnes() throws IOException {
        String server = "heap: size 32M..64G default 256M; port: int 1024..65535 default 8080; threads: int 8..2000 default 200";
        assertEquals(server, parameters("jetty-12.0.16.fpkg"));
        assertEquals(server, parameters("jetty-12.1.5.fpkg"));
        assertEquals(server, parameters("tomcat-11.0.14.fpkg"));
        assertEquals("context: string pattern /(?!root$)[a-z0-9][a-z0-9._-]* maxLength 41 default /shop-demo; "
                + "server: enum jetty,tomcat default jetty overridable false", parameters("shop-demo-1.2.fpkg"));
        assertEquals("net.core.somaxconn: int 128..65535 default 4096; vm.swappiness: int 0..100 default 10",
                parameters("sysctl-tuning-1.0.fpkg"));
    }

    private static String parameters(String file) throws IOException {
        Properties manifest = manifest(REPOSITORY.resolve(file));
        Map<String, Map<String, String>> parameters = new TreeMap<>();
        for (String key : manifest.stringPropertyNames()) {
            Matcher matcher = Pattern.compile("parameter\\.(.+)\\.([A-Za-z]+)").matcher(key);
            if (matcher.matches() && !matcher.group(2).equals("description")) {
                parameters.computeIfAbsent(matcher.group(1), name -> new LinkedHashMap<>())
                        .put(matcher.group(2), manifest.getProperty(key));
            }
        }
        List<String> descriptions = new ArrayList<>();
        parameters.forEach((name, attributes) -> {
            StringBuilder text = new StringBuilder(name).append(": ").append(attributes.get("type"));
            if (attributes.containsKey("min")) {
                text.append(' ').append(attributes.get("min")).append("..").append(attributes.get("max"));
            }
            for (String attribute : List.of("values", "pattern", "maxLength")) {
                if (attributes.containsKey(attribute)) {
                    text.append(attribute.equals("values") ? " " : " " + attribute + " ").append(attributes.get(attribute));
                }
            }
            text.append(" default ").append(attributes.get("default"));
            if (attributes.containsKey("overridable")) {
                text.append(" overridable ").append(attributes.get("overridable"));
            }
            descriptions.add(text.toString());
        });
        return String.join("; ", descriptions);
    }

    private static void placeholdersAreParameters(String where, String text, Set<String> parameters) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1) != null && !parameters.contains(matcher.group(1))) {
                fail(where + ": ${" + matcher.group(1) + "} is not a parameter of the package " + parameters);
            }
        }
    }

    static Properties manifest(Path archive) throws IOException {
        byte[] bytes = entries(archive).get("flotilla-package.properties");
        assertNotNull(bytes, archive + ": no flotilla-package.properties");
        Properties manifest = new Properties();
        manifest.load(new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        return manifest;
    }

    /** Every file entry's bytes, read in order with ZipInputStream: duplicates and unsafe names fail the test. */
    static Map<String, byte[]> entries(Path archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(file)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                String name = entry.getName();
                assertTrue(!name.startsWith("/") && !name.contains("\\") && !List.of(name.split("/")).contains(".."),
                        archive + ": unsafe entry " + name);
                byte[] bytes = entry.isDirectory() ? new byte[0] : zip.readAllBytes();
                assertTrue(entries.put(name, bytes) == null, archive + ": duplicate entry " + name);
            }
        }
        return entries;
    }
}
