package io.procurewire.catalog.sync;

import io.procurewire.catalog.CatalogConfig;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One circuit breaker per buyer platform (by base URL), built with SmallRye Fault Tolerance's programmatic API: a
 * platform that is down opens its own breaker and leaves every other buyer's sync running. A 4xx, a 429 or a 401
 * says the platform is up, so it does not count as a failure. Values: {@code procurewire.catalog.sync.circuit-breaker.*}.
 */
@ApplicationScoped
public class PlatformBreakers {

    private final CatalogConfig.Sync.Breaker config;
    private final Map<String, Breaker> byPlatform = new ConcurrentHashMap<>();

    PlatformBreakers(CatalogConfig config) {
        this.config = config.sync().circuitBreaker();
    }

    Breaker of(String baseUrl) {
        return byPlatform.computeIfAbsent(baseUrl, url -> new Breaker(Guard.create()
                .withDescription("buyer platform " + url)
                .withCircuitBreaker()
                .requestVolumeThreshold(config.requestVolumeThreshold())
                .failureRatio(config.failureRatio())
                .delay(config.delay().toMillis(), ChronoUnit.MILLIS)
                .skipOn(List.of(RemoteFailure.Rejected.class, RemoteFailure.RateLimited.class,
                        RemoteFailure.Unauthorized.class))
                .done()
                .build()));
    }

    /** A platform's breaker; a call through it throws CircuitBreakerOpenException while it is open. */
    static final class Breaker {
        private final Guard guard;

        private Breaker(Guard guard) {
            this.guard = guard;
        }

        @SuppressWarnings("unchecked")
        <T> T call(Supplier<T> call) {
            return (T) guard.get((Supplier<Object>) call, Object.class);
        }
    }
}
