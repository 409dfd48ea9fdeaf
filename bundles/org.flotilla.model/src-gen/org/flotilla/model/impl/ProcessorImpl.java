/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.flotilla.model.PoolPackage;
import org.flotilla.model.Processor;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Processor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.impl.ProcessorImpl#getModel <em>Model</em>}</li>
 *   <li>{@link org.flotilla.model.impl.ProcessorImpl#getCores <em>Cores</em>}</li>
 *   <li>{@link org.flotilla.model.impl.ProcessorImpl#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.flotilla.model.impl.ProcessorImpl#getFrequencyMhz <em>Frequency Mhz</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProcessorImpl extends HardwareComponentImpl implements Processor {
	/**
	 * The default value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected String model = MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCores() <em>Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCores()
	 * @generated
	 * @ordered
	 */
	protected static final int CORES_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getCores() <em>Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCores()
	 * @generated
	 * @ordered
	 */
	protected int cores = CORES_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreads() <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected static final int THREADS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getThreads() <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected int threads = THREADS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrequencyMhz() <em>Frequency Mhz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequencyMhz()
	 * @generated
	 * @ordered
	 */
	protected static final int FREQUENCY_MHZ_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFrequencyMhz() <em>Frequency Mhz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequencyMhz()
	 * @generated
	 * @ordered
	 */
	protected int frequencyMhz = FREQUENCY_MHZ_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProcessorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PoolPackage.Literals.PROCESSOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(String newModel) {
		String oldModel = model;
		model = newModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.PROCESSOR__MODEL, oldModel, model));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCores() {
		return cores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCores(int newCores) {
		int oldCores = cores;
		cores = newCores;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.PROCESSOR__CORES, oldCores, cores));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getThreads() {
		return threads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreads(int newThreads) {
		int oldThreads = threads;
		threads = newThreads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.PROCESSOR__THREADS, oldThreads, threads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFrequencyMhz() {
		return frequencyMhz;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequencyMhz(int newFrequencyMhz) {
		int oldFrequencyMhz = frequencyMhz;
		frequencyMhz = newFrequencyMhz;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.PROCESSOR__FREQUENCY_MHZ, oldFrequencyMhz, frequencyMhz));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PoolPackage.PROCESSOR__MODEL:
				return getModel();
			case PoolPackage.PROCESSOR__CORES:
				return getCores();
			case PoolPackage.PROCESSOR__THREADS:
				return getThreads();
			case PoolPackage.PROCESSOR__FREQUENCY_MHZ:
				return getFrequencyMhz();
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
			case PoolPackage.PROCESSOR__MODEL:
				setModel((String)newValue);
				return;
			case PoolPackage.PROCESSOR__CORES:
				setCores((Integer)newValue);
				return;
			case PoolPackage.PROCESSOR__THREADS:
				setThreads((Integer)newValue);
				return;
			case PoolPackage.PROCESSOR__FREQUENCY_MHZ:
				setFrequencyMhz((Integer)newValue);
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
			case PoolPackage.PROCESSOR__MODEL:
				setModel(MODEL_EDEFAULT);
				return;
			case PoolPackage.PROCESSOR__CORES:
				setCores(CORES_EDEFAULT);
				return;
			case PoolPackage.PROCESSOR__THREADS:
				setThreads(THREADS_EDEFAULT);
				return;
			case PoolPackage.PROCESSOR__FREQUENCY_MHZ:
				setFrequencyMhz(FREQUENCY_MHZ_EDEFAULT);
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
			case PoolPackage.PROCESSOR__MODEL:
				return MODEL_EDEFAULT == null ? model != null : !MODEL_EDEFAULT.equals(model);
			case PoolPackage.PROCESSOR__CORES:
				return cores != CORES_EDEFAULT;
			case PoolPackage.PROCESSOR__THREADS:
				return threads != THREADS_EDEFAULT;
			case PoolPackage.PROCESSOR__FREQUENCY_MHZ:
				return frequencyMhz != FREQUENCY_MHZ_EDEFAULT;
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
		result.append(" (model: ");
		result.append(model);
		result.append(", cores: ");
		result.append(cores);
		result.append(", threads: ");
		result.append(threads);
		result.append(", frequencyMhz: ");
		result.append(frequencyMhz);
		result.append(')');
		return result.toString();
	}

} //ProcessorImpl
