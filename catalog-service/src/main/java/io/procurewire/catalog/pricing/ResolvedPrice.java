package io.procurewire.catalog.pricing;

import io.procurewire.catalog.Money;

/** The outcome of resolving one (buyer, product, quantity, date): a price, or why there is none. */
public record ResolvedPrice(boolean available, String reason, Money unitPrice, PriceSource source,
                            String contractCode, Long priceVersion) {

    static ResolvedPrice priced(Money unitPrice, PriceSource source, String contractCode, long priceVersion) {
        return new ResolvedPrice(true, null, unitPrice, source, contractCode, priceVersion);
    }

    static ResolvedPrice unavailable(String reason, String contractCode) {
        return new ResolvedPrice(false, reason, null, null, contractCode, null);
    }
}
