package org.flotilla.model.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Records every change made to the objects of one resource as {@link ChangeOp}s, in the order they happen, until
 * {@link #drain drained}. Two lists come out: every change (for copies that show the live model) and the
 * persistent ones alone (for a journal: what a pool file holds).
 *
 * <p>Used on the thread that owns the model. References are named by ID when drained, not when recorded, so an
 * object referenced before it joined the resource is named by the ID it has by then.
 */
public final class ChangeRecorder extends EContentAdapter {

	/** What {@link #drain} hands over. */
	public record Batch(List<ChangeOp> all, List<ChangeOp> persistent) {
		public boolean isEmpty() {
			return all.isEmpty();
		}
	}

	private final XMLResource resource;
	private final Function<EObject, Object> ids;
	/** ChangeOp or PendingSet, in order. */
	private List<Object> all = new ArrayList<>();
	private List<Object> persistent = new ArrayList<>();
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
		Batch batch = new Batch(resolve(all), resolve(persistent));
		all = new ArrayList<>();
		persistent = new ArrayList<>();
		return batch;
	}

	/** True when changes were recorded since the last drain. */
	public boolean hasChanges() {
		return !all.isEmpty();
	}

	private List<ChangeOp> resolve(List<Object> recorded) {
		List<ChangeOp> ops = new ArrayList<>(recorded.size());
		for (Object op : recorded) {
			ops.add(op instanceof ChangeDescriptions.PendingSet pending ? pending.resolve(ids) : (ChangeOp) op);
		}
		return ops;
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification); // adapts what was added, unadapts what was removed
		if (!recording || notification.isTouch() || !(notification.getNotifier() instanceof EObject owner)
				|| !(notification.getFeature() instanceof EStructuralFeature feature) || !ChangeDescriptions.described(feature)
				|| owner.eResource() != resource) {
			return;
		}
		boolean keep = !feature.isTransient() && persisted(owner);
		String ownerId = ChangeDescriptions.id(ids, owner);
		if (feature instanceof EReference reference && reference.isContainment()) {
			containmentChanged(notification, owner, ownerId, reference, keep);
		} else if (feature instanceof EReference reference && reference.getEOpposite() != null && addsOutsider(notification)) {
			// A two-way reference to an object not in the model yet (a pinned task being submitted is in its node's
			// task list before it is in the pool): recorded now, this side would name the object before the
			// operations that create it. Its own side is described when it joins, and applying that sets this one.
			return;
		} else {
			all.add(ChangeDescriptions.pendingSetOf(owner, feature, ids));
			if (keep) {
				persistent.add(ChangeDescriptions.pendingSetOf(owner, feature, ids));
			}
		}
	}

	/** True when the notification adds (or sets) an object that is not in the recorded resource. */
	private boolean addsOutsider(Notification notification) {
		return switch (notification.getEventType()) {
			case Notification.ADD, Notification.SET -> notification.getNewValue() instanceof EObject added && added.eResource() != resource;
			case Notification.ADD_MANY -> notification.getNewValue() instanceof List<?> added
					&& added.stream().anyMatch(o -> o instanceof EObject object && object.eResource() != resource);
			default -> false;
		};
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
				// Described together: children added at once may refer to each other (replicas kept apart).
				created(children.stream().map(EObject.class::cast).toList(), keep);
				for (int i = 0; i < children.size(); i++) {
					record(new ChangeOp.Add(ownerId, name, position + i, ChangeDescriptions.id(ids, (EObject) children.get(i))), keep);
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

	private void created(EObject child, boolean keep) {
		created(List.of(child), keep);
	}

	private void created(List<EObject> children, boolean keep) {
		List<ChangeOp> ops = new ArrayList<>();
		ChangeDescriptions.describeSubtrees(children, true, ids, ops);
		all.addAll(ops);
		if (keep) {
			List<ChangeOp> kept = new ArrayList<>();
			ChangeDescriptions.describeSubtrees(children, false, ids, kept);
			persistent.addAll(kept);
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
