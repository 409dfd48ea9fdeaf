package org.flotilla.service.store.internal;

import java.util.Arrays;

/**
 * The size on disk of each journal record after the newest snapshot, by revision, so that the journal can say how
 * many bytes a restart would replay even when a snapshot is taken at an older revision than the last one.
 */
public final class RecordSizes {

	private long firstRevision;
	private int[] sizes = new int[64];
	private int count;
	private long total;

	/** Starts empty; the next record added is {@code firstRevision}. */
	public RecordSizes(long firstRevision) {
		this.firstRevision = firstRevision;
	}

	/** Adds the next revision's record. */
	public void add(int bytes) {
		if (count == sizes.length) {
			sizes = Arrays.copyOf(sizes, count * 2);
		}
		sizes[count++] = bytes;
		total += bytes;
	}

	/** Forgets the records up to and including {@code revision}. */
	public void dropThrough(long revision) {
		long drop = Math.min(count, Math.max(0, revision - firstRevision + 1));
		int k = (int) drop;
		for (int i = 0; i < k; i++) {
			total -= sizes[i];
		}
		System.arraycopy(sizes, k, sizes, 0, count - k);
		count -= k;
		firstRevision = Math.max(firstRevision, revision + 1);
		if (sizes.length > 64 && count < sizes.length / 4) {
			sizes = Arrays.copyOf(sizes, Math.max(64, count * 2));
		}
	}

	public long total() {
		return total;
	}
}
