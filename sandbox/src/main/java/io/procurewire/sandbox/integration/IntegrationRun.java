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

/** One execution of an integration (Coupa guide, option 3): pending -> started -> successful | failed. */
@Entity
@Table(name = "integration_runs")
public class IntegrationRun extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "integration_code")
    public String integrationCode;
    public String status;
    @Column(name = "total_records")
    public Integer totalRecords;
    @Column(name = "success_count")
    public Integer successCount;
    @Column(name = "error_count")
    public Integer errorCount;
    public String notes;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    @Column(name = "ended_at")
    public OffsetDateTime endedAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = Timestamps.now();
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = Timestamps.now();

    public Map<String, Object> representation() {
        return Json.map("id", id, "created-at", Timestamps.format(createdAt), "updated-at", Timestamps.format(updatedAt),
                "integration", Json.map("code", integrationCode), "status", status, "total-records", totalRecords,
                "success-count", successCount, "error-count", errorCount, "notes", notes,
                "started-at", Timestamps.format(startedAt), "ended-at", Timestamps.format(endedAt));
    }
}
