package io.procurewire.ordersync.pull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One pull run of an integration, with its counts (shown on the status page and the API). */
@Entity
@Table(name = "sync_run")
public class SyncRun extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "integration_id")
    public long integrationId;
    public String kind;
    public String state;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
    public int listed;
    @Column(name = "new_versions")
    public int newVersions;
    public int succeeded;
    public int failed;
    @Column(name = "platform_calls")
    public int platformCalls;
    @Column(name = "platform_run_id")
    public Long platformRunId;
    public String error;
}
