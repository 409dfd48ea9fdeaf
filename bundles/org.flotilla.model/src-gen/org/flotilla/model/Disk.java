/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Disk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.Disk#getDevice <em>Device</em>}</li>
 *   <li>{@link org.flotilla.model.Disk#getKind <em>Kind</em>}</li>
 *   <li>{@link org.flotilla.model.Disk#getSizeGib <em>Size Gib</em>}</li>
 * </ul>
 *
 * @see org.flotilla.model.PoolPackage#getDisk()
 * @model
 * @generated
 */
public interface Disk extends HardwareComponent {
	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see org.flotilla.model.PoolPackage#getDisk_Device()
	 * @model
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Disk#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flotilla.model.DiskKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.flotilla.model.DiskKind
	 * @see #setKind(DiskKind)
	 * @see org.flotilla.model.PoolPackage#getDisk_Kind()
	 * @model
	 * @generated
	 */
	DiskKind getKind();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Disk#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.flotilla.model.DiskKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DiskKind value);

	/**
	 * Returns the value of the '<em><b>Size Gib</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size Gib</em>' attribute.
	 * @see #setSizeGib(long)
	 * @see org.flotilla.model.PoolPackage#getDisk_SizeGib()
	 * @model
	 * @generated
	 */
	long getSizeGib();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Disk#getSizeGib <em>Size Gib</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size Gib</em>' attribute.
	 * @see #getSizeGib()
	 * @generated
	 */
	void setSizeGib(long value);

} // Disk
