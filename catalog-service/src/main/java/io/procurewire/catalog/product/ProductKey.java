package io.procurewire.catalog.product;

/** A product's identity: supplier part ID plus auxiliary ID ('' when none), as in cXML's ItemID. */
public record ProductKey(String supplierPartId, String supplierPartAuxiliaryId) {

    public ProductKey {
        supplierPartAuxiliaryId = supplierPartAuxiliaryId == null ? "" : supplierPartAuxiliaryId;
    }

    @Override
    public String toString() {
        return supplierPartAuxiliaryId.isEmpty() ? supplierPartId : supplierPartId + " / " + supplierPartAuxiliaryId;
    }
}
