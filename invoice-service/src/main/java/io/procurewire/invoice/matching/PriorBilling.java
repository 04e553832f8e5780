package io.procurewire.invoice.matching;

import java.math.BigDecimal;

/**
 * What an earlier invoice (received before this one and not rejected) billed against a PO line: {@code consumed}
 * is the quantity it took from the line (negative for a quantity credit, zero for a price credit), {@code unitPrice}
 * the price it billed. Matching results produce these for the invoices after them.
 */
public record PriorBilling(String invoiceNumber, String poNumber, int poLineNumber, BigDecimal consumed,
                           BigDecimal unitPrice) {
}
