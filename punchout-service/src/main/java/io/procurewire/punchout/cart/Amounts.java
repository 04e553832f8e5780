package io.procurewire.punchout.cart;

import java.math.BigDecimal;

/** How amounts and quantities are shown on pages; the numbers themselves come from {@link MinorUnits}. */
public final class Amounts {

    private Amounts() {
    }

    /** A unit price: as quoted, with at least the currency's minor units. */
    public static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        return MinorUnits.unitPrice(amount, currency).toPlainString() + (currency == null ? "" : " " + currency);
    }

    /** A line amount or total, already rounded to minor units: shown with exactly the currency's decimals. */
    public static String amount(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        return MinorUnits.round(amount, currency).toPlainString() + (currency == null ? "" : " " + currency);
    }

    public static String quantity(BigDecimal quantity) {
        return quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
    }
}
