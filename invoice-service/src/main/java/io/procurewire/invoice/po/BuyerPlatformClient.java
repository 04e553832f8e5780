package io.procurewire.invoice.po;

import com.fasterxml.jackson.databind.JsonNode;
import io.procurewire.invoice.InvoiceConfig;
import io.procurewire.invoice.matching.PurchaseOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The only way to the buyer platform's Core API. Timeout, retries with jitter and a circuit breaker (policy in
 * application.properties); when they are exhausted the fallback answers "unavailable", which parks the match as
 * waiting for PO data — never a match on missing data. Tokens (OAuth2 client credentials) are cached until shortly
 * before they expire; a 401 drops the cached token.
 */
@ApplicationScoped
public class BuyerPlatformClient {

    private static final Logger LOG = Logger.getLogger(BuyerPlatformClient.class);

    /** 5xx, 429 or 408: worth retrying. */
    static class BuyerPlatformFailed extends RuntimeException {
        BuyerPlatformFailed(String message) {
            super(message);
        }
    }

    private final BuyerPlatformApi api;
    private final InvoiceConfig.BuyerPlatform config;
    private volatile String token;
    private volatile Instant tokenValidUntil = Instant.EPOCH;

    public BuyerPlatformClient(@RestClient BuyerPlatformApi api, InvoiceConfig config) {
        this.api = api;
        this.config = config.buyerPlatform();
    }

    @Timeout
    @Retry(retryOn = {ProcessingException.class, BuyerPlatformFailed.class, TimeoutException.class})
    @CircuitBreaker
    @Fallback(fallbackMethod = "unavailable")
    public PoLookup purchaseOrder(String poNumber) {
        JsonNode answer = call(() -> api.purchaseOrders(bearer(), poNumber));
        for (JsonNode order : answer) {
            if (poNumber.equals(order.path("po-number").asText())) {
                return PoLookup.found(toOrder(order));
            }
        }
        return PoLookup.notFound();
    }

    /**
     * One page of the Core API's receiving transactions. Same timeout, retry and circuit-breaker conventions as the PO
     * read (policy {@code BuyerPlatformClient/receivingTransactions/*}); no fallback: a pull that cannot read a page
     * stops and keeps its watermark, the next run reads the same transactions again.
     */
    @Timeout
    @Retry(retryOn = {ProcessingException.class, BuyerPlatformFailed.class, TimeoutException.class})
    @CircuitBreaker
    public JsonNode receivingTransactions(java.util.Map<String, String> query) {
        return call(() -> api.receivingTransactions(bearer(), query));
    }

    PoLookup unavailable(String poNumber, Throwable failure) {
        LOG.warnf("buyer platform: PO %s could not be read: %s", poNumber, String.valueOf(failure));
        return PoLookup.unavailable(String.valueOf(failure.getMessage()));
    }

    private String bearer() {
        if (config.clientId().isEmpty()) {
            return null;
        }
        Instant now = Instant.now();
        if (token == null || now.isAfter(tokenValidUntil)) {
            JsonNode answer = call(() -> api.token("client_credentials", config.clientId().get(),
                    config.clientSecret().orElse(""), config.scope()));
            token = answer.path("access_token").asText();
            long lifetime = answer.path("expires_in").asLong(300);
            tokenValidUntil = now.plusSeconds(lifetime).minus(config.tokenRenewBefore());
        }
        return "Bearer " + token;
    }

    private <T> T call(java.util.function.Supplier<T> remote) {
        try {
            return remote.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status == 401) {
                token = null;
            }
            if (status >= 500 || status == 429 || status == 408 || status == 401) {
                throw new BuyerPlatformFailed("buyer platform answered HTTP " + status);
            }
            throw e;
        }
    }

    /** Core API order-header JSON (hyphenated keys) to the matching model. */
    PurchaseOrder toOrder(JsonNode order) {
        List<PurchaseOrder.Line> lines = new ArrayList<>();
        for (JsonNode line : order.path("order-lines")) {
            if (line.path("deleted").asBoolean(false)) {
                continue;
            }
            lines.add(new PurchaseOrder.Line(line.path("line-num").asInt(), decimal(line.path("quantity")),
                    decimal(line.path("price")), line.path("uom").path("code").asText(null),
                    line.path("commodity").path("name").asText(null),
                    line.hasNonNull("tax-rate") ? decimal(line.path("tax-rate")) : null));
        }
        String created = order.path("created-at").asText(null);
        LocalDate orderDate = created == null ? null : OffsetDateTime.parse(created).toLocalDate();
        return new PurchaseOrder(order.path("po-number").asText(), config.buyerName(),
                order.path("supplier").path("number").asText(null), order.path("currency").path("code").asText(),
                orderDate, lines);
    }

    private static BigDecimal decimal(JsonNode node) {
        return new BigDecimal(node.asText("0"));
    }
}
