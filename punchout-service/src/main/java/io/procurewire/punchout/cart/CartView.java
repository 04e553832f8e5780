package io.procurewire.punchout.cart;

import java.math.BigDecimal;
import java.util.List;

/** A cart as the pages show it. */
public record CartView(List<Line> lines, BigDecimal total, String currency, boolean possiblyStale) {

    public record Line(long id, String supplierPartId, String supplierPartAuxiliaryId, String name, String quantity,
                       String unitOfMeasure, String unitPrice, String extendedPrice, Integer leadTimeDays,
                       String priceSource, boolean possiblyStale) {
    }

    public int count() {
        return lines.size();
    }

    public boolean empty() {
        return lines.isEmpty();
    }

    public String totalText() {
        return Amounts.money(total, currency);
    }

    public static CartView of(Cart cart, String defaultCurrency) {
        List<Line> lines = cart == null ? List.of() : cart.lines.stream().map(l -> new Line(l.id, l.supplierPartId,
                l.auxiliaryIdOrNull(), l.name, Amounts.quantity(l.quantity), l.unitOfMeasure,
                Amounts.money(l.unitPrice, l.currency), Amounts.money(l.extendedPrice(), l.currency), l.leadTimeDays,
                l.priceSource, l.pricePossiblyStale)).toList();
        BigDecimal total = cart == null ? BigDecimal.ZERO
                : cart.lines.stream().map(CartLine::extendedPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
        String currency = cart == null || cart.lines.isEmpty() ? defaultCurrency : cart.lines.get(0).currency;
        boolean stale = cart != null && cart.lines.stream().anyMatch(l -> l.pricePossiblyStale);
        return new CartView(lines, total, currency, stale);
    }
}
