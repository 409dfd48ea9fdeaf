package org.flotilla.packages.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the agent does with a package, done the simplest way so that the built archives' steps can be run for real
 * before the agent's provisioning runtime exists: a DATA_DIR/packages/ layout (NAME/VERSION/ as the version's
 * directory, NAME/state/), payload/ extracted into the version's directory, templates rendered there, steps run as
 * {@code /bin/sh STEP_FILE} with the environment of contract 14.
 *
 * <p>The rendering ({@link #render}) is a minimal stand-in: {@code ${name}} replaced by the parameter's value,
 * {@code $${} by {@code ${}, an unknown name fails the test. When the bundle org.flotilla.packages exists, its
 * {@code PackageArchive.extractTo} and {@code Templates.render} (with {@code PackageManifest.resolve} for the
 * defaults and checks) should replace {@link #install}'s extraction and {@link #render}.
 */
final class AgentSandbox implements AutoCloseable {

    static final Path REPOSITORY = Path.of(System.getProperty("flotilla.packages.repository", "target/repository"));
    static final Duration STEP_TIMEOUT = Duration.ofSeconds(90);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\$\\{|\\$\\{([^}]*)}");

    /** Where payload/ goes in the version's directory: the agent has not decided yet, the steps accept both. */
    enum Layout {
        /** The archive unpacked as it is laid out (payload/, steps/, templates/): what PackageArchive.extractTo does. */
        AS_LAID_OUT,
        /** payload/'s content at the top of the version's directory, steps/ beside it (contract 14's wording). */
        PAYLOAD_AT_HOME
    }

    private final Path packages;
    private final Layout layout;
    /** Every package installed here, so that close() can stop what a failed test left running. */
    private final List<Installed> installed = new ArrayList<>();

    AgentSandbox(Path dataDir) throws IOException {
        this(dataDir, Layout.AS_LAID_OUT);
    }

    AgentSandbox(Path dataDir, Layout layout) throws IOException {
        packages = Files.createDirectories(dataDir.resolve("packages"));
        this.layout = layout;
    }

    /** A version staged in DATA_DIR/packages/NAME/VERSION with its parameters (defaults filled in). */
    record Installed(String name, String version, Path home, Path state, Map<String, String> parameters,
            Properties manifest) {
        Path pidFile() {
            return state.resolve("pid");
        }
    }

    record StepResult(int exitCode, String output) {
    }

    /** Extracts REPOSITORY/FILE into DATA_DIR/packages/NAME/VERSION and renders its templates with PARAMETERS. */
    Installed install(String file, Map<String, String> parameters) throws IOException {
        Path archive = REPOSITORY.resolve(file);
        assertTrue(Files.isRegularFile(archive), archive + " is not built");
        Properties manifest = new Properties();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            try (InputStream in = zip.getInputStream(zip.getEntry("flotilla-package.properties"))) {
                manifest.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            String name = manifest.getProperty("name");
            String version = manifest.getProperty("version");
            Path home = packages.resolve(name).resolve(version);
            Path state = Files.createDirectories(packages.resolve(name).resolve("state"));
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : manifest.stringPropertyNames()) {
                if (key.startsWith("parameter.") && key.endsWith(".default")) {
                    values.put(key.substring("parameter.".length(), key.length() - ".default".length()),
                            manifest.getProperty(key));
                }
            }
            values.putAll(parameters);
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String path = entry.getName();
                Path target;
                if (layout == Layout.AS_LAID_OUT) {
                    target = home.resolve(path);
                } else if (path.startsWith("payload/")) {
                    target = home.resolve(path.substring("payload/".length()));
                } else if (path.startsWith("steps/")) {
                    target = home.resolve(path);
                } else {
                    continue;
                }
                assertTrue(target.normalize().startsWith(home), path);
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
            for (int i = 1; manifest.getProperty("template." + i + ".source") != null; i++) {
                String source = manifest.getProperty("template." + i + ".source");
                ZipEntry entry = zip.getEntry(source);
                assertTrue(entry != null, file + ": no " + source);
                String text;
                try (InputStream in = zip.getInputStream(entry)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                Path target = home.resolve(manifest.getProperty("template." + i + ".target"));
                Files.createDirectories(target.getParent());
                Files.writeString(target, render(file + ":" + source, text, values));
            }
            Installed result = new Installed(name, version, home, state, values, manifest);
            installed.add(result);
            return result;
        }
    }

    /** Minimal template rendering (see the class comment: org.flotilla.packages' Templates replaces it). */
    static String render(String templateName, String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group(1) == null) {
                replacement = "${";
            } else {
                replacement = values.get(matcher.group(1));
                if (replacement == null) {
                    fail(templateName + ": unknown parameter ${" + matcher.group(1) + "}");
                }
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Runs STEP of PACKAGE as the agent would: /bin/sh STEP_FILE, contract 14's environment, output collected. */
    StepResult run(Installed pkg, String step, Path previousHome, String... command) throws IOException,
            InterruptedException {
        String stepFile = pkg.manifest().getProperty("step." + step + ".command");
        assertTrue(stepFile != null, pkg.name() + " has no " + step + " step");
        List<String> line = new ArrayList<>(List.of(command));
        line.add("/bin/sh");
        line.add(pkg.home().resolve(stepFile).toString());
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).directory(pkg.home().toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(key -> key.startsWith("FLOTILLA_"));
        pkg.parameters().forEach((name, value) -> environment
                .put("FLOTILLA_PARAM_" + name.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_'), value));
        environment.put("FLOTILLA_PACKAGE_HOME", pkg.home().toString());
        environment.put("FLOTILLA_PACKAGE_STATE", pkg.state().toString());
        environment.put("FLOTILLA_PREVIOUS_HOME", previousHome == null ? "" : previousHome.toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (InputStream in = process.getInputStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                synchronized (output) {
                    output.append(text);
                }
            } catch (IOException e) {
                synchronized (output) {
                    output.append("[reading the step's output failed: ").append(e).append(']');
                }
            }
        }, "step output " + pkg.name() + " " + step);
        reader.start();
        if (!process.waitFor(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(pkg.name() + " " + step + " did not end within " + STEP_TIMEOUT);
        }
        // The agent reads a step's output to its end too: a server started in the background must not keep it open.
        reader.join(10_000);
        if (reader.isAlive()) {
            fail(pkg.name() + " " + step + " ended but a process it left behind still holds its output open");
        }
        synchronized (output) {
            return new StepResult(process.exitValue(), output.toString());
        }
    }

    StepResult run(Installed pkg, String step) throws IOException, InterruptedException {
        return run(pkg, step, null);
    }

    /** Runs STEP and fails the test, with the step's output, unless it exits 0. */
    String succeed(Installed pkg, String step, Path previousHome) throws IOException, InterruptedException {
        StepResult result = run(pkg, step, previousHome);
        assertEquals(0, result.exitCode(), pkg.name() + " " + pkg.version() + " " + step + ":\n" + result.output());
        return result.output();
    }

    String succeed(Installed pkg, String step) throws IOException, InterruptedException {
        return succeed(pkg, step, null);
    }

    /** The process whose pid the start step recorded. */
    static ProcessHandle server(Installed pkg) throws IOException {
        long pid = Long.parseLong(Files.readString(pkg.pidFile()).strip());
        return ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(pkg.name() + ": no process " + pid));
    }

    /**
     * Whether PROCESS still runs. A server whose start step has ended is re-parented to the machine's init, which
     * here does not always reap it at once: a zombie counts as gone.
     */
    static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    /** An HTTP answer: status, Server header and body. */
    record Response(int status, String server, String body) {
    }

    static Response get(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setConnectTimeout(2_000);
        connection.setReadTimeout(5_000);
        try {
            int status = connection.getResponseCode();
            InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            return new Response(status, connection.getHeaderField("Server"), body);
        } finally {
            connection.disconnect();
        }
    }

    /** GET URL until CONDITION holds for the answer (a refused connection counts as not yet), or fail after TIMEOUT. */
    static Response awaitResponse(String url, Duration timeout, java.util.function.Predicate<Response> condition,
            String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Object last = null;
        while (System.nanoTime() < deadline) {
            try {
                Response response = get(url);
                if (condition.test(response)) {
                    return response;
                }
                last = response;
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(what + ": not within " + timeout + " at " + url + "; last answer: " + last);
    }

    static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Map<String, String> parameters(String... keysAndValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Kills whatever a start step left running (a test that failed half-way), by the pid it recorded. */
    @Override
    public void close() throws IOException {
        for (Installed pkg : installed) {
            if (Files.exists(pkg.pidFile())) {
                String recorded = Files.readString(pkg.pidFile()).strip();
                if (!recorded.isEmpty() && recorded.chars().allMatch(Character::isDigit)) {
                    String state = pkg.state().toString();
                    ProcessHandle.of(Long.parseLong(recorded))
                            .filter(process -> process.info().arguments()
                                    .map(arguments -> String.join(" ", arguments).contains(state)).orElse(false))
                            .ifPresent(process -> {
                                process.destroyForcibly();
                                process.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
                            });
                }
            }
        }
    }
}
