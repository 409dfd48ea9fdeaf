package org.flotilla.packages.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.flotilla.packages.Layer;
import org.flotilla.packages.PackageFormatException;
import org.flotilla.packages.PackageManifest;
import org.flotilla.packages.PackageVersion;
import org.flotilla.packages.ParameterDefinition;
import org.flotilla.packages.ParameterException;
import org.flotilla.packages.ParameterValues;
import org.flotilla.packages.Step;
import org.junit.jupiter.api.Test;

class ManifestTest {

	static PackageManifest parse(String text) throws PackageFormatException {
		return PackageManifest.parse("demo.fpkg", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	static PackageFormatException refused(String text) {
		return assertThrows(PackageFormatException.class, () -> parse(text));
	}

	private static final String HEAD = "name = demo\nversion = 1.0\nlayer = application\n";

	@Test
	void readsEverything() throws Exception {
		PackageManifest m = parse(TestArchives.manifest("jetty", "12.1.5") + "requires.java = 21\n"
				+ "parameter.mode.type = enum\nparameter.mode.values = fast, safe\nparameter.mode.overridable = false\n");
		assertEquals("jetty", m.name());
		assertEquals(PackageVersion.parse("12.1.5"), m.version());
		assertEquals(Layer.MIDDLEWARE, m.layer());
		assertEquals("Demo server", m.title());
		assertEquals(21, m.requiresJava());
		assertEquals(List.of("port", "heap", "mode"), m.parameters().stream().map(ParameterDefinition::name).toList());
		ParameterDefinition mode = m.parameter("mode").orElseThrow();
		assertEquals(List.of("fast", "safe"), mode.values());
		assertFalse(mode.overridable());
		assertTrue(mode.required());
		assertTrue(m.parameter("port").orElseThrow().overridable());
		assertEquals("templates/server.ini", m.templates().get(0).source());
		assertEquals("conf/server.ini", m.templates().get(0).target());
		assertEquals("steps/start.sh", m.step(Step.START).orElseThrow().command());
		assertEquals(Duration.ofMinutes(1), m.step(Step.START).orElseThrow().timeout());
		assertEquals("http://127.0.0.1:${port}/", m.step(Step.HEALTH).orElseThrow().httpUrl());
		assertEquals(Duration.ofSeconds(30), m.step(Step.HEALTH).orElseThrow().timeout());
		assertTrue(m.step(Step.INSTALL).isEmpty());
		assertEquals("jetty-12.1.5.fpkg", m.fileName());
	}

	@Test
	void unknownKeysAreErrorsNamingSourceKeyAndValue() {
		PackageFormatException e = refused(HEAD + "titel = Demo\n");
		assertEquals("titel", e.key());
		assertTrue(e.getMessage().startsWith("demo.fpkg: titel = 'Demo': unknown key"), e.getMessage());
		assertEquals("parameter.port.maximum", refused(HEAD + "parameter.port.type = int\nparameter.port.maximum = 3\n").key());
		assertEquals("step.restart.command", refused(HEAD + "step.restart.command = steps/r.sh\n").key());
		assertEquals("template.x.source", refused(HEAD + "template.x.source = templates/a\n").key());
		assertEquals("step.start.http", refused(HEAD + "step.start.http = http://x/\n").key());
	}

	@Test
	void requiredAndMalformedHeaderKeys() {
		assertEquals("name", refused("version = 1\nlayer = middleware\n").key());
		assertEquals("name", refused("name = Jetty\nversion = 1\nlayer = middleware\n").key());
		PackageFormatException v = refused("name = jetty\nversion = 1.x\nlayer = middleware\n");
		assertEquals("version", v.key());
		assertEquals("1.x", v.value());
		assertTrue(refused("name = jetty\nversion = 1\nlayer = os\n").getMessage().contains("os-tuning, middleware, application"));
		assertEquals("requires.java", refused(HEAD + "requires.java = latest\n").key());
		assertEquals("name", refused(HEAD + "name = other\n").key(), "a key given twice");
	}

	@Test
	void parameterDefinitionsAreChecked() {
		assertEquals("parameter.port.type", refused(HEAD + "parameter.port.type = integer\n").key());
		assertEquals("parameter.port.type", refused(HEAD + "parameter.port.min = 1\n").key());
		assertEquals("parameter.port.min", refused(HEAD + "parameter.port.type = int\nparameter.port.min = 9\nparameter.port.max = 8\n").key());
		assertEquals("parameter.port.pattern", refused(HEAD + "parameter.port.type = int\nparameter.port.pattern = x\n").key());
		assertEquals("parameter.port.default", refused(HEAD + "parameter.port.type = int\nparameter.port.max = 8\nparameter.port.default = 9\n").key());
		assertEquals("parameter.m.values", refused(HEAD + "parameter.m.type = enum\nparameter.m.values = a,,b\n").key());
		assertEquals("parameter.m.values", refused(HEAD + "parameter.m.type = enum\n").key());
		assertEquals("parameter.s.pattern", refused(HEAD + "parameter.s.type = string\nparameter.s.pattern = [a\n").key());
		assertEquals("parameter.h.min", refused(HEAD + "parameter.h.type = size\nparameter.h.min = 32X\n").key());
		assertEquals("parameter.b.overridable", refused(HEAD + "parameter.b.type = boolean\nparameter.b.overridable = yes\n").key());
	}

	@Test
	void stepsAndTemplatesAreChecked() {
		assertEquals("step.start.timeout", refused(HEAD + "step.start.command = steps/a.sh\nstep.start.timeout = 2 minutes\n").key());
		assertEquals("step.start.timeout", refused(HEAD + "step.start.command = steps/a.sh\nstep.start.timeout = PT31M\n").key());
		assertEquals("step.start.command", refused(HEAD + "step.start.command = ../a.sh\n").key());
		assertEquals("step.start.command", refused(HEAD + "step.start.timeout = PT1M\n").key());
		assertEquals("step.health.http", refused(HEAD + "step.health.command = steps/h.sh\nstep.health.http = http://x/\n").key());
		PackageFormatException unknown = refused(HEAD + "step.health.http = http://127.0.0.1:${port}/\n");
		assertTrue(unknown.getMessage().contains("no parameter 'port'"), unknown.getMessage());
		assertEquals("template.1.target", refused(HEAD + "template.1.source = templates/a\ntemplate.1.target = ../etc/passwd\n").key());
		assertEquals("template.1.target", refused(HEAD + "template.1.source = templates/a\ntemplate.1.target = /etc/passwd\n").key());
		assertEquals("template.1.source", refused(HEAD + "template.1.source = payload/a\ntemplate.1.target = a\n").key());
		assertEquals("template.2.target", refused(HEAD + "template.1.source = templates/a\ntemplate.1.target = a\n"
				+ "template.2.source = templates/b\ntemplate.2.target = a\n").key());
	}

	private static ParameterException refusedValues(PackageManifest m, Map<String, String> given) {
		return assertThrows(ParameterException.class, () -> m.resolve(given));
	}

	@Test
	void everyParameterTypeAndBound() throws Exception {
		PackageManifest m = parse(HEAD + """
				parameter.port.type = int
				parameter.port.min = 1024
				parameter.port.max = 65535
				parameter.port.default = 8080
				parameter.heap.type = size
				parameter.heap.min = 32M
				parameter.heap.max = 64G
				parameter.heap.default = 256M
				parameter.user.type = string
				parameter.user.pattern = [a-z]+
				parameter.user.maxLength = 8
				parameter.user.default = web
				parameter.debug.type = boolean
				parameter.debug.default = false
				parameter.mode.type = enum
				parameter.mode.values = fast,safe
				parameter.vm.swappiness.type = int
				parameter.vm.swappiness.min = 0
				parameter.vm.swappiness.max = 100
				""");
		ParameterValues ok = m.resolve(Map.of("mode", "safe", "vm.swappiness", "10"));
		assertEquals("8080", ok.get("port"));
		assertEquals("256M", ok.get("heap"));
		assertEquals("safe", ok.get("mode"));
		assertEquals("10", ok.environment().get("FLOTILLA_PARAM_VM_SWAPPINESS"));
		assertEquals("web", ok.environment().get("FLOTILLA_PARAM_USER"));
		assertEquals(List.of("port", "heap", "user", "debug", "mode", "vm.swappiness"), List.copyOf(ok.asMap().keySet()));

		assertEquals("1024", m.resolve(Map.of("mode", "fast", "vm.swappiness", "0", "port", "1024")).get("port"));
		assertEquals("65535", m.resolve(Map.of("mode", "fast", "vm.swappiness", "100", "port", "65535")).get("port"));
		assertEquals("64G", m.resolve(Map.of("mode", "fast", "vm.swappiness", "1", "heap", "64G")).get("heap"));
		assertEquals("32m", m.resolve(Map.of("mode", "fast", "vm.swappiness", "1", "heap", "32m")).get("heap"));

		ParameterException e = refusedValues(m, Map.of("port", "80", "heap", "16M", "user", "Web", "debug", "yes",
				"mode", "slow", "vm.swappiness", "101", "colour", "red"));
		Map<String, String> p = e.problems();
		assertEquals(List.of("port", "heap", "user", "debug", "mode", "vm.swappiness", "colour"), List.copyOf(p.keySet()));
		assertEquals("'80' is out of range (a whole number 1024..65535)", p.get("port"));
		assertEquals("'16M' is out of range (a size in bytes with an optional K, M or G suffix 32M..64G)", p.get("heap"));
		assertTrue(p.get("user").contains("does not match [a-z]+"), p.get("user"));
		assertTrue(p.get("debug").contains("true or false"));
		assertTrue(p.get("mode").contains("not one of fast, safe"));
		assertTrue(p.get("colour").contains("no such parameter"));
		assertEquals("demo-1.0", e.packageName());
		assertTrue(e.getMessage().startsWith("demo-1.0: parameter port: '80' is out of range"), e.getMessage());

		assertTrue(refusedValues(m, Map.of("vm.swappiness", "1")).problems().get("mode").contains("required"));
		assertTrue(refusedValues(m, Map.of("mode", "fast", "vm.swappiness", "x")).problems().get("vm.swappiness").contains("not a whole number"));
		assertTrue(refusedValues(m, Map.of("mode", "fast", "vm.swappiness", "1", "heap", "1T")).problems().get("heap").contains("not a size"));
		assertTrue(refusedValues(m, Map.of("mode", "fast", "vm.swappiness", "1", "user", "abcdefghi")).problems().get("user").contains("longer than 8"));
		assertTrue(refusedValues(m, Map.of("mode", "fast", "vm.swappiness", "1", "port", "99999999999999999999")).problems()
				.containsKey("port"));
	}

	@Test
	void stringsRefuseControlCharacters() throws Exception {
		PackageManifest m = parse(HEAD + "parameter.motd.type = string\n");
		assertEquals("hello ${x}", m.resolve(Map.of("motd", "hello ${x}")).get("motd"));
		assertTrue(refusedValues(m, Map.of("motd", "a\nb")).problems().get("motd").contains("control characters"));
		assertTrue(refusedValues(m, Map.of("motd", "x".repeat(1025))).problems().get("motd").contains("longer than 1024"));
	}

	@Test
	void sizes() {
		assertEquals(512L << 20, ParameterDefinition.parseSize("512M"));
		assertEquals(2048, ParameterDefinition.parseSize("2K"));
		assertEquals(7, ParameterDefinition.parseSize("7"));
		assertEquals(64L << 30, ParameterDefinition.parseSize("64G"));
		assertThrows(IllegalArgumentException.class, () -> ParameterDefinition.parseSize("5 M"));
		assertThrows(IllegalArgumentException.class, () -> ParameterDefinition.parseSize("-1"));
		assertThrows(IllegalArgumentException.class, () -> ParameterDefinition.parseSize("9999999999999999G"));
		assertEquals("32M", ParameterDefinition.formatSize(32L << 20));
		assertEquals("1000", ParameterDefinition.formatSize(1000));
	}

	@Test
	void versionsCompareNumerically() {
		assertTrue(PackageVersion.parse("12.1.5").compareTo(PackageVersion.parse("12.0.16")) > 0);
		assertTrue(PackageVersion.parse("9.10").compareTo(PackageVersion.parse("9.9")) > 0);
		assertEquals(0, PackageVersion.parse("1.2").compareTo(PackageVersion.parse("1.2.0")));
		assertTrue(PackageVersion.parse("2.0-rc1").compareTo(PackageVersion.parse("2.0")) < 0);
		assertTrue(PackageVersion.parse("2.0-rc2").compareTo(PackageVersion.parse("2.0-rc1")) > 0);
		assertFalse(PackageVersion.parse("1.2").equals(PackageVersion.parse("1.2.0")));
		for (String bad : new String[] { "", "1.", ".1", "01", "1..2", "1-", "v1", "1.2.3.4.5.6.7", "1/2" }) {
			assertThrows(IllegalArgumentException.class, () -> PackageVersion.parse(bad), bad);
		}
	}
}
