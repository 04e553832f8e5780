package io.procurewire.ordersync.delivery;

import io.procurewire.ordersync.Instance;
import io.procurewire.ordersync.OrderSyncConfig;
import io.procurewire.ordersync.ledger.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Works through the POs with work due now, several at a time: a bounded pool of {@code delivery.workers} threads per
 * call (per run), each claiming its own POs in the ledger ({@link Ledger#claimDue}: lease, fence,
 * {@code FOR UPDATE SKIP LOCKED}) and driving them through {@link OrderWorker}. Two workers of one pool therefore
 * never hold the same PO, exactly as two replicas never do; every state change stays fenced by the claim. Calls to
 * the buyer platform still take from the integration's one token bucket, so more workers overlap round trips but
 * never exceed the platform's rate limit. Outcomes are reported as each PO finishes, in whatever order that is.
 */
@ApplicationScoped
public class DeliveryPool {

    private static final Logger LOG = Logger.getLogger(DeliveryPool.class);

    private final Ledger ledger;
    private final OrderWorker worker;
    private final OrderSyncConfig config;
    private final Instance instance;

    DeliveryPool(Ledger ledger, OrderWorker worker, OrderSyncConfig config, Instance instance) {
        this.ledger = ledger;
        this.worker = worker;
        this.config = config;
        this.instance = instance;
    }

    /**
     * Delivers every PO with work due now ({@code integrationId} null: of every integration) until none is left,
     * with up to {@code delivery.workers} POs in progress at once. {@code outcomes} receives each claim's outcome
     * (from the worker threads, concurrently); {@code checkpoint} runs after each claimed batch and may throw to stop
     * every worker (e.g. the run lease was lost): claims not started yet are released, and the first failure is
     * rethrown once every worker has stopped. Answers how many claims were processed.
     */
    public int drain(Long integrationId, Long platformRunId, Consumer<OrderWorker.Outcome> outcomes,
                     Runnable checkpoint) {
        int workers = Math.max(1, config.delivery().workers());
        int perClaim = Math.max(1, Math.ceilDiv(config.delivery().batchSize(), workers));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger processed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers,
                Thread.ofPlatform().name("order-sync-worker-", 0).daemon(true).factory());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(() -> {
                    try {
                        work(integrationId, platformRunId, perClaim, stop, processed, outcomes, checkpoint);
                    } catch (RuntimeException | Error e) {
                        stop.set(true);
                        throw e;
                    }
                    return null;
                }));
            }
            RuntimeException failure = null;
            for (Future<?> each : running) {
                try {
                    each.get();
                } catch (ExecutionException e) {
                    stop.set(true);
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r
                                : new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    stop.set(true);
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while delivering", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return processed.get();
        } finally {
            pool.shutdown();
        }
    }

    private void work(Long integrationId, Long platformRunId, int perClaim, AtomicBoolean stop,
                      AtomicInteger processed, Consumer<OrderWorker.Outcome> outcomes, Runnable checkpoint) {
        while (!stop.get()) {
            List<Ledger.Claim> claims = ledger.claimDue(instance.id(), perClaim, config.lease().duration(),
                    integrationId);
            if (claims.isEmpty()) {
                return;
            }
            for (Ledger.Claim claim : claims) {
                if (stop.get()) {
                    release(claim);
                    continue;
                }
                OrderWorker.Outcome outcome = worker.process(claim, platformRunId);
                processed.incrementAndGet();
                outcomes.accept(outcome);
            }
            checkpoint.run();
        }
    }

    private void release(Ledger.Claim claim) {
        try {
            ledger.release(claim);
        } catch (RuntimeException e) {
            LOG.warnf("could not release purchase order %d; the lease expires by itself", claim.orderId());
        }
    }
}
