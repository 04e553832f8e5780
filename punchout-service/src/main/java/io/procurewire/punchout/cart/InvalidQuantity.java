package io.procurewire.punchout.cart;

import io.procurewire.punchout.session.ShopException;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A quantity the shop cannot take, with the reason as a code: the pages show it next to the quantity field (the code
 * travels in the redirect back to the page, never the text, so a link cannot put words into the shop).
 */
public class InvalidQuantity extends ShopException {

    public enum Problem { NOT_A_NUMBER, NOT_POSITIVE, TOO_PRECISE, OVER_MAXIMUM, NOT_WHOLE }

    /**
     * UN/CEFACT Rec. 20 (and common ANSI) units of things that are counted: a buyer orders 3 boxes, never 2.5.
     * Units of measure such as KGM, MTR or LTR allow decimals.
     */
    private static final Set<String> COUNTED_UNITS = Set.of("EA", "C62", "H87", "PCE", "PC", "BX", "PK", "PA", "CS",
            "CT", "CA", "BG", "BO", "BT", "DZ", "PR", "SET", "ST", "KT", "RL", "RM", "PL", "TU", "CR", "DR", "CH", "JR");

    private final Problem problem;
    private final String unit;

    public InvalidQuantity(Problem problem, String unit, long maximum, String sessionBase) {
        super(400, "Invalid quantity", message(problem, unit, maximum), sessionBase);
        this.problem = problem;
        this.unit = unit;
    }

    public Problem problem() {
        return problem;
    }

    public String unit() {
        return unit;
    }

    public static boolean counted(String unitOfMeasure) {
        return unitOfMeasure != null && COUNTED_UNITS.contains(unitOfMeasure.toUpperCase(Locale.ROOT));
    }

    /** Refuses a fraction of a counted unit. */
    public static void requireWhole(BigDecimal quantity, String unitOfMeasure, long maximum, String sessionBase) {
        if (counted(unitOfMeasure) && quantity.stripTrailingZeros().scale() > 0) {
            throw new InvalidQuantity(Problem.NOT_WHOLE, unitOfMeasure, maximum, sessionBase);
        }
    }

    /** The text for a code that came back in a redirect; empty for anything that is not one of ours. */
    public static Optional<String> message(String problemCode, String unit, long maximum) {
        if (problemCode == null) {
            return Optional.empty();
        }
        try {
            Problem problem = Problem.valueOf(problemCode);
            String safeUnit = unit != null && unit.matches("[A-Za-z0-9]{1,3}") ? unit : null;
            return Optional.of(message(problem, safeUnit, maximum));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    static String message(Problem problem, String unit, long maximum) {
        return switch (problem) {
            case NOT_A_NUMBER -> "Enter the quantity as a number, such as 1 or 12.";
            case NOT_POSITIVE -> "Enter a quantity greater than 0.";
            case TOO_PRECISE -> "Enter a quantity with at most 4 decimals.";
            case OVER_MAXIMUM -> "A line can hold at most " + maximum + " units.";
            case NOT_WHOLE -> "This item is sold in whole units" + (unit == null ? "" : " (" + unit + ")")
                    + ": enter a whole number.";
        };
    }
}
