package io.procurewire.punchout.retention;

import io.procurewire.punchout.PunchoutConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;

/**
 * Deletes what is older than the audit retention: sessions (with their carts) by last activity, then audit rows by
 * time (and with them the replay window). Runs hourly on one replica (a {@link JobLease}), in batches of
 * {@code purge-batch-size} rows, each batch its own short transaction, so no purge holds locks on a big table.
 */
@ApplicationScoped
public class RetentionPurge {

    static final String JOB = "retention-purge";
    /** Shorter than the schedule's hour, so that the next hour some replica claims it again. */
    static final Duration LEASE = Duration.ofMinutes(50);

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class);

    public record Purged(long sessions, long exchanges, int batches) {
    }

    private final PunchoutConfig config;
    private final EntityManager em;
    private final JobLease lease;

    public RetentionPurge(PunchoutConfig config, EntityManager em, JobLease lease) {
        this.config = config;
        this.em = em;
        this.lease = lease;
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void hourly() {
        if (claim(Instant.now())) {
            Purged purged = purge(Instant.now());
            LOG.infof("retention purge by %s: %d session(s), %d exchange(s) in %d batch(es)", lease.holder(),
                    purged.sessions(), purged.exchanges(), purged.batches());
        }
    }

    /** @return true if this replica may run the purge now (no other replica did within the lease) */
    public boolean claim(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> lease.claim(JOB, LEASE, now));
    }

    public Purged purge(Instant now) {
        Instant cutoff = now.minus(config.auditRetention());
        // sessions first: their audit rows then only lose the session link (ON DELETE SET NULL, indexed)
        Batches sessions = deleteInBatches("""
                delete from punchout_session where id in (
                    select id from punchout_session where last_activity_at < ?1 order by id limit ?2)""", cutoff);
        Batches exchanges = deleteInBatches("""
                delete from exchange where id in (
                    select id from exchange where occurred_at < ?1 order by id limit ?2)""", cutoff);
        return new Purged(sessions.rows(), exchanges.rows(), sessions.count() + exchanges.count());
    }

    private record Batches(long rows, int count) {
    }

    /** Runs the delete (parameters: cutoff, batch size) in transactions of its own until a batch is not full. */
    private Batches deleteInBatches(String sql, Instant cutoff) {
        int batch = config.purgeBatchSize();
        long rows = 0;
        int count = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() ->
                    em.createNativeQuery(sql).setParameter(1, cutoff).setParameter(2, batch).executeUpdate());
            rows += deleted;
            count++;
        } while (deleted == batch);
        return new Batches(rows, count);
    }
}
