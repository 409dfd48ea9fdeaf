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
 *   <li>{@link org.flotilla.model.Task#getKind <em>Kind</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getArguments <em>Arguments</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link org.flotilla.model.Task#isShell <em>Shell</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getRestartPolicy <em>Restart Policy</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getMaxRestarts <em>Max Restarts</em>}</li>
 *   <li>{@link org.flotilla.model.Task#isDesiredRunning <em>Desired Running</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getEpoch <em>Epoch</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getStateReason <em>State Reason</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getExitCode <em>Exit Code</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getRestarts <em>Restarts</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getPid <em>Pid</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getCpuUsage <em>Cpu Usage</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getMemoryUsage <em>Memory Usage</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getPredictedCpuDemand <em>Predicted Cpu Demand</em>}</li>
 *   <li>{@link org.flotilla.model.Task#getPredictedMemoryDemand <em>Predicted Memory Demand</em>}</li>
 *   <li>{@link org.flotilla.model.Task#isDemandPredicted <em>Demand Predicted</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flotilla.model.TaskKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A service runs until stopped and is restarted by its policy; a batch task runs to completion and keeps its exit code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.flotilla.model.TaskKind
	 * @see #setKind(TaskKind)
	 * @see org.flotilla.model.PoolPackage#getTask_Kind()
	 * @model
	 * @generated
	 */
	TaskKind getKind();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.flotilla.model.TaskKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TaskKind value);

	/**
	 * Returns the value of the '<em><b>Arguments</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The command's arguments, each passed as it is (no shell unless shell is set).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arguments</em>' attribute list.
	 * @see org.flotilla.model.PoolPackage#getTask_Arguments()
	 * @model
	 * @generated
	 */
	EList<String> getArguments();

	/**
	 * Returns the value of the '<em><b>Environment</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Environment variables of the task's process, each 'NAME=value'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Environment</em>' attribute list.
	 * @see org.flotilla.model.PoolPackage#getTask_Environment()
	 * @model
	 * @generated
	 */
	EList<String> getEnvironment();

	/**
	 * Returns the value of the '<em><b>Shell</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Run the command through /bin/sh -c (its arguments become the shell's positional parameters).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shell</em>' attribute.
	 * @see #setShell(boolean)
	 * @see org.flotilla.model.PoolPackage#getTask_Shell()
	 * @model
	 * @generated
	 */
	boolean isShell();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#isShell <em>Shell</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shell</em>' attribute.
	 * @see #isShell()
	 * @generated
	 */
	void setShell(boolean value);

	/**
	 * Returns the value of the '<em><b>Restart Policy</b></em>' attribute.
	 * The default value is <code>"on failure"</code>.
	 * The literals are from the enumeration {@link org.flotilla.model.RestartPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the agent restarts the task's process after it ends (for a batch task: retries after a failure).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Restart Policy</em>' attribute.
	 * @see org.flotilla.model.RestartPolicy
	 * @see #setRestartPolicy(RestartPolicy)
	 * @see org.flotilla.model.PoolPackage#getTask_RestartPolicy()
	 * @model default="on failure"
	 * @generated
	 */
	RestartPolicy getRestartPolicy();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getRestartPolicy <em>Restart Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Restart Policy</em>' attribute.
	 * @see org.flotilla.model.RestartPolicy
	 * @see #getRestartPolicy()
	 * @generated
	 */
	void setRestartPolicy(RestartPolicy value);

	/**
	 * Returns the value of the '<em><b>Max Restarts</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many times in a row the agent restarts (or retries) the task before it gives up and reports it failed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Restarts</em>' attribute.
	 * @see #setMaxRestarts(int)
	 * @see org.flotilla.model.PoolPackage#getTask_MaxRestarts()
	 * @model default="5"
	 * @generated
	 */
	int getMaxRestarts();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getMaxRestarts <em>Max Restarts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Restarts</em>' attribute.
	 * @see #getMaxRestarts()
	 * @generated
	 */
	void setMaxRestarts(int value);

	/**
	 * Returns the value of the '<em><b>Desired Running</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the task should run (true) or was stopped by a person (false).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Desired Running</em>' attribute.
	 * @see #setDesiredRunning(boolean)
	 * @see org.flotilla.model.PoolPackage#getTask_DesiredRunning()
	 * @model default="true"
	 * @generated
	 */
	boolean isDesiredRunning();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#isDesiredRunning <em>Desired Running</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Desired Running</em>' attribute.
	 * @see #isDesiredRunning()
	 * @generated
	 */
	void setDesiredRunning(boolean value);

	/**
	 * Returns the value of the '<em><b>Epoch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Raised each time the task is (re)assigned to a node; agents refuse commands of an older epoch and stop an instance of an older epoch (fencing).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Epoch</em>' attribute.
	 * @see #setEpoch(long)
	 * @see org.flotilla.model.PoolPackage#getTask_Epoch()
	 * @model
	 * @generated
	 */
	long getEpoch();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getEpoch <em>Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epoch</em>' attribute.
	 * @see #getEpoch()
	 * @generated
	 */
	void setEpoch(long value);

	/**
	 * Returns the value of the '<em><b>State Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the task is in its state: why it cannot be placed, why it failed (the agent's reason). Live state, not saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State Reason</em>' attribute.
	 * @see #setStateReason(String)
	 * @see org.flotilla.model.PoolPackage#getTask_StateReason()
	 * @model transient="true"
	 * @generated
	 */
	String getStateReason();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getStateReason <em>State Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State Reason</em>' attribute.
	 * @see #getStateReason()
	 * @generated
	 */
	void setStateReason(String value);

	/**
	 * Returns the value of the '<em><b>Exit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The exit code of the task's last process, as its agent reported it (null: none yet). Live state, not saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exit Code</em>' attribute.
	 * @see #setExitCode(Integer)
	 * @see org.flotilla.model.PoolPackage#getTask_ExitCode()
	 * @model transient="true"
	 * @generated
	 */
	Integer getExitCode();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getExitCode <em>Exit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exit Code</em>' attribute.
	 * @see #getExitCode()
	 * @generated
	 */
	void setExitCode(Integer value);

	/**
	 * Returns the value of the '<em><b>Restarts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often its agent has restarted the task's process. Live state, not saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Restarts</em>' attribute.
	 * @see #setRestarts(int)
	 * @see org.flotilla.model.PoolPackage#getTask_Restarts()
	 * @model transient="true"
	 * @generated
	 */
	int getRestarts();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getRestarts <em>Restarts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Restarts</em>' attribute.
	 * @see #getRestarts()
	 * @generated
	 */
	void setRestarts(int value);

	/**
	 * Returns the value of the '<em><b>Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The process id of the task's process on its node (0: none). Live state, not saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pid</em>' attribute.
	 * @see #setPid(long)
	 * @see org.flotilla.model.PoolPackage#getTask_Pid()
	 * @model transient="true"
	 * @generated
	 */
	long getPid();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getPid <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pid</em>' attribute.
	 * @see #getPid()
	 * @generated
	 */
	void setPid(long value);

	/**
	 * Returns the value of the '<em><b>Cpu Usage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPU the task used at its agent's latest report, in cores. Live state, not saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu Usage</em>' attribute.
	 * @see #setCpuUsage(double)
	 * @see org.flotilla.model.PoolPackage#getTask_CpuUsage()
	 * @model transient="true"
	 * @generated
	 */
	double getCpuUsage();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getCpuUsage <em>Cpu Usage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Usage</em>' attribute.
	 * @see #getCpuUsage()
	 * @generated
	 */
	void setCpuUsage(double value);

	/**
	 * Returns the value of the '<em><b>Memory Usage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Memory the task used at its agent's latest report, in MiB. Live state, not saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory Usage</em>' attribute.
	 * @see #setMemoryUsage(long)
	 * @see org.flotilla.model.PoolPackage#getTask_MemoryUsage()
	 * @model transient="true"
	 * @generated
	 */
	long getMemoryUsage();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getMemoryUsage <em>Memory Usage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Usage</em>' attribute.
	 * @see #getMemoryUsage()
	 * @generated
	 */
	void setMemoryUsage(long value);

	/**
	 * Returns the value of the '<em><b>Predicted Cpu Demand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CPU demand placement used, in cores: the predicted 95th percentile when demandPredicted, else the declared demand. Live state, not saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predicted Cpu Demand</em>' attribute.
	 * @see #setPredictedCpuDemand(double)
	 * @see org.flotilla.model.PoolPackage#getTask_PredictedCpuDemand()
	 * @model transient="true"
	 * @generated
	 */
	double getPredictedCpuDemand();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getPredictedCpuDemand <em>Predicted Cpu Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predicted Cpu Demand</em>' attribute.
	 * @see #getPredictedCpuDemand()
	 * @generated
	 */
	void setPredictedCpuDemand(double value);

	/**
	 * Returns the value of the '<em><b>Predicted Memory Demand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The memory demand placement used, in MiB (see predictedCpuDemand). Live state, not saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predicted Memory Demand</em>' attribute.
	 * @see #setPredictedMemoryDemand(long)
	 * @see org.flotilla.model.PoolPackage#getTask_PredictedMemoryDemand()
	 * @model transient="true"
	 * @generated
	 */
	long getPredictedMemoryDemand();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#getPredictedMemoryDemand <em>Predicted Memory Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predicted Memory Demand</em>' attribute.
	 * @see #getPredictedMemoryDemand()
	 * @generated
	 */
	void setPredictedMemoryDemand(long value);

	/**
	 * Returns the value of the '<em><b>Demand Predicted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether placement used the demand predicted from the task's usage history (true) or its declared demand (false). Live state, not saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Demand Predicted</em>' attribute.
	 * @see #setDemandPredicted(boolean)
	 * @see org.flotilla.model.PoolPackage#getTask_DemandPredicted()
	 * @model transient="true"
	 * @generated
	 */
	boolean isDemandPredicted();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Task#isDemandPredicted <em>Demand Predicted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Demand Predicted</em>' attribute.
	 * @see #isDemandPredicted()
	 * @generated
	 */
	void setDemandPredicted(boolean value);

} // Task
