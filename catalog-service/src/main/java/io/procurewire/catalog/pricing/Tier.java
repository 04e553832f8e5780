package io.procurewire.catalog.pricing;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;

/** A quantity break: from {@code minQuantity} units on, each unit costs {@code unitPrice} (contract currency). */
@RegisterForReflection
public record Tier(BigDecimal minQuantity, BigDecimal unitPrice) {
}
