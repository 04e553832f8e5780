package io.procurewire.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** One service's admin API as an operator calls it: JSON over HTTP with the local administrator's Basic credentials. */
public final class ServiceApi {

    /** An answer: the HTTP status and the JSON body (MissingNode when there is none). */
    public record Answer(int status, JsonNode body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** A call that did not get the answer the set-up needs, with what the service said. */
    public static final class SetupFailed extends RuntimeException {
        SetupFailed(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ServiceApi(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer postJson(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(json(body)));
    }

    public Answer putJson(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
    }

    public Answer post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** The answer, or a SetupFailed naming the call and what the service said when its status is not {@code expected}. */
    public JsonNode expect(Answer answer, String what, int... expected) {
        for (int status : expected) {
            if (answer.status() == status) {
                return answer.body();
            }
        }
        throw new SetupFailed(what + " at " + baseUrl + " answered HTTP " + answer.status() + ": "
                + (answer.body().isMissingNode() ? "(no body)" : answer.body().toString()));
    }

    public static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Accept", "application/json")
                .header("X-Requested-By", "procurewire-demo");
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON-serialisable: " + body, e);
        }
    }

    private Answer send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String text = response.body();
            JsonNode body = MissingNode.getInstance();
            if (text != null && !text.isBlank()) {
                try {
                    body = JSON.readTree(text);
                } catch (IOException notJson) {
                    body = JSON.getNodeFactory().textNode(text);
                }
            }
            return new Answer(response.statusCode(), body);
        } catch (IOException e) {
            throw new SetupFailed(built.method() + " " + built.uri() + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SetupFailed("interrupted during " + built.method() + " " + built.uri());
        }
    }
}
