package io.procurewire.punchout.cart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How amounts and quantities are shown on pages (never how they are computed). */
public final class Amounts {

    private Amounts() {
    }

    public static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        BigDecimal shown = amount.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY) : amount.stripTrailingZeros();
        if (shown.scale() < 2) {
            shown = shown.setScale(2, RoundingMode.UNNECESSARY);
        }
        return shown.toPlainString() + (currency == null ? "" : " " + currency);
    }

    public static String quantity(BigDecimal quantity) {
        return quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
    }
}
