package io.procurewire.ordersync.erp;

import com.fasterxml.jackson.databind.JsonNode;
import io.procurewire.ordersync.OrderSyncConfig;
import io.procurewire.ordersync.platform.Breakers;
import io.procurewire.ordersync.platform.RemoteFailure;
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
 * Every call to an ERP. The ERP write is idempotent (po-number + version is its key), so a lost answer may be
 * retried: retries with jitter on 5xx, timeouts and dropped connections; 4xx is final. Circuit breaker per
 * integration ({@link Breakers}). Policy: {@code io.procurewire.ordersync.erp.ErpClient/send/...}.
 */
@ApplicationScoped
public class ErpClient {

    private final OrderSyncConfig config;
    private final Breakers breakers;
    private final Map<String, ErpApi> apis = new ConcurrentHashMap<>();

    ErpClient(OrderSyncConfig config, Breakers breakers) {
        this.config = config;
        this.breakers = breakers;
    }

    /** Sends one PO version; answers the ERP document number. */
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, jitter = 150,
            retryOn = {RemoteFailure.Unavailable.class, RemoteFailure.NotSent.class})
    public String send(ErpTarget target, Map<String, Object> purchaseOrder) {
        JsonNode answer = breakers.call("erp", target.integrationId(), "POST " + target.url(),
                () -> api(target.url()).send(target.authorization(), purchaseOrder), JsonNode.class);
        JsonNode number = answer == null ? null : answer.get("erp-document-number");
        if (number == null || number.asText().isBlank()) {
            throw new RemoteFailure.Rejected(200, "the ERP answered without an erp-document-number");
        }
        return number.asText();
    }

    private ErpApi api(String url) {
        return apis.computeIfAbsent(url, u -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(u))
                .connectTimeout(config.pull().connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.pull().readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(ErpApi.class));
    }
}
