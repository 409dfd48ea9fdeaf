package org.flotilla.model.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.flotilla.model.PoolPackage;

/**
 * Validates pool content with {@link PoolValidator}, without touching EMF's global validator
 * registry.
 */
public class PoolDiagnostician extends Diagnostician {

	/** A shared instance; validation keeps no state between runs. */
	public static final PoolDiagnostician INSTANCE = new PoolDiagnostician();

	public PoolDiagnostician() {
		super(registry());
	}

	private static EValidator.Registry registry() {
		EValidatorRegistryImpl registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
		registry.put(PoolPackage.eINSTANCE, new PoolValidator());
		return registry;
	}

	/** Validates {@code object} and everything it contains. */
	public static Diagnostic check(EObject object) {
		return INSTANCE.validate(object);
	}

	@Override
	public String getObjectLabel(EObject eObject) {
		return PoolValidator.describe(eObject);
	}
}
