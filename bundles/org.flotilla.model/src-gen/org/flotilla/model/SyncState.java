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
 * A representation of the literals of the enumeration '<em><b>Sync State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a stack element's discovered state (reported by the agent) compares with its desired state (set by the administrator).
 * <!-- end-model-doc -->
 * @see org.flotilla.model.PoolPackage#getSyncState()
 * @model
 * @generated
 */
public enum SyncState implements Enumerator {
	/**
	 * The '<em><b>In Sync</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_SYNC_VALUE
	 * @generated
	 * @ordered
	 */
	IN_SYNC(0, "inSync", "in sync"),

	/**
	 * The '<em><b>Drifted</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRIFTED_VALUE
	 * @generated
	 * @ordered
	 */
	DRIFTED(1, "drifted", "drifted"),

	/**
	 * The '<em><b>Discovered Only</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCOVERED_ONLY_VALUE
	 * @generated
	 * @ordered
	 */
	DISCOVERED_ONLY(2, "discoveredOnly", "discovered only"),

	/**
	 * The '<em><b>Desired Only</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESIRED_ONLY_VALUE
	 * @generated
	 * @ordered
	 */
	DESIRED_ONLY(3, "desiredOnly", "desired only");

	/**
	 * The '<em><b>In Sync</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_SYNC
	 * @model name="inSync" literal="in sync"
	 * @generated
	 * @ordered
	 */
	public static final int IN_SYNC_VALUE = 0;

	/**
	 * The '<em><b>Drifted</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRIFTED
	 * @model name="drifted"
	 * @generated
	 * @ordered
	 */
	public static final int DRIFTED_VALUE = 1;

	/**
	 * The '<em><b>Discovered Only</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCOVERED_ONLY
	 * @model name="discoveredOnly" literal="discovered only"
	 * @generated
	 * @ordered
	 */
	public static final int DISCOVERED_ONLY_VALUE = 2;

	/**
	 * The '<em><b>Desired Only</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESIRED_ONLY
	 * @model name="desiredOnly" literal="desired only"
	 * @generated
	 * @ordered
	 */
	public static final int DESIRED_ONLY_VALUE = 3;

	/**
	 * An array of all the '<em><b>Sync State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SyncState[] VALUES_ARRAY =
		new SyncState[] {
			IN_SYNC,
			DRIFTED,
			DISCOVERED_ONLY,
			DESIRED_ONLY,
		};

	/**
	 * A public read-only list of all the '<em><b>Sync State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SyncState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Sync State</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SyncState get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SyncState result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sync State</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SyncState getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SyncState result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sync State</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SyncState get(int value) {
		switch (value) {
			case IN_SYNC_VALUE: return IN_SYNC;
			case DRIFTED_VALUE: return DRIFTED;
			case DISCOVERED_ONLY_VALUE: return DISCOVERED_ONLY;
			case DESIRED_ONLY_VALUE: return DESIRED_ONLY;
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
	private SyncState(int value, String name, String literal) {
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
	
} //SyncState
