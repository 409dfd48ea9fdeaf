/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Processor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.Processor#getModel <em>Model</em>}</li>
 *   <li>{@link org.flotilla.model.Processor#getCores <em>Cores</em>}</li>
 *   <li>{@link org.flotilla.model.Processor#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.flotilla.model.Processor#getFrequencyMhz <em>Frequency Mhz</em>}</li>
 * </ul>
 *
 * @see org.flotilla.model.PoolPackage#getProcessor()
 * @model
 * @generated
 */
public interface Processor extends HardwareComponent {
	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see #setModel(String)
	 * @see org.flotilla.model.PoolPackage#getProcessor_Model()
	 * @model
	 * @generated
	 */
	String getModel();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Processor#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(String value);

	/**
	 * Returns the value of the '<em><b>Cores</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cores</em>' attribute.
	 * @see #setCores(int)
	 * @see org.flotilla.model.PoolPackage#getProcessor_Cores()
	 * @model default="1"
	 * @generated
	 */
	int getCores();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Processor#getCores <em>Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cores</em>' attribute.
	 * @see #getCores()
	 * @generated
	 */
	void setCores(int value);

	/**
	 * Returns the value of the '<em><b>Threads</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threads</em>' attribute.
	 * @see #setThreads(int)
	 * @see org.flotilla.model.PoolPackage#getProcessor_Threads()
	 * @model default="1"
	 * @generated
	 */
	int getThreads();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Processor#getThreads <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threads</em>' attribute.
	 * @see #getThreads()
	 * @generated
	 */
	void setThreads(int value);

	/**
	 * Returns the value of the '<em><b>Frequency Mhz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frequency Mhz</em>' attribute.
	 * @see #setFrequencyMhz(int)
	 * @see org.flotilla.model.PoolPackage#getProcessor_FrequencyMhz()
	 * @model
	 * @generated
	 */
	int getFrequencyMhz();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Processor#getFrequencyMhz <em>Frequency Mhz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency Mhz</em>' attribute.
	 * @see #getFrequencyMhz()
	 * @generated
	 */
	void setFrequencyMhz(int value);

} // Processor
