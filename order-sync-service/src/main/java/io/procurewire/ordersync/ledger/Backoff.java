package io.procurewire.ordersync.ledger;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential back-off with full jitter between {@code base} and {@code max}; a Retry-After from the remote side is
 * a floor (we never come back earlier than it asked).
 */
public final class Backoff {

    private final Duration base;
    private final Duration max;
    private final DoubleSupplier random;

    public Backoff(Duration base, Duration max, DoubleSupplier random) {
        this.base = base;
        this.max = max;
        this.random = random;
    }

    /** Delay before attempt {@code attempts + 1}, after {@code attempts} failures (1 = the first failure). */
    public Duration delay(int attempts, Duration retryAfter) {
        long ceiling = base.toMillis() * (1L << Math.min(Math.max(attempts - 1, 0), 20));
        ceiling = Math.min(ceiling, max.toMillis());
        // half fixed, half random: spreads retries of many POs without ever retrying immediately
        long millis = ceiling / 2 + (long) (random.getAsDouble() * (ceiling - ceiling / 2));
        Duration delay = Duration.ofMillis(millis);
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            return retryAfter;
        }
        return delay;
    }
}
