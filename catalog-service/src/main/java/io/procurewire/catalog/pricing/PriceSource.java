package io.procurewire.catalog.pricing;

/** Where a buyer's price came from, in precedence order (first applicable wins, LIST last). */
public enum PriceSource {
    CONTRACT_FIXED, CONTRACT_TIER, CONTRACT_DISCOUNT, LIST
}
