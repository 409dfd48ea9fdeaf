/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A unit of work to place on a node. Demand uses the node capacity units: cores, MiB, GiB, Mbit/s.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.Task#getName <em>Name</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getCommand <em>Command</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getCpuDemand <em>Cpu Demand</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getMemoryDemand <em>Memory Demand</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getDiskDemand <em>Disk Demand</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getNetworkDemand <em>Network Demand</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getRequirements <em>Requirements</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getRequiredLabels <em>Required Labels</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getAffinity <em>Affinity</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getAntiAffinity <em>Anti Affinity</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getState <em>State</em>}</li>
 *   <li>{@link org.flotilla.model.Task#isPinned <em>Pinned</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getNode <em>Node</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getObservedUsage <em>Observed Usage</em>}</li>
 * </ul>
 *
 * @see org.flotilla.model.PoolPackage#getTask()
 * @model
 * @generated
 */
public interface Task extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.flotilla.model.PoolPackage#getTask_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Command</em>' attribute.
	 * @see #setCommand(String)
	 * @see org.flotilla.model.PoolPackage#getTask_Command()
	 * @model
	 * @generated
	 */
	String getCommand();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getCommand <em>Command</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Command</em>' attribute.
	 * @see #getCommand()
	 * @generated
	 */
	void setCommand(String value);

	/**
	 * Returns the value of the '<em><b>Cpu Demand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu Demand</em>' attribute.
	 * @see #setCpuDemand(double)
	 * @see org.flotilla.model.PoolPackage#getTask_CpuDemand()
	 * @model
	 * @generated
	 */
	double getCpuDemand();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getCpuDemand <em>Cpu Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Demand</em>' attribute.
	 * @see #getCpuDemand()
	 * @generated
	 */
	void setCpuDemand(double value);

	/**
	 * Returns the value of the '<em><b>Memory Demand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Demand</em>' attribute.
	 * @see #setMemoryDemand(long)
	 * @see org.flotilla.model.PoolPackage#getTask_MemoryDemand()
	 * @model
	 * @generated
	 */
	long getMemoryDemand();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getMemoryDemand <em>Memory Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Demand</em>' attribute.
	 * @see #getMemoryDemand()
	 * @generated
	 */
	void setMemoryDemand(long value);

	/**
	 * Returns the value of the '<em><b>Disk Demand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disk Demand</em>' attribute.
	 * @see #setDiskDemand(long)
	 * @see org.flotilla.model.PoolPackage#getTask_DiskDemand()
	 * @model
	 * @generated
	 */
	long getDiskDemand();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getDiskDemand <em>Disk Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disk Demand</em>' attribute.
	 * @see #getDiskDemand()
	 * @generated
	 */
	void setDiskDemand(long value);

	/**
	 * Returns the value of the '<em><b>Network Demand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Network Demand</em>' attribute.
	 * @see #setNetworkDemand(long)
	 * @see org.flotilla.model.PoolPackage#getTask_NetworkDemand()
	 * @model
	 * @generated
	 */
	long getNetworkDemand();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getNetworkDemand <em>Network Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network Demand</em>' attribute.
	 * @see #getNetworkDemand()
	 * @generated
	 */
	void setNetworkDemand(long value);

	/**
	 * Returns the value of the '<em><b>Requirements</b></em>' containment reference list.
	 * The list contents are of type {@link org.flotilla.model.StackRequirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requirements</em>' containment reference list.
	 * @see org.flotilla.model.PoolPackage#getTask_Requirements()
	 * @model containment="true"
	 * @generated
	 */
	EList<StackRequirement> getRequirements();

	/**
	 * Returns the value of the '<em><b>Required Labels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required Labels</em>' attribute list.
	 * @see org.flotilla.model.PoolPackage#getTask_RequiredLabels()
	 * @model
	 * @generated
	 */
	EList<String> getRequiredLabels();

	/**
	 * Returns the value of the '<em><b>Affinity</b></em>' reference list.
	 * The list contents are of type {@link org.flotilla.model.Task}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tasks this one must share a node with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Affinity</em>' reference list.
	 * @see org.flotilla.model.PoolPackage#getTask_Affinity()
	 * @model
	 * @generated
	 */
	EList<Task> getAffinity();

	/**
	 * Returns the value of the '<em><b>Anti Affinity</b></em>' reference list.
	 * The list contents are of type {@link org.flotilla.model.Task}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tasks this one must never share a node with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Anti Affinity</em>' reference list.
	 * @see org.flotilla.model.PoolPackage#getTask_AntiAffinity()
	 * @model
	 * @generated
	 */
	EList<Task> getAntiAffinity();

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see org.flotilla.model.PoolPackage#getTask_Priority()
	 * @model
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flotilla.model.TaskState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.flotilla.model.TaskState
	 * @see #setState(TaskState)
	 * @see org.flotilla.model.PoolPackage#getTask_State()
	 * @model
	 * @generated
	 */
	TaskState getState();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.flotilla.model.TaskState
	 * @see #getState()
	 * @generated
	 */
	void setState(TaskState value);

	/**
	 * Returns the value of the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pinned</em>' attribute.
	 * @see #setPinned(boolean)
	 * @see org.flotilla.model.PoolPackage#getTask_Pinned()
	 * @model
	 * @generated
	 */
	boolean isPinned();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#isPinned <em>Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pinned</em>' attribute.
	 * @see #isPinned()
	 * @generated
	 */
	void setPinned(boolean value);

	/**
	 * Returns the value of the '<em><b>Node</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.flotilla.model.Node#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node</em>' reference.
	 * @see #setNode(Node)
	 * @see org.flotilla.model.PoolPackage#getTask_Node()
	 * @see org.flotilla.model.Node#getTasks
	 * @model opposite="tasks"
	 * @generated
	 */
	Node getNode();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getNode <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node</em>' reference.
	 * @see #getNode()
	 * @generated
	 */
	void setNode(Node value);

	/**
	 * Returns the value of the '<em><b>Observed Usage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observed Usage</em>' containment reference.
	 * @see #setObservedUsage(MetricWindow)
	 * @see org.flotilla.model.PoolPackage#getTask_ObservedUsage()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	MetricWindow getObservedUsage();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getObservedUsage <em>Observed Usage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed Usage</em>' containment reference.
	 * @see #getObservedUsage()
	 * @generated
	 */
	void setObservedUsage(MetricWindow value);

} // Task
