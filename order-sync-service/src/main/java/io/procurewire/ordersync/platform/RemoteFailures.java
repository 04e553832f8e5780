package io.procurewire.ordersync.platform;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.Callable;

/** Turns what a JAX-RS client throws into a {@link RemoteFailure}. */
public final class RemoteFailures {

    private RemoteFailures() {
    }

    public static <T> T classifying(String what, Callable<T> call) {
        try {
            return call.call();
        } catch (RemoteFailure e) {
            throw e;
        } catch (WebApplicationException e) {
            throw classify(what, e.getResponse());
        } catch (CircuitBreakerOpenException e) {
            throw new RemoteFailure.BreakerOpen(what, java.time.Duration.ofSeconds(1), e);
        } catch (TimeoutException e) {
            throw new RemoteFailure.Unavailable(null, what + ": timed out", e);
        } catch (ProcessingException e) {
            if (causedBy(e, ConnectException.class)) {
                throw new RemoteFailure.NotSent(what + ": connection refused", e);
            }
            throw new RemoteFailure.Unavailable(null, what + ": " + rootMessage(e), e);
        } catch (RuntimeException e) {
            throw new RemoteFailure.Unavailable(null, what + ": " + rootMessage(e), e);
        } catch (Exception e) {
            throw new RemoteFailure.Unavailable(null, what + ": " + rootMessage(e), e);
        }
    }

    public static RemoteFailure classify(String what, Response response) {
        int status = response == null ? 500 : response.getStatus();
        String body = "";
        try {
            if (response != null && response.hasEntity()) {
                body = response.readEntity(String.class);
            }
        } catch (RuntimeException ignored) {
            // the status is what matters; the body only enriches the message
        }
        String message = what + ": HTTP " + status + (body.isBlank() ? "" : " " + abbreviate(body));
        if (status == 429) {
            return new RemoteFailure.RateLimited(retryAfter(response));
        }
        if (status == 401) {
            return new RemoteFailure.Unauthorized(message);
        }
        if (status >= 500 || status == 408) {
            return new RemoteFailure.Unavailable(status, message, null);
        }
        return new RemoteFailure.Rejected(status, message);
    }

    /** Retry-After in seconds (fractions accepted); one second when absent or unreadable. */
    static Duration retryAfter(Response response) {
        String header = response == null ? null : response.getHeaderString("Retry-After");
        if (header != null) {
            try {
                return Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(header.trim()) * 1000)));
            } catch (NumberFormatException ignored) {
                // an HTTP-date: rare for APIs; fall through to one second
            }
        }
        return Duration.ofSeconds(1);
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }

    public static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }
}
