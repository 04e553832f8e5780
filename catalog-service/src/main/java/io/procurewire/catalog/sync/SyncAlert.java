package io.procurewire.catalog.sync;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Raised when a run has failed items or failed as a whole; also logged at WARN and sent to the webhook if any. */
@Entity
@Table(name = "sync_alert")
public class SyncAlert extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "target_id")
    public Long targetId;
    @Column(name = "run_id")
    public Long runId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "failed_items")
    public int failedItems;
    public String message;
    /** NOT_CONFIGURED, DELIVERED or FAILED */
    @Column(name = "webhook_status")
    public String webhookStatus;
}
