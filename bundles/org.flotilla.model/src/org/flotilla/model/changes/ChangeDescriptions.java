package org.flotilla.model.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.flotilla.model.PoolPackage;

/**
 * Describes existing objects as {@link ChangeOp}s: a new subtree (to create it elsewhere), or the live, transient
 * part of a whole model (what a pool file does not hold but a console shows).
 */
public final class ChangeDescriptions {

	private ChangeDescriptions() {
	}

	/**
	 * True for the features a change describes: stored in the object, changeable, not computed from others. A metric
	 * window's samples are not: they travel as {@link LiveSamples}.
	 */
	static boolean described(EStructuralFeature feature) {
		return feature.isChangeable() && !feature.isDerived() && !feature.isVolatile()
				&& feature != PoolPackage.Literals.METRIC_WINDOW__SAMPLES;
	}

	/**
	 * Adds to {@code out} the operations that create {@code root} and everything it contains with the values they
	 * have now: first every object, then their values (so references inside the subtree resolve), children placed
	 * in order. With {@code includeTransient} false, transient features and what transient containments hold are
	 * left out (what a journal keeps).
	 */
	public static void describeSubtree(EObject root, boolean includeTransient, Function<EObject, Object> ids,
			List<ChangeOp> out) {
		List<Object> lazy = new ArrayList<>();
		describeSubtreeLazily(root, includeTransient, ids, lazy);
		for (Object op : lazy) {
			out.add(op instanceof PendingSet pending ? pending.resolve(ids) : (ChangeOp) op);
		}
	}

	/**
	 * As {@link #describeSubtree}, with the sets of references left as {@link PendingSet}s (an object referenced may
	 * join the model, and get its ID, only after this one).
	 */
	static void describeSubtreeLazily(EObject root, boolean includeTransient, Function<EObject, Object> ids,
			List<Object> out) {
		List<EObject> objects = new ArrayList<>();
		collect(root, includeTransient, objects);
		for (EObject object : objects) {
			out.add(new ChangeOp.Create(id(ids, object), object.eClass().getName()));
		}
		for (EObject object : objects) {
			for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
				if (!described(feature) || (!includeTransient && feature.isTransient()) || !object.eIsSet(feature)) {
					continue;
				}
				if (feature instanceof EReference reference && reference.isContainment()) {
					if (reference.isMany()) {
						List<?> children = (List<?>) object.eGet(reference);
						for (int i = 0; i < children.size(); i++) {
							out.add(new ChangeOp.Add(id(ids, object), reference.getName(), i, id(ids, (EObject) children.get(i))));
						}
					} else {
						out.add(new PendingSet(id(ids, object), reference.getName(), List.of(object.eGet(reference))));
					}
				} else {
					out.add(pendingSetOf(object, feature, ids));
				}
			}
		}
	}

	/**
	 * The operations that create several new subtrees that may refer to each other (new tasks anti-affine with each
	 * other, say): every object is created before any value is set, so a reference from the first to the last
	 * resolves.
	 */
	public static List<ChangeOp> describeNew(List<? extends EObject> roots, boolean includeTransient, Function<EObject, Object> ids) {
		List<ChangeOp> all = new ArrayList<>();
		for (EObject root : roots) {
			describeSubtree(root, includeTransient, ids, all);
		}
		List<ChangeOp> ordered = new ArrayList<>(all.size());
		all.stream().filter(ChangeOp.Create.class::isInstance).forEach(ordered::add);
		all.stream().filter(op -> !(op instanceof ChangeOp.Create)).forEach(ordered::add);
		return ordered;
	}

	private static void collect(EObject object, boolean includeTransient, List<EObject> out) {
		out.add(object);
		for (EReference containment : object.eClass().getEAllContainments()) {
			if (!described(containment) || (!includeTransient && containment.isTransient()) || !object.eIsSet(containment)) {
				continue;
			}
			Object value = object.eGet(containment);
			if (value instanceof List<?> children) {
				for (Object child : children) {
					collect((EObject) child, includeTransient, out);
				}
			} else if (value instanceof EObject child) {
				collect(child, includeTransient, out);
			}
		}
	}

	/**
	 * The live part of the model under {@code root}: a {@link ChangeOp.Set} for every transient feature that is set,
	 * and the creation of what transient containments hold (metric windows empty: their samples are
	 * {@link LiveSamples}). Applied to a copy read from a pool file (which keeps
	 * the IDs), it gives an equal model.
	 */
	public static List<ChangeOp> liveState(EObject root, Function<EObject, Object> ids) {
		List<ChangeOp> out = new ArrayList<>();
		liveStateOf(root, ids, out);
		TreeIterator<EObject> all = root.eAllContents();
		while (all.hasNext()) {
			EObject object = all.next();
			if (object.eContainmentFeature() != null && object.eContainmentFeature().isTransient()) {
				all.prune(); // created whole by its container's live state
				continue;
			}
			liveStateOf(object, ids, out);
		}
		return out;
	}

	private static void liveStateOf(EObject object, Function<EObject, Object> ids, List<ChangeOp> out) {
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!feature.isTransient() || !described(feature) || !object.eIsSet(feature)) {
				continue;
			}
			if (feature instanceof EReference reference && reference.isContainment()) {
				Object value = object.eGet(reference);
				List<?> children = value instanceof List<?> list ? list : List.of(value);
				for (int i = 0; i < children.size(); i++) {
					EObject child = (EObject) children.get(i);
					describeSubtree(child, true, ids, out);
					if (reference.isMany()) {
						out.add(new ChangeOp.Add(id(ids, object), reference.getName(), i, id(ids, child)));
					} else {
						out.add(new ChangeOp.Set(id(ids, object), reference.getName(), List.of(id(ids, child))));
					}
				}
			} else {
				out.add(setOf(object, feature, ids));
			}
		}
	}

	/** A set of {@code feature} of {@code object} to the value it has now (references resolved by {@code ids}). */
	public static ChangeOp.Set setOf(EObject object, EStructuralFeature feature, Function<EObject, Object> ids) {
		return pendingSetOf(object, feature, ids).resolve(ids);
	}

	/** As {@link #setOf}, with references kept as objects until {@link PendingSet#resolve}. */
	static PendingSet pendingSetOf(EObject object, EStructuralFeature feature, Function<EObject, Object> ids) {
		Object value = object.eGet(feature, false);
		List<?> values = feature.isMany() ? List.copyOf((List<?>) value) : value == null ? List.of() : List.of(value);
		List<Object> texts = new ArrayList<>(values.size());
		for (Object element : values) {
			if (feature instanceof EAttribute attribute) {
				texts.add(EcoreUtil.convertToString((EDataType) attribute.getEType(), element));
			} else {
				texts.add(element); // an EObject: its ID may not exist yet
			}
		}
		return new PendingSet(id(ids, object), feature.getName(), texts);
	}

	static String id(Function<EObject, Object> ids, EObject object) {
		Object id = ids.apply(object);
		if (id == null) {
			throw new IllegalStateException("no ID for " + object.eClass().getName() + " " + object);
		}
		return id.toString();
	}

	/** A set whose referenced objects are named by ID only when it is written out (they may get their IDs later). */
	record PendingSet(String id, String feature, List<Object> values) {
		ChangeOp.Set resolve(Function<EObject, Object> ids) {
			List<String> texts = new ArrayList<>(values.size());
			for (Object value : values) {
				if (value instanceof EObject object) {
					Object id = ids.apply(object);
					texts.add(id == null ? null : id.toString()); // an object that left the model: a dangling reference
				} else {
					texts.add((String) value);
				}
			}
			return new ChangeOp.Set(id, feature, texts);
		}
	}
}
