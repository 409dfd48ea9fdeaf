package org.flotilla.console.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.flotilla.console.core.audit.AuditTrail;
import org.flotilla.console.core.remote.ServiceOperations;
import org.flotilla.protocol.Message.Response;
import org.junit.jupiter.api.Test;

/** The console's reading of audit answers: records from the service's and an agent's lines, filters as arguments. */
class AuditTrailTest {

	@Test
	void theServicesLinesBecomeRecordsWithTheirFieldsAsWritten() {
		String lines = "2026-12-03T08:00:01.250Z\tsam\tsupport\tnode-drain\tNode tky-web-02\tREFUSED\tsam is a support console\n"
				+ "not an audit line\n"
				+ "2026-12-03T08:00:00Z\tada\tadministrator\tpool-edit\tNode a\\u2028b\tOK\trevision=7\n";
		AuditTrail.Page page = AuditTrail.servicePage(new Response(1, Response.Status.OK, "",
				Map.of("lines", lines, "more", "true", "next", "2")));
		assertEquals(2, page.records().size(), "the line that is not an entry is skipped");
		assertEquals(new AuditTrail.Record(Instant.parse("2026-12-03T08:00:01.250Z"), "sam", "support", "node-drain",
				"Node tky-web-02", "REFUSED", "sam is a support console"), page.records().get(0));
		assertEquals("Node a\\u2028b", page.records().get(1).target(), "escapes are shown as they are, never undone");
		assertTrue(page.more());
		assertEquals(2, page.next());
		assertEquals(List.of("2026-12-03T08:00:00Z", "ada", "administrator", "pool-edit", "Node a\\u2028b", "OK", "revision=7"),
				List.of(AuditTrail.cells(page.records().get(1))));
	}

	@Test
	void anAgentsLinesNameTheNodeAsTarget() {
		String lines = "2026-12-03T08:00:02Z\tpool-service\tadministrator\trun-task\tSTARTED\ttask=t1 onBehalfOf=ada\n";
		AuditTrail.Page page = AuditTrail.agentPage("node-1", new Response(1, Response.Status.OK, "", Map.of("lines", lines)));
		AuditTrail.Record record = page.records().get(0);
		assertEquals("node-1", record.target());
		assertEquals("STARTED", record.outcome());
		assertEquals("task=t1 onBehalfOf=ada", record.detail());
		assertFalse(page.more());
	}

	@Test
	void aFilterIsSentAsArgumentsAndARefusalFailsTheRead() throws Exception {
		List<Map<String, String>> asked = new ArrayList<>();
		AuditTrail trail = new AuditTrail((operation, arguments) -> {
			assertEquals(ServiceOperations.AUDIT_READ, operation);
			asked.add(arguments);
			return CompletableFuture.completedFuture(Response.failed(1, Response.Status.REFUSED, "bob is a planner console"));
		});
		AuditTrail.Filter filter = new AuditTrail.Filter(Instant.ofEpochMilli(1000), null, " sam ", "", null, "REFUSED", null);
		ExecutionException failed = assertThrows(ExecutionException.class, () -> trail.read(filter, 150).get());
		assertTrue(failed.getCause().getMessage().contains("bob is a planner console"), failed.getCause().getMessage());
		assertEquals(Map.of("since", "1000", "person", "sam", "outcome", "REFUSED", "offset", "150", "limit",
				Integer.toString(ServiceOperations.AUDIT_PAGE_LINES)), asked.get(0));
	}
}
