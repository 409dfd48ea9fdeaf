package org.flotilla.service.cli;

import java.math.BigDecimal;

/** Numbers as {@code flotilla} prints them: {@code 2}, {@code 0.5}, never {@code 2.0} or {@code 5.0E-4}. */
final class Numbers {

	private Numbers() {
	}

	/** A finite number in plain decimal notation, shortest form; also valid as a JSON number. */
	static String text(double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("not a finite number: " + value);
		}
		if (value == 0) {
			return "0"; // also -0.0
		}
		return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
	}
}
