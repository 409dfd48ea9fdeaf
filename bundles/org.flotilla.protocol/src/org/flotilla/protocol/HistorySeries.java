package org.flotilla.protocol;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A node's metrics history over a time range, as the agent answers the {@code history} request:
 * one point per bucket of {@code bucketMillis}, in time order. Fractions (CPU, memory) are 0..1 of
 * the host; rates are bytes per second. The {@code *Max} series hold the highest 1-second value in
 * each bucket, so a short peak stays visible at coarse resolutions.
 *
 * <p>On the wire it travels in a {@link Message.Response}'s values (see {@code docs/protocol.md}):
 * {@code resolution}, {@code bucketMillis}, {@code count}, and one comma-separated list per series
 * ({@code time}, {@code cpu}, {@code cpu.max}, {@code memory}, {@code memory.max}, {@code disk},
 * {@code network}). That keeps protocol version 1 unchanged; a year of 15-minute points is well
 * under the 1 MiB frame limit. An agent answers at most a page of points; when more follow, the
 * values also hold {@value #NEXT}: the {@code from} to ask for the next page (see {@link #nextPage}).
 */
public record HistorySeries(String resolution, long bucketMillis, long[] times, double[] cpu, double[] cpuMax,
		double[] memory, double[] memoryMax, double[] disk, double[] network) {

	public HistorySeries {
		Objects.requireNonNull(resolution, "resolution");
		int n = times.length;
		for (double[] series : new double[][] { cpu, cpuMax, memory, memoryMax, disk, network }) {
			if (series.length != n) {
				throw new IllegalArgumentException("every series needs " + n + " points, one has " + series.length);
			}
		}
	}

	/** The response value that says where the next page of a history answer starts. */
	public static final String NEXT = "next";

	/**
	 * Where the next page of a history answer starts (epoch milliseconds), or empty when the answer was
	 * the last page.
	 */
	public static java.util.OptionalLong nextPage(Map<String, String> values) throws ProtocolException {
		String next = values.get(NEXT);
		if (next == null) {
			return java.util.OptionalLong.empty();
		}
		try {
			return java.util.OptionalLong.of(Long.parseLong(next));
		} catch (NumberFormatException e) {
			throw new ProtocolException("history: 'next' is not a number: " + LogText.of(next, LogText.NAME));
		}
	}

	/** This history followed by {@code later} (the next page of the same resolution). */
	public HistorySeries followedBy(HistorySeries later) {
		return new HistorySeries(resolution, bucketMillis, concat(times, later.times), concat(cpu, later.cpu),
				concat(cpuMax, later.cpuMax), concat(memory, later.memory), concat(memoryMax, later.memoryMax),
				concat(disk, later.disk), concat(network, later.network));
	}

	private static long[] concat(long[] a, long[] b) {
		long[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	private static double[] concat(double[] a, double[] b) {
		double[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	/** How many points. */
	public int size() {
		return times.length;
	}

	/** The response values that carry this history. */
	public Map<String, String> toValues() {
		Map<String, String> values = new HashMap<>();
		values.put("resolution", resolution);
		values.put("bucketMillis", Long.toString(bucketMillis));
		values.put("count", Integer.toString(times.length));
		StringBuilder time = new StringBuilder(times.length * 14);
		for (int i = 0; i < times.length; i++) {
			if (i > 0) {
				time.append(',');
			}
			time.append(times[i]);
		}
		values.put("time", time.toString());
		values.put("cpu", join(cpu));
		values.put("cpu.max", join(cpuMax));
		values.put("memory", join(memory));
		values.put("memory.max", join(memoryMax));
		values.put("disk", join(disk));
		values.put("network", join(network));
		return values;
	}

	/**
	 * Reads a history from response values; a malformed answer is a {@link ProtocolException} that
	 * names the field, never a half-read history.
	 */
	public static HistorySeries fromValues(Map<String, String> values) throws ProtocolException {
		int count = (int) number(values, "count");
		if (count < 0) {
			throw new ProtocolException("history: negative count " + count);
		}
		long[] times = new long[count];
		String[] timeFields = fields(values, "time", count);
		for (int i = 0; i < count; i++) {
			try {
				times[i] = Long.parseLong(timeFields[i]);
			} catch (NumberFormatException e) {
				throw new ProtocolException("history: time #" + (i + 1) + " is not a number: '" + timeFields[i] + "'");
			}
		}
		String resolution = values.get("resolution");
		if (resolution == null || resolution.isBlank()) {
			throw new ProtocolException("history: no resolution");
		}
		return new HistorySeries(resolution, number(values, "bucketMillis"), times, doubles(values, "cpu", count),
				doubles(values, "cpu.max", count), doubles(values, "memory", count), doubles(values, "memory.max", count),
				doubles(values, "disk", count), doubles(values, "network", count));
	}

	private static String join(double[] series) {
		StringBuilder text = new StringBuilder(series.length * 10);
		for (int i = 0; i < series.length; i++) {
			if (i > 0) {
				text.append(',');
			}
			// float precision (7 digits) is plenty for a chart and halves the answer's size.
			text.append((float) series[i]);
		}
		return text.toString();
	}

	private static long number(Map<String, String> values, String key) throws ProtocolException {
		String text = values.get(key);
		try {
			return Long.parseLong(Objects.requireNonNull(text));
		} catch (NumberFormatException | NullPointerException e) {
			throw new ProtocolException("history: '" + key + "' is not a number: " + text);
		}
	}

	private static String[] fields(Map<String, String> values, String key, int count) throws ProtocolException {
		String text = values.get(key);
		if (text == null) {
			throw new ProtocolException("history: no '" + key + "' series");
		}
		String[] fields = count == 0 ? new String[0] : text.split(",", -1);
		if (fields.length != count) {
			throw new ProtocolException("history: '" + key + "' has " + fields.length + " points, count says " + count);
		}
		return fields;
	}

	private static double[] doubles(Map<String, String> values, String key, int count) throws ProtocolException {
		String[] fields = fields(values, key, count);
		double[] result = new double[count];
		for (int i = 0; i < count; i++) {
			try {
				result[i] = Double.parseDouble(fields[i]);
			} catch (NumberFormatException e) {
				throw new ProtocolException("history: " + key + " #" + (i + 1) + " is not a number: '" + fields[i] + "'");
			}
		}
		return result;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof HistorySeries h && resolution.equals(h.resolution) && bucketMillis == h.bucketMillis
				&& Arrays.equals(times, h.times) && Arrays.equals(cpu, h.cpu) && Arrays.equals(cpuMax, h.cpuMax)
				&& Arrays.equals(memory, h.memory) && Arrays.equals(memoryMax, h.memoryMax) && Arrays.equals(disk, h.disk)
				&& Arrays.equals(network, h.network);
	}

	@Override
	public int hashCode() {
		return Objects.hash(resolution, bucketMillis, Arrays.hashCode(times), Arrays.hashCode(cpu));
	}

	@Override
	public String toString() {
		return "HistorySeries[" + resolution + ", " + times.length + " points]";
	}
}
