package io.procurewire.invoice.matching;

import java.math.BigDecimal;

/**
 * A shipping, handling, misc charge or a discount, at header level ({@code invoiceLine} null) or on a line.
 * {@code amount} is a magnitude: a discount of 5.00 is {@code DISCOUNT, 5.00}.
 */
public record Charge(ChargeKind kind, BigDecimal amount, String description, Integer invoiceLine) {

    public Charge {
        if (kind == null || amount == null) {
            throw new IllegalArgumentException("a charge needs a kind and an amount");
        }
        amount = amount.abs();
    }

    public static Charge header(ChargeKind kind, String amount) {
        return new Charge(kind, new BigDecimal(amount), null, null);
    }
}
