package io.procurewire.punchout.cart;

import java.math.BigDecimal;

/** A cart line's unit price as the buyer last saw it and as catalog-service quotes it now. */
public record PriceChange(String supplierPartId, String supplierPartAuxiliaryId, String name, BigDecimal before,
                          BigDecimal now, String currency) {

    /** "Torque wrench 5-50 Nm (P-100): 99.50 USD → 89.50 USD" */
    public String text() {
        return name + " (" + supplierPartId + (supplierPartAuxiliaryId == null ? "" : " / " + supplierPartAuxiliaryId)
                + "): " + Amounts.money(before, currency) + " \u2192 " + Amounts.money(now, currency);
    }
}
