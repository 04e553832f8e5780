package io.procurewire.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput of the PO export against the buyer platform's rate limit, NOT part of the test suite. Starts the
 * packaged sandbox (Coupa's rate limit on: 25 requests/s, burst 20) and one order-sync-service replica, and per
 * monitoring option, without and with injected faults: issues N POs of 5 lines (not timed), then times the export of
 * all of them (runs started through the admin API until none is left unexported) and prints
 * <ul>
 *   <li>POs/s, buyer-platform API calls per PO (every request that reached the sandbox's /api/, counted by the
 *       sandbox's own http_server metrics, 429s and injected errors included; the benchmark's own checks subtracted),</li>
 *   <li>the ceiling the rate limit allows at that call count (25 / calls-per-PO POs/s) and the share reached,</li>
 *   <li>CPU ms per PO of the order-sync JVM (utime + stime from /proc/&lt;pid&gt;/stat).</li>
 * </ul>
 * Run: {@code scripts/bench-order-sync [--pos N] [--options 1,2,3] [--no-faults] [--workers N]} (see
 * order-sync-service/README.md).
 */
public final class OrderSyncBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final double RATE_LIMIT = 25.0;

    private OrderSyncBenchmark() {
    }

    record Result(int option, boolean faults, int pos, double seconds, long apiCalls, long cpuMillis, int runs) {
        double posPerSecond() {
            return pos / seconds;
        }

        double callsPerPo() {
            return (double) apiCalls / pos;
        }

        double bound() {
            return RATE_LIMIT / callsPerPo();
        }
    }

    public static void main(String[] args) throws Exception {
        int pos = 10_000;
        List<Integer> options = List.of(1, 2, 3);
        boolean withFaults = true;
        String workers = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pos" -> pos = Integer.parseInt(args[++i]);
                case "--options" -> options = java.util.Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
                case "--no-faults" -> withFaults = false;
                case "--workers" -> workers = String.valueOf(Integer.parseInt(args[++i]));
                default -> throw new IllegalArgumentException(
                        "usage: [--pos N] [--options 1,2,3] [--no-faults] [--workers N]");
            }
        }
        // the benchmark measures against Coupa's published limit, whatever a local configuration says
        OrderSyncWorld world = OrderSyncWorld.start(Map.of("procurewire.sandbox.rate-limit.enabled", "true",
                "procurewire.sandbox.rate-limit.requests-per-second", "25", "procurewire.sandbox.rate-limit.burst", "20"));
        // stops the sandbox, the replica and PostgreSQL also when the benchmark is interrupted
        Runtime.getRuntime().addShutdownHook(new Thread(world::close, "benchmark-world-stop"));
        try {
            Map<String, String> replicaConfig = new java.util.HashMap<>(OrderSyncApi.configuration(world.sandbox()));
            replicaConfig.putAll(Map.of("procurewire.order-sync.pull.schedule-enabled", "false",
                    "procurewire.order-sync.delivery.backoff-base", "PT0.2S",
                    "procurewire.order-sync.delivery.backoff-max", "PT2S",
                    "procurewire.order-sync.breaker.delay", "PT2S"));
            if (workers != null) {
                // POs of a run in progress at once (the service's default otherwise)
                replicaConfig.put("procurewire.order-sync.delivery.workers", workers);
            }
            OrderSyncWorld.Replica replica = world.startReplica("bench", replicaConfig);
            BuyerPlatform platform = new BuyerPlatform(world.sandbox());
            OrderSyncApi api = new OrderSyncApi(replica.baseUrl());
            List<Result> results = new ArrayList<>();
            for (int option : options) {
                for (boolean faults : withFaults ? List.of(false, true) : List.of(false)) {
                    // a supplier per row, the integration narrowed to it: a row's first reconciliation pass sees only
                    // its own POs, not the ones earlier rows exported (it would send those to the ERP again)
                    String supplier = "SUP-BENCH-" + UUID.randomUUID().toString().substring(0, 6);
                    platform.promptSupplier(supplier);
                    results.add(measure(world, platform, api, replica, supplier, option, faults, pos));
                }
            }
            print(results, pos);
        } finally {
            world.close();
        }
    }

    private static Result measure(OrderSyncWorld world, BuyerPlatform platform, OrderSyncApi api,
                                  OrderSyncWorld.Replica replica, String supplier, int option, boolean faults,
                                  int pos) throws Exception {
        System.out.printf("option %d, faults %s: issuing %d POs ...%n", option, faults ? "on" : "off", pos);
        issue(world.sandbox(), supplier, pos);
        String code = "bench-" + option + (faults ? "-faults-" : "-") + UUID.randomUUID().toString().substring(0, 4);
        api.createIntegration(code, option, world.sandbox(), "PT24H", supplier);
        if (faults) {
            // 5 % 503s, 20 ms latency, 2 % dropped connections on the API and the ERP
            platform.faults(OrderSyncScenarioTest.faults(0.05, 20, null, 0.02));
        }
        long callsBefore = apiCalls(world.sandboxManagement());
        long cpuBefore = OrderSyncWorld.cpuTime(replica.pid()).toMillis();
        Instant start = Instant.now();
        int runs = 0;
        int checks = 0;
        Instant deadline = start.plus(Duration.ofHours(3));
        while (Instant.now().isBefore(deadline)) {
            runs++;
            int status = api.admin().post("/api/integrations/" + code + "/runs").statusCode();
            if (status != 200 && status != 409) {
                System.out.printf("  run %d answered %d%n", runs, status);
            }
            if (faults) {
                api.admin().post("/api/integrations/" + code + "/deliveries");
                for (Map<String, Object> dead : api.deadLetters(code)) {
                    api.admin().post("/api/integrations/" + code + "/orders/" + dead.get("poNumber") + "/retry");
                }
            }
            checks++;
            if (noneLeft(platform)) {
                break;
            }
        }
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        long cpu = OrderSyncWorld.cpuTime(replica.pid()).toMillis() - cpuBefore;
        platform.clearFaults();
        long calls = apiCalls(world.sandboxManagement()) - callsBefore - checks;
        api.deleteIntegration(code);
        Result result = new Result(option, faults, pos, seconds, calls, cpu, runs);
        System.out.printf("  %.1f s, %d runs, %d API calls, %.1f POs/s%n", seconds, runs, calls, result.posPerSecond());
        return result;
    }

    /** One Core API call: are unexported POs left? Retried here (outside the count) when a fault hits it. */
    private static boolean noneLeft(BuyerPlatform platform) {
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                var response = platform.api().queryParam("exported", "false").queryParam("limit", "1")
                        .queryParam("return_object", "limited").get("/api/purchase_orders");
                if (response.statusCode() == 200) {
                    return response.jsonPath().getList("$").isEmpty();
                }
            } catch (Exception droppedConnection) {
                // an injected dropped connection: ask again
            }
            sleep(200);
        }
        return false;
    }

    private static void issue(String sandbox, String supplier, int count) throws Exception {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            lines.add(BuyerPlatform.line(n, n));
        }
        byte[] body = JSON.writeValueAsBytes(Map.of("supplier", Map.of("number", supplier),
                "currency", Map.of("code", "USD"), "ship-to-address", Map.of("name", "Plant 7",
                        "street1", "7 Foundry Road", "city", "Gary", "postal-code", "46402",
                        "country", Map.of("code", "US")), "order-lines", lines));
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                workers.add(pool.submit(() -> {
                    while (next.getAndIncrement() < count) {
                        HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox + "/admin/purchase-orders"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                        (RunningSuite.ADMIN_USER + ":" + RunningSuite.ADMIN_PASSWORD)
                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
                        if (answer.statusCode() != 201) {
                            throw new IllegalStateException("issuing a PO answered " + answer.statusCode());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
    }

    /** Requests the sandbox served under /api/ so far, from its Prometheus metrics (on its management port). */
    static long apiCalls(String sandboxManagement) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(sandboxManagement + "/q/metrics"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the sandbox's metrics answered " + answer.statusCode());
        }
        String metrics = answer.body();
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("http_server_requests_seconds_count{") && line.contains("uri=\"/api/")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return Math.round(total);
    }

    private static void print(List<Result> results, int pos) {
        System.out.println();
        System.out.printf("Order-sync export benchmark, %s, %d POs of 5 lines per row, %s, %d cores%n",
                Instant.now().toString().substring(0, 10), pos, System.getProperty("os.name") + " "
                        + System.getProperty("os.arch") + ", JDK " + Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| option | faults | POs/s | API calls/PO | rate-limit bound (25/calls) | share of bound | CPU ms/PO | runs |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            System.out.printf("| %d | %s | %.2f | %.2f | %.2f POs/s | %.0f %% | %.1f | %d |%n", r.option(),
                    r.faults() ? "on" : "off", r.posPerSecond(), r.callsPerPo(), r.bound(),
                    100 * r.posPerSecond() / r.bound(), (double) r.cpuMillis() / r.pos(), r.runs());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
