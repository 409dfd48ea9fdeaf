/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stack Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One element of a node's stack. 'discovered' means the agent reported it (with version and parameter values); 'desired' means the administrator asked for it (with desiredVersion and desired parameter values). Drift is when both exist and differ.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.StackElement#getName <em>Name</em>}</li>
 *   <li>{@link org.flotilla.model.StackElement#getVersion <em>Version</em>}</li>
 *   <li>{@link org.flotilla.model.StackElement#getDesiredVersion <em>Desired Version</em>}</li>
 *   <li>{@link org.flotilla.model.StackElement#isDiscovered <em>Discovered</em>}</li>
 *   <li>{@link org.flotilla.model.StackElement#isDesired <em>Desired</em>}</li>
 *   <li>{@link org.flotilla.model.StackElement#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.flotilla.model.StackElement#isManaged <em>Managed</em>}</li>
 * </ul>
 *
 * @see org.flotilla.model.PoolPackage#getStackElement()
 * @model abstract="true"
 * @generated
 */
public interface StackElement extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.flotilla.model.PoolPackage#getStackElement_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.flotilla.model.StackElement#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.flotilla.model.PoolPackage#getStackElement_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.flotilla.model.StackElement#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Desired Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Desired Version</em>' attribute.
	 * @see #setDesiredVersion(String)
	 * @see org.flotilla.model.PoolPackage#getStackElement_DesiredVersion()
	 * @model
	 * @generated
	 */
	String getDesiredVersion();

	/**
	 * Sets the value of the '{@link org.flotilla.model.StackElement#getDesiredVersion <em>Desired Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Desired Version</em>' attribute.
	 * @see #getDesiredVersion()
	 * @generated
	 */
	void setDesiredVersion(String value);

	/**
	 * Returns the value of the '<em><b>Discovered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Discovered</em>' attribute.
	 * @see #setDiscovered(boolean)
	 * @see org.flotilla.model.PoolPackage#getStackElement_Discovered()
	 * @model
	 * @generated
	 */
	boolean isDiscovered();

	/**
	 * Sets the value of the '{@link org.flotilla.model.StackElement#isDiscovered <em>Discovered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discovered</em>' attribute.
	 * @see #isDiscovered()
	 * @generated
	 */
	void setDiscovered(boolean value);

	/**
	 * Returns the value of the '<em><b>Desired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Desired</em>' attribute.
	 * @see #setDesired(boolean)
	 * @see org.flotilla.model.PoolPackage#getStackElement_Desired()
	 * @model
	 * @generated
	 */
	boolean isDesired();

	/**
	 * Sets the value of the '{@link org.flotilla.model.StackElement#isDesired <em>Desired</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Desired</em>' attribute.
	 * @see #isDesired()
	 * @generated
	 */
	void setDesired(boolean value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.flotilla.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.flotilla.model.PoolPackage#getStackElement_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Managed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Installed by Flotilla from a package of the pool's repository (its name is the package's): provisioning may upgrade, reconfigure or remove it. What the agent found otherwise (an nginx from the distribution, say) is never touched.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Managed</em>' attribute.
	 * @see #setManaged(boolean)
	 * @see org.flotilla.model.PoolPackage#getStackElement_Managed()
	 * @model
	 * @generated
	 */
	boolean isManaged();

	/**
	 * Sets the value of the '{@link org.flotilla.model.StackElement#isManaged <em>Managed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Managed</em>' attribute.
	 * @see #isManaged()
	 * @generated
	 */
	void setManaged(boolean value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	SyncState getSyncState();

} // StackElement
