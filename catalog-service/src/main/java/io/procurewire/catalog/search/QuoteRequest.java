package io.procurewire.catalog.search;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** POST /api/prices/quote: a whole cart priced for a buyer on a date (today, UTC, when absent). */
@RegisterForReflection
public record QuoteRequest(String buyerCode, String contractCode, LocalDate date, List<Line> lines) {

    @RegisterForReflection
    public record Line(String supplierPartId, String supplierPartAuxiliaryId, BigDecimal quantity) {
    }
}
