package io.procurewire.invoice.po;

import com.fasterxml.jackson.databind.JsonNode;
import io.procurewire.invoice.InvoiceConfig;
import io.procurewire.invoice.matching.PurchaseOrder;
import io.procurewire.invoice.posting.PostedTransaction;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** The platform refused a request (a 4xx other than 401/408/429): repeating it would not help. */
    public static class PlatformRefused extends RuntimeException {
        public PlatformRefused(String message) {
            super(message);
        }
    }

    /**
     * One receipt on its way to the platform, shared by the retries of {@link #postReceipt}: once a POST has been
     * issued ({@code mayExist}), a retry first looks the transaction up instead of posting again. {@code taken}: ids
     * that other receipts of ours already hold (never ours).
     */
    public static final class ReceiptPost {
        final PostedTransaction transaction;
        final Set<Long> taken;
        volatile boolean mayExist;
        volatile int posts;

        public ReceiptPost(PostedTransaction transaction, Set<Long> taken, boolean mayExist) {
            this.transaction = transaction;
            this.taken = Set.copyOf(taken);
            this.mayExist = mayExist;
        }

        /** How many POSTs this attempt issued (0 when an earlier one was found). */
        public int posts() {
            return posts;
        }
    }

    /** The platform's id of the receipt's transaction, and whether it was found rather than created now. */
    public record Posted(long platformId, boolean found) {
    }

    static final String RECEIVING_WRITE = "core.inventory.receiving.write";

    private final BuyerPlatformApi api;
    private final InvoiceConfig.BuyerPlatform config;
    private final String scope;
    private volatile String token;
    private volatile Instant tokenValidUntil = Instant.EPOCH;

    public BuyerPlatformClient(@RestClient BuyerPlatformApi api, InvoiceConfig config) {
        this.api = api;
        this.config = config.buyerPlatform();
        // the write scope only when some buyer takes our receipts: a read-only client keeps working without it
        boolean posting = config.receiptPosting().buyers().values().stream().anyMatch(InvoiceConfig.ReceiptPosting.Buyer::enabled);
        this.scope = posting && !java.util.Arrays.asList(this.config.scope().split("\\s+")).contains(RECEIVING_WRITE)
                ? this.config.scope() + " " + RECEIVING_WRITE : this.config.scope();
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

    /**
     * The platform's order-line ids of a PO by line number (Coupa receiving transactions reference the order line by
     * this id); empty when the platform has no such PO. Policy {@code BuyerPlatformClient/orderLineIds/*}.
     */
    @Timeout
    @Retry(retryOn = {ProcessingException.class, BuyerPlatformFailed.class, TimeoutException.class})
    @CircuitBreaker
    public Optional<Map<Integer, Long>> orderLineIds(String poNumber) {
        JsonNode answer = call(() -> api.purchaseOrders(bearer(), poNumber));
        for (JsonNode order : answer) {
            if (poNumber.equals(order.path("po-number").asText())) {
                Map<Integer, Long> ids = new LinkedHashMap<>();
                for (JsonNode line : order.path("order-lines")) {
                    if (!line.path("deleted").asBoolean(false) && line.hasNonNull("id")) {
                        ids.put(line.path("line-num").asInt(), line.path("id").asLong());
                    }
                }
                return Optional.of(ids);
            }
        }
        return Optional.empty();
    }

    /**
     * Posts one receipt as a receiving transaction, at most once in effect: a retry (in this call or a later claim)
     * after a POST whose answer was not seen first lists the order line's transactions and takes the one with this
     * receipt's content that no other receipt of ours holds. Policy {@code BuyerPlatformClient/postReceipt/*}; a 4xx
     * refusal is not retried ({@link PlatformRefused}) and does not count for the breaker.
     */
    @Timeout
    @Retry(retryOn = {ProcessingException.class, BuyerPlatformFailed.class, TimeoutException.class},
            abortOn = PlatformRefused.class)
    @CircuitBreaker(skipOn = PlatformRefused.class)
    public Posted postReceipt(ReceiptPost post) {
        if (post.mayExist) {
            Optional<Long> found = findPosted(post);
            if (found.isPresent()) {
                return new Posted(found.get(), true);
            }
        }
        post.mayExist = true;           // from here on the platform may hold it, whatever we hear back
        post.posts++;
        JsonNode created;
        try {
            created = call(() -> api.createReceivingTransaction(bearer(), post.transaction.body()));
        } catch (WebApplicationException e) {
            throw refused(e);
        }
        long id = created == null ? 0 : created.path("id").asLong(0);
        if (id <= 0) {
            throw new BuyerPlatformFailed("the platform's answer has no receiving transaction id");
        }
        return new Posted(id, false);
    }

    private Optional<Long> findPosted(ReceiptPost post) {
        long cursor = 0;
        while (true) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("type[in]", PostedTransaction.TYPE);
            query.put("order-line[id]", String.valueOf(post.transaction.orderLineId()));
            query.put("id[gt]", String.valueOf(cursor));
            query.put("limit", "50");
            JsonNode page;
            try {
                page = call(() -> api.receivingTransactions(bearer(), query));
            } catch (WebApplicationException e) {
                throw refused(e);
            }
            if (page == null || !page.isArray() || page.isEmpty()) {
                return Optional.empty();
            }
            for (JsonNode t : page) {
                long id = t.path("id").asLong();
                cursor = Math.max(cursor, id);
                if (!post.taken.contains(id) && post.transaction.matches(t)) {
                    return Optional.of(id);
                }
            }
        }
    }

    private static PlatformRefused refused(WebApplicationException e) {
        int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
        String body = "";
        try {
            body = e.getResponse() == null ? "" : e.getResponse().readEntity(String.class);
        } catch (RuntimeException ignored) {
            // no readable body: the status says enough
        }
        String text = "buyer platform refused the receiving transaction: HTTP " + status
                + (body == null || body.isBlank() ? "" : " " + body.strip());
        return new PlatformRefused(text.length() > 900 ? text.substring(0, 900) : text);
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
                    config.clientSecret().orElse(""), scope));
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
