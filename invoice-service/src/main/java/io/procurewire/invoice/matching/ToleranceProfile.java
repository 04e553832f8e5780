package io.procurewire.invoice.matching;

import java.math.BigDecimal;

/**
 * The buyer's matching rules for a scope (buyer × supplier × commodity; a null part matches any). Percent limits are
 * of the PO value named in the README (unit price, ordered or received quantity, expected amounts, goods subtotal).
 *
 * @param taxRatePoints  accepted difference of the tax rate in percentage points (null: rate not compared)
 * @param writeOff       a positive invoice total variance up to this amount is written off: price, line total and
 *                       invoice total breaches are then waived (SAP's small differences)
 * @param backdatingDays how many days before the PO date an invoice may be dated
 */
public record ToleranceProfile(
        String buyer, String supplier, String commodity,
        Limit priceOver, Limit priceUnder,
        Limit quantityOverOrdered, Limit quantityOverReceived,
        Limit lineTotalOver, Limit invoiceTotalOver,
        BigDecimal taxRatePoints, Limit taxAmount,
        ExtraRule shipping, ExtraRule handling, ExtraRule misc, ExtraRule discount,
        BigDecimal writeOff,
        boolean uomMustMatch, boolean currencyMustMatch,
        int backdatingDays) {

    public ToleranceProfile {
        priceOver = orUnlimited(priceOver);
        priceUnder = orUnlimited(priceUnder);
        quantityOverOrdered = orUnlimited(quantityOverOrdered);
        quantityOverReceived = orUnlimited(quantityOverReceived);
        lineTotalOver = orUnlimited(lineTotalOver);
        invoiceTotalOver = orUnlimited(invoiceTotalOver);
        taxAmount = orUnlimited(taxAmount);
        shipping = shipping == null ? ExtraRule.ANY : shipping;
        handling = handling == null ? ExtraRule.ANY : handling;
        misc = misc == null ? ExtraRule.ANY : misc;
        discount = discount == null ? ExtraRule.ANY : discount;
        writeOff = writeOff == null ? BigDecimal.ZERO : writeOff;
        if (writeOff.signum() < 0 || backdatingDays < 0) {
            throw new IllegalArgumentException("write-off and backdating days are not negative");
        }
    }

    private static Limit orUnlimited(Limit limit) {
        return limit == null ? Limit.UNLIMITED : limit;
    }

    /**
     * The strict default when a buyer configured nothing: exact price and quantities (nothing billed beyond what was
     * ordered and received), exact tax, no extras, discounts allowed, no write-off, UoM and currency must match,
     * no backdating. Line and invoice totals are not checked by default: with exact prices and quantities they only
     * repeat the price breach; a buyer who wants amount-based limits sets them.
     */
    public static ToleranceProfile strict() {
        return new Builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.buyer = buyer;
        b.supplier = supplier;
        b.commodity = commodity;
        b.priceOver = priceOver;
        b.priceUnder = priceUnder;
        b.quantityOverOrdered = quantityOverOrdered;
        b.quantityOverReceived = quantityOverReceived;
        b.lineTotalOver = lineTotalOver;
        b.invoiceTotalOver = invoiceTotalOver;
        b.taxRatePoints = taxRatePoints;
        b.taxAmount = taxAmount;
        b.shipping = shipping;
        b.handling = handling;
        b.misc = misc;
        b.discount = discount;
        b.writeOff = writeOff;
        b.uomMustMatch = uomMustMatch;
        b.currencyMustMatch = currencyMustMatch;
        b.backdatingDays = backdatingDays;
        return b;
    }

    /** Defaults are {@link #strict()}'s. */
    public static final class Builder {
        private String buyer;
        private String supplier;
        private String commodity;
        private Limit priceOver = Limit.EXACT;
        private Limit priceUnder = Limit.UNLIMITED;
        private Limit quantityOverOrdered = Limit.EXACT;
        private Limit quantityOverReceived = Limit.EXACT;
        private Limit lineTotalOver = Limit.UNLIMITED;
        private Limit invoiceTotalOver = Limit.UNLIMITED;
        private BigDecimal taxRatePoints = BigDecimal.ZERO;
        private Limit taxAmount = Limit.EXACT;
        private ExtraRule shipping = ExtraRule.FORBIDDEN;
        private ExtraRule handling = ExtraRule.FORBIDDEN;
        private ExtraRule misc = ExtraRule.FORBIDDEN;
        private ExtraRule discount = ExtraRule.ANY;
        private BigDecimal writeOff = BigDecimal.ZERO;
        private boolean uomMustMatch = true;
        private boolean currencyMustMatch = true;
        private int backdatingDays;

        public Builder scope(String buyer, String supplier, String commodity) {
            this.buyer = buyer;
            this.supplier = supplier;
            this.commodity = commodity;
            return this;
        }

        public Builder priceOver(Limit limit) { this.priceOver = limit; return this; }
        public Builder priceUnder(Limit limit) { this.priceUnder = limit; return this; }
        public Builder quantityOverOrdered(Limit limit) { this.quantityOverOrdered = limit; return this; }
        public Builder quantityOverReceived(Limit limit) { this.quantityOverReceived = limit; return this; }
        public Builder lineTotalOver(Limit limit) { this.lineTotalOver = limit; return this; }
        public Builder invoiceTotalOver(Limit limit) { this.invoiceTotalOver = limit; return this; }
        public Builder taxRatePoints(String points) { this.taxRatePoints = points == null ? null : new BigDecimal(points); return this; }
        public Builder taxAmount(Limit limit) { this.taxAmount = limit; return this; }
        public Builder shipping(ExtraRule rule) { this.shipping = rule; return this; }
        public Builder handling(ExtraRule rule) { this.handling = rule; return this; }
        public Builder misc(ExtraRule rule) { this.misc = rule; return this; }
        public Builder discount(ExtraRule rule) { this.discount = rule; return this; }
        public Builder writeOff(String amount) { this.writeOff = new BigDecimal(amount); return this; }
        public Builder uomMustMatch(boolean must) { this.uomMustMatch = must; return this; }
        public Builder currencyMustMatch(boolean must) { this.currencyMustMatch = must; return this; }
        public Builder backdatingDays(int days) { this.backdatingDays = days; return this; }

        public ToleranceProfile build() {
            return new ToleranceProfile(buyer, supplier, commodity, priceOver, priceUnder, quantityOverOrdered,
                    quantityOverReceived, lineTotalOver, invoiceTotalOver, taxRatePoints, taxAmount, shipping,
                    handling, misc, discount, writeOff, uomMustMatch, currencyMustMatch, backdatingDays);
        }
    }
}
