package io.procurewire.catalog.pricing;

import java.math.BigDecimal;

/** A product's list price, its currency and the price version that set it. */
public record ProductPrice(BigDecimal listPrice, String currency, long priceVersion, boolean active) {
}
