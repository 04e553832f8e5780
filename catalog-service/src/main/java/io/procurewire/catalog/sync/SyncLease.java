package io.procurewire.catalog.sync;

import io.procurewire.catalog.CatalogConfig;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A target's lease in the database, on the database's clock: taken when a run starts, renewed by a heartbeat while
 * it runs, released when it ends. The lease names the run holding it (lease_run_id); a renewal succeeds only while
 * that is still true, so a run whose lease expired and was taken over learns it and stops (fencing). A run left
 * RUNNING by a crashed replica is marked FAILED once its lease has expired.
 */
@ApplicationScoped
public class SyncLease {

    private static final Logger LOG = Logger.getLogger(SyncLease.class);
    static final String ABANDONED = "abandoned: the replica running it stopped renewing its lease (crashed or stalled)";

    private final CatalogConfig config;
    private final ReplicaId replica;

    SyncLease(CatalogConfig config, ReplicaId replica) {
        this.config = config;
        this.replica = replica;
    }

    /**
     * Takes the lease if it is free or expired (the caller holds a transaction); runs of the target still RUNNING
     * are then abandoned ones and are marked FAILED. Answers false when another run holds the lease.
     */
    boolean take(long targetId) {
        int taken = Panache.getEntityManager().createNativeQuery(
                        "UPDATE sync_target SET lease_owner = ?1, lease_until = now() + make_interval(secs => ?2), "
                                + "lease_run_id = NULL WHERE id = ?3 AND (lease_until IS NULL OR lease_until < now())")
                .setParameter(1, replica.value()).setParameter(2, seconds(config.sync().lease()))
                .setParameter(3, targetId).executeUpdate();
        if (taken == 0) {
            return false;
        }
        int abandoned = Panache.getEntityManager().createNativeQuery(
                        "UPDATE sync_run SET status = 'FAILED', finished_at = now(), error = ?1 "
                                + "WHERE target_id = ?2 AND status = 'RUNNING'")
                .setParameter(1, ABANDONED).setParameter(2, targetId).executeUpdate();
        if (abandoned > 0) {
            LOG.warnf("ALERT catalog sync of target %d: %d run(s) marked FAILED, %s", targetId, abandoned, ABANDONED);
        }
        return true;
    }

    /** Binds the taken lease to the run (the caller holds the transaction that took it). */
    void bind(long targetId, long runId) {
        Panache.getEntityManager().createNativeQuery("UPDATE sync_target SET lease_run_id = ?1 WHERE id = ?2")
                .setParameter(1, runId).setParameter(2, targetId).executeUpdate();
    }

    /** Extends the run's lease by the lease duration from now; false when the run no longer holds it. */
    boolean renew(long targetId, long runId) {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().createNativeQuery(
                        "UPDATE sync_target SET lease_until = now() + make_interval(secs => ?1), lease_owner = ?2 "
                                + "WHERE id = ?3 AND lease_run_id = ?4")
                .setParameter(1, seconds(config.sync().lease())).setParameter(2, replica.value())
                .setParameter(3, targetId).setParameter(4, runId).executeUpdate()) == 1;
    }

    /** Frees the lease if the run still holds it, and notes when the target was last synced. */
    void release(long targetId, long runId) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                        "UPDATE sync_target SET lease_owner = NULL, lease_until = NULL, lease_run_id = NULL, "
                                + "last_run_at = now() WHERE id = ?1 AND lease_run_id = ?2")
                .setParameter(1, targetId).setParameter(2, runId).executeUpdate());
    }

    /**
     * Marks FAILED every RUNNING run whose lease has expired or was taken over, and frees the expired leases, so a
     * crashed run neither stays RUNNING nor blocks the target. Answers how many runs it marked.
     */
    public int expireAbandonedRuns() {
        return QuarkusTransaction.requiringNew().call(() -> {
            int runs = Panache.getEntityManager().createNativeQuery(
                            "UPDATE sync_run r SET status = 'FAILED', finished_at = now(), error = ?1 FROM sync_target t "
                                    + "WHERE r.target_id = t.id AND r.status = 'RUNNING' AND (t.lease_run_id IS DISTINCT "
                                    + "FROM r.id OR t.lease_until IS NULL OR t.lease_until < now())")
                    .setParameter(1, ABANDONED).executeUpdate();
            Panache.getEntityManager().createNativeQuery("UPDATE sync_target SET lease_owner = NULL, lease_until = NULL, "
                    + "lease_run_id = NULL WHERE lease_until < now()").executeUpdate();
            if (runs > 0) {
                LOG.warnf("ALERT catalog sync: %d run(s) marked FAILED, %s", runs, ABANDONED);
            }
            return runs;
        });
    }

    /** Starts renewing the run's lease every third of the lease, on a virtual thread, until closed. */
    Heartbeat heartbeat(long targetId, long runId) {
        Heartbeat heartbeat = new Heartbeat(targetId, runId, config.sync().lease().dividedBy(3));
        Thread.ofVirtual().name("catalog-sync-lease-" + runId).start(heartbeat::beat);
        return heartbeat;
    }

    /** The renewing loop of one run; {@link #lost()} tells the run to stop before its next write. */
    final class Heartbeat implements AutoCloseable {
        private final long targetId;
        private final long runId;
        private final Duration every;
        private final AtomicBoolean lost = new AtomicBoolean();
        private final CountDownLatch closed = new CountDownLatch(1);

        private Heartbeat(long targetId, long runId, Duration every) {
            this.targetId = targetId;
            this.runId = runId;
            this.every = every;
        }

        private void beat() {
            while (!lost.get()) {
                try {
                    if (closed.await(every.toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    if (!renew(targetId, runId)) {
                        lost.set(true);
                        LOG.warnf("catalog sync run %d lost the lease of target %d; it stops", runId, targetId);
                    }
                } catch (RuntimeException e) {
                    // the database is unreachable: try again on the next beat; the lease still runs for a while
                    LOG.warnf("catalog sync run %d could not renew its lease: %s", runId, e.getMessage());
                }
            }
        }

        /** Whether the run may go on: false once another run holds, or may hold, the target. */
        boolean lost() {
            return lost.get();
        }

        @Override
        public void close() {
            closed.countDown(); // no interrupt: it could break a renewal's database connection mid-statement
        }
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
