package io.procurewire.invoice.matching;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome for one invoice line. {@code consumed} is what the line takes from its PO line (negative for a quantity
 * credit), stored so that later invoices see it as a {@link PriorBilling}; amounts are in the invoice currency.
 */
public record LineResult(int invoiceLine, LineKind kind, String poNumber, Integer poLineNumber, BigDecimal consumed,
                         BigDecimal unitPrice, List<Allocation> allocations, BigDecimal expectedAmount,
                         BigDecimal actualAmount) {
}
