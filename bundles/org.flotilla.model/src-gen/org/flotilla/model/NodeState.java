/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Node State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.flotilla.model.PoolPackage#getNodeState()
 * @model
 * @generated
 */
public enum NodeState implements Enumerator {
	/**
	 * The '<em><b>Enrolling</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENROLLING_VALUE
	 * @generated
	 * @ordered
	 */
	ENROLLING(0, "enrolling", "enrolling"),

	/**
	 * The '<em><b>Ready</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #READY_VALUE
	 * @generated
	 * @ordered
	 */
	READY(1, "ready", "ready"),

	/**
	 * The '<em><b>Maintenance</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAINTENANCE_VALUE
	 * @generated
	 * @ordered
	 */
	MAINTENANCE(2, "maintenance", "maintenance"),

	/**
	 * The '<em><b>Unreachable</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNREACHABLE_VALUE
	 * @generated
	 * @ordered
	 */
	UNREACHABLE(3, "unreachable", "unreachable"),

	/**
	 * The '<em><b>Decommissioned</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECOMMISSIONED_VALUE
	 * @generated
	 * @ordered
	 */
	DECOMMISSIONED(4, "decommissioned", "decommissioned");

	/**
	 * The '<em><b>Enrolling</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENROLLING
	 * @model name="enrolling"
	 * @generated
	 * @ordered
	 */
	public static final int ENROLLING_VALUE = 0;

	/**
	 * The '<em><b>Ready</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #READY
	 * @model name="ready"
	 * @generated
	 * @ordered
	 */
	public static final int READY_VALUE = 1;

	/**
	 * The '<em><b>Maintenance</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAINTENANCE
	 * @model name="maintenance"
	 * @generated
	 * @ordered
	 */
	public static final int MAINTENANCE_VALUE = 2;

	/**
	 * The '<em><b>Unreachable</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNREACHABLE
	 * @model name="unreachable"
	 * @generated
	 * @ordered
	 */
	public static final int UNREACHABLE_VALUE = 3;

	/**
	 * The '<em><b>Decommissioned</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECOMMISSIONED
	 * @model name="decommissioned"
	 * @generated
	 * @ordered
	 */
	public static final int DECOMMISSIONED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Node State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final NodeState[] VALUES_ARRAY =
		new NodeState[] {
			ENROLLING,
			READY,
			MAINTENANCE,
			UNREACHABLE,
			DECOMMISSIONED,
		};

	/**
	 * A public read-only list of all the '<em><b>Node State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<NodeState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Node State</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NodeState get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NodeState result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Node State</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NodeState getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NodeState result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Node State</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NodeState get(int value) {
		switch (value) {
			case ENROLLING_VALUE: return ENROLLING;
			case READY_VALUE: return READY;
			case MAINTENANCE_VALUE: return MAINTENANCE;
			case UNREACHABLE_VALUE: return UNREACHABLE;
			case DECOMMISSIONED_VALUE: return DECOMMISSIONED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private NodeState(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //NodeState
