package io.procurewire.catalog.search;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.procurewire.catalog.Money;
import io.procurewire.catalog.pricing.PriceSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The answer of POST /api/prices/quote: one entry per requested line, in request order. */
@RegisterForReflection
public record Quote(String buyerCode, String currency, Instant quotedAt, List<Line> lines) {

    @RegisterForReflection
    public record Line(String supplierPartId, String supplierPartAuxiliaryId, BigDecimal quantity, boolean available,
                       String reason, Money unitPrice, Money listPrice, PriceSource priceSource, String contractCode,
                       Long priceVersion, String name, String description, String unitOfMeasure, String unspsc,
                       String manufacturerName, String manufacturerPartId, Integer leadTimeDays) {
    }
}
