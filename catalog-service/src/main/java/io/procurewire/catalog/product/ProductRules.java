package io.procurewire.catalog.product;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes product data acceptable, for the API and the importers alike (one rule set, so an import row fails
 * for the same reason a POST would).
 */
public final class ProductRules {

    /** UNSPSC: 8 digits (segment, family, class, commodity; 2 digits each). */
    private static final Pattern UNSPSC = Pattern.compile("\\d{8}");
    /** UN/CEFACT Recommendation 20 common codes: 2-3 upper-case letters or digits (EA, C62, BX, KGM, H87...). */
    private static final Pattern UN_UOM = Pattern.compile("[A-Z0-9]{2,3}");

    private ProductRules() {
    }

    public record Violation(String field, String message) {
    }

    public static List<Violation> check(ProductData p) {
        List<Violation> errors = new ArrayList<>();
        required(errors, "supplierPartId", p.supplierPartId(), 255);
        length(errors, "supplierPartAuxiliaryId", p.supplierPartAuxiliaryId(), 255);
        required(errors, "name", p.name(), 255);
        length(errors, "description", p.description(), 4000);
        length(errors, "manufacturerName", p.manufacturerName(), 255);
        length(errors, "manufacturerPartId", p.manufacturerPartId(), 255);
        if (p.unspsc() != null && !p.unspsc().isEmpty() && !UNSPSC.matcher(p.unspsc()).matches()) {
            errors.add(new Violation("unspsc", "must be an 8-digit UNSPSC code, was '" + p.unspsc() + "'"));
        }
        if (blank(p.unitOfMeasure())) {
            errors.add(new Violation("unitOfMeasure", "is required (a UN/CEFACT code such as EA)"));
        } else if (!UN_UOM.matcher(p.unitOfMeasure()).matches()) {
            errors.add(new Violation("unitOfMeasure", "must be a UN/CEFACT Rec. 20 code such as EA, C62, BX, was '"
                    + p.unitOfMeasure() + "'"));
        }
        if (p.listPrice() == null) {
            errors.add(new Violation("listPrice", "is required"));
        } else if (p.listPrice().signum() < 0) {
            errors.add(new Violation("listPrice", "must not be negative"));
        } else if (p.listPrice().scale() > 4 || p.listPrice().precision() - p.listPrice().scale() > 15) {
            errors.add(new Violation("listPrice", "must have at most 15 integer digits and 4 decimals"));
        }
        String currencyProblem = currencyProblem(p.currency());
        if (currencyProblem != null) {
            errors.add(new Violation("currency", currencyProblem));
        }
        if (p.leadTimeDays() != null && p.leadTimeDays() < 0) {
            errors.add(new Violation("leadTimeDays", "must not be negative"));
        }
        if (p.imageUrl() != null && !p.imageUrl().isEmpty()) {
            length(errors, "imageUrl", p.imageUrl(), 1000);
            if (!isHttpUrl(p.imageUrl())) {
                errors.add(new Violation("imageUrl", "must be an absolute http(s) URL"));
            }
        }
        return errors;
    }

    /** null when the code is a known ISO 4217 currency. */
    public static String currencyProblem(String code) {
        if (blank(code)) {
            return "is required (ISO 4217, e.g. USD)";
        }
        try {
            Currency.getInstance(code);
            return code.length() == 3 && code.equals(code.toUpperCase()) ? null : "must be an ISO 4217 code such as USD";
        } catch (IllegalArgumentException e) {
            return "'" + code + "' is not an ISO 4217 currency code";
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void required(List<Violation> errors, String field, String value, int max) {
        if (blank(value)) {
            errors.add(new Violation(field, "is required"));
        } else {
            length(errors, field, value, max);
        }
    }

    private static void length(List<Violation> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new Violation(field, "must be at most " + max + " characters"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
