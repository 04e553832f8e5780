package io.procurewire.sandbox.invoice;

import io.procurewire.sandbox.po.PurchaseOrder;
import io.procurewire.sandbox.supplier.Supplier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/** Stores supplier invoices; supplier + invoice number is the idempotency key (a unique constraint). */
@ApplicationScoped
public class Invoices {

    /** The invoice cannot be accepted; {@code duplicate} separates a resend from a bad document. */
    public static class Rejected extends RuntimeException {
        public final boolean duplicate;

        Rejected(String message, boolean duplicate) {
            super(message);
            this.duplicate = duplicate;
        }
    }

    @Transactional
    public Invoice create(NewInvoice incoming) {
        Supplier supplier = Supplier.findById(incoming.supplierId());
        if (Invoice.count("supplier = ?1 and invoiceNumber = ?2", supplier, incoming.invoiceNumber()) > 0) {
            throw new Rejected("Invoice " + incoming.invoiceNumber() + " already exists for supplier " + supplier.number, true);
        }
        List<String> problems = new ArrayList<>();
        for (NewInvoice.Line line : incoming.lines()) {
            if (line.poNumber() == null) {
                problems.add("line " + line.lineNum() + " has no PO number");
                continue;
            }
            PurchaseOrder po = PurchaseOrder.find("poNumber", line.poNumber()).firstResult();
            if (po == null) {
                problems.add("line " + line.lineNum() + ": PO " + line.poNumber() + " does not exist");
            } else if (!po.supplier.id.equals(supplier.id)) {
                problems.add("line " + line.lineNum() + ": PO " + line.poNumber() + " belongs to another supplier");
            } else if (line.orderLineNum() != null
                    && po.activeLines().stream().noneMatch(l -> l.lineNum == line.orderLineNum())) {
                problems.add("line " + line.lineNum() + ": PO " + line.poNumber() + " has no line " + line.orderLineNum());
            }
        }
        if (!problems.isEmpty()) {
            throw new Rejected(String.join("; ", problems), false);
        }
        Invoice invoice = new Invoice();
        invoice.supplier = supplier;
        invoice.invoiceNumber = incoming.invoiceNumber();
        invoice.invoiceDate = incoming.invoiceDate();
        invoice.currency = incoming.currency();
        invoice.total = incoming.total();
        invoice.source = incoming.source();
        invoice.payloadId = incoming.payloadId();
        for (NewInvoice.Line in : incoming.lines()) {
            InvoiceLine line = new InvoiceLine();
            line.invoice = invoice;
            line.lineNum = in.lineNum();
            line.description = in.description();
            line.quantity = in.quantity();
            line.price = in.price();
            line.total = in.total();
            line.uom = in.uom();
            line.poNumber = in.poNumber();
            line.orderLineNum = in.orderLineNum();
            line.supplierPartNum = in.supplierPartNum();
            invoice.lines.add(line);
        }
        invoice.persist();
        return invoice;
    }
}
