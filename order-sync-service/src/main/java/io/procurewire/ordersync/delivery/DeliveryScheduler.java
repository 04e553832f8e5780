package io.procurewire.ordersync.delivery;

import io.procurewire.ordersync.OrderSyncConfig;
import io.procurewire.ordersync.integration.IntegrationService;
import io.procurewire.ordersync.monitoring.SyncMetrics;
import io.procurewire.ordersync.pull.PullRunner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The periodic work of every replica: apply configured integrations (once, when the database is reachable), run
 * integrations whose schedule is due (one replica per integration, by run lease), and deliver any PO with work due
 * (pushed POs, retries whose back-off expired), claimed with {@code FOR UPDATE SKIP LOCKED}.
 */
@ApplicationScoped
public class DeliveryScheduler {

    private static final Logger LOG = Logger.getLogger(DeliveryScheduler.class);

    private final OrderSyncConfig config;
    private final IntegrationService integrations;
    private final PullRunner runner;
    private final DeliveryPool pool;
    private final SyncMetrics metrics;
    private volatile boolean configurationApplied;

    DeliveryScheduler(OrderSyncConfig config, IntegrationService integrations, PullRunner runner, DeliveryPool pool,
                      SyncMetrics metrics) {
        this.config = config;
        this.integrations = integrations;
        this.runner = runner;
        this.pool = pool;
        this.metrics = metrics;
    }

    @Scheduled(every = "${procurewire.order-sync.pull.tick}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        try {
            applyConfiguration();
            if (config.pull().scheduleEnabled()) {
                while (runner.runNextDue()) {
                    // run every due integration this tick
                }
                deliverDue();
            }
            QuarkusTransaction.requiringNew().run(metrics::refresh);
        } catch (RuntimeException e) {
            LOG.warnf("order-sync tick failed (retried next tick): %s", e.getMessage());
        }
    }

    public void applyConfiguration() {
        if (!configurationApplied) {
            integrations.applyConfiguration(config.integrations());
            configurationApplied = true;
        }
    }

    /**
     * Delivers every PO with work due, across integrations, with the worker pool; answers how many claims were
     * processed.
     */
    public int deliverDue() {
        return pool.drain(null, null, outcome -> { }, () -> { });
    }
}
