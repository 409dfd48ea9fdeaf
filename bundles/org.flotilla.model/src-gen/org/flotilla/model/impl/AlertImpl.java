/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.flotilla.model.Alert;
import org.flotilla.model.AlertSeverity;
import org.flotilla.model.Node;
import org.flotilla.model.PoolPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Alert</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.impl.AlertImpl#getRule <em>Rule</em>}</li>
 *   <li>{@link org.flotilla.model.impl.AlertImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.flotilla.model.impl.AlertImpl#getNode <em>Node</em>}</li>
 *   <li>{@link org.flotilla.model.impl.AlertImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.flotilla.model.impl.AlertImpl#getRaised <em>Raised</em>}</li>
 *   <li>{@link org.flotilla.model.impl.AlertImpl#getCleared <em>Cleared</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AlertImpl extends EObjectImpl implements Alert {
	/**
	 * The default value of the '{@link #getRule() <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRule()
	 * @generated
	 * @ordered
	 */
	protected static final String RULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRule() <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRule()
	 * @generated
	 * @ordered
	 */
	protected String rule = RULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final AlertSeverity SEVERITY_EDEFAULT = AlertSeverity.WARNING;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected AlertSeverity severity = SEVERITY_EDEFAULT;

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
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRaised() <em>Raised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaised()
	 * @generated
	 * @ordered
	 */
	protected static final long RAISED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRaised() <em>Raised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaised()
	 * @generated
	 * @ordered
	 */
	protected long raised = RAISED_EDEFAULT;

	/**
	 * The default value of the '{@link #getCleared() <em>Cleared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCleared()
	 * @generated
	 * @ordered
	 */
	protected static final long CLEARED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCleared() <em>Cleared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCleared()
	 * @generated
	 * @ordered
	 */
	protected long cleared = CLEARED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AlertImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PoolPackage.Literals.ALERT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRule() {
		return rule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRule(String newRule) {
		String oldRule = rule;
		rule = newRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.ALERT__RULE, oldRule, rule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AlertSeverity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(AlertSeverity newSeverity) {
		AlertSeverity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.ALERT__SEVERITY, oldSeverity, severity));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PoolPackage.ALERT__NODE, oldNode, node));
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
	@Override
	public void setNode(Node newNode) {
		Node oldNode = node;
		node = newNode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.ALERT__NODE, oldNode, node));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.ALERT__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRaised() {
		return raised;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRaised(long newRaised) {
		long oldRaised = raised;
		raised = newRaised;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.ALERT__RAISED, oldRaised, raised));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCleared() {
		return cleared;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCleared(long newCleared) {
		long oldCleared = cleared;
		cleared = newCleared;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.ALERT__CLEARED, oldCleared, cleared));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PoolPackage.ALERT__RULE:
				return getRule();
			case PoolPackage.ALERT__SEVERITY:
				return getSeverity();
			case PoolPackage.ALERT__NODE:
				if (resolve) return getNode();
				return basicGetNode();
			case PoolPackage.ALERT__MESSAGE:
				return getMessage();
			case PoolPackage.ALERT__RAISED:
				return getRaised();
			case PoolPackage.ALERT__CLEARED:
				return getCleared();
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
			case PoolPackage.ALERT__RULE:
				setRule((String)newValue);
				return;
			case PoolPackage.ALERT__SEVERITY:
				setSeverity((AlertSeverity)newValue);
				return;
			case PoolPackage.ALERT__NODE:
				setNode((Node)newValue);
				return;
			case PoolPackage.ALERT__MESSAGE:
				setMessage((String)newValue);
				return;
			case PoolPackage.ALERT__RAISED:
				setRaised((Long)newValue);
				return;
			case PoolPackage.ALERT__CLEARED:
				setCleared((Long)newValue);
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
			case PoolPackage.ALERT__RULE:
				setRule(RULE_EDEFAULT);
				return;
			case PoolPackage.ALERT__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case PoolPackage.ALERT__NODE:
				setNode((Node)null);
				return;
			case PoolPackage.ALERT__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case PoolPackage.ALERT__RAISED:
				setRaised(RAISED_EDEFAULT);
				return;
			case PoolPackage.ALERT__CLEARED:
				setCleared(CLEARED_EDEFAULT);
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
			case PoolPackage.ALERT__RULE:
				return RULE_EDEFAULT == null ? rule != null : !RULE_EDEFAULT.equals(rule);
			case PoolPackage.ALERT__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case PoolPackage.ALERT__NODE:
				return node != null;
			case PoolPackage.ALERT__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case PoolPackage.ALERT__RAISED:
				return raised != RAISED_EDEFAULT;
			case PoolPackage.ALERT__CLEARED:
				return cleared != CLEARED_EDEFAULT;
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
		result.append(" (rule: ");
		result.append(rule);
		result.append(", severity: ");
		result.append(severity);
		result.append(", message: ");
		result.append(message);
		result.append(", raised: ");
		result.append(raised);
		result.append(", cleared: ");
		result.append(cleared);
		result.append(')');
		return result.toString();
	}

} //AlertImpl
