package io.procurewire.catalog.product;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A product as the admin API and the importers give it: the request body of POST/PUT /api/products and one
 * parsed row of a CSV or CIF file. {@code active} null means true.
 */
@RegisterForReflection
public record ProductData(String supplierPartId, String supplierPartAuxiliaryId, String name, String description,
                          String manufacturerName, String manufacturerPartId, String unspsc, String unitOfMeasure,
                          BigDecimal listPrice, String currency, Integer leadTimeDays, String imageUrl,
                          Map<String, String> attributes, Boolean active) {

    public ProductKey key() {
        return new ProductKey(supplierPartId, supplierPartAuxiliaryId);
    }

    public boolean isActive() {
        return active == null || active;
    }
}
