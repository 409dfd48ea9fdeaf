/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.flotilla.model.Node;
import org.flotilla.model.PlannedMove;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.Task;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Planned Move</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.impl.PlannedMoveImpl#getTask <em>Task</em>}</li>
 *   <li>{@link org.flotilla.model.impl.PlannedMoveImpl#getFromNode <em>From Node</em>}</li>
 *   <li>{@link org.flotilla.model.impl.PlannedMoveImpl#getToNode <em>To Node</em>}</li>
 *   <li>{@link org.flotilla.model.impl.PlannedMoveImpl#getPlannedEpoch <em>Planned Epoch</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlannedMoveImpl extends EObjectImpl implements PlannedMove {
	/**
	 * The cached value of the '{@link #getTask() <em>Task</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTask()
	 * @generated
	 * @ordered
	 */
	protected Task task;

	/**
	 * The cached value of the '{@link #getFromNode() <em>From Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromNode()
	 * @generated
	 * @ordered
	 */
	protected Node fromNode;

	/**
	 * The cached value of the '{@link #getToNode() <em>To Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToNode()
	 * @generated
	 * @ordered
	 */
	protected Node toNode;

	/**
	 * The default value of the '{@link #getPlannedEpoch() <em>Planned Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedEpoch()
	 * @generated
	 * @ordered
	 */
	protected static final long PLANNED_EPOCH_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPlannedEpoch() <em>Planned Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedEpoch()
	 * @generated
	 * @ordered
	 */
	protected long plannedEpoch = PLANNED_EPOCH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlannedMoveImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PoolPackage.Literals.PLANNED_MOVE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Task getTask() {
		if (task != null && task.eIsProxy()) {
			InternalEObject oldTask = (InternalEObject)task;
			task = (Task)eResolveProxy(oldTask);
			if (task != oldTask) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PoolPackage.PLANNED_MOVE__TASK, oldTask, task));
			}
		}
		return task;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Task basicGetTask() {
		return task;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTask(Task newTask) {
		Task oldTask = task;
		task = newTask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.PLANNED_MOVE__TASK, oldTask, task));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node getFromNode() {
		if (fromNode != null && fromNode.eIsProxy()) {
			InternalEObject oldFromNode = (InternalEObject)fromNode;
			fromNode = (Node)eResolveProxy(oldFromNode);
			if (fromNode != oldFromNode) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PoolPackage.PLANNED_MOVE__FROM_NODE, oldFromNode, fromNode));
			}
		}
		return fromNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Node basicGetFromNode() {
		return fromNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromNode(Node newFromNode) {
		Node oldFromNode = fromNode;
		fromNode = newFromNode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.PLANNED_MOVE__FROM_NODE, oldFromNode, fromNode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node getToNode() {
		if (toNode != null && toNode.eIsProxy()) {
			InternalEObject oldToNode = (InternalEObject)toNode;
			toNode = (Node)eResolveProxy(oldToNode);
			if (toNode != oldToNode) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PoolPackage.PLANNED_MOVE__TO_NODE, oldToNode, toNode));
			}
		}
		return toNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Node basicGetToNode() {
		return toNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToNode(Node newToNode) {
		Node oldToNode = toNode;
		toNode = newToNode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.PLANNED_MOVE__TO_NODE, oldToNode, toNode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPlannedEpoch() {
		return plannedEpoch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedEpoch(long newPlannedEpoch) {
		long oldPlannedEpoch = plannedEpoch;
		plannedEpoch = newPlannedEpoch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.PLANNED_MOVE__PLANNED_EPOCH, oldPlannedEpoch, plannedEpoch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PoolPackage.PLANNED_MOVE__TASK:
				if (resolve) return getTask();
				return basicGetTask();
			case PoolPackage.PLANNED_MOVE__FROM_NODE:
				if (resolve) return getFromNode();
				return basicGetFromNode();
			case PoolPackage.PLANNED_MOVE__TO_NODE:
				if (resolve) return getToNode();
				return basicGetToNode();
			case PoolPackage.PLANNED_MOVE__PLANNED_EPOCH:
				return getPlannedEpoch();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PoolPackage.PLANNED_MOVE__TASK:
				setTask((Task)newValue);
				return;
			case PoolPackage.PLANNED_MOVE__FROM_NODE:
				setFromNode((Node)newValue);
				return;
			case PoolPackage.PLANNED_MOVE__TO_NODE:
				setToNode((Node)newValue);
				return;
			case PoolPackage.PLANNED_MOVE__PLANNED_EPOCH:
				setPlannedEpoch((Long)newValue);
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
			case PoolPackage.PLANNED_MOVE__TASK:
				setTask((Task)null);
				return;
			case PoolPackage.PLANNED_MOVE__FROM_NODE:
				setFromNode((Node)null);
				return;
			case PoolPackage.PLANNED_MOVE__TO_NODE:
				setToNode((Node)null);
				return;
			case PoolPackage.PLANNED_MOVE__PLANNED_EPOCH:
				setPlannedEpoch(PLANNED_EPOCH_EDEFAULT);
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
			case PoolPackage.PLANNED_MOVE__TASK:
				return task != null;
			case PoolPackage.PLANNED_MOVE__FROM_NODE:
				return fromNode != null;
			case PoolPackage.PLANNED_MOVE__TO_NODE:
				return toNode != null;
			case PoolPackage.PLANNED_MOVE__PLANNED_EPOCH:
				return plannedEpoch != PLANNED_EPOCH_EDEFAULT;
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
		result.append(" (plannedEpoch: ");
		result.append(plannedEpoch);
		result.append(')');
		return result.toString();
	}

} //PlannedMoveImpl
