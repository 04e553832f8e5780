package io.procurewire.invoice.matching;

import java.math.BigDecimal;

/** The part of a receipt an invoice line consumed (first in, first out). */
public record Allocation(String receiptId, BigDecimal quantity) {
}
