package org.flotilla.packages.build;

import static org.flotilla.packages.build.AgentSandbox.running;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process handling that jetty's and tomcat's steps share (steps/functions.sh as built into the archives), on
 * the paths a well-behaved Jetty never takes: a server that ignores SIGTERM is killed, and a pid file whose number now
 * belongs to another process does not make stop signal that process.
 */
class ServerFunctionsTest {

    /** A step-like script around functions.sh; the "server" is a shell that ignores TERM. */
    private static final String SCRIPT = """
            set -u
            PKG=test-server
            MARKER="flotilla-test-server=$FLOTILLA_PACKAGE_STATE"
            . "$FUNCTIONS"
            case "$1" in
                start) start_server "$FLOTILLA_PACKAGE_STATE/server.log" /bin/sh -c 'trap "" TERM; while :; do sleep 1; done' "$MARKER" ;;
                stop) stop_server 1 ;;
            esac
            """;

    @TempDir
    Path dir;

    @Test
    void aServerThatIgnoresTermIsKilledAndStopWaitsUntilItIsGone() throws Exception {
        Path state = Files.createDirectories(dir.resolve("state"));
        String started = run(state, "start");
        ProcessHandle server = ProcessHandle.of(Long.parseLong(Files.readString(state.resolve("pid")).strip())).orElseThrow();
        try {
            assertTrue(running(server), started);
            String stopped = run(state, "stop");
            assertTrue(stopped.contains("still running 1s after TERM: sending KILL"), stopped);
            assertFalse(running(server), stopped);
            assertFalse(Files.exists(state.resolve("pid")));
        } finally {
            server.destroyForcibly();
        }
    }

    @Test
    void aStalePidFileNamingAnotherProcessIsNotObeyed() throws Exception {
        Path state = Files.createDirectories(dir.resolve("state"));
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            Files.writeString(state.resolve("pid"), other.pid() + "\n");
            String output = run(state, "stop");
            assertTrue(output.contains("test-server is not running"), output);
            assertTrue(other.isAlive(), "stop signalled a process that is not its server");
            assertFalse(Files.exists(state.resolve("pid")), "the stale pid file is left");
        } finally {
            other.destroyForcibly();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private String run(Path state, String action) throws IOException, InterruptedException {
        Path functions = dir.resolve("functions.sh");
        if (!Files.exists(functions)) {
            try (ZipFile zip = new ZipFile(AgentSandbox.REPOSITORY.resolve("jetty-12.1.5.fpkg").toFile());
                    InputStream in = zip.getInputStream(zip.getEntry("steps/functions.sh"))) {
                Files.copy(in, functions);
            }
            Files.writeString(dir.resolve("step.sh"), SCRIPT);
        }
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", dir.resolve("step.sh").toString(), action)
                .redirectErrorStream(true);
        builder.environment().put("FLOTILLA_PACKAGE_STATE", state.toString());
        builder.environment().put("FUNCTIONS", functions.toString());
        Process process = builder.start();
        // The output is read on this thread: functions.sh's start redirects the server's, so the pipe closes with sh.
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), action + " did not end: " + output);
        assertEquals(0, process.exitValue(), action + ":\n" + output);
        return output;
    }
}
