package org.flotilla.service;

import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many enrollments the listener answers: token buckets over all connections and per peer address. Enrolling is
 * cheap, but an unauthenticated peer must not make it costly, and one host flooding the listener must not keep the
 * others out: it takes at most its own share of the whole rate.
 */
public final class EnrollmentAllowance {

	private final double perSecond;
	private final double burst;
	private final double perSecondPerAddress;
	private final double burstPerAddress;
	private final int addressesRemembered;

	private double allowance;
	private long allowanceAt;
	/** Per address: {allowance, nanoTime it was computed at}; the least recently heard forgotten beyond the limit. */
	private final Map<InetAddress, double[]> byAddress;

	/**
	 * @param nowNanos            the time it starts at, as {@link System#nanoTime()} gives it
	 * @param addressesRemembered addresses whose allowance is kept (a forgotten one starts again with a full burst)
	 */
	public EnrollmentAllowance(double perSecond, double burst, double perSecondPerAddress, double burstPerAddress,
			int addressesRemembered, long nowNanos) {
		this.perSecond = perSecond;
		this.burst = burst;
		this.perSecondPerAddress = perSecondPerAddress;
		this.burstPerAddress = burstPerAddress;
		this.addressesRemembered = addressesRemembered;
		this.allowance = burst;
		this.allowanceAt = nowNanos;
		this.byAddress = new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<InetAddress, double[]> eldest) {
				return size() > EnrollmentAllowance.this.addressesRemembered;
			}
		};
	}

	/** Whether one more enrollment from {@code from} (null: unknown) may be answered at {@code nowNanos}; takes it if so. */
	public synchronized boolean admit(InetAddress from, long nowNanos) {
		double[] there = from == null ? null : byAddress.computeIfAbsent(from, a -> new double[] { burstPerAddress, nowNanos });
		if (there != null) {
			there[0] = Math.min(burstPerAddress, there[0] + (nowNanos - (long) there[1]) / 1e9 * perSecondPerAddress);
			there[1] = nowNanos;
			if (there[0] < 1) {
				return false;
			}
		}
		allowance = Math.min(burst, allowance + (nowNanos - allowanceAt) / 1e9 * perSecond);
		allowanceAt = nowNanos;
		if (allowance < 1) {
			return false;
		}
		allowance -= 1;
		if (there != null) {
			there[0] -= 1;
		}
		return true;
	}
}
