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
    /** Whether a guarded request left this thread since {@link #beginStep()} (calls here are synchronous). */
    private final ThreadLocal<Boolean> requestLeft = new ThreadLocal<>();

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

    /** Starts watching whether the next calls on this thread reach a remote side (a worker's step). */
    public void beginStep() {
        requestLeft.set(Boolean.FALSE);
    }

    /**
     * Whether any guarded request left this thread since {@link #beginStep()}: a step whose first call failed for
     * real and whose retry then met the breaker it had just opened was an attempt after all.
     */
    public boolean requestLeftInStep() {
        return Boolean.TRUE.equals(requestLeft.get());
    }

    /** Forget breakers of an integration whose configuration changed. */
    public void reset(long integrationId) {
        guards.keySet().removeIf(key -> key.endsWith(":" + integrationId));
    }

    /**
     * Runs {@code call} through the breaker, keeping RemoteFailure types intact; an open breaker is a
     * {@link RemoteFailure.BreakerOpen} (not an attempt: the request never left) that says when to come back.
     */
    public <T> T call(String api, long integrationId, String what, java.util.concurrent.Callable<T> call, Class<T> type) {
        return RemoteFailures.classifying(what, () -> {
            try {
                return forTarget(api, integrationId).call(() -> {
                    requestLeft.set(Boolean.TRUE);
                    return RemoteFailures.classifying(what, call);
                }, type);
            } catch (org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException e) {
                throw new RemoteFailure.BreakerOpen(what, config.delay(), e);
            }
        });
    }

    @io.smallrye.config.ConfigMapping(prefix = "procurewire.order-sync.breaker")
    public interface BreakerConfig {
        int requestVolumeThreshold();

        double failureRatio();

        java.time.Duration delay();
    }
}
