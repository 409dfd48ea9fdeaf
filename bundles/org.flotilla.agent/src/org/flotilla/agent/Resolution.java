package org.flotilla.agent;

import java.time.Duration;

/** The resolutions of the metrics history, finest first, with how long each is kept. */
public enum Resolution {
	SECOND(Duration.ofSeconds(1), Duration.ofHours(1)),
	MINUTE(Duration.ofMinutes(1), Duration.ofDays(1)),
	QUARTER_HOUR(Duration.ofMinutes(15), Duration.ofDays(30));

	private final Duration bucket;
	private final Duration retention;

	Resolution(Duration bucket, Duration retention) {
		this.bucket = bucket;
		this.retention = retention;
	}

	/** The width of one bucket. */
	public Duration bucket() {
		return bucket;
	}

	/** How far back this resolution reaches. */
	public Duration retention() {
		return retention;
	}

	/** Buckets kept: retention / bucket. */
	public int slots() {
		return (int) (retention.toMillis() / bucket.toMillis());
	}
}
