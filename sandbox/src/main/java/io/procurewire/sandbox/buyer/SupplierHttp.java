package io.procurewire.sandbox.buyer;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Posts cXML to a supplier URL (punchout setup, OrderRequest). Each supplier has its own URL, so this is a plain
 * JDK client rather than a REST client interface; the retry policy lives with each caller (interactive punchout: the
 * user retries; OrderRequest: the persistent outbox retries 5xx hours apart, as Coupa does).
 */
@ApplicationScoped
public class SupplierHttp {

    /** What came back: the HTTP status and body. */
    public record Answer(int status, String body) {
    }

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public Answer postCxml(String url, String cxml, Duration timeout) throws IOException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "text/xml; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(cxml, StandardCharsets.UTF_8)).build();
        } catch (IllegalArgumentException e) {
            throw new IOException("not a usable URL: " + url, e);
        }
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + url, e);
        }
    }
}
