/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reusable definition of one stack element with typed, validated parameters, used by provisioning.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.Profile#getName <em>Name</em>}</li>
 *   <li>{@link org.flotilla.model.Profile#getDescription <em>Description</em>}</li>
 *   <li>{@link org.flotilla.model.Profile#getLayer <em>Layer</em>}</li>
 *   <li>{@link org.flotilla.model.Profile#getSoftwareName <em>Software Name</em>}</li>
 *   <li>{@link org.flotilla.model.Profile#getVersion <em>Version</em>}</li>
 *   <li>{@link org.flotilla.model.Profile#getParameters <em>Parameters</em>}</li>
 * </ul>
 *
 * @see org.flotilla.model.PoolPackage#getProfile()
 * @model
 * @generated
 */
public interface Profile extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.flotilla.model.PoolPackage#getProfile_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Profile#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.flotilla.model.PoolPackage#getProfile_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Profile#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Layer</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flotilla.model.LayerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layer</em>' attribute.
	 * @see org.flotilla.model.LayerKind
	 * @see #setLayer(LayerKind)
	 * @see org.flotilla.model.PoolPackage#getProfile_Layer()
	 * @model
	 * @generated
	 */
	LayerKind getLayer();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Profile#getLayer <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer</em>' attribute.
	 * @see org.flotilla.model.LayerKind
	 * @see #getLayer()
	 * @generated
	 */
	void setLayer(LayerKind value);

	/**
	 * Returns the value of the '<em><b>Software Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Software Name</em>' attribute.
	 * @see #setSoftwareName(String)
	 * @see org.flotilla.model.PoolPackage#getProfile_SoftwareName()
	 * @model
	 * @generated
	 */
	String getSoftwareName();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Profile#getSoftwareName <em>Software Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Software Name</em>' attribute.
	 * @see #getSoftwareName()
	 * @generated
	 */
	void setSoftwareName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.flotilla.model.PoolPackage#getProfile_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Profile#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.flotilla.model.ParameterDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.flotilla.model.PoolPackage#getProfile_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterDefinition> getParameters();

} // Profile
