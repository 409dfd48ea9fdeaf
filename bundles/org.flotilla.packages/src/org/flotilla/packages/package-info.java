/**
 * Packages (issue 14): the archive format ({@link org.flotilla.packages.PackageArchive}, a zip with
 * {@code flotilla-package.properties}), its manifest ({@link org.flotilla.packages.PackageManifest}), typed parameters
 * checked all at once ({@link org.flotilla.packages.PackageManifest#resolve}), configuration templates
 * ({@link org.flotilla.packages.Templates}) and a checksummed repository folder
 * ({@link org.flotilla.packages.PackageRepository}). Headless and dependency-free: the agent (flat classpath), the
 * pool service and the console use it.
 *
 * <pre>
 * PackageArchive archive = PackageArchive.open(Path.of("jetty-12.1.5.fpkg"));       // checks manifest, templates, steps
 * ParameterValues values = archive.manifest().resolve(Map.of("port", "8081"));      // ParameterException: each problem by name
 * archive.extractTo(stagingDir);                                                     // bounded, no zip-slip
 * String ini = Templates.render("templates/http.ini", text, values);
 * </pre>
 */
package org.flotilla.packages;
