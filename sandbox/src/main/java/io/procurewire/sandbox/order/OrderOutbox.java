package io.procurewire.sandbox.order;

import io.procurewire.sandbox.po.PurchaseOrder;
import io.procurewire.sandbox.po.PurchaseOrderChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Records an OrderRequest to send, in the same transaction as the PO change, when the supplier's PO method is cxml:
 * the change and the duty to tell the supplier commit together.
 */
@ApplicationScoped
public class OrderOutbox {

    void onChange(@Observes PurchaseOrderChanged change) {
        PurchaseOrder po = PurchaseOrder.findById(change.purchaseOrderId());
        if (po == null || !"cxml".equals(po.supplier.poMethod)) {
            return;
        }
        OrderTransmission transmission = new OrderTransmission();
        transmission.purchaseOrderId = po.id;
        transmission.version = change.version();
        transmission.orderType = change.orderRequestType();
        transmission.persist();
    }
}
