package org.flotilla.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.flotilla.model.Alert;
import org.flotilla.model.AlertSeverity;
import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.Task;
import org.flotilla.model.TaskState;
import org.flotilla.model.changes.ChangeApplier;
import org.flotilla.model.changes.ChangeCodec;
import org.flotilla.model.changes.ChangeDescriptions;
import org.flotilla.model.changes.ChangeException;
import org.flotilla.model.changes.ChangeOp;
import org.flotilla.model.changes.ChangePieces;
import org.flotilla.model.changes.LiveSamples;
import org.flotilla.model.changes.ChangeRecorder;
import org.flotilla.model.persistence.PoolResourceFactory;
import org.flotilla.model.persistence.PoolStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes recorded on one copy of a pool, written as text and applied to another copy read from the same file,
 * leave the two equal (persistent and live parts, IDs included); the journal's part alone rebuilds the file's part.
 */
class ChangeReplicationTest {

	@TempDir
	Path folder;

	@Test
	void randomEditsRecordedOnOneCopyRebuildTheOther() throws Exception {
		Pool source = inResource(Pools.small());
		Pool replica = copyThroughFile(source, "replica");
		Pool journalOnly = copyThroughFile(source, "journal");
		ChangeRecorder recorder = new ChangeRecorder((XMLResource) source.eResource());
		Random random = new Random(42);
		for (int round = 0; round < 40; round++) {
			for (int edit = 0; edit < 5; edit++) {
				randomEdit(source, random);
			}
			replicate(recorder, replica, journalOnly);
		}
		assertSameWithIds(source, replica);
		// The journal's part rebuilds exactly what a pool file holds.
		assertEquals(new String(new PoolStore().serialize(source, folder.resolve("a.flotilla"))),
				new String(new PoolStore().serialize(journalOnly, folder.resolve("a.flotilla"))));
		assertTrue(journalOnly.getAlerts().isEmpty(), "alerts are live state, not journaled");
	}

	@Test
	void newObjectsThatReferToEachOtherArriveWhicheverJoinsFirst() throws Exception {
		Pool source = inResource(Pools.small());
		Pool replica = copyThroughFile(source, "replica");
		ChangeRecorder recorder = new ChangeRecorder((XMLResource) source.eResource());
		// One after the other: the first refers to the second before the second is in the pool.
		Task a = Pools.F.createTask();
		a.setName("a");
		Task b = Pools.F.createTask();
		b.setName("b");
		a.getAntiAffinity().add(b);
		b.getAntiAffinity().add(a);
		source.getTasks().add(a);
		source.getTasks().add(b);
		// All at once.
		Task c = Pools.F.createTask();
		c.setName("c");
		Task d = Pools.F.createTask();
		d.setName("d");
		c.getAffinity().add(d);
		d.getAffinity().add(c);
		source.getTasks().addAll(List.of(c, d));
		new ChangeApplier((XMLResource) replica.eResource(), PoolPackage.eINSTANCE)
				.apply(ChangeCodec.decode(ChangeCodec.encode(recorder.drain().all())));
		assertSameWithIds(source, replica);
	}

	@Test
	void objectsAddedTogetherThatReferToEachOtherReachTheOtherCopy() throws Exception {
		// As the control service adds submitted replicas: in one addAll, each anti-affine with the other.
		Pool source = inResource(Pools.small());
		Pool replica = copyThroughFile(source, "replica");
		Pool journalOnly = copyThroughFile(source, "journal");
		ChangeRecorder recorder = new ChangeRecorder((XMLResource) source.eResource());
		Task first = Pools.F.createTask();
		first.setName("replica-1");
		Task second = Pools.F.createTask();
		second.setName("replica-2");
		first.getAntiAffinity().add(second);
		second.getAntiAffinity().add(first);
		source.getTasks().addAll(List.of(first, second));
		ChangeRecorder.Batch batch = recorder.drain();
		new ChangeApplier((XMLResource) replica.eResource(), PoolPackage.eINSTANCE)
				.apply(ChangeCodec.decode(ChangeCodec.encode(batch.all())));
		assertEquals(0, LiveSamples.apply(LiveSamples.decode(LiveSamples.encode(batch.samples())),
				((XMLResource) replica.eResource())::getEObject), "every sample's window is in the copy");
		new ChangeApplier((XMLResource) journalOnly.eResource(), PoolPackage.eINSTANCE)
				.apply(ChangeCodec.decode(ChangeCodec.encode(batch.persistent())));
		assertSameWithIds(source, replica);
		Task copied = replica.getTasks().get(replica.getTasks().size() - 2);
		assertEquals("replica-2", copied.getAntiAffinity().get(0).getName());
		assertEquals(new String(new PoolStore().serialize(source, folder.resolve("a.flotilla"))),
				new String(new PoolStore().serialize(journalOnly, folder.resolve("a.flotilla"))));

		// Described for a submission, not yet in any pool, they are made as one batch too.
		Task third = Pools.F.createTask();
		third.setName("replica-3");
		Task fourth = Pools.F.createTask();
		fourth.setName("replica-4");
		third.getAntiAffinity().add(fourth);
		fourth.getAntiAffinity().add(third);
		java.util.Map<EObject, String> temporary = new java.util.IdentityHashMap<>();
		List<ChangeOp> ops = ChangeDescriptions.describeNew(List.of(third, fourth), false,
				object -> temporary.computeIfAbsent(object, o -> "new-" + (temporary.size() + 1)));
		List<EObject> made = new ChangeApplier((XMLResource) replica.eResource(), PoolPackage.eINSTANCE).detached(ops);
		assertEquals(2, made.size());
		assertEquals("replica-4", ((Task) made.get(0)).getAntiAffinity().get(0).getName());
	}

	@Test
	void anObjectReferencedTwoWayBeforeItJoinsReachesTheOtherCopy() throws Exception {
		// As the service submits a pinned task: made outside the pool with its node set (so it is in the node's task
		// list already), then added to the pool; later one is taken out of the pool and off its node again.
		Pool source = inResource(Pools.small());
		Pool replica = copyThroughFile(source, "replica");
		Pool journalOnly = copyThroughFile(source, "journal");
		ChangeRecorder recorder = new ChangeRecorder((XMLResource) source.eResource());
		Node node = source.getAllNodes().get(0);
		Task pinned = Pools.F.createTask();
		pinned.setName("pinned");
		pinned.setPinned(true);
		pinned.setNode(node);
		Task other = Pools.F.createTask();
		other.setName("other");
		other.setNode(node);
		source.getTasks().addAll(List.of(pinned, other));
		replicate(recorder, replica, journalOnly);
		assertSameWithIds(source, replica);
		assertEquals(List.of("pinned", "other"), replica.getAllNodes().get(0).getTasks().stream()
				.filter(t -> t.getName().equals("pinned") || t.getName().equals("other")).map(Task::getName).toList());

		source.getTasks().remove(pinned);
		pinned.setNode(null);
		replicate(recorder, replica, journalOnly);
		assertSameWithIds(source, replica);
		assertEquals(new String(new PoolStore().serialize(source, folder.resolve("a.flotilla"))),
				new String(new PoolStore().serialize(journalOnly, folder.resolve("a.flotilla"))));
	}

	private static void replicate(ChangeRecorder recorder, Pool replica, Pool journalOnly) throws ChangeException {
		ChangeRecorder.Batch batch = recorder.drain();
		new ChangeApplier((XMLResource) replica.eResource(), PoolPackage.eINSTANCE)
				.apply(ChangeCodec.decode(ChangeCodec.encode(batch.all())));
		assertEquals(0, LiveSamples.apply(LiveSamples.decode(LiveSamples.encode(batch.samples())),
				((XMLResource) replica.eResource())::getEObject), "every sample's window is in the copy");
		new ChangeApplier((XMLResource) journalOnly.eResource(), PoolPackage.eINSTANCE)
				.apply(ChangeCodec.decode(ChangeCodec.encode(batch.persistent())));
	}

	@Test
	void liveStateOnTopOfTheFileGivesAnEqualCopy() throws Exception {
		Pool source = inResource(Pools.small());
		randomEdit(source, new Random(1));
		Node node = source.getGroups().get(0).getGroups().get(0).getNodes().get(0);
		MetricWindow window = Pools.F.createMetricWindow();
		window.setLimit(10);
		MetricSample sample = Pools.F.createMetricSample();
		sample.setCpu(0.5);
		window.getSamples().add(sample);
		node.setMetrics(window);
		node.setLastHeartbeat(1234);
		source.getTasks().get(0).setStateReason("running since 10:00");
		Alert alert = Pools.F.createAlert();
		alert.setNode(node);
		alert.setMessage("cpu high");
		alert.setSeverity(AlertSeverity.CRITICAL);
		source.getAlerts().add(alert);

		Pool replica = copyThroughFile(source, "replica");
		assertFalse(EcoreUtil.equals(source, replica), "the file alone lacks the live state");
		XMLResource resource = (XMLResource) source.eResource();
		new ChangeApplier((XMLResource) replica.eResource(), PoolPackage.eINSTANCE)
				.apply(ChangeCodec.decode(ChangeCodec.encode(ChangeDescriptions.liveState(source, resource::getID))));
		assertFalse(EcoreUtil.equals(source, replica), "the live state's windows are empty: samples travel apart");
		LiveSamples.apply(LiveSamples.decode(LiveSamples.encode(LiveSamples.latest(source, resource::getID))),
				((XMLResource) replica.eResource())::getEObject);
		assertSameWithIds(source, replica);
	}

	@Test
	void aLargeBatchCutIntoPiecesAppliesPieceByPiece() throws Exception {
		Pool source = inResource(Pools.small());
		Pool replica = copyThroughFile(source, "replica");
		Pool naive = copyThroughFile(source, "naive");
		ChangeRecorder recorder = new ChangeRecorder((XMLResource) source.eResource());
		Random random = new Random(7);
		for (int edit = 0; edit < 400; edit++) {
			randomEdit(source, random); // many of them create samples, tasks and alerts: objects with values
		}
		ChangeRecorder.Batch recorded = recorder.drain();
		String batch = ChangeCodec.encode(recorded.all());
		int maximum = 700;
		List<String> pieces = ChangePieces.split(batch, maximum);
		assertEquals(batch, String.join("", pieces));
		assertTrue(pieces.size() > 20, "the batch is cut: " + pieces.size() + " pieces");
		for (String piece : pieces) {
			assertTrue(piece.length() <= maximum, "a piece of " + piece.length() + " characters");
			assertTrue(piece.endsWith("\n"), "pieces end at a line end");
			// Each piece on its own, as a console applies each change event it is sent.
			new ChangeApplier((XMLResource) replica.eResource(), PoolPackage.eINSTANCE).apply(ChangeCodec.decode(piece));
		}
		List<String> samplePieces = LiveSamples.split(LiveSamples.encode(recorded.samples()), 200);
		assertTrue(samplePieces.size() > 5, "the samples are cut too: " + samplePieces.size() + " pieces");
		for (String piece : samplePieces) {
			assertTrue(piece.length() <= 200 && piece.endsWith("\n"), "whole sample lines: " + piece);
			LiveSamples.apply(LiveSamples.decode(piece), ((XMLResource) replica.eResource())::getEObject);
		}
		assertSameWithIds(source, replica);
		// Cut at any line end instead, some piece sets values of an object created (and forgotten) in the one before.
		assertThrows(ChangeException.class, () -> {
			for (int start = 0; start < batch.length();) {
				int end = Math.min(batch.length(), start + maximum);
				end = end < batch.length() ? batch.lastIndexOf('\n', end - 1) + 1 : end;
				new ChangeApplier((XMLResource) naive.eResource(), PoolPackage.eINSTANCE).apply(ChangeCodec.decode(batch.substring(start, end)));
				start = end;
			}
		});
	}

	@Test
	void objectsCreatedInALargePoolAreNotLookedForInEveryObjectOfIt() throws Exception {
		// The pool's resource answers a missing ID from its map of UUIDs alone, which is right because no class of
		// the model has an ID attribute (EMF's walk over every object could find nothing more).
		for (var classifier : PoolPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof org.eclipse.emf.ecore.EClass eClass) {
				assertEquals(null, eClass.getEIDAttribute(), eClass.getName() + " has an ID attribute: a lookup by ID must walk the pool");
			}
		}
		// 20,000 nodes with four samples each: 120,000 objects, as a console's copy of a large pool (samples have no IDs).
		Pool pool = Pools.F.createPool();
		org.flotilla.model.Group rack = Pools.F.createGroup();
		pool.getGroups().add(rack);
		for (int i = 0; i < 20_000; i++) {
			Node node = Pools.F.createNode();
			node.setName("n" + i);
			MetricWindow window = Pools.F.createMetricWindow();
			for (int s = 0; s < 4; s++) {
				window.getSamples().add(Pools.F.createMetricSample());
			}
			node.setMetrics(window);
			rack.getNodes().add(node);
		}
		XMLResource resource = (XMLResource) inResource(pool).eResource();
		// A batch of 1,000 new alerts, each naming its node.
		String poolId = resource.getID(pool);
		List<ChangeOp> ops = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			ops.add(new ChangeOp.Create("_new" + i, "Alert"));
			ops.add(new ChangeOp.Set("_new" + i, "node", List.of(resource.getID(rack.getNodes().get(i)))));
			ops.add(new ChangeOp.Add(poolId, "alerts", i, "_new" + i));
		}
		long started = System.nanoTime();
		new ChangeApplier(resource, PoolPackage.eINSTANCE).apply(ops);
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertEquals(rack.getNodes().get(999), pool.getAlerts().get(999).getNode());
		// Milliseconds; walking the pool for each creation took about 30 ms per creation on a 2-core machine.
		assertTrue(millis < 3_000, "1,000 creations in a pool of 120,000 objects took " + millis + " ms");
	}

	@Test
	void samplesTravelAsLinesWithoutIdsOrAdaptersAndReadBackExactly() throws Exception {
		Pool source = inResource(Pools.small());
		XMLResource resource = (XMLResource) source.eResource();
		ChangeRecorder recorder = new ChangeRecorder(resource);
		Node node = source.getGroups().get(0).getGroups().get(0).getNodes().get(0);
		MetricWindow window = Pools.F.createMetricWindow();
		window.setLimit(2);
		node.setMetrics(window);
		double[] values = { 0.1 + 0.2, -3, Double.NaN, 1e300, 4.9e-324, 123456789.25, 0 };
		for (double value : values) {
			MetricSample sample = Pools.F.createMetricSample();
			sample.setTime(1_700_000_000_000L);
			sample.setCpu(value);
			sample.setMemory(value);
			sample.setDiskRate(value);
			sample.setNetworkRate(value);
			window.add(sample);
			assertEquals(null, resource.getID(sample), "a sample gets no ID");
			assertFalse(sample.eAdapters().contains(recorder), "the recorder does not follow each sample");
		}
		node.setLastHeartbeat(1_700_000_000_000L);
		node.setUptimeSeconds(86_400);
		ChangeRecorder.Batch batch = recorder.drain();
		assertTrue(batch.all().stream().noneMatch(op -> op.toString().contains("MetricSample") || op.toString().contains("samples")),
				"no operation describes a sample: " + batch.all());
		assertTrue(batch.all().stream().noneMatch(op -> op.toString().contains("lastHeartbeat") || op.toString().contains("uptimeSeconds")),
				"a node's heartbeat and uptime travel in its sample line: " + batch.all());
		assertEquals(86_400, batch.samples().get(values.length - 1).nodeUptime(), "the node's last sample carries its uptime");
		node.setUptimeSeconds(86_401); // without a sample: an operation of its own
		assertTrue(recorder.drain().all().toString().contains("uptimeSeconds"));
		assertEquals(values.length, batch.samples().size());
		String text = LiveSamples.encode(batch.samples());
		assertEquals(batch.samples().toString(), LiveSamples.decode(text).toString(), "every value reads back exactly");
		assertTrue(text.endsWith("\t86400\n"), text);
		assertTrue(text.startsWith(resource.getID(window) + "\t1700000000000\t0.30000000000000004\t"), text);
		assertTrue(text.contains("\t-3\t-3\t"), "whole numbers without a fraction: " + text);
		assertEquals(2, window.getSamples().size(), "the window keeps its limit");
		assertTrue(assertThrows(ChangeException.class, () -> LiveSamples.decode("_w\t1\t2\t3\t4\t5\t-7\n")).getMessage().contains("line 1"));
		assertTrue(assertThrows(ChangeException.class, () -> LiveSamples.decode("_w\t1\t2\n_w\t1\t2\t3\t4\tfive\n"))
				.getMessage().contains("line 1"));
		assertTrue(assertThrows(ChangeException.class, () -> LiveSamples.decode("_w\t1\t2\t3\t4\t5\n_w\t1\t2\t3\t4\tfive\n"))
				.getMessage().contains("line 2"));
		assertTrue(assertThrows(ChangeException.class, () -> LiveSamples.decode("x".repeat(600))).getMessage().contains("longer"));
	}

	@Test
	void valuesWithTabsLineEndsBackslashesAndNullsSurviveTheText() throws Exception {
		List<ChangeOp> ops = List.of(new ChangeOp.Set("_a", "description", java.util.Arrays.asList("x\ty\nz\\w\r", null)),
				new ChangeOp.Create("_b", "Task"), new ChangeOp.Add("_a", "tasks", 3, "_b"),
				new ChangeOp.Remove("_a", "tasks", 0), new ChangeOp.Move("_a", "tasks", 1, 2),
				new ChangeOp.Set("_a", "name", List.of()), new ChangeOp.Set("_a", "name", List.of("\\0")));
		assertEquals(ops, ChangeCodec.decode(ChangeCodec.encode(ops)));
	}

	@Test
	void opsThatDoNotFitTheModelAreRefusedWithWhatAndWhere() throws Exception {
		Pool pool = inResource(Pools.small());
		String poolId = ((XMLResource) pool.eResource()).getID(pool);
		ChangeApplier applier = new ChangeApplier((XMLResource) pool.eResource(), PoolPackage.eINSTANCE);
		assertTrue(assertThrows(ChangeException.class, () -> applier.apply(List.of(new ChangeOp.Set("_nope", "name", List.of("x")))))
				.getMessage().contains("no object with ID _nope"));
		assertTrue(assertThrows(ChangeException.class, () -> applier.apply(List.of(new ChangeOp.Set(poolId, "colour", List.of("x")))))
				.getMessage().contains("no feature 'colour'"));
		assertTrue(assertThrows(ChangeException.class, () -> applier.apply(List.of(new ChangeOp.Set(poolId, "restartGraceSeconds", List.of("ten")))))
				.getMessage().contains("'ten' is not a"));
		assertTrue(assertThrows(ChangeException.class, () -> applier.apply(List.of(new ChangeOp.Remove(poolId, "tasks", 99))))
				.getMessage().contains("outside the list"));
		assertTrue(assertThrows(ChangeException.class, () -> applier.apply(List.of(new ChangeOp.Create("_x", "Nothing"))))
				.getMessage().contains("no class 'Nothing'"));
		assertTrue(assertThrows(ChangeException.class, () -> ChangeCodec.decode("S\ta\tname\t5\tx\n")).getMessage().contains("line 1"));
		assertTrue(assertThrows(ChangeException.class, () -> ChangeCodec.decode("Q\n")).getMessage().contains("unknown operation"));
	}

	/** One random change of the kinds the console and the control service make. */
	private static void randomEdit(Pool pool, Random random) {
		List<Node> nodes = new ArrayList<>();
		pool.eAllContents().forEachRemaining(o -> {
			if (o instanceof Node n) {
				nodes.add(n);
			}
		});
		switch (random.nextInt(9)) {
			case 0 -> {
				Task task = Pools.task(pool, "t" + random.nextInt(1_000_000), 1 + random.nextInt(4), 512);
				task.setNode(nodes.get(random.nextInt(nodes.size())));
				task.getRequiredLabels().add("l" + random.nextInt(3));
			}
			case 1 -> {
				if (pool.getTasks().size() > 1) {
					EcoreUtil.delete(pool.getTasks().get(random.nextInt(pool.getTasks().size())), true);
				}
			}
			case 2 -> pool.getTasks().get(random.nextInt(pool.getTasks().size())).setNode(nodes.get(random.nextInt(nodes.size())));
			case 3 -> {
				Task task = pool.getTasks().get(random.nextInt(pool.getTasks().size()));
				task.setState(TaskState.values()[random.nextInt(TaskState.values().length)]);
				task.setStateReason(random.nextBoolean() ? null : "why\t" + random.nextInt());
				task.setCpuUsage(random.nextDouble());
			}
			case 4 -> {
				Node node = nodes.get(random.nextInt(nodes.size()));
				if (node.getMetrics() == null) {
					MetricWindow window = Pools.F.createMetricWindow();
					window.setLimit(3);
					node.setMetrics(window);
				}
				MetricSample sample = Pools.F.createMetricSample();
				sample.setCpu(random.nextDouble());
				sample.setTime(random.nextInt(1_000_000));
				node.getMetrics().getSamples().add(sample);
				if (node.getMetrics().getSamples().size() > 3) {
					node.getMetrics().getSamples().remove(0);
				}
				// As LiveUpdates does: the heartbeat is the newest report's time, the uptime what the agent said.
				node.setLastHeartbeat(Math.max(node.getLastHeartbeat(), sample.getTime()));
				node.setUptimeSeconds(random.nextInt(100_000));
			}
			case 5 -> {
				Alert alert = Pools.F.createAlert();
				alert.setNode(nodes.get(random.nextInt(nodes.size())));
				alert.setMessage("m" + random.nextInt());
				pool.getAlerts().add(alert);
				if (pool.getAlerts().size() > 2) {
					pool.getAlerts().remove(random.nextInt(pool.getAlerts().size()));
				}
			}
			case 6 -> {
				if (pool.getTasks().size() > 2) {
					pool.getTasks().move(0, pool.getTasks().size() - 1);
				}
			}
			case 7 -> nodes.get(random.nextInt(nodes.size())).getLabels().add("x" + random.nextInt(5));
			default -> {
				Node node = nodes.get(random.nextInt(nodes.size()));
				node.setName(node.getName() + "'");
				node.setTaskLimits(random.nextBoolean() ? "cgroup v2" : null);
			}
		}
	}

	private static Pool inResource(Pool pool) {
		XMLResource resource = (XMLResource) new PoolResourceFactory().createResource(
				org.eclipse.emf.common.util.URI.createFileURI("/tmp/source.flotilla"));
		new ResourceSetImpl().getResources().add(resource);
		resource.getContents().add(pool);
		return pool;
	}

	private Pool copyThroughFile(Pool pool, String name) throws Exception {
		Path file = folder.resolve(name + ".flotilla");
		new PoolStore().writeAtomically(new PoolStore().serialize(pool, file), file);
		return new PoolStore().load(file);
	}

	private static void assertSameWithIds(Pool expected, Pool actual) {
		assertTrue(EcoreUtil.equals(expected, actual), "the copies differ");
		XMLResource a = (XMLResource) expected.eResource();
		XMLResource b = (XMLResource) actual.eResource();
		TreeIterator<EObject> left = expected.eAllContents();
		TreeIterator<EObject> right = actual.eAllContents();
		while (left.hasNext()) {
			assertEquals(a.getID(left.next()), b.getID(right.next()));
		}
		assertFalse(right.hasNext());
	}
}
