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

import org.flotilla.model.ParameterValue;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.ProfileEntry;
import org.flotilla.model.SoftwarePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Profile Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.impl.ProfileEntryImpl#getSoftwarePackage <em>Software Package</em>}</li>
 *   <li>{@link org.flotilla.model.impl.ProfileEntryImpl#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProfileEntryImpl extends EObjectImpl implements ProfileEntry {
	/**
	 * The cached value of the '{@link #getSoftwarePackage() <em>Software Package</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftwarePackage()
	 * @generated
	 * @ordered
	 */
	protected SoftwarePackage softwarePackage;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<ParameterValue> values;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProfileEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PoolPackage.Literals.PROFILE_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SoftwarePackage getSoftwarePackage() {
		if (softwarePackage != null && softwarePackage.eIsProxy()) {
			InternalEObject oldSoftwarePackage = (InternalEObject)softwarePackage;
			softwarePackage = (SoftwarePackage)eResolveProxy(oldSoftwarePackage);
			if (softwarePackage != oldSoftwarePackage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PoolPackage.PROFILE_ENTRY__SOFTWARE_PACKAGE, oldSoftwarePackage, softwarePackage));
			}
		}
		return softwarePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SoftwarePackage basicGetSoftwarePackage() {
		return softwarePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSoftwarePackage(SoftwarePackage newSoftwarePackage) {
		SoftwarePackage oldSoftwarePackage = softwarePackage;
		softwarePackage = newSoftwarePackage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.PROFILE_ENTRY__SOFTWARE_PACKAGE, oldSoftwarePackage, softwarePackage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterValue> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<ParameterValue>(ParameterValue.class, this, PoolPackage.PROFILE_ENTRY__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PoolPackage.PROFILE_ENTRY__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
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
			case PoolPackage.PROFILE_ENTRY__SOFTWARE_PACKAGE:
				if (resolve) return getSoftwarePackage();
				return basicGetSoftwarePackage();
			case PoolPackage.PROFILE_ENTRY__VALUES:
				return getValues();
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
			case PoolPackage.PROFILE_ENTRY__SOFTWARE_PACKAGE:
				setSoftwarePackage((SoftwarePackage)newValue);
				return;
			case PoolPackage.PROFILE_ENTRY__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends ParameterValue>)newValue);
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
			case PoolPackage.PROFILE_ENTRY__SOFTWARE_PACKAGE:
				setSoftwarePackage((SoftwarePackage)null);
				return;
			case PoolPackage.PROFILE_ENTRY__VALUES:
				getValues().clear();
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
			case PoolPackage.PROFILE_ENTRY__SOFTWARE_PACKAGE:
				return softwarePackage != null;
			case PoolPackage.PROFILE_ENTRY__VALUES:
				return values != null && !values.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ProfileEntryImpl
