package io.procurewire.invoice.matching;

import java.math.BigDecimal;

/**
 * One tolerance: a percentage of a base, an absolute amount, or both. With both, the smaller allowance applies
 * (a variance must stay within each limit that is set); with neither, the measure is not checked.
 * Exactly at the allowance passes; anything above it breaches.
 */
public record Limit(BigDecimal percent, BigDecimal amount) {

    /** Not checked. */
    public static final Limit UNLIMITED = new Limit(null, null);
    /** No variance accepted at all. */
    public static final Limit EXACT = new Limit(null, BigDecimal.ZERO);

    public Limit {
        if ((percent != null && percent.signum() < 0) || (amount != null && amount.signum() < 0)) {
            throw new IllegalArgumentException("tolerances are not negative");
        }
    }

    public static Limit percent(String percent) {
        return new Limit(new BigDecimal(percent), null);
    }

    public static Limit amount(String amount) {
        return new Limit(null, new BigDecimal(amount));
    }

    public static Limit of(String percent, String amount) {
        return new Limit(new BigDecimal(percent), new BigDecimal(amount));
    }

    public boolean checked() {
        return percent != null || amount != null;
    }

    /** The accepted variance for this base ({@code |base| × percent / 100}, capped by the amount); null = unlimited. */
    public BigDecimal allowance(BigDecimal base) {
        BigDecimal byPercent = percent == null ? null : base.abs().multiply(percent).movePointLeft(2);
        if (byPercent == null) {
            return amount;
        }
        return amount == null ? byPercent : byPercent.min(amount);
    }
}
