package org.flotilla.console.core.tasks;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;

import org.flotilla.protocol.Message;

/**
 * The control service's requests to agents, at most {@code limit} unanswered at once: a thousand tasks
 * submitted together are sent as answers come back, not all at once. Queued requests can be withdrawn
 * (a job cancelled while it waits); a request unanswered for {@code timeoutMillis} fails and frees its place.
 * Model thread only: answers are handed back to it before anything here looks at them.
 */
final class AgentRequests {

	/** One request: queued, then sent, then answered (or failed, withdrawn, timed out). */
	final class Request {
		final String node;
		final String operation;
		final Map<String, String> arguments;
		/** Completes on the model thread with the agent's answer, or fails. */
		final CompletableFuture<Message.Response> result = new CompletableFuture<>();
		private final Runnable onSend;
		private long sentAt = -1;
		private boolean done;

		private Request(String node, String operation, Map<String, String> arguments, Runnable onSend) {
			this.node = node;
			this.operation = operation;
			this.arguments = Map.copyOf(arguments);
			this.onSend = onSend;
		}

		boolean sent() {
			return sentAt >= 0;
		}
	}

	private final TaskControl.Agents agents;
	private final Executor modelThread;
	private final int limit;
	private final long timeoutMillis;
	private final java.util.function.LongSupplier clock;
	private final ArrayDeque<Request> queue = new ArrayDeque<>();
	private final List<Request> inFlight = new ArrayList<>();
	private int mostInFlight;

	AgentRequests(TaskControl.Agents agents, Executor modelThread, int limit, long timeoutMillis,
			java.util.function.LongSupplier clock) {
		this.agents = agents;
		this.modelThread = modelThread;
		this.limit = Math.max(1, limit);
		this.timeoutMillis = timeoutMillis;
		this.clock = clock;
	}

	/** Queues a request; {@code onSend} runs (model thread) when it goes out. */
	Request submit(String node, String operation, Map<String, String> arguments, Runnable onSend) {
		Request request = new Request(node, operation, arguments, onSend);
		queue.addLast(request);
		pump();
		return request;
	}

	/** Takes back a request that was not sent yet (it fails with a cancellation); false when it was. */
	boolean withdraw(Request request) {
		if (request.sent() || !queue.remove(request)) {
			return false;
		}
		request.done = true;
		request.result.completeExceptionally(new CancellationException("withdrawn before it was sent"));
		return true;
	}

	/** Fails the requests sent more than the timeout before {@code now}; their places go to queued ones. */
	void expire(long now) {
		for (Request request : List.copyOf(inFlight)) {
			if (now - request.sentAt > timeoutMillis) {
				finish(request, null, new TimeoutException(request.node + " did not answer " + request.operation + " within "
						+ timeoutMillis / 1000 + " s"));
			}
		}
	}

	/**
	 * Drops every request, queued or sent (the pool was replaced, or the service closes): none of their results
	 * ever completes, so nothing that waited on them touches a pool that is gone. Late answers are ignored.
	 */
	void abandon() {
		for (Request request : queue) {
			request.done = true;
		}
		for (Request request : inFlight) {
			request.done = true;
		}
		queue.clear();
		inFlight.clear();
	}

	int inFlight() {
		return inFlight.size();
	}

	int queued() {
		return queue.size();
	}

	/** The most requests that were unanswered at once (for tests and status). */
	int mostInFlight() {
		return mostInFlight;
	}

	private void pump() {
		while (inFlight.size() < limit && !queue.isEmpty()) {
			Request request = queue.pollFirst();
			request.sentAt = clock.getAsLong();
			inFlight.add(request);
			mostInFlight = Math.max(mostInFlight, inFlight.size());
			if (request.onSend != null) {
				request.onSend.run();
			}
			CompletableFuture<Message.Response> answer;
			try {
				answer = agents.request(request.node, request.operation, request.arguments);
			} catch (RuntimeException e) {
				answer = CompletableFuture.failedFuture(e);
			}
			if (answer == null) {
				answer = CompletableFuture.failedFuture(new IOException(request.node + ": no connection to its agent"));
			}
			answer.whenCompleteAsync((response, failure) -> finish(request, response, failure), modelThread);
		}
	}

	private void finish(Request request, Message.Response response, Throwable failure) {
		if (request.done) {
			return; // timed out or abandoned before the answer came
		}
		request.done = true;
		inFlight.remove(request);
		if (failure != null) {
			request.result.completeExceptionally(failure);
		} else {
			request.result.complete(response);
		}
		pump();
	}
}
