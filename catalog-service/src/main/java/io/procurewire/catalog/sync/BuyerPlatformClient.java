package io.procurewire.catalog.sync;

import io.procurewire.catalog.CatalogConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Every call to a buyer platform goes through here and carries the policy: a timeout per call, retries with jitter
 * for 5xx/timeouts/connection failures of idempotent calls (never of a create: POST is not idempotent, the runner
 * looks the item up instead), and a circuit breaker per platform ({@link PlatformBreakers}) that stops hammering a
 * platform that is down without stopping the syncs to other platforms. 4xx answers are not retried (the item
 * fails, the run goes on); 429 and 401 are handed to the caller, which waits for Retry-After or renews the token.
 * Policy values: application.properties, {@code io.procurewire.catalog.sync.BuyerPlatformClient/<Annotation>/<parameter>}
 * and {@code procurewire.catalog.sync.circuit-breaker.*}.
 */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 3, delay = 500, jitter = 200,
        retryOn = {RemoteFailure.Unavailable.class, TimeoutException.class, ProcessingException.class},
        abortOn = {RemoteFailure.Rejected.class, RemoteFailure.RateLimited.class, RemoteFailure.Unauthorized.class,
                CircuitBreakerOpenException.class})
public class BuyerPlatformClient {

    private final CatalogConfig config;
    private final PlatformBreakers breakers;
    /** One REST client per base URL, reused across runs (clients hold connection pools). */
    private final java.util.Map<String, BuyerPlatformApi> apis = new java.util.concurrent.ConcurrentHashMap<>();

    BuyerPlatformClient(CatalogConfig config, PlatformBreakers breakers) {
        this.config = config;
        this.breakers = breakers;
    }

    /** A session for one run; not a remote call, so the policy does not apply. */
    public PlatformSession open(String baseUrl, String clientId, String clientSecret, String scope) {
        BuyerPlatformApi api = apis.computeIfAbsent(baseUrl, url -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(config.sync().connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.sync().readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(BuyerPlatformApi.class));
        return new PlatformSession(api, baseUrl, clientId, clientSecret, scope, config.sync().maxRequestsPerSecond());
    }

    public void fetchToken(PlatformSession s) {
        BuyerPlatformApi.Token token = call(s, () -> s.api.token("client_credentials", s.clientId, s.clientSecret, s.scope));
        if (token == null || token.accessToken() == null) {
            throw new RemoteFailure.Rejected(200, "the token endpoint answered without an access_token");
        }
        s.token(token.accessToken(), token.expiresIn() == null ? 3600 : token.expiresIn());
    }

    public List<SupplierItem> page(PlatformSession s, String supplierNumber, int offset, int limit) {
        List<SupplierItem> items = call(s, () -> s.api.list(s.authorization(), supplierNumber, offset, limit));
        return items == null ? List.of() : items;
    }

    /** The supplier's item with this part number and auxiliary part number, if the platform has it. */
    public java.util.Optional<SupplierItem> find(PlatformSession s, String supplierNumber, String partNum, String auxPartNum) {
        List<SupplierItem> items = call(s, () -> s.api.findByPartNumber(s.authorization(), supplierNumber, partNum));
        return (items == null ? List.<SupplierItem>of() : items).stream()
                .filter(i -> partNum.equals(i.supplierPartNum())
                        && java.util.Objects.equals(blankToNull(auxPartNum), blankToNull(i.supplierAuxPartNum())))
                .findFirst();
    }

    /** Sent once: a create that failed without an answer may have been stored, so only the caller may repeat it. */
    @Retry(maxRetries = 0)
    public SupplierItem create(PlatformSession s, SupplierItem item) {
        return call(s, () -> s.api.create(s.authorization(), item));
    }

    public SupplierItem update(PlatformSession s, long id, SupplierItem item) {
        return call(s, () -> s.api.update(s.authorization(), id, item));
    }

    public void delete(PlatformSession s, long id) {
        call(s, () -> {
            s.api.delete(s.authorization(), id);
            return null;
        });
    }

    private <T> T call(PlatformSession s, Supplier<T> request) {
        return breakers.of(s.baseUrl).call(() -> {
            s.pace();
            try {
                return request.get();
            } catch (WebApplicationException e) {
                throw classify(e.getResponse());
            }
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private RemoteFailure classify(Response response) {
        int status = response == null ? 500 : response.getStatus();
        String body = "";
        try {
            if (response != null && response.hasEntity()) {
                body = response.readEntity(String.class);
            }
        } catch (RuntimeException ignored) {
            // the status is what matters; the body only enriches the message
        }
        String message = "HTTP " + status + (body.isBlank() ? "" : ": " + abbreviate(body));
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

    /** Retry-After in seconds (the HTTP-date form is rare for APIs; it falls back to one second). */
    private Duration retryAfter(Response response) {
        String header = response == null ? null : response.getHeaderString("Retry-After");
        Duration wait = Duration.ofSeconds(1);
        if (header != null) {
            try {
                wait = Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
            } catch (NumberFormatException ignored) {
                // keep the default
            }
        }
        Duration max = config.sync().maxRetryAfter();
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }
}
