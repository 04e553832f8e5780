package io.procurewire.sandbox.traffic;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Coupa's API limit as a token bucket per caller: {@code burst} requests at once, refilled at
 * {@code requestsPerSecond}. Plain class (clock injected) so the arithmetic is unit-tested without Quarkus.
 */
public final class RateLimiter {

    /** The verdict for one request: allowed, or refused with the seconds to wait (HTTP Retry-After). */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private final double requestsPerSecond;
    private final int burst;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(double requestsPerSecond, int burst, LongSupplier nanoClock) {
        if (requestsPerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate must be positive and burst at least 1");
        }
        this.requestsPerSecond = requestsPerSecond;
        this.burst = burst;
        this.nanoClock = nanoClock;
    }

    public double requestsPerSecond() {
        return requestsPerSecond;
    }

    public int burst() {
        return burst;
    }

    public Decision tryAcquire(String caller) {
        return buckets.computeIfAbsent(caller, c -> new Bucket(burst, nanoClock.getAsLong())).take();
    }

    private final class Bucket {
        private double tokens;
        private long lastRefill;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastRefill = now;
        }

        synchronized Decision take() {
            long now = nanoClock.getAsLong();
            tokens = Math.min(burst, tokens + (now - lastRefill) / 1e9 * requestsPerSecond);
            lastRefill = now;
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, 0);
            }
            double secondsToNextToken = (1 - tokens) / requestsPerSecond;
            return new Decision(false, Math.max(1, (long) Math.ceil(secondsToNextToken)));
        }
    }
}
