/**
 * Generated from model/flotilla.ecore by releng/generate-model: do not edit, regenerate.
 */
package org.flotilla.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.flotilla.model.MetricSample;
import org.flotilla.model.PoolPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Metric Sample</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flotilla.model.impl.MetricSampleImpl#getTime <em>Time</em>}</li>
 *   <li>{@link org.flotilla.model.impl.MetricSampleImpl#getCpu <em>Cpu</em>}</li>
 *   <li>{@link org.flotilla.model.impl.MetricSampleImpl#getMemory <em>Memory</em>}</li>
 *   <li>{@link org.flotilla.model.impl.MetricSampleImpl#getDiskRate <em>Disk Rate</em>}</li>
 *   <li>{@link org.flotilla.model.impl.MetricSampleImpl#getNetworkRate <em>Network Rate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MetricSampleImpl extends EObjectImpl implements MetricSample {
	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final long TIME_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected long time = TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpu() <em>Cpu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpu()
	 * @generated
	 * @ordered
	 */
	protected static final double CPU_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCpu() <em>Cpu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpu()
	 * @generated
	 * @ordered
	 */
	protected double cpu = CPU_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemory() <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemory()
	 * @generated
	 * @ordered
	 */
	protected static final double MEMORY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMemory() <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemory()
	 * @generated
	 * @ordered
	 */
	protected double memory = MEMORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiskRate() <em>Disk Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskRate()
	 * @generated
	 * @ordered
	 */
	protected static final double DISK_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDiskRate() <em>Disk Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskRate()
	 * @generated
	 * @ordered
	 */
	protected double diskRate = DISK_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNetworkRate() <em>Network Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworkRate()
	 * @generated
	 * @ordered
	 */
	protected static final double NETWORK_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getNetworkRate() <em>Network Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworkRate()
	 * @generated
	 * @ordered
	 */
	protected double networkRate = NETWORK_RATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MetricSampleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PoolPackage.Literals.METRIC_SAMPLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(long newTime) {
		long oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.METRIC_SAMPLE__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCpu() {
		return cpu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpu(double newCpu) {
		double oldCpu = cpu;
		cpu = newCpu;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.METRIC_SAMPLE__CPU, oldCpu, cpu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMemory() {
		return memory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemory(double newMemory) {
		double oldMemory = memory;
		memory = newMemory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.METRIC_SAMPLE__MEMORY, oldMemory, memory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDiskRate() {
		return diskRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiskRate(double newDiskRate) {
		double oldDiskRate = diskRate;
		diskRate = newDiskRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.METRIC_SAMPLE__DISK_RATE, oldDiskRate, diskRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNetworkRate() {
		return networkRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetworkRate(double newNetworkRate) {
		double oldNetworkRate = networkRate;
		networkRate = newNetworkRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolPackage.METRIC_SAMPLE__NETWORK_RATE, oldNetworkRate, networkRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PoolPackage.METRIC_SAMPLE__TIME:
				return getTime();
			case PoolPackage.METRIC_SAMPLE__CPU:
				return getCpu();
			case PoolPackage.METRIC_SAMPLE__MEMORY:
				return getMemory();
			case PoolPackage.METRIC_SAMPLE__DISK_RATE:
				return getDiskRate();
			case PoolPackage.METRIC_SAMPLE__NETWORK_RATE:
				return getNetworkRate();
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
			case PoolPackage.METRIC_SAMPLE__TIME:
				setTime((Long)newValue);
				return;
			case PoolPackage.METRIC_SAMPLE__CPU:
				setCpu((Double)newValue);
				return;
			case PoolPackage.METRIC_SAMPLE__MEMORY:
				setMemory((Double)newValue);
				return;
			case PoolPackage.METRIC_SAMPLE__DISK_RATE:
				setDiskRate((Double)newValue);
				return;
			case PoolPackage.METRIC_SAMPLE__NETWORK_RATE:
				setNetworkRate((Double)newValue);
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
			case PoolPackage.METRIC_SAMPLE__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case PoolPackage.METRIC_SAMPLE__CPU:
				setCpu(CPU_EDEFAULT);
				return;
			case PoolPackage.METRIC_SAMPLE__MEMORY:
				setMemory(MEMORY_EDEFAULT);
				return;
			case PoolPackage.METRIC_SAMPLE__DISK_RATE:
				setDiskRate(DISK_RATE_EDEFAULT);
				return;
			case PoolPackage.METRIC_SAMPLE__NETWORK_RATE:
				setNetworkRate(NETWORK_RATE_EDEFAULT);
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
			case PoolPackage.METRIC_SAMPLE__TIME:
				return time != TIME_EDEFAULT;
			case PoolPackage.METRIC_SAMPLE__CPU:
				return cpu != CPU_EDEFAULT;
			case PoolPackage.METRIC_SAMPLE__MEMORY:
				return memory != MEMORY_EDEFAULT;
			case PoolPackage.METRIC_SAMPLE__DISK_RATE:
				return diskRate != DISK_RATE_EDEFAULT;
			case PoolPackage.METRIC_SAMPLE__NETWORK_RATE:
				return networkRate != NETWORK_RATE_EDEFAULT;
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
		result.append(" (time: ");
		result.append(time);
		result.append(", cpu: ");
		result.append(cpu);
		result.append(", memory: ");
		result.append(memory);
		result.append(", diskRate: ");
		result.append(diskRate);
		result.append(", networkRate: ");
		result.append(networkRate);
		result.append(')');
		return result.toString();
	}

} //MetricSampleImpl
