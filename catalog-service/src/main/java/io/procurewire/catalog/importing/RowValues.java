package io.procurewire.catalog.importing;

import io.procurewire.catalog.product.ProductData;
import io.procurewire.catalog.product.ProductRules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

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

    /**
     * The reasons of one row: cells that could not be read, and then every rule the rest of the row breaks, so a row
     * with several problems reports all of them at once. A rule about a field whose cell was unreadable is left out
     * ("listPrice is required" after "listPrice 'abc' is not a number" says nothing new).
     */
    static final class Unreadable {
        private final List<String> reasons;
        private final Set<String> unreadableFields = new HashSet<>();

        Unreadable(List<String> reasons) {
            this.reasons = reasons;
        }

        /** @param column the name the file uses; @param field the product field it fills (as rules name it) */
        BigDecimal decimal(String column, String field, String value) {
            return noting(field, () -> RowValues.decimal(column, value, reasons));
        }

        Integer integer(String column, String field, String value) {
            return noting(field, () -> RowValues.integer(column, value, reasons));
        }

        private <T> T noting(String field, Supplier<T> parse) {
            int before = reasons.size();
            T parsed = parse.get();
            if (reasons.size() > before) {
                unreadableFields.add(field);
            }
            return parsed;
        }

        List<String> withRuleViolations(ProductData data) {
            List<String> all = new ArrayList<>(reasons);
            for (ProductRules.Violation v : ProductRules.check(data)) {
                if (!unreadableFields.contains(v.field())) {
                    all.add(v.field() + " " + v.message());
                }
            }
            return List.copyOf(all);
        }
    }
}
