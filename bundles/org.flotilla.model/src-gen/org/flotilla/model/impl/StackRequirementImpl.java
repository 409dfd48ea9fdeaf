/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.flotilla.model.LayerKind;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.StackRequirement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stack Requirement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.impl.StackRequirementImpl#getLayer <em>Layer</em>}</li>
 *   <li>{@link org.flotilla.model.impl.StackRequirementImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.flotilla.model.impl.StackRequirementImpl#getMinimumVersion <em>Minimum Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StackRequirementImpl extends EObjectImpl implements StackRequirement {
	/**
	 * The default value of the '{@link #getLayer() <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayer()
	 * @generated
	 * @ordered
	 */
	protected static final LayerKind LAYER_EDEFAULT = LayerKind.MIDDLEWARE;

	/**
	 * The cached value of the '{@link #getLayer() <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayer()
	 * @generated
	 * @ordered
	 */
	protected LayerKind layer = LAYER_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumVersion() <em>Minimum Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String MINIMUM_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinimumVersion() <em>Minimum Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumVersion()
	 * @generated
	 * @ordered
	 */
	protected String minimumVersion = MINIMUM_VERSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StackRequirementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PoolPackage.Literals.STACK_REQUIREMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayerKind getLayer() {
		return layer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayer(LayerKind newLayer) {
		LayerKind oldLayer = layer;
		layer = newLayer == null ? LAYER_EDEFAULT : newLayer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.STACK_REQUIREMENT__LAYER, oldLayer, layer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.STACK_REQUIREMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMinimumVersion() {
		return minimumVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumVersion(String newMinimumVersion) {
		String oldMinimumVersion = minimumVersion;
		minimumVersion = newMinimumVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.STACK_REQUIREMENT__MINIMUM_VERSION, oldMinimumVersion, minimumVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PoolPackage.STACK_REQUIREMENT__LAYER:
				return getLayer();
			case PoolPackage.STACK_REQUIREMENT__NAME:
				return getName();
			case PoolPackage.STACK_REQUIREMENT__MINIMUM_VERSION:
				return getMinimumVersion();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PoolPackage.STACK_REQUIREMENT__LAYER:
				setLayer((LayerKind)newValue);
				return;
			case PoolPackage.STACK_REQUIREMENT__NAME:
				setName((String)newValue);
				return;
			case PoolPackage.STACK_REQUIREMENT__MINIMUM_VERSION:
				setMinimumVersion((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PoolPackage.STACK_REQUIREMENT__LAYER:
				setLayer(LAYER_EDEFAULT);
				return;
			case PoolPackage.STACK_REQUIREMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PoolPackage.STACK_REQUIREMENT__MINIMUM_VERSION:
				setMinimumVersion(MINIMUM_VERSION_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PoolPackage.STACK_REQUIREMENT__LAYER:
				return layer != LAYER_EDEFAULT;
			case PoolPackage.STACK_REQUIREMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PoolPackage.STACK_REQUIREMENT__MINIMUM_VERSION:
				return MINIMUM_VERSION_EDEFAULT == null ? minimumVersion != null : !MINIMUM_VERSION_EDEFAULT.equals(minimumVersion);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (layer: ");
		result.append(layer);
		result.append(", name: ");
		result.append(name);
		result.append(", minimumVersion: ");
		result.append(minimumVersion);
		result.append(')');
		return result.toString();
	}

} //StackRequirementImpl
