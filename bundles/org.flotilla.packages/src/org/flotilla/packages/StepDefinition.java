package org.flotilla.packages;

import java.time.Duration;
import java.util.Objects;

/**
 * One lifecycle step of a package: a POSIX sh script in the archive ({@code command}, a path under {@code steps/},
 * always run as {@code /bin/sh FILE} because zip keeps no modes) or, for {@link Step#HEALTH} only, an HTTP URL
 * ({@code httpUrl}, a template over the parameters such as {@code http://127.0.0.1:${port}/}) that must answer 2xx or
 * 3xx. The step is killed (its whole process tree) when it runs longer than {@code timeout}; a health check is
 * retried until it passes or its timeout ends.
 */
public record StepDefinition(Step step, String command, String httpUrl, Duration timeout) {

	/** When the manifest says no timeout. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(1);
	/** The longest a step may be given. */
	public static final Duration MAXIMUM_TIMEOUT = Duration.ofMinutes(30);

	public StepDefinition {
		Objects.requireNonNull(step, "step");
		Objects.requireNonNull(timeout, "timeout");
		if ((command == null) == (httpUrl == null)) {
			throw new IllegalArgumentException("a step is either a command or (health only) an HTTP check");
		}
		if (httpUrl != null && step != Step.HEALTH) {
			throw new IllegalArgumentException("only the health step may be an HTTP check");
		}
	}

	/** Whether this is an HTTP health check rather than a script. */
	public boolean isHttp() {
		return httpUrl != null;
	}
}
