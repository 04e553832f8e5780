package io.procurewire.sandbox.po;

import io.procurewire.sandbox.api.CoupaApiException;
import io.procurewire.sandbox.api.Timestamps;
import io.procurewire.sandbox.supplier.Supplier;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/** The PO lifecycle: issue (version 1), change (new version), cancel, close, mark exported. One transaction each. */
@ApplicationScoped
public class PurchaseOrders {

    private final Event<PurchaseOrderChanged> changes;

    public PurchaseOrders(Event<PurchaseOrderChanged> changes) {
        this.changes = changes;
    }

    @Transactional
    public PurchaseOrder issue(NewPurchaseOrder order) {
        Supplier supplier = Supplier.findById(order.supplierId());
        if (supplier == null) {
            throw CoupaApiException.notFound("Supplier", order.supplierId());
        }
        PurchaseOrder po = new PurchaseOrder();
        po.poNumber = nextPoNumber();
        po.status = PurchaseOrder.ISSUED;
        po.supplier = supplier;
        po.currency = order.currency();
        po.shipToName = order.shipToName();
        po.shipToStreet = order.shipToStreet();
        po.shipToCity = order.shipToCity();
        po.shipToPostal = order.shipToPostal();
        po.shipToCountry = order.shipToCountry();
        po.shipToUserEmail = order.shipToUserEmail();
        po.requisitionId = order.requisitionId();
        int lineNum = 1;
        for (NewOrderLine line : order.lines()) {
            po.lines.add(line(po, lineNum++, line));
        }
        po.persist();
        changes.fire(new PurchaseOrderChanged(po.id, po.version, "new"));
        return po;
    }

    /**
     * A buyer change: the lines become {@code lines} (matched by line number; missing numbers are deleted, kept for
     * show_deleted_lines), version and internal revision go up, and exported resets to false so the ERP sees it.
     */
    @Transactional
    public PurchaseOrder change(long id, Map<Integer, NewOrderLine> lines) {
        PurchaseOrder po = find(id);
        requireOpen(po);
        if (lines.isEmpty()) {
            throw CoupaApiException.invalid("A changed PO needs at least one line; cancel it instead");
        }
        OffsetNow now = new OffsetNow();
        for (OrderLine existing : po.lines) {
            NewOrderLine replacement = lines.get(existing.lineNum);
            if (replacement == null) {
                if (!existing.deleted) {
                    existing.deleted = true;
                    existing.updatedAt = now.value;
                }
            } else {
                keepKnownDetails(replacement, existing);
                existing.deleted = false;
                existing.updatedAt = now.value;
            }
        }
        List<Integer> known = po.lines.stream().map(l -> l.lineNum).toList();
        lines.entrySet().stream().filter(e -> !known.contains(e.getKey())).sorted(Map.Entry.comparingByKey())
                .forEach(e -> po.lines.add(line(po, e.getKey(), e.getValue())));
        po.version++;
        po.internalRevision++;
        touchForExport(po, now);
        changes.fire(new PurchaseOrderChanged(po.id, po.version, "update"));
        return po;
    }

    /** Cancel: the supplier gets an OrderRequest type=delete; the ERP sees the status change (exported resets). */
    @Transactional
    public PurchaseOrder cancel(long id) {
        PurchaseOrder po = find(id);
        requireOpen(po);
        po.status = PurchaseOrder.CANCELLED;
        po.internalRevision++;
        touchForExport(po, new OffsetNow());
        changes.fire(new PurchaseOrderChanged(po.id, po.version, "delete"));
        return po;
    }

    /** Close: nothing more will be received or invoiced; no message to the supplier. */
    @Transactional
    public PurchaseOrder close(long id) {
        PurchaseOrder po = find(id);
        if (PurchaseOrder.CLOSED.equals(po.status)) {
            return po;
        }
        if (PurchaseOrder.CANCELLED.equals(po.status)) {
            throw CoupaApiException.invalid("A cancelled purchase order can't be closed");
        }
        po.status = PurchaseOrder.CLOSED;
        po.internalRevision++;
        touchForExport(po, new OffsetNow());
        return po;
    }

    /**
     * PUT ?exported=true|false. Only the flag (Coupa may ignore other changes in that call); updated-at stays, so an
     * export run does not see its own marks as changes (the sandbox's choice; Coupa's behaviour is UNVERIFIED).
     */
    @Transactional
    public PurchaseOrder markExported(long id, boolean exported) {
        PurchaseOrder po = find(id);
        po.exported = exported;
        po.lastExportedAt = exported ? Timestamps.now() : po.lastExportedAt;
        return po;
    }

    @Transactional
    public PurchaseOrder updateCustomFields(long id, Map<String, Object> fields) {
        PurchaseOrder po = find(id);
        Map<String, Object> merged = po.customFields();
        merged.putAll(fields);
        po.customFields(merged);
        po.updatedAt = Timestamps.now();
        return po;
    }

    public static PurchaseOrder find(long id) {
        PurchaseOrder po = PurchaseOrder.findById(id);
        if (po == null) {
            throw CoupaApiException.notFound("OrderHeader", id);
        }
        return po;
    }

    private static void requireOpen(PurchaseOrder po) {
        if (!PurchaseOrder.ISSUED.equals(po.status)) {
            throw CoupaApiException.invalid("Purchase order " + po.poNumber + " is " + po.status + " and can't be changed");
        }
    }

    private static void touchForExport(PurchaseOrder po, OffsetNow now) {
        po.exported = false;
        po.updatedAt = now.value;
    }

    private static OrderLine line(PurchaseOrder po, int lineNum, NewOrderLine source) {
        OrderLine line = new OrderLine();
        line.purchaseOrder = po;
        line.lineNum = lineNum;
        copy(source, line);
        return line;
    }

    /** A change names what changes; part numbers, commodity and dates it leaves out stay as they were. */
    private static void keepKnownDetails(NewOrderLine source, OrderLine line) {
        String part = line.supplierPartNum;
        String aux = line.supplierAuxPartNum;
        String commodity = line.commodity;
        java.time.LocalDate needBy = line.needByDate;
        String account = line.accountCode;
        copy(source, line);
        line.supplierPartNum = source.supplierPartNum() == null ? part : source.supplierPartNum();
        line.supplierAuxPartNum = source.supplierAuxPartNum() == null ? aux : source.supplierAuxPartNum();
        line.commodity = source.commodity() == null ? commodity : source.commodity();
        line.needByDate = source.needByDate() == null ? needBy : source.needByDate();
        line.accountCode = source.accountCode() == null ? account : source.accountCode();
    }

    private static void copy(NewOrderLine source, OrderLine line) {
        line.description = source.description();
        line.quantity = source.quantity();
        line.price = source.price();
        line.uom = source.uom();
        line.supplierPartNum = source.supplierPartNum();
        line.supplierAuxPartNum = source.supplierAuxPartNum();
        line.commodity = source.commodity();
        line.needByDate = source.needByDate();
        line.accountCode = source.accountCode();
    }

    private static String nextPoNumber() {
        Number next = (Number) Panache.getEntityManager().createNativeQuery("SELECT nextval('po_numbers')").getSingleResult();
        return next.toString();
    }

    private static final class OffsetNow {
        final java.time.OffsetDateTime value = Timestamps.now();
    }
}
