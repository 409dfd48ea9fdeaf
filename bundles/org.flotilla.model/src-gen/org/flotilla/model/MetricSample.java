/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metric Sample</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One sample: time in epoch milliseconds; CPU and memory as fractions 0..1 of capacity; disk and network in bytes per second.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.MetricSample#getTime <em>Time</em>}</li>
 *   <li>{@link org.flotilla.model.MetricSample#getCpu <em>Cpu</em>}</li>
 *   <li>{@link org.flotilla.model.MetricSample#getMemory <em>Memory</em>}</li>
 *   <li>{@link org.flotilla.model.MetricSample#getDiskRate <em>Disk Rate</em>}</li>
 *   <li>{@link org.flotilla.model.MetricSample#getNetworkRate <em>Network Rate</em>}</li>
 * </ul>
 *
 * @see org.flotilla.model.PoolPackage#getMetricSample()
 * @model
 * @generated
 */
public interface MetricSample extends EObject {
	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(long)
	 * @see org.flotilla.model.PoolPackage#getMetricSample_Time()
	 * @model
	 * @generated
	 */
	long getTime();

	/**
	 * Sets the value of the '{@link org.flotilla.model.MetricSample#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(long value);

	/**
	 * Returns the value of the '<em><b>Cpu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu</em>' attribute.
	 * @see #setCpu(double)
	 * @see org.flotilla.model.PoolPackage#getMetricSample_Cpu()
	 * @model
	 * @generated
	 */
	double getCpu();

	/**
	 * Sets the value of the '{@link org.flotilla.model.MetricSample#getCpu <em>Cpu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu</em>' attribute.
	 * @see #getCpu()
	 * @generated
	 */
	void setCpu(double value);

	/**
	 * Returns the value of the '<em><b>Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory</em>' attribute.
	 * @see #setMemory(double)
	 * @see org.flotilla.model.PoolPackage#getMetricSample_Memory()
	 * @model
	 * @generated
	 */
	double getMemory();

	/**
	 * Sets the value of the '{@link org.flotilla.model.MetricSample#getMemory <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory</em>' attribute.
	 * @see #getMemory()
	 * @generated
	 */
	void setMemory(double value);

	/**
	 * Returns the value of the '<em><b>Disk Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disk Rate</em>' attribute.
	 * @see #setDiskRate(double)
	 * @see org.flotilla.model.PoolPackage#getMetricSample_DiskRate()
	 * @model
	 * @generated
	 */
	double getDiskRate();

	/**
	 * Sets the value of the '{@link org.flotilla.model.MetricSample#getDiskRate <em>Disk Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disk Rate</em>' attribute.
	 * @see #getDiskRate()
	 * @generated
	 */
	void setDiskRate(double value);

	/**
	 * Returns the value of the '<em><b>Network Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Network Rate</em>' attribute.
	 * @see #setNetworkRate(double)
	 * @see org.flotilla.model.PoolPackage#getMetricSample_NetworkRate()
	 * @model
	 * @generated
	 */
	double getNetworkRate();

	/**
	 * Sets the value of the '{@link org.flotilla.model.MetricSample#getNetworkRate <em>Network Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network Rate</em>' attribute.
	 * @see #getNetworkRate()
	 * @generated
	 */
	void setNetworkRate(double value);

} // MetricSample
