package io.procurewire.ordersync.push;

import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.CxmlReadException;
import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.model.Status;
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
 * Posts ConfirmationRequests to buyers. A POST the buyer may have processed is not repeated here (retries only when
 * the connection was refused); the ledger retries later with the same payloadID, which the buyer de-duplicates.
 * The cXML Status decides: 2xx done, 409 done (the buyer already has this payloadID: an earlier attempt arrived although
 * its answer was lost), other 4xx rejected (dead letter), 5xx retry. Circuit breaker per integration.
 */
@ApplicationScoped
public class ConfirmationClient {

    /** cXML 409: what a buyer answers to a payloadID it has already received; we only ever resend the same document. */
    static final int ALREADY_RECEIVED = 409;

    private final OrderSyncConfig config;
    private final Breakers breakers;
    private final CxmlReader reader = new CxmlReader();
    private final Map<String, ConfirmationApi> apis = new ConcurrentHashMap<>();

    ConfirmationClient(OrderSyncConfig config, Breakers breakers) {
        this.config = config;
        this.breakers = breakers;
    }

    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, jitter = 150, retryOn = RemoteFailure.NotSent.class)
    public void send(long integrationId, String url, String cxml) {
        byte[] answer = breakers.call("confirmation", integrationId, "POST " + url,
                () -> api(url).send(cxml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), byte[].class);
        Status status;
        try {
            CxmlDocument doc = reader.read(answer == null ? new byte[0] : answer);
            status = doc.status().orElse(null);
        } catch (CxmlReadException e) {
            throw new RemoteFailure.Unavailable(200, "the buyer's answer to the ConfirmationRequest is not cXML: "
                    + e.getMessage(), e);
        }
        if (status == null) {
            throw new RemoteFailure.Unavailable(200, "the buyer answered the ConfirmationRequest without a Status", null);
        }
        int code = status.getCode() == null ? 500 : status.getCode();
        if (code >= 200 && code < 300 || code == ALREADY_RECEIVED) {
            return;
        }
        String message = "ConfirmationRequest answered " + code + " " + status.getText();
        if (code >= 400 && code < 500) {
            throw new RemoteFailure.Rejected(code, message);
        }
        throw new RemoteFailure.Unavailable(code, message, null);
    }

    private ConfirmationApi api(String url) {
        return apis.computeIfAbsent(url, u -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(u))
                .connectTimeout(config.pull().connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.pull().readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(ConfirmationApi.class));
    }
}
