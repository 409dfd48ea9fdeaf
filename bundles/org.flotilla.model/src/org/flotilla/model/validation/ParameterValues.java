package org.flotilla.model.validation;

import java.math.BigDecimal;

import org.flotilla.model.ParameterDefinition;

/** Checks a parameter value (text, as stored) against its definition's type, range and choices. */
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
		String text = value.trim();
		switch (definition.getType()) {
		case STRING:
			return null;
		case BOOLEAN:
			return text.equals("true") || text.equals("false") ? null : "'" + value + "' is not true or false";
		case CHOICE:
			return definition.getAllowedValues().contains(text) ? null
					: "'" + value + "' is not one of " + String.join(", ", definition.getAllowedValues());
		case INTEGER:
		case DECIMAL:
			BigDecimal number;
			try {
				number = new BigDecimal(text);
			} catch (NumberFormatException e) {
				return "'" + value + "' is not a" + (definition.getType() == org.flotilla.model.ParameterType.INTEGER
						? "n integer" : " number");
			}
			if (definition.getType() == org.flotilla.model.ParameterType.INTEGER && number.stripTrailingZeros().scale() > 0) {
				return "'" + value + "' is not an integer";
			}
			Double minimum = definition.getMinimum();
			Double maximum = definition.getMaximum();
			if (minimum != null && number.compareTo(BigDecimal.valueOf(minimum)) < 0) {
				return value + " is below the minimum " + plain(minimum) + unit(definition);
			}
			if (maximum != null && number.compareTo(BigDecimal.valueOf(maximum)) > 0) {
				return value + " is above the maximum " + plain(maximum) + unit(definition);
			}
			return null;
		default:
			return null;
		}
	}

	private static String unit(ParameterDefinition definition) {
		return definition.getUnit() == null || definition.getUnit().isBlank() ? "" : " " + definition.getUnit();
	}

	static String plain(double number) {
		return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number)
				: Double.toString(number);
	}
}
