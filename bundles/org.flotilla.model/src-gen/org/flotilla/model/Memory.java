/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Memory</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.Memory#getSizeMib <em>Size Mib</em>}</li>
 * </ul>
 *
 * @see org.flotilla.model.PoolPackage#getMemory()
 * @model
 * @generated
 */
public interface Memory extends HardwareComponent {
	/**
	 * Returns the value of the '<em><b>Size Mib</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size Mib</em>' attribute.
	 * @see #setSizeMib(long)
	 * @see org.flotilla.model.PoolPackage#getMemory_SizeMib()
	 * @model
	 * @generated
	 */
	long getSizeMib();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Memory#getSizeMib <em>Size Mib</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size Mib</em>' attribute.
	 * @see #getSizeMib()
	 * @generated
	 */
	void setSizeMib(long value);

} // Memory
