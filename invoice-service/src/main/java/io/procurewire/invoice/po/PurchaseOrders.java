package io.procurewire.invoice.po;

import io.procurewire.invoice.matching.PurchaseOrder;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The local copy of PO data: read by every match, written when the PO source answers or an admin pushes a PO. */
@ApplicationScoped
public class PurchaseOrders {

    public Optional<PurchaseOrder> stored(String poNumber) {
        PurchaseOrderRecord header = PurchaseOrderRecord.findById(poNumber);
        if (header == null) {
            return Optional.empty();
        }
        List<PurchaseOrderLineRecord> rows = PurchaseOrderLineRecord.list("poNumber", poNumber);
        List<PurchaseOrder.Line> lines = new ArrayList<>();
        rows.stream().sorted(Comparator.comparingInt(r -> r.lineNumber)).forEach(r -> lines.add(
                new PurchaseOrder.Line(r.lineNumber, r.quantity, r.unitPrice, r.uom, r.commodity, r.taxRate)));
        return Optional.of(new PurchaseOrder(header.poNumber, header.buyer, header.supplier, header.currency,
                header.orderDate, lines));
    }

    /** Replaces the stored copy (a new PO version replaces its lines). Caller holds the transaction. */
    public void store(PurchaseOrder order) {
        PurchaseOrderRecord header = PurchaseOrderRecord.findById(order.poNumber());
        if (header == null) {
            header = new PurchaseOrderRecord();
            header.poNumber = order.poNumber();
        }
        header.buyer = order.buyer();
        header.supplier = order.supplier();
        header.currency = order.currency();
        header.orderDate = order.orderDate();
        header.fetchedAt = Instant.now();
        header.persist();
        PurchaseOrderLineRecord.delete("poNumber", order.poNumber());
        PurchaseOrderLineRecord.flush();
        for (PurchaseOrder.Line line : order.lines()) {
            PurchaseOrderLineRecord row = new PurchaseOrderLineRecord();
            row.poNumber = order.poNumber();
            row.lineNumber = line.lineNumber();
            row.quantity = line.quantity();
            row.unitPrice = line.unitPrice();
            row.uom = line.uom();
            row.commodity = line.commodity();
            row.taxRate = line.taxRate();
            row.persist();
        }
    }
}
