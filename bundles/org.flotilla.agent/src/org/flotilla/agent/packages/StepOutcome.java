package org.flotilla.agent.packages;

/**
 * One step of a provisioning transaction, as run: which (e.g. {@code install}, {@code stop 12.0.16},
 * {@code health}), how it ended ({@code ok}, {@code failed: exit code 3}, {@code timed out}) and how long it took.
 */
public record StepOutcome(String step, String outcome, long millis) {

	/** {@code step<TAB>outcome<TAB>millis}, as in the apply's {@code steps} value. */
	public String line() {
		return step + "\t" + outcome.replace('\t', ' ').replace('\n', ' ') + "\t" + millis;
	}
}
