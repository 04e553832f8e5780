package io.procurewire.local.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo buyer's contract terms per product, in catalog-service's contract-line shape: quantity tiers on gloves and
 * pens, fixed prices on copy paper, a percentage off toner and monitors; everything else takes the contract's default
 * discount. Derived from the list prices, so the two never disagree.
 */
public final class DemoContractLines {

    public static final String CONTRACT_CODE = "DEMO-2026";
    public static final String DEFAULT_DISCOUNT_PERCENT = "5";

    private DemoContractLines() {
    }

    /** supplierPartId → the line's JSON body ({@code fixedPrice}, {@code discountPercent} or {@code tiers}). */
    public static Map<String, Map<String, Object>> lines() {
        Map<String, Map<String, Object>> lines = new LinkedHashMap<>();
        for (DemoCatalog.Product product : DemoCatalog.products()) {
            BigDecimal list = product.listPrice();
            String part = product.supplierPartId();
            if (part.startsWith("GLV-NIT-")) {
                lines.put(part, Map.of("tiers", List.of(tier(1, list.subtract(new BigDecimal("0.95"))),
                        tier(50, list.subtract(new BigDecimal("1.65"))), tier(200, list.subtract(new BigDecimal("2.30"))))));
            } else if (part.startsWith("PEN-BP-")) {
                lines.put(part, Map.of("tiers", List.of(tier(1, scaled(list, "0.95")), tier(10, scaled(list, "0.85")),
                        tier(50, scaled(list, "0.75")))));
            } else if (part.startsWith("PAP-CPY-")) {
                lines.put(part, Map.of("fixedPrice", scaled(list, "0.86")));
            } else if (part.startsWith("TNR-")) {
                lines.put(part, Map.of("discountPercent", new BigDecimal("12")));
            } else if (part.startsWith("MON-")) {
                lines.put(part, Map.of("discountPercent", new BigDecimal("8")));
            }
        }
        return lines;
    }

    private static Map<String, Object> tier(int minQuantity, BigDecimal unitPrice) {
        return Map.of("minQuantity", new BigDecimal(minQuantity), "unitPrice", unitPrice.setScale(2, RoundingMode.HALF_UP));
    }

    private static BigDecimal scaled(BigDecimal list, String factor) {
        return list.multiply(new BigDecimal(factor)).setScale(2, RoundingMode.HALF_UP);
    }
}
