package io.procurewire.ordersync.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.procurewire.ordersync.OrderSyncConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Every call to a buyer platform's Core API. Timeout and retries (with jitter) per method, policy values in
 * application.properties ({@code io.procurewire.ordersync.platform.PlatformClient/<method>/<Annotation>/<param>});
 * the circuit breaker is per integration ({@link Breakers}). Reads and PUTs (idempotent) retry on 5xx, timeouts and
 * dropped connections; POSTs that create records (runs, history records, errors) retry only when the request never
 * left ({@link RemoteFailure.NotSent}), so a lost answer never creates a record twice. 429 and 401 go back to
 * {@link PlatformConnection}, which waits for Retry-After or renews the token.
 */
@ApplicationScoped
public class PlatformClient {

    private final OrderSyncConfig config;
    private final Breakers breakers;
    private final Map<String, CoupaApi> apis = new ConcurrentHashMap<>();

    PlatformClient(OrderSyncConfig config, Breakers breakers) {
        this.config = config;
        this.breakers = breakers;
    }

    private CoupaApi api(PlatformTarget target) {
        return apis.computeIfAbsent(target.baseUrl(), url -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(config.pull().connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.pull().readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(CoupaApi.class));
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 200, jitter = 100,
            retryOn = {RemoteFailure.Unavailable.class, RemoteFailure.NotSent.class})
    public CoupaApi.Token token(PlatformTarget target, String scope) {
        return breakers.call("platform", target.integrationId(), "POST /oauth2/token",
                () -> api(target).token("client_credentials", target.clientId(), target.clientSecret(), scope),
                CoupaApi.Token.class);
    }

    @Timeout(value = 20, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 200, jitter = 100,
            retryOn = {RemoteFailure.Unavailable.class, RemoteFailure.NotSent.class})
    public JsonNode list(PlatformTarget target, String authorization, String resource, Map<String, String> query) {
        return breakers.call("platform", target.integrationId(), "GET /api/" + resource,
                () -> api(target).list(authorization, resource, query), JsonNode.class);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 200, jitter = 100,
            retryOn = {RemoteFailure.Unavailable.class, RemoteFailure.NotSent.class})
    public JsonNode update(PlatformTarget target, String authorization, String resource, long id,
                           Map<String, String> query, JsonNode body) {
        return breakers.call("platform", target.integrationId(), "PUT /api/" + resource + "/" + id,
                () -> api(target).update(authorization, resource, id, query, body), JsonNode.class);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 200, jitter = 100,
            retryOn = {RemoteFailure.Unavailable.class, RemoteFailure.NotSent.class})
    public JsonNode act(PlatformTarget target, String authorization, String resource, long id, String action,
                        JsonNode body) {
        return breakers.call("platform", target.integrationId(), "PUT /api/" + resource + "/" + id + "/" + action,
                () -> api(target).act(authorization, resource, id, action, body), JsonNode.class);
    }

    /** Creates a record: not idempotent, so retried only when the request provably never left. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 200, jitter = 100, retryOn = RemoteFailure.NotSent.class)
    public JsonNode create(PlatformTarget target, String authorization, String resource, String action,
                           JsonNode body) {
        String path = "POST /api/" + resource + (action == null ? "" : "/" + action);
        return breakers.call("platform", target.integrationId(), path,
                () -> action == null ? api(target).create(authorization, resource, body)
                        : api(target).createVia(authorization, resource, action, body), JsonNode.class);
    }
}
