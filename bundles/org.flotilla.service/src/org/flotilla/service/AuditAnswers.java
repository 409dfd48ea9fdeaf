package org.flotilla.service;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.flotilla.console.core.remote.ServiceOperations;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.model.changes.ChangeCodec;
import org.flotilla.model.changes.ChangeException;
import org.flotilla.model.changes.ChangeOp;
import org.flotilla.protocol.AuditFile;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.LogText;
import org.flotilla.protocol.Message.Request;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.service.internal.ServiceAudit;

/**
 * The pool service's audit requests ({@link ServiceOperations#AUDIT_READ}, {@link ServiceOperations#AGENT_AUDIT}) and
 * what the audit says of a request: kept out of {@link PoolService}, which only calls them.
 */
final class AuditAnswers {

	/** Requests that change nothing: written within the connection's budget, as refusals are (see ServiceAudit). */
	static final Set<String> READS = Set.of(ServiceOperations.SUBSCRIBE, ServiceOperations.AGENT_READ,
			ServiceOperations.PREVIEW, ServiceOperations.TASK_LOG, ServiceOperations.AUDIT_READ, ServiceOperations.AGENT_AUDIT);
	/** Answer values that say what a request made, and are no secret (the audit never holds a token or a key). */
	private static final List<String> MADE = List.of("job", "jobs", "revision", "cancelled", "moves");
	/** Arguments that name what a request is about (IDs in the pool, or names). */
	private static final List<String> TARGETS = List.of("node", "task", "job", "host");
	/** The most targets one line names. */
	private static final int MAXIMUM_TARGETS = 5;

	private AuditAnswers() {
	}

	/** What an allowed request made, as the audit's detail. */
	static String made(Response response) {
		StringBuilder made = new StringBuilder();
		for (String key : MADE) {
			String value = response.values().get(key);
			if (value != null) {
				made.append(made.isEmpty() ? "" : " ").append(key).append('=').append(value);
			}
		}
		return made.toString();
	}

	/**
	 * What a request is about: the values of its node, task, job and host arguments, the objects an edit changes, the
	 * names of the tasks a submission adds; at most {@value #MAXIMUM_TARGETS}.
	 */
	static List<String> targetIds(Map<String, String> args) {
		Set<String> ids = new LinkedHashSet<>();
		for (String key : TARGETS) {
			String value = args.get(key);
			if (value != null && !value.isBlank()) {
				ids.add(value);
			}
		}
		String nodes = args.get("nodes"); // provision
		if (nodes != null) {
			for (String id : nodes.split(",")) {
				if (!id.isBlank() && ids.size() < MAXIMUM_TARGETS) {
					ids.add(id.strip());
				}
			}
		}
		try {
			if (args.containsKey("ops")) {
				for (ChangeOp op : ChangeCodec.decode(args.get("ops"))) {
					if (!(op instanceof ChangeOp.Create)) {
						ids.add(op.id());
					}
				}
			}
			if (args.containsKey("tasks")) {
				for (ChangeOp op : ChangeCodec.decode(args.get("tasks"))) {
					if (op instanceof ChangeOp.Set set && "name".equals(set.feature()) && !set.values().isEmpty()) {
						ids.add("Task " + set.values().get(0));
					}
				}
			}
		} catch (ChangeException | RuntimeException e) {
			// malformed: the request was refused for it, and the audit says so in its detail
		}
		return new ArrayList<>(ids).subList(0, Math.min(ids.size(), MAXIMUM_TARGETS));
	}

	/** Whether {@code role} may read the audit: administrators and support (see docs/service.md). */
	static boolean mayReadAudit(ConsoleRole role) {
		return role == ConsoleRole.ADMINISTRATOR || role == ConsoleRole.SUPPORT;
	}

	private static Response notForRole(PeerIdentity peer, ConsoleRole role, Request request) {
		return Response.failed(request.id(), Response.Status.REFUSED, peer.name() + " is a " + role.externalName()
				+ " console: the audit is read by administrators and support (" + request.operation() + " refused)");
	}

	/** {@link ServiceOperations#AUDIT_READ}: the pool's audit, filtered, newest first, a page at a time. */
	static Response auditRead(ServiceAudit audit, PeerIdentity peer, ConsoleRole role, Request request) throws Exception {
		if (!mayReadAudit(role)) {
			return notForRole(peer, role, request);
		}
		Map<String, String> a = request.arguments();
		ServiceAudit.Query query;
		int offset;
		int limit;
		try {
			query = new ServiceAudit.Query(instant(a.get("since")), instant(a.get("until")), a.get("person"), a.get("node"),
					a.get("operation"), a.get("outcome"), a.get("text"));
			offset = number(a.get("offset"), 0, "offset", AuditFile.MAXIMUM_READ_WINDOW - ServiceOperations.AUDIT_PAGE_LINES - 1);
			limit = number(a.get("limit"), ServiceOperations.AUDIT_PAGE_LINES, "limit", ServiceOperations.AUDIT_PAGE_LINES);
			if (limit < 1) {
				throw new IllegalArgumentException("'limit' must be at least 1");
			}
		} catch (IllegalArgumentException e) {
			return Response.failed(request.id(), Response.Status.REFUSED, "audit-read: " + e.getMessage());
		}
		AuditFile.Page page = audit.read(query, offset, limit);
		StringBuilder lines = new StringBuilder(page.entries().size() * 160);
		for (AuditFile.Entry entry : page.entries()) {
			lines.append(entry.line()).append('\n');
		}
		return Response.ok(request.id(), Map.of("lines", lines.toString(), "more", Boolean.toString(page.more()), "next",
				Integer.toString(offset + page.entries().size())));
	}

	/** {@link ServiceOperations#AGENT_AUDIT}: a node's own audit, asked of its agent by the service for the console. */
	static Response agentAudit(PeerIdentity peer, ConsoleRole role, Request request, TaskControl.Agents agents)
			throws Exception {
		if (!mayReadAudit(role)) {
			return notForRole(peer, role, request);
		}
		String node = request.arguments().get("node");
		if (node == null || node.isBlank()) {
			return Response.failed(request.id(), Response.Status.REFUSED, "agent-audit needs 'node' (a node's name)");
		}
		Map<String, String> arguments = new HashMap<>();
		for (String key : List.of("offset", "limit")) {
			if (request.arguments().containsKey(key)) {
				arguments.put(key, request.arguments().get(key));
			}
		}
		arguments.put("onBehalfOf", peer.name());
		Response answer = agents.request(node, ServiceOperations.AGENT_AUDIT_READ, arguments).get(60, TimeUnit.SECONDS);
		return new Response(request.id(), answer.status(), answer.detail(), answer.values());
	}

	private static Instant instant(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Instant.ofEpochMilli(Long.parseLong(text.strip()));
		} catch (NumberFormatException e) {
			try {
				return Instant.parse(text.strip());
			} catch (DateTimeParseException notAnInstant) {
				throw new IllegalArgumentException("'" + LogText.of(text, LogText.NAME)
						+ "' is not a time (epoch milliseconds or an ISO instant such as 2026-12-03T08:00:00Z)");
			}
		}
	}

	private static int number(String text, int otherwise, String name, int maximum) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			int value = Integer.parseInt(text.strip());
			if (value < 0 || value > maximum) {
				throw new IllegalArgumentException("'" + name + "' must be 0.." + maximum + ", got " + value);
			}
			return value;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + name + "' must be a whole number, got '" + LogText.of(text, LogText.NAME) + "'");
		}
	}
}
