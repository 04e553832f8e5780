package io.procurewire.catalog.product;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.procurewire.catalog.pricing.PriceHistory;

import java.time.Instant;
import java.util.Map;

/** A price_history row as the API shows it. */
@RegisterForReflection
public record PriceHistoryView(long priceVersion, String subject, String contractCode, String supplierPartId,
                               String supplierPartAuxiliaryId, Map<String, Object> snapshot, Instant changedAt,
                               String changedBy) {

    public static PriceHistoryView of(PriceHistory h) {
        return new PriceHistoryView(h.priceVersion, h.subject, h.contractCode, h.supplierPartId,
                h.supplierPartAuxiliaryId == null || h.supplierPartAuxiliaryId.isEmpty() ? null : h.supplierPartAuxiliaryId,
                h.snapshot, h.changedAt, h.changedBy);
    }
}
