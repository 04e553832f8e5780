package io.procurewire.invoice.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small builders for the matching tests: one PO of supplier SUP-1 for buyer ACME, dated 2026-11-01. */
final class Fixtures {

    static final String BUYER = "ACME";
    static final String SUPPLIER = "SUP-1";
    static final LocalDate PO_DATE = LocalDate.parse("2026-11-01");
    static final LocalDate INVOICE_DATE = LocalDate.parse("2026-11-20");
    static final Instant T0 = Instant.parse("2026-11-05T08:00:00Z");

    private Fixtures() {
    }

    static PurchaseOrder.Line poLine(int n, String quantity, String price, String uom) {
        return new PurchaseOrder.Line(n, new BigDecimal(quantity), new BigDecimal(price), uom, null, null);
    }

    static PurchaseOrder.Line poLine(int n, String quantity, String price, String uom, String commodity, String taxRate) {
        return new PurchaseOrder.Line(n, new BigDecimal(quantity), new BigDecimal(price), uom, commodity,
                taxRate == null ? null : new BigDecimal(taxRate));
    }

    static PurchaseOrder po(String number, String currency, PurchaseOrder.Line... lines) {
        return new PurchaseOrder(number, BUYER, SUPPLIER, currency, PO_DATE, List.of(lines));
    }

    static Receipt receipt(String id, String po, int line, String quantity, int hoursAfterT0) {
        return new Receipt(id, po, line, new BigDecimal(quantity), T0.plusSeconds(hoursAfterT0 * 3600L));
    }

    static Invoice invoice(String number, String currency, Invoice.Line... lines) {
        return new Invoice(SUPPLIER, BUYER, number, INVOICE_DATE, currency, Purpose.STANDARD, null, List.of(lines),
                List.of(), null, null);
    }

    static Invoice withCharges(Invoice invoice, Charge... charges) {
        return new Invoice(invoice.supplier(), invoice.buyer(), invoice.invoiceNumber(), invoice.invoiceDate(),
                invoice.currency(), invoice.purpose(), invoice.originalInvoiceNumber(), invoice.lines(),
                List.of(charges), invoice.headerTax(), invoice.statedTotal());
    }

    static Invoice withTotal(Invoice invoice, String total) {
        return new Invoice(invoice.supplier(), invoice.buyer(), invoice.invoiceNumber(), invoice.invoiceDate(),
                invoice.currency(), invoice.purpose(), invoice.originalInvoiceNumber(), invoice.lines(),
                invoice.charges(), invoice.headerTax(), new BigDecimal(total));
    }

    static Invoice withHeaderTax(Invoice invoice, String tax) {
        return new Invoice(invoice.supplier(), invoice.buyer(), invoice.invoiceNumber(), invoice.invoiceDate(),
                invoice.currency(), invoice.purpose(), invoice.originalInvoiceNumber(), invoice.lines(),
                invoice.charges(), new BigDecimal(tax), invoice.statedTotal());
    }

    static Invoice dated(Invoice invoice, String date) {
        return new Invoice(invoice.supplier(), invoice.buyer(), invoice.invoiceNumber(), LocalDate.parse(date),
                invoice.currency(), invoice.purpose(), invoice.originalInvoiceNumber(), invoice.lines(),
                invoice.charges(), invoice.headerTax(), invoice.statedTotal());
    }

    static Invoice creditNote(String number, String original, Purpose purpose, String currency, Invoice.Line... lines) {
        return new Invoice(SUPPLIER, BUYER, number, INVOICE_DATE, currency, purpose, original, List.of(lines),
                List.of(), null, null);
    }

    static Invoice.Line chargeLine(int n, String description, String amount) {
        return new Invoice.Line(n, null, null, null, null, description, BigDecimal.ONE, new BigDecimal(amount), null,
                null, null, null, null);
    }

    static Invoice.Line contractLine(int n, String contract, String part, String quantity, String price) {
        return new Invoice.Line(n, null, null, contract, part, null, new BigDecimal(quantity), new BigDecimal(price),
                "EA", null, null, null, null);
    }

    static MatchContext context(List<PurchaseOrder> orders, Receipt... receipts) {
        return MatchContext.of(orders, new ArrayList<>(Arrays.asList(receipts)));
    }

    static PriorBilling billed(String invoice, String po, int line, String quantity, String price) {
        return new PriorBilling(invoice, po, line, new BigDecimal(quantity), new BigDecimal(price));
    }
}
