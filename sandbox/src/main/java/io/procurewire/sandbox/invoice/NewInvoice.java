package io.procurewire.sandbox.invoice;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** An invoice as it arrives, from cXML or the API, before it is stored. */
public record NewInvoice(long supplierId, String invoiceNumber, OffsetDateTime invoiceDate, String currency,
                         BigDecimal total, String source, String payloadId, List<Line> lines) {

    public record Line(int lineNum, String description, BigDecimal quantity, BigDecimal price, BigDecimal total,
                       String uom, String poNumber, Integer orderLineNum, String supplierPartNum) {
    }
}
