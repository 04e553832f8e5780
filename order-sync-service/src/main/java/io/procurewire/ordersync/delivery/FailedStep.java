package io.procurewire.ordersync.delivery;

import io.procurewire.ordersync.platform.RemoteFailure;

import java.time.Duration;

/**
 * How a failed step counts. A step that reached the remote side is an attempt: after {@code maxAttempts} of them,
 * or at once for a failure a retry cannot fix (4xx), the version is dead-lettered. A step our own circuit breaker
 * refused ({@link RemoteFailure.BreakerOpen}) never left: it is not an attempt, never dead-letters, and waits for
 * the breaker's delay instead of the back-off. Plain class: unit-tested.
 *
 * @param attempts     the version's attempt count after this failure
 * @param dead         whether the version is dead-lettered now
 * @param notAttempted whether the request never reached the remote side
 * @param notBefore       the least time before the next try (Retry-After of a 429, the breaker's delay), or null
 */
public record FailedStep(int attempts, boolean dead, boolean notAttempted, Duration notBefore) {

    /**
     * @param sentToErp      the version is in SENT_TO_ERP: the ERP step counted its attempt when it committed that
     *                       state (the other steps count here)
     * @param storedAttempts the attempts stored on the version now
     * @param requestLeft    whether any request of the step reached the remote side (a real failure that opened the
     *                       breaker before a retry met it is an attempt)
     */
    public static FailedStep of(RuntimeException e, boolean sentToErp, int storedAttempts, int maxAttempts,
                                boolean requestLeft) {
        if (e instanceof RemoteFailure.BreakerOpen open && !requestLeft) {
            int attempts = sentToErp ? Math.max(0, storedAttempts - 1) : storedAttempts;
            return new FailedStep(attempts, false, true, open.retryAfter());
        }
        boolean retryable = !(e instanceof RemoteFailure failure) || failure.retryable();
        int attempts = sentToErp ? storedAttempts : storedAttempts + 1;
        Duration wait = e instanceof RemoteFailure.RateLimited limited ? limited.retryAfter()
                : e instanceof RemoteFailure.BreakerOpen open ? open.retryAfter() : null;
        return new FailedStep(attempts, !retryable || attempts >= maxAttempts, false, wait);
    }
}
