package io.procurewire.punchout.cart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Amounts in a currency's minor units (ISO 4217 exponent: 2 for USD/EUR, 0 for JPY/KRW, 3 for BHD/KWD/JOD/OMR/TND).
 * Line amounts are rounded half-up per line and a total is the sum of the rounded lines, so the shop and the
 * PunchOutOrderMessage show the same numbers and the buyer's requisition adds up. Unit prices keep the precision the
 * catalog quoted (sub-cent unit prices exist), written with at least the currency's minor units.
 */
public final class MinorUnits {

    /** For codes java.util.Currency does not know (or without minor units, such as XAU): cents. */
    private static final int FALLBACK_DIGITS = 2;

    private MinorUnits() {
    }

    public static int digits(String currency) {
        if (currency == null) {
            return FALLBACK_DIGITS;
        }
        try {
            int digits = Currency.getInstance(currency.trim().toUpperCase(java.util.Locale.ROOT)).getDefaultFractionDigits();
            return digits < 0 ? FALLBACK_DIGITS : digits;
        } catch (IllegalArgumentException unknownCode) {
            return FALLBACK_DIGITS;
        }
    }

    /** An amount rounded half-up to the currency's minor units, with exactly that many decimals. */
    public static BigDecimal round(BigDecimal amount, String currency) {
        return amount.setScale(digits(currency), RoundingMode.HALF_UP);
    }

    /** quantity × unit price, rounded to the currency's minor units. */
    public static BigDecimal lineAmount(BigDecimal unitPrice, BigDecimal quantity, String currency) {
        return round(unitPrice.multiply(quantity), currency);
    }

    /** A unit price as quoted, without trailing zeros beyond the currency's minor units (99.5000 USD → 99.50). */
    public static BigDecimal unitPrice(BigDecimal price, String currency) {
        BigDecimal stripped = price.stripTrailingZeros();
        int digits = digits(currency);
        return stripped.scale() < digits ? stripped.setScale(digits, RoundingMode.UNNECESSARY) : stripped;
    }
}
