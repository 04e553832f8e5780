package io.procurewire.catalog.sync;

import io.procurewire.catalog.CatalogConfig;
import io.procurewire.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * Every tick, syncs the targets whose schedule is due (schedule enabled, last run longer ago than the interval).
 * Safe with several replicas: a run needs the target's lease in the database, so a due target is synced by exactly
 * one replica; the others see the lease and skip it.
 */
@ApplicationScoped
public class SyncScheduler {

    private static final Logger LOG = Logger.getLogger(SyncScheduler.class);
    private final SyncRunner runner;
    private final SyncLease lease;
    private final CatalogConfig config;

    SyncScheduler(SyncRunner runner, SyncLease lease, CatalogConfig config) {
        this.runner = runner;
        this.lease = lease;
        this.config = config;
    }

    @Scheduled(every = "${procurewire.catalog.sync.tick:1m}", delayed = "${procurewire.catalog.sync.tick:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        lease.expireAbandonedRuns(); // on every replica, so a crashed run never stays RUNNING
        if (config.sync().scheduleEnabled()) {
            runDueTargets();
        }
    }

    /** Runs every due target, one after the other; answers how many ran here. */
    public int runDueTargets() {
        Instant dueBefore = Instant.now().minus(config.sync().interval());
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> SyncTarget.<SyncTarget>list(
                        "scheduleEnabled = true and (lastRunAt is null or lastRunAt < ?1) and (leaseUntil is null or leaseUntil < ?2) order by id",
                        dueBefore, Instant.now()).stream().map(t -> t.id).toList());
        int ran = 0;
        for (Long targetId : due) {
            SyncRun run;
            try {
                run = runner.start(targetId, SyncRun.Trigger.SCHEDULED, null);
            } catch (ProblemException e) {
                LOG.debugf("target %d skipped: %s", targetId, e.getMessage());
                continue; // another replica took it
            }
            runner.execute(run.id);
            ran++;
        }
        return ran;
    }
}
