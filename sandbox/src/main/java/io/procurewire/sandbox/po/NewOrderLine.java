package io.procurewire.sandbox.po;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A line as a requisition or an admin call asks for it, before it belongs to a PO. */
public record NewOrderLine(String description, BigDecimal quantity, BigDecimal price, String uom, String supplierPartNum,
                           String supplierAuxPartNum, String commodity, LocalDate needByDate, String accountCode) {

    public NewOrderLine {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a line needs a description");
        }
        if (quantity == null || quantity.signum() <= 0) {
            throw new IllegalArgumentException("a line needs a positive quantity");
        }
        if (price == null || price.signum() < 0) {
            throw new IllegalArgumentException("a line needs a price of zero or more");
        }
        if (uom == null || uom.isBlank()) {
            throw new IllegalArgumentException("a line needs a unit of measure");
        }
    }
}
