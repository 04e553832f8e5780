package io.procurewire.ordersync.platform;

import io.micrometer.core.instrument.MeterRegistry;
import io.procurewire.ordersync.OrderSyncConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One {@link PlatformConnection} per integration (and its current target), shared by the pull and the workers. */
@ApplicationScoped
public class PlatformConnections {

    private final PlatformClient client;
    private final OrderSyncConfig config;
    private final MeterRegistry registry;
    private final Map<Long, PlatformConnection> connections = new ConcurrentHashMap<>();

    PlatformConnections(PlatformClient client, OrderSyncConfig config, MeterRegistry registry) {
        this.client = client;
        this.config = config;
        this.registry = registry;
    }

    /**
     * The integration's connection; atomic per integration, so workers asking at the same moment share one token
     * bucket (two buckets would let them exceed the platform's rate limit together).
     */
    public PlatformConnection of(PlatformTarget target) {
        PlatformConnection current = connections.get(target.integrationId());
        if (current != null && current.target().equals(target)) {
            return current;
        }
        return connections.compute(target.integrationId(), (id, existing) ->
                existing != null && existing.target().equals(target) ? existing : new PlatformConnection(client, target,
                        new TokenBucket(config.pull().requestsPerSecond(), config.pull().burst(), System::nanoTime),
                        config.pull().maxRetryAfter(),
                        (operation, outcome) -> registry.counter("procurewire_order_sync_platform_calls",
                                "operation", operation, "status", outcome).increment()));
    }
}
