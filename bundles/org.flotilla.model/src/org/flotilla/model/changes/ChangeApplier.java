package org.flotilla.model.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Applies {@link ChangeOp}s to the objects of one resource (whose objects carry IDs), on the thread that owns it.
 * Objects created by a batch keep the IDs the batch gives them.
 */
public final class ChangeApplier {

	private final XMLResource resource;
	private final EPackage ePackage;

	public ChangeApplier(XMLResource resource, EPackage ePackage) {
		this.resource = resource;
		this.ePackage = ePackage;
	}

	/**
	 * Applies {@code ops} in order.
	 *
	 * @throws ChangeException at the first operation that does not fit the model (an unknown object, feature or
	 *                         class, a position outside its list, a value of the wrong type); the operations before
	 *                         it stay applied, so the caller must treat its copy as broken (resynchronise) or undo
	 */
	public void apply(List<ChangeOp> ops) throws ChangeException {
		Map<String, EObject> created = new HashMap<>();
		try {
			// A set may name an object the batch creates further on (two new objects that refer to each other, added
			// one after the other): such a set waits for the end of the batch.
			java.util.Set<String> createdLater = new java.util.HashSet<>();
			for (ChangeOp op : ops) {
				if (op instanceof ChangeOp.Create create) {
					createdLater.add(create.id());
				}
			}
			List<ChangeOp> waiting = new ArrayList<>();
			List<Integer> waitingNumbers = new ArrayList<>();
			int number = 0;
			for (ChangeOp op : ops) {
				number++;
				if (op instanceof ChangeOp.Create create) {
					createdLater.remove(create.id());
				}
				if (op instanceof ChangeOp.Set set && !createdLater.isEmpty() && set.values().stream().anyMatch(createdLater::contains)) {
					waiting.add(op);
					waitingNumbers.add(number);
					continue;
				}
				applyNumbered(op, number, created);
			}
			for (int i = 0; i < waiting.size(); i++) {
				applyNumbered(waiting.get(i), waitingNumbers.get(i), created);
			}
		} finally {
			for (Map.Entry<String, EObject> entry : created.entrySet()) {
				if (entry.getValue().eResource() != resource) {
					resource.setID(entry.getValue(), null); // never placed: forget it
				}
			}
		}
	}

	/**
	 * Makes new objects that stay outside the resource (new tasks to be submitted, say): {@code ops} may only
	 * create objects and set their features, and may refer to objects of the resource. Returns the created
	 * objects in order; they carry no IDs (they get new ones when they join the resource).
	 */
	public List<EObject> detached(List<ChangeOp> ops) throws ChangeException {
		Map<String, EObject> created = new java.util.LinkedHashMap<>();
		int number = 0;
		for (ChangeOp op : ops) {
			number++;
			try {
				if (op instanceof ChangeOp.Create create) {
					EClassifier classifier = ePackage.getEClassifier(create.eClass());
					if (!(classifier instanceof EClass eClass) || eClass.isAbstract()) {
						throw new ChangeException("no class '" + create.eClass() + "'");
					}
					if (created.containsKey(create.id())) {
						throw new ChangeException("ID " + create.id() + " is created twice");
					}
					created.put(create.id(), EcoreUtil.create(eClass));
				} else if (op instanceof ChangeOp.Set set && created.containsKey(set.id())) {
					EObject owner = created.get(set.id());
					EStructuralFeature feature = owner.eClass().getEStructuralFeature(set.feature());
					if (feature == null || !ChangeDescriptions.described(feature)) {
						throw new ChangeException("a " + owner.eClass().getName() + " has no feature '" + set.feature() + "'");
					}
					set(owner, feature, set.values(), created);
				} else if (op instanceof ChangeOp.Add add && created.containsKey(add.id()) && created.containsKey(add.child())) {
					EList<EObject> list = containmentList(created.get(add.id()), created.get(add.id()).eClass()
							.getEStructuralFeature(add.feature()));
					checkIndex(add.index(), list.size() + 1);
					list.add(add.index(), created.get(add.child()));
				} else {
					throw new ChangeException("only new objects can be made here");
				}
			} catch (ChangeException e) {
				throw new ChangeException("operation " + number + " (" + describe(op) + "): " + e.getMessage());
			} catch (RuntimeException e) {
				throw new ChangeException("operation " + number + " (" + describe(op) + "): " + e);
			}
		}
		return new ArrayList<>(created.values());
	}

	private void applyNumbered(ChangeOp op, int number, Map<String, EObject> created) throws ChangeException {
		try {
			applyOne(op, created);
		} catch (ChangeException e) {
			throw new ChangeException("operation " + number + " (" + describe(op) + "): " + e.getMessage());
		} catch (RuntimeException e) {
			throw new ChangeException("operation " + number + " (" + describe(op) + "): " + e);
		}
	}

	private static String describe(ChangeOp op) {
		String text = ChangeCodec.encode(List.of(op)).trim().replace('\t', ' ');
		return text.length() <= 120 ? text : text.substring(0, 120) + "…";
	}

	private void applyOne(ChangeOp op, Map<String, EObject> created) throws ChangeException {
		if (op instanceof ChangeOp.Create create) {
			EClassifier classifier = ePackage.getEClassifier(create.eClass());
			if (!(classifier instanceof EClass eClass) || eClass.isAbstract()) {
				throw new ChangeException("no class '" + create.eClass() + "'");
			}
			if (object(create.id(), created) != null) {
				throw new ChangeException("an object with ID " + create.id() + " exists already");
			}
			EObject object = EcoreUtil.create(eClass);
			resource.setID(object, create.id()); // kept when it joins the resource
			created.put(create.id(), object);
			return;
		}
		EObject owner = object(op.id(), created);
		if (owner == null) {
			throw new ChangeException("no object with ID " + op.id());
		}
		String featureName = switch (op) {
			case ChangeOp.Set s -> s.feature();
			case ChangeOp.Add a -> a.feature();
			case ChangeOp.Remove r -> r.feature();
			case ChangeOp.Move m -> m.feature();
			case ChangeOp.Create c -> throw new IllegalStateException();
		};
		EStructuralFeature feature = owner.eClass().getEStructuralFeature(featureName);
		if (feature == null || !ChangeDescriptions.described(feature)) {
			throw new ChangeException("a " + owner.eClass().getName() + " has no feature '" + featureName + "'");
		}
		switch (op) {
			case ChangeOp.Set s -> set(owner, feature, s.values(), created);
			case ChangeOp.Add a -> {
				EList<EObject> list = containmentList(owner, feature);
				EObject child = object(a.child(), created);
				if (child == null) {
					throw new ChangeException("no object with ID " + a.child());
				}
				checkIndex(a.index(), list.size() + 1);
				list.add(a.index(), child);
			}
			case ChangeOp.Remove r -> {
				EList<EObject> list = containmentList(owner, feature);
				checkIndex(r.index(), list.size());
				list.remove(r.index());
			}
			case ChangeOp.Move m -> {
				EList<EObject> list = containmentList(owner, feature);
				checkIndex(m.from(), list.size());
				checkIndex(m.to(), list.size());
				list.move(m.to(), m.from());
			}
			case ChangeOp.Create c -> throw new IllegalStateException();
		}
	}

	@SuppressWarnings("unchecked")
	private static EList<EObject> containmentList(EObject owner, EStructuralFeature feature) throws ChangeException {
		if (feature == null || !(feature instanceof EReference reference) || !reference.isContainment() || !reference.isMany()) {
			throw new ChangeException("'" + feature.getName() + "' is not a list of contained objects");
		}
		return (EList<EObject>) owner.eGet(reference);
	}

	private static void checkIndex(int index, int size) throws ChangeException {
		if (index < 0 || index >= size) {
			throw new ChangeException("position " + index + " is outside the list (size " + size + ")");
		}
	}

	private void set(EObject owner, EStructuralFeature feature, List<String> texts, Map<String, EObject> created)
			throws ChangeException {
		if (!feature.isMany() && texts.size() > 1) {
			throw new ChangeException("'" + feature.getName() + "' takes one value, not " + texts.size());
		}
		List<Object> values = new ArrayList<>(texts.size());
		for (String text : texts) {
			if (text == null) {
				if (!feature.isMany()) {
					values.add(null);
				}
				continue; // a dangling reference in a list: left out
			}
			if (feature instanceof EAttribute attribute) {
				try {
					values.add(EcoreUtil.createFromString((EDataType) attribute.getEType(), text));
				} catch (RuntimeException e) {
					throw new ChangeException("'" + text + "' is not a " + attribute.getEType().getName());
				}
			} else {
				EObject target = object(text, created);
				if (target == null) {
					throw new ChangeException("no object with ID " + text);
				}
				if (!feature.getEType().isInstance(target)) {
					throw new ChangeException("a " + target.eClass().getName() + " cannot be the " + feature.getName());
				}
				values.add(target);
			}
		}
		if (feature.isMany()) {
			owner.eSet(feature, values);
		} else if (values.isEmpty() || values.get(0) == null) {
			if (feature.isUnsettable()) {
				owner.eUnset(feature);
			} else {
				owner.eSet(feature, feature instanceof EAttribute attribute && attribute.getEType().getDefaultValue() != null
						? attribute.getDefaultValue() : null);
			}
		} else {
			owner.eSet(feature, values.get(0));
		}
	}

	/** The object with {@code id} in the resource or among those created by the batch. */
	private EObject object(String id, Map<String, EObject> created) {
		EObject object = created.get(id);
		return object != null ? object : resource.getEObject(id);
	}

	/** The object with {@code id}, or null. */
	public EObject object(String id) {
		return resource.getEObject(id);
	}
}
