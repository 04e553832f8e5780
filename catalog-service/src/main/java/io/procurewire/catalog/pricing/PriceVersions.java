package io.procurewire.catalog.pricing;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;

/** Hands out price versions and writes the history row for each, inside the caller's transaction. */
@ApplicationScoped
public class PriceVersions {

    public long next() {
        return ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT nextval('price_version_seq')").getSingleResult()).longValue();
    }

    public void record(long version, String subject, Long productId, Long contractId, String contractCode,
                       String supplierPartId, String auxiliaryId, Map<String, Object> snapshot, String changedBy) {
        PriceHistory history = new PriceHistory();
        history.priceVersion = version;
        history.subject = subject;
        history.productId = productId;
        history.contractId = contractId;
        history.contractCode = contractCode;
        history.supplierPartId = supplierPartId;
        history.supplierPartAuxiliaryId = auxiliaryId;
        history.snapshot = snapshot;
        history.changedAt = Instant.now();
        history.changedBy = changedBy;
        history.persist();
    }
}
