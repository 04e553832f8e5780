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

/** A failure waiting for someone to resolve it (Coupa guide, option 3). */
@Entity
@Table(name = "integration_errors")
public class IntegrationError extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "document_type")
    public String documentType;
    @Column(name = "document_id")
    public Long documentId;
    @Column(name = "response_code")
    public String responseCode;
    @Column(name = "response_body")
    public String responseBody;
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
                "document-type", documentType, "document-id", documentId, "response-code", responseCode,
                "response-body", responseBody, "resolved", resolved, "alerted", alerted,
                "integration-run", integrationRunId == null ? null : Json.map("id", integrationRunId));
    }
}
