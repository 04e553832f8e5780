package io.procurewire.ordersync.platform;

import io.procurewire.ordersync.OrderSyncConfig;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One circuit breaker per remote API and integration. An annotation-driven {@code @CircuitBreaker} keeps one state
 * per method, so one customer's broken buyer platform (or ERP) would open it for every integration; here each
 * integration's platform, ERP and confirmation endpoint has its own breaker, with the policy from configuration
 * ({@code procurewire.order-sync.breaker.*}). Rejections (4xx) and 429s do not count as failures.
 */
@ApplicationScoped
public class Breakers {

    private final BreakerConfig config;
    private final Map<String, Guard> guards = new ConcurrentHashMap<>();

    Breakers(BreakerConfig config) {
        this.config = config;
    }

    public Guard forTarget(String api, long integrationId) {
        return guards.computeIfAbsent(api + ":" + integrationId, key -> Guard.create()
                .withDescription(key)
                .withCircuitBreaker()
                .requestVolumeThreshold(config.requestVolumeThreshold())
                .failureRatio(config.failureRatio())
                .delay(config.delay().toMillis(), ChronoUnit.MILLIS)
                .skipOn(java.util.List.of(RemoteFailure.Rejected.class, RemoteFailure.RateLimited.class,
                        RemoteFailure.Unauthorized.class))
                .done()
                .build());
    }

    /** Forget breakers of an integration whose configuration changed. */
    public void reset(long integrationId) {
        guards.keySet().removeIf(key -> key.endsWith(":" + integrationId));
    }

    /** Runs {@code call} through the breaker, keeping RemoteFailure types intact. */
    public <T> T call(String api, long integrationId, String what, java.util.concurrent.Callable<T> call, Class<T> type) {
        return RemoteFailures.classifying(what, () -> forTarget(api, integrationId)
                .call(() -> RemoteFailures.classifying(what, call), type));
    }

    @io.smallrye.config.ConfigMapping(prefix = "procurewire.order-sync.breaker")
    public interface BreakerConfig {
        int requestVolumeThreshold();

        double failureRatio();

        java.time.Duration delay();
    }
}
