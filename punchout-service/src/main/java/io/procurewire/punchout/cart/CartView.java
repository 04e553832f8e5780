package io.procurewire.punchout.cart;

import java.math.BigDecimal;
import java.util.List;

/**
 * A cart as the pages show it. The total is the sum of the lines' rounded amounts; {@code priceChanges} tells the
 * buyer which prices changed since they last saw the cart.
 */
public record CartView(List<Line> lines, BigDecimal total, String currency, boolean possiblyStale,
                       List<PriceChange> priceChanges) {

    public record Line(long id, String supplierPartId, String supplierPartAuxiliaryId, String name, String quantity,
                       String unitOfMeasure, String unitPrice, String extendedPrice, Integer leadTimeDays,
                       String priceSource, boolean possiblyStale) {
    /**
         * The auxiliary ID a buyer may see: a real one of the product, not the {@code contract:<code>} the catalog uses to
         * carry the contract through the buyer's system (an internal identifier).
         */
        public String shownAuxiliaryId() {
            return supplierPartAuxiliaryId == null || supplierPartAuxiliaryId.startsWith("contract:") ? null
                    : supplierPartAuxiliaryId;
        }

        /** The quantity field's {@code step}: whole numbers for counted units, decimals otherwise. */
        public String quantityStep() {
            return InvalidQuantity.counted(unitOfMeasure) ? "1" : "any";
        }

    }

    public int count() {
        return lines.size();
    }

    public boolean empty() {
        return lines.isEmpty();
    }

    public String totalText() {
        return Amounts.amount(total, currency);
    }

    public boolean pricesChanged() {
        return !priceChanges.isEmpty();
    }

    public static CartView of(Cart cart, String defaultCurrency) {
        return of(cart, defaultCurrency, List.of());
    }

    public static CartView of(Cart cart, String defaultCurrency, List<PriceChange> priceChanges) {
        List<Line> lines = cart == null ? List.of() : cart.lines.stream().map(l -> new Line(l.id, l.supplierPartId,
                l.auxiliaryIdOrNull(), l.name, Amounts.quantity(l.quantity), l.unitOfMeasure,
                Amounts.money(l.unitPrice, l.currency), Amounts.amount(l.extendedPrice(), l.currency), l.leadTimeDays,
                l.priceSource, l.pricePossiblyStale)).toList();
        String currency = cart == null || cart.lines.isEmpty() ? defaultCurrency : cart.lines.get(0).currency;
        BigDecimal total = cart == null ? MinorUnits.round(BigDecimal.ZERO, currency)
                : cart.lines.stream().map(CartLine::extendedPrice)
                .reduce(MinorUnits.round(BigDecimal.ZERO, currency), BigDecimal::add);
        boolean stale = cart != null && cart.lines.stream().anyMatch(l -> l.pricePossiblyStale);
        return new CartView(lines, total, currency, stale, List.copyOf(priceChanges));
    }
}
