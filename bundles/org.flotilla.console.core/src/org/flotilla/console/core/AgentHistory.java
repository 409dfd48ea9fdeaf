package org.flotilla.console.core;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.flotilla.protocol.HistorySeries;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.ProtocolException;

/**
 * Fetches metrics history from the agents (DESIGN.md: "long history stays on the agents"): one
 * {@code history} request per node, all in flight at once, each answer checked; an agent answers a
 * page at a time (at most about a thousand points), and the next pages of a node are asked for one
 * after the other (at most {@value #MAXIMUM_PAGES}). A node that is not connected or answers badly
 * is reported by name with the reason; the others still count.
 */
public final class AgentHistory {

	/** How the console reaches an agent; {@link ConnectionService#request} in the product. */
	@FunctionalInterface
	public interface Requester {
		CompletableFuture<Message.Response> request(String nodeName, String operation, Map<String, String> arguments);
	}

	/** The ranges offered to users, each answered by the agents at the resolution that covers it. */
	public enum Range {
		LAST_HOUR("Last hour", Duration.ofHours(1)),
		LAST_DAY("Last day", Duration.ofDays(1)),
		LAST_30_DAYS("Last 30 days", Duration.ofDays(30));

		private final String label;
		private final Duration length;

		Range(String label, Duration length) {
			this.label = label;
			this.length = length;
		}

		public String label() {
			return label;
		}

		public Duration length() {
			return length;
		}
	}

	/** What came back: the histories by node name, and why the others did not come. */
	public record Fetched(Map<String, HistorySeries> histories, Map<String, String> failures) {
		public Fetched {
			histories = Map.copyOf(histories);
			failures = Map.copyOf(failures);
		}
	}

	/** Pages asked of one node for one range: the longest range holds under three thousand points. */
	static final int MAXIMUM_PAGES = 16;

	private final Requester requester;

	public AgentHistory(Requester requester) {
		this.requester = requester;
	}

	/** Asks every node for {@code range} up to {@code now}; completes when all answered or failed. */
	public CompletableFuture<Fetched> fetch(Collection<String> nodeNames, Range range, Instant now) {
		Map<String, String> arguments = Map.of("from", Long.toString(now.minus(range.length()).toEpochMilli()), "to",
				Long.toString(now.toEpochMilli()));
		Map<String, HistorySeries> histories = new ConcurrentHashMap<>();
		Map<String, String> failures = new ConcurrentHashMap<>();
		List<CompletableFuture<Void>> all = new ArrayList<>();
		for (String node : nodeNames) {
			all.add(pages(node, arguments, null, 1).handle((history, failure) -> {
				if (failure != null) {
					Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
							? failure.getCause() : failure;
					failures.put(node, cause instanceof IOException || cause instanceof ProtocolException ? cause.getMessage()
							: String.valueOf(cause));
				} else {
					histories.put(node, history);
				}
				return null;
			}));
		}
		return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
				.thenApply(done -> new Fetched(histories, failures));
	}

	/**
	 * One task's usage history from the agent of the node it runs on (its {@code history} operation with the
	 * {@code task} argument, docs/tasks.md): the same series as a node's, in the task's units (cpu in cores,
	 * memory in bytes). Fails, naming the node and why, when it cannot be had.
	 */
	public CompletableFuture<HistorySeries> fetchTask(String nodeName, String taskName, Range range, Instant now) {
		Map<String, String> arguments = Map.of("from", Long.toString(now.minus(range.length()).toEpochMilli()), "to",
				Long.toString(now.toEpochMilli()), "task", taskName);
		return pages(nodeName, arguments, null, 1).handle((history, failure) -> {
			if (failure == null) {
				return history;
			}
			Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
					? failure.getCause() : failure;
			throw new java.util.concurrent.CompletionException(new IOException("history of task '" + taskName + "' from "
					+ nodeName + ": " + (cause.getMessage() != null ? cause.getMessage() : cause), cause));
		});
	}

	/** Asks {@code node} for a page of history and, while the agent says more follow, for the next ones. */
	private CompletableFuture<HistorySeries> pages(String node, Map<String, String> arguments, HistorySeries before,
			int page) {
		CompletableFuture<Message.Response> answer;
		try {
			answer = requester.request(node, "history", arguments);
		} catch (RuntimeException e) {
			answer = CompletableFuture.failedFuture(e);
		}
		return answer.thenCompose(response -> {
			if (response.status() != Message.Response.Status.OK) {
				return CompletableFuture.failedFuture(new ProtocolException(response.status() + ": " + response.detail()));
			}
			HistorySeries received;
			java.util.OptionalLong next;
			try {
				received = HistorySeries.fromValues(response.values());
				next = HistorySeries.nextPage(response.values());
			} catch (ProtocolException e) {
				return CompletableFuture.failedFuture(e);
			}
			HistorySeries history = before == null ? received : before.followedBy(received);
			long from = Long.parseLong(arguments.get("from"));
			if (next.isEmpty() || next.getAsLong() <= from || page >= MAXIMUM_PAGES) {
				return CompletableFuture.completedFuture(history);
			}
			// The same resolution for every page: a later "from" would otherwise pick a finer one.
			Map<String, String> following = new java.util.HashMap<>(arguments);
			following.put("from", Long.toString(next.getAsLong()));
			following.put("resolution", received.resolution());
			return pages(node, Map.copyOf(following), history, page + 1);
		});
	}

	/**
	 * The pool as a whole: for every bucket start that any node reported, the mean of the nodes that
	 * have that bucket (a node that was down for a while does not pull the mean to zero).
	 */
	public static HistorySeries poolMean(Collection<HistorySeries> histories) {
		TreeMap<Long, double[]> sums = new TreeMap<>(); // time -> {count, cpu, cpuMax, memory, memoryMax, disk, network}
		String resolution = "";
		long bucket = 0;
		for (HistorySeries h : histories) {
			resolution = h.resolution();
			bucket = Math.max(bucket, h.bucketMillis());
			for (int i = 0; i < h.size(); i++) {
				double[] sum = sums.computeIfAbsent(h.times()[i], t -> new double[7]);
				sum[0]++;
				sum[1] += h.cpu()[i];
				sum[2] += h.cpuMax()[i];
				sum[3] += h.memory()[i];
				sum[4] += h.memoryMax()[i];
				sum[5] += h.disk()[i];
				sum[6] += h.network()[i];
			}
		}
		int n = sums.size();
		long[] times = new long[n];
		double[][] series = new double[6][n];
		int i = 0;
		for (Map.Entry<Long, double[]> entry : sums.entrySet()) {
			times[i] = entry.getKey();
			double[] sum = entry.getValue();
			for (int s = 0; s < 6; s++) {
				series[s][i] = sum[s + 1] / sum[0];
			}
			i++;
		}
		return new HistorySeries(resolution, bucket, times, series[0], series[1], series[2], series[3], series[4], series[5]);
	}
}
