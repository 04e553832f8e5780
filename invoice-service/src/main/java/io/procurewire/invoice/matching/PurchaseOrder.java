package io.procurewire.invoice.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** PO data as the matching needs it, whichever system it came from. */
public record PurchaseOrder(String poNumber, String buyer, String supplier, String currency, LocalDate orderDate,
                            List<Line> lines) {

    public PurchaseOrder {
        lines = List.copyOf(lines);
    }

    /** @param taxRate expected tax in percent (e.g. 8.25), null when the PO does not say */
    public record Line(int lineNumber, BigDecimal quantity, BigDecimal unitPrice, String uom, String commodity,
                       BigDecimal taxRate) {
    }

    public Line line(int lineNumber) {
        for (Line line : lines) {
            if (line.lineNumber() == lineNumber) {
                return line;
            }
        }
        return null;
    }
}
