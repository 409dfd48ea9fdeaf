/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One server of the pool. Capacities are what the node offers the pool (its allotment), in cores, MiB, GiB and Mbit/s.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.Node#getName <em>Name</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getAddress <em>Address</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getState <em>State</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getCpuCapacity <em>Cpu Capacity</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getMemoryCapacity <em>Memory Capacity</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getDiskCapacity <em>Disk Capacity</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getNetworkCapacity <em>Network Capacity</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getHardware <em>Hardware</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getOperatingSystem <em>Operating System</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getMiddleware <em>Middleware</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getApplications <em>Applications</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getTunings <em>Tunings</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getProfile <em>Profile</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getProfileOverrides <em>Profile Overrides</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getTasks <em>Tasks</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getLastHeartbeat <em>Last Heartbeat</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getUptimeSeconds <em>Uptime Seconds</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getClockSkewMillis <em>Clock Skew Millis</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getReportIntervalMillis <em>Report Interval Millis</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getAgentProblems <em>Agent Problems</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getTaskSlots <em>Task Slots</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getTaskLimits <em>Task Limits</em>}</li>
 *   <li>{@link org.flotilla.model.Node#getMetrics <em>Metrics</em>}</li>
 * </ul>
 *
 * @see org.flotilla.model.PoolPackage#getNode()
 * @model
 * @generated
 */
public interface Node extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.flotilla.model.PoolPackage#getNode_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Node#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.flotilla.model.PoolPackage#getNode_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Node#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flotilla.model.NodeState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.flotilla.model.NodeState
	 * @see #setState(NodeState)
	 * @see org.flotilla.model.PoolPackage#getNode_State()
	 * @model
	 * @generated
	 */
	NodeState getState();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Node#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.flotilla.model.NodeState
	 * @see #getState()
	 * @generated
	 */
	void setState(NodeState value);

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' attribute list.
	 * @see org.flotilla.model.PoolPackage#getNode_Labels()
	 * @model
	 * @generated
	 */
	EList<String> getLabels();

	/**
	 * Returns the value of the '<em><b>Cpu Capacity</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu Capacity</em>' attribute.
	 * @see #setCpuCapacity(double)
	 * @see org.flotilla.model.PoolPackage#getNode_CpuCapacity()
	 * @model default="1.0"
	 * @generated
	 */
	double getCpuCapacity();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Node#getCpuCapacity <em>Cpu Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Capacity</em>' attribute.
	 * @see #getCpuCapacity()
	 * @generated
	 */
	void setCpuCapacity(double value);

	/**
	 * Returns the value of the '<em><b>Memory Capacity</b></em>' attribute.
	 * The default value is <code>"1024"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Capacity</em>' attribute.
	 * @see #setMemoryCapacity(long)
	 * @see org.flotilla.model.PoolPackage#getNode_MemoryCapacity()
	 * @model default="1024"
	 * @generated
	 */
	long getMemoryCapacity();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Node#getMemoryCapacity <em>Memory Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Capacity</em>' attribute.
	 * @see #getMemoryCapacity()
	 * @generated
	 */
	void setMemoryCapacity(long value);

	/**
	 * Returns the value of the '<em><b>Disk Capacity</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disk Capacity</em>' attribute.
	 * @see #setDiskCapacity(long)
	 * @see org.flotilla.model.PoolPackage#getNode_DiskCapacity()
	 * @model default="10"
	 * @generated
	 */
	long getDiskCapacity();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Node#getDiskCapacity <em>Disk Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disk Capacity</em>' attribute.
	 * @see #getDiskCapacity()
	 * @generated
	 */
	void setDiskCapacity(long value);

	/**
	 * Returns the value of the '<em><b>Network Capacity</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Network Capacity</em>' attribute.
	 * @see #setNetworkCapacity(long)
	 * @see org.flotilla.model.PoolPackage#getNode_NetworkCapacity()
	 * @model default="1000"
	 * @generated
	 */
	long getNetworkCapacity();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Node#getNetworkCapacity <em>Network Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network Capacity</em>' attribute.
	 * @see #getNetworkCapacity()
	 * @generated
	 */
	void setNetworkCapacity(long value);

	/**
	 * Returns the value of the '<em><b>Hardware</b></em>' containment reference list.
	 * The list contents are of type {@link org.flotilla.model.HardwareComponent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hardware</em>' containment reference list.
	 * @see org.flotilla.model.PoolPackage#getNode_Hardware()
	 * @model containment="true"
	 * @generated
	 */
	EList<HardwareComponent> getHardware();

	/**
	 * Returns the value of the '<em><b>Operating System</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operating System</em>' containment reference.
	 * @see #setOperatingSystem(OperatingSystem)
	 * @see org.flotilla.model.PoolPackage#getNode_OperatingSystem()
	 * @model containment="true"
	 * @generated
	 */
	OperatingSystem getOperatingSystem();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Node#getOperatingSystem <em>Operating System</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operating System</em>' containment reference.
	 * @see #getOperatingSystem()
	 * @generated
	 */
	void setOperatingSystem(OperatingSystem value);

	/**
	 * Returns the value of the '<em><b>Middleware</b></em>' containment reference list.
	 * The list contents are of type {@link org.flotilla.model.Middleware}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Middleware</em>' containment reference list.
	 * @see org.flotilla.model.PoolPackage#getNode_Middleware()
	 * @model containment="true"
	 * @generated
	 */
	EList<Middleware> getMiddleware();

	/**
	 * Returns the value of the '<em><b>Applications</b></em>' containment reference list.
	 * The list contents are of type {@link org.flotilla.model.Application}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Applications</em>' containment reference list.
	 * @see org.flotilla.model.PoolPackage#getNode_Applications()
	 * @model containment="true"
	 * @generated
	 */
	EList<Application> getApplications();

	/**
	 * Returns the value of the '<em><b>Tunings</b></em>' containment reference list.
	 * The list contents are of type {@link org.flotilla.model.OsTuning}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tunings</em>' containment reference list.
	 * @see org.flotilla.model.PoolPackage#getNode_Tunings()
	 * @model containment="true"
	 * @generated
	 */
	EList<OsTuning> getTunings();

	/**
	 * Returns the value of the '<em><b>Profile</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stack this node is to have (applied by provisioning); null when none was applied.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Profile</em>' reference.
	 * @see #setProfile(Profile)
	 * @see org.flotilla.model.PoolPackage#getNode_Profile()
	 * @model
	 * @generated
	 */
	Profile getProfile();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Node#getProfile <em>Profile</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profile</em>' reference.
	 * @see #getProfile()
	 * @generated
	 */
	void setProfile(Profile value);

	/**
	 * Returns the value of the '<em><b>Profile Overrides</b></em>' containment reference list.
	 * The list contents are of type {@link org.flotilla.model.ParameterValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * This node's values for overridable parameters of its profile's packages (packageName says which package).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Profile Overrides</em>' containment reference list.
	 * @see org.flotilla.model.PoolPackage#getNode_ProfileOverrides()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterValue> getProfileOverrides();

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' reference list.
	 * The list contents are of type {@link org.flotilla.model.Task}.
	 * It is bidirectional and its opposite is '{@link org.flotilla.model.Task#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tasks</em>' reference list.
	 * @see org.flotilla.model.PoolPackage#getNode_Tasks()
	 * @see org.flotilla.model.Task#getNode
	 * @model opposite="node"
	 * @generated
	 */
	EList<Task> getTasks();

	/**
	 * Returns the value of the '<em><b>Last Heartbeat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the node's agent was last heard from (epoch milliseconds; 0 = never). Live state, not saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Heartbeat</em>' attribute.
	 * @see #setLastHeartbeat(long)
	 * @see org.flotilla.model.PoolPackage#getNode_LastHeartbeat()
	 * @model transient="true"
	 * @generated
	 */
	long getLastHeartbeat();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Node#getLastHeartbeat <em>Last Heartbeat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Heartbeat</em>' attribute.
	 * @see #getLastHeartbeat()
	 * @generated
	 */
	void setLastHeartbeat(long value);

	/**
	 * Returns the value of the '<em><b>Uptime Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uptime Seconds</em>' attribute.
	 * @see #setUptimeSeconds(long)
	 * @see org.flotilla.model.PoolPackage#getNode_UptimeSeconds()
	 * @model transient="true"
	 * @generated
	 */
	long getUptimeSeconds();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Node#getUptimeSeconds <em>Uptime Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uptime Seconds</em>' attribute.
	 * @see #getUptimeSeconds()
	 * @generated
	 */
	void setUptimeSeconds(long value);

	/**
	 * Returns the value of the '<em><b>Clock Skew Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the agent's clock is ahead of the console's (negative: behind) in milliseconds, as its latest report showed (the network delay included). Liveness never uses the agent's clock. Live state, not saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clock Skew Millis</em>' attribute.
	 * @see #setClockSkewMillis(long)
	 * @see org.flotilla.model.PoolPackage#getNode_ClockSkewMillis()
	 * @model transient="true"
	 * @generated
	 */
	long getClockSkewMillis();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Node#getClockSkewMillis <em>Clock Skew Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clock Skew Millis</em>' attribute.
	 * @see #getClockSkewMillis()
	 * @generated
	 */
	void setClockSkewMillis(long value);

	/**
	 * Returns the value of the '<em><b>Report Interval Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often the node's agent says it reports, in milliseconds (0 = not known yet): the node is unreachable after three intervals of silence. Live state, not saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Report Interval Millis</em>' attribute.
	 * @see #setReportIntervalMillis(long)
	 * @see org.flotilla.model.PoolPackage#getNode_ReportIntervalMillis()
	 * @model transient="true"
	 * @generated
	 */
	long getReportIntervalMillis();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Node#getReportIntervalMillis <em>Report Interval Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Report Interval Millis</em>' attribute.
	 * @see #getReportIntervalMillis()
	 * @generated
	 */
	void setReportIntervalMillis(long value);

	/**
	 * Returns the value of the '<em><b>Agent Problems</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the node's agent reports wrong on its node (a metrics history it cannot write, say), one message each, saying what and where; empty when all is well. Live state, not saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agent Problems</em>' attribute list.
	 * @see org.flotilla.model.PoolPackage#getNode_AgentProblems()
	 * @model transient="true"
	 * @generated
	 */
	EList<String> getAgentProblems();

	/**
	 * Returns the value of the '<em><b>Task Slots</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many tasks the node's agent runs at most (its tasks.max); 0 until the agent says. Placement never gives it more. Live state, not saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Task Slots</em>' attribute.
	 * @see #setTaskSlots(int)
	 * @see org.flotilla.model.PoolPackage#getNode_TaskSlots()
	 * @model transient="true"
	 * @generated
	 */
	int getTaskSlots();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Node#getTaskSlots <em>Task Slots</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task Slots</em>' attribute.
	 * @see #getTaskSlots()
	 * @generated
	 */
	void setTaskSlots(int value);

	/**
	 * Returns the value of the '<em><b>Task Limits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the node's agent enforces tasks' CPU and memory limits, and how (e.g. 'cgroup v2'), or 'not enforced: why'; null until the agent says. Live state, not saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Task Limits</em>' attribute.
	 * @see #setTaskLimits(String)
	 * @see org.flotilla.model.PoolPackage#getNode_TaskLimits()
	 * @model transient="true"
	 * @generated
	 */
	String getTaskLimits();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Node#getTaskLimits <em>Task Limits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task Limits</em>' attribute.
	 * @see #getTaskLimits()
	 * @generated
	 */
	void setTaskLimits(String value);

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The recent live samples (not saved: history stays on the agent).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference.
	 * @see #setMetrics(MetricWindow)
	 * @see org.flotilla.model.PoolPackage#getNode_Metrics()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	MetricWindow getMetrics();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Node#getMetrics <em>Metrics</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metrics</em>' containment reference.
	 * @see #getMetrics()
	 * @generated
	 */
	void setMetrics(MetricWindow value);

} // Node
