/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Interface</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.NetworkInterface#getDevice <em>Device</em>}</li>
 *   <li>{@link org.flotilla.model.NetworkInterface#getMacAddress <em>Mac Address</em>}</li>
 *   <li>{@link org.flotilla.model.NetworkInterface#getSpeedMbps <em>Speed Mbps</em>}</li>
 * </ul>
 *
 * @see org.flotilla.model.PoolPackage#getNetworkInterface()
 * @model
 * @generated
 */
public interface NetworkInterface extends HardwareComponent {
	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see org.flotilla.model.PoolPackage#getNetworkInterface_Device()
	 * @model
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link org.flotilla.model.NetworkInterface#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(String value);

	/**
	 * Returns the value of the '<em><b>Mac Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mac Address</em>' attribute.
	 * @see #setMacAddress(String)
	 * @see org.flotilla.model.PoolPackage#getNetworkInterface_MacAddress()
	 * @model
	 * @generated
	 */
	String getMacAddress();

	/**
	 * Sets the value of the '{@link org.flotilla.model.NetworkInterface#getMacAddress <em>Mac Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mac Address</em>' attribute.
	 * @see #getMacAddress()
	 * @generated
	 */
	void setMacAddress(String value);

	/**
	 * Returns the value of the '<em><b>Speed Mbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speed Mbps</em>' attribute.
	 * @see #setSpeedMbps(long)
	 * @see org.flotilla.model.PoolPackage#getNetworkInterface_SpeedMbps()
	 * @model
	 * @generated
	 */
	long getSpeedMbps();

	/**
	 * Sets the value of the '{@link org.flotilla.model.NetworkInterface#getSpeedMbps <em>Speed Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speed Mbps</em>' attribute.
	 * @see #getSpeedMbps()
	 * @generated
	 */
	void setSpeedMbps(long value);

} // NetworkInterface
