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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.flotilla.model.Alert;
import org.flotilla.model.AuditEntry;
import org.flotilla.model.Group;
import org.flotilla.model.IsolationResponse;
import org.flotilla.model.Job;
import org.flotilla.model.Node;
import org.flotilla.model.PlacementObjective;
import org.flotilla.model.Plan;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.Profile;
import org.flotilla.model.SoftwarePackage;
import org.flotilla.model.Task;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.impl.PoolImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.flotilla.model.impl.PoolImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.flotilla.model.impl.PoolImpl#getPlacementObjective <em>Placement Objective</em>}</li>
 *   <li>{@link org.flotilla.model.impl.PoolImpl#getRestartGraceSeconds <em>Restart Grace Seconds</em>}</li>
 *   <li>{@link org.flotilla.model.impl.PoolImpl#getIsolationResponse <em>Isolation Response</em>}</li>
 *   <li>{@link org.flotilla.model.impl.PoolImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.flotilla.model.impl.PoolImpl#getTasks <em>Tasks</em>}</li>
 *   <li>{@link org.flotilla.model.impl.PoolImpl#getProfiles <em>Profiles</em>}</li>
 *   <li>{@link org.flotilla.model.impl.PoolImpl#getPackages <em>Packages</em>}</li>
 *   <li>{@link org.flotilla.model.impl.PoolImpl#getAuditEntries <em>Audit Entries</em>}</li>
 *   <li>{@link org.flotilla.model.impl.PoolImpl#getJobs <em>Jobs</em>}</li>
 *   <li>{@link org.flotilla.model.impl.PoolImpl#getPlans <em>Plans</em>}</li>
 *   <li>{@link org.flotilla.model.impl.PoolImpl#getAlerts <em>Alerts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PoolImpl extends EObjectImpl implements Pool {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlacementObjective() <em>Placement Objective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlacementObjective()
	 * @generated
	 * @ordered
	 */
	protected static final PlacementObjective PLACEMENT_OBJECTIVE_EDEFAULT = PlacementObjective.CONSOLIDATE;

	/**
	 * The cached value of the '{@link #getPlacementObjective() <em>Placement Objective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlacementObjective()
	 * @generated
	 * @ordered
	 */
	protected PlacementObjective placementObjective = PLACEMENT_OBJECTIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRestartGraceSeconds() <em>Restart Grace Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestartGraceSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int RESTART_GRACE_SECONDS_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getRestartGraceSeconds() <em>Restart Grace Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestartGraceSeconds()
	 * @generated
	 * @ordered
	 */
	protected int restartGraceSeconds = RESTART_GRACE_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getIsolationResponse() <em>Isolation Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsolationResponse()
	 * @generated
	 * @ordered
	 */
	protected static final IsolationResponse ISOLATION_RESPONSE_EDEFAULT = IsolationResponse.KEEP_RUNNING;

	/**
	 * The cached value of the '{@link #getIsolationResponse() <em>Isolation Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsolationResponse()
	 * @generated
	 * @ordered
	 */
	protected IsolationResponse isolationResponse = ISOLATION_RESPONSE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<Group> groups;

	/**
	 * The cached value of the '{@link #getTasks() <em>Tasks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTasks()
	 * @generated
	 * @ordered
	 */
	protected EList<Task> tasks;

	/**
	 * The cached value of the '{@link #getProfiles() <em>Profiles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfiles()
	 * @generated
	 * @ordered
	 */
	protected EList<Profile> profiles;

	/**
	 * The cached value of the '{@link #getPackages() <em>Packages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPackages()
	 * @generated
	 * @ordered
	 */
	protected EList<SoftwarePackage> packages;

	/**
	 * The cached value of the '{@link #getAuditEntries() <em>Audit Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuditEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<AuditEntry> auditEntries;

	/**
	 * The cached value of the '{@link #getJobs() <em>Jobs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobs()
	 * @generated
	 * @ordered
	 */
	protected EList<Job> jobs;

	/**
	 * The cached value of the '{@link #getPlans() <em>Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<Plan> plans;

	/**
	 * The cached value of the '{@link #getAlerts() <em>Alerts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlerts()
	 * @generated
	 * @ordered
	 */
	protected EList<Alert> alerts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PoolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PoolPackage.Literals.POOL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.POOL__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.POOL__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlacementObjective getPlacementObjective() {
		return placementObjective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlacementObjective(PlacementObjective newPlacementObjective) {
		PlacementObjective oldPlacementObjective = placementObjective;
		placementObjective = newPlacementObjective == null ? PLACEMENT_OBJECTIVE_EDEFAULT : newPlacementObjective;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.POOL__PLACEMENT_OBJECTIVE, oldPlacementObjective, placementObjective));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRestartGraceSeconds() {
		return restartGraceSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestartGraceSeconds(int newRestartGraceSeconds) {
		int oldRestartGraceSeconds = restartGraceSeconds;
		restartGraceSeconds = newRestartGraceSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.POOL__RESTART_GRACE_SECONDS, oldRestartGraceSeconds, restartGraceSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IsolationResponse getIsolationResponse() {
		return isolationResponse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsolationResponse(IsolationResponse newIsolationResponse) {
		IsolationResponse oldIsolationResponse = isolationResponse;
		isolationResponse = newIsolationResponse == null ? ISOLATION_RESPONSE_EDEFAULT : newIsolationResponse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.POOL__ISOLATION_RESPONSE, oldIsolationResponse, isolationResponse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Group> getGroups() {
		if (groups == null) {
			groups = new EObjectContainmentEList<Group>(Group.class, this, PoolPackage.POOL__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Task> getTasks() {
		if (tasks == null) {
			tasks = new EObjectContainmentEList<Task>(Task.class, this, PoolPackage.POOL__TASKS);
		}
		return tasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Profile> getProfiles() {
		if (profiles == null) {
			profiles = new EObjectContainmentEList<Profile>(Profile.class, this, PoolPackage.POOL__PROFILES);
		}
		return profiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SoftwarePackage> getPackages() {
		if (packages == null) {
			packages = new EObjectContainmentEList<SoftwarePackage>(SoftwarePackage.class, this, PoolPackage.POOL__PACKAGES);
		}
		return packages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AuditEntry> getAuditEntries() {
		if (auditEntries == null) {
			auditEntries = new EObjectContainmentEList<AuditEntry>(AuditEntry.class, this, PoolPackage.POOL__AUDIT_ENTRIES);
		}
		return auditEntries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Job> getJobs() {
		if (jobs == null) {
			jobs = new EObjectContainmentEList<Job>(Job.class, this, PoolPackage.POOL__JOBS);
		}
		return jobs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Plan> getPlans() {
		if (plans == null) {
			plans = new EObjectContainmentEList<Plan>(Plan.class, this, PoolPackage.POOL__PLANS);
		}
		return plans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Alert> getAlerts() {
		if (alerts == null) {
			alerts = new EObjectContainmentEList<Alert>(Alert.class, this, PoolPackage.POOL__ALERTS);
		}
		return alerts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Node> getAllNodes() {
		org.eclipse.emf.common.util.BasicEList<Node> result = new org.eclipse.emf.common.util.BasicEList<Node>();
		for (Group group : getGroups()) {
			result.addAll(group.getAllNodes());
		}
		return org.eclipse.emf.common.util.ECollections.unmodifiableEList(result);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PoolPackage.POOL__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
			case PoolPackage.POOL__TASKS:
				return ((InternalEList<?>)getTasks()).basicRemove(otherEnd, msgs);
			case PoolPackage.POOL__PROFILES:
				return ((InternalEList<?>)getProfiles()).basicRemove(otherEnd, msgs);
			case PoolPackage.POOL__PACKAGES:
				return ((InternalEList<?>)getPackages()).basicRemove(otherEnd, msgs);
			case PoolPackage.POOL__AUDIT_ENTRIES:
				return ((InternalEList<?>)getAuditEntries()).basicRemove(otherEnd, msgs);
			case PoolPackage.POOL__JOBS:
				return ((InternalEList<?>)getJobs()).basicRemove(otherEnd, msgs);
			case PoolPackage.POOL__PLANS:
				return ((InternalEList<?>)getPlans()).basicRemove(otherEnd, msgs);
			case PoolPackage.POOL__ALERTS:
				return ((InternalEList<?>)getAlerts()).basicRemove(otherEnd, msgs);
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
			case PoolPackage.POOL__NAME:
				return getName();
			case PoolPackage.POOL__DESCRIPTION:
				return getDescription();
			case PoolPackage.POOL__PLACEMENT_OBJECTIVE:
				return getPlacementObjective();
			case PoolPackage.POOL__RESTART_GRACE_SECONDS:
				return getRestartGraceSeconds();
			case PoolPackage.POOL__ISOLATION_RESPONSE:
				return getIsolationResponse();
			case PoolPackage.POOL__GROUPS:
				return getGroups();
			case PoolPackage.POOL__TASKS:
				return getTasks();
			case PoolPackage.POOL__PROFILES:
				return getProfiles();
			case PoolPackage.POOL__PACKAGES:
				return getPackages();
			case PoolPackage.POOL__AUDIT_ENTRIES:
				return getAuditEntries();
			case PoolPackage.POOL__JOBS:
				return getJobs();
			case PoolPackage.POOL__PLANS:
				return getPlans();
			case PoolPackage.POOL__ALERTS:
				return getAlerts();
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
			case PoolPackage.POOL__NAME:
				setName((String)newValue);
				return;
			case PoolPackage.POOL__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PoolPackage.POOL__PLACEMENT_OBJECTIVE:
				setPlacementObjective((PlacementObjective)newValue);
				return;
			case PoolPackage.POOL__RESTART_GRACE_SECONDS:
				setRestartGraceSeconds((Integer)newValue);
				return;
			case PoolPackage.POOL__ISOLATION_RESPONSE:
				setIsolationResponse((IsolationResponse)newValue);
				return;
			case PoolPackage.POOL__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends Group>)newValue);
				return;
			case PoolPackage.POOL__TASKS:
				getTasks().clear();
				getTasks().addAll((Collection<? extends Task>)newValue);
				return;
			case PoolPackage.POOL__PROFILES:
				getProfiles().clear();
				getProfiles().addAll((Collection<? extends Profile>)newValue);
				return;
			case PoolPackage.POOL__PACKAGES:
				getPackages().clear();
				getPackages().addAll((Collection<? extends SoftwarePackage>)newValue);
				return;
			case PoolPackage.POOL__AUDIT_ENTRIES:
				getAuditEntries().clear();
				getAuditEntries().addAll((Collection<? extends AuditEntry>)newValue);
				return;
			case PoolPackage.POOL__JOBS:
				getJobs().clear();
				getJobs().addAll((Collection<? extends Job>)newValue);
				return;
			case PoolPackage.POOL__PLANS:
				getPlans().clear();
				getPlans().addAll((Collection<? extends Plan>)newValue);
				return;
			case PoolPackage.POOL__ALERTS:
				getAlerts().clear();
				getAlerts().addAll((Collection<? extends Alert>)newValue);
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
			case PoolPackage.POOL__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PoolPackage.POOL__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PoolPackage.POOL__PLACEMENT_OBJECTIVE:
				setPlacementObjective(PLACEMENT_OBJECTIVE_EDEFAULT);
				return;
			case PoolPackage.POOL__RESTART_GRACE_SECONDS:
				setRestartGraceSeconds(RESTART_GRACE_SECONDS_EDEFAULT);
				return;
			case PoolPackage.POOL__ISOLATION_RESPONSE:
				setIsolationResponse(ISOLATION_RESPONSE_EDEFAULT);
				return;
			case PoolPackage.POOL__GROUPS:
				getGroups().clear();
				return;
			case PoolPackage.POOL__TASKS:
				getTasks().clear();
				return;
			case PoolPackage.POOL__PROFILES:
				getProfiles().clear();
				return;
			case PoolPackage.POOL__PACKAGES:
				getPackages().clear();
				return;
			case PoolPackage.POOL__AUDIT_ENTRIES:
				getAuditEntries().clear();
				return;
			case PoolPackage.POOL__JOBS:
				getJobs().clear();
				return;
			case PoolPackage.POOL__PLANS:
				getPlans().clear();
				return;
			case PoolPackage.POOL__ALERTS:
				getAlerts().clear();
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
			case PoolPackage.POOL__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PoolPackage.POOL__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PoolPackage.POOL__PLACEMENT_OBJECTIVE:
				return placementObjective != PLACEMENT_OBJECTIVE_EDEFAULT;
			case PoolPackage.POOL__RESTART_GRACE_SECONDS:
				return restartGraceSeconds != RESTART_GRACE_SECONDS_EDEFAULT;
			case PoolPackage.POOL__ISOLATION_RESPONSE:
				return isolationResponse != ISOLATION_RESPONSE_EDEFAULT;
			case PoolPackage.POOL__GROUPS:
				return groups != null && !groups.isEmpty();
			case PoolPackage.POOL__TASKS:
				return tasks != null && !tasks.isEmpty();
			case PoolPackage.POOL__PROFILES:
				return profiles != null && !profiles.isEmpty();
			case PoolPackage.POOL__PACKAGES:
				return packages != null && !packages.isEmpty();
			case PoolPackage.POOL__AUDIT_ENTRIES:
				return auditEntries != null && !auditEntries.isEmpty();
			case PoolPackage.POOL__JOBS:
				return jobs != null && !jobs.isEmpty();
			case PoolPackage.POOL__PLANS:
				return plans != null && !plans.isEmpty();
			case PoolPackage.POOL__ALERTS:
				return alerts != null && !alerts.isEmpty();
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
		result.append(", description: ");
		result.append(description);
		result.append(", placementObjective: ");
		result.append(placementObjective);
		result.append(", restartGraceSeconds: ");
		result.append(restartGraceSeconds);
		result.append(", isolationResponse: ");
		result.append(isolationResponse);
		result.append(')');
		return result.toString();
	}

} //PoolImpl
