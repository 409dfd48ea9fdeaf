/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Flotilla pool: groups of heterogeneous nodes, each a layered stack (hardware, operating system, middleware, applications), the tasks placed on them, the profiles used to provision them, and what happened (audit, jobs).
 * <!-- end-model-doc -->
 * @see org.flotilla.model.PoolFactory
 * @model kind="package"
 * @generated
 */
public interface PoolPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://flotilla.org/model/pool/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "flotilla";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PoolPackage eINSTANCE = org.flotilla.model.impl.PoolPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.PoolImpl <em>Pool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.PoolImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getPool()
	 * @generated
	 */
	int POOL = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Placement Objective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__PLACEMENT_OBJECTIVE = 2;

	/**
	 * The feature id for the '<em><b>Restart Grace Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__RESTART_GRACE_SECONDS = 3;

	/**
	 * The feature id for the '<em><b>Isolation Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__ISOLATION_RESPONSE = 4;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__GROUPS = 5;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__TASKS = 6;

	/**
	 * The feature id for the '<em><b>Profiles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__PROFILES = 7;

	/**
	 * The feature id for the '<em><b>Packages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__PACKAGES = 8;

	/**
	 * The feature id for the '<em><b>Audit Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__AUDIT_ENTRIES = 9;

	/**
	 * The feature id for the '<em><b>Jobs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__JOBS = 10;

	/**
	 * The feature id for the '<em><b>Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__PLANS = 11;

	/**
	 * The feature id for the '<em><b>Alerts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__ALERTS = 12;

	/**
	 * The number of structural features of the '<em>Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_FEATURE_COUNT = 13;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.GroupImpl <em>Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.GroupImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getGroup()
	 * @generated
	 */
	int GROUP = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__KIND = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__GROUPS = 3;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__NODES = 4;

	/**
	 * The number of structural features of the '<em>Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.NodeImpl <em>Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.NodeImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getNode()
	 * @generated
	 */
	int NODE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ADDRESS = 1;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__STATE = 2;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__LABELS = 3;

	/**
	 * The feature id for the '<em><b>Cpu Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__CPU_CAPACITY = 4;

	/**
	 * The feature id for the '<em><b>Memory Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__MEMORY_CAPACITY = 5;

	/**
	 * The feature id for the '<em><b>Disk Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__DISK_CAPACITY = 6;

	/**
	 * The feature id for the '<em><b>Network Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__NETWORK_CAPACITY = 7;

	/**
	 * The feature id for the '<em><b>Hardware</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__HARDWARE = 8;

	/**
	 * The feature id for the '<em><b>Operating System</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__OPERATING_SYSTEM = 9;

	/**
	 * The feature id for the '<em><b>Middleware</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__MIDDLEWARE = 10;

	/**
	 * The feature id for the '<em><b>Applications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__APPLICATIONS = 11;

	/**
	 * The feature id for the '<em><b>Tunings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__TUNINGS = 12;

	/**
	 * The feature id for the '<em><b>Profile</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__PROFILE = 13;

	/**
	 * The feature id for the '<em><b>Profile Overrides</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__PROFILE_OVERRIDES = 14;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__TASKS = 15;

	/**
	 * The feature id for the '<em><b>Last Heartbeat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__LAST_HEARTBEAT = 16;

	/**
	 * The feature id for the '<em><b>Uptime Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__UPTIME_SECONDS = 17;

	/**
	 * The feature id for the '<em><b>Clock Skew Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__CLOCK_SKEW_MILLIS = 18;

	/**
	 * The feature id for the '<em><b>Report Interval Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__REPORT_INTERVAL_MILLIS = 19;

	/**
	 * The feature id for the '<em><b>Agent Problems</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__AGENT_PROBLEMS = 20;

	/**
	 * The feature id for the '<em><b>Task Slots</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__TASK_SLOTS = 21;

	/**
	 * The feature id for the '<em><b>Task Limits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__TASK_LIMITS = 22;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__METRICS = 23;

	/**
	 * The number of structural features of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FEATURE_COUNT = 24;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.StackElementImpl <em>Stack Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.StackElementImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getStackElement()
	 * @generated
	 */
	int STACK_ELEMENT = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_ELEMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_ELEMENT__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Desired Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_ELEMENT__DESIRED_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Discovered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_ELEMENT__DISCOVERED = 3;

	/**
	 * The feature id for the '<em><b>Desired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_ELEMENT__DESIRED = 4;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_ELEMENT__PARAMETERS = 5;

	/**
	 * The feature id for the '<em><b>Managed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_ELEMENT__MANAGED = 6;

	/**
	 * The number of structural features of the '<em>Stack Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_ELEMENT_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.ParameterImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 4;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Desired Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__DESIRED_VALUE = 2;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__DEFINITION = 3;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.HardwareComponentImpl <em>Hardware Component</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.HardwareComponentImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getHardwareComponent()
	 * @generated
	 */
	int HARDWARE_COMPONENT = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_COMPONENT__NAME = STACK_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_COMPONENT__VERSION = STACK_ELEMENT__VERSION;

	/**
	 * The feature id for the '<em><b>Desired Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_COMPONENT__DESIRED_VERSION = STACK_ELEMENT__DESIRED_VERSION;

	/**
	 * The feature id for the '<em><b>Discovered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_COMPONENT__DISCOVERED = STACK_ELEMENT__DISCOVERED;

	/**
	 * The feature id for the '<em><b>Desired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_COMPONENT__DESIRED = STACK_ELEMENT__DESIRED;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_COMPONENT__PARAMETERS = STACK_ELEMENT__PARAMETERS;

	/**
	 * The feature id for the '<em><b>Managed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_COMPONENT__MANAGED = STACK_ELEMENT__MANAGED;

	/**
	 * The number of structural features of the '<em>Hardware Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_COMPONENT_FEATURE_COUNT = STACK_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.ProcessorImpl <em>Processor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.ProcessorImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getProcessor()
	 * @generated
	 */
	int PROCESSOR = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__NAME = HARDWARE_COMPONENT__NAME;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__VERSION = HARDWARE_COMPONENT__VERSION;

	/**
	 * The feature id for the '<em><b>Desired Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__DESIRED_VERSION = HARDWARE_COMPONENT__DESIRED_VERSION;

	/**
	 * The feature id for the '<em><b>Discovered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__DISCOVERED = HARDWARE_COMPONENT__DISCOVERED;

	/**
	 * The feature id for the '<em><b>Desired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__DESIRED = HARDWARE_COMPONENT__DESIRED;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__PARAMETERS = HARDWARE_COMPONENT__PARAMETERS;

	/**
	 * The feature id for the '<em><b>Managed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__MANAGED = HARDWARE_COMPONENT__MANAGED;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__MODEL = HARDWARE_COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__CORES = HARDWARE_COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Threads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__THREADS = HARDWARE_COMPONENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Frequency Mhz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__FREQUENCY_MHZ = HARDWARE_COMPONENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Processor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR_FEATURE_COUNT = HARDWARE_COMPONENT_FEATURE_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.MemoryImpl <em>Memory</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.MemoryImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getMemory()
	 * @generated
	 */
	int MEMORY = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__NAME = HARDWARE_COMPONENT__NAME;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__VERSION = HARDWARE_COMPONENT__VERSION;

	/**
	 * The feature id for the '<em><b>Desired Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__DESIRED_VERSION = HARDWARE_COMPONENT__DESIRED_VERSION;

	/**
	 * The feature id for the '<em><b>Discovered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__DISCOVERED = HARDWARE_COMPONENT__DISCOVERED;

	/**
	 * The feature id for the '<em><b>Desired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__DESIRED = HARDWARE_COMPONENT__DESIRED;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__PARAMETERS = HARDWARE_COMPONENT__PARAMETERS;

	/**
	 * The feature id for the '<em><b>Managed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__MANAGED = HARDWARE_COMPONENT__MANAGED;

	/**
	 * The feature id for the '<em><b>Size Mib</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__SIZE_MIB = HARDWARE_COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Memory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_FEATURE_COUNT = HARDWARE_COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.DiskImpl <em>Disk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.DiskImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getDisk()
	 * @generated
	 */
	int DISK = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__NAME = HARDWARE_COMPONENT__NAME;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__VERSION = HARDWARE_COMPONENT__VERSION;

	/**
	 * The feature id for the '<em><b>Desired Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__DESIRED_VERSION = HARDWARE_COMPONENT__DESIRED_VERSION;

	/**
	 * The feature id for the '<em><b>Discovered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__DISCOVERED = HARDWARE_COMPONENT__DISCOVERED;

	/**
	 * The feature id for the '<em><b>Desired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__DESIRED = HARDWARE_COMPONENT__DESIRED;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__PARAMETERS = HARDWARE_COMPONENT__PARAMETERS;

	/**
	 * The feature id for the '<em><b>Managed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__MANAGED = HARDWARE_COMPONENT__MANAGED;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__DEVICE = HARDWARE_COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__KIND = HARDWARE_COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Size Gib</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__SIZE_GIB = HARDWARE_COMPONENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Disk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_FEATURE_COUNT = HARDWARE_COMPONENT_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.NetworkInterfaceImpl <em>Network Interface</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.NetworkInterfaceImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getNetworkInterface()
	 * @generated
	 */
	int NETWORK_INTERFACE = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__NAME = HARDWARE_COMPONENT__NAME;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__VERSION = HARDWARE_COMPONENT__VERSION;

	/**
	 * The feature id for the '<em><b>Desired Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__DESIRED_VERSION = HARDWARE_COMPONENT__DESIRED_VERSION;

	/**
	 * The feature id for the '<em><b>Discovered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__DISCOVERED = HARDWARE_COMPONENT__DISCOVERED;

	/**
	 * The feature id for the '<em><b>Desired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__DESIRED = HARDWARE_COMPONENT__DESIRED;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__PARAMETERS = HARDWARE_COMPONENT__PARAMETERS;

	/**
	 * The feature id for the '<em><b>Managed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__MANAGED = HARDWARE_COMPONENT__MANAGED;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__DEVICE = HARDWARE_COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mac Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__MAC_ADDRESS = HARDWARE_COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Speed Mbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__SPEED_MBPS = HARDWARE_COMPONENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Network Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE_FEATURE_COUNT = HARDWARE_COMPONENT_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.OperatingSystemImpl <em>Operating System</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.OperatingSystemImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getOperatingSystem()
	 * @generated
	 */
	int OPERATING_SYSTEM = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__NAME = STACK_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__VERSION = STACK_ELEMENT__VERSION;

	/**
	 * The feature id for the '<em><b>Desired Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__DESIRED_VERSION = STACK_ELEMENT__DESIRED_VERSION;

	/**
	 * The feature id for the '<em><b>Discovered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__DISCOVERED = STACK_ELEMENT__DISCOVERED;

	/**
	 * The feature id for the '<em><b>Desired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__DESIRED = STACK_ELEMENT__DESIRED;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__PARAMETERS = STACK_ELEMENT__PARAMETERS;

	/**
	 * The feature id for the '<em><b>Managed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__MANAGED = STACK_ELEMENT__MANAGED;

	/**
	 * The feature id for the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__KERNEL = STACK_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__ARCHITECTURE = STACK_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Operating System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM_FEATURE_COUNT = STACK_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.MiddlewareImpl <em>Middleware</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.MiddlewareImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getMiddleware()
	 * @generated
	 */
	int MIDDLEWARE = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIDDLEWARE__NAME = STACK_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIDDLEWARE__VERSION = STACK_ELEMENT__VERSION;

	/**
	 * The feature id for the '<em><b>Desired Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIDDLEWARE__DESIRED_VERSION = STACK_ELEMENT__DESIRED_VERSION;

	/**
	 * The feature id for the '<em><b>Discovered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIDDLEWARE__DISCOVERED = STACK_ELEMENT__DISCOVERED;

	/**
	 * The feature id for the '<em><b>Desired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIDDLEWARE__DESIRED = STACK_ELEMENT__DESIRED;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIDDLEWARE__PARAMETERS = STACK_ELEMENT__PARAMETERS;

	/**
	 * The feature id for the '<em><b>Managed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIDDLEWARE__MANAGED = STACK_ELEMENT__MANAGED;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIDDLEWARE__CATEGORY = STACK_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Install Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIDDLEWARE__INSTALL_PATH = STACK_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Middleware</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIDDLEWARE_FEATURE_COUNT = STACK_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.OsTuningImpl <em>Os Tuning</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.OsTuningImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getOsTuning()
	 * @generated
	 */
	int OS_TUNING = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_TUNING__NAME = STACK_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_TUNING__VERSION = STACK_ELEMENT__VERSION;

	/**
	 * The feature id for the '<em><b>Desired Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_TUNING__DESIRED_VERSION = STACK_ELEMENT__DESIRED_VERSION;

	/**
	 * The feature id for the '<em><b>Discovered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_TUNING__DISCOVERED = STACK_ELEMENT__DISCOVERED;

	/**
	 * The feature id for the '<em><b>Desired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_TUNING__DESIRED = STACK_ELEMENT__DESIRED;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_TUNING__PARAMETERS = STACK_ELEMENT__PARAMETERS;

	/**
	 * The feature id for the '<em><b>Managed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_TUNING__MANAGED = STACK_ELEMENT__MANAGED;

	/**
	 * The number of structural features of the '<em>Os Tuning</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_TUNING_FEATURE_COUNT = STACK_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.ApplicationImpl <em>Application</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.ApplicationImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getApplication()
	 * @generated
	 */
	int APPLICATION = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__NAME = STACK_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__VERSION = STACK_ELEMENT__VERSION;

	/**
	 * The feature id for the '<em><b>Desired Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__DESIRED_VERSION = STACK_ELEMENT__DESIRED_VERSION;

	/**
	 * The feature id for the '<em><b>Discovered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__DISCOVERED = STACK_ELEMENT__DISCOVERED;

	/**
	 * The feature id for the '<em><b>Desired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__DESIRED = STACK_ELEMENT__DESIRED;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__PARAMETERS = STACK_ELEMENT__PARAMETERS;

	/**
	 * The feature id for the '<em><b>Managed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__MANAGED = STACK_ELEMENT__MANAGED;

	/**
	 * The feature id for the '<em><b>Artifact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__ARTIFACT = STACK_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__PORT = STACK_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_FEATURE_COUNT = STACK_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.TaskImpl <em>Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.TaskImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getTask()
	 * @generated
	 */
	int TASK = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__NAME = 0;

	/**
	 * The feature id for the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__COMMAND = 1;

	/**
	 * The feature id for the '<em><b>Cpu Demand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__CPU_DEMAND = 2;

	/**
	 * The feature id for the '<em><b>Memory Demand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__MEMORY_DEMAND = 3;

	/**
	 * The feature id for the '<em><b>Disk Demand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__DISK_DEMAND = 4;

	/**
	 * The feature id for the '<em><b>Network Demand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__NETWORK_DEMAND = 5;

	/**
	 * The feature id for the '<em><b>Requirements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__REQUIREMENTS = 6;

	/**
	 * The feature id for the '<em><b>Required Labels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__REQUIRED_LABELS = 7;

	/**
	 * The feature id for the '<em><b>Affinity</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__AFFINITY = 8;

	/**
	 * The feature id for the '<em><b>Anti Affinity</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__ANTI_AFFINITY = 9;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__PRIORITY = 10;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__STATE = 11;

	/**
	 * The feature id for the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__PINNED = 12;

	/**
	 * The feature id for the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__NODE = 13;

	/**
	 * The feature id for the '<em><b>Observed Usage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__OBSERVED_USAGE = 14;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__KIND = 15;

	/**
	 * The feature id for the '<em><b>Arguments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__ARGUMENTS = 16;

	/**
	 * The feature id for the '<em><b>Environment</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__ENVIRONMENT = 17;

	/**
	 * The feature id for the '<em><b>Shell</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__SHELL = 18;

	/**
	 * The feature id for the '<em><b>Restart Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__RESTART_POLICY = 19;

	/**
	 * The feature id for the '<em><b>Max Restarts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__MAX_RESTARTS = 20;

	/**
	 * The feature id for the '<em><b>Desired Running</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__DESIRED_RUNNING = 21;

	/**
	 * The feature id for the '<em><b>Epoch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__EPOCH = 22;

	/**
	 * The feature id for the '<em><b>State Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__STATE_REASON = 23;

	/**
	 * The feature id for the '<em><b>Exit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__EXIT_CODE = 24;

	/**
	 * The feature id for the '<em><b>Restarts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__RESTARTS = 25;

	/**
	 * The feature id for the '<em><b>Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__PID = 26;

	/**
	 * The feature id for the '<em><b>Cpu Usage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__CPU_USAGE = 27;

	/**
	 * The feature id for the '<em><b>Memory Usage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__MEMORY_USAGE = 28;

	/**
	 * The feature id for the '<em><b>Predicted Cpu Demand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__PREDICTED_CPU_DEMAND = 29;

	/**
	 * The feature id for the '<em><b>Predicted Memory Demand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__PREDICTED_MEMORY_DEMAND = 30;

	/**
	 * The feature id for the '<em><b>Demand Predicted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__DEMAND_PREDICTED = 31;

	/**
	 * The number of structural features of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_FEATURE_COUNT = 32;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.StackRequirementImpl <em>Stack Requirement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.StackRequirementImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getStackRequirement()
	 * @generated
	 */
	int STACK_REQUIREMENT = 15;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_REQUIREMENT__LAYER = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_REQUIREMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Minimum Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_REQUIREMENT__MINIMUM_VERSION = 2;

	/**
	 * The number of structural features of the '<em>Stack Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_REQUIREMENT_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.ProfileImpl <em>Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.ProfileImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getProfile()
	 * @generated
	 */
	int PROFILE = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__ENTRIES = 2;

	/**
	 * The number of structural features of the '<em>Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.ProfileEntryImpl <em>Profile Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.ProfileEntryImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getProfileEntry()
	 * @generated
	 */
	int PROFILE_ENTRY = 17;

	/**
	 * The feature id for the '<em><b>Software Package</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ENTRY__SOFTWARE_PACKAGE = 0;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ENTRY__VALUES = 1;

	/**
	 * The number of structural features of the '<em>Profile Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.ParameterValueImpl <em>Parameter Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.ParameterValueImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getParameterValue()
	 * @generated
	 */
	int PARAMETER_VALUE = 18;

	/**
	 * The feature id for the '<em><b>Package Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__PACKAGE_NAME = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__VALUE = 2;

	/**
	 * The number of structural features of the '<em>Parameter Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.SoftwarePackageImpl <em>Software Package</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.SoftwarePackageImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getSoftwarePackage()
	 * @generated
	 */
	int SOFTWARE_PACKAGE = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE__LAYER = 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE__TITLE = 3;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE__SHA256 = 4;

	/**
	 * The feature id for the '<em><b>Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE__SIZE_BYTES = 5;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE__PARAMETERS = 6;

	/**
	 * The number of structural features of the '<em>Software Package</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.ParameterDefinitionImpl <em>Parameter Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.ParameterDefinitionImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getParameterDefinition()
	 * @generated
	 */
	int PARAMETER_DEFINITION = 20;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_DEFINITION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_DEFINITION__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_DEFINITION__TYPE = 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_DEFINITION__UNIT = 3;

	/**
	 * The feature id for the '<em><b>Default Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_DEFINITION__DEFAULT_VALUE = 4;

	/**
	 * The feature id for the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_DEFINITION__MINIMUM = 5;

	/**
	 * The feature id for the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_DEFINITION__MAXIMUM = 6;

	/**
	 * The feature id for the '<em><b>Allowed Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_DEFINITION__ALLOWED_VALUES = 7;

	/**
	 * The feature id for the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_DEFINITION__PATTERN = 8;

	/**
	 * The feature id for the '<em><b>Overridable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_DEFINITION__OVERRIDABLE = 9;

	/**
	 * The number of structural features of the '<em>Parameter Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_DEFINITION_FEATURE_COUNT = 10;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.MetricWindowImpl <em>Metric Window</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.MetricWindowImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getMetricWindow()
	 * @generated
	 */
	int METRIC_WINDOW = 21;

	/**
	 * The feature id for the '<em><b>Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_WINDOW__LIMIT = 0;

	/**
	 * The feature id for the '<em><b>Samples</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_WINDOW__SAMPLES = 1;

	/**
	 * The number of structural features of the '<em>Metric Window</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_WINDOW_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.MetricSampleImpl <em>Metric Sample</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.MetricSampleImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getMetricSample()
	 * @generated
	 */
	int METRIC_SAMPLE = 22;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SAMPLE__TIME = 0;

	/**
	 * The feature id for the '<em><b>Cpu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SAMPLE__CPU = 1;

	/**
	 * The feature id for the '<em><b>Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SAMPLE__MEMORY = 2;

	/**
	 * The feature id for the '<em><b>Disk Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SAMPLE__DISK_RATE = 3;

	/**
	 * The feature id for the '<em><b>Network Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SAMPLE__NETWORK_RATE = 4;

	/**
	 * The number of structural features of the '<em>Metric Sample</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SAMPLE_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.AuditEntryImpl <em>Audit Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.AuditEntryImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getAuditEntry()
	 * @generated
	 */
	int AUDIT_ENTRY = 23;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__TIME = 0;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__USER = 1;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__ACTION = 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__TARGET = 3;

	/**
	 * The feature id for the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__DETAIL = 4;

	/**
	 * The number of structural features of the '<em>Audit Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.JobImpl <em>Job</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.JobImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getJob()
	 * @generated
	 */
	int JOB = 24;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__KIND = 1;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__STATE = 2;

	/**
	 * The feature id for the '<em><b>Total Work</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__TOTAL_WORK = 3;

	/**
	 * The feature id for the '<em><b>Worked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__WORKED = 4;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__MESSAGE = 5;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__STARTED = 6;

	/**
	 * The feature id for the '<em><b>Finished</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__FINISHED = 7;

	/**
	 * The feature id for the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__NODE = 8;

	/**
	 * The feature id for the '<em><b>Task</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__TASK = 9;

	/**
	 * The feature id for the '<em><b>Target Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__TARGET_NODE = 10;

	/**
	 * The number of structural features of the '<em>Job</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_FEATURE_COUNT = 11;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.PlanImpl <em>Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.PlanImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getPlan()
	 * @generated
	 */
	int PLAN = 25;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__NAME = 0;

	/**
	 * The feature id for the '<em><b>Moves</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__MOVES = 1;

	/**
	 * The number of structural features of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.PlannedMoveImpl <em>Planned Move</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.PlannedMoveImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getPlannedMove()
	 * @generated
	 */
	int PLANNED_MOVE = 26;

	/**
	 * The feature id for the '<em><b>Task</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_MOVE__TASK = 0;

	/**
	 * The feature id for the '<em><b>From Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_MOVE__FROM_NODE = 1;

	/**
	 * The feature id for the '<em><b>To Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_MOVE__TO_NODE = 2;

	/**
	 * The feature id for the '<em><b>Planned Epoch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_MOVE__PLANNED_EPOCH = 3;

	/**
	 * The number of structural features of the '<em>Planned Move</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_MOVE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.flotilla.model.impl.AlertImpl <em>Alert</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.impl.AlertImpl
	 * @see org.flotilla.model.impl.PoolPackageImpl#getAlert()
	 * @generated
	 */
	int ALERT = 27;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT__RULE = 0;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT__SEVERITY = 1;

	/**
	 * The feature id for the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT__NODE = 2;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT__MESSAGE = 3;

	/**
	 * The feature id for the '<em><b>Raised</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT__RAISED = 4;

	/**
	 * The feature id for the '<em><b>Cleared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT__CLEARED = 5;

	/**
	 * The number of structural features of the '<em>Alert</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link org.flotilla.model.NodeState <em>Node State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.NodeState
	 * @see org.flotilla.model.impl.PoolPackageImpl#getNodeState()
	 * @generated
	 */
	int NODE_STATE = 28;

	/**
	 * The meta object id for the '{@link org.flotilla.model.GroupKind <em>Group Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.GroupKind
	 * @see org.flotilla.model.impl.PoolPackageImpl#getGroupKind()
	 * @generated
	 */
	int GROUP_KIND = 29;

	/**
	 * The meta object id for the '{@link org.flotilla.model.TaskState <em>Task State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.TaskState
	 * @see org.flotilla.model.impl.PoolPackageImpl#getTaskState()
	 * @generated
	 */
	int TASK_STATE = 30;

	/**
	 * The meta object id for the '{@link org.flotilla.model.TaskKind <em>Task Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.TaskKind
	 * @see org.flotilla.model.impl.PoolPackageImpl#getTaskKind()
	 * @generated
	 */
	int TASK_KIND = 31;

	/**
	 * The meta object id for the '{@link org.flotilla.model.RestartPolicy <em>Restart Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.RestartPolicy
	 * @see org.flotilla.model.impl.PoolPackageImpl#getRestartPolicy()
	 * @generated
	 */
	int RESTART_POLICY = 32;

	/**
	 * The meta object id for the '{@link org.flotilla.model.IsolationResponse <em>Isolation Response</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.IsolationResponse
	 * @see org.flotilla.model.impl.PoolPackageImpl#getIsolationResponse()
	 * @generated
	 */
	int ISOLATION_RESPONSE = 33;

	/**
	 * The meta object id for the '{@link org.flotilla.model.SyncState <em>Sync State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.SyncState
	 * @see org.flotilla.model.impl.PoolPackageImpl#getSyncState()
	 * @generated
	 */
	int SYNC_STATE = 34;

	/**
	 * The meta object id for the '{@link org.flotilla.model.LayerKind <em>Layer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.LayerKind
	 * @see org.flotilla.model.impl.PoolPackageImpl#getLayerKind()
	 * @generated
	 */
	int LAYER_KIND = 35;

	/**
	 * The meta object id for the '{@link org.flotilla.model.ParameterType <em>Parameter Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.ParameterType
	 * @see org.flotilla.model.impl.PoolPackageImpl#getParameterType()
	 * @generated
	 */
	int PARAMETER_TYPE = 36;

	/**
	 * The meta object id for the '{@link org.flotilla.model.DiskKind <em>Disk Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.DiskKind
	 * @see org.flotilla.model.impl.PoolPackageImpl#getDiskKind()
	 * @generated
	 */
	int DISK_KIND = 37;

	/**
	 * The meta object id for the '{@link org.flotilla.model.PlacementObjective <em>Placement Objective</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.PlacementObjective
	 * @see org.flotilla.model.impl.PoolPackageImpl#getPlacementObjective()
	 * @generated
	 */
	int PLACEMENT_OBJECTIVE = 38;

	/**
	 * The meta object id for the '{@link org.flotilla.model.JobKind <em>Job Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.JobKind
	 * @see org.flotilla.model.impl.PoolPackageImpl#getJobKind()
	 * @generated
	 */
	int JOB_KIND = 39;

	/**
	 * The meta object id for the '{@link org.flotilla.model.AlertSeverity <em>Alert Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.AlertSeverity
	 * @see org.flotilla.model.impl.PoolPackageImpl#getAlertSeverity()
	 * @generated
	 */
	int ALERT_SEVERITY = 40;

	/**
	 * The meta object id for the '{@link org.flotilla.model.JobState <em>Job State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flotilla.model.JobState
	 * @see org.flotilla.model.impl.PoolPackageImpl#getJobState()
	 * @generated
	 */
	int JOB_STATE = 41;


	/**
	 * Returns the meta object for class '{@link org.flotilla.model.Pool <em>Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pool</em>'.
	 * @see org.flotilla.model.Pool
	 * @generated
	 */
	EClass getPool();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Pool#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.flotilla.model.Pool#getName()
	 * @see #getPool()
	 * @generated
	 */
	EAttribute getPool_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Pool#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.flotilla.model.Pool#getDescription()
	 * @see #getPool()
	 * @generated
	 */
	EAttribute getPool_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Pool#getPlacementObjective <em>Placement Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Placement Objective</em>'.
	 * @see org.flotilla.model.Pool#getPlacementObjective()
	 * @see #getPool()
	 * @generated
	 */
	EAttribute getPool_PlacementObjective();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Pool#getRestartGraceSeconds <em>Restart Grace Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Restart Grace Seconds</em>'.
	 * @see org.flotilla.model.Pool#getRestartGraceSeconds()
	 * @see #getPool()
	 * @generated
	 */
	EAttribute getPool_RestartGraceSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Pool#getIsolationResponse <em>Isolation Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Isolation Response</em>'.
	 * @see org.flotilla.model.Pool#getIsolationResponse()
	 * @see #getPool()
	 * @generated
	 */
	EAttribute getPool_IsolationResponse();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.Pool#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see org.flotilla.model.Pool#getGroups()
	 * @see #getPool()
	 * @generated
	 */
	EReference getPool_Groups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.Pool#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tasks</em>'.
	 * @see org.flotilla.model.Pool#getTasks()
	 * @see #getPool()
	 * @generated
	 */
	EReference getPool_Tasks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.Pool#getProfiles <em>Profiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Profiles</em>'.
	 * @see org.flotilla.model.Pool#getProfiles()
	 * @see #getPool()
	 * @generated
	 */
	EReference getPool_Profiles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.Pool#getPackages <em>Packages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Packages</em>'.
	 * @see org.flotilla.model.Pool#getPackages()
	 * @see #getPool()
	 * @generated
	 */
	EReference getPool_Packages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.Pool#getAuditEntries <em>Audit Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Audit Entries</em>'.
	 * @see org.flotilla.model.Pool#getAuditEntries()
	 * @see #getPool()
	 * @generated
	 */
	EReference getPool_AuditEntries();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.Pool#getJobs <em>Jobs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Jobs</em>'.
	 * @see org.flotilla.model.Pool#getJobs()
	 * @see #getPool()
	 * @generated
	 */
	EReference getPool_Jobs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.Pool#getPlans <em>Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Plans</em>'.
	 * @see org.flotilla.model.Pool#getPlans()
	 * @see #getPool()
	 * @generated
	 */
	EReference getPool_Plans();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.Pool#getAlerts <em>Alerts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Alerts</em>'.
	 * @see org.flotilla.model.Pool#getAlerts()
	 * @see #getPool()
	 * @generated
	 */
	EReference getPool_Alerts();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.Group <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group</em>'.
	 * @see org.flotilla.model.Group
	 * @generated
	 */
	EClass getGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Group#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.flotilla.model.Group#getName()
	 * @see #getGroup()
	 * @generated
	 */
	EAttribute getGroup_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Group#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.flotilla.model.Group#getKind()
	 * @see #getGroup()
	 * @generated
	 */
	EAttribute getGroup_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Group#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.flotilla.model.Group#getDescription()
	 * @see #getGroup()
	 * @generated
	 */
	EAttribute getGroup_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.Group#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see org.flotilla.model.Group#getGroups()
	 * @see #getGroup()
	 * @generated
	 */
	EReference getGroup_Groups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.Group#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.flotilla.model.Group#getNodes()
	 * @see #getGroup()
	 * @generated
	 */
	EReference getGroup_Nodes();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.Node <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node</em>'.
	 * @see org.flotilla.model.Node
	 * @generated
	 */
	EClass getNode();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Node#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.flotilla.model.Node#getName()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Node#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.flotilla.model.Node#getAddress()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Node#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.flotilla.model.Node#getState()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_State();

	/**
	 * Returns the meta object for the attribute list '{@link org.flotilla.model.Node#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Labels</em>'.
	 * @see org.flotilla.model.Node#getLabels()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Labels();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Node#getCpuCapacity <em>Cpu Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Capacity</em>'.
	 * @see org.flotilla.model.Node#getCpuCapacity()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_CpuCapacity();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Node#getMemoryCapacity <em>Memory Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Capacity</em>'.
	 * @see org.flotilla.model.Node#getMemoryCapacity()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_MemoryCapacity();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Node#getDiskCapacity <em>Disk Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disk Capacity</em>'.
	 * @see org.flotilla.model.Node#getDiskCapacity()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_DiskCapacity();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Node#getNetworkCapacity <em>Network Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network Capacity</em>'.
	 * @see org.flotilla.model.Node#getNetworkCapacity()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_NetworkCapacity();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.Node#getHardware <em>Hardware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hardware</em>'.
	 * @see org.flotilla.model.Node#getHardware()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Hardware();

	/**
	 * Returns the meta object for the containment reference '{@link org.flotilla.model.Node#getOperatingSystem <em>Operating System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Operating System</em>'.
	 * @see org.flotilla.model.Node#getOperatingSystem()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_OperatingSystem();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.Node#getMiddleware <em>Middleware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Middleware</em>'.
	 * @see org.flotilla.model.Node#getMiddleware()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Middleware();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.Node#getApplications <em>Applications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Applications</em>'.
	 * @see org.flotilla.model.Node#getApplications()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Applications();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.Node#getTunings <em>Tunings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tunings</em>'.
	 * @see org.flotilla.model.Node#getTunings()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Tunings();

	/**
	 * Returns the meta object for the reference '{@link org.flotilla.model.Node#getProfile <em>Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Profile</em>'.
	 * @see org.flotilla.model.Node#getProfile()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Profile();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.Node#getProfileOverrides <em>Profile Overrides</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Profile Overrides</em>'.
	 * @see org.flotilla.model.Node#getProfileOverrides()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_ProfileOverrides();

	/**
	 * Returns the meta object for the reference list '{@link org.flotilla.model.Node#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Tasks</em>'.
	 * @see org.flotilla.model.Node#getTasks()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Tasks();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Node#getLastHeartbeat <em>Last Heartbeat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Heartbeat</em>'.
	 * @see org.flotilla.model.Node#getLastHeartbeat()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_LastHeartbeat();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Node#getUptimeSeconds <em>Uptime Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uptime Seconds</em>'.
	 * @see org.flotilla.model.Node#getUptimeSeconds()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_UptimeSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Node#getClockSkewMillis <em>Clock Skew Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clock Skew Millis</em>'.
	 * @see org.flotilla.model.Node#getClockSkewMillis()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_ClockSkewMillis();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Node#getReportIntervalMillis <em>Report Interval Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Report Interval Millis</em>'.
	 * @see org.flotilla.model.Node#getReportIntervalMillis()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_ReportIntervalMillis();

	/**
	 * Returns the meta object for the attribute list '{@link org.flotilla.model.Node#getAgentProblems <em>Agent Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Agent Problems</em>'.
	 * @see org.flotilla.model.Node#getAgentProblems()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_AgentProblems();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Node#getTaskSlots <em>Task Slots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Task Slots</em>'.
	 * @see org.flotilla.model.Node#getTaskSlots()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_TaskSlots();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Node#getTaskLimits <em>Task Limits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Task Limits</em>'.
	 * @see org.flotilla.model.Node#getTaskLimits()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_TaskLimits();

	/**
	 * Returns the meta object for the containment reference '{@link org.flotilla.model.Node#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metrics</em>'.
	 * @see org.flotilla.model.Node#getMetrics()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Metrics();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.StackElement <em>Stack Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stack Element</em>'.
	 * @see org.flotilla.model.StackElement
	 * @generated
	 */
	EClass getStackElement();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.StackElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.flotilla.model.StackElement#getName()
	 * @see #getStackElement()
	 * @generated
	 */
	EAttribute getStackElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.StackElement#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.flotilla.model.StackElement#getVersion()
	 * @see #getStackElement()
	 * @generated
	 */
	EAttribute getStackElement_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.StackElement#getDesiredVersion <em>Desired Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Desired Version</em>'.
	 * @see org.flotilla.model.StackElement#getDesiredVersion()
	 * @see #getStackElement()
	 * @generated
	 */
	EAttribute getStackElement_DesiredVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.StackElement#isDiscovered <em>Discovered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discovered</em>'.
	 * @see org.flotilla.model.StackElement#isDiscovered()
	 * @see #getStackElement()
	 * @generated
	 */
	EAttribute getStackElement_Discovered();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.StackElement#isDesired <em>Desired</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Desired</em>'.
	 * @see org.flotilla.model.StackElement#isDesired()
	 * @see #getStackElement()
	 * @generated
	 */
	EAttribute getStackElement_Desired();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.StackElement#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.flotilla.model.StackElement#getParameters()
	 * @see #getStackElement()
	 * @generated
	 */
	EReference getStackElement_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.StackElement#isManaged <em>Managed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Managed</em>'.
	 * @see org.flotilla.model.StackElement#isManaged()
	 * @see #getStackElement()
	 * @generated
	 */
	EAttribute getStackElement_Managed();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see org.flotilla.model.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Parameter#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.flotilla.model.Parameter#getKey()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Parameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.flotilla.model.Parameter#getValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Parameter#getDesiredValue <em>Desired Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Desired Value</em>'.
	 * @see org.flotilla.model.Parameter#getDesiredValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_DesiredValue();

	/**
	 * Returns the meta object for the reference '{@link org.flotilla.model.Parameter#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Definition</em>'.
	 * @see org.flotilla.model.Parameter#getDefinition()
	 * @see #getParameter()
	 * @generated
	 */
	EReference getParameter_Definition();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.HardwareComponent <em>Hardware Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hardware Component</em>'.
	 * @see org.flotilla.model.HardwareComponent
	 * @generated
	 */
	EClass getHardwareComponent();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.Processor <em>Processor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Processor</em>'.
	 * @see org.flotilla.model.Processor
	 * @generated
	 */
	EClass getProcessor();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Processor#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see org.flotilla.model.Processor#getModel()
	 * @see #getProcessor()
	 * @generated
	 */
	EAttribute getProcessor_Model();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Processor#getCores <em>Cores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cores</em>'.
	 * @see org.flotilla.model.Processor#getCores()
	 * @see #getProcessor()
	 * @generated
	 */
	EAttribute getProcessor_Cores();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Processor#getThreads <em>Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threads</em>'.
	 * @see org.flotilla.model.Processor#getThreads()
	 * @see #getProcessor()
	 * @generated
	 */
	EAttribute getProcessor_Threads();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Processor#getFrequencyMhz <em>Frequency Mhz</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency Mhz</em>'.
	 * @see org.flotilla.model.Processor#getFrequencyMhz()
	 * @see #getProcessor()
	 * @generated
	 */
	EAttribute getProcessor_FrequencyMhz();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.Memory <em>Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Memory</em>'.
	 * @see org.flotilla.model.Memory
	 * @generated
	 */
	EClass getMemory();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Memory#getSizeMib <em>Size Mib</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size Mib</em>'.
	 * @see org.flotilla.model.Memory#getSizeMib()
	 * @see #getMemory()
	 * @generated
	 */
	EAttribute getMemory_SizeMib();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.Disk <em>Disk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Disk</em>'.
	 * @see org.flotilla.model.Disk
	 * @generated
	 */
	EClass getDisk();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Disk#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see org.flotilla.model.Disk#getDevice()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Disk#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.flotilla.model.Disk#getKind()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Disk#getSizeGib <em>Size Gib</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size Gib</em>'.
	 * @see org.flotilla.model.Disk#getSizeGib()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_SizeGib();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.NetworkInterface <em>Network Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Interface</em>'.
	 * @see org.flotilla.model.NetworkInterface
	 * @generated
	 */
	EClass getNetworkInterface();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.NetworkInterface#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see org.flotilla.model.NetworkInterface#getDevice()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.NetworkInterface#getMacAddress <em>Mac Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mac Address</em>'.
	 * @see org.flotilla.model.NetworkInterface#getMacAddress()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_MacAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.NetworkInterface#getSpeedMbps <em>Speed Mbps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Speed Mbps</em>'.
	 * @see org.flotilla.model.NetworkInterface#getSpeedMbps()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_SpeedMbps();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.OperatingSystem <em>Operating System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operating System</em>'.
	 * @see org.flotilla.model.OperatingSystem
	 * @generated
	 */
	EClass getOperatingSystem();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.OperatingSystem#getKernel <em>Kernel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel</em>'.
	 * @see org.flotilla.model.OperatingSystem#getKernel()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_Kernel();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.OperatingSystem#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.flotilla.model.OperatingSystem#getArchitecture()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_Architecture();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.Middleware <em>Middleware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Middleware</em>'.
	 * @see org.flotilla.model.Middleware
	 * @generated
	 */
	EClass getMiddleware();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Middleware#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.flotilla.model.Middleware#getCategory()
	 * @see #getMiddleware()
	 * @generated
	 */
	EAttribute getMiddleware_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Middleware#getInstallPath <em>Install Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Install Path</em>'.
	 * @see org.flotilla.model.Middleware#getInstallPath()
	 * @see #getMiddleware()
	 * @generated
	 */
	EAttribute getMiddleware_InstallPath();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.OsTuning <em>Os Tuning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Tuning</em>'.
	 * @see org.flotilla.model.OsTuning
	 * @generated
	 */
	EClass getOsTuning();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.Application <em>Application</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Application</em>'.
	 * @see org.flotilla.model.Application
	 * @generated
	 */
	EClass getApplication();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Application#getArtifact <em>Artifact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Artifact</em>'.
	 * @see org.flotilla.model.Application#getArtifact()
	 * @see #getApplication()
	 * @generated
	 */
	EAttribute getApplication_Artifact();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Application#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.flotilla.model.Application#getPort()
	 * @see #getApplication()
	 * @generated
	 */
	EAttribute getApplication_Port();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.Task <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task</em>'.
	 * @see org.flotilla.model.Task
	 * @generated
	 */
	EClass getTask();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.flotilla.model.Task#getName()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getCommand <em>Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Command</em>'.
	 * @see org.flotilla.model.Task#getCommand()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Command();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getCpuDemand <em>Cpu Demand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Demand</em>'.
	 * @see org.flotilla.model.Task#getCpuDemand()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_CpuDemand();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getMemoryDemand <em>Memory Demand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Demand</em>'.
	 * @see org.flotilla.model.Task#getMemoryDemand()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_MemoryDemand();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getDiskDemand <em>Disk Demand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disk Demand</em>'.
	 * @see org.flotilla.model.Task#getDiskDemand()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_DiskDemand();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getNetworkDemand <em>Network Demand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network Demand</em>'.
	 * @see org.flotilla.model.Task#getNetworkDemand()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_NetworkDemand();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.Task#getRequirements <em>Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Requirements</em>'.
	 * @see org.flotilla.model.Task#getRequirements()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_Requirements();

	/**
	 * Returns the meta object for the attribute list '{@link org.flotilla.model.Task#getRequiredLabels <em>Required Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Required Labels</em>'.
	 * @see org.flotilla.model.Task#getRequiredLabels()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_RequiredLabels();

	/**
	 * Returns the meta object for the reference list '{@link org.flotilla.model.Task#getAffinity <em>Affinity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Affinity</em>'.
	 * @see org.flotilla.model.Task#getAffinity()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_Affinity();

	/**
	 * Returns the meta object for the reference list '{@link org.flotilla.model.Task#getAntiAffinity <em>Anti Affinity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Anti Affinity</em>'.
	 * @see org.flotilla.model.Task#getAntiAffinity()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_AntiAffinity();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.flotilla.model.Task#getPriority()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.flotilla.model.Task#getState()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_State();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#isPinned <em>Pinned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pinned</em>'.
	 * @see org.flotilla.model.Task#isPinned()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Pinned();

	/**
	 * Returns the meta object for the reference '{@link org.flotilla.model.Task#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Node</em>'.
	 * @see org.flotilla.model.Task#getNode()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_Node();

	/**
	 * Returns the meta object for the containment reference '{@link org.flotilla.model.Task#getObservedUsage <em>Observed Usage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Observed Usage</em>'.
	 * @see org.flotilla.model.Task#getObservedUsage()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_ObservedUsage();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.flotilla.model.Task#getKind()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.flotilla.model.Task#getArguments <em>Arguments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Arguments</em>'.
	 * @see org.flotilla.model.Task#getArguments()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Arguments();

	/**
	 * Returns the meta object for the attribute list '{@link org.flotilla.model.Task#getEnvironment <em>Environment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Environment</em>'.
	 * @see org.flotilla.model.Task#getEnvironment()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Environment();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#isShell <em>Shell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shell</em>'.
	 * @see org.flotilla.model.Task#isShell()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Shell();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getRestartPolicy <em>Restart Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Restart Policy</em>'.
	 * @see org.flotilla.model.Task#getRestartPolicy()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_RestartPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getMaxRestarts <em>Max Restarts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Restarts</em>'.
	 * @see org.flotilla.model.Task#getMaxRestarts()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_MaxRestarts();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#isDesiredRunning <em>Desired Running</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Desired Running</em>'.
	 * @see org.flotilla.model.Task#isDesiredRunning()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_DesiredRunning();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getEpoch <em>Epoch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epoch</em>'.
	 * @see org.flotilla.model.Task#getEpoch()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Epoch();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getStateReason <em>State Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State Reason</em>'.
	 * @see org.flotilla.model.Task#getStateReason()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_StateReason();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getExitCode <em>Exit Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exit Code</em>'.
	 * @see org.flotilla.model.Task#getExitCode()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_ExitCode();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getRestarts <em>Restarts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Restarts</em>'.
	 * @see org.flotilla.model.Task#getRestarts()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Restarts();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getPid <em>Pid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pid</em>'.
	 * @see org.flotilla.model.Task#getPid()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Pid();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getCpuUsage <em>Cpu Usage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Usage</em>'.
	 * @see org.flotilla.model.Task#getCpuUsage()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_CpuUsage();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getMemoryUsage <em>Memory Usage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Usage</em>'.
	 * @see org.flotilla.model.Task#getMemoryUsage()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_MemoryUsage();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getPredictedCpuDemand <em>Predicted Cpu Demand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Predicted Cpu Demand</em>'.
	 * @see org.flotilla.model.Task#getPredictedCpuDemand()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_PredictedCpuDemand();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#getPredictedMemoryDemand <em>Predicted Memory Demand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Predicted Memory Demand</em>'.
	 * @see org.flotilla.model.Task#getPredictedMemoryDemand()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_PredictedMemoryDemand();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Task#isDemandPredicted <em>Demand Predicted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Demand Predicted</em>'.
	 * @see org.flotilla.model.Task#isDemandPredicted()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_DemandPredicted();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.StackRequirement <em>Stack Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stack Requirement</em>'.
	 * @see org.flotilla.model.StackRequirement
	 * @generated
	 */
	EClass getStackRequirement();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.StackRequirement#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer</em>'.
	 * @see org.flotilla.model.StackRequirement#getLayer()
	 * @see #getStackRequirement()
	 * @generated
	 */
	EAttribute getStackRequirement_Layer();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.StackRequirement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.flotilla.model.StackRequirement#getName()
	 * @see #getStackRequirement()
	 * @generated
	 */
	EAttribute getStackRequirement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.StackRequirement#getMinimumVersion <em>Minimum Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Version</em>'.
	 * @see org.flotilla.model.StackRequirement#getMinimumVersion()
	 * @see #getStackRequirement()
	 * @generated
	 */
	EAttribute getStackRequirement_MinimumVersion();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.Profile <em>Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Profile</em>'.
	 * @see org.flotilla.model.Profile
	 * @generated
	 */
	EClass getProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Profile#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.flotilla.model.Profile#getName()
	 * @see #getProfile()
	 * @generated
	 */
	EAttribute getProfile_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Profile#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.flotilla.model.Profile#getDescription()
	 * @see #getProfile()
	 * @generated
	 */
	EAttribute getProfile_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.Profile#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.flotilla.model.Profile#getEntries()
	 * @see #getProfile()
	 * @generated
	 */
	EReference getProfile_Entries();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.ProfileEntry <em>Profile Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Profile Entry</em>'.
	 * @see org.flotilla.model.ProfileEntry
	 * @generated
	 */
	EClass getProfileEntry();

	/**
	 * Returns the meta object for the reference '{@link org.flotilla.model.ProfileEntry#getSoftwarePackage <em>Software Package</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Software Package</em>'.
	 * @see org.flotilla.model.ProfileEntry#getSoftwarePackage()
	 * @see #getProfileEntry()
	 * @generated
	 */
	EReference getProfileEntry_SoftwarePackage();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.ProfileEntry#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.flotilla.model.ProfileEntry#getValues()
	 * @see #getProfileEntry()
	 * @generated
	 */
	EReference getProfileEntry_Values();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.ParameterValue <em>Parameter Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Value</em>'.
	 * @see org.flotilla.model.ParameterValue
	 * @generated
	 */
	EClass getParameterValue();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.ParameterValue#getPackageName <em>Package Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Package Name</em>'.
	 * @see org.flotilla.model.ParameterValue#getPackageName()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_PackageName();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.ParameterValue#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.flotilla.model.ParameterValue#getName()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.ParameterValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.flotilla.model.ParameterValue#getValue()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Value();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.SoftwarePackage <em>Software Package</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Software Package</em>'.
	 * @see org.flotilla.model.SoftwarePackage
	 * @generated
	 */
	EClass getSoftwarePackage();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.SoftwarePackage#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.flotilla.model.SoftwarePackage#getName()
	 * @see #getSoftwarePackage()
	 * @generated
	 */
	EAttribute getSoftwarePackage_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.SoftwarePackage#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.flotilla.model.SoftwarePackage#getVersion()
	 * @see #getSoftwarePackage()
	 * @generated
	 */
	EAttribute getSoftwarePackage_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.SoftwarePackage#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer</em>'.
	 * @see org.flotilla.model.SoftwarePackage#getLayer()
	 * @see #getSoftwarePackage()
	 * @generated
	 */
	EAttribute getSoftwarePackage_Layer();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.SoftwarePackage#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.flotilla.model.SoftwarePackage#getTitle()
	 * @see #getSoftwarePackage()
	 * @generated
	 */
	EAttribute getSoftwarePackage_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.SoftwarePackage#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.flotilla.model.SoftwarePackage#getSha256()
	 * @see #getSoftwarePackage()
	 * @generated
	 */
	EAttribute getSoftwarePackage_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.SoftwarePackage#getSizeBytes <em>Size Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size Bytes</em>'.
	 * @see org.flotilla.model.SoftwarePackage#getSizeBytes()
	 * @see #getSoftwarePackage()
	 * @generated
	 */
	EAttribute getSoftwarePackage_SizeBytes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.SoftwarePackage#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.flotilla.model.SoftwarePackage#getParameters()
	 * @see #getSoftwarePackage()
	 * @generated
	 */
	EReference getSoftwarePackage_Parameters();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.ParameterDefinition <em>Parameter Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Definition</em>'.
	 * @see org.flotilla.model.ParameterDefinition
	 * @generated
	 */
	EClass getParameterDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.ParameterDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.flotilla.model.ParameterDefinition#getName()
	 * @see #getParameterDefinition()
	 * @generated
	 */
	EAttribute getParameterDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.ParameterDefinition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.flotilla.model.ParameterDefinition#getDescription()
	 * @see #getParameterDefinition()
	 * @generated
	 */
	EAttribute getParameterDefinition_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.ParameterDefinition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.flotilla.model.ParameterDefinition#getType()
	 * @see #getParameterDefinition()
	 * @generated
	 */
	EAttribute getParameterDefinition_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.ParameterDefinition#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.flotilla.model.ParameterDefinition#getUnit()
	 * @see #getParameterDefinition()
	 * @generated
	 */
	EAttribute getParameterDefinition_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.ParameterDefinition#getDefaultValue <em>Default Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Value</em>'.
	 * @see org.flotilla.model.ParameterDefinition#getDefaultValue()
	 * @see #getParameterDefinition()
	 * @generated
	 */
	EAttribute getParameterDefinition_DefaultValue();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.ParameterDefinition#getMinimum <em>Minimum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum</em>'.
	 * @see org.flotilla.model.ParameterDefinition#getMinimum()
	 * @see #getParameterDefinition()
	 * @generated
	 */
	EAttribute getParameterDefinition_Minimum();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.ParameterDefinition#getMaximum <em>Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum</em>'.
	 * @see org.flotilla.model.ParameterDefinition#getMaximum()
	 * @see #getParameterDefinition()
	 * @generated
	 */
	EAttribute getParameterDefinition_Maximum();

	/**
	 * Returns the meta object for the attribute list '{@link org.flotilla.model.ParameterDefinition#getAllowedValues <em>Allowed Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Allowed Values</em>'.
	 * @see org.flotilla.model.ParameterDefinition#getAllowedValues()
	 * @see #getParameterDefinition()
	 * @generated
	 */
	EAttribute getParameterDefinition_AllowedValues();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.ParameterDefinition#getPattern <em>Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pattern</em>'.
	 * @see org.flotilla.model.ParameterDefinition#getPattern()
	 * @see #getParameterDefinition()
	 * @generated
	 */
	EAttribute getParameterDefinition_Pattern();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.ParameterDefinition#isOverridable <em>Overridable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overridable</em>'.
	 * @see org.flotilla.model.ParameterDefinition#isOverridable()
	 * @see #getParameterDefinition()
	 * @generated
	 */
	EAttribute getParameterDefinition_Overridable();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.MetricWindow <em>Metric Window</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric Window</em>'.
	 * @see org.flotilla.model.MetricWindow
	 * @generated
	 */
	EClass getMetricWindow();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.MetricWindow#getLimit <em>Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Limit</em>'.
	 * @see org.flotilla.model.MetricWindow#getLimit()
	 * @see #getMetricWindow()
	 * @generated
	 */
	EAttribute getMetricWindow_Limit();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.MetricWindow#getSamples <em>Samples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Samples</em>'.
	 * @see org.flotilla.model.MetricWindow#getSamples()
	 * @see #getMetricWindow()
	 * @generated
	 */
	EReference getMetricWindow_Samples();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.MetricSample <em>Metric Sample</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric Sample</em>'.
	 * @see org.flotilla.model.MetricSample
	 * @generated
	 */
	EClass getMetricSample();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.MetricSample#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.flotilla.model.MetricSample#getTime()
	 * @see #getMetricSample()
	 * @generated
	 */
	EAttribute getMetricSample_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.MetricSample#getCpu <em>Cpu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu</em>'.
	 * @see org.flotilla.model.MetricSample#getCpu()
	 * @see #getMetricSample()
	 * @generated
	 */
	EAttribute getMetricSample_Cpu();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.MetricSample#getMemory <em>Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory</em>'.
	 * @see org.flotilla.model.MetricSample#getMemory()
	 * @see #getMetricSample()
	 * @generated
	 */
	EAttribute getMetricSample_Memory();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.MetricSample#getDiskRate <em>Disk Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disk Rate</em>'.
	 * @see org.flotilla.model.MetricSample#getDiskRate()
	 * @see #getMetricSample()
	 * @generated
	 */
	EAttribute getMetricSample_DiskRate();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.MetricSample#getNetworkRate <em>Network Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network Rate</em>'.
	 * @see org.flotilla.model.MetricSample#getNetworkRate()
	 * @see #getMetricSample()
	 * @generated
	 */
	EAttribute getMetricSample_NetworkRate();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.AuditEntry <em>Audit Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audit Entry</em>'.
	 * @see org.flotilla.model.AuditEntry
	 * @generated
	 */
	EClass getAuditEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.AuditEntry#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.flotilla.model.AuditEntry#getTime()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.AuditEntry#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see org.flotilla.model.AuditEntry#getUser()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_User();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.AuditEntry#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.flotilla.model.AuditEntry#getAction()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.AuditEntry#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.flotilla.model.AuditEntry#getTarget()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.AuditEntry#getDetail <em>Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail</em>'.
	 * @see org.flotilla.model.AuditEntry#getDetail()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Detail();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.Job <em>Job</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Job</em>'.
	 * @see org.flotilla.model.Job
	 * @generated
	 */
	EClass getJob();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Job#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.flotilla.model.Job#getName()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Job#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.flotilla.model.Job#getKind()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Job#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.flotilla.model.Job#getState()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_State();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Job#getTotalWork <em>Total Work</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Work</em>'.
	 * @see org.flotilla.model.Job#getTotalWork()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_TotalWork();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Job#getWorked <em>Worked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Worked</em>'.
	 * @see org.flotilla.model.Job#getWorked()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Worked();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Job#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.flotilla.model.Job#getMessage()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Job#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see org.flotilla.model.Job#getStarted()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Started();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Job#getFinished <em>Finished</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished</em>'.
	 * @see org.flotilla.model.Job#getFinished()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Finished();

	/**
	 * Returns the meta object for the reference '{@link org.flotilla.model.Job#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Node</em>'.
	 * @see org.flotilla.model.Job#getNode()
	 * @see #getJob()
	 * @generated
	 */
	EReference getJob_Node();

	/**
	 * Returns the meta object for the reference '{@link org.flotilla.model.Job#getTask <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Task</em>'.
	 * @see org.flotilla.model.Job#getTask()
	 * @see #getJob()
	 * @generated
	 */
	EReference getJob_Task();

	/**
	 * Returns the meta object for the reference '{@link org.flotilla.model.Job#getTargetNode <em>Target Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Node</em>'.
	 * @see org.flotilla.model.Job#getTargetNode()
	 * @see #getJob()
	 * @generated
	 */
	EReference getJob_TargetNode();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan</em>'.
	 * @see org.flotilla.model.Plan
	 * @generated
	 */
	EClass getPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Plan#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.flotilla.model.Plan#getName()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flotilla.model.Plan#getMoves <em>Moves</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Moves</em>'.
	 * @see org.flotilla.model.Plan#getMoves()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Moves();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.PlannedMove <em>Planned Move</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Planned Move</em>'.
	 * @see org.flotilla.model.PlannedMove
	 * @generated
	 */
	EClass getPlannedMove();

	/**
	 * Returns the meta object for the reference '{@link org.flotilla.model.PlannedMove#getTask <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Task</em>'.
	 * @see org.flotilla.model.PlannedMove#getTask()
	 * @see #getPlannedMove()
	 * @generated
	 */
	EReference getPlannedMove_Task();

	/**
	 * Returns the meta object for the reference '{@link org.flotilla.model.PlannedMove#getFromNode <em>From Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From Node</em>'.
	 * @see org.flotilla.model.PlannedMove#getFromNode()
	 * @see #getPlannedMove()
	 * @generated
	 */
	EReference getPlannedMove_FromNode();

	/**
	 * Returns the meta object for the reference '{@link org.flotilla.model.PlannedMove#getToNode <em>To Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To Node</em>'.
	 * @see org.flotilla.model.PlannedMove#getToNode()
	 * @see #getPlannedMove()
	 * @generated
	 */
	EReference getPlannedMove_ToNode();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.PlannedMove#getPlannedEpoch <em>Planned Epoch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Epoch</em>'.
	 * @see org.flotilla.model.PlannedMove#getPlannedEpoch()
	 * @see #getPlannedMove()
	 * @generated
	 */
	EAttribute getPlannedMove_PlannedEpoch();

	/**
	 * Returns the meta object for class '{@link org.flotilla.model.Alert <em>Alert</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Alert</em>'.
	 * @see org.flotilla.model.Alert
	 * @generated
	 */
	EClass getAlert();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Alert#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule</em>'.
	 * @see org.flotilla.model.Alert#getRule()
	 * @see #getAlert()
	 * @generated
	 */
	EAttribute getAlert_Rule();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Alert#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.flotilla.model.Alert#getSeverity()
	 * @see #getAlert()
	 * @generated
	 */
	EAttribute getAlert_Severity();

	/**
	 * Returns the meta object for the reference '{@link org.flotilla.model.Alert#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Node</em>'.
	 * @see org.flotilla.model.Alert#getNode()
	 * @see #getAlert()
	 * @generated
	 */
	EReference getAlert_Node();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Alert#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.flotilla.model.Alert#getMessage()
	 * @see #getAlert()
	 * @generated
	 */
	EAttribute getAlert_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Alert#getRaised <em>Raised</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raised</em>'.
	 * @see org.flotilla.model.Alert#getRaised()
	 * @see #getAlert()
	 * @generated
	 */
	EAttribute getAlert_Raised();

	/**
	 * Returns the meta object for the attribute '{@link org.flotilla.model.Alert#getCleared <em>Cleared</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cleared</em>'.
	 * @see org.flotilla.model.Alert#getCleared()
	 * @see #getAlert()
	 * @generated
	 */
	EAttribute getAlert_Cleared();

	/**
	 * Returns the meta object for enum '{@link org.flotilla.model.NodeState <em>Node State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Node State</em>'.
	 * @see org.flotilla.model.NodeState
	 * @generated
	 */
	EEnum getNodeState();

	/**
	 * Returns the meta object for enum '{@link org.flotilla.model.GroupKind <em>Group Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Group Kind</em>'.
	 * @see org.flotilla.model.GroupKind
	 * @generated
	 */
	EEnum getGroupKind();

	/**
	 * Returns the meta object for enum '{@link org.flotilla.model.TaskState <em>Task State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task State</em>'.
	 * @see org.flotilla.model.TaskState
	 * @generated
	 */
	EEnum getTaskState();

	/**
	 * Returns the meta object for enum '{@link org.flotilla.model.TaskKind <em>Task Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task Kind</em>'.
	 * @see org.flotilla.model.TaskKind
	 * @generated
	 */
	EEnum getTaskKind();

	/**
	 * Returns the meta object for enum '{@link org.flotilla.model.RestartPolicy <em>Restart Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Restart Policy</em>'.
	 * @see org.flotilla.model.RestartPolicy
	 * @generated
	 */
	EEnum getRestartPolicy();

	/**
	 * Returns the meta object for enum '{@link org.flotilla.model.IsolationResponse <em>Isolation Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Isolation Response</em>'.
	 * @see org.flotilla.model.IsolationResponse
	 * @generated
	 */
	EEnum getIsolationResponse();

	/**
	 * Returns the meta object for enum '{@link org.flotilla.model.SyncState <em>Sync State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sync State</em>'.
	 * @see org.flotilla.model.SyncState
	 * @generated
	 */
	EEnum getSyncState();

	/**
	 * Returns the meta object for enum '{@link org.flotilla.model.LayerKind <em>Layer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Layer Kind</em>'.
	 * @see org.flotilla.model.LayerKind
	 * @generated
	 */
	EEnum getLayerKind();

	/**
	 * Returns the meta object for enum '{@link org.flotilla.model.ParameterType <em>Parameter Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Parameter Type</em>'.
	 * @see org.flotilla.model.ParameterType
	 * @generated
	 */
	EEnum getParameterType();

	/**
	 * Returns the meta object for enum '{@link org.flotilla.model.DiskKind <em>Disk Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Disk Kind</em>'.
	 * @see org.flotilla.model.DiskKind
	 * @generated
	 */
	EEnum getDiskKind();

	/**
	 * Returns the meta object for enum '{@link org.flotilla.model.PlacementObjective <em>Placement Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Placement Objective</em>'.
	 * @see org.flotilla.model.PlacementObjective
	 * @generated
	 */
	EEnum getPlacementObjective();

	/**
	 * Returns the meta object for enum '{@link org.flotilla.model.JobKind <em>Job Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Job Kind</em>'.
	 * @see org.flotilla.model.JobKind
	 * @generated
	 */
	EEnum getJobKind();

	/**
	 * Returns the meta object for enum '{@link org.flotilla.model.AlertSeverity <em>Alert Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Alert Severity</em>'.
	 * @see org.flotilla.model.AlertSeverity
	 * @generated
	 */
	EEnum getAlertSeverity();

	/**
	 * Returns the meta object for enum '{@link org.flotilla.model.JobState <em>Job State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Job State</em>'.
	 * @see org.flotilla.model.JobState
	 * @generated
	 */
	EEnum getJobState();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PoolFactory getPoolFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.PoolImpl <em>Pool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.PoolImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getPool()
		 * @generated
		 */
		EClass POOL = eINSTANCE.getPool();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL__NAME = eINSTANCE.getPool_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL__DESCRIPTION = eINSTANCE.getPool_Description();

		/**
		 * The meta object literal for the '<em><b>Placement Objective</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL__PLACEMENT_OBJECTIVE = eINSTANCE.getPool_PlacementObjective();

		/**
		 * The meta object literal for the '<em><b>Restart Grace Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL__RESTART_GRACE_SECONDS = eINSTANCE.getPool_RestartGraceSeconds();

		/**
		 * The meta object literal for the '<em><b>Isolation Response</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL__ISOLATION_RESPONSE = eINSTANCE.getPool_IsolationResponse();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POOL__GROUPS = eINSTANCE.getPool_Groups();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POOL__TASKS = eINSTANCE.getPool_Tasks();

		/**
		 * The meta object literal for the '<em><b>Profiles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POOL__PROFILES = eINSTANCE.getPool_Profiles();

		/**
		 * The meta object literal for the '<em><b>Packages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POOL__PACKAGES = eINSTANCE.getPool_Packages();

		/**
		 * The meta object literal for the '<em><b>Audit Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POOL__AUDIT_ENTRIES = eINSTANCE.getPool_AuditEntries();

		/**
		 * The meta object literal for the '<em><b>Jobs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POOL__JOBS = eINSTANCE.getPool_Jobs();

		/**
		 * The meta object literal for the '<em><b>Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POOL__PLANS = eINSTANCE.getPool_Plans();

		/**
		 * The meta object literal for the '<em><b>Alerts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POOL__ALERTS = eINSTANCE.getPool_Alerts();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.GroupImpl <em>Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.GroupImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getGroup()
		 * @generated
		 */
		EClass GROUP = eINSTANCE.getGroup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP__NAME = eINSTANCE.getGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP__KIND = eINSTANCE.getGroup_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP__DESCRIPTION = eINSTANCE.getGroup_Description();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUP__GROUPS = eINSTANCE.getGroup_Groups();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUP__NODES = eINSTANCE.getGroup_Nodes();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.NodeImpl <em>Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.NodeImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getNode()
		 * @generated
		 */
		EClass NODE = eINSTANCE.getNode();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__NAME = eINSTANCE.getNode_Name();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__ADDRESS = eINSTANCE.getNode_Address();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__STATE = eINSTANCE.getNode_State();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__LABELS = eINSTANCE.getNode_Labels();

		/**
		 * The meta object literal for the '<em><b>Cpu Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__CPU_CAPACITY = eINSTANCE.getNode_CpuCapacity();

		/**
		 * The meta object literal for the '<em><b>Memory Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__MEMORY_CAPACITY = eINSTANCE.getNode_MemoryCapacity();

		/**
		 * The meta object literal for the '<em><b>Disk Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__DISK_CAPACITY = eINSTANCE.getNode_DiskCapacity();

		/**
		 * The meta object literal for the '<em><b>Network Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__NETWORK_CAPACITY = eINSTANCE.getNode_NetworkCapacity();

		/**
		 * The meta object literal for the '<em><b>Hardware</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__HARDWARE = eINSTANCE.getNode_Hardware();

		/**
		 * The meta object literal for the '<em><b>Operating System</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__OPERATING_SYSTEM = eINSTANCE.getNode_OperatingSystem();

		/**
		 * The meta object literal for the '<em><b>Middleware</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__MIDDLEWARE = eINSTANCE.getNode_Middleware();

		/**
		 * The meta object literal for the '<em><b>Applications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__APPLICATIONS = eINSTANCE.getNode_Applications();

		/**
		 * The meta object literal for the '<em><b>Tunings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__TUNINGS = eINSTANCE.getNode_Tunings();

		/**
		 * The meta object literal for the '<em><b>Profile</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__PROFILE = eINSTANCE.getNode_Profile();

		/**
		 * The meta object literal for the '<em><b>Profile Overrides</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__PROFILE_OVERRIDES = eINSTANCE.getNode_ProfileOverrides();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__TASKS = eINSTANCE.getNode_Tasks();

		/**
		 * The meta object literal for the '<em><b>Last Heartbeat</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__LAST_HEARTBEAT = eINSTANCE.getNode_LastHeartbeat();

		/**
		 * The meta object literal for the '<em><b>Uptime Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__UPTIME_SECONDS = eINSTANCE.getNode_UptimeSeconds();

		/**
		 * The meta object literal for the '<em><b>Clock Skew Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__CLOCK_SKEW_MILLIS = eINSTANCE.getNode_ClockSkewMillis();

		/**
		 * The meta object literal for the '<em><b>Report Interval Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__REPORT_INTERVAL_MILLIS = eINSTANCE.getNode_ReportIntervalMillis();

		/**
		 * The meta object literal for the '<em><b>Agent Problems</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__AGENT_PROBLEMS = eINSTANCE.getNode_AgentProblems();

		/**
		 * The meta object literal for the '<em><b>Task Slots</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__TASK_SLOTS = eINSTANCE.getNode_TaskSlots();

		/**
		 * The meta object literal for the '<em><b>Task Limits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__TASK_LIMITS = eINSTANCE.getNode_TaskLimits();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__METRICS = eINSTANCE.getNode_Metrics();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.StackElementImpl <em>Stack Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.StackElementImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getStackElement()
		 * @generated
		 */
		EClass STACK_ELEMENT = eINSTANCE.getStackElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_ELEMENT__NAME = eINSTANCE.getStackElement_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_ELEMENT__VERSION = eINSTANCE.getStackElement_Version();

		/**
		 * The meta object literal for the '<em><b>Desired Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_ELEMENT__DESIRED_VERSION = eINSTANCE.getStackElement_DesiredVersion();

		/**
		 * The meta object literal for the '<em><b>Discovered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_ELEMENT__DISCOVERED = eINSTANCE.getStackElement_Discovered();

		/**
		 * The meta object literal for the '<em><b>Desired</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_ELEMENT__DESIRED = eINSTANCE.getStackElement_Desired();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STACK_ELEMENT__PARAMETERS = eINSTANCE.getStackElement_Parameters();

		/**
		 * The meta object literal for the '<em><b>Managed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_ELEMENT__MANAGED = eINSTANCE.getStackElement_Managed();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.ParameterImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__KEY = eINSTANCE.getParameter_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALUE = eINSTANCE.getParameter_Value();

		/**
		 * The meta object literal for the '<em><b>Desired Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__DESIRED_VALUE = eINSTANCE.getParameter_DesiredValue();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARAMETER__DEFINITION = eINSTANCE.getParameter_Definition();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.HardwareComponentImpl <em>Hardware Component</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.HardwareComponentImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getHardwareComponent()
		 * @generated
		 */
		EClass HARDWARE_COMPONENT = eINSTANCE.getHardwareComponent();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.ProcessorImpl <em>Processor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.ProcessorImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getProcessor()
		 * @generated
		 */
		EClass PROCESSOR = eINSTANCE.getProcessor();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSOR__MODEL = eINSTANCE.getProcessor_Model();

		/**
		 * The meta object literal for the '<em><b>Cores</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSOR__CORES = eINSTANCE.getProcessor_Cores();

		/**
		 * The meta object literal for the '<em><b>Threads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSOR__THREADS = eINSTANCE.getProcessor_Threads();

		/**
		 * The meta object literal for the '<em><b>Frequency Mhz</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSOR__FREQUENCY_MHZ = eINSTANCE.getProcessor_FrequencyMhz();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.MemoryImpl <em>Memory</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.MemoryImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getMemory()
		 * @generated
		 */
		EClass MEMORY = eINSTANCE.getMemory();

		/**
		 * The meta object literal for the '<em><b>Size Mib</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY__SIZE_MIB = eINSTANCE.getMemory_SizeMib();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.DiskImpl <em>Disk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.DiskImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getDisk()
		 * @generated
		 */
		EClass DISK = eINSTANCE.getDisk();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__DEVICE = eINSTANCE.getDisk_Device();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__KIND = eINSTANCE.getDisk_Kind();

		/**
		 * The meta object literal for the '<em><b>Size Gib</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__SIZE_GIB = eINSTANCE.getDisk_SizeGib();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.NetworkInterfaceImpl <em>Network Interface</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.NetworkInterfaceImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getNetworkInterface()
		 * @generated
		 */
		EClass NETWORK_INTERFACE = eINSTANCE.getNetworkInterface();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__DEVICE = eINSTANCE.getNetworkInterface_Device();

		/**
		 * The meta object literal for the '<em><b>Mac Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__MAC_ADDRESS = eINSTANCE.getNetworkInterface_MacAddress();

		/**
		 * The meta object literal for the '<em><b>Speed Mbps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__SPEED_MBPS = eINSTANCE.getNetworkInterface_SpeedMbps();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.OperatingSystemImpl <em>Operating System</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.OperatingSystemImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getOperatingSystem()
		 * @generated
		 */
		EClass OPERATING_SYSTEM = eINSTANCE.getOperatingSystem();

		/**
		 * The meta object literal for the '<em><b>Kernel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__KERNEL = eINSTANCE.getOperatingSystem_Kernel();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__ARCHITECTURE = eINSTANCE.getOperatingSystem_Architecture();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.MiddlewareImpl <em>Middleware</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.MiddlewareImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getMiddleware()
		 * @generated
		 */
		EClass MIDDLEWARE = eINSTANCE.getMiddleware();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIDDLEWARE__CATEGORY = eINSTANCE.getMiddleware_Category();

		/**
		 * The meta object literal for the '<em><b>Install Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIDDLEWARE__INSTALL_PATH = eINSTANCE.getMiddleware_InstallPath();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.OsTuningImpl <em>Os Tuning</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.OsTuningImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getOsTuning()
		 * @generated
		 */
		EClass OS_TUNING = eINSTANCE.getOsTuning();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.ApplicationImpl <em>Application</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.ApplicationImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getApplication()
		 * @generated
		 */
		EClass APPLICATION = eINSTANCE.getApplication();

		/**
		 * The meta object literal for the '<em><b>Artifact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLICATION__ARTIFACT = eINSTANCE.getApplication_Artifact();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLICATION__PORT = eINSTANCE.getApplication_Port();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.TaskImpl <em>Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.TaskImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getTask()
		 * @generated
		 */
		EClass TASK = eINSTANCE.getTask();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__NAME = eINSTANCE.getTask_Name();

		/**
		 * The meta object literal for the '<em><b>Command</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__COMMAND = eINSTANCE.getTask_Command();

		/**
		 * The meta object literal for the '<em><b>Cpu Demand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__CPU_DEMAND = eINSTANCE.getTask_CpuDemand();

		/**
		 * The meta object literal for the '<em><b>Memory Demand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__MEMORY_DEMAND = eINSTANCE.getTask_MemoryDemand();

		/**
		 * The meta object literal for the '<em><b>Disk Demand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__DISK_DEMAND = eINSTANCE.getTask_DiskDemand();

		/**
		 * The meta object literal for the '<em><b>Network Demand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__NETWORK_DEMAND = eINSTANCE.getTask_NetworkDemand();

		/**
		 * The meta object literal for the '<em><b>Requirements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__REQUIREMENTS = eINSTANCE.getTask_Requirements();

		/**
		 * The meta object literal for the '<em><b>Required Labels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__REQUIRED_LABELS = eINSTANCE.getTask_RequiredLabels();

		/**
		 * The meta object literal for the '<em><b>Affinity</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__AFFINITY = eINSTANCE.getTask_Affinity();

		/**
		 * The meta object literal for the '<em><b>Anti Affinity</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__ANTI_AFFINITY = eINSTANCE.getTask_AntiAffinity();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__PRIORITY = eINSTANCE.getTask_Priority();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__STATE = eINSTANCE.getTask_State();

		/**
		 * The meta object literal for the '<em><b>Pinned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__PINNED = eINSTANCE.getTask_Pinned();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__NODE = eINSTANCE.getTask_Node();

		/**
		 * The meta object literal for the '<em><b>Observed Usage</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__OBSERVED_USAGE = eINSTANCE.getTask_ObservedUsage();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__KIND = eINSTANCE.getTask_Kind();

		/**
		 * The meta object literal for the '<em><b>Arguments</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__ARGUMENTS = eINSTANCE.getTask_Arguments();

		/**
		 * The meta object literal for the '<em><b>Environment</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__ENVIRONMENT = eINSTANCE.getTask_Environment();

		/**
		 * The meta object literal for the '<em><b>Shell</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__SHELL = eINSTANCE.getTask_Shell();

		/**
		 * The meta object literal for the '<em><b>Restart Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__RESTART_POLICY = eINSTANCE.getTask_RestartPolicy();

		/**
		 * The meta object literal for the '<em><b>Max Restarts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__MAX_RESTARTS = eINSTANCE.getTask_MaxRestarts();

		/**
		 * The meta object literal for the '<em><b>Desired Running</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__DESIRED_RUNNING = eINSTANCE.getTask_DesiredRunning();

		/**
		 * The meta object literal for the '<em><b>Epoch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__EPOCH = eINSTANCE.getTask_Epoch();

		/**
		 * The meta object literal for the '<em><b>State Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__STATE_REASON = eINSTANCE.getTask_StateReason();

		/**
		 * The meta object literal for the '<em><b>Exit Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__EXIT_CODE = eINSTANCE.getTask_ExitCode();

		/**
		 * The meta object literal for the '<em><b>Restarts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__RESTARTS = eINSTANCE.getTask_Restarts();

		/**
		 * The meta object literal for the '<em><b>Pid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__PID = eINSTANCE.getTask_Pid();

		/**
		 * The meta object literal for the '<em><b>Cpu Usage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__CPU_USAGE = eINSTANCE.getTask_CpuUsage();

		/**
		 * The meta object literal for the '<em><b>Memory Usage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__MEMORY_USAGE = eINSTANCE.getTask_MemoryUsage();

		/**
		 * The meta object literal for the '<em><b>Predicted Cpu Demand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__PREDICTED_CPU_DEMAND = eINSTANCE.getTask_PredictedCpuDemand();

		/**
		 * The meta object literal for the '<em><b>Predicted Memory Demand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__PREDICTED_MEMORY_DEMAND = eINSTANCE.getTask_PredictedMemoryDemand();

		/**
		 * The meta object literal for the '<em><b>Demand Predicted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__DEMAND_PREDICTED = eINSTANCE.getTask_DemandPredicted();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.StackRequirementImpl <em>Stack Requirement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.StackRequirementImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getStackRequirement()
		 * @generated
		 */
		EClass STACK_REQUIREMENT = eINSTANCE.getStackRequirement();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_REQUIREMENT__LAYER = eINSTANCE.getStackRequirement_Layer();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_REQUIREMENT__NAME = eINSTANCE.getStackRequirement_Name();

		/**
		 * The meta object literal for the '<em><b>Minimum Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_REQUIREMENT__MINIMUM_VERSION = eINSTANCE.getStackRequirement_MinimumVersion();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.ProfileImpl <em>Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.ProfileImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getProfile()
		 * @generated
		 */
		EClass PROFILE = eINSTANCE.getProfile();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE__NAME = eINSTANCE.getProfile_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE__DESCRIPTION = eINSTANCE.getProfile_Description();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROFILE__ENTRIES = eINSTANCE.getProfile_Entries();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.ProfileEntryImpl <em>Profile Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.ProfileEntryImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getProfileEntry()
		 * @generated
		 */
		EClass PROFILE_ENTRY = eINSTANCE.getProfileEntry();

		/**
		 * The meta object literal for the '<em><b>Software Package</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROFILE_ENTRY__SOFTWARE_PACKAGE = eINSTANCE.getProfileEntry_SoftwarePackage();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROFILE_ENTRY__VALUES = eINSTANCE.getProfileEntry_Values();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.ParameterValueImpl <em>Parameter Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.ParameterValueImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getParameterValue()
		 * @generated
		 */
		EClass PARAMETER_VALUE = eINSTANCE.getParameterValue();

		/**
		 * The meta object literal for the '<em><b>Package Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__PACKAGE_NAME = eINSTANCE.getParameterValue_PackageName();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__NAME = eINSTANCE.getParameterValue_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__VALUE = eINSTANCE.getParameterValue_Value();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.SoftwarePackageImpl <em>Software Package</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.SoftwarePackageImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getSoftwarePackage()
		 * @generated
		 */
		EClass SOFTWARE_PACKAGE = eINSTANCE.getSoftwarePackage();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_PACKAGE__NAME = eINSTANCE.getSoftwarePackage_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_PACKAGE__VERSION = eINSTANCE.getSoftwarePackage_Version();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_PACKAGE__LAYER = eINSTANCE.getSoftwarePackage_Layer();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_PACKAGE__TITLE = eINSTANCE.getSoftwarePackage_Title();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_PACKAGE__SHA256 = eINSTANCE.getSoftwarePackage_Sha256();

		/**
		 * The meta object literal for the '<em><b>Size Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_PACKAGE__SIZE_BYTES = eINSTANCE.getSoftwarePackage_SizeBytes();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOFTWARE_PACKAGE__PARAMETERS = eINSTANCE.getSoftwarePackage_Parameters();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.ParameterDefinitionImpl <em>Parameter Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.ParameterDefinitionImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getParameterDefinition()
		 * @generated
		 */
		EClass PARAMETER_DEFINITION = eINSTANCE.getParameterDefinition();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_DEFINITION__NAME = eINSTANCE.getParameterDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_DEFINITION__DESCRIPTION = eINSTANCE.getParameterDefinition_Description();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_DEFINITION__TYPE = eINSTANCE.getParameterDefinition_Type();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_DEFINITION__UNIT = eINSTANCE.getParameterDefinition_Unit();

		/**
		 * The meta object literal for the '<em><b>Default Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_DEFINITION__DEFAULT_VALUE = eINSTANCE.getParameterDefinition_DefaultValue();

		/**
		 * The meta object literal for the '<em><b>Minimum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_DEFINITION__MINIMUM = eINSTANCE.getParameterDefinition_Minimum();

		/**
		 * The meta object literal for the '<em><b>Maximum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_DEFINITION__MAXIMUM = eINSTANCE.getParameterDefinition_Maximum();

		/**
		 * The meta object literal for the '<em><b>Allowed Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_DEFINITION__ALLOWED_VALUES = eINSTANCE.getParameterDefinition_AllowedValues();

		/**
		 * The meta object literal for the '<em><b>Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_DEFINITION__PATTERN = eINSTANCE.getParameterDefinition_Pattern();

		/**
		 * The meta object literal for the '<em><b>Overridable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_DEFINITION__OVERRIDABLE = eINSTANCE.getParameterDefinition_Overridable();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.MetricWindowImpl <em>Metric Window</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.MetricWindowImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getMetricWindow()
		 * @generated
		 */
		EClass METRIC_WINDOW = eINSTANCE.getMetricWindow();

		/**
		 * The meta object literal for the '<em><b>Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_WINDOW__LIMIT = eINSTANCE.getMetricWindow_Limit();

		/**
		 * The meta object literal for the '<em><b>Samples</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_WINDOW__SAMPLES = eINSTANCE.getMetricWindow_Samples();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.MetricSampleImpl <em>Metric Sample</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.MetricSampleImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getMetricSample()
		 * @generated
		 */
		EClass METRIC_SAMPLE = eINSTANCE.getMetricSample();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_SAMPLE__TIME = eINSTANCE.getMetricSample_Time();

		/**
		 * The meta object literal for the '<em><b>Cpu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_SAMPLE__CPU = eINSTANCE.getMetricSample_Cpu();

		/**
		 * The meta object literal for the '<em><b>Memory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_SAMPLE__MEMORY = eINSTANCE.getMetricSample_Memory();

		/**
		 * The meta object literal for the '<em><b>Disk Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_SAMPLE__DISK_RATE = eINSTANCE.getMetricSample_DiskRate();

		/**
		 * The meta object literal for the '<em><b>Network Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_SAMPLE__NETWORK_RATE = eINSTANCE.getMetricSample_NetworkRate();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.AuditEntryImpl <em>Audit Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.AuditEntryImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getAuditEntry()
		 * @generated
		 */
		EClass AUDIT_ENTRY = eINSTANCE.getAuditEntry();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__TIME = eINSTANCE.getAuditEntry_Time();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__USER = eINSTANCE.getAuditEntry_User();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__ACTION = eINSTANCE.getAuditEntry_Action();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__TARGET = eINSTANCE.getAuditEntry_Target();

		/**
		 * The meta object literal for the '<em><b>Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__DETAIL = eINSTANCE.getAuditEntry_Detail();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.JobImpl <em>Job</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.JobImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getJob()
		 * @generated
		 */
		EClass JOB = eINSTANCE.getJob();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__NAME = eINSTANCE.getJob_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__KIND = eINSTANCE.getJob_Kind();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__STATE = eINSTANCE.getJob_State();

		/**
		 * The meta object literal for the '<em><b>Total Work</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__TOTAL_WORK = eINSTANCE.getJob_TotalWork();

		/**
		 * The meta object literal for the '<em><b>Worked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__WORKED = eINSTANCE.getJob_Worked();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__MESSAGE = eINSTANCE.getJob_Message();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__STARTED = eINSTANCE.getJob_Started();

		/**
		 * The meta object literal for the '<em><b>Finished</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__FINISHED = eINSTANCE.getJob_Finished();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB__NODE = eINSTANCE.getJob_Node();

		/**
		 * The meta object literal for the '<em><b>Task</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB__TASK = eINSTANCE.getJob_Task();

		/**
		 * The meta object literal for the '<em><b>Target Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB__TARGET_NODE = eINSTANCE.getJob_TargetNode();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.PlanImpl <em>Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.PlanImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getPlan()
		 * @generated
		 */
		EClass PLAN = eINSTANCE.getPlan();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__NAME = eINSTANCE.getPlan_Name();

		/**
		 * The meta object literal for the '<em><b>Moves</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__MOVES = eINSTANCE.getPlan_Moves();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.PlannedMoveImpl <em>Planned Move</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.PlannedMoveImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getPlannedMove()
		 * @generated
		 */
		EClass PLANNED_MOVE = eINSTANCE.getPlannedMove();

		/**
		 * The meta object literal for the '<em><b>Task</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNED_MOVE__TASK = eINSTANCE.getPlannedMove_Task();

		/**
		 * The meta object literal for the '<em><b>From Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNED_MOVE__FROM_NODE = eINSTANCE.getPlannedMove_FromNode();

		/**
		 * The meta object literal for the '<em><b>To Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNED_MOVE__TO_NODE = eINSTANCE.getPlannedMove_ToNode();

		/**
		 * The meta object literal for the '<em><b>Planned Epoch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_MOVE__PLANNED_EPOCH = eINSTANCE.getPlannedMove_PlannedEpoch();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.impl.AlertImpl <em>Alert</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.impl.AlertImpl
		 * @see org.flotilla.model.impl.PoolPackageImpl#getAlert()
		 * @generated
		 */
		EClass ALERT = eINSTANCE.getAlert();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALERT__RULE = eINSTANCE.getAlert_Rule();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALERT__SEVERITY = eINSTANCE.getAlert_Severity();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALERT__NODE = eINSTANCE.getAlert_Node();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALERT__MESSAGE = eINSTANCE.getAlert_Message();

		/**
		 * The meta object literal for the '<em><b>Raised</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALERT__RAISED = eINSTANCE.getAlert_Raised();

		/**
		 * The meta object literal for the '<em><b>Cleared</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALERT__CLEARED = eINSTANCE.getAlert_Cleared();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.NodeState <em>Node State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.NodeState
		 * @see org.flotilla.model.impl.PoolPackageImpl#getNodeState()
		 * @generated
		 */
		EEnum NODE_STATE = eINSTANCE.getNodeState();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.GroupKind <em>Group Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.GroupKind
		 * @see org.flotilla.model.impl.PoolPackageImpl#getGroupKind()
		 * @generated
		 */
		EEnum GROUP_KIND = eINSTANCE.getGroupKind();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.TaskState <em>Task State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.TaskState
		 * @see org.flotilla.model.impl.PoolPackageImpl#getTaskState()
		 * @generated
		 */
		EEnum TASK_STATE = eINSTANCE.getTaskState();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.TaskKind <em>Task Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.TaskKind
		 * @see org.flotilla.model.impl.PoolPackageImpl#getTaskKind()
		 * @generated
		 */
		EEnum TASK_KIND = eINSTANCE.getTaskKind();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.RestartPolicy <em>Restart Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.RestartPolicy
		 * @see org.flotilla.model.impl.PoolPackageImpl#getRestartPolicy()
		 * @generated
		 */
		EEnum RESTART_POLICY = eINSTANCE.getRestartPolicy();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.IsolationResponse <em>Isolation Response</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.IsolationResponse
		 * @see org.flotilla.model.impl.PoolPackageImpl#getIsolationResponse()
		 * @generated
		 */
		EEnum ISOLATION_RESPONSE = eINSTANCE.getIsolationResponse();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.SyncState <em>Sync State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.SyncState
		 * @see org.flotilla.model.impl.PoolPackageImpl#getSyncState()
		 * @generated
		 */
		EEnum SYNC_STATE = eINSTANCE.getSyncState();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.LayerKind <em>Layer Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.LayerKind
		 * @see org.flotilla.model.impl.PoolPackageImpl#getLayerKind()
		 * @generated
		 */
		EEnum LAYER_KIND = eINSTANCE.getLayerKind();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.ParameterType <em>Parameter Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.ParameterType
		 * @see org.flotilla.model.impl.PoolPackageImpl#getParameterType()
		 * @generated
		 */
		EEnum PARAMETER_TYPE = eINSTANCE.getParameterType();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.DiskKind <em>Disk Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.DiskKind
		 * @see org.flotilla.model.impl.PoolPackageImpl#getDiskKind()
		 * @generated
		 */
		EEnum DISK_KIND = eINSTANCE.getDiskKind();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.PlacementObjective <em>Placement Objective</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.PlacementObjective
		 * @see org.flotilla.model.impl.PoolPackageImpl#getPlacementObjective()
		 * @generated
		 */
		EEnum PLACEMENT_OBJECTIVE = eINSTANCE.getPlacementObjective();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.JobKind <em>Job Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.JobKind
		 * @see org.flotilla.model.impl.PoolPackageImpl#getJobKind()
		 * @generated
		 */
		EEnum JOB_KIND = eINSTANCE.getJobKind();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.AlertSeverity <em>Alert Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.AlertSeverity
		 * @see org.flotilla.model.impl.PoolPackageImpl#getAlertSeverity()
		 * @generated
		 */
		EEnum ALERT_SEVERITY = eINSTANCE.getAlertSeverity();

		/**
		 * The meta object literal for the '{@link org.flotilla.model.JobState <em>Job State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flotilla.model.JobState
		 * @see org.flotilla.model.impl.PoolPackageImpl#getJobState()
		 * @generated
		 */
		EEnum JOB_STATE = eINSTANCE.getJobState();

	}

} //PoolPackage
