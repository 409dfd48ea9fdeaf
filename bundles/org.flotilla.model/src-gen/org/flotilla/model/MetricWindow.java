/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metric Window</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A bounded window of the most recent samples: adding beyond the limit drops the oldest.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.MetricWindow#getLimit <em>Limit</em>}</li>
 *   <li>{@link org.flotilla.model.MetricWindow#getSamples <em>Samples</em>}</li>
 * </ul>
 *
 * @see org.flotilla.model.PoolPackage#getMetricWindow()
 * @model
 * @generated
 */
public interface MetricWindow extends EObject {
	/**
	 * Returns the value of the '<em><b>Limit</b></em>' attribute.
	 * The default value is <code>"300"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Limit</em>' attribute.
	 * @see #setLimit(int)
	 * @see org.flotilla.model.PoolPackage#getMetricWindow_Limit()
	 * @model default="300"
	 * @generated
	 */
	int getLimit();

	/**
	 * Sets the value of the '{@link org.flotilla.model.MetricWindow#getLimit <em>Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Limit</em>' attribute.
	 * @see #getLimit()
	 * @generated
	 */
	void setLimit(int value);

	/**
	 * Returns the value of the '<em><b>Samples</b></em>' containment reference list.
	 * The list contents are of type {@link org.flotilla.model.MetricSample}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Samples</em>' containment reference list.
	 * @see org.flotilla.model.PoolPackage#getMetricWindow_Samples()
	 * @model containment="true"
	 * @generated
	 */
	EList<MetricSample> getSamples();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	void add(MetricSample sample);

} // MetricWindow
