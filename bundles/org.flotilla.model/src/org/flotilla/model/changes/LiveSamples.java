package org.flotilla.model.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.Node;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.PoolFactory;

/**
 * Metric samples as a copy of the pool receives them: one line per sample, naming the {@link MetricWindow} it joins
 * by the window's ID. Samples are the bulk of what changes in a live pool (one per node and per running task every
 * report interval: 10,000 a second at 10,000 agents), so they travel apart from the {@link ChangeOp} stream: they get
 * no IDs of their own, are not recorded operation by operation, and a sample line is 70 to 100 characters where its
 * description as operations was about 370. A window drops its oldest samples itself ({@link MetricWindow#add}), so a
 * copy that adds the same samples keeps the same window without being told about removals.
 *
 * <p>Values are exact, so a copy's windows equal the service's (and its charts and alerts see the same numbers).
 *
 * <p>Text: {@code windowId \t time \t cpu \t memory \t diskRate \t networkRate [\t nodeUptime]}, one line each.
 * Window IDs are the resource's UUIDs, which never hold a tab or a line break.
 */
public final class LiveSamples {

	/**
	 * One sample for the window with ID {@code windowId}. A node's report is its sample, its heartbeat (the time of its
	 * newest sample: {@code LiveUpdates} sets both from the time the report was received) and its uptime: a copy takes
	 * a node's heartbeat from its samples' times, and the node's last sample of a batch carries its uptime
	 * ({@code nodeUptime}; -1 on other lines and on other windows, a task's usage say), so neither travels as an
	 * operation of its own.
	 */
	public record Sample(String windowId, long time, double cpu, double memory, double diskRate, double networkRate,
			long nodeUptime) {

		/** The sample {@code sample} of the window named {@code windowId}, with no node uptime. */
		public static Sample of(String windowId, MetricSample sample) {
			return of(windowId, sample, -1);
		}

		/** As {@link #of(String, MetricSample)}, carrying its node's uptime. */
		public static Sample of(String windowId, MetricSample sample, long nodeUptime) {
			return new Sample(windowId, sample.getTime(), sample.getCpu(), sample.getMemory(), sample.getDiskRate(),
					sample.getNetworkRate(), nodeUptime);
		}

		Sample withNodeUptime(long uptime) {
			return new Sample(windowId, time, cpu, memory, diskRate, networkRate, uptime);
		}

		MetricSample toModel() {
			MetricSample sample = PoolFactory.eINSTANCE.createMetricSample();
			sample.setTime(time);
			sample.setCpu(cpu);
			sample.setMemory(memory);
			sample.setDiskRate(diskRate);
			sample.setNetworkRate(networkRate);
			return sample;
		}
	}

	/** Lines longer than this are refused when decoding (an ID and five numbers fit easily). */
	static final int MAXIMUM_LINE = 512;

	private LiveSamples() {
	}

	/** The samples as text, one line each. */
	public static String encode(List<Sample> samples) {
		StringBuilder out = new StringBuilder(samples.size() * 72);
		for (Sample sample : samples) {
			encode(sample, out);
		}
		return out.toString();
	}

	/** Appends one sample's line. */
	public static void encode(Sample sample, StringBuilder out) {
		out.append(sample.windowId()).append('\t').append(sample.time());
		number(out.append('\t'), sample.cpu());
		number(out.append('\t'), sample.memory());
		number(out.append('\t'), sample.diskRate());
		number(out.append('\t'), sample.networkRate());
		if (sample.nodeUptime() >= 0) {
			out.append('\t').append(sample.nodeUptime());
		}
		out.append('\n');
	}

	/** Exactly (a copy's window equals the service's), in as few characters as that takes: whole numbers without ".0". */
	private static void number(StringBuilder out, double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			out.append((long) value);
		} else {
			out.append(value); // the shortest text that reads back as the same double
		}
	}

	/**
	 * Reads samples written by {@link #encode}.
	 *
	 * @throws ChangeException naming the line that is not a sample
	 */
	public static List<Sample> decode(String text) throws ChangeException {
		List<Sample> samples = new ArrayList<>();
		int line = 0;
		int start = 0;
		while (start < text.length()) {
			line++;
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			if (end - start > MAXIMUM_LINE) {
				throw new ChangeException("sample line " + line + " is longer than " + MAXIMUM_LINE + " characters");
			}
			String[] f = text.substring(start, end).split("\t", -1);
			if (f.length < 6 || f.length > 7 || f[0].isEmpty()) {
				throw new ChangeException("sample line " + line + " has " + f.length + " fields, not 6 or 7");
			}
			try {
				long uptime = f.length == 7 ? Long.parseLong(f[6]) : -1;
				if (f.length == 7 && uptime < 0) {
					throw new NumberFormatException("a negative uptime");
				}
				samples.add(new Sample(f[0], Long.parseLong(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
						Double.parseDouble(f[4]), Double.parseDouble(f[5]), uptime));
			} catch (NumberFormatException e) {
				throw new ChangeException("sample line " + line + " has a value that is not a number: " + e.getMessage());
			}
			start = end + 1;
		}
		return samples;
	}

	/**
	 * Adds each sample to its window in the model of {@code ids} (the resource's ID lookup); a node's sample also
	 * brings its heartbeat (the sample's time, when later) and uptime.
	 *
	 * @return how many samples named a window the model does not have (removed since, say): they are skipped
	 */
	public static int apply(List<Sample> samples, Function<String, EObject> ids) {
		int unknown = 0;
		for (Sample sample : samples) {
			if (ids.apply(sample.windowId()) instanceof MetricWindow window) {
				window.add(sample.toModel());
				if (window.eContainmentFeature() == PoolPackage.Literals.NODE__METRICS && window.eContainer() instanceof Node node) {
					if (sample.time() > node.getLastHeartbeat()) {
						node.setLastHeartbeat(sample.time());
					}
					if (sample.nodeUptime() >= 0 && sample.nodeUptime() != node.getUptimeSeconds()) {
						node.setUptimeSeconds(sample.nodeUptime());
					}
				}
			} else {
				unknown++;
			}
		}
		return unknown;
	}

	/**
	 * The newest sample of every window under {@code root}: what a console receiving the pool starts from (its charts
	 * then fill as samples come, and older history comes from the agents on request). Windows without an ID (not in
	 * the resource) are skipped.
	 */
	public static List<Sample> latest(EObject root, Function<EObject, Object> ids) {
		List<Sample> out = new ArrayList<>();
		TreeIterator<EObject> all = root.eAllContents();
		while (all.hasNext()) {
			EObject object = all.next();
			if (object instanceof MetricWindow window) {
				all.prune();
				Object id = ids.apply(window);
				if (id != null && !window.getSamples().isEmpty()) {
					out.add(Sample.of(id.toString(), window.getSamples().get(window.getSamples().size() - 1),
							window.eContainer() instanceof Node node ? node.getUptimeSeconds() : -1));
				}
			} else if (object instanceof MetricSample) {
				all.prune();
			}
		}
		return out;
	}

	/**
	 * Splits sample text into pieces of at most {@code maximumCharacters}, each whole lines (a line is far shorter).
	 */
	public static List<String> split(String text, int maximumCharacters) {
		List<String> pieces = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			int end = Math.min(text.length(), start + maximumCharacters);
			if (end < text.length()) {
				int lastBreak = text.lastIndexOf('\n', end - 1);
				end = lastBreak >= start ? lastBreak + 1 : end;
			}
			pieces.add(text.substring(start, end));
			start = end;
		}
		return pieces;
	}
}
