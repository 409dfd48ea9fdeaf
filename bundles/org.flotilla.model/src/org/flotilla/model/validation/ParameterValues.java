package org.flotilla.model.validation;

import java.math.BigDecimal;

import org.flotilla.model.ParameterDefinition;

/**
 * Checks a parameter value (text, as stored) against its definition's type, range and choices. Every type a package
 * can declare is checked by the packages' own rule ({@link org.flotilla.packages.ParameterDefinition#problem}), the one
 * agents apply before they install: the console refuses exactly what an agent would, with the same words. Decimals,
 * which only discovered and hand-written stack parameters have, are checked here.
 */
public final class ParameterValues {

	private ParameterValues() {
	}

	/**
	 * @return why {@code value} is not acceptable for {@code definition}, or {@code null} when it is
	 *         (an absent value is acceptable: the default applies)
	 */
	public static String problem(ParameterDefinition definition, String value) {
		if (value == null || definition == null || definition.getType() == null) {
			return null;
		}
		if (definition.getType() == org.flotilla.model.ParameterType.DECIMAL) {
			return decimalProblem(definition, value.trim());
		}
		return asPackageParameter(definition).problem(value.trim());
	}

	/** What values {@code definition} allows, in words ("a whole number 1024..65535", "one of G1, ZGC"). */
	public static String allowed(ParameterDefinition definition) {
		if (definition.getType() == org.flotilla.model.ParameterType.DECIMAL) {
			return "a number" + (definition.getMinimum() != null || definition.getMaximum() != null
					? " " + bound(definition.getMinimum()) + ".." + bound(definition.getMaximum()) : "") + unit(definition);
		}
		return asPackageParameter(definition).allowed() + unit(definition);
	}

	/**
	 * The model's definition as a package's: what the pool service read from a manifest into the model goes back to
	 * the manifest's type (integer: int, choice: enum), bounds and pattern.
	 */
	public static org.flotilla.packages.ParameterDefinition asPackageParameter(ParameterDefinition definition) {
		org.flotilla.packages.ParameterDefinition.Type type = switch (definition.getType()) {
		case INTEGER, DECIMAL -> org.flotilla.packages.ParameterDefinition.Type.INT;
		case SIZE -> org.flotilla.packages.ParameterDefinition.Type.SIZE;
		case BOOLEAN -> org.flotilla.packages.ParameterDefinition.Type.BOOLEAN;
		case CHOICE -> org.flotilla.packages.ParameterDefinition.Type.ENUM;
		case STRING -> org.flotilla.packages.ParameterDefinition.Type.STRING;
		};
		return new org.flotilla.packages.ParameterDefinition(definition.getName() == null ? "parameter" : definition.getName(),
				type, definition.getMinimum() == null ? null : (long) Math.ceil(definition.getMinimum()),
				definition.getMaximum() == null ? null : (long) Math.floor(definition.getMaximum()), definition.getPattern(), null,
				definition.getAllowedValues(), definition.getDefaultValue(), definition.getDescription(), definition.isOverridable());
	}

	private static String decimalProblem(ParameterDefinition definition, String text) {
		BigDecimal number;
		try {
			number = new BigDecimal(text);
		} catch (NumberFormatException e) {
			return "'" + text + "' is not a number";
		}
		Double minimum = definition.getMinimum();
		Double maximum = definition.getMaximum();
		if (minimum != null && number.compareTo(BigDecimal.valueOf(minimum)) < 0) {
			return text + " is below the minimum " + plain(minimum) + unit(definition);
		}
		if (maximum != null && number.compareTo(BigDecimal.valueOf(maximum)) > 0) {
			return text + " is above the maximum " + plain(maximum) + unit(definition);
		}
		return null;
	}

	private static String bound(Double value) {
		return value == null ? "" : plain(value);
	}

	private static String unit(ParameterDefinition definition) {
		return definition.getUnit() == null || definition.getUnit().isBlank() ? "" : " " + definition.getUnit();
	}

	static String plain(double number) {
		return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number)
				: Double.toString(number);
	}
}
