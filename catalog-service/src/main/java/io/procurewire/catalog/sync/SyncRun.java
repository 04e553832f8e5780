package io.procurewire.catalog.sync;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One sync of one target: its summary (the per-item outcomes are SyncItemResult rows). */
@Entity
@Table(name = "sync_run")
public class SyncRun extends PanacheEntityBase {

    public enum Trigger { SCHEDULED, MANUAL, RETRY }

    /** SUCCEEDED: every push worked. PARTIAL: some items failed. FAILED: the run could not compare at all. */
    public enum Status { RUNNING, SUCCEEDED, PARTIAL, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "target_id")
    public Long targetId;
    @Enumerated(EnumType.STRING)
    public Trigger trigger;
    @Column(name = "retry_of_run_id")
    public Long retryOfRunId;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    @Column(name = "desired_items")
    public int desiredItems;
    @Column(name = "remote_items")
    public int remoteItems;
    public int added;
    public int changed;
    public int removed;
    public int unchanged;
    public int failed;
    public String error;
}
