package io.procurewire.ordersync.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One distinct content of a purchase order, with its place in the {@link VersionStateMachine}. */
@Entity
@Table(name = "po_version")
public class PoVersion extends PanacheEntityBase {

    @Id
    public Long id;
    @Column(name = "order_id")
    public long orderId;
    public int revision;
    @Column(name = "erp_version")
    public int erpVersion;
    @Column(name = "platform_version")
    public Integer platformVersion;
    @Column(name = "platform_updated_at")
    public OffsetDateTime platformUpdatedAt;
    @Column(name = "content_hash")
    public String contentHash;
    public String action;
    public String snapshot;
    public String source;
    @Enumerated(EnumType.STRING)
    public VersionState state;
    @Enumerated(EnumType.STRING)
    @Column(name = "failed_in")
    public VersionState failedIn;
    public int attempts;
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "erp_document_number")
    public String erpDocumentNumber;
    @Column(name = "export_mark_required")
    public boolean exportMarkRequired;
    @Column(name = "confirmation_required")
    public boolean confirmationRequired;
    @Column(name = "run_id")
    public Long runId;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;
    @Column(name = "completed_at")
    public OffsetDateTime completedAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
