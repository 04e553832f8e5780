package io.procurewire.sandbox.traffic;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Fault injection and rate limiting in front of every route (Vert.x filters run before REST, so a dropped connection
 * really gets no bytes and a 429 costs no database work). Faults come first: a failing Coupa fails before it counts.
 */
@ApplicationScoped
public class TrafficFilters {

    private static final Logger LOG = Logger.getLogger(TrafficFilters.class);

    private final FaultSettings faults;
    private final RateLimitSettings rateLimit;
    private final Vertx vertx;
    private final MeterRegistry metrics;

    public TrafficFilters(FaultSettings faults, RateLimitSettings rateLimit, Vertx vertx, MeterRegistry metrics) {
        this.faults = faults;
        this.rateLimit = rateLimit;
        this.vertx = vertx;
        this.metrics = metrics;
    }

    void register(@Observes Filters filters) {
        filters.register(this::injectFaults, 200);
        filters.register(this::limitRate, 100);
    }

    void injectFaults(RoutingContext context) {
        String path = context.normalizedPath();
        FaultSettings.Faults now = faults.current();
        if (!now.eligible(path)) {
            context.next();
            return;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if ((now.dropPath() != null && path.startsWith(now.dropPath()))
                || (now.dropRate() > 0 && random.nextDouble() < now.dropRate())) {
            LOG.debugf("fault injection: dropping the connection of %s %s", context.request().method(), path);
            metrics.counter("procurewire_sandbox_faults_injected", "kind", "drop").increment();
            context.request().connection().close();
            return;
        }
        Runnable decide = () -> {
            if (now.failPath() != null && path.startsWith(now.failPath())) {
                fail(context, now.failStatus(), "fixed fault for " + now.failPath());
            } else if (now.errorRate() > 0 && random.nextDouble() < now.errorRate()) {
                fail(context, now.errorStatus(), "random fault (error rate " + now.errorRate() + ")");
            } else {
                context.next();
            }
        };
        if (now.latencyMillis() > 0) {
            vertx.setTimer(now.latencyMillis(), id -> decide.run());
        } else {
            decide.run();
        }
    }

    private void fail(RoutingContext context, int status, String why) {
        metrics.counter("procurewire_sandbox_faults_injected", "kind", "status").increment();
        context.response().setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .putHeader("X-Sandbox-Fault", "injected")
                .end("{\"errors\":{\"error\":[\"Injected fault: " + why + "\"]}}");
    }

    void limitRate(RoutingContext context) {
        if (!context.normalizedPath().startsWith("/api/")) {
            context.next();
            return;
        }
        String authorization = context.request().getHeader("Authorization");
        String caller = authorization != null ? authorization : "ip:" + context.request().remoteAddress().host();
        RateLimiter.Decision decision = rateLimit.tryAcquire(caller);
        if (decision.allowed()) {
            context.next();
            return;
        }
        metrics.counter("procurewire_sandbox_rate_limited").increment();
        context.response().setStatusCode(429)
                .putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()))
                .putHeader("Content-Type", "application/json")
                .end("{\"errors\":{\"error\":[\"Rate limit exceeded: " + rateLimit.current().requestsPerSecond()
                        + " requests per second, burst " + rateLimit.current().burst() + "\"]}}");
    }
}
