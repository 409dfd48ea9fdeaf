/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Alert</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A threshold rule that fired for a node: raised at a time, cleared when the condition ends (cleared = 0 while active).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.Alert#getRule <em>Rule</em>}</li>
 *   <li>{@link org.flotilla.model.Alert#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.flotilla.model.Alert#getNode <em>Node</em>}</li>
 *   <li>{@link org.flotilla.model.Alert#getMessage <em>Message</em>}</li>
 *   <li>{@link org.flotilla.model.Alert#getRaised <em>Raised</em>}</li>
 *   <li>{@link org.flotilla.model.Alert#getCleared <em>Cleared</em>}</li>
 * </ul>
 *
 * @see org.flotilla.model.PoolPackage#getAlert()
 * @model
 * @generated
 */
public interface Alert extends EObject {
	/**
	 * Returns the value of the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule</em>' attribute.
	 * @see #setRule(String)
	 * @see org.flotilla.model.PoolPackage#getAlert_Rule()
	 * @model
	 * @generated
	 */
	String getRule();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Alert#getRule <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule</em>' attribute.
	 * @see #getRule()
	 * @generated
	 */
	void setRule(String value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flotilla.model.AlertSeverity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.flotilla.model.AlertSeverity
	 * @see #setSeverity(AlertSeverity)
	 * @see org.flotilla.model.PoolPackage#getAlert_Severity()
	 * @model
	 * @generated
	 */
	AlertSeverity getSeverity();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Alert#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.flotilla.model.AlertSeverity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(AlertSeverity value);

	/**
	 * Returns the value of the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node</em>' reference.
	 * @see #setNode(Node)
	 * @see org.flotilla.model.PoolPackage#getAlert_Node()
	 * @model
	 * @generated
	 */
	Node getNode();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Alert#getNode <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node</em>' reference.
	 * @see #getNode()
	 * @generated
	 */
	void setNode(Node value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.flotilla.model.PoolPackage#getAlert_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Alert#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Raised</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raised</em>' attribute.
	 * @see #setRaised(long)
	 * @see org.flotilla.model.PoolPackage#getAlert_Raised()
	 * @model
	 * @generated
	 */
	long getRaised();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Alert#getRaised <em>Raised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raised</em>' attribute.
	 * @see #getRaised()
	 * @generated
	 */
	void setRaised(long value);

	/**
	 * Returns the value of the '<em><b>Cleared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cleared</em>' attribute.
	 * @see #setCleared(long)
	 * @see org.flotilla.model.PoolPackage#getAlert_Cleared()
	 * @model
	 * @generated
	 */
	long getCleared();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Alert#getCleared <em>Cleared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cleared</em>' attribute.
	 * @see #getCleared()
	 * @generated
	 */
	void setCleared(long value);

} // Alert
