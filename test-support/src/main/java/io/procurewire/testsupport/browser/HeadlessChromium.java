package io.procurewire.testsupport.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real headless Chromium driven over the DevTools protocol with nothing but the JDK's WebSocket client: navigate,
 * run JavaScript in the page, wait for conditions. Started with a fresh profile, killed and cleaned up on close.
 * Tests call {@link #executable()} first and skip (JUnit assumption) when no Chromium is installed:
 * {@code scripts/install-browser} installs Debian's.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** Where Chromium is: $PROCUREWIRE_CHROMIUM, else Debian's /usr/bin/chromium. */
    public static Optional<Path> executable() {
        String configured = System.getenv("PROCUREWIRE_CHROMIUM");
        Path path = Path.of(configured != null && !configured.isBlank() ? configured : "/usr/bin/chromium");
        return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }

    public HeadlessChromium(Path executable) throws IOException, InterruptedException {
        profile = Files.createTempDirectory("procurewire-chromium-");
        process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).start();
        String browserUrl = devToolsUrl();
        // the page target of about:blank
        URI http = URI.create(browserUrl.replaceFirst("^ws://", "http://")).resolve("/json/list");
        HttpClient client = HttpClient.newHttpClient();
        String pageSocket = null;
        for (int i = 0; i < 50 && pageSocket == null; i++) {
            JsonNode targets = JSON.readTree(client.send(HttpRequest.newBuilder(http).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode target : targets) {
                if ("page".equals(target.path("type").asText())) {
                    pageSocket = target.path("webSocketDebuggerUrl").asText();
                }
            }
            if (pageSocket == null) {
                Thread.sleep(100);
            }
        }
        if (pageSocket == null) {
            throw new IllegalStateException("Chromium opened no page target");
        }
        socket = client.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new Listener()).join();
        send("Page.enable", JSON.createObjectNode());
        send("Runtime.enable", JSON.createObjectNode());
    }

    private String devToolsUrl() throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> found = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                String line;
                while ((line = output.readLine()) != null) {
                    Matcher m = DEVTOOLS.matcher(line);
                    if (m.find()) {
                        found.complete(m.group(1));
                    }
                }
                found.completeExceptionally(new IOException("Chromium exited without a DevTools URL"));
            } catch (IOException e) {
                found.completeExceptionally(e);
            }
        }, "chromium-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return found.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("Chromium did not start: " + e.getMessage(), e);
        }
    }

    public JsonNode send(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(message.toString(), true).join();
        try {
            JsonNode result = answer.get(30, TimeUnit.SECONDS);
            if (result.has("error")) {
                throw new IllegalStateException(method + " failed: " + result.get("error"));
            }
            return result.get("result");
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer", e);
        }
    }

    /**
     * Renders the current page at a viewport of {@code width} × {@code height} CSS pixels (a phone when narrower than
     * 600), writes it as PNG to {@code file} and answers its bytes; the viewport stays until {@link #resetViewport()}.
     */
    public byte[] screenshot(java.nio.file.Path file, int width, int height) throws IOException {
        send("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", width < 600));
        JsonNode shot = send("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
        byte[] png = java.util.Base64.getDecoder().decode(shot.get("data").asText());
        java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        java.nio.file.Files.write(file, png);
        return png;
    }

    public void resetViewport() {
        send("Emulation.clearDeviceMetricsOverride", JSON.createObjectNode());
    }

    public void navigate(String url) {
        send("Page.navigate", JSON.createObjectNode().put("url", url));
    }

    /** Runs JavaScript in the page and returns its value (as JSON). */
    public JsonNode eval(String expression) {
        JsonNode result = send("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("JavaScript failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    public String location() {
        return eval("location.href").asText();
    }

    public String text(String selector) {
        return eval("(document.querySelector(" + JSON.valueToTree(selector) + ") || {innerText: ''}).innerText").asText();
    }

    public void click(String selector) {
        eval("document.querySelector(" + JSON.valueToTree(selector) + ").click(); true");
    }

    /** Waits until the page's URL matches and the document has loaded. */
    public String waitForLocation(Predicate<String> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                last = location();
                if (condition.test(last) && "complete".equals(eval("document.readyState").asText())) {
                    return last;
                }
            } catch (IllegalStateException navigating) {
                // the execution context is replaced while a navigation commits; ask again
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("browser did not reach the expected page in " + timeout + "; it is at " + last
                + " showing: " + safeBody());
    }

    private String safeBody() {
        try {
            return text("body");
        } catch (RuntimeException e) {
            return "(no page)";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        } catch (RuntimeException ignored) {
            // the browser is going away anyway
        }
        // Chromium's helper processes (renderer, network service) write into the profile too: stop them all first
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        helpers.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle helper : helpers) {
                helper.onExit().get(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } catch (Exception stillRunning) {
            helpers.forEach(ProcessHandle::destroyForcibly);
        }
        deleteProfile();
    }

    /** Removes the throw-away profile; a file that vanishes meanwhile is fine, and a leftover never fails a test. */
    private void deleteProfile() {
        for (int attempt = 1; attempt <= 3 && Files.exists(profile); attempt++) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException vanished) {
                // a helper removed or renamed a file while we walked: walk again
            }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(buffer.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    }
                } catch (IOException e) {
                    // not JSON: ignore, DevTools only speaks JSON
                } finally {
                    buffer.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
