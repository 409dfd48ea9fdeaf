/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hardware Component</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.flotilla.model.PoolPackage#getHardwareComponent()
 * @model abstract="true"
 * @generated
 */
public interface HardwareComponent extends StackElement {
} // HardwareComponent
