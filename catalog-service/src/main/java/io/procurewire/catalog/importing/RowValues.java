package io.procurewire.catalog.importing;

import java.math.BigDecimal;
import java.util.List;

/** Turning text cells into typed values, collecting a reason per bad cell instead of failing the file. */
final class RowValues {

    private RowValues() {
    }

    static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    static BigDecimal decimal(String field, String value, List<String> reasons) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            reasons.add(field + " '" + v + "' is not a number");
            return null;
        }
    }

    static Integer integer(String field, String value, List<String> reasons) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            reasons.add(field + " '" + v + "' is not a whole number");
            return null;
        }
    }

    /** true/false, yes/no, y/n, t/f, 1/0; blank means the default. */
    static Boolean bool(String field, String value, Boolean dflt, List<String> reasons) {
        String v = text(value);
        if (v == null) {
            return dflt;
        }
        return switch (v.toLowerCase()) {
            case "true", "yes", "y", "t", "1" -> true;
            case "false", "no", "n", "f", "0" -> false;
            default -> {
                reasons.add(field + " '" + v + "' is not true or false");
                yield dflt;
            }
        };
    }
}
