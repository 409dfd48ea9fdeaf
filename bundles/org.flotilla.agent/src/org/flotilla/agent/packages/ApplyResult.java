package org.flotilla.agent.packages;

import java.util.List;

/**
 * What a committed apply or remove did.
 *
 * @param result      installed, upgraded, downgraded, reconfigured or removed (see PackageOperations)
 * @param fromVersion the version before, "" when there was none
 * @param toVersion   the version now, "" after a remove
 * @param steps       the steps run, in order
 */
public record ApplyResult(String result, String fromVersion, String toVersion, List<StepOutcome> steps) {

	public ApplyResult {
		steps = List.copyOf(steps);
	}

	/** The steps as lines ({@link StepOutcome#line()}). */
	public String stepLines() {
		StringBuilder b = new StringBuilder();
		steps.forEach(s -> b.append(s.line()).append('\n'));
		return b.toString();
	}
}
