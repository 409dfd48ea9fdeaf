package org.flotilla.packages.build;

import static org.flotilla.packages.build.AgentSandbox.parameters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.flotilla.packages.build.AgentSandbox.Installed;
import org.flotilla.packages.build.AgentSandbox.StepResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sysctl-tuning's steps run for real. As root, net.core.somaxconn really changes (by one, and is put back);
 * vm.swappiness is given its current value, since it is global to the machine. Without root, and when the kernel
 * refuses a value, the step fails with a clear message and changes nothing.
 */
class SysctlTuningPackageTest {

    private static final String SOMAXCONN = "net.core.somaxconn";
    private static final String SWAPPINESS = "vm.swappiness";

    @TempDir
    Path data;

    @Test
    void appliesRecordsThePreviousValuesAndRestoresThemOnUninstall() throws Exception {
        assumeTrue(canSetKernelParameters(), "needs root on a host whose kernel lets it set vm.swappiness and net.core.somaxconn");
        int somaxconn = read(SOMAXCONN);
        int swappiness = read(SWAPPINESS);
        try (AgentSandbox agent = new AgentSandbox(data)) {
            Installed tuning = agent.install("sysctl-tuning-1.0.fpkg", parameters(
                    "vm.swappiness", Integer.toString(swappiness), "net.core.somaxconn", Integer.toString(somaxconn + 1)));
            try {
                String output = agent.succeed(tuning, "install");
                assertTrue(output.contains("set net.core.somaxconn = " + (somaxconn + 1) + " (was " + somaxconn + ")"), output);
                assertEquals(somaxconn + 1, read(SOMAXCONN));
                String previous = Files.readString(tuning.state().resolve("previous.conf"));
                assertTrue(previous.contains("net.core.somaxconn = " + somaxconn + "\n"), previous);
                assertTrue(previous.contains("vm.swappiness = " + swappiness + "\n"), previous);
                agent.succeed(tuning, "start");
                agent.succeed(tuning, "health");
                // A second apply (reconfiguration, upgrade) keeps the values from before the first one.
                assertEquals(previous, Files.readString(tuning.state().resolve("previous.conf")));

                Files.writeString(tuning.home().resolve("sysctl.conf"),
                        Files.readString(tuning.home().resolve("sysctl.conf"))
                                .replace("net.core.somaxconn = " + (somaxconn + 1), "net.core.somaxconn = " + (somaxconn + 2)));
                StepResult unhealthy = agent.run(tuning, "health");
                assertNotEquals(0, unhealthy.exitCode());
                assertTrue(unhealthy.output().contains("net.core.somaxconn is " + (somaxconn + 1) + ", not " + (somaxconn + 2)),
                        unhealthy.output());

                agent.succeed(tuning, "uninstall");
                assertEquals(somaxconn, read(SOMAXCONN));
                assertEquals(swappiness, read(SWAPPINESS));
                assertFalse(Files.exists(tuning.state().resolve("previous.conf")));
            } finally {
                restore(SOMAXCONN, somaxconn);
            }
        }
    }

    @Test
    void aRefusedValueFailsNamesItAndPutsBackWhatWasSet() throws Exception {
        assumeTrue(canSetKernelParameters(), "needs root on a host whose kernel lets it set vm.swappiness and net.core.somaxconn");
        int somaxconn = read(SOMAXCONN);
        int swappiness = read(SWAPPINESS);
        try (AgentSandbox agent = new AgentSandbox(data)) {
            Installed tuning = agent.install("sysctl-tuning-1.0.fpkg", parameters(
                    "vm.swappiness", Integer.toString(swappiness), "net.core.somaxconn", Integer.toString(somaxconn + 1)));
            try {
                // kernel.osrelease is read-only: procps' sysctl prints an error for it and still exits 0.
                Files.writeString(tuning.home().resolve("sysctl.conf"), "kernel.osrelease = 1.0\n", StandardOpenOption.APPEND);
                StepResult result = agent.run(tuning, "install");
                assertNotEquals(0, result.exitCode(), result.output());
                assertTrue(result.output().contains("sysctl -w kernel.osrelease=1.0 was refused"), result.output());
                assertEquals(somaxconn, read(SOMAXCONN), "net.core.somaxconn was not put back:\n" + result.output());
            } finally {
                restore(SOMAXCONN, somaxconn);
            }
        }
    }

    @Test
    void withoutRootNothingIsChangedAndTheStepSaysWhy() throws Exception {
        int somaxconn = read(SOMAXCONN);
        try (AgentSandbox agent = new AgentSandbox(data)) {
            Installed tuning = agent.install("sysctl-tuning-1.0.fpkg", parameters("net.core.somaxconn", Integer.toString(somaxconn + 1)));
            String[] asNobody = {};
            if (isRoot()) {
                assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv runs the step as nobody");
                // nobody must be able to read the steps and write the state directory, as the agent's user would.
                try (Stream<Path> files = Files.walk(data)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(Files.isDirectory(file) ? "rwxrwxrwx" : "rw-rw-rw-"));
                    }
                }
                asNobody = new String[] {"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"};
            }
            StepResult result = agent.run(tuning, "install", null, asNobody);
            assertNotEquals(0, result.exitCode(), result.output());
            assertTrue(result.output().contains("needs root"), result.output());
            assertTrue(result.output().contains("nothing was changed"), result.output());
            assertEquals(somaxconn, read(SOMAXCONN));
            assertFalse(Files.exists(tuning.state().resolve("previous.conf")));
        }
    }

    /** Root, and the kernel takes both parameters (not so in a container with a read-only /proc/sys). */
    private static boolean canSetKernelParameters() throws IOException, InterruptedException {
        if (!isRoot()) {
            return false;
        }
        for (String key : new String[] {SOMAXCONN, SWAPPINESS}) {
            // Writing the value in force changes nothing; sysctl prints an error when the write is refused.
            Process sysctl = new ProcessBuilder("sysctl", "-w", key + "=" + read(key)).start();
            String errors = new String(sysctl.getErrorStream().readAllBytes()).strip();
            sysctl.getInputStream().readAllBytes();
            if (sysctl.waitFor() != 0 || !errors.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRoot() throws IOException, InterruptedException {
        Process id = new ProcessBuilder("id", "-u").start();
        String uid = new String(id.getInputStream().readAllBytes()).strip();
        id.waitFor();
        return uid.equals("0");
    }

    /**
     * The kernel's value, read with sysctl -n as the steps do. (Not Files.readString on /proc/sys: with a procfs file
     * of reported size 0 it returned the first byte only, "6" for 60, and an early version of this test then set
     * the kernel to that.)
     */
    private static int read(String key) throws IOException, InterruptedException {
        Process sysctl = new ProcessBuilder("sysctl", "-n", key).redirectErrorStream(true).start();
        String value = new String(sysctl.getInputStream().readAllBytes()).strip();
        assertEquals(0, sysctl.waitFor(), "sysctl -n " + key + ": " + value);
        return Integer.parseInt(value);
    }

    /** Puts KEY back to VALUE whatever happened in the test (a failed assertion must not leave it changed). */
    private static void restore(String key, int value) throws IOException, InterruptedException {
        if (read(key) != value) {
            new ProcessBuilder("sysctl", "-w", key + "=" + value).inheritIO().start().waitFor();
        }
    }
}
