/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stack Requirement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a task needs installed, e.g. middleware 'java' of version 21 or later.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.StackRequirement#getLayer <em>Layer</em>}</li>
 *   <li>{@link org.flotilla.model.StackRequirement#getName <em>Name</em>}</li>
 *   <li>{@link org.flotilla.model.StackRequirement#getMinimumVersion <em>Minimum Version</em>}</li>
 * </ul>
 *
 * @see org.flotilla.model.PoolPackage#getStackRequirement()
 * @model
 * @generated
 */
public interface StackRequirement extends EObject {
	/**
	 * Returns the value of the '<em><b>Layer</b></em>' attribute.
	 * The default value is <code>"middleware"</code>.
	 * The literals are from the enumeration {@link org.flotilla.model.LayerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layer</em>' attribute.
	 * @see org.flotilla.model.LayerKind
	 * @see #setLayer(LayerKind)
	 * @see org.flotilla.model.PoolPackage#getStackRequirement_Layer()
	 * @model default="middleware"
	 * @generated
	 */
	LayerKind getLayer();

	/**
	 * Sets the value of the '{@link org.flotilla.model.StackRequirement#getLayer <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer</em>' attribute.
	 * @see org.flotilla.model.LayerKind
	 * @see #getLayer()
	 * @generated
	 */
	void setLayer(LayerKind value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.flotilla.model.PoolPackage#getStackRequirement_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.flotilla.model.StackRequirement#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Minimum Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum Version</em>' attribute.
	 * @see #setMinimumVersion(String)
	 * @see org.flotilla.model.PoolPackage#getStackRequirement_MinimumVersion()
	 * @model
	 * @generated
	 */
	String getMinimumVersion();

	/**
	 * Sets the value of the '{@link org.flotilla.model.StackRequirement#getMinimumVersion <em>Minimum Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Version</em>' attribute.
	 * @see #getMinimumVersion()
	 * @generated
	 */
	void setMinimumVersion(String value);

} // StackRequirement
