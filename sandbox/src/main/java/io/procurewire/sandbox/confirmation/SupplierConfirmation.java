package io.procurewire.sandbox.confirmation;

import io.procurewire.sandbox.api.Json;
import io.procurewire.sandbox.api.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Map;

/** One order confirmation a supplier sent for a PO (cXML ConfirmationRequest). */
@Entity
@Table(name = "supplier_confirmations")
public class SupplierConfirmation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "purchase_order_id")
    public Long purchaseOrderId;
    @Column(name = "supplier_id")
    public Long supplierId;
    @Column(name = "payload_id")
    public String payloadId;
    @Column(name = "confirm_id")
    public String confirmId;
    @Column(name = "confirmation_type")
    public String type;
    public String operation;
    @Column(name = "notice_date")
    public OffsetDateTime noticeDate;
    @Column(name = "po_version")
    public int poVersion;
    /** JSON array of the confirmed lines, as {@link NewConfirmation.Item#representation()} writes them. */
    @Column(name = "items")
    public String itemsJson = "[]";
    @Column(name = "received_at")
    public OffsetDateTime receivedAt = Timestamps.now();

    public Map<String, Object> representation() {
        return Json.map("id", id, "confirm-id", confirmId, "type", type, "operation", operation,
                "notice-date", Timestamps.format(noticeDate), "po-version", poVersion,
                "payload-id", payloadId, "received-at", Timestamps.format(receivedAt),
                "confirmation-items", ConfirmationItemsJson.read(itemsJson));
    }
}
