package io.procurewire.catalog.pricing;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Request body of POST /api/contracts and PUT /api/contracts/{code}. assortment null means ALL. */
@RegisterForReflection
public record ContractData(String code, String buyerCode, String name, String currency, LocalDate effectiveFrom,
                           LocalDate effectiveTo, BigDecimal defaultDiscountPercent, ContractTerms.Assortment assortment) {
}
