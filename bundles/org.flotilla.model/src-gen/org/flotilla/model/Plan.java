/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A planner's list of task moves, composed on the planning board and applied as a whole; the moves are to be done in order.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.Plan#getName <em>Name</em>}</li>
 *   <li>{@link org.flotilla.model.Plan#getMoves <em>Moves</em>}</li>
 * </ul>
 *
 * @see org.flotilla.model.PoolPackage#getPlan()
 * @model
 * @generated
 */
public interface Plan extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.flotilla.model.PoolPackage#getPlan_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Plan#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Moves</b></em>' containment reference list.
	 * The list contents are of type {@link org.flotilla.model.PlannedMove}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Moves</em>' containment reference list.
	 * @see org.flotilla.model.PoolPackage#getPlan_Moves()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlannedMove> getMoves();

} // Plan
