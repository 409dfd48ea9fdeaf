package org.flotilla.packages.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.flotilla.packages.PackageFormatException;
import org.flotilla.packages.PackageManifest;
import org.flotilla.packages.ParameterValues;
import org.flotilla.packages.Templates;
import org.junit.jupiter.api.Test;

class TemplatesTest {

	private static ParameterValues values() throws Exception {
		PackageManifest m = ManifestTest.parse(TestArchives.manifest("demo", "1.0"));
		return m.resolve(Map.of("port", "8081"));
	}

	@Test
	void rendersParametersAndEscapes() throws Exception {
		assertEquals("port=8081\nheap=256M\nliteral=${port}\ncost=$5 $x $\n",
				Templates.render("t", "port=${port}\nheap=${heap}\nliteral=$${port}\ncost=$5 $x $\n", values()));
		assertEquals("", Templates.render("t", "", values()));
		assertEquals("${", Templates.render("t", "$${", values()));
		assertEquals("${port} stays", Templates.render("t", "$${port} stays", values()), "$${ is an escape, even before a name");
	}

	@Test
	void unknownNameNamesTemplateLineAndColumn() throws Exception {
		PackageFormatException e = assertThrows(PackageFormatException.class,
				() -> Templates.render("templates/server.ini", "a=1\n  port=${port}\n  host=${hostname}\n", values()));
		assertEquals("templates/server.ini", e.source());
		assertEquals("line 3, column 8", e.key());
		assertTrue(e.getMessage().contains("no parameter 'hostname'"), e.getMessage());
	}

	@Test
	void unclosedReferenceIsAnError() throws Exception {
		PackageFormatException e = assertThrows(PackageFormatException.class,
				() -> Templates.render("t.ini", "x\ny=${port\n}", values()));
		assertEquals("line 2, column 3", e.key());
	}
}
