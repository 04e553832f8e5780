package io.procurewire.ordersync.platform;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/**
 * One integration's connection to its buyer platform inside this replica: the bearer token (renewed before expiry
 * and after a 401), the token bucket every call takes from, and the waits a 429's Retry-After asks for.
 */
public final class PlatformConnection {

    public interface CallCounter {
        void count(String operation, String outcome);
    }

    private final PlatformClient client;
    private final PlatformTarget target;
    private final TokenBucket bucket;
    private final Duration maxRetryAfter;
    private final CallCounter counter;
    private String token;
    private Instant tokenExpiresAt = Instant.EPOCH;

    PlatformConnection(PlatformClient client, PlatformTarget target, TokenBucket bucket, Duration maxRetryAfter,
                       CallCounter counter) {
        this.client = client;
        this.target = target;
        this.bucket = bucket;
        this.maxRetryAfter = maxRetryAfter;
        this.counter = counter;
    }

    public PlatformTarget target() {
        return target;
    }

    public JsonNode list(String resource, Map<String, String> query) {
        return call("list", authorization -> client.list(target, authorization, resource, query));
    }

    public JsonNode update(String resource, long id, Map<String, String> query, JsonNode body) {
        return call("update", authorization -> client.update(target, authorization, resource, id, query, body));
    }

    public JsonNode act(String resource, long id, String action, JsonNode body) {
        return call("action", authorization -> client.act(target, authorization, resource, id, action, body));
    }

    public JsonNode create(String resource, String action, JsonNode body) {
        return call("create", authorization -> client.create(target, authorization, resource, action, body));
    }

    private JsonNode call(String operation, Function<String, JsonNode> request) {
        boolean renewed = false;
        long waitedMillis = 0;
        while (true) {
            bucket.acquire();
            String authorization = null;
            try {
                authorization = authorization();
                JsonNode answer = request.apply(authorization);
                counter.count(operation, "ok");
                return answer;
            } catch (RemoteFailure.RateLimited e) {
                counter.count(operation, "429");
                waitedMillis += e.retryAfter().toMillis();
                if (waitedMillis > maxRetryAfter.toMillis()) {
                    throw e;
                }
                sleep(e.retryAfter());
            } catch (RemoteFailure.Unauthorized e) {
                counter.count(operation, "401");
                if (renewed) {
                    throw e;
                }
                invalidateToken(authorization);
                renewed = true;
            } catch (RemoteFailure.BreakerOpen e) {
                counter.count(operation, "breaker_open"); // never left: not a call the platform saw
                throw e;
            } catch (RemoteFailure e) {
                counter.count(operation, e.status() == null ? "error" : String.valueOf(e.status()));
                throw e;
            }
        }
    }

    private synchronized String authorization() {
        if (token == null || Instant.now().isAfter(tokenExpiresAt)) {
            bucket.acquire();
            CoupaApi.Token answer = client.token(target, null);
            counter.count("token", "ok");
            if (answer == null || answer.accessToken() == null) {
                throw new RemoteFailure.Rejected(200, "the token endpoint answered without an access_token");
            }
            long expiresIn = answer.expiresIn() == null ? 3600 : answer.expiresIn();
            token = answer.accessToken();
            // renew a minute early (or at half-life for short tokens), so a token never expires between check and use
            tokenExpiresAt = Instant.now().plusSeconds(Math.max(1, Math.min(expiresIn - 60, expiresIn / 2)));
        }
        return "Bearer " + token;
    }

    /** Forgets the token a 401 answered, unless another worker already renewed it (one renewal per expiry). */
    private synchronized void invalidateToken(String refused) {
        if (refused == null || refused.equals("Bearer " + token)) {
            token = null;
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteFailure.Unavailable(null, "interrupted while waiting for Retry-After", e);
        }
    }
}
