package io.procurewire.catalog.search;

import io.procurewire.catalog.Money;
import io.procurewire.catalog.pricing.ContractTerms;
import io.procurewire.catalog.pricing.LineTerms;
import io.procurewire.catalog.pricing.PriceResolver;
import io.procurewire.catalog.pricing.ProductPrice;
import io.procurewire.catalog.pricing.ResolvedPrice;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A product row with the buyer's contract line (if any), as read in one query; prices itself on demand. */
public record BuyerItem(long productId, String supplierPartId, String ownAuxiliaryId, String name, String description,
                        String manufacturerName, String manufacturerPartId, String unspsc, String unitOfMeasure,
                        Integer leadTimeDays, String imageUrl, ProductPrice productPrice, LineTerms line) {

    /** Prefix of the auxiliary ID derived from a contract, for products without an auxiliary ID of their own. */
    public static final String CONTRACT_AUX_PREFIX = "contract:";

    /**
     * What the buyer's system echoes back: the product's own auxiliary ID, else {@code contract:<contractCode>}
     * when a contract governs the buyer's view, else null.
     */
    public String auxiliaryIdFor(ContractTerms contract) {
        if (!ownAuxiliaryId.isEmpty()) {
            return ownAuxiliaryId;
        }
        return contract == null ? null : CONTRACT_AUX_PREFIX + contract.code();
    }

    public ResolvedPrice price(ContractTerms contract, BigDecimal quantity, LocalDate date) {
        return PriceResolver.resolve(productPrice, contract, line, quantity, date);
    }

    public CatalogItem toCatalogItem(ContractTerms contract, LocalDate date) {
        ResolvedPrice price = price(contract, BigDecimal.ONE, date);
        return new CatalogItem(supplierPartId, auxiliaryIdFor(contract), name, description, manufacturerName,
                manufacturerPartId, unspsc, unitOfMeasure, leadTimeDays, imageUrl,
                Money.of(productPrice.listPrice(), productPrice.currency()), price.unitPrice(), price.source(),
                contract == null ? null : contract.code(), price.priceVersion(), productPrice.active(), price.reason(),
                tiersInForce(contract, price, date), null);
    }

    /** The tiers a buyer can reach on the date: a fixed price beats tiers, and an unpriceable item has none. */
    private java.util.List<io.procurewire.catalog.pricing.Tier> tiersInForce(ContractTerms contract, ResolvedPrice price,
                                                                             LocalDate date) {
        if (contract == null || line == null || price.unitPrice() == null || line.fixedPrice() != null
                || !line.validOn(date)) {
            return java.util.List.of();
        }
        return line.tiers();
    }
}
