package io.procurewire.catalog;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;

/**
 * An amount with its ISO 4217 currency. Serialized as a JSON number written from the BigDecimal (never a double),
 * with at least two decimals: {@code {"amount":12.50,"currency":"USD"}}.
 */
@RegisterForReflection
public record Money(BigDecimal amount, String currency) {

    public static Money of(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(normalize(amount), currency);
    }

    /** 12.5000 (numeric(19,4) from the database) -> 12.50; 0.0125 stays 0.0125. */
    public static BigDecimal normalize(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }
}
