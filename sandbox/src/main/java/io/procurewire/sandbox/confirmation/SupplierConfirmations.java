package io.procurewire.sandbox.confirmation;

import io.procurewire.sandbox.po.PurchaseOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a supplier's order confirmation on its PO and shows the latest confirmation type on the PO header. */
@ApplicationScoped
public class SupplierConfirmations {

    /** The confirmation does not fit the supplier's POs (cXML Status 400). */
    public static final class Rejected extends RuntimeException {
        Rejected(String message) {
            super(message);
        }
    }

    /**
     * The PO must belong to the confirming supplier, and each confirmed line must be a current line of it. Updates
     * the header's confirmation status without touching updated-at (see V3__supplier_confirmations.sql).
     */
    @Transactional
    public SupplierConfirmation receive(long supplierId, NewConfirmation confirmation, String payloadId) {
        PurchaseOrder po = PurchaseOrder.<PurchaseOrder>find("poNumber = ?1 and supplier.id = ?2",
                confirmation.poNumber(), supplierId).firstResult();
        if (po == null) {
            throw new Rejected("purchase order " + confirmation.poNumber() + " was not issued to this supplier");
        }
        Set<Integer> lines = po.activeLines().stream().map(l -> l.lineNum).collect(Collectors.toSet());
        List<Integer> unknown = confirmation.items().stream().map(NewConfirmation.Item::lineNum)
                .filter(n -> !lines.contains(n)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new Rejected("line " + unknown.getFirst() + " is not a line of purchase order " + po.poNumber
                    + " version " + po.version);
        }
        SupplierConfirmation stored = new SupplierConfirmation();
        stored.purchaseOrderId = po.id;
        stored.supplierId = supplierId;
        stored.payloadId = payloadId;
        stored.confirmId = confirmation.confirmId();
        stored.type = confirmation.type();
        stored.operation = confirmation.operation();
        stored.noticeDate = confirmation.noticeDate();
        stored.poVersion = po.version;
        stored.itemsJson = ConfirmationItemsJson.write(confirmation.items());
        stored.persistAndFlush();
        // two columns only: a whole-row write could undo an export mark committed meanwhile
        PurchaseOrder.update("confirmationStatus = ?1, confirmedAt = ?2 where id = ?3", confirmation.type(),
                stored.receivedAt, po.id);
        return stored;
    }

    /** Oldest first. */
    public static List<SupplierConfirmation> of(long purchaseOrderId) {
        return SupplierConfirmation.list("purchaseOrderId = ?1 order by id", purchaseOrderId);
    }
}
