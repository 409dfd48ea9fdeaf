package org.flotilla.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flotilla.protocol.tasks.TaskSpec;
import org.flotilla.protocol.tasks.TaskSpec.Isolation;
import org.flotilla.protocol.tasks.TaskSpec.RestartPolicy;
import org.flotilla.protocol.tasks.TaskSpec.TaskKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code run-task} may carry: environment variable names are what a POSIX shell accepts, nothing else. */
class TaskSpecTest {

	private static TaskSpec withVariable(String name) {
		return new TaskSpec("web-1", 1, TaskKind.SERVICE, "/bin/sleep", List.of("1"), Map.of(name, "x"), false,
				RestartPolicy.NEVER, 0, 0, 0, Isolation.KEEP, 0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "PATH", "_", "_private", "a1", "JAVA_HOME", "x_Y_9" })
	void shellNamesAreAccepted(String name) {
		TaskSpec spec = withVariable(name);
		Map<String, String> arguments = spec.toArguments(null);
		assertEquals("x", arguments.get("env." + name));
		assertEquals(spec, TaskSpec.fromArguments(arguments), "the wire form reads back the same");
	}

	@ParameterizedTest
	@ValueSource(strings = { "BASH_FUNC_ls%%", "1ABC", "A-B", "A B", "A.B", "", "A=B", "Ä", "A\u0000" })
	void otherNamesAreRefusedSayingWhich(String name) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> withVariable(name));
		assertEquals("task 'web-1': the environment variable name '" + org.flotilla.protocol.LogText.of(name, 64)
				+ "' is not [A-Za-z_][A-Za-z0-9_]* (letters, digits and _, not first a digit)", e.getMessage());
	}

	@org.junit.jupiter.api.Test
	void aBashFunctionFromTheWireIsRefused() {
		Map<String, String> arguments = new LinkedHashMap<>(withVariable("OK").toArguments(null));
		arguments.put("env.BASH_FUNC_echo%%", "() { rm -rf /; }");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TaskSpec.fromArguments(arguments));
		assertEquals("task 'web-1': the environment variable name 'BASH_FUNC_echo%%' is not [A-Za-z_][A-Za-z0-9_]* "
				+ "(letters, digits and _, not first a digit)", e.getMessage());
	}
}
