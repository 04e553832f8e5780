package io.procurewire.catalog.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A contract's price-list line for one product. Any of fixed price, tiers, percent off may be set. */
public record LineTerms(BigDecimal fixedPrice, BigDecimal discountPercent, List<Tier> tiers, LocalDate validFrom,
                        LocalDate validTo, long priceVersion) {

    public LineTerms {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
