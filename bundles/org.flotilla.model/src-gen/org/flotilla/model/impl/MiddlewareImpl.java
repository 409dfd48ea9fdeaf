/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.flotilla.model.Middleware;
import org.flotilla.model.PoolPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Middleware</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.impl.MiddlewareImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.flotilla.model.impl.MiddlewareImpl#getInstallPath <em>Install Path</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MiddlewareImpl extends StackElementImpl implements Middleware {
	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstallPath() <em>Install Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstallPath()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTALL_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstallPath() <em>Install Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstallPath()
	 * @generated
	 * @ordered
	 */
	protected String installPath = INSTALL_PATH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MiddlewareImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PoolPackage.Literals.MIDDLEWARE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.MIDDLEWARE__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstallPath() {
		return installPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstallPath(String newInstallPath) {
		String oldInstallPath = installPath;
		installPath = newInstallPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.MIDDLEWARE__INSTALL_PATH, oldInstallPath, installPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PoolPackage.MIDDLEWARE__CATEGORY:
				return getCategory();
			case PoolPackage.MIDDLEWARE__INSTALL_PATH:
				return getInstallPath();
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
			case PoolPackage.MIDDLEWARE__CATEGORY:
				setCategory((String)newValue);
				return;
			case PoolPackage.MIDDLEWARE__INSTALL_PATH:
				setInstallPath((String)newValue);
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
			case PoolPackage.MIDDLEWARE__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case PoolPackage.MIDDLEWARE__INSTALL_PATH:
				setInstallPath(INSTALL_PATH_EDEFAULT);
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
			case PoolPackage.MIDDLEWARE__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case PoolPackage.MIDDLEWARE__INSTALL_PATH:
				return INSTALL_PATH_EDEFAULT == null ? installPath != null : !INSTALL_PATH_EDEFAULT.equals(installPath);
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
		result.append(" (category: ");
		result.append(category);
		result.append(", installPath: ");
		result.append(installPath);
		result.append(')');
		return result.toString();
	}

} //MiddlewareImpl
