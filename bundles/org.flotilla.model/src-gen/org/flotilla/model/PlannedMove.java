/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Planned Move</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One move of a plan: a task from the node it ran on when the move was planned to another node. Whether it is still valid (the task has not moved since, its epoch unchanged) is computed by the planning board, not stored.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.PlannedMove#getTask <em>Task</em>}</li>
 *   <li>{@link org.flotilla.model.PlannedMove#getFromNode <em>From Node</em>}</li>
 *   <li>{@link org.flotilla.model.PlannedMove#getToNode <em>To Node</em>}</li>
 *   <li>{@link org.flotilla.model.PlannedMove#getPlannedEpoch <em>Planned Epoch</em>}</li>
 * </ul>
 *
 * @see org.flotilla.model.PoolPackage#getPlannedMove()
 * @model
 * @generated
 */
public interface PlannedMove extends EObject {
	/**
	 * Returns the value of the '<em><b>Task</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task</em>' reference.
	 * @see #setTask(Task)
	 * @see org.flotilla.model.PoolPackage#getPlannedMove_Task()
	 * @model
	 * @generated
	 */
	Task getTask();

	/**
	 * Sets the value of the '{@link org.flotilla.model.PlannedMove#getTask <em>Task</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task</em>' reference.
	 * @see #getTask()
	 * @generated
	 */
	void setTask(Task value);

	/**
	 * Returns the value of the '<em><b>From Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the task was when the move was planned (after the plan's earlier moves of it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From Node</em>' reference.
	 * @see #setFromNode(Node)
	 * @see org.flotilla.model.PoolPackage#getPlannedMove_FromNode()
	 * @model
	 * @generated
	 */
	Node getFromNode();

	/**
	 * Sets the value of the '{@link org.flotilla.model.PlannedMove#getFromNode <em>From Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Node</em>' reference.
	 * @see #getFromNode()
	 * @generated
	 */
	void setFromNode(Node value);

	/**
	 * Returns the value of the '<em><b>To Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Node</em>' reference.
	 * @see #setToNode(Node)
	 * @see org.flotilla.model.PoolPackage#getPlannedMove_ToNode()
	 * @model
	 * @generated
	 */
	Node getToNode();

	/**
	 * Sets the value of the '{@link org.flotilla.model.PlannedMove#getToNode <em>To Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Node</em>' reference.
	 * @see #getToNode()
	 * @generated
	 */
	void setToNode(Node value);

	/**
	 * Returns the value of the '<em><b>Planned Epoch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The task's epoch when the move was planned: a different epoch now means the task was reassigned since, and the move is stale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned Epoch</em>' attribute.
	 * @see #setPlannedEpoch(long)
	 * @see org.flotilla.model.PoolPackage#getPlannedMove_PlannedEpoch()
	 * @model
	 * @generated
	 */
	long getPlannedEpoch();

	/**
	 * Sets the value of the '{@link org.flotilla.model.PlannedMove#getPlannedEpoch <em>Planned Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Epoch</em>' attribute.
	 * @see #getPlannedEpoch()
	 * @generated
	 */
	void setPlannedEpoch(long value);

} // PlannedMove
