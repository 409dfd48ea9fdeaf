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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.flotilla.model.MetricWindow;
import org.flotilla.model.Node;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.RestartPolicy;
import org.flotilla.model.StackRequirement;
import org.flotilla.model.Task;
import org.flotilla.model.TaskKind;
import org.flotilla.model.TaskState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getCommand <em>Command</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getCpuDemand <em>Cpu Demand</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getMemoryDemand <em>Memory Demand</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getDiskDemand <em>Disk Demand</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getNetworkDemand <em>Network Demand</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getRequirements <em>Requirements</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getRequiredLabels <em>Required Labels</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getAffinity <em>Affinity</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getAntiAffinity <em>Anti Affinity</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getState <em>State</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#isPinned <em>Pinned</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getNode <em>Node</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getObservedUsage <em>Observed Usage</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getArguments <em>Arguments</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#isShell <em>Shell</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getRestartPolicy <em>Restart Policy</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getMaxRestarts <em>Max Restarts</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#isDesiredRunning <em>Desired Running</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getEpoch <em>Epoch</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getStateReason <em>State Reason</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getExitCode <em>Exit Code</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getRestarts <em>Restarts</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getPid <em>Pid</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getCpuUsage <em>Cpu Usage</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getMemoryUsage <em>Memory Usage</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getPredictedCpuDemand <em>Predicted Cpu Demand</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#getPredictedMemoryDemand <em>Predicted Memory Demand</em>}</li>
 *   <li>{@link org.flotilla.model.impl.TaskImpl#isDemandPredicted <em>Demand Predicted</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TaskImpl extends EObjectImpl implements Task {
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
	 * The default value of the '{@link #getCommand() <em>Command</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommand()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMAND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommand() <em>Command</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommand()
	 * @generated
	 * @ordered
	 */
	protected String command = COMMAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuDemand() <em>Cpu Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuDemand()
	 * @generated
	 * @ordered
	 */
	protected static final double CPU_DEMAND_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCpuDemand() <em>Cpu Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuDemand()
	 * @generated
	 * @ordered
	 */
	protected double cpuDemand = CPU_DEMAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryDemand() <em>Memory Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryDemand()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_DEMAND_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMemoryDemand() <em>Memory Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryDemand()
	 * @generated
	 * @ordered
	 */
	protected long memoryDemand = MEMORY_DEMAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiskDemand() <em>Disk Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskDemand()
	 * @generated
	 * @ordered
	 */
	protected static final long DISK_DEMAND_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDiskDemand() <em>Disk Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskDemand()
	 * @generated
	 * @ordered
	 */
	protected long diskDemand = DISK_DEMAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getNetworkDemand() <em>Network Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworkDemand()
	 * @generated
	 * @ordered
	 */
	protected static final long NETWORK_DEMAND_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getNetworkDemand() <em>Network Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworkDemand()
	 * @generated
	 * @ordered
	 */
	protected long networkDemand = NETWORK_DEMAND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequirements() <em>Requirements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequirements()
	 * @generated
	 * @ordered
	 */
	protected EList<StackRequirement> requirements;

	/**
	 * The cached value of the '{@link #getRequiredLabels() <em>Required Labels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<String> requiredLabels;

	/**
	 * The cached value of the '{@link #getAffinity() <em>Affinity</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffinity()
	 * @generated
	 * @ordered
	 */
	protected EList<Task> affinity;

	/**
	 * The cached value of the '{@link #getAntiAffinity() <em>Anti Affinity</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAntiAffinity()
	 * @generated
	 * @ordered
	 */
	protected EList<Task> antiAffinity;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final int PRIORITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected int priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final TaskState STATE_EDEFAULT = TaskState.PENDING;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected TaskState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isPinned() <em>Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPinned()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PINNED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPinned() <em>Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPinned()
	 * @generated
	 * @ordered
	 */
	protected boolean pinned = PINNED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNode() <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNode()
	 * @generated
	 * @ordered
	 */
	protected Node node;

	/**
	 * The cached value of the '{@link #getObservedUsage() <em>Observed Usage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedUsage()
	 * @generated
	 * @ordered
	 */
	protected MetricWindow observedUsage;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final TaskKind KIND_EDEFAULT = TaskKind.SERVICE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected TaskKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getArguments() <em>Arguments</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArguments()
	 * @generated
	 * @ordered
	 */
	protected EList<String> arguments;

	/**
	 * The cached value of the '{@link #getEnvironment() <em>Environment</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvironment()
	 * @generated
	 * @ordered
	 */
	protected EList<String> environment;

	/**
	 * The default value of the '{@link #isShell() <em>Shell</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShell()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHELL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isShell() <em>Shell</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShell()
	 * @generated
	 * @ordered
	 */
	protected boolean shell = SHELL_EDEFAULT;

	/**
	 * The default value of the '{@link #getRestartPolicy() <em>Restart Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestartPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final RestartPolicy RESTART_POLICY_EDEFAULT = RestartPolicy.ON_FAILURE;

	/**
	 * The cached value of the '{@link #getRestartPolicy() <em>Restart Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestartPolicy()
	 * @generated
	 * @ordered
	 */
	protected RestartPolicy restartPolicy = RESTART_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxRestarts() <em>Max Restarts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRestarts()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_RESTARTS_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getMaxRestarts() <em>Max Restarts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRestarts()
	 * @generated
	 * @ordered
	 */
	protected int maxRestarts = MAX_RESTARTS_EDEFAULT;

	/**
	 * The default value of the '{@link #isDesiredRunning() <em>Desired Running</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDesiredRunning()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DESIRED_RUNNING_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isDesiredRunning() <em>Desired Running</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDesiredRunning()
	 * @generated
	 * @ordered
	 */
	protected boolean desiredRunning = DESIRED_RUNNING_EDEFAULT;

	/**
	 * The default value of the '{@link #getEpoch() <em>Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpoch()
	 * @generated
	 * @ordered
	 */
	protected static final long EPOCH_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEpoch() <em>Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpoch()
	 * @generated
	 * @ordered
	 */
	protected long epoch = EPOCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getStateReason() <em>State Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateReason()
	 * @generated
	 * @ordered
	 */
	protected static final String STATE_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStateReason() <em>State Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateReason()
	 * @generated
	 * @ordered
	 */
	protected String stateReason = STATE_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getExitCode() <em>Exit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitCode()
	 * @generated
	 * @ordered
	 */
	protected static final Integer EXIT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExitCode() <em>Exit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitCode()
	 * @generated
	 * @ordered
	 */
	protected Integer exitCode = EXIT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRestarts() <em>Restarts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestarts()
	 * @generated
	 * @ordered
	 */
	protected static final int RESTARTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRestarts() <em>Restarts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestarts()
	 * @generated
	 * @ordered
	 */
	protected int restarts = RESTARTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPid() <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPid()
	 * @generated
	 * @ordered
	 */
	protected static final long PID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPid() <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPid()
	 * @generated
	 * @ordered
	 */
	protected long pid = PID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuUsage() <em>Cpu Usage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuUsage()
	 * @generated
	 * @ordered
	 */
	protected static final double CPU_USAGE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCpuUsage() <em>Cpu Usage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuUsage()
	 * @generated
	 * @ordered
	 */
	protected double cpuUsage = CPU_USAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryUsage() <em>Memory Usage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryUsage()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_USAGE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMemoryUsage() <em>Memory Usage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryUsage()
	 * @generated
	 * @ordered
	 */
	protected long memoryUsage = MEMORY_USAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPredictedCpuDemand() <em>Predicted Cpu Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredictedCpuDemand()
	 * @generated
	 * @ordered
	 */
	protected static final double PREDICTED_CPU_DEMAND_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPredictedCpuDemand() <em>Predicted Cpu Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredictedCpuDemand()
	 * @generated
	 * @ordered
	 */
	protected double predictedCpuDemand = PREDICTED_CPU_DEMAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPredictedMemoryDemand() <em>Predicted Memory Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredictedMemoryDemand()
	 * @generated
	 * @ordered
	 */
	protected static final long PREDICTED_MEMORY_DEMAND_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPredictedMemoryDemand() <em>Predicted Memory Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredictedMemoryDemand()
	 * @generated
	 * @ordered
	 */
	protected long predictedMemoryDemand = PREDICTED_MEMORY_DEMAND_EDEFAULT;

	/**
	 * The default value of the '{@link #isDemandPredicted() <em>Demand Predicted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDemandPredicted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DEMAND_PREDICTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDemandPredicted() <em>Demand Predicted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDemandPredicted()
	 * @generated
	 * @ordered
	 */
	protected boolean demandPredicted = DEMAND_PREDICTED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PoolPackage.Literals.TASK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommand() {
		return command;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommand(String newCommand) {
		String oldCommand = command;
		command = newCommand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__COMMAND, oldCommand, command));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCpuDemand() {
		return cpuDemand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuDemand(double newCpuDemand) {
		double oldCpuDemand = cpuDemand;
		cpuDemand = newCpuDemand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__CPU_DEMAND, oldCpuDemand, cpuDemand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemoryDemand() {
		return memoryDemand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryDemand(long newMemoryDemand) {
		long oldMemoryDemand = memoryDemand;
		memoryDemand = newMemoryDemand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__MEMORY_DEMAND, oldMemoryDemand, memoryDemand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDiskDemand() {
		return diskDemand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiskDemand(long newDiskDemand) {
		long oldDiskDemand = diskDemand;
		diskDemand = newDiskDemand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__DISK_DEMAND, oldDiskDemand, diskDemand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getNetworkDemand() {
		return networkDemand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetworkDemand(long newNetworkDemand) {
		long oldNetworkDemand = networkDemand;
		networkDemand = newNetworkDemand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__NETWORK_DEMAND, oldNetworkDemand, networkDemand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StackRequirement> getRequirements() {
		if (requirements == null) {
			requirements = new EObjectContainmentEList<StackRequirement>(StackRequirement.class, this, PoolPackage.TASK__REQUIREMENTS);
		}
		return requirements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRequiredLabels() {
		if (requiredLabels == null) {
			requiredLabels = new EDataTypeUniqueEList<String>(String.class, this, PoolPackage.TASK__REQUIRED_LABELS);
		}
		return requiredLabels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Task> getAffinity() {
		if (affinity == null) {
			affinity = new EObjectResolvingEList<Task>(Task.class, this, PoolPackage.TASK__AFFINITY);
		}
		return affinity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Task> getAntiAffinity() {
		if (antiAffinity == null) {
			antiAffinity = new EObjectResolvingEList<Task>(Task.class, this, PoolPackage.TASK__ANTI_AFFINITY);
		}
		return antiAffinity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(int newPriority) {
		int oldPriority = priority;
		priority = newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(TaskState newState) {
		TaskState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPinned() {
		return pinned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPinned(boolean newPinned) {
		boolean oldPinned = pinned;
		pinned = newPinned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__PINNED, oldPinned, pinned));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node getNode() {
		if (node != null && node.eIsProxy()) {
			InternalEObject oldNode = (InternalEObject)node;
			node = (Node)eResolveProxy(oldNode);
			if (node != oldNode) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PoolPackage.TASK__NODE, oldNode, node));
			}
		}
		return node;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Node basicGetNode() {
		return node;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNode(Node newNode, NotificationChain msgs) {
		Node oldNode = node;
		node = newNode;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__NODE, oldNode, newNode);
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
	public void setNode(Node newNode) {
		if (newNode != node) {
			NotificationChain msgs = null;
			if (node != null)
				msgs = ((InternalEObject)node).eInverseRemove(this, PoolPackage.NODE__TASKS, Node.class, msgs);
			if (newNode != null)
				msgs = ((InternalEObject)newNode).eInverseAdd(this, PoolPackage.NODE__TASKS, Node.class, msgs);
			msgs = basicSetNode(newNode, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__NODE, newNode, newNode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricWindow getObservedUsage() {
		return observedUsage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetObservedUsage(MetricWindow newObservedUsage, NotificationChain msgs) {
		MetricWindow oldObservedUsage = observedUsage;
		observedUsage = newObservedUsage;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__OBSERVED_USAGE, oldObservedUsage, newObservedUsage);
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
	public void setObservedUsage(MetricWindow newObservedUsage) {
		if (newObservedUsage != observedUsage) {
			NotificationChain msgs = null;
			if (observedUsage != null)
				msgs = ((InternalEObject)observedUsage).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PoolPackage.TASK__OBSERVED_USAGE, null, msgs);
			if (newObservedUsage != null)
				msgs = ((InternalEObject)newObservedUsage).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PoolPackage.TASK__OBSERVED_USAGE, null, msgs);
			msgs = basicSetObservedUsage(newObservedUsage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__OBSERVED_USAGE, newObservedUsage, newObservedUsage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(TaskKind newKind) {
		TaskKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getArguments() {
		if (arguments == null) {
			arguments = new EDataTypeUniqueEList<String>(String.class, this, PoolPackage.TASK__ARGUMENTS);
		}
		return arguments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEnvironment() {
		if (environment == null) {
			environment = new EDataTypeUniqueEList<String>(String.class, this, PoolPackage.TASK__ENVIRONMENT);
		}
		return environment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShell() {
		return shell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShell(boolean newShell) {
		boolean oldShell = shell;
		shell = newShell;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__SHELL, oldShell, shell));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RestartPolicy getRestartPolicy() {
		return restartPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestartPolicy(RestartPolicy newRestartPolicy) {
		RestartPolicy oldRestartPolicy = restartPolicy;
		restartPolicy = newRestartPolicy == null ? RESTART_POLICY_EDEFAULT : newRestartPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__RESTART_POLICY, oldRestartPolicy, restartPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxRestarts() {
		return maxRestarts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxRestarts(int newMaxRestarts) {
		int oldMaxRestarts = maxRestarts;
		maxRestarts = newMaxRestarts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__MAX_RESTARTS, oldMaxRestarts, maxRestarts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDesiredRunning() {
		return desiredRunning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesiredRunning(boolean newDesiredRunning) {
		boolean oldDesiredRunning = desiredRunning;
		desiredRunning = newDesiredRunning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__DESIRED_RUNNING, oldDesiredRunning, desiredRunning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEpoch() {
		return epoch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpoch(long newEpoch) {
		long oldEpoch = epoch;
		epoch = newEpoch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__EPOCH, oldEpoch, epoch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStateReason() {
		return stateReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStateReason(String newStateReason) {
		String oldStateReason = stateReason;
		stateReason = newStateReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__STATE_REASON, oldStateReason, stateReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getExitCode() {
		return exitCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExitCode(Integer newExitCode) {
		Integer oldExitCode = exitCode;
		exitCode = newExitCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__EXIT_CODE, oldExitCode, exitCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRestarts() {
		return restarts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestarts(int newRestarts) {
		int oldRestarts = restarts;
		restarts = newRestarts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__RESTARTS, oldRestarts, restarts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPid() {
		return pid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPid(long newPid) {
		long oldPid = pid;
		pid = newPid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__PID, oldPid, pid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCpuUsage() {
		return cpuUsage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuUsage(double newCpuUsage) {
		double oldCpuUsage = cpuUsage;
		cpuUsage = newCpuUsage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__CPU_USAGE, oldCpuUsage, cpuUsage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemoryUsage() {
		return memoryUsage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryUsage(long newMemoryUsage) {
		long oldMemoryUsage = memoryUsage;
		memoryUsage = newMemoryUsage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__MEMORY_USAGE, oldMemoryUsage, memoryUsage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPredictedCpuDemand() {
		return predictedCpuDemand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPredictedCpuDemand(double newPredictedCpuDemand) {
		double oldPredictedCpuDemand = predictedCpuDemand;
		predictedCpuDemand = newPredictedCpuDemand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__PREDICTED_CPU_DEMAND, oldPredictedCpuDemand, predictedCpuDemand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPredictedMemoryDemand() {
		return predictedMemoryDemand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPredictedMemoryDemand(long newPredictedMemoryDemand) {
		long oldPredictedMemoryDemand = predictedMemoryDemand;
		predictedMemoryDemand = newPredictedMemoryDemand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__PREDICTED_MEMORY_DEMAND, oldPredictedMemoryDemand, predictedMemoryDemand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDemandPredicted() {
		return demandPredicted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDemandPredicted(boolean newDemandPredicted) {
		boolean oldDemandPredicted = demandPredicted;
		demandPredicted = newDemandPredicted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.TASK__DEMAND_PREDICTED, oldDemandPredicted, demandPredicted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PoolPackage.TASK__NODE:
				if (node != null)
					msgs = ((InternalEObject)node).eInverseRemove(this, PoolPackage.NODE__TASKS, Node.class, msgs);
				return basicSetNode((Node)otherEnd, msgs);
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
			case PoolPackage.TASK__REQUIREMENTS:
				return ((InternalEList<?>)getRequirements()).basicRemove(otherEnd, msgs);
			case PoolPackage.TASK__NODE:
				return basicSetNode(null, msgs);
			case PoolPackage.TASK__OBSERVED_USAGE:
				return basicSetObservedUsage(null, msgs);
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
			case PoolPackage.TASK__NAME:
				return getName();
			case PoolPackage.TASK__COMMAND:
				return getCommand();
			case PoolPackage.TASK__CPU_DEMAND:
				return getCpuDemand();
			case PoolPackage.TASK__MEMORY_DEMAND:
				return getMemoryDemand();
			case PoolPackage.TASK__DISK_DEMAND:
				return getDiskDemand();
			case PoolPackage.TASK__NETWORK_DEMAND:
				return getNetworkDemand();
			case PoolPackage.TASK__REQUIREMENTS:
				return getRequirements();
			case PoolPackage.TASK__REQUIRED_LABELS:
				return getRequiredLabels();
			case PoolPackage.TASK__AFFINITY:
				return getAffinity();
			case PoolPackage.TASK__ANTI_AFFINITY:
				return getAntiAffinity();
			case PoolPackage.TASK__PRIORITY:
				return getPriority();
			case PoolPackage.TASK__STATE:
				return getState();
			case PoolPackage.TASK__PINNED:
				return isPinned();
			case PoolPackage.TASK__NODE:
				if (resolve) return getNode();
				return basicGetNode();
			case PoolPackage.TASK__OBSERVED_USAGE:
				return getObservedUsage();
			case PoolPackage.TASK__KIND:
				return getKind();
			case PoolPackage.TASK__ARGUMENTS:
				return getArguments();
			case PoolPackage.TASK__ENVIRONMENT:
				return getEnvironment();
			case PoolPackage.TASK__SHELL:
				return isShell();
			case PoolPackage.TASK__RESTART_POLICY:
				return getRestartPolicy();
			case PoolPackage.TASK__MAX_RESTARTS:
				return getMaxRestarts();
			case PoolPackage.TASK__DESIRED_RUNNING:
				return isDesiredRunning();
			case PoolPackage.TASK__EPOCH:
				return getEpoch();
			case PoolPackage.TASK__STATE_REASON:
				return getStateReason();
			case PoolPackage.TASK__EXIT_CODE:
				return getExitCode();
			case PoolPackage.TASK__RESTARTS:
				return getRestarts();
			case PoolPackage.TASK__PID:
				return getPid();
			case PoolPackage.TASK__CPU_USAGE:
				return getCpuUsage();
			case PoolPackage.TASK__MEMORY_USAGE:
				return getMemoryUsage();
			case PoolPackage.TASK__PREDICTED_CPU_DEMAND:
				return getPredictedCpuDemand();
			case PoolPackage.TASK__PREDICTED_MEMORY_DEMAND:
				return getPredictedMemoryDemand();
			case PoolPackage.TASK__DEMAND_PREDICTED:
				return isDemandPredicted();
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
			case PoolPackage.TASK__NAME:
				setName((String)newValue);
				return;
			case PoolPackage.TASK__COMMAND:
				setCommand((String)newValue);
				return;
			case PoolPackage.TASK__CPU_DEMAND:
				setCpuDemand((Double)newValue);
				return;
			case PoolPackage.TASK__MEMORY_DEMAND:
				setMemoryDemand((Long)newValue);
				return;
			case PoolPackage.TASK__DISK_DEMAND:
				setDiskDemand((Long)newValue);
				return;
			case PoolPackage.TASK__NETWORK_DEMAND:
				setNetworkDemand((Long)newValue);
				return;
			case PoolPackage.TASK__REQUIREMENTS:
				getRequirements().clear();
				getRequirements().addAll((Collection<? extends StackRequirement>)newValue);
				return;
			case PoolPackage.TASK__REQUIRED_LABELS:
				getRequiredLabels().clear();
				getRequiredLabels().addAll((Collection<? extends String>)newValue);
				return;
			case PoolPackage.TASK__AFFINITY:
				getAffinity().clear();
				getAffinity().addAll((Collection<? extends Task>)newValue);
				return;
			case PoolPackage.TASK__ANTI_AFFINITY:
				getAntiAffinity().clear();
				getAntiAffinity().addAll((Collection<? extends Task>)newValue);
				return;
			case PoolPackage.TASK__PRIORITY:
				setPriority((Integer)newValue);
				return;
			case PoolPackage.TASK__STATE:
				setState((TaskState)newValue);
				return;
			case PoolPackage.TASK__PINNED:
				setPinned((Boolean)newValue);
				return;
			case PoolPackage.TASK__NODE:
				setNode((Node)newValue);
				return;
			case PoolPackage.TASK__OBSERVED_USAGE:
				setObservedUsage((MetricWindow)newValue);
				return;
			case PoolPackage.TASK__KIND:
				setKind((TaskKind)newValue);
				return;
			case PoolPackage.TASK__ARGUMENTS:
				getArguments().clear();
				getArguments().addAll((Collection<? extends String>)newValue);
				return;
			case PoolPackage.TASK__ENVIRONMENT:
				getEnvironment().clear();
				getEnvironment().addAll((Collection<? extends String>)newValue);
				return;
			case PoolPackage.TASK__SHELL:
				setShell((Boolean)newValue);
				return;
			case PoolPackage.TASK__RESTART_POLICY:
				setRestartPolicy((RestartPolicy)newValue);
				return;
			case PoolPackage.TASK__MAX_RESTARTS:
				setMaxRestarts((Integer)newValue);
				return;
			case PoolPackage.TASK__DESIRED_RUNNING:
				setDesiredRunning((Boolean)newValue);
				return;
			case PoolPackage.TASK__EPOCH:
				setEpoch((Long)newValue);
				return;
			case PoolPackage.TASK__STATE_REASON:
				setStateReason((String)newValue);
				return;
			case PoolPackage.TASK__EXIT_CODE:
				setExitCode((Integer)newValue);
				return;
			case PoolPackage.TASK__RESTARTS:
				setRestarts((Integer)newValue);
				return;
			case PoolPackage.TASK__PID:
				setPid((Long)newValue);
				return;
			case PoolPackage.TASK__CPU_USAGE:
				setCpuUsage((Double)newValue);
				return;
			case PoolPackage.TASK__MEMORY_USAGE:
				setMemoryUsage((Long)newValue);
				return;
			case PoolPackage.TASK__PREDICTED_CPU_DEMAND:
				setPredictedCpuDemand((Double)newValue);
				return;
			case PoolPackage.TASK__PREDICTED_MEMORY_DEMAND:
				setPredictedMemoryDemand((Long)newValue);
				return;
			case PoolPackage.TASK__DEMAND_PREDICTED:
				setDemandPredicted((Boolean)newValue);
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
			case PoolPackage.TASK__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PoolPackage.TASK__COMMAND:
				setCommand(COMMAND_EDEFAULT);
				return;
			case PoolPackage.TASK__CPU_DEMAND:
				setCpuDemand(CPU_DEMAND_EDEFAULT);
				return;
			case PoolPackage.TASK__MEMORY_DEMAND:
				setMemoryDemand(MEMORY_DEMAND_EDEFAULT);
				return;
			case PoolPackage.TASK__DISK_DEMAND:
				setDiskDemand(DISK_DEMAND_EDEFAULT);
				return;
			case PoolPackage.TASK__NETWORK_DEMAND:
				setNetworkDemand(NETWORK_DEMAND_EDEFAULT);
				return;
			case PoolPackage.TASK__REQUIREMENTS:
				getRequirements().clear();
				return;
			case PoolPackage.TASK__REQUIRED_LABELS:
				getRequiredLabels().clear();
				return;
			case PoolPackage.TASK__AFFINITY:
				getAffinity().clear();
				return;
			case PoolPackage.TASK__ANTI_AFFINITY:
				getAntiAffinity().clear();
				return;
			case PoolPackage.TASK__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case PoolPackage.TASK__STATE:
				setState(STATE_EDEFAULT);
				return;
			case PoolPackage.TASK__PINNED:
				setPinned(PINNED_EDEFAULT);
				return;
			case PoolPackage.TASK__NODE:
				setNode((Node)null);
				return;
			case PoolPackage.TASK__OBSERVED_USAGE:
				setObservedUsage((MetricWindow)null);
				return;
			case PoolPackage.TASK__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PoolPackage.TASK__ARGUMENTS:
				getArguments().clear();
				return;
			case PoolPackage.TASK__ENVIRONMENT:
				getEnvironment().clear();
				return;
			case PoolPackage.TASK__SHELL:
				setShell(SHELL_EDEFAULT);
				return;
			case PoolPackage.TASK__RESTART_POLICY:
				setRestartPolicy(RESTART_POLICY_EDEFAULT);
				return;
			case PoolPackage.TASK__MAX_RESTARTS:
				setMaxRestarts(MAX_RESTARTS_EDEFAULT);
				return;
			case PoolPackage.TASK__DESIRED_RUNNING:
				setDesiredRunning(DESIRED_RUNNING_EDEFAULT);
				return;
			case PoolPackage.TASK__EPOCH:
				setEpoch(EPOCH_EDEFAULT);
				return;
			case PoolPackage.TASK__STATE_REASON:
				setStateReason(STATE_REASON_EDEFAULT);
				return;
			case PoolPackage.TASK__EXIT_CODE:
				setExitCode(EXIT_CODE_EDEFAULT);
				return;
			case PoolPackage.TASK__RESTARTS:
				setRestarts(RESTARTS_EDEFAULT);
				return;
			case PoolPackage.TASK__PID:
				setPid(PID_EDEFAULT);
				return;
			case PoolPackage.TASK__CPU_USAGE:
				setCpuUsage(CPU_USAGE_EDEFAULT);
				return;
			case PoolPackage.TASK__MEMORY_USAGE:
				setMemoryUsage(MEMORY_USAGE_EDEFAULT);
				return;
			case PoolPackage.TASK__PREDICTED_CPU_DEMAND:
				setPredictedCpuDemand(PREDICTED_CPU_DEMAND_EDEFAULT);
				return;
			case PoolPackage.TASK__PREDICTED_MEMORY_DEMAND:
				setPredictedMemoryDemand(PREDICTED_MEMORY_DEMAND_EDEFAULT);
				return;
			case PoolPackage.TASK__DEMAND_PREDICTED:
				setDemandPredicted(DEMAND_PREDICTED_EDEFAULT);
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
			case PoolPackage.TASK__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PoolPackage.TASK__COMMAND:
				return COMMAND_EDEFAULT == null ? command != null : !COMMAND_EDEFAULT.equals(command);
			case PoolPackage.TASK__CPU_DEMAND:
				return cpuDemand != CPU_DEMAND_EDEFAULT;
			case PoolPackage.TASK__MEMORY_DEMAND:
				return memoryDemand != MEMORY_DEMAND_EDEFAULT;
			case PoolPackage.TASK__DISK_DEMAND:
				return diskDemand != DISK_DEMAND_EDEFAULT;
			case PoolPackage.TASK__NETWORK_DEMAND:
				return networkDemand != NETWORK_DEMAND_EDEFAULT;
			case PoolPackage.TASK__REQUIREMENTS:
				return requirements != null && !requirements.isEmpty();
			case PoolPackage.TASK__REQUIRED_LABELS:
				return requiredLabels != null && !requiredLabels.isEmpty();
			case PoolPackage.TASK__AFFINITY:
				return affinity != null && !affinity.isEmpty();
			case PoolPackage.TASK__ANTI_AFFINITY:
				return antiAffinity != null && !antiAffinity.isEmpty();
			case PoolPackage.TASK__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case PoolPackage.TASK__STATE:
				return state != STATE_EDEFAULT;
			case PoolPackage.TASK__PINNED:
				return pinned != PINNED_EDEFAULT;
			case PoolPackage.TASK__NODE:
				return node != null;
			case PoolPackage.TASK__OBSERVED_USAGE:
				return observedUsage != null;
			case PoolPackage.TASK__KIND:
				return kind != KIND_EDEFAULT;
			case PoolPackage.TASK__ARGUMENTS:
				return arguments != null && !arguments.isEmpty();
			case PoolPackage.TASK__ENVIRONMENT:
				return environment != null && !environment.isEmpty();
			case PoolPackage.TASK__SHELL:
				return shell != SHELL_EDEFAULT;
			case PoolPackage.TASK__RESTART_POLICY:
				return restartPolicy != RESTART_POLICY_EDEFAULT;
			case PoolPackage.TASK__MAX_RESTARTS:
				return maxRestarts != MAX_RESTARTS_EDEFAULT;
			case PoolPackage.TASK__DESIRED_RUNNING:
				return desiredRunning != DESIRED_RUNNING_EDEFAULT;
			case PoolPackage.TASK__EPOCH:
				return epoch != EPOCH_EDEFAULT;
			case PoolPackage.TASK__STATE_REASON:
				return STATE_REASON_EDEFAULT == null ? stateReason != null : !STATE_REASON_EDEFAULT.equals(stateReason);
			case PoolPackage.TASK__EXIT_CODE:
				return EXIT_CODE_EDEFAULT == null ? exitCode != null : !EXIT_CODE_EDEFAULT.equals(exitCode);
			case PoolPackage.TASK__RESTARTS:
				return restarts != RESTARTS_EDEFAULT;
			case PoolPackage.TASK__PID:
				return pid != PID_EDEFAULT;
			case PoolPackage.TASK__CPU_USAGE:
				return cpuUsage != CPU_USAGE_EDEFAULT;
			case PoolPackage.TASK__MEMORY_USAGE:
				return memoryUsage != MEMORY_USAGE_EDEFAULT;
			case PoolPackage.TASK__PREDICTED_CPU_DEMAND:
				return predictedCpuDemand != PREDICTED_CPU_DEMAND_EDEFAULT;
			case PoolPackage.TASK__PREDICTED_MEMORY_DEMAND:
				return predictedMemoryDemand != PREDICTED_MEMORY_DEMAND_EDEFAULT;
			case PoolPackage.TASK__DEMAND_PREDICTED:
				return demandPredicted != DEMAND_PREDICTED_EDEFAULT;
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
		result.append(", command: ");
		result.append(command);
		result.append(", cpuDemand: ");
		result.append(cpuDemand);
		result.append(", memoryDemand: ");
		result.append(memoryDemand);
		result.append(", diskDemand: ");
		result.append(diskDemand);
		result.append(", networkDemand: ");
		result.append(networkDemand);
		result.append(", requiredLabels: ");
		result.append(requiredLabels);
		result.append(", priority: ");
		result.append(priority);
		result.append(", state: ");
		result.append(state);
		result.append(", pinned: ");
		result.append(pinned);
		result.append(", kind: ");
		result.append(kind);
		result.append(", arguments: ");
		result.append(arguments);
		result.append(", environment: ");
		result.append(environment);
		result.append(", shell: ");
		result.append(shell);
		result.append(", restartPolicy: ");
		result.append(restartPolicy);
		result.append(", maxRestarts: ");
		result.append(maxRestarts);
		result.append(", desiredRunning: ");
		result.append(desiredRunning);
		result.append(", epoch: ");
		result.append(epoch);
		result.append(", stateReason: ");
		result.append(stateReason);
		result.append(", exitCode: ");
		result.append(exitCode);
		result.append(", restarts: ");
		result.append(restarts);
		result.append(", pid: ");
		result.append(pid);
		result.append(", cpuUsage: ");
		result.append(cpuUsage);
		result.append(", memoryUsage: ");
		result.append(memoryUsage);
		result.append(", predictedCpuDemand: ");
		result.append(predictedCpuDemand);
		result.append(", predictedMemoryDemand: ");
		result.append(predictedMemoryDemand);
		result.append(", demandPredicted: ");
		result.append(demandPredicted);
		result.append(')');
		return result.toString();
	}

} //TaskImpl
