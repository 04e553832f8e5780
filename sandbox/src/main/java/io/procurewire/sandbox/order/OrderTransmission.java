package io.procurewire.sandbox.order;

import io.procurewire.sandbox.api.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One cXML OrderRequest (new | update | delete) owed to a supplier, and how delivering it went. */
@Entity
@Table(name = "order_transmissions")
public class OrderTransmission extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "purchase_order_id")
    public Long purchaseOrderId;
    public int version;
    @Column(name = "order_type")
    public String orderType;
    public String status = PENDING;
    public int attempts;
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt = Timestamps.now();
    @Column(name = "last_result")
    public String lastResult;
    @Column(name = "payload_id")
    public String payloadId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = Timestamps.now();
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = Timestamps.now();
}
