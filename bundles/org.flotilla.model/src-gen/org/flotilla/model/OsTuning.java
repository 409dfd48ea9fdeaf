/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Os Tuning</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An operating-system tuning element (kernel parameters such as the sysctl-tuning package's): its parameters are the values it sets, the values before it kept by the agent for rollback.
 * <!-- end-model-doc -->
 *
 *
 * @see org.flotilla.model.PoolPackage#getOsTuning()
 * @model
 * @generated
 */
public interface OsTuning extends StackElement {
} // OsTuning
