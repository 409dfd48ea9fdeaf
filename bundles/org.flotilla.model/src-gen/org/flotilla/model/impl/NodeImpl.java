/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.flotilla.model.Application;
import org.flotilla.model.HardwareComponent;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.Middleware;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.OperatingSystem;
import org.flotilla.model.OsTuning;
import org.flotilla.model.ParameterValue;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.Profile;
import org.flotilla.model.Task;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getState <em>State</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getCpuCapacity <em>Cpu Capacity</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getMemoryCapacity <em>Memory Capacity</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getDiskCapacity <em>Disk Capacity</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getNetworkCapacity <em>Network Capacity</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getHardware <em>Hardware</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getOperatingSystem <em>Operating System</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getMiddleware <em>Middleware</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getApplications <em>Applications</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getTunings <em>Tunings</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getProfile <em>Profile</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getProfileOverrides <em>Profile Overrides</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getTasks <em>Tasks</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getLastHeartbeat <em>Last Heartbeat</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getUptimeSeconds <em>Uptime Seconds</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getClockSkewMillis <em>Clock Skew Millis</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getReportIntervalMillis <em>Report Interval Millis</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getAgentProblems <em>Agent Problems</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getTaskSlots <em>Task Slots</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getTaskLimits <em>Task Limits</em>}</li>
 *   <li>{@link org.flotilla.model.impl.NodeImpl#getMetrics <em>Metrics</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeImpl extends EObjectImpl implements Node {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final NodeState STATE_EDEFAULT = NodeState.ENROLLING;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected NodeState state = STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLabels() <em>Labels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<String> labels;

	/**
	 * The default value of the '{@link #getCpuCapacity() <em>Cpu Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final double CPU_CAPACITY_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getCpuCapacity() <em>Cpu Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuCapacity()
	 * @generated
	 * @ordered
	 */
	protected double cpuCapacity = CPU_CAPACITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryCapacity() <em>Memory Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_CAPACITY_EDEFAULT = 1024L;

	/**
	 * The cached value of the '{@link #getMemoryCapacity() <em>Memory Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryCapacity()
	 * @generated
	 * @ordered
	 */
	protected long memoryCapacity = MEMORY_CAPACITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiskCapacity() <em>Disk Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final long DISK_CAPACITY_EDEFAULT = 10L;

	/**
	 * The cached value of the '{@link #getDiskCapacity() <em>Disk Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskCapacity()
	 * @generated
	 * @ordered
	 */
	protected long diskCapacity = DISK_CAPACITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getNetworkCapacity() <em>Network Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworkCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final long NETWORK_CAPACITY_EDEFAULT = 1000L;

	/**
	 * The cached value of the '{@link #getNetworkCapacity() <em>Network Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworkCapacity()
	 * @generated
	 * @ordered
	 */
	protected long networkCapacity = NETWORK_CAPACITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHardware() <em>Hardware</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardware()
	 * @generated
	 * @ordered
	 */
	protected EList<HardwareComponent> hardware;

	/**
	 * The cached value of the '{@link #getOperatingSystem() <em>Operating System</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatingSystem()
	 * @generated
	 * @ordered
	 */
	protected OperatingSystem operatingSystem;

	/**
	 * The cached value of the '{@link #getMiddleware() <em>Middleware</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMiddleware()
	 * @generated
	 * @ordered
	 */
	protected EList<Middleware> middleware;

	/**
	 * The cached value of the '{@link #getApplications() <em>Applications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplications()
	 * @generated
	 * @ordered
	 */
	protected EList<Application> applications;

	/**
	 * The cached value of the '{@link #getTunings() <em>Tunings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTunings()
	 * @generated
	 * @ordered
	 */
	protected EList<OsTuning> tunings;

	/**
	 * The cached value of the '{@link #getProfile() <em>Profile</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfile()
	 * @generated
	 * @ordered
	 */
	protected Profile profile;

	/**
	 * The cached value of the '{@link #getProfileOverrides() <em>Profile Overrides</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfileOverrides()
	 * @generated
	 * @ordered
	 */
	protected EList<ParameterValue> profileOverrides;

	/**
	 * The cached value of the '{@link #getTasks() <em>Tasks</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTasks()
	 * @generated
	 * @ordered
	 */
	protected EList<Task> tasks;

	/**
	 * The default value of the '{@link #getLastHeartbeat() <em>Last Heartbeat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastHeartbeat()
	 * @generated
	 * @ordered
	 */
	protected static final long LAST_HEARTBEAT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getLastHeartbeat() <em>Last Heartbeat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastHeartbeat()
	 * @generated
	 * @ordered
	 */
	protected long lastHeartbeat = LAST_HEARTBEAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUptimeSeconds() <em>Uptime Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUptimeSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final long UPTIME_SECONDS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getUptimeSeconds() <em>Uptime Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUptimeSeconds()
	 * @generated
	 * @ordered
	 */
	protected long uptimeSeconds = UPTIME_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getClockSkewMillis() <em>Clock Skew Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClockSkewMillis()
	 * @generated
	 * @ordered
	 */
	protected static final long CLOCK_SKEW_MILLIS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getClockSkewMillis() <em>Clock Skew Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClockSkewMillis()
	 * @generated
	 * @ordered
	 */
	protected long clockSkewMillis = CLOCK_SKEW_MILLIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportIntervalMillis() <em>Report Interval Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportIntervalMillis()
	 * @generated
	 * @ordered
	 */
	protected static final long REPORT_INTERVAL_MILLIS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getReportIntervalMillis() <em>Report Interval Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportIntervalMillis()
	 * @generated
	 * @ordered
	 */
	protected long reportIntervalMillis = REPORT_INTERVAL_MILLIS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAgentProblems() <em>Agent Problems</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgentProblems()
	 * @generated
	 * @ordered
	 */
	protected EList<String> agentProblems;

	/**
	 * The default value of the '{@link #getTaskSlots() <em>Task Slots</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskSlots()
	 * @generated
	 * @ordered
	 */
	protected static final int TASK_SLOTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTaskSlots() <em>Task Slots</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskSlots()
	 * @generated
	 * @ordered
	 */
	protected int taskSlots = TASK_SLOTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTaskLimits() <em>Task Limits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskLimits()
	 * @generated
	 * @ordered
	 */
	protected static final String TASK_LIMITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTaskLimits() <em>Task Limits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskLimits()
	 * @generated
	 * @ordered
	 */
	protected String taskLimits = TASK_LIMITS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected MetricWindow metrics;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PoolPackage.Literals.NODE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.NODE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.NODE__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(NodeState newState) {
		NodeState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.NODE__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLabels() {
		if (labels == null) {
			labels = new EDataTypeUniqueEList<String>(String.class, this, PoolPackage.NODE__LABELS);
		}
		return labels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCpuCapacity() {
		return cpuCapacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuCapacity(double newCpuCapacity) {
		double oldCpuCapacity = cpuCapacity;
		cpuCapacity = newCpuCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.NODE__CPU_CAPACITY, oldCpuCapacity, cpuCapacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemoryCapacity() {
		return memoryCapacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryCapacity(long newMemoryCapacity) {
		long oldMemoryCapacity = memoryCapacity;
		memoryCapacity = newMemoryCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.NODE__MEMORY_CAPACITY, oldMemoryCapacity, memoryCapacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDiskCapacity() {
		return diskCapacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiskCapacity(long newDiskCapacity) {
		long oldDiskCapacity = diskCapacity;
		diskCapacity = newDiskCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.NODE__DISK_CAPACITY, oldDiskCapacity, diskCapacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getNetworkCapacity() {
		return networkCapacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetworkCapacity(long newNetworkCapacity) {
		long oldNetworkCapacity = networkCapacity;
		networkCapacity = newNetworkCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.NODE__NETWORK_CAPACITY, oldNetworkCapacity, networkCapacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HardwareComponent> getHardware() {
		if (hardware == null) {
			hardware = new EObjectContainmentEList<HardwareComponent>(HardwareComponent.class, this, PoolPackage.NODE__HARDWARE);
		}
		return hardware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperatingSystem getOperatingSystem() {
		return operatingSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOperatingSystem(OperatingSystem newOperatingSystem, NotificationChain msgs) {
		OperatingSystem oldOperatingSystem = operatingSystem;
		operatingSystem = newOperatingSystem;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PoolPackage.NODE__OPERATING_SYSTEM, oldOperatingSystem, newOperatingSystem);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperatingSystem(OperatingSystem newOperatingSystem) {
		if (newOperatingSystem != operatingSystem) {
			NotificationChain msgs = null;
			if (operatingSystem != null)
				msgs = ((InternalEObject)operatingSystem).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PoolPackage.NODE__OPERATING_SYSTEM, null, msgs);
			if (newOperatingSystem != null)
				msgs = ((InternalEObject)newOperatingSystem).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PoolPackage.NODE__OPERATING_SYSTEM, null, msgs);
			msgs = basicSetOperatingSystem(newOperatingSystem, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.NODE__OPERATING_SYSTEM, newOperatingSystem, newOperatingSystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Middleware> getMiddleware() {
		if (middleware == null) {
			middleware = new EObjectContainmentEList<Middleware>(Middleware.class, this, PoolPackage.NODE__MIDDLEWARE);
		}
		return middleware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Application> getApplications() {
		if (applications == null) {
			applications = new EObjectContainmentEList<Application>(Application.class, this, PoolPackage.NODE__APPLICATIONS);
		}
		return applications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OsTuning> getTunings() {
		if (tunings == null) {
			tunings = new EObjectContainmentEList<OsTuning>(OsTuning.class, this, PoolPackage.NODE__TUNINGS);
		}
		return tunings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Profile getProfile() {
		if (profile != null && profile.eIsProxy()) {
			InternalEObject oldProfile = (InternalEObject)profile;
			profile = (Profile)eResolveProxy(oldProfile);
			if (profile != oldProfile) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PoolPackage.NODE__PROFILE, oldProfile, profile));
			}
		}
		return profile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Profile basicGetProfile() {
		return profile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProfile(Profile newProfile) {
		Profile oldProfile = profile;
		profile = newProfile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.NODE__PROFILE, oldProfile, profile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterValue> getProfileOverrides() {
		if (profileOverrides == null) {
			profileOverrides = new EObjectContainmentEList<ParameterValue>(ParameterValue.class, this, PoolPackage.NODE__PROFILE_OVERRIDES);
		}
		return profileOverrides;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Task> getTasks() {
		if (tasks == null) {
			tasks = new EObjectWithInverseResolvingEList<Task>(Task.class, this, PoolPackage.NODE__TASKS, PoolPackage.TASK__NODE);
		}
		return tasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLastHeartbeat() {
		return lastHeartbeat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastHeartbeat(long newLastHeartbeat) {
		long oldLastHeartbeat = lastHeartbeat;
		lastHeartbeat = newLastHeartbeat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.NODE__LAST_HEARTBEAT, oldLastHeartbeat, lastHeartbeat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getUptimeSeconds() {
		return uptimeSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUptimeSeconds(long newUptimeSeconds) {
		long oldUptimeSeconds = uptimeSeconds;
		uptimeSeconds = newUptimeSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.NODE__UPTIME_SECONDS, oldUptimeSeconds, uptimeSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getClockSkewMillis() {
		return clockSkewMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClockSkewMillis(long newClockSkewMillis) {
		long oldClockSkewMillis = clockSkewMillis;
		clockSkewMillis = newClockSkewMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.NODE__CLOCK_SKEW_MILLIS, oldClockSkewMillis, clockSkewMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getReportIntervalMillis() {
		return reportIntervalMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportIntervalMillis(long newReportIntervalMillis) {
		long oldReportIntervalMillis = reportIntervalMillis;
		reportIntervalMillis = newReportIntervalMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.NODE__REPORT_INTERVAL_MILLIS, oldReportIntervalMillis, reportIntervalMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAgentProblems() {
		if (agentProblems == null) {
			agentProblems = new EDataTypeUniqueEList<String>(String.class, this, PoolPackage.NODE__AGENT_PROBLEMS);
		}
		return agentProblems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTaskSlots() {
		return taskSlots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaskSlots(int newTaskSlots) {
		int oldTaskSlots = taskSlots;
		taskSlots = newTaskSlots;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.NODE__TASK_SLOTS, oldTaskSlots, taskSlots));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTaskLimits() {
		return taskLimits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaskLimits(String newTaskLimits) {
		String oldTaskLimits = taskLimits;
		taskLimits = newTaskLimits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.NODE__TASK_LIMITS, oldTaskLimits, taskLimits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricWindow getMetrics() {
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMetrics(MetricWindow newMetrics, NotificationChain msgs) {
		MetricWindow oldMetrics = metrics;
		metrics = newMetrics;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PoolPackage.NODE__METRICS, oldMetrics, newMetrics);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetrics(MetricWindow newMetrics) {
		if (newMetrics != metrics) {
			NotificationChain msgs = null;
			if (metrics != null)
				msgs = ((InternalEObject)metrics).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PoolPackage.NODE__METRICS, null, msgs);
			if (newMetrics != null)
				msgs = ((InternalEObject)newMetrics).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PoolPackage.NODE__METRICS, null, msgs);
			msgs = basicSetMetrics(newMetrics, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.NODE__METRICS, newMetrics, newMetrics));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PoolPackage.NODE__TASKS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getTasks()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PoolPackage.NODE__HARDWARE:
				return ((InternalEList<?>)getHardware()).basicRemove(otherEnd, msgs);
			case PoolPackage.NODE__OPERATING_SYSTEM:
				return basicSetOperatingSystem(null, msgs);
			case PoolPackage.NODE__MIDDLEWARE:
				return ((InternalEList<?>)getMiddleware()).basicRemove(otherEnd, msgs);
			case PoolPackage.NODE__APPLICATIONS:
				return ((InternalEList<?>)getApplications()).basicRemove(otherEnd, msgs);
			case PoolPackage.NODE__TUNINGS:
				return ((InternalEList<?>)getTunings()).basicRemove(otherEnd, msgs);
			case PoolPackage.NODE__PROFILE_OVERRIDES:
				return ((InternalEList<?>)getProfileOverrides()).basicRemove(otherEnd, msgs);
			case PoolPackage.NODE__TASKS:
				return ((InternalEList<?>)getTasks()).basicRemove(otherEnd, msgs);
			case PoolPackage.NODE__METRICS:
				return basicSetMetrics(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PoolPackage.NODE__NAME:
				return getName();
			case PoolPackage.NODE__ADDRESS:
				return getAddress();
			case PoolPackage.NODE__STATE:
				return getState();
			case PoolPackage.NODE__LABELS:
				return getLabels();
			case PoolPackage.NODE__CPU_CAPACITY:
				return getCpuCapacity();
			case PoolPackage.NODE__MEMORY_CAPACITY:
				return getMemoryCapacity();
			case PoolPackage.NODE__DISK_CAPACITY:
				return getDiskCapacity();
			case PoolPackage.NODE__NETWORK_CAPACITY:
				return getNetworkCapacity();
			case PoolPackage.NODE__HARDWARE:
				return getHardware();
			case PoolPackage.NODE__OPERATING_SYSTEM:
				return getOperatingSystem();
			case PoolPackage.NODE__MIDDLEWARE:
				return getMiddleware();
			case PoolPackage.NODE__APPLICATIONS:
				return getApplications();
			case PoolPackage.NODE__TUNINGS:
				return getTunings();
			case PoolPackage.NODE__PROFILE:
				if (resolve) return getProfile();
				return basicGetProfile();
			case PoolPackage.NODE__PROFILE_OVERRIDES:
				return getProfileOverrides();
			case PoolPackage.NODE__TASKS:
				return getTasks();
			case PoolPackage.NODE__LAST_HEARTBEAT:
				return getLastHeartbeat();
			case PoolPackage.NODE__UPTIME_SECONDS:
				return getUptimeSeconds();
			case PoolPackage.NODE__CLOCK_SKEW_MILLIS:
				return getClockSkewMillis();
			case PoolPackage.NODE__REPORT_INTERVAL_MILLIS:
				return getReportIntervalMillis();
			case PoolPackage.NODE__AGENT_PROBLEMS:
				return getAgentProblems();
			case PoolPackage.NODE__TASK_SLOTS:
				return getTaskSlots();
			case PoolPackage.NODE__TASK_LIMITS:
				return getTaskLimits();
			case PoolPackage.NODE__METRICS:
				return getMetrics();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PoolPackage.NODE__NAME:
				setName((String)newValue);
				return;
			case PoolPackage.NODE__ADDRESS:
				setAddress((String)newValue);
				return;
			case PoolPackage.NODE__STATE:
				setState((NodeState)newValue);
				return;
			case PoolPackage.NODE__LABELS:
				getLabels().clear();
				getLabels().addAll((Collection<? extends String>)newValue);
				return;
			case PoolPackage.NODE__CPU_CAPACITY:
				setCpuCapacity((Double)newValue);
				return;
			case PoolPackage.NODE__MEMORY_CAPACITY:
				setMemoryCapacity((Long)newValue);
				return;
			case PoolPackage.NODE__DISK_CAPACITY:
				setDiskCapacity((Long)newValue);
				return;
			case PoolPackage.NODE__NETWORK_CAPACITY:
				setNetworkCapacity((Long)newValue);
				return;
			case PoolPackage.NODE__HARDWARE:
				getHardware().clear();
				getHardware().addAll((Collection<? extends HardwareComponent>)newValue);
				return;
			case PoolPackage.NODE__OPERATING_SYSTEM:
				setOperatingSystem((OperatingSystem)newValue);
				return;
			case PoolPackage.NODE__MIDDLEWARE:
				getMiddleware().clear();
				getMiddleware().addAll((Collection<? extends Middleware>)newValue);
				return;
			case PoolPackage.NODE__APPLICATIONS:
				getApplications().clear();
				getApplications().addAll((Collection<? extends Application>)newValue);
				return;
			case PoolPackage.NODE__TUNINGS:
				getTunings().clear();
				getTunings().addAll((Collection<? extends OsTuning>)newValue);
				return;
			case PoolPackage.NODE__PROFILE:
				setProfile((Profile)newValue);
				return;
			case PoolPackage.NODE__PROFILE_OVERRIDES:
				getProfileOverrides().clear();
				getProfileOverrides().addAll((Collection<? extends ParameterValue>)newValue);
				return;
			case PoolPackage.NODE__TASKS:
				getTasks().clear();
				getTasks().addAll((Collection<? extends Task>)newValue);
				return;
			case PoolPackage.NODE__LAST_HEARTBEAT:
				setLastHeartbeat((Long)newValue);
				return;
			case PoolPackage.NODE__UPTIME_SECONDS:
				setUptimeSeconds((Long)newValue);
				return;
			case PoolPackage.NODE__CLOCK_SKEW_MILLIS:
				setClockSkewMillis((Long)newValue);
				return;
			case PoolPackage.NODE__REPORT_INTERVAL_MILLIS:
				setReportIntervalMillis((Long)newValue);
				return;
			case PoolPackage.NODE__AGENT_PROBLEMS:
				getAgentProblems().clear();
				getAgentProblems().addAll((Collection<? extends String>)newValue);
				return;
			case PoolPackage.NODE__TASK_SLOTS:
				setTaskSlots((Integer)newValue);
				return;
			case PoolPackage.NODE__TASK_LIMITS:
				setTaskLimits((String)newValue);
				return;
			case PoolPackage.NODE__METRICS:
				setMetrics((MetricWindow)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PoolPackage.NODE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PoolPackage.NODE__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case PoolPackage.NODE__STATE:
				setState(STATE_EDEFAULT);
				return;
			case PoolPackage.NODE__LABELS:
				getLabels().clear();
				return;
			case PoolPackage.NODE__CPU_CAPACITY:
				setCpuCapacity(CPU_CAPACITY_EDEFAULT);
				return;
			case PoolPackage.NODE__MEMORY_CAPACITY:
				setMemoryCapacity(MEMORY_CAPACITY_EDEFAULT);
				return;
			case PoolPackage.NODE__DISK_CAPACITY:
				setDiskCapacity(DISK_CAPACITY_EDEFAULT);
				return;
			case PoolPackage.NODE__NETWORK_CAPACITY:
				setNetworkCapacity(NETWORK_CAPACITY_EDEFAULT);
				return;
			case PoolPackage.NODE__HARDWARE:
				getHardware().clear();
				return;
			case PoolPackage.NODE__OPERATING_SYSTEM:
				setOperatingSystem((OperatingSystem)null);
				return;
			case PoolPackage.NODE__MIDDLEWARE:
				getMiddleware().clear();
				return;
			case PoolPackage.NODE__APPLICATIONS:
				getApplications().clear();
				return;
			case PoolPackage.NODE__TUNINGS:
				getTunings().clear();
				return;
			case PoolPackage.NODE__PROFILE:
				setProfile((Profile)null);
				return;
			case PoolPackage.NODE__PROFILE_OVERRIDES:
				getProfileOverrides().clear();
				return;
			case PoolPackage.NODE__TASKS:
				getTasks().clear();
				return;
			case PoolPackage.NODE__LAST_HEARTBEAT:
				setLastHeartbeat(LAST_HEARTBEAT_EDEFAULT);
				return;
			case PoolPackage.NODE__UPTIME_SECONDS:
				setUptimeSeconds(UPTIME_SECONDS_EDEFAULT);
				return;
			case PoolPackage.NODE__CLOCK_SKEW_MILLIS:
				setClockSkewMillis(CLOCK_SKEW_MILLIS_EDEFAULT);
				return;
			case PoolPackage.NODE__REPORT_INTERVAL_MILLIS:
				setReportIntervalMillis(REPORT_INTERVAL_MILLIS_EDEFAULT);
				return;
			case PoolPackage.NODE__AGENT_PROBLEMS:
				getAgentProblems().clear();
				return;
			case PoolPackage.NODE__TASK_SLOTS:
				setTaskSlots(TASK_SLOTS_EDEFAULT);
				return;
			case PoolPackage.NODE__TASK_LIMITS:
				setTaskLimits(TASK_LIMITS_EDEFAULT);
				return;
			case PoolPackage.NODE__METRICS:
				setMetrics((MetricWindow)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PoolPackage.NODE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PoolPackage.NODE__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case PoolPackage.NODE__STATE:
				return state != STATE_EDEFAULT;
			case PoolPackage.NODE__LABELS:
				return labels != null && !labels.isEmpty();
			case PoolPackage.NODE__CPU_CAPACITY:
				return cpuCapacity != CPU_CAPACITY_EDEFAULT;
			case PoolPackage.NODE__MEMORY_CAPACITY:
				return memoryCapacity != MEMORY_CAPACITY_EDEFAULT;
			case PoolPackage.NODE__DISK_CAPACITY:
				return diskCapacity != DISK_CAPACITY_EDEFAULT;
			case PoolPackage.NODE__NETWORK_CAPACITY:
				return networkCapacity != NETWORK_CAPACITY_EDEFAULT;
			case PoolPackage.NODE__HARDWARE:
				return hardware != null && !hardware.isEmpty();
			case PoolPackage.NODE__OPERATING_SYSTEM:
				return operatingSystem != null;
			case PoolPackage.NODE__MIDDLEWARE:
				return middleware != null && !middleware.isEmpty();
			case PoolPackage.NODE__APPLICATIONS:
				return applications != null && !applications.isEmpty();
			case PoolPackage.NODE__TUNINGS:
				return tunings != null && !tunings.isEmpty();
			case PoolPackage.NODE__PROFILE:
				return profile != null;
			case PoolPackage.NODE__PROFILE_OVERRIDES:
				return profileOverrides != null && !profileOverrides.isEmpty();
			case PoolPackage.NODE__TASKS:
				return tasks != null && !tasks.isEmpty();
			case PoolPackage.NODE__LAST_HEARTBEAT:
				return lastHeartbeat != LAST_HEARTBEAT_EDEFAULT;
			case PoolPackage.NODE__UPTIME_SECONDS:
				return uptimeSeconds != UPTIME_SECONDS_EDEFAULT;
			case PoolPackage.NODE__CLOCK_SKEW_MILLIS:
				return clockSkewMillis != CLOCK_SKEW_MILLIS_EDEFAULT;
			case PoolPackage.NODE__REPORT_INTERVAL_MILLIS:
				return reportIntervalMillis != REPORT_INTERVAL_MILLIS_EDEFAULT;
			case PoolPackage.NODE__AGENT_PROBLEMS:
				return agentProblems != null && !agentProblems.isEmpty();
			case PoolPackage.NODE__TASK_SLOTS:
				return taskSlots != TASK_SLOTS_EDEFAULT;
			case PoolPackage.NODE__TASK_LIMITS:
				return TASK_LIMITS_EDEFAULT == null ? taskLimits != null : !TASK_LIMITS_EDEFAULT.equals(taskLimits);
			case PoolPackage.NODE__METRICS:
				return metrics != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", address: ");
		result.append(address);
		result.append(", state: ");
		result.append(state);
		result.append(", labels: ");
		result.append(labels);
		result.append(", cpuCapacity: ");
		result.append(cpuCapacity);
		result.append(", memoryCapacity: ");
		result.append(memoryCapacity);
		result.append(", diskCapacity: ");
		result.append(diskCapacity);
		result.append(", networkCapacity: ");
		result.append(networkCapacity);
		result.append(", lastHeartbeat: ");
		result.append(lastHeartbeat);
		result.append(", uptimeSeconds: ");
		result.append(uptimeSeconds);
		result.append(", clockSkewMillis: ");
		result.append(clockSkewMillis);
		result.append(", reportIntervalMillis: ");
		result.append(reportIntervalMillis);
		result.append(", agentProblems: ");
		result.append(agentProblems);
		result.append(", taskSlots: ");
		result.append(taskSlots);
		result.append(", taskLimits: ");
		result.append(taskLimits);
		result.append(')');
		return result.toString();
	}

} //NodeImpl
