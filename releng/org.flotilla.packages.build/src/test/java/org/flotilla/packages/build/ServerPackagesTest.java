package org.flotilla.packages.build;

import static org.flotilla.packages.build.AgentSandbox.await;
import static org.flotilla.packages.build.AgentSandbox.awaitResponse;
import static org.flotilla.packages.build.AgentSandbox.freePort;
import static org.flotilla.packages.build.AgentSandbox.get;
import static org.flotilla.packages.build.AgentSandbox.parameters;
import static org.flotilla.packages.build.AgentSandbox.running;
import static org.flotilla.packages.build.AgentSandbox.server;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.flotilla.packages.build.AgentSandbox.Installed;
import org.flotilla.packages.build.AgentSandbox.Response;
import org.flotilla.packages.build.AgentSandbox.StepResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jetty, tomcat and shop-demo archives of target/repository, installed the agent's way ({@link AgentSandbox}) and
 * their steps run for real: the server answers on the port given as a parameter, with the heap and threads given,
 * shop-demo deploys into it and answers its version, stop ends the process. Upgrade and rollback of Jetty keep the
 * deployed application and run each version with its own rendered configuration.
 */
class ServerPackagesTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String SHOP_DEMO_VERSION = System.getProperty("flotilla.shop.demo.version", "1.2");
    private static final String SHOP_DEMO = "shop-demo-" + SHOP_DEMO_VERSION;
    /** What the WAR answers: the version of the WAR module, which the package's version must be. */
    private static final String SHOP_DEMO_TEXT = "shop-demo " + SHOP_DEMO_VERSION;

    @TempDir
    Path data;

    @Test
    void jettyServesOnItsPortAndDeploysShopDemo() throws Exception {
        serverWithShopDemo("jetty-12.1.5.fpkg", "jetty");
    }

    @Test
    void tomcatServesOnItsPortAndDeploysShopDemo() throws Exception {
        serverWithShopDemo("tomcat-11.0.14.fpkg", "tomcat");
    }

    private void serverWithShopDemo(String file, String serverName) throws Exception {
        try (AgentSandbox agent = new AgentSandbox(data)) {
            int port = freePort();
            Installed server = agent.install(file,
                    parameters("port", Integer.toString(port), "heap", "96M", "threads", "40"));
            agent.succeed(server, "install");
            agent.succeed(server, "start");
            ProcessHandle process = server(server);
            List<String> arguments = List.of(process.info().arguments().orElseThrow());
            assertTrue(arguments.contains("-Xmx96M"), "heap parameter not on the command line: " + arguments);

            String root = "http://127.0.0.1:" + port + "/";
            Response home = awaitResponse(root, START_TIMEOUT, response -> response.status() == 200, serverName + " at /");
            if (serverName.equals("jetty")) {
                assertEquals("Jetty(12.1.5)", home.server());
                String http = Files.readString(server.state().resolve("base/start.d/http.ini"));
                assertTrue(http.contains("jetty.threadPool.maxThreads=40"), http);
            } else {
                assertTrue(home.body().contains("Apache Tomcat/11.0.14"), home.body());
                String xml = Files.readString(server.state().resolve("base/conf/server.xml"));
                assertTrue(xml.contains("<Server port=\"-1\""), xml);
                assertTrue(xml.contains("port=\"" + port + "\" protocol=\"HTTP/1.1\" maxThreads=\"40\""), xml);
            }

            Installed shop = agent.install(SHOP_DEMO + ".fpkg", parameters("server", serverName));
            agent.succeed(shop, "install");
            agent.succeed(shop, "start");
            awaitHealthy(agent, shop);
            Response app = get(root + "shop-demo/");
            assertEquals(200, app.status());
            assertEquals(SHOP_DEMO_TEXT, app.body().strip());

            agent.succeed(shop, "stop");
            awaitResponse(root + "shop-demo/", START_TIMEOUT, response -> response.status() == 404,
                    "shop-demo undeployed from " + serverName);
            StepResult unhealthy = agent.run(shop, "health");
            assertNotEquals(0, unhealthy.exitCode(), unhealthy.output());
            agent.succeed(shop, "uninstall");

            agent.succeed(server, "stop");
            assertFalse(running(process), serverName + " still runs after its stop step");
            assertFalse(Files.exists(server.pidFile()));
            assertThrows(IOException.class, () -> get(root), "something still answers on " + port);
            // Stopping what is not running is not an error (the agent stops the new version after a failed start).
            agent.succeed(server, "stop");
            agent.succeed(server, "uninstall");
            assertFalse(Files.exists(server.state().resolve("base")));
        }
    }

    @Test
    void jettyUpgradeAndRollbackKeepTheApplicationAndUseEachVersionsConfiguration() throws Exception {
        // The other layout of the version's directory than the other tests: payload/'s content at its top.
        try (AgentSandbox agent = new AgentSandbox(data, AgentSandbox.Layout.PAYLOAD_AT_HOME)) {
            int oldPort = freePort();
            int newPort = freePort();
            Installed old = agent.install("jetty-12.0.16.fpkg", parameters("port", Integer.toString(oldPort), "heap", "64M"));
            agent.succeed(old, "install");
            agent.succeed(old, "start");
            String oldRoot = "http://127.0.0.1:" + oldPort + "/";
            String newRoot = "http://127.0.0.1:" + newPort + "/";
            assertEquals("Jetty(12.0.16)",
                    awaitResponse(oldRoot, START_TIMEOUT, response -> response.status() == 200, "jetty 12.0").server());
            Installed shop = agent.install(SHOP_DEMO + ".fpkg", parameters("server", "jetty"));
            agent.succeed(shop, "install");
            agent.succeed(shop, "start");
            awaitHealthy(agent, shop);

            // Upgrade, as the agent does it: stage and install the new version, stop the old one, start the new.
            Installed upgrade = agent.install("jetty-12.1.5.fpkg", parameters("port", Integer.toString(newPort), "heap", "64M"));
            agent.succeed(upgrade, "install", old.home());
            StepResult refused = agent.run(upgrade, "start", old.home());
            assertNotEquals(0, refused.exitCode(), "started while 12.0 runs from the same base:\n" + refused.output());
            assertTrue(refused.output().contains("stop it first"), refused.output());
            ProcessHandle oldProcess = server(old);
            agent.succeed(old, "stop");
            assertFalse(running(oldProcess));
            agent.succeed(upgrade, "start", old.home());
            assertEquals("Jetty(12.1.5)",
                    awaitResponse(newRoot, START_TIMEOUT, response -> response.status() == 200, "jetty 12.1").server());
            assertThrows(IOException.class, () -> get(oldRoot), "12.1 must listen on its own port only");
            awaitHealthy(agent, shop);
            assertEquals(SHOP_DEMO_TEXT, get(newRoot + "shop-demo/").body().strip());

            // Rollback: stop the new version, start the old one again: its own configuration, the application still there.
            ProcessHandle newProcess = server(upgrade);
            agent.succeed(upgrade, "stop");
            assertFalse(running(newProcess));
            agent.succeed(old, "start");
            assertEquals("Jetty(12.0.16)",
                    awaitResponse(oldRoot, START_TIMEOUT, response -> response.status() == 200, "jetty 12.0 again").server());
            awaitHealthy(agent, shop);
            assertEquals(SHOP_DEMO_TEXT, get(oldRoot + "shop-demo/").body().strip());

            agent.succeed(shop, "stop");
            ProcessHandle again = server(old);
            agent.succeed(old, "stop");
            assertFalse(running(again));
        }
    }

    @Test
    void aServerThatCannotStartFailsTheStartStepWithItsOutput() throws Exception {
        try (AgentSandbox agent = new AgentSandbox(data)) {
            // Below the manifest's minimum (the agent would refuse it): here it makes the JVM exit at once.
            Installed jetty = agent.install("jetty-12.1.5.fpkg", parameters("port", Integer.toString(freePort()), "heap", "1K"));
            agent.succeed(jetty, "install");
            StepResult result = agent.run(jetty, "start");
            assertNotEquals(0, result.exitCode(), result.output());
            assertTrue(result.output().contains("exited at once"), result.output());
            assertTrue(result.output().contains("heap"), "the JVM's own message is shown:\n" + result.output());
            assertFalse(Files.exists(jetty.pidFile()));
        }
    }

    @Test
    void shopDemoRefusesToInstallWithoutItsServer() throws Exception {
        try (AgentSandbox agent = new AgentSandbox(data)) {
            Installed shop = agent.install(SHOP_DEMO + ".fpkg", parameters("server", "tomcat"));
            StepResult result = agent.run(shop, "install");
            assertNotEquals(0, result.exitCode(), result.output());
            assertTrue(result.output().contains("no tomcat to deploy into"), result.output());
        }
    }

    /** Runs shop-demo's health step until it passes (the server deploys the WAR asynchronously). */
    private static void awaitHealthy(AgentSandbox agent, Installed shop) throws InterruptedException {
        StepResult[] last = new StepResult[1];
        try {
            await(() -> {
                try {
                    last[0] = agent.run(shop, "health");
                    return last[0].exitCode() == 0;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true;
                }
            }, START_TIMEOUT, "shop-demo healthy");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; last health output: " + (last[0] == null ? "" : last[0].output()), e);
        }
    }
}
