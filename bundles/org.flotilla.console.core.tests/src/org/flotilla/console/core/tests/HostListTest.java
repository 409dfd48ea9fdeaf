package org.flotilla.console.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.flotilla.console.core.hosts.HostEntry;
import org.flotilla.console.core.hosts.HostList;
import org.junit.jupiter.api.Test;

class HostListTest {

	@Test
	void aTypedListTakesUsersPortsAndSeveralHostsPerLine() {
		HostList.Parsed parsed = HostList.parse("web-1.example.org\n  ops@10.0.0.7:2222, db-1 # the database\n\n[::1]:2200");
		assertTrue(parsed.ok(), parsed.problems().toString());
		List<HostEntry> hosts = parsed.hosts();
		assertEquals(4, hosts.size());
		assertEquals(new HostEntry("web-1.example.org", 22, null, "web-1", HostEntry.DEFAULT_AGENT_PORT, List.of(), null, null),
				hosts.get(0));
		assertEquals("ops", hosts.get(1).user());
		assertEquals(2222, hosts.get(1).sshPort());
		assertEquals("10.0.0.7", hosts.get(1).nodeName());
		assertEquals("db-1", hosts.get(2).nodeName());
		assertEquals("[::1]", hosts.get(3).host());
		assertEquals(2200, hosts.get(3).sshPort());
	}

	@Test
	void badEntriesAreReportedByLineAndTheRestIsKept() {
		HostList.Parsed parsed = HostList.parse("good-1\nbad host!\ngood-2:99999\ngood-1");
		assertEquals(List.of("good-1", "bad"), parsed.hosts().stream().map(HostEntry::nodeName).toList());
		assertEquals(List.of("line 2: 'host!' is not a host name or address", "line 3: the SSH port 99999 is outside 1-65535",
				"line 4: 'good-1' is listed twice"), parsed.problems());
		assertFalse(parsed.ok());
	}

	@Test
	void attributesAfterAHostSetItsNamePortLabelsAndPlace() {
		HostList.Parsed parsed = HostList.parse("root@10.0.0.5 name=db-1 agent-port=27300 labels=ssd,big site=osaka rack=r2, web-9\n"
				+ "name=orphan\nhost-3 colour=blue");
		assertEquals(new HostEntry("10.0.0.5", 22, "root", "db-1", 27300, List.of("ssd", "big"), "osaka", "r2"), parsed.hosts().get(0));
		assertEquals("web-9", parsed.hosts().get(1).nodeName());
		assertEquals(List.of("line 2: 'name=orphan' does not follow a host",
				"line 3: unknown attribute 'colour' (name, agent-port, labels, site, rack)"), parsed.problems());
	}

	@Test
	void aCsvNamesItsColumnsInAnyOrder() {
		HostList.Parsed parsed = HostList.parseCsv("""
				rack,host,user,port,labels,site,name,agent-port
				r1,10.1.0.1,root,22,"ssd,gpu",tokyo,tk-1,27200
				r2,10.1.0.2,,2222,ssd;big,,,
				""");
		assertTrue(parsed.ok(), parsed.problems().toString());
		HostEntry first = parsed.hosts().get(0);
		assertEquals(new HostEntry("10.1.0.1", 22, "root", "tk-1", 27200, List.of("ssd", "gpu"), "tokyo", "r1"), first);
		HostEntry second = parsed.hosts().get(1);
		assertNull(second.user());
		assertEquals(List.of("ssd", "big"), second.labels());
		assertNull(second.site());
		assertEquals("r2", second.rack());
		assertEquals(HostEntry.DEFAULT_AGENT_PORT, second.agentPort());
	}

	@Test
	void aCsvWithoutAHostColumnOrWithBadRowsSaysWhere() {
		assertEquals(List.of("line 1: no 'host' column (the first line names the columns: host, port, user, labels, site, rack, name, agent-port)"),
				HostList.parseCsv("address,port\n10.0.0.1,22").problems());
		HostList.Parsed parsed = HostList.parseCsv("host,labels,colour\nok-1,a\n\"broken,x\nok-2,bad!");
		assertEquals(1, parsed.hosts().size());
		assertEquals(List.of("line 1: unknown column 'colour' ignored", "line 3: a quote is not closed",
				"line 4: the label 'bad!' is not a name (letters, digits, '.', '_', '-')"), parsed.problems());
		assertEquals(List.of("the file is empty: its first line must name the columns (host, port, user, labels, site, rack)"),
				HostList.parseCsv("\n\n").problems());
	}
}
