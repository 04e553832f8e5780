package io.procurewire.invoice.delivery;

import io.procurewire.cxml.CxmlReadException;
import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Status;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The only way invoices leave for buyer platforms: posts a written cXML document and answers the buyer's cXML Status.
 * Timeout, retries with jitter and a circuit breaker (policy in application.properties under
 * {@code io.procurewire.invoice.delivery.BuyerInvoiceClient/send/*}). Retried: no connection, a timeout, an HTTP error
 * (the buyer did not judge the document) or a cXML 5xx. Repeating is safe: every attempt posts the same bytes with the
 * same payloadID. A cXML 2xx/4xx Status is the buyer's decision and is answered as is.
 */
@ApplicationScoped
public class BuyerInvoiceClient {

    /** The buyer's cXML Status. */
    public record Answer(int code, String text) {
    }

    /** The buyer did not judge the document (HTTP error, unreadable answer, cXML 5xx): worth another attempt. */
    public static class BuyerUnavailable extends RuntimeException {
        public BuyerUnavailable(String message) {
            super(message);
        }
    }

    private final CxmlReader reader = new CxmlReader();
    private final Map<String, BuyerCxmlApi> clients = new ConcurrentHashMap<>();

    @Timeout
    @Retry(retryOn = {ProcessingException.class, BuyerUnavailable.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProcessingException.class, BuyerUnavailable.class, TimeoutException.class})
    public Answer send(String url, String document) {
        byte[] answer;
        try {
            answer = client(url).post(document.getBytes(StandardCharsets.UTF_8));
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            throw new BuyerUnavailable("buyer platform answered HTTP " + status);
        }
        CxmlDocument response;
        try {
            response = reader.read(answer == null ? new byte[0] : answer);
        } catch (CxmlReadException e) {
            throw new BuyerUnavailable("the buyer's answer is not cXML: " + e.getMessage());
        }
        Status status = response.status().orElseThrow(() -> new BuyerUnavailable("the buyer's answer has no Status"));
        int code = status.getCode() == null ? 500 : status.getCode();
        String text = status.getText() + (status.getContent() == null || status.getContent().isBlank() ? "" : ": " + status.getContent().trim());
        if (code >= 500) {
            throw new BuyerUnavailable("buyer platform answered cXML " + code + " " + text);
        }
        return new Answer(code, text);
    }

    private BuyerCxmlApi client(String url) {
        return clients.computeIfAbsent(url, u -> QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(u))
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS).build(BuyerCxmlApi.class));
    }
}
