/**
 * Servers join and leave the pool over SSH (issue 13), without any UI: the Add Servers and Remove Servers wizards are
 * built on this.
 *
 * <pre>
 * KnownHosts known = KnownHosts.userDefault(key -&gt; askTheAdministrator(key.describe()));  // never accepted silently
 * HostAccess host = HostAccess.password("10.0.0.11", 22, "admin", password);            // or keyFile(...), agent(...)
 * try (HostConnection c = HostConnection.open(host, known, Duration.ofSeconds(20))) {
 *     HostCheck check = HostCheck.run(c, InstallOptions.defaults(), 7443);              // the check page
 *     InstallResult r = AgentInstaller.install(c, new InstallRequest(distribution, "web-01", "10.0.0.11", 7443,
 *             List.of("ssd"), new AgentIdentity.Enrollment("pool:7444", token, caPem), InstallOptions.defaults()),
 *             progress, () -&gt; false);
 * }
 * </pre>
 *
 * Many hosts: {@link org.flotilla.hosts.HostRunner} runs such a job per host with bounded parallelism, progress per
 * host and an outcome per host. Removal: {@link org.flotilla.hosts.AgentInstaller#uninstall}.
 */
package org.flotilla.hosts;
