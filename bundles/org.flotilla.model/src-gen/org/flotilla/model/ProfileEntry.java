/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Profile Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One element of a profile's stack: a package version of the pool's repository and values for its parameters (the package's defaults apply to the others).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.ProfileEntry#getSoftwarePackage <em>Software Package</em>}</li>
 *   <li>{@link org.flotilla.model.ProfileEntry#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.flotilla.model.PoolPackage#getProfileEntry()
 * @model
 * @generated
 */
public interface ProfileEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Software Package</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Software Package</em>' reference.
	 * @see #setSoftwarePackage(SoftwarePackage)
	 * @see org.flotilla.model.PoolPackage#getProfileEntry_SoftwarePackage()
	 * @model
	 * @generated
	 */
	SoftwarePackage getSoftwarePackage();

	/**
	 * Sets the value of the '{@link org.flotilla.model.ProfileEntry#getSoftwarePackage <em>Software Package</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Software Package</em>' reference.
	 * @see #getSoftwarePackage()
	 * @generated
	 */
	void setSoftwarePackage(SoftwarePackage value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.flotilla.model.ParameterValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.flotilla.model.PoolPackage#getProfileEntry_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterValue> getValues();

} // ProfileEntry
