package io.procurewire.catalog.product;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.procurewire.catalog.Money;

import java.time.Instant;
import java.util.Map;

/** A product as the admin API shows it (list price, no buyer view). */
@RegisterForReflection
public record ProductView(String supplierPartId, String supplierPartAuxiliaryId, String name, String description,
                          String manufacturerName, String manufacturerPartId, String unspsc, String unitOfMeasure,
                          Money listPrice, Integer leadTimeDays, String imageUrl, Map<String, String> attributes,
                          boolean active, long priceVersion, Instant updatedAt) {

    public static ProductView of(Product p) {
        return new ProductView(p.supplierPartId, p.supplierPartAuxiliaryId.isEmpty() ? null : p.supplierPartAuxiliaryId,
                p.name, p.description, p.manufacturerName, p.manufacturerPartId, p.unspsc, p.unitOfMeasure,
                Money.of(p.listPrice, p.currency), p.leadTimeDays, p.imageUrl, p.attributes, p.active, p.priceVersion,
                p.updatedAt);
    }
}
