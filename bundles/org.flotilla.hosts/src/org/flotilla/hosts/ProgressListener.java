package org.flotilla.hosts;

/**
 * Progress of the work on hosts, step by step (steps are short phrases such as "check", "upload", "configure").
 * Called from worker threads: a UI must hand the calls over to its own thread. Every method does nothing by default.
 */
public interface ProgressListener {

	/** Does nothing. */
	ProgressListener NONE = new ProgressListener() {
	};

	default void stepStarted(HostAccess host, String step) {
	}

	default void stepFinished(HostAccess host, String step, String detail) {
	}

	default void stepFailed(HostAccess host, String step, String error) {
	}
}
