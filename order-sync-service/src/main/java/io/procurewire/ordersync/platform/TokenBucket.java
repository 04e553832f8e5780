package io.procurewire.ordersync.platform;

import java.util.function.LongSupplier;

/**
 * Client-side token bucket, so that paging and bursts stay inside the platform's rate limit (Coupa: 25 requests/s,
 * burst 20) instead of running into 429s. Thread-safe; {@link #acquire()} blocks until a token is available.
 */
public final class TokenBucket {

    private final double perSecond;
    private final double capacity;
    private final LongSupplier nanoClock;
    private double tokens;
    private long lastRefill;

    public TokenBucket(double perSecond, int burst, LongSupplier nanoClock) {
        this.perSecond = perSecond;
        this.capacity = Math.max(1, burst);
        this.nanoClock = nanoClock;
        this.tokens = capacity;
        this.lastRefill = nanoClock.getAsLong();
    }

    /** Takes a token if one is available now; otherwise answers how many nanoseconds until one will be. */
    public synchronized long tryAcquire() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perSecond * 1_000_000_000L);
    }

    public void acquire() {
        long wait;
        while ((wait = tryAcquire()) > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the rate limit", e);
            }
        }
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(capacity, tokens + (now - lastRefill) / 1_000_000_000.0 * perSecond);
        lastRefill = now;
    }
}
