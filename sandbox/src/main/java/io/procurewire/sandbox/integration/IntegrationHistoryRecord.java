package io.procurewire.sandbox.integration;

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

/** What happened to one document in one integration (Coupa guide, options 2 and 3). */
@Entity
@Table(name = "integration_history_records")
public class IntegrationHistoryRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "document_type")
    public String documentType;
    @Column(name = "document_id")
    public Long documentId;
    @Column(name = "document_revision")
    public String documentRevision;
    @Column(name = "document_status")
    public String documentStatus;
    /** success | error (the sandbox's values; Coupa's list is UNVERIFIED). */
    public String status;
    @Column(name = "response_code")
    public String responseCode;
    @Column(name = "response_message")
    public String responseMessage;
    @Column(name = "contact_alert_type")
    public String contactAlertType;
    public boolean resolved;
    public boolean alerted;
    @Column(name = "integration_run_id")
    public Long integrationRunId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = Timestamps.now();
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = Timestamps.now();

    public Map<String, Object> representation() {
        return Json.map("id", id, "created-at", Timestamps.format(createdAt), "updated-at", Timestamps.format(updatedAt),
                "document-type", documentType, "document-id", documentId, "document-revision", documentRevision,
                "document-status", documentStatus, "status", status, "response-code", responseCode,
                "response-message", responseMessage, "contact-alert-type", contactAlertType, "resolved", resolved,
                "alerted", alerted, "integration-run", integrationRunId == null ? null : Json.map("id", integrationRunId));
    }
}
