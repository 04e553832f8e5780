package io.procurewire.invoice.matching;

import java.math.BigDecimal;
import java.time.Instant;

/** A goods receipt against one PO line; a negative quantity is a return to the supplier. */
public record Receipt(String receiptId, String poNumber, int poLineNumber, BigDecimal quantity, Instant receivedAt) {
}
