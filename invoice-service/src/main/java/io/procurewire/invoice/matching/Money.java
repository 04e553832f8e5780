package io.procurewire.invoice.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rounding of money to the minor unit of its ISO 4217 currency: JPY and KRW have none, USD and EUR two, KWD, BHD and
 * JOD three. Amounts are rounded half-up (commercial rounding, as invoices print them); unit prices are not rounded,
 * since price lists carry more decimals than the currency.
 */
public final class Money {

    private static final ConcurrentHashMap<String, Integer> DIGITS = new ConcurrentHashMap<>();

    private Money() {
    }

    /** Decimals of the currency's minor unit; an unknown or fund code (no minor unit defined) counts as 2. */
    public static int minorDigits(String currency) {
        Integer known = DIGITS.get(currency);
        if (known != null) {
            return known;
        }
        int digits;
        try {
            digits = Currency.getInstance(currency).getDefaultFractionDigits();
        } catch (IllegalArgumentException | NullPointerException e) {
            digits = 2;
        }
        if (digits < 0) {
            digits = 2;
        }
        if (currency != null) {
            DIGITS.put(currency, digits);
        }
        return digits;
    }

    /** Whether the code is an ISO 4217 currency this JVM knows. */
    public static boolean isKnownCurrency(String currency) {
        try {
            Currency.getInstance(currency);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    public static BigDecimal round(BigDecimal amount, String currency) {
        return amount.setScale(minorDigits(currency), RoundingMode.HALF_UP);
    }

    /** One minor unit of the currency: 0.01 USD, 1 JPY, 0.001 KWD. */
    public static BigDecimal minorUnit(String currency) {
        return BigDecimal.ONE.scaleByPowerOfTen(-minorDigits(currency));
    }

    public static BigDecimal zero(String currency) {
        return BigDecimal.ZERO.setScale(minorDigits(currency));
    }
}
