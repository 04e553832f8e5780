package io.procurewire.invoice.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice or credit note as matching sees it.
 *
 * @param originalInvoiceNumber the invoice a credit note corrects (required for credit notes)
 * @param headerTax  tax stated for the whole invoice when the lines carry none (cXML summary Tax), else null
 * @param statedTotal the total the supplier states (cXML NetAmount / due amount before deposits); null = computed
 */
public record Invoice(String supplier, String buyer, String invoiceNumber, LocalDate invoiceDate, String currency,
                      Purpose purpose, String originalInvoiceNumber, List<Line> lines, List<Charge> charges,
                      BigDecimal headerTax, BigDecimal statedTotal) {

    public Invoice {
        lines = List.copyOf(lines);
        charges = charges == null ? List.of() : List.copyOf(charges);
        purpose = purpose == null ? Purpose.STANDARD : purpose;
    }

    /**
     * One invoice line: PO-backed (poNumber + poLineNumber), contract-backed (contractNumber + partNumber), or an
     * ancillary charge written as a line ({@code chargeKind} set, or recognised from its description).
     *
     * @param amount  the line amount the supplier states (SubtotalAmount), null = quantity × unit price
     * @param taxRate percent, null when not stated
     */
    public record Line(int lineNumber, String poNumber, Integer poLineNumber, String contractNumber, String partNumber,
                       String description, BigDecimal quantity, BigDecimal unitPrice, String uom, BigDecimal amount,
                       BigDecimal taxAmount, BigDecimal taxRate, ChargeKind chargeKind) {

        public static Line po(int lineNumber, String poNumber, int poLineNumber, String quantity, String unitPrice,
                              String uom) {
            return new Line(lineNumber, poNumber, poLineNumber, null, null, null, new BigDecimal(quantity),
                    new BigDecimal(unitPrice), uom, null, null, null, null);
        }

        public Line withTax(String taxAmount, String taxRate) {
            return new Line(lineNumber, poNumber, poLineNumber, contractNumber, partNumber, description, quantity,
                    unitPrice, uom, amount, taxAmount == null ? null : new BigDecimal(taxAmount),
                    taxRate == null ? null : new BigDecimal(taxRate), chargeKind);
        }

        public Line withAmount(String statedAmount) {
            return new Line(lineNumber, poNumber, poLineNumber, contractNumber, partNumber, description, quantity,
                    unitPrice, uom, new BigDecimal(statedAmount), taxAmount, taxRate, chargeKind);
        }
    }
}
