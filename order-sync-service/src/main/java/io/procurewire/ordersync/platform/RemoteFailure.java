package io.procurewire.ordersync.platform;

import java.time.Duration;

/** How a remote call failed, classified for retries, circuit breakers and the ledger's back-off. */
public sealed class RemoteFailure extends RuntimeException {

    private final Integer status;

    RemoteFailure(Integer status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public Integer status() {
        return status;
    }

    /** Whether trying the same request later can succeed. */
    public boolean retryable() {
        return !(this instanceof Rejected);
    }

    /** 5xx, 408, a timeout or a dropped connection: worth retrying (for POSTs only when {@link NotSent}). */
    public static final class Unavailable extends RemoteFailure {
        public Unavailable(Integer status, String message, Throwable cause) {
            super(status, message, cause);
        }
    }

    /** The connection was refused: the request never left, so even a non-idempotent POST may be repeated. */
    public static final class NotSent extends RemoteFailure {
        public NotSent(String message, Throwable cause) {
            super(null, message, cause);
        }
    }

    /**
     * Our own circuit breaker for this integration's remote API is open: the request never left, so it is not an
     * attempt against the remote side. Try again once the breaker lets a trial call through ({@code retryAfter}).
     */
    public static final class BreakerOpen extends RemoteFailure {
        private final Duration retryAfter;

        public BreakerOpen(String what, Duration retryAfter, Throwable cause) {
            super(null, what + ": circuit breaker open (not sent; next try after " + retryAfter.toMillis() + " ms)",
                    cause);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** 429: wait as long as Retry-After says, then try again. */
    public static final class RateLimited extends RemoteFailure {
        private final Duration retryAfter;

        public RateLimited(Duration retryAfter) {
            super(429, "rate limited, retry after " + retryAfter.toMillis() + " ms", null);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** 401: the token expired or was revoked. */
    public static final class Unauthorized extends RemoteFailure {
        public Unauthorized(String message) {
            super(401, message, null);
        }
    }

    /** Any other 4xx: the remote side refuses this request; repeating it unchanged cannot help. */
    public static final class Rejected extends RemoteFailure {
        public Rejected(int status, String message) {
            super(status, message, null);
        }
    }
}
