/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Job</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.Job#getName <em>Name</em>}</li>
 *   <li>{@link org.flotilla.model.Job#getKind <em>Kind</em>}</li>
 *   <li>{@link org.flotilla.model.Job#getState <em>State</em>}</li>
 *   <li>{@link org.flotilla.model.Job#getTotalWork <em>Total Work</em>}</li>
 *   <li>{@link org.flotilla.model.Job#getWorked <em>Worked</em>}</li>
 *   <li>{@link org.flotilla.model.Job#getMessage <em>Message</em>}</li>
 *   <li>{@link org.flotilla.model.Job#getStarted <em>Started</em>}</li>
 *   <li>{@link org.flotilla.model.Job#getFinished <em>Finished</em>}</li>
 *   <li>{@link org.flotilla.model.Job#getNode <em>Node</em>}</li>
 *   <li>{@link org.flotilla.model.Job#getTask <em>Task</em>}</li>
 *   <li>{@link org.flotilla.model.Job#getTargetNode <em>Target Node</em>}</li>
 * </ul>
 *
 * @see org.flotilla.model.PoolPackage#getJob()
 * @model
 * @generated
 */
public interface Job extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.flotilla.model.PoolPackage#getJob_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Job#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flotilla.model.JobKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.flotilla.model.JobKind
	 * @see #setKind(JobKind)
	 * @see org.flotilla.model.PoolPackage#getJob_Kind()
	 * @model
	 * @generated
	 */
	JobKind getKind();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Job#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.flotilla.model.JobKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(JobKind value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flotilla.model.JobState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.flotilla.model.JobState
	 * @see #setState(JobState)
	 * @see org.flotilla.model.PoolPackage#getJob_State()
	 * @model
	 * @generated
	 */
	JobState getState();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Job#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.flotilla.model.JobState
	 * @see #getState()
	 * @generated
	 */
	void setState(JobState value);

	/**
	 * Returns the value of the '<em><b>Total Work</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total Work</em>' attribute.
	 * @see #setTotalWork(int)
	 * @see org.flotilla.model.PoolPackage#getJob_TotalWork()
	 * @model default="100"
	 * @generated
	 */
	int getTotalWork();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Job#getTotalWork <em>Total Work</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Work</em>' attribute.
	 * @see #getTotalWork()
	 * @generated
	 */
	void setTotalWork(int value);

	/**
	 * Returns the value of the '<em><b>Worked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Worked</em>' attribute.
	 * @see #setWorked(int)
	 * @see org.flotilla.model.PoolPackage#getJob_Worked()
	 * @model
	 * @generated
	 */
	int getWorked();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Job#getWorked <em>Worked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Worked</em>' attribute.
	 * @see #getWorked()
	 * @generated
	 */
	void setWorked(int value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.flotilla.model.PoolPackage#getJob_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Job#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started</em>' attribute.
	 * @see #setStarted(Date)
	 * @see org.flotilla.model.PoolPackage#getJob_Started()
	 * @model
	 * @generated
	 */
	Date getStarted();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Job#getStarted <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started</em>' attribute.
	 * @see #getStarted()
	 * @generated
	 */
	void setStarted(Date value);

	/**
	 * Returns the value of the '<em><b>Finished</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finished</em>' attribute.
	 * @see #setFinished(Date)
	 * @see org.flotilla.model.PoolPackage#getJob_Finished()
	 * @model
	 * @generated
	 */
	Date getFinished();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Job#getFinished <em>Finished</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished</em>' attribute.
	 * @see #getFinished()
	 * @generated
	 */
	void setFinished(Date value);

	/**
	 * Returns the value of the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node</em>' reference.
	 * @see #setNode(Node)
	 * @see org.flotilla.model.PoolPackage#getJob_Node()
	 * @model
	 * @generated
	 */
	Node getNode();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Job#getNode <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node</em>' reference.
	 * @see #getNode()
	 * @generated
	 */
	void setNode(Node value);

	/**
	 * Returns the value of the '<em><b>Task</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The task the job starts, stops or moves (null for jobs about nodes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Task</em>' reference.
	 * @see #setTask(Task)
	 * @see org.flotilla.model.PoolPackage#getJob_Task()
	 * @model
	 * @generated
	 */
	Task getTask();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Job#getTask <em>Task</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task</em>' reference.
	 * @see #getTask()
	 * @generated
	 */
	void setTask(Task value);

	/**
	 * Returns the value of the '<em><b>Target Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the job moves or starts its task (node is where it comes from).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Node</em>' reference.
	 * @see #setTargetNode(Node)
	 * @see org.flotilla.model.PoolPackage#getJob_TargetNode()
	 * @model
	 * @generated
	 */
	Node getTargetNode();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Job#getTargetNode <em>Target Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Node</em>' reference.
	 * @see #getTargetNode()
	 * @generated
	 */
	void setTargetNode(Node value);

} // Job
