package io.procurewire.catalog.sync;

import java.time.Duration;
import java.time.Instant;

/**
 * One run's connection to a buyer platform: the REST client, the credentials, the current bearer token, and the
 * pacing that keeps us under the platform's rate limit (Coupa: 25 requests/s, burst 20).
 */
public final class PlatformSession {

    final BuyerPlatformApi api;
    /** Which platform: its circuit breaker is this platform's own. */
    final String baseUrl;
    final String clientId;
    final String clientSecret;
    final String scope;
    private final long minIntervalNanos;
    private long lastRequestNanos;
    private String token;
    private Instant tokenExpiresAt = Instant.EPOCH;

    PlatformSession(BuyerPlatformApi api, String baseUrl, String clientId, String clientSecret, String scope,
                    int maxRequestsPerSecond) {
        this.api = api;
        this.baseUrl = baseUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.scope = scope;
        this.minIntervalNanos = maxRequestsPerSecond <= 0 ? 0 : 1_000_000_000L / maxRequestsPerSecond;
    }

    boolean needsToken() {
        return token == null || Instant.now().isAfter(tokenExpiresAt);
    }

    void token(String accessToken, long expiresInSeconds) {
        this.token = accessToken;
        // renew a minute early, so a token never expires between check and use
        this.tokenExpiresAt = Instant.now().plus(Duration.ofSeconds(Math.max(0, expiresInSeconds - 60)));
    }

    void invalidateToken() {
        token = null;
    }

    String authorization() {
        return "Bearer " + token;
    }

    /** Waits until the next request may go out. */
    synchronized void pace() {
        if (minIntervalNanos == 0) {
            return;
        }
        long wait = lastRequestNanos + minIntervalNanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lastRequestNanos = System.nanoTime();
    }
}
