package io.procurewire.sandbox.traffic;

import io.procurewire.sandbox.SandboxConfig;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicReference;

/** The rate limit in force: configured at start, switchable through {@code /admin/rate-limit}. */
@ApplicationScoped
public class RateLimitSettings {

    /** JSON shape of /admin/rate-limit. */
    @RegisterForReflection
    public record Limit(boolean enabled, double requestsPerSecond, int burst) {
    }

    private record Active(Limit limit, RateLimiter limiter) {
    }

    private final Limit configured;
    private final AtomicReference<Active> active = new AtomicReference<>();

    public RateLimitSettings(SandboxConfig config) {
        configured = new Limit(config.rateLimit().enabled(), config.rateLimit().requestsPerSecond(),
                config.rateLimit().burst());
        replace(configured);
    }

    public Limit current() {
        return active.get().limit();
    }

    /** A new limit starts with full buckets. */
    public void replace(Limit limit) {
        active.set(new Active(limit, new RateLimiter(limit.requestsPerSecond(), limit.burst(), System::nanoTime)));
    }

    public Limit reset() {
        replace(configured);
        return configured;
    }

    public RateLimiter.Decision tryAcquire(String caller) {
        Active now = active.get();
        return now.limit().enabled() ? now.limiter().tryAcquire(caller) : new RateLimiter.Decision(true, 0);
    }
}
