/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Middleware</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.Middleware#getCategory <em>Category</em>}</li>
 *   <li>{@link org.flotilla.model.Middleware#getInstallPath <em>Install Path</em>}</li>
 * </ul>
 *
 * @see org.flotilla.model.PoolPackage#getMiddleware()
 * @model
 * @generated
 */
public interface Middleware extends StackElement {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.flotilla.model.PoolPackage#getMiddleware_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Middleware#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Install Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Install Path</em>' attribute.
	 * @see #setInstallPath(String)
	 * @see org.flotilla.model.PoolPackage#getMiddleware_InstallPath()
	 * @model
	 * @generated
	 */
	String getInstallPath();

	/**
	 * Sets the value of the '{@link org.flotilla.model.Middleware#getInstallPath <em>Install Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Install Path</em>' attribute.
	 * @see #getInstallPath()
	 * @generated
	 */
	void setInstallPath(String value);

} // Middleware
