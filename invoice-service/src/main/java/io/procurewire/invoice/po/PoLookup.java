package io.procurewire.invoice.po;

import io.procurewire.invoice.matching.PurchaseOrder;

/** A PO source's answer: found, does not exist, or cannot be known right now. */
public record PoLookup(PurchaseOrder order, boolean unavailable, String reason) {

    public static PoLookup found(PurchaseOrder order) {
        return new PoLookup(order, false, null);
    }

    public static PoLookup notFound() {
        return new PoLookup(null, false, null);
    }

    public static PoLookup unavailable(String reason) {
        return new PoLookup(null, true, reason);
    }
}
