package org.flotilla.console.ui.internal;

import java.util.List;

import org.flotilla.model.Pool;

/** A folder of pool-level things in the explorer: unplaced tasks, profiles, the package repository, jobs. */
public record PoolFolder(Pool pool, Kind kind) {

	public enum Kind {
		UNPLACED_TASKS, PROFILES, PACKAGES, JOBS
	}

	public String title() {
		return switch (kind) {
		case UNPLACED_TASKS -> "Unplaced tasks";
		case PROFILES -> "Profiles";
		case PACKAGES -> "Packages";
		case JOBS -> "Jobs";
		};
	}

	public List<?> children() {
		return switch (kind) {
		case UNPLACED_TASKS -> pool.getTasks().stream().filter(t -> t.getNode() == null).toList();
		case PROFILES -> List.copyOf(pool.getProfiles());
		case PACKAGES -> List.copyOf(pool.getPackages());
		case JOBS -> List.copyOf(pool.getJobs());
		};
	}
}
