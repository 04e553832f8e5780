package io.procurewire.catalog.search;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.procurewire.catalog.Money;
import io.procurewire.catalog.pricing.PriceSource;
import io.procurewire.catalog.pricing.Tier;

import java.util.List;

/**
 * A product as one buyer sees it (agreed shape with punchout-service). Amounts are JSON numbers written from
 * BigDecimal. {@code price}/{@code priceSource}/{@code priceVersion} are null when the product cannot be priced for
 * the buyer; {@code unavailableReason} then says why (an addition to the agreed shape). {@code quantityTiers}: the
 * contract line's quantity tiers in force on the date (empty when a fixed price or no tier applies), so that a shop can
 * show "from 50: 7.25" before the buyer picks a quantity.
 */
@RegisterForReflection
public record CatalogItem(String supplierPartId, String supplierPartAuxiliaryId, String name, String description,
                          String manufacturerName, String manufacturerPartId, String unspsc, String unitOfMeasure,
                          Integer leadTimeDays, String imageUrl, Money listPrice, Money price, PriceSource priceSource,
                          String contractCode, Long priceVersion, boolean active, String unavailableReason,
                          List<Tier> quantityTiers) {
}
