/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.flotilla.model.Parameter;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.StackElement;
import org.flotilla.model.SyncState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stack Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.impl.StackElementImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.flotilla.model.impl.StackElementImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.flotilla.model.impl.StackElementImpl#getDesiredVersion <em>Desired Version</em>}</li>
 *   <li>{@link org.flotilla.model.impl.StackElementImpl#isDiscovered <em>Discovered</em>}</li>
 *   <li>{@link org.flotilla.model.impl.StackElementImpl#isDesired <em>Desired</em>}</li>
 *   <li>{@link org.flotilla.model.impl.StackElementImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.flotilla.model.impl.StackElementImpl#isManaged <em>Managed</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class StackElementImpl extends EObjectImpl implements StackElement {
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
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDesiredVersion() <em>Desired Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesiredVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String DESIRED_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDesiredVersion() <em>Desired Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesiredVersion()
	 * @generated
	 * @ordered
	 */
	protected String desiredVersion = DESIRED_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #isDiscovered() <em>Discovered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDiscovered()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DISCOVERED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDiscovered() <em>Discovered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDiscovered()
	 * @generated
	 * @ordered
	 */
	protected boolean discovered = DISCOVERED_EDEFAULT;

	/**
	 * The default value of the '{@link #isDesired() <em>Desired</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDesired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DESIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDesired() <em>Desired</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDesired()
	 * @generated
	 * @ordered
	 */
	protected boolean desired = DESIRED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> parameters;

	/**
	 * The default value of the '{@link #isManaged() <em>Managed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isManaged()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MANAGED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isManaged() <em>Managed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isManaged()
	 * @generated
	 * @ordered
	 */
	protected boolean managed = MANAGED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StackElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PoolPackage.Literals.STACK_ELEMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.STACK_ELEMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.STACK_ELEMENT__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDesiredVersion() {
		return desiredVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesiredVersion(String newDesiredVersion) {
		String oldDesiredVersion = desiredVersion;
		desiredVersion = newDesiredVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.STACK_ELEMENT__DESIRED_VERSION, oldDesiredVersion, desiredVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDiscovered() {
		return discovered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscovered(boolean newDiscovered) {
		boolean oldDiscovered = discovered;
		discovered = newDiscovered;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.STACK_ELEMENT__DISCOVERED, oldDiscovered, discovered));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDesired() {
		return desired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesired(boolean newDesired) {
		boolean oldDesired = desired;
		desired = newDesired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.STACK_ELEMENT__DESIRED, oldDesired, desired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<Parameter>(Parameter.class, this, PoolPackage.STACK_ELEMENT__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isManaged() {
		return managed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManaged(boolean newManaged) {
		boolean oldManaged = managed;
		managed = newManaged;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.STACK_ELEMENT__MANAGED, oldManaged, managed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SyncState getSyncState() {
		if (!isDesired()) {
			return SyncState.DISCOVERED_ONLY;
		}
		if (!isDiscovered()) {
			return SyncState.DESIRED_ONLY;
		}
		if (getDesiredVersion() != null && !getDesiredVersion().equals(getVersion())) {
			return SyncState.DRIFTED;
		}
		for (Parameter parameter : getParameters()) {
			if (parameter.isDrifted()) {
				return SyncState.DRIFTED;
			}
		}
		return SyncState.IN_SYNC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PoolPackage.STACK_ELEMENT__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PoolPackage.STACK_ELEMENT__NAME:
				return getName();
			case PoolPackage.STACK_ELEMENT__VERSION:
				return getVersion();
			case PoolPackage.STACK_ELEMENT__DESIRED_VERSION:
				return getDesiredVersion();
			case PoolPackage.STACK_ELEMENT__DISCOVERED:
				return isDiscovered();
			case PoolPackage.STACK_ELEMENT__DESIRED:
				return isDesired();
			case PoolPackage.STACK_ELEMENT__PARAMETERS:
				return getParameters();
			case PoolPackage.STACK_ELEMENT__MANAGED:
				return isManaged();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PoolPackage.STACK_ELEMENT__NAME:
				setName((String)newValue);
				return;
			case PoolPackage.STACK_ELEMENT__VERSION:
				setVersion((String)newValue);
				return;
			case PoolPackage.STACK_ELEMENT__DESIRED_VERSION:
				setDesiredVersion((String)newValue);
				return;
			case PoolPackage.STACK_ELEMENT__DISCOVERED:
				setDiscovered((Boolean)newValue);
				return;
			case PoolPackage.STACK_ELEMENT__DESIRED:
				setDesired((Boolean)newValue);
				return;
			case PoolPackage.STACK_ELEMENT__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends Parameter>)newValue);
				return;
			case PoolPackage.STACK_ELEMENT__MANAGED:
				setManaged((Boolean)newValue);
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
			case PoolPackage.STACK_ELEMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PoolPackage.STACK_ELEMENT__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case PoolPackage.STACK_ELEMENT__DESIRED_VERSION:
				setDesiredVersion(DESIRED_VERSION_EDEFAULT);
				return;
			case PoolPackage.STACK_ELEMENT__DISCOVERED:
				setDiscovered(DISCOVERED_EDEFAULT);
				return;
			case PoolPackage.STACK_ELEMENT__DESIRED:
				setDesired(DESIRED_EDEFAULT);
				return;
			case PoolPackage.STACK_ELEMENT__PARAMETERS:
				getParameters().clear();
				return;
			case PoolPackage.STACK_ELEMENT__MANAGED:
				setManaged(MANAGED_EDEFAULT);
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
			case PoolPackage.STACK_ELEMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PoolPackage.STACK_ELEMENT__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case PoolPackage.STACK_ELEMENT__DESIRED_VERSION:
				return DESIRED_VERSION_EDEFAULT == null ? desiredVersion != null : !DESIRED_VERSION_EDEFAULT.equals(desiredVersion);
			case PoolPackage.STACK_ELEMENT__DISCOVERED:
				return discovered != DISCOVERED_EDEFAULT;
			case PoolPackage.STACK_ELEMENT__DESIRED:
				return desired != DESIRED_EDEFAULT;
			case PoolPackage.STACK_ELEMENT__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case PoolPackage.STACK_ELEMENT__MANAGED:
				return managed != MANAGED_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", version: ");
		result.append(version);
		result.append(", desiredVersion: ");
		result.append(desiredVersion);
		result.append(", discovered: ");
		result.append(discovered);
		result.append(", desired: ");
		result.append(desired);
		result.append(", managed: ");
		result.append(managed);
		result.append(')');
		return result.toString();
	}

} //StackElementImpl
