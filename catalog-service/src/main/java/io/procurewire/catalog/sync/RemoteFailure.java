package io.procurewire.catalog.sync;

import java.time.Duration;

/** How a call to the buyer platform failed, classified for the retry policy. */
public sealed class RemoteFailure extends RuntimeException {

    private final Integer status;

    RemoteFailure(Integer status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public Integer status() {
        return status;
    }

    /** 5xx or no answer: worth retrying. */
    public static final class Unavailable extends RemoteFailure {
        Unavailable(Integer status, String message, Throwable cause) {
            super(status, message, cause);
        }
    }

    /** 429: wait as long as Retry-After says, then try again (not a failure of the platform). */
    public static final class RateLimited extends RemoteFailure {
        private final Duration retryAfter;

        RateLimited(Duration retryAfter) {
            super(429, "rate limited, retry after " + retryAfter.toSeconds() + "s", null);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** 401: the token expired or was revoked; fetch a new one. */
    public static final class Unauthorized extends RemoteFailure {
        Unauthorized(String message) {
            super(401, message, null);
        }
    }

    /** Any other 4xx: the platform refuses this request; retrying the same request cannot help. */
    public static final class Rejected extends RemoteFailure {
        Rejected(int status, String message) {
            super(status, message, null);
        }
    }
}
