package org.flotilla.model.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.flotilla.model.MetricSample;
import org.flotilla.model.Node;
import org.flotilla.model.PoolPackage;

/**
 * Records every change made to the objects of one resource as {@link ChangeOp}s, in the order they happen, until
 * {@link #drain drained}. Two lists come out: every change (for copies that show the live model) and the
 * persistent ones alone (for a journal: what a pool file holds).
 *
 * <p>Used on the thread that owns the model. References are named by ID when drained, not when recorded, so an
 * object referenced before it joined the resource is named by the ID it has by then.
 */
public final class ChangeRecorder extends EContentAdapter {

	/**
	 * What {@link #drain} hands over: the operations, and the metric samples added to windows (which are live state,
	 * never persistent, and travel apart: see {@link LiveSamples}).
	 */
	public record Batch(List<ChangeOp> all, List<ChangeOp> persistent, List<LiveSamples.Sample> samples) {
		public boolean isEmpty() {
			return all.isEmpty() && samples.isEmpty();
		}
	}

	private final XMLResource resource;
	private final Function<EObject, Object> ids;
	/** ChangeOp or PendingSet, in order. */
	private List<Object> all = new ArrayList<>();
	private List<Object> persistent = new ArrayList<>();
	private List<LiveSamples.Sample> samples = new ArrayList<>();
	/** Nodes whose window got a sample since the last drain, at the index of their last sample in {@link #samples}. */
	private java.util.Map<EObject, Integer> reportingNodes = new java.util.IdentityHashMap<>();
	private boolean recording = true;

	/** Starts recording the changes of {@code resource} (whose objects carry IDs). */
	public ChangeRecorder(XMLResource resource) {
		this.resource = resource;
		this.ids = resource::getID;
		resource.eAdapters().add(this);
	}

	/** Stops recording. */
	public void dispose() {
		resource.eAdapters().remove(this);
	}

	/**
	 * Pauses or resumes recording (a copy records only its own edits, not the changes it is sent); objects
	 * added meanwhile are still followed.
	 */
	public void setRecording(boolean recording) {
		this.recording = recording;
	}

	/** The changes recorded since the last drain, and forgets them. */
	public Batch drain() {
		// A node's last sample carries its uptime as it is now; its heartbeat is its newest sample's time.
		for (java.util.Map.Entry<EObject, Integer> reporting : reportingNodes.entrySet()) {
			samples.set(reporting.getValue(), samples.get(reporting.getValue()).withNodeUptime(((Node) reporting.getKey()).getUptimeSeconds()));
		}
		Batch batch = new Batch(resolve(all), resolve(persistent), samples);
		all = new ArrayList<>();
		persistent = new ArrayList<>();
		samples = new ArrayList<>();
		reportingNodes = new java.util.IdentityHashMap<>();
		return batch;
	}

	/** True when changes (operations or samples) were recorded since the last drain. */
	public boolean hasChanges() {
		return !all.isEmpty() || !samples.isEmpty();
	}

	/** True when operations were recorded since the last drain (samples aside). */
	public boolean hasOperations() {
		return !all.isEmpty();
	}

	/**
	 * Samples are not followed one by one: a window tells its own changes, and adapting each of the millions of
	 * samples a pool holds would cost an adapter list apiece for nothing.
	 */
	@Override
	protected void addAdapter(Notifier notifier) {
		if (!(notifier instanceof MetricSample)) {
			super.addAdapter(notifier);
		}
	}

	@Override
	protected void removeAdapter(Notifier notifier) {
		if (!(notifier instanceof MetricSample)) { // asking a sample for its adapters would make it a list
			super.removeAdapter(notifier);
		}
	}

	@Override
	protected void removeAdapter(Notifier notifier, boolean checkContainer, boolean checkResource) {
		if (!(notifier instanceof MetricSample)) {
			super.removeAdapter(notifier, checkContainer, checkResource);
		}
	}

	private List<ChangeOp> resolve(List<Object> recorded) {
		List<ChangeOp> ops = new ArrayList<>(recorded.size());
		for (Object op : recorded) {
			if (op instanceof CarriedSet carried) {
				if (reportingNodes.containsKey(carried.node())) {
					continue; // the node's sample line carries it
				}
				op = carried.set();
			}
			ops.add(op instanceof ChangeDescriptions.PendingSet pending ? pending.resolve(ids) : (ChangeOp) op);
		}
		return ops;
	}

	/** A set of a node's heartbeat or uptime: left out when a sample line of the node's carries it. */
	private record CarriedSet(EObject node, ChangeDescriptions.PendingSet set) {
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification); // adapts what was added, unadapts what was removed
		if (!recording || notification.isTouch() || !(notification.getNotifier() instanceof EObject owner)
				|| !(notification.getFeature() instanceof EStructuralFeature feature) || owner.eResource() != resource) {
			return;
		}
		if (feature == PoolPackage.Literals.METRIC_WINDOW__SAMPLES) {
			samplesAdded(notification, owner);
			return;
		}
		if (!ChangeDescriptions.described(feature)) {
			return;
		}
		boolean keep = !feature.isTransient() && persisted(owner);
		String ownerId = ChangeDescriptions.id(ids, owner);
		if (feature instanceof EReference reference && reference.isContainment()) {
			containmentChanged(notification, owner, ownerId, reference, keep);
		} else if (feature == PoolPackage.Literals.NODE__LAST_HEARTBEAT || feature == PoolPackage.Literals.NODE__UPTIME_SECONDS) {
			all.add(new CarriedSet(owner, ChangeDescriptions.pendingSetOf(owner, feature, ids))); // transient: never kept
		} else {
			all.add(ChangeDescriptions.pendingSetOf(owner, feature, ids));
			if (keep) {
				persistent.add(ChangeDescriptions.pendingSetOf(owner, feature, ids));
			}
		}
	}

	private void containmentChanged(Notification n, EObject owner, String ownerId, EReference reference, boolean keep) {
		String name = reference.getName();
		if (!reference.isMany()) {
			EObject child = (EObject) n.getNewValue();
			if (child != null) {
				created(child, keep);
			}
			record(new ChangeOp.Set(ownerId, name, child == null ? List.of() : List.of(ChangeDescriptions.id(ids, child))), keep);
			return;
		}
		switch (n.getEventType()) {
			case Notification.ADD -> {
				EObject child = (EObject) n.getNewValue();
				created(child, keep);
				record(new ChangeOp.Add(ownerId, name, n.getPosition(), ChangeDescriptions.id(ids, child)), keep);
			}
			case Notification.ADD_MANY -> {
				List<?> children = (List<?>) n.getNewValue();
				int position = n.getPosition() == Notification.NO_INDEX
						? ((List<?>) owner.eGet(reference)).size() - children.size() : n.getPosition();
				for (int i = 0; i < children.size(); i++) {
					EObject child = (EObject) children.get(i);
					created(child, keep);
					record(new ChangeOp.Add(ownerId, name, position + i, ChangeDescriptions.id(ids, child)), keep);
				}
			}
			case Notification.REMOVE -> record(new ChangeOp.Remove(ownerId, name, n.getPosition()), keep);
			case Notification.REMOVE_MANY -> {
				int[] positions = (int[]) n.getNewValue();
				if (positions == null) { // the whole list was cleared
					int size = ((List<?>) n.getOldValue()).size();
					for (int i = size - 1; i >= 0; i--) {
						record(new ChangeOp.Remove(ownerId, name, i), keep);
					}
				} else {
					for (int i = positions.length - 1; i >= 0; i--) { // descending: earlier positions stay valid
						record(new ChangeOp.Remove(ownerId, name, positions[i]), keep);
					}
				}
			}
			case Notification.MOVE -> record(new ChangeOp.Move(ownerId, name, (Integer) n.getOldValue(), n.getPosition()), keep);
			case Notification.SET -> {
				EObject child = (EObject) n.getNewValue();
				record(new ChangeOp.Remove(ownerId, name, n.getPosition()), keep);
				created(child, keep);
				record(new ChangeOp.Add(ownerId, name, n.getPosition(), ChangeDescriptions.id(ids, child)), keep);
			}
			case Notification.UNSET -> {
				int size = n.getOldValue() instanceof List<?> old ? old.size() : 0;
				for (int i = size - 1; i >= 0; i--) {
					record(new ChangeOp.Remove(ownerId, name, i), keep);
				}
			}
			default -> {
				// RESOLVE, REMOVING_ADAPTER: nothing changed
			}
		}
	}

	/** A window's new samples (its removals of old ones need no telling: a copy's window drops them itself). */
	private void samplesAdded(Notification n, EObject window) {
		Object id = ids.apply(window);
		if (id == null) {
			return; // a window outside the pool's IDs: nobody could name it
		}
		if (n.getEventType() == Notification.ADD && n.getNewValue() instanceof MetricSample sample) {
			samples.add(LiveSamples.Sample.of(id.toString(), sample));
		} else if (n.getEventType() == Notification.ADD_MANY) {
			for (Object added : (List<?>) n.getNewValue()) {
				samples.add(LiveSamples.Sample.of(id.toString(), (MetricSample) added));
			}
		} else {
			return;
		}
		if (window.eContainmentFeature() == PoolPackage.Literals.NODE__METRICS) {
			reportingNodes.put(window.eContainer(), samples.size() - 1);
		}
	}

	private void created(EObject child, boolean keep) {
		ChangeDescriptions.describeSubtreeLazily(child, true, ids, all);
		if (keep) {
			ChangeDescriptions.describeSubtreeLazily(child, false, ids, persistent);
		}
	}

	private void record(ChangeOp op, boolean keep) {
		all.add(op);
		if (keep) {
			persistent.add(op);
		}
	}

	/** True when a pool file holds {@code object}: no containment on its way up is transient. */
	static boolean persisted(EObject object) {
		for (EObject at = object; at.eContainer() != null; at = at.eContainer()) {
			if (at.eContainmentFeature().isTransient()) {
				return false;
			}
		}
		return true;
	}
}
