package io.procurewire.punchout.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * Load benchmark of a running punchout-service (not a test). It starts what the service needs on this machine
 * (an embedded PostgreSQL and a stub catalog-service), starts the service's packaged jar as a separate JVM, registers
 * a connection, then measures with N concurrent clients, each phase for the same duration:
 * <ol>
 *   <li>ceiling: GET /q/health/live (a trivial Quarkus endpoint: what the HTTP stack alone does on this machine)</li>
 *   <li>setup requests: POST /cxml/punchout (parse, authenticate with PBKDF2, replay guard, session, audit log)</li>
 *   <li>product page: GET /shop/{key}/items/P-100 (session check, catalog call, Qute rendering)</li>
 * </ol>
 * and prints requests/second, p50 and p99 latency, and each rate as a share of the ceiling. Usage: see README.
 * Arguments: --clients N (8), --seconds S (15), --warmup S (5), --jar path (target/quarkus-app/quarkus-run.jar),
 * --port P (18081), or --base-url URL to measure a service you started yourself (then it must reach a
 * catalog-service and you pass --connection-from/--connection-secret of a registered connection).
 */
public final class PunchoutBenchmark {

    private static final Pattern START_PAGE = Pattern.compile("<URL>([^<]*/punchout/start/[^<]*)</URL>");

    private PunchoutBenchmark() {
    }

    record Result(String name, long requests, long errors, double seconds, long p50Micros, long p99Micros) {
        double perSecond() {
            return requests / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "15"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        String baseUrl = options.get("base-url");
        // operations endpoints (the ceiling below) are on the management port: the service port + 1000 by default
        String managementUrl = options.get("management-url");
        Process service = null;
        EmbeddedPostgres postgres = null;
        HttpServer catalog = null;
        String from = options.getOrDefault("connection-from", "BENCH-" + UUID.randomUUID().toString().substring(0, 8));
        String secret = options.getOrDefault("connection-secret", "bench-secret");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            if (baseUrl == null) {
                postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start();
                try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("create database punchout");
                }
                catalog = stubCatalog();
                int port = Integer.parseInt(options.getOrDefault("port", "18081"));
                baseUrl = "http://localhost:" + port;
                managementUrl = "http://localhost:" + (port + 1000);
                service = startService(options.getOrDefault("jar", "target/quarkus-app/quarkus-run.jar"), port,
                        postgres.getPort(), catalog.getAddress().getPort(), baseUrl);
                waitUntilReady(http, managementUrl, service);
                registerConnection(http, baseUrl, from, secret);
            }
            String base = baseUrl;
            String management = managementUrl != null ? managementUrl
                    : base.replaceFirst(":(\\d+)$", "") + ":" + (URI.create(base).getPort() + 1000);
            System.out.printf("punchout-service benchmark: %s, %d clients, %d s per phase (after %d s warm-up), %d cores%n",
                    base, clients, seconds, warmup, Runtime.getRuntime().availableProcessors());

            Supplier<HttpRequest> ceiling = () -> HttpRequest.newBuilder(URI.create(management + "/q/health/live")).GET().build();
            Supplier<HttpRequest> setup = () -> HttpRequest.newBuilder(URI.create(base + "/cxml/punchout"))
                    .header("Content-Type", "text/xml; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(setupRequest(from, secret))).build();
            String shop = openShop(http, base, from, secret);
            Supplier<HttpRequest> product = () -> HttpRequest.newBuilder(URI.create(base + shop + "/items/P-100")).GET().build();

            run(http, "warm-up", clients, warmup, ceiling, 200, null);
            run(http, "warm-up", clients, warmup, setup, 200, "<StartPage>");
            run(http, "warm-up", clients, warmup, product, 200, "Torque wrench");
            Result ceilingResult = run(http, "ceiling GET /q/health/live", clients, seconds, ceiling, 200, null);
            Result setupResult = run(http, "setup POST /cxml/punchout", clients, seconds, setup, 200, "<StartPage>");
            Result productResult = run(http, "product page GET /shop/{key}/items/P-100", clients, seconds, product, 200,
                    "Torque wrench");

            System.out.println();
            System.out.printf("%-42s %10s %10s %10s %8s %10s%n", "endpoint", "req/s", "p50 ms", "p99 ms", "errors", "of ceiling");
            for (Result r : List.of(ceilingResult, setupResult, productResult)) {
                System.out.printf("%-42s %10.0f %10.2f %10.2f %8d %9.1f%%%n", r.name(), r.perSecond(),
                        r.p50Micros() / 1000.0, r.p99Micros() / 1000.0, r.errors(),
                        100.0 * r.perSecond() / ceilingResult.perSecond());
            }
        } finally {
            if (service != null) {
                service.destroy();
                service.waitFor();
            }
            if (catalog != null) {
                catalog.stop(0);
            }
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    private static Result run(HttpClient http, String name, int clients, int seconds, Supplier<HttpRequest> request,
                              int expectedStatus, String expectedText) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request.get(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != expectedStatus
                                || (expectedText != null && !response.body().contains(expectedText))) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = (System.nanoTime() - t0) / 1000;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Result result = new Result(name, merged.length, errors.get(), elapsed,
                merged.length == 0 ? 0 : merged[(int) (merged.length * 0.50)],
                merged.length == 0 ? 0 : merged[Math.min(merged.length - 1, (int) (merged.length * 0.99))]);
        if (!name.equals("warm-up")) {
            System.out.printf("  %s: %d requests, %d errors%n", name, result.requests(), result.errors());
        }
        return result;
    }

    private static String setupRequest(String from, String secret) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/1.2.014/cXML.dtd">
                <cXML payloadID="%s@bench" timestamp="%s">
                  <Header>
                    <From><Credential domain="DUNS"><Identity>%s</Identity></Credential></From>
                    <To><Credential domain="DUNS"><Identity>987654321</Identity></Credential></To>
                    <Sender><Credential domain="DUNS"><Identity>%s</Identity><SharedSecret>%s</SharedSecret></Credential>
                      <UserAgent>Coupa Procurement 1.0</UserAgent></Sender>
                  </Header>
                  <Request>
                    <PunchOutSetupRequest operation="create">
                      <BuyerCookie>bench</BuyerCookie>
                      <Extrinsic name="UniqueName">bench.user</Extrinsic>
                      <Extrinsic name="UserEmail">bench.user@acme.example</Extrinsic>
                      <BrowserFormPost><URL>https://acme.coupahost.com/punchout/checkout?id=1</URL></BrowserFormPost>
                    </PunchOutSetupRequest>
                  </Request>
                </cXML>
                """.formatted(UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC), from, from, secret);
    }

    private static String openShop(HttpClient http, String base, String from, String secret) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/cxml/punchout"))
                .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString(setupRequest(from, secret)))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = START_PAGE.matcher(answer.body());
        if (!m.find()) {
            throw new IllegalStateException("setup request failed: " + answer.body());
        }
        String startPath = URI.create(m.group(1)).getPath();
        HttpResponse<Void> redirect = http.send(HttpRequest.newBuilder(URI.create(base + startPath)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String location = redirect.headers().firstValue("Location").orElseThrow();
        String path = URI.create(location).getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Process startService(String jar, int port, int postgresPort, int catalogPort, String baseUrl)
            throws IOException {
        if (!new File(jar).isFile()) {
            throw new IllegalStateException(jar + " not found: build the service first (see README)");
        }
        Path log = Files.createTempFile("punchout-bench", ".log");
        System.out.println("service log: " + log);
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:" + postgresPort + "/punchout",
                "-Dquarkus.datasource.username=postgres",
                "-Dquarkus.datasource.password=postgres",
                "-Dquarkus.management.port=" + (port + 1000),
                "-Dquarkus.rest-client.catalog.url=http://localhost:" + catalogPort,
                "-Dprocurewire.punchout.public-base-url=" + baseUrl,
                "-Dquarkus.log.level=WARN",
                "-Dquarkus.security.users.embedded.users.bench=bench-admin",
                "-Dquarkus.security.users.embedded.roles.bench=admin",
                "-jar", jar)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void waitUntilReady(HttpClient http, String base, Process service) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service exited with " + service.exitValue());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service did not become ready within 120 s");
    }

    private static void registerConnection(HttpClient http, String base, String from, String secret) throws Exception {
        String body = """
                {"buyerName":"Bench Buyer","buyerCode":"acme","contractCode":"C-1","autoProvisionUsers":true,
                 "production":{"fromDomain":"DUNS","fromIdentity":"%s","toDomain":"DUNS","toIdentity":"987654321",
                               "senderDomain":"DUNS","senderIdentity":"%s","sharedSecret":"%s"}}"""
                .formatted(from, from, secret);
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/connections"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("bench:bench-admin".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("could not register the connection: " + created.body());
        }
    }

    /** A catalog-service stub that answers like a fast catalog-service would (fixed JSON, no database). */
    private static HttpServer stubCatalog() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        String item = """
                {"supplierPartId":"P-100","supplierPartAuxiliaryId":null,"name":"Torque wrench 5-50 Nm",
                 "description":"Click-type torque wrench","manufacturerName":"Tohnichi","manufacturerPartId":"QL50N",
                 "unspsc":"27111700","unitOfMeasure":"EA","leadTimeDays":3,"imageUrl":null,
                 "listPrice":{"amount":120.00,"currency":"USD"},"price":{"amount":99.50,"currency":"USD"},
                 "priceSource":"CONTRACT_FIXED","contractCode":"C-1","priceVersion":17,"active":true}""";
        server.createContext("/api/buyers/acme/catalog/items/", exchange -> respond(exchange, item));
        server.createContext("/api/buyers/acme/catalog/search", exchange ->
                respond(exchange, "{\"items\":[" + item + "],\"page\":0,\"size\":20,\"total\":1}"));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
