package io.procurewire.catalog.pricing;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A contract as the API shows it; lines only on the single-contract read. */
@RegisterForReflection
public record ContractView(String code, String buyerCode, String name, String currency, LocalDate effectiveFrom,
                           LocalDate effectiveTo, BigDecimal defaultDiscountPercent, ContractTerms.Assortment assortment,
                           long priceVersion, List<LineView> lines) {

    public static ContractView of(Contract c, List<LineView> lines) {
        return new ContractView(c.code, c.buyerCode, c.name, c.currency, c.effectiveFrom, c.effectiveTo,
                c.defaultDiscountPercent, c.assortment, c.priceVersion, lines);
    }

    @RegisterForReflection
    public record LineView(String supplierPartId, String supplierPartAuxiliaryId, BigDecimal fixedPrice,
                           BigDecimal discountPercent, List<Tier> tiers, LocalDate validFrom, LocalDate validTo,
                           long priceVersion) {

        public static LineView of(ContractLine l) {
            String aux = l.product.supplierPartAuxiliaryId;
            return new LineView(l.product.supplierPartId, aux.isEmpty() ? null : aux, l.fixedPrice, l.discountPercent,
                    l.tiers, l.validFrom, l.validTo, l.priceVersion);
        }
    }
}
