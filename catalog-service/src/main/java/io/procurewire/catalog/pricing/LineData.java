package io.procurewire.catalog.pricing;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request body of PUT /api/contracts/{code}/lines/{supplierPartId}: at least one of the three price terms. */
@RegisterForReflection
public record LineData(BigDecimal fixedPrice, BigDecimal discountPercent, List<Tier> tiers, LocalDate validFrom,
                       LocalDate validTo) {
}
