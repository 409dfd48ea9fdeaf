/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.Pool#getName <em>Name</em>}</li>
 *   <li>{@link org.flotilla.model.Pool#getDescription <em>Description</em>}</li>
 *   <li>{@link org.flotilla.model.Pool#getPlacementObjective <em>Placement Objective</em>}</li>
 *   <li>{@link org.flotilla.model.Pool#getRestartGraceSeconds <em>Restart Grace Seconds</em>}</li>
 *   <li>{@link org.flotilla.model.Pool#getIsolationResponse <em>Isolation Response</em>}</li>
 *   <li>{@link org.flotilla.model.Pool#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.flotilla.model.Pool#getTasks <em>Tasks</em>}</li>
 *   <li>{@link org.flotilla.model.Pool#getProfiles <em>Profiles</em>}</li>
 *   <li>{@link org.flotilla.model.Pool#getPackages <em>Packages</em>}</li>
 *   <li>{@link org.flotilla.model.Pool#getAuditEntries <em>Audit Entries</em>}</li>
 *   <li>{@link org.flotilla.model.Pool#getJobs <em>Jobs</em>}</li>
 *   <li>{@link org.flotilla.model.Pool#getPlans <em>Plans</em>}</li>
 *   <li>{@link org.flotilla.model.Pool#getAlerts <em>Alerts</em>}</li>
 * </ul>
 *
 * @see org.flotilla.model.PoolPackage#getPool()
 * @model
 * @generated
 */
public interface Pool extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.flotilla.model.PoolPackage#getPool_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Pool#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.flotilla.model.PoolPackage#getPool_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Pool#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Placement Objective</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flotilla.model.PlacementObjective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Placement Objective</em>' attribute.
	 * @see org.flotilla.model.PlacementObjective
	 * @see #setPlacementObjective(PlacementObjective)
	 * @see org.flotilla.model.PoolPackage#getPool_PlacementObjective()
	 * @model
	 * @generated
	 */
	PlacementObjective getPlacementObjective();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Pool#getPlacementObjective <em>Placement Objective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Placement Objective</em>' attribute.
	 * @see org.flotilla.model.PlacementObjective
	 * @see #getPlacementObjective()
	 * @generated
	 */
	void setPlacementObjective(PlacementObjective value);

	/**
	 * Returns the value of the '<em><b>Restart Grace Seconds</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long a node may be silent (counted from its last report) before its tasks are restarted on other nodes, in seconds (at least 1). An agent cut off from every console applies the isolation response after half of it, so that its stopped services are gone before their copies start elsewhere.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Restart Grace Seconds</em>' attribute.
	 * @see #setRestartGraceSeconds(int)
	 * @see org.flotilla.model.PoolPackage#getPool_RestartGraceSeconds()
	 * @model default="10"
	 * @generated
	 */
	int getRestartGraceSeconds();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Pool#getRestartGraceSeconds <em>Restart Grace Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Restart Grace Seconds</em>' attribute.
	 * @see #getRestartGraceSeconds()
	 * @generated
	 */
	void setRestartGraceSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Isolation Response</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flotilla.model.IsolationResponse}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What an agent cut off from every console does with its tasks once the grace has passed: keep them running, or stop its services so that the copies started elsewhere are the only ones.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Isolation Response</em>' attribute.
	 * @see org.flotilla.model.IsolationResponse
	 * @see #setIsolationResponse(IsolationResponse)
	 * @see org.flotilla.model.PoolPackage#getPool_IsolationResponse()
	 * @model
	 * @generated
	 */
	IsolationResponse getIsolationResponse();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Pool#getIsolationResponse <em>Isolation Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Isolation Response</em>' attribute.
	 * @see org.flotilla.model.IsolationResponse
	 * @see #getIsolationResponse()
	 * @generated
	 */
	void setIsolationResponse(IsolationResponse value);

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.flotilla.model.Group}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see org.flotilla.model.PoolPackage#getPool_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<Group> getGroups();

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link org.flotilla.model.Task}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tasks</em>' containment reference list.
	 * @see org.flotilla.model.PoolPackage#getPool_Tasks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Task> getTasks();

	/**
	 * Returns the value of the '<em><b>Profiles</b></em>' containment reference list.
	 * The list contents are of type {@link org.flotilla.model.Profile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Profiles</em>' containment reference list.
	 * @see org.flotilla.model.PoolPackage#getPool_Profiles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Profile> getProfiles();

	/**
	 * Returns the value of the '<em><b>Packages</b></em>' containment reference list.
	 * The list contents are of type {@link org.flotilla.model.SoftwarePackage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The packages of the pool's repository, as the pool service indexed them (name, version, layer, checksum, typed parameters).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Packages</em>' containment reference list.
	 * @see org.flotilla.model.PoolPackage#getPool_Packages()
	 * @model containment="true"
	 * @generated
	 */
	EList<SoftwarePackage> getPackages();

	/**
	 * Returns the value of the '<em><b>Audit Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.flotilla.model.AuditEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audit Entries</em>' containment reference list.
	 * @see org.flotilla.model.PoolPackage#getPool_AuditEntries()
	 * @model containment="true"
	 * @generated
	 */
	EList<AuditEntry> getAuditEntries();

	/**
	 * Returns the value of the '<em><b>Jobs</b></em>' containment reference list.
	 * The list contents are of type {@link org.flotilla.model.Job}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Jobs</em>' containment reference list.
	 * @see org.flotilla.model.PoolPackage#getPool_Jobs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Job> getJobs();

	/**
	 * Returns the value of the '<em><b>Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.flotilla.model.Plan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Plans of task moves that planners compose on the planning board, saved with the pool; nothing moves until a plan is applied.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plans</em>' containment reference list.
	 * @see org.flotilla.model.PoolPackage#getPool_Plans()
	 * @model containment="true"
	 * @generated
	 */
	EList<Plan> getPlans();

	/**
	 * Returns the value of the '<em><b>Alerts</b></em>' containment reference list.
	 * The list contents are of type {@link org.flotilla.model.Alert}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Alerts raised by the console's rules, active first; live state, not saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alerts</em>' containment reference list.
	 * @see org.flotilla.model.PoolPackage#getPool_Alerts()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	EList<Alert> getAlerts();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every node of the pool, in group order (a snapshot, not a live list).
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	EList<Node> getAllNodes();

} // Pool
