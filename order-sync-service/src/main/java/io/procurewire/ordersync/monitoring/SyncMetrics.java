package io.procurewire.ordersync.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.procurewire.ordersync.ledger.VersionState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code procurewire_order_sync_*} metrics: PO versions per state (refreshed from the database by the scheduler,
 * never on scrape, so a scrape does not need the database), run durations, dead letters; buyer-platform calls by
 * status are counted by {@code PlatformConnections}.
 */
@ApplicationScoped
public class SyncMetrics {

    private final MeterRegistry registry;
    private final EntityManager em;
    private final Map<VersionState, AtomicLong> perState = new EnumMap<>(VersionState.class);

    SyncMetrics(MeterRegistry registry, EntityManager em) {
        this.registry = registry;
        this.em = em;
        for (VersionState state : VersionState.values()) {
            AtomicLong value = new AtomicLong();
            perState.put(state, value);
            Gauge.builder("procurewire_order_sync_po_versions", value, AtomicLong::get)
                    .description("PO versions in the ledger per state")
                    .tag("state", state.name().toLowerCase(java.util.Locale.ROOT)).register(registry);
        }
    }

    public void runFinished(String integration, boolean succeeded, long nanos) {
        Timer.builder("procurewire_order_sync_run_duration").description("Duration of pull runs")
                .tag("integration", integration).tag("outcome", succeeded ? "succeeded" : "failed")
                .register(registry).record(Duration.ofNanos(nanos));
    }

    public void deadLettered(String integration) {
        registry.counter("procurewire_order_sync_dead_letters", "integration", integration).increment();
    }

    /** Reads the counts per state (call inside a transaction). */
    @SuppressWarnings("unchecked")
    public void refresh() {
        List<Object[]> rows = em.createNativeQuery("SELECT state, count(*) FROM po_version GROUP BY state").getResultList();
        perState.values().forEach(v -> v.set(0));
        for (Object[] row : rows) {
            perState.get(VersionState.valueOf((String) row[0])).set(((Number) row[1]).longValue());
        }
    }
}
