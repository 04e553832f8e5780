package io.procurewire.sandbox.po;

/**
 * Fired (synchronously, inside the changing transaction) whenever a PO must reach its supplier:
 * {@code new} at issue, {@code update} for a new version, {@code delete} at cancel - the cXML OrderRequest types.
 */
public record PurchaseOrderChanged(long purchaseOrderId, int version, String orderRequestType) {
}
