package io.procurewire.catalog.search;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.procurewire.catalog.Money;
import io.procurewire.catalog.pricing.PriceSource;
import io.procurewire.catalog.pricing.Tier;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * A product as one buyer sees it (agreed shape with punchout-service). Amounts are JSON numbers written from
 * BigDecimal. {@code price}/{@code priceSource}/{@code priceVersion} are null when the product cannot be priced for
 * the buyer; {@code unavailableReason} then says why (an addition to the agreed shape). {@code quantityTiers}: the
 * contract line's quantity tiers in force on the date (empty when a fixed price or no tier applies), so that a shop can
 * show "from 50: 7.25" before the buyer picks a quantity. {@code attributes} (key/value, e.g. colour, size,
 * pack contents): only in item reads, absent elsewhere.
 */
@RegisterForReflection
public record CatalogItem(String supplierPartId, String supplierPartAuxiliaryId, String name, String description,
                          String manufacturerName, String manufacturerPartId, String unspsc, String unitOfMeasure,
                          Integer leadTimeDays, String imageUrl, Money listPrice, Money price, PriceSource priceSource,
                          String contractCode, Long priceVersion, boolean active, String unavailableReason,
                          List<Tier> quantityTiers,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> attributes) {

    /** The same item with its attributes (item reads carry them; search results, exports and sync do not). */
    public CatalogItem withAttributes(Map<String, String> attributes) {
        return new CatalogItem(supplierPartId, supplierPartAuxiliaryId, name, description, manufacturerName,
                manufacturerPartId, unspsc, unitOfMeasure, leadTimeDays, imageUrl, listPrice, price, priceSource,
                contractCode, priceVersion, active, unavailableReason, quantityTiers, attributes);
    }
}
