package org.flotilla.console.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.flotilla.console.core.AgentHistory;
import org.flotilla.protocol.HistorySeries;
import org.flotilla.protocol.Message;
import org.junit.jupiter.api.Test;

/** Unit level: the agents are stood in for by a requester; the real path is in the integration test. */
class AgentHistoryTest {

	private static HistorySeries series(long[] times, double cpu) {
		int n = times.length;
		double[] c = new double[n];
		java.util.Arrays.fill(c, cpu);
		return new HistorySeries("SECOND", 1000, times, c, c, c, c, c, c);
	}

	@Test
	void everyNodeAnswersOrSaysWhyNot() throws Exception {
		Map<String, Map<String, String>> asked = new HashMap<>();
		AgentHistory history = new AgentHistory((node, operation, arguments) -> {
			asked.put(node, arguments);
			return switch (node) {
			case "good" -> CompletableFuture.completedFuture(Message.Response.ok(1, series(new long[] { 1000, 2000 }, 0.5).toValues()));
			case "refusing" -> CompletableFuture.completedFuture(Message.Response.failed(1, Message.Response.Status.REFUSED, "no"));
			case "garbled" -> CompletableFuture.completedFuture(Message.Response.ok(1, Map.of("count", "x")));
			default -> CompletableFuture.failedFuture(new IOException(node + " is not connected"));
			};
		});
		Instant now = Instant.ofEpochMilli(10_000_000);
		AgentHistory.Fetched fetched = history.fetch(List.of("good", "refusing", "garbled", "down"), AgentHistory.Range.LAST_HOUR, now)
				.get(5, TimeUnit.SECONDS);

		assertEquals(List.of("good"), List.copyOf(fetched.histories().keySet()));
		assertEquals("REFUSED: no", fetched.failures().get("refusing"));
		assertTrue(fetched.failures().get("garbled").contains("'count' is not a number"), fetched.failures().toString());
		assertEquals("down is not connected", fetched.failures().get("down"));
		assertEquals(Long.toString(10_000_000 - 3_600_000), asked.get("good").get("from"));
		assertEquals("10000000", asked.get("good").get("to"));
	}

	@Test
	void aTasksHistoryIsAskedOfItsNodeWithTheTaskArgument() throws Exception {
		Map<String, String> asked = new HashMap<>();
		AgentHistory history = new AgentHistory((node, operation, arguments) -> {
			asked.putAll(arguments);
			asked.put("node", node);
			asked.put("operation", operation);
			return "node-1".equals(node)
					? CompletableFuture.completedFuture(Message.Response.ok(1, series(new long[] { 1000, 2000 }, 1.5).toValues()))
					: CompletableFuture.completedFuture(Message.Response.failed(1, Message.Response.Status.REFUSED,
							"unknown task 'web-1'"));
		});
		Instant now = Instant.ofEpochMilli(10_000_000);
		HistorySeries series = history.fetchTask("node-1", "web-1", AgentHistory.Range.LAST_DAY, now).get(5, TimeUnit.SECONDS);
		assertArrayEquals(new double[] { 1.5, 1.5 }, series.cpu(), 1e-9);
		assertEquals("history", asked.get("operation"));
		assertEquals("web-1", asked.get("task"));
		assertEquals(Long.toString(10_000_000 - 86_400_000), asked.get("from"));

		java.util.concurrent.ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(
				java.util.concurrent.ExecutionException.class,
				() -> history.fetchTask("node-2", "web-1", AgentHistory.Range.LAST_HOUR, now).get(5, TimeUnit.SECONDS));
		assertEquals("history of task 'web-1' from node-2: REFUSED: unknown task 'web-1'", failed.getCause().getMessage());
	}

	@Test
	void thePoolMeanCountsOnlyTheNodesThatHaveEachBucket() {
		HistorySeries a = series(new long[] { 1000, 2000, 3000 }, 0.2);
		HistorySeries b = series(new long[] { 2000, 3000 }, 0.6); // was down for the first second
		HistorySeries mean = AgentHistory.poolMean(List.of(a, b));
		assertArrayEquals(new long[] { 1000, 2000, 3000 }, mean.times());
		assertArrayEquals(new double[] { 0.2, 0.4, 0.4 }, mean.cpu(), 1e-9);
	}

	@Test
	void anAnswerInPagesIsFollowedToItsEndAtTheResolutionOfTheFirstPage() throws Exception {
		List<Map<String, String>> asked = new java.util.ArrayList<>();
		AgentHistory history = new AgentHistory((node, operation, arguments) -> {
			asked.add(arguments);
			long from = Long.parseLong(arguments.get("from"));
			// An agent with points every second from 1,000,000 on, answering at most three per page.
			long first = Math.max(from, 1_000_000);
			long[] times = { first, first + 1000, first + 2000 };
			Map<String, String> values = new HashMap<>(series(times, 0.5).toValues());
			if (first + 3000 < 1_009_000) {
				values.put(HistorySeries.NEXT, Long.toString(first + 3000));
			}
			return CompletableFuture.completedFuture(Message.Response.ok(1, values));
		});
		AgentHistory.Fetched fetched = history.fetch(List.of("paged"), AgentHistory.Range.LAST_HOUR,
				Instant.ofEpochMilli(1_009_000)).get(5, TimeUnit.SECONDS);
		assertEquals(Map.of(), fetched.failures());
		HistorySeries all = fetched.histories().get("paged");
		assertEquals(9, all.size(), "three pages of three");
		assertEquals(1_008_000, all.times()[8]);
		assertEquals(3, asked.size());
		assertEquals(null, asked.get(0).get("resolution"), "the agent chooses for the first page");
		assertEquals("SECOND", asked.get(1).get("resolution"), "the next pages keep that resolution");
		assertEquals("1003000", asked.get(1).get("from"));
	}

	@Test
	void anAgentThatNeverStopsPagingIsAskedSixteenPagesAtMost() throws Exception {
		java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
		AgentHistory history = new AgentHistory((node, operation, arguments) -> {
			asked.incrementAndGet();
			long from = Long.parseLong(arguments.get("from"));
			Map<String, String> values = new HashMap<>(series(new long[] { from }, 0.5).toValues());
			values.put(HistorySeries.NEXT, Long.toString(from + 1000)); // always "more follow"
			return CompletableFuture.completedFuture(Message.Response.ok(1, values));
		});
		AgentHistory.Fetched fetched = history.fetch(List.of("endless"), AgentHistory.Range.LAST_HOUR,
				Instant.ofEpochMilli(1_009_000)).get(5, TimeUnit.SECONDS);
		assertEquals(Map.of(), fetched.failures());
		assertEquals(16, asked.get(), "pages asked");
		assertEquals(16, fetched.histories().get("endless").size());
	}
}
