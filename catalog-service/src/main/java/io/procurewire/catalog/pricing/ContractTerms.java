package io.procurewire.catalog.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the price resolution needs of a contract. */
public record ContractTerms(long id, String code, String buyerCode, String currency, LocalDate effectiveFrom,
                            LocalDate effectiveTo, BigDecimal defaultDiscountPercent, Assortment assortment,
                            long priceVersion) {

    public enum Assortment {
        /** the whole active catalog is visible to the buyer */
        ALL,
        /** only products with a line in the contract are visible */
        CONTRACT_LINES
    }

    public boolean effectiveOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
