package io.procurewire.punchout.fakecatalog;

import io.procurewire.punchout.catalog.CatalogClient;
import io.quarkus.arc.Arc;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the fake catalog-service knows, and the faults it is told to show. Buyer "acme" has contract "C-1":
 * fixed contract prices for P-100 and P-200 (tier price from 10 boxes), list price for P-300; P-400 is only
 * visible to buyer "globex".
 */
public final class FakeCatalog {

    public record Part(String buyer, String supplierPartId, String auxiliaryId, String name, String description,
                       String manufacturerName, String manufacturerPartId, String unspsc, String unitOfMeasure,
                       int leadTimeDays, BigDecimal listPrice, BigDecimal contractPrice, BigDecimal tierPrice,
                       BigDecimal tierFrom, long priceVersion) {

        public BigDecimal price(String contract, BigDecimal quantity) {
            if (contract != null && contractPrice != null) {
                if (tierPrice != null && quantity != null && quantity.compareTo(tierFrom) >= 0) {
                    return tierPrice;
                }
                return contractPrice;
            }
            return listPrice;
        }

        public Part withListPrice(BigDecimal newListPrice) {
            return new Part(buyer, supplierPartId, auxiliaryId, name, description, manufacturerName, manufacturerPartId,
                    unspsc, unitOfMeasure, leadTimeDays, newListPrice, contractPrice, tierPrice, tierFrom, priceVersion + 1);
        }

        public String priceSource(String contract, BigDecimal quantity) {
            if (contract != null && contractPrice != null) {
                return tierPrice != null && quantity != null && quantity.compareTo(tierFrom) >= 0
                        ? "CONTRACT_TIER" : "CONTRACT_FIXED";
            }
            return "LIST";
        }
    }

    public static final Map<String, Part> PARTS = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    static {
        add(new Part("acme", "P-100", null, "Torque wrench 5-50 Nm",
                "Click-type torque wrench, 3/8\" drive, calibrated with certificate & traceability",
                "Tohnichi", "QL50N", "27111700", "EA", 3, new BigDecimal("120.00"), new BigDecimal("99.50"), null, null, 17));
        add(new Part("acme", "P-200", "BOX-10", "Calibration gloves, box of 10", "Lint-free nitrile gloves",
                "Ansell", "TN-92-600", "46181504", "BX", 1, new BigDecimal("25.00"), new BigDecimal("21.25"),
                new BigDecimal("19.00"), new BigDecimal("10"), 4));
        add(new Part("acme", "P-300", null, "Digital caliper 150 mm", "Stainless steel, IP67",
                "Mitutoyo", "500-196-30", "27111801", "EA", 5, new BigDecimal("45.00"), null, null, null, 2));
        add(new Part("globex", "P-400", null, "Globex-only gauge block set", "Grade 0, 47 pieces",
                "Mitutoyo", "516-940-10", "41111500", "ST", 10, new BigDecimal("900.00"), null, null, null, 1));
    }

    /** Attributes and picture per buyer/part (absent: none). P-100 has both, P-300 a picture URL that is not http(s). */
    public static final Map<String, Map<String, String>> ATTRIBUTES = Map.of(
            "acme/P-100", Map.of("Drive", "3/8\"", "Range", "5–50 Nm", "Certificate", "<calibration & traceability>"));
    public static final Map<String, String> IMAGES = Map.of(
            "acme/P-100", "https://img.example.test/p-100.png?size=large&v=2",
            "acme/P-300", "javascript:alert(1)");
    /** Names the fake knows for UNSPSC segments and families (others are answered as their code). */
    static final Map<String, String> UNSPSC_NAMES = Map.of("27", "Tools and General Machinery", "2711", "Hand tools",
            "46", "Defense and Law Enforcement and Security and Safety Equipment and Supplies");

    /** HTTP status every call answers with (0 = normal answers). */
    public static volatile int failWithStatus;
    /** Delay before each answer, to trigger the client's timeout. */
    public static volatile long delayMillis;
    /** HTTP status the facets endpoint alone answers with (0 = normal answers). */
    public static volatile int facetsFailWithStatus;
    public static final AtomicInteger CALLS = new AtomicInteger();
    /** Most matches a search counts, as catalog-service's search-max-matches (0 = every match). */
    public static volatile int maxMatches;
    /** Runs once while the next price quote is being answered (e.g. the buyer changing the cart in another tab). */
    public static final java.util.concurrent.atomic.AtomicReference<Runnable> DURING_NEXT_QUOTE =
            new java.util.concurrent.atomic.AtomicReference<>();

    private FakeCatalog() {
    }

    private static void add(Part part) {
        PARTS.put(part.buyer() + "/" + part.supplierPartId(), part);
    }

    /** Changes a part's list price (as an admin would in catalog-service); answers the part as it was. */
    public static Part changeListPrice(String buyer, String partId, BigDecimal listPrice) {
        Part before = PARTS.get(buyer + "/" + partId);
        PARTS.put(buyer + "/" + partId, before.withListPrice(listPrice));
        return before;
    }

    public static void restore(Part part) {
        PARTS.put(part.buyer() + "/" + part.supplierPartId(), part);
    }

    public static List<Part> visibleTo(String buyer) {
        return List.copyOf(PARTS.values()).stream().filter(p -> p.buyer().equals(buyer)).toList();
    }

    public static void heal() {
        failWithStatus = 0;
        delayMillis = 0;
        facetsFailWithStatus = 0;
        maxMatches = 0;
        DURING_NEXT_QUOTE.set(null);
    }

    /**
     * Where every test starts (and ends) when it talks to the catalog: the fake answers normally again, every circuit
     * breaker of the application is closed and the fallback cache of recent answers is empty. For {@code @QuarkusTest}s
     * (it looks the beans up in the running application).
     */
    public static void healthy() {
        heal();
        Arc.container().instance(CircuitBreakerMaintenance.class).get().resetAll();
        Arc.container().instance(CatalogClient.class).get().forgetRecentAnswers();
    }
}
