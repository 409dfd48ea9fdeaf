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
 * A representation of the literals of the enumeration '<em><b>Job Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.flotilla.model.PoolPackage#getJobKind()
 * @model
 * @generated
 */
public enum JobKind implements Enumerator {
	/**
	 * The '<em><b>Provisioning</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVISIONING_VALUE
	 * @generated
	 * @ordered
	 */
	PROVISIONING(0, "provisioning", "provisioning"),

	/**
	 * The '<em><b>Enrollment</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENROLLMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ENROLLMENT(1, "enrollment", "enrollment"),

	/**
	 * The '<em><b>Migration</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIGRATION_VALUE
	 * @generated
	 * @ordered
	 */
	MIGRATION(2, "migration", "migration"),

	/**
	 * The '<em><b>Drain</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRAIN_VALUE
	 * @generated
	 * @ordered
	 */
	DRAIN(3, "drain", "drain"),

	/**
	 * The '<em><b>Start</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #START_VALUE
	 * @generated
	 * @ordered
	 */
	START(4, "start", "start"),

	/**
	 * The '<em><b>Stop</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STOP_VALUE
	 * @generated
	 * @ordered
	 */
	STOP(5, "stop", "stop"),

	/**
	 * The '<em><b>Restart Elsewhere</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESTART_ELSEWHERE_VALUE
	 * @generated
	 * @ordered
	 */
	RESTART_ELSEWHERE(6, "restartElsewhere", "restart elsewhere");

	/**
	 * The '<em><b>Provisioning</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVISIONING
	 * @model name="provisioning"
	 * @generated
	 * @ordered
	 */
	public static final int PROVISIONING_VALUE = 0;

	/**
	 * The '<em><b>Enrollment</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENROLLMENT
	 * @model name="enrollment"
	 * @generated
	 * @ordered
	 */
	public static final int ENROLLMENT_VALUE = 1;

	/**
	 * The '<em><b>Migration</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIGRATION
	 * @model name="migration"
	 * @generated
	 * @ordered
	 */
	public static final int MIGRATION_VALUE = 2;

	/**
	 * The '<em><b>Drain</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRAIN
	 * @model name="drain"
	 * @generated
	 * @ordered
	 */
	public static final int DRAIN_VALUE = 3;

	/**
	 * The '<em><b>Start</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #START
	 * @model name="start"
	 * @generated
	 * @ordered
	 */
	public static final int START_VALUE = 4;

	/**
	 * The '<em><b>Stop</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STOP
	 * @model name="stop"
	 * @generated
	 * @ordered
	 */
	public static final int STOP_VALUE = 5;

	/**
	 * The '<em><b>Restart Elsewhere</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESTART_ELSEWHERE
	 * @model name="restartElsewhere" literal="restart elsewhere"
	 * @generated
	 * @ordered
	 */
	public static final int RESTART_ELSEWHERE_VALUE = 6;

	/**
	 * An array of all the '<em><b>Job Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final JobKind[] VALUES_ARRAY =
		new JobKind[] {
			PROVISIONING,
			ENROLLMENT,
			MIGRATION,
			DRAIN,
			START,
			STOP,
			RESTART_ELSEWHERE,
		};

	/**
	 * A public read-only list of all the '<em><b>Job Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<JobKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Job Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JobKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			JobKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Job Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JobKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			JobKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Job Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JobKind get(int value) {
		switch (value) {
			case PROVISIONING_VALUE: return PROVISIONING;
			case ENROLLMENT_VALUE: return ENROLLMENT;
			case MIGRATION_VALUE: return MIGRATION;
			case DRAIN_VALUE: return DRAIN;
			case START_VALUE: return START;
			case STOP_VALUE: return STOP;
			case RESTART_ELSEWHERE_VALUE: return RESTART_ELSEWHERE;
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
	private JobKind(int value, String name, String literal) {
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
	
} //JobKind
