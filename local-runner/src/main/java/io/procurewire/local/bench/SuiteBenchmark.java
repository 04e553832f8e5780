package io.procurewire.local.bench;

import io.procurewire.local.ServiceSpec;
import io.procurewire.local.SuiteProcesses;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code scripts/bench}: punchout-service and catalog-service under load, as a load test would see them. Starts an
 * embedded PostgreSQL the way {@code scripts/run-local} does (data directory, PostgreSQL's default durability), both
 * packaged services with the JVM's default flags, loads a benchmark catalog (100,000 products, 1,000 contracts of 100
 * lines) and one buyer connection, then runs wrk (32 connections) against each endpoint after a warm-up and measures
 * the ceilings in the same run: {@code /q/health/live} of each service (a trivial Quarkus endpoint) and pgbench
 * single-row INSERT and SELECT on the same PostgreSQL. Prints one table. CPU per request is the service process's
 * utime+stime (from /proc) during the measured run divided by its requests: stable on a noisy machine.
 *
 * <p>Options: {@code --short} (a few seconds per endpoint and a small catalog: proves the benchmark works, figures
 * mean nothing), {@code --seconds N}, {@code --warmup N}, {@code --connections N}, {@code --lua DIR},
 * {@code --only setup} (the ceilings and the two setup rows only, with a small catalog: quicker when working on the
 * setup path), {@code --only shop} (the HTTP ceilings, the shop's product page and search and catalog-service's own
 * item read and search, on the full catalog: quicker when working on the shop), {@code --only catalog}
 * (catalog-service's ceilings and rows only: item read, search, facets), {@code --punchout-jvm-flags "..."} (extra JVM flags for punchout-service, e.g. a JFR recording),
 * {@code --catalog-jvm-flags "..."} (the same for catalog-service).
 */
public final class SuiteBenchmark {

    private static final Pattern START_PAGE = Pattern.compile("<URL>([^<]*/punchout/start/[^<]*)</URL>");
    private static final Pattern RESULT = Pattern.compile(
            "BENCH requests=(\\d+) duration_us=(\\d+) p50_us=(\\d+) p99_us=(\\d+) failed=(\\d+) socket_errors=(\\d+)");
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    private static final String[] WORDS = {"pen", "paper", "stapler", "drill", "hammer", "glove", "helmet", "cable",
            "laptop", "monitor", "chair", "desk", "lamp", "battery", "charger", "tape", "marker", "folder", "binder",
            "scissors", "screw", "bolt", "nut", "washer", "valve", "pump", "filter", "sensor", "switch", "relay"};
    private static final String[] ADJECTIVES = {"blue", "red", "heavy", "light", "premium", "compact", "steel",
            "plastic", "wireless", "ergonomic", "industrial", "recycled", "large", "small", "black", "white"};
    private static final String[] UNSPSC = {"44121701", "14111507", "44121615", "27112700", "46181504", "43211503",
            "56101504", "39101600", "26111700", "31161500", "40141700", "40161500", "32151700", "39121500"};
    private static final String FROM = "BENCH-BUYER";
    private static final String SECRET = "bench-shared-secret";
    private static final String BUYER = "buyer-1";
    private static final long CLOCK_TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux (USER_HZ is 100)

    /** One row of the table. {@code ceiling} names the row whose rate this one is compared with. */
    record Row(String name, double perSecond, double p50Ms, double p99Ms, long failed, double cpuMs,
               double catalogCpuMs, String ceiling, long succeeded) {
    }

    private final boolean shortMode;
    private final boolean setupOnly;
    private final boolean shopOnly;
    private final boolean catalogOnly;
    private final List<String> punchoutJvmFlags;
    private final List<String> catalogJvmFlags;
    private final int seconds;
    private final int warmup;
    private final int connections;
    private final Path lua;
    private final Path work;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Row> rows = new LinkedHashMap<>();

    private SuiteBenchmark(Map<String, String> options, Path work) {
        this.shortMode = options.containsKey("short");
        this.setupOnly = "setup".equals(options.get("only"));
        this.shopOnly = "shop".equals(options.get("only"));
        this.catalogOnly = "catalog".equals(options.get("only"));
        if (options.containsKey("only") && !setupOnly && !shopOnly && !catalogOnly) {
            throw new IllegalArgumentException("--only takes setup, shop or catalog, not " + options.get("only"));
        }
        String flags = options.getOrDefault("punchout-jvm-flags", "").trim();
        this.punchoutJvmFlags = flags.isEmpty() ? List.of() : List.of(flags.split("\\s+"));
        String catalogFlags = options.getOrDefault("catalog-jvm-flags", "").trim();
        this.catalogJvmFlags = catalogFlags.isEmpty() ? List.of() : List.of(catalogFlags.split("\\s+"));
        this.seconds = Integer.parseInt(options.getOrDefault("seconds", shortMode ? "3" : "20"));
        this.warmup = Integer.parseInt(options.getOrDefault("warmup", shortMode ? "3" : "10"));
        this.connections = Integer.parseInt(options.getOrDefault("connections", shortMode ? "2" : "32"));
        this.lua = Path.of(options.getOrDefault("lua", "scripts/bench-wrk")).toAbsolutePath();
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i].replaceFirst("^--", "");
            if (key.equals("short")) {
                options.put(key, "true");
            } else if (i + 1 < args.length) {
                options.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
        }
        // the embedded PostgreSQL logs every start-up step at INFO through JDK logging: keep the output to the table
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        for (var handler : java.util.logging.Logger.getLogger("").getHandlers()) {
            handler.setLevel(java.util.logging.Level.WARNING);
        }
        Path root = Path.of("").toAbsolutePath();
        Path work = Files.createTempDirectory("procurewire-bench");
        SuiteProcesses suite = new SuiteProcesses(root);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            suite.close();
            try {
                deleteRecursively(work);
            } catch (IOException ignored) {
                // a temporary directory
            }
        }, "procurewire-bench-stop"));
        int exit = new SuiteBenchmark(options, work).run(root, suite);
        System.exit(exit);
    }

    private int run(Path root, SuiteProcesses suite) throws Exception {
        int products = shortMode || setupOnly ? 5_000 : 100_000;
        int contracts = shortMode || setupOnly ? 50 : 1_000;
        System.out.printf("==> PostgreSQL (embedded, as scripts/run-local runs it: data directory, default durability)%n");
        suite.startPostgres(SuiteProcesses.freePort(), work.resolve("postgres"));
        int pgPort = suite.postgresPort();
        ServiceSpec catalog = ServiceSpec.named("catalog-service").onPorts(SuiteProcesses.freePort(), SuiteProcesses.freePort());
        ServiceSpec punchout = ServiceSpec.named("punchout-service").onPorts(SuiteProcesses.freePort(), SuiteProcesses.freePort());
        Map<String, ServiceSpec> specs = new LinkedHashMap<>();
        specs.put(catalog.name(), catalog);
        specs.put(punchout.name(), punchout);
        Map<String, String> punchoutConfig = new LinkedHashMap<>(SuiteProcesses.wiring(punchout, specs));
        punchoutConfig.put("procurewire.punchout.order-request-url", "http://localhost:8083/cxml/order-requests");
        punchoutConfig.put("procurewire.punchout.order-request-test-url", "http://localhost:8083/cxml/order-requests/test");
        System.out.println("==> catalog-service and punchout-service: packaged jars, default JVM flags (logs in .local/logs/bench-*.log)");
        SuiteProcesses.Running catalogRun = suite.launch(catalog, SuiteProcesses.wiring(catalog, specs), "bench-catalog-service",
                catalogJvmFlags);
        SuiteProcesses.Running punchoutRun = suite.launch(punchout, punchoutConfig, "bench-punchout-service",
                punchoutJvmFlags);
        if (!suite.awaitReady(catalogRun) || !suite.awaitReady(punchoutRun)) {
            return 1;
        }
        System.out.printf("==> Loading the benchmark catalog (%,d products, %,d contracts of 100 lines) and a buyer connection%n",
                products, contracts);
        String catalogUrl = "jdbc:postgresql://localhost:" + pgPort + "/" + catalog.database();
        List<String[]> contractLines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(catalogUrl, "postgres", "postgres")) {
            loadCatalog(c, products, contracts);
            // (buyer, contract, part) of contract lines in buyers' whole-catalog contracts, in a fixed order
            try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT k.buyer_code, k.code, p.supplier_part_id"
                    + " FROM contract_line l JOIN contract k ON k.id = l.contract_id JOIN product p ON p.id = l.product_id"
                    + " WHERE k.assortment = 'ALL' ORDER BY l.id")) {
                while (rs.next()) {
                    contractLines.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        suite.createDatabaseIfMissing("bench_ceiling");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/bench_ceiling",
                "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS ceiling");
            s.execute("CREATE TABLE ceiling (id bigserial PRIMARY KEY, payload text NOT NULL)");
            s.execute("INSERT INTO ceiling (payload) SELECT repeat('x', 500) FROM generate_series(1, 100000)");
            s.execute("ANALYZE ceiling");
        }
        String punchoutBase = punchout.baseUrl();
        registerConnection(punchoutBase);

        // inputs of the wrk scripts
        String runId = Long.toString(System.currentTimeMillis(), 36);
        Path template = lua.resolve("setup-request.xml");
        List<String> shops = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            shops.add(openShop(punchoutBase, runId + "-shop-" + i, "shop.user." + i));
        }
        Random random = new Random(42);
        List<String> productPages = new ArrayList<>();
        List<String> shopSearches = new ArrayList<>();
        List<String> itemReads = new ArrayList<>();
        List<String> catalogSearches = new ArrayList<>();
        List<String> catalogFacets = new ArrayList<>();
        List<String> shopItemReads = new ArrayList<>();
        Random facetRandom = new Random(43);
        Random shopReadRandom = new Random(44);
        for (int i = 0; i < 2000; i++) {
            String shop = shops.get(i % shops.size());
            productPages.add(shop + "/items/P-" + (1 + random.nextInt(products)));
            String query = searchQuery(random, products);
            shopSearches.add(shop + "/?q=" + query);
            int buyer = wholeCatalogBuyer(random, contracts);
            itemReads.add("/api/buyers/buyer-" + buyer + "/catalog/items/P-" + (1 + random.nextInt(products)));
            String filter = random.nextInt(3) == 0 ? "&unspsc=" + UNSPSC[random.nextInt(UNSPSC.length)].substring(0, 2) : "";
            catalogSearches.add("/api/buyers/buyer-" + (1 + random.nextInt(contracts)) + "/catalog/search?q=" + query
                    + filter + "&page=" + random.nextInt(3) + "&size=20");
            // the same mix, as a shop's search page asks for its facet counts (a generator of its own, so the other
            // rows draw what they drew before this row was added)
            catalogFacets.add("/api/buyers/buyer-" + (1 + facetRandom.nextInt(contracts)) + "/catalog/facets?q="
                    + searchQuery(facetRandom, products) + (facetRandom.nextInt(3) == 0
                    ? "&unspsc=" + UNSPSC[facetRandom.nextInt(UNSPSC.length)].substring(0, 2) : ""));
            // price resolution as punchout-service's product page asks for it: the session's buyer and its contract
            // named; half of the products on that contract's lines (fixed, percent-off and tier prices), half any
            // product (the contract's default discount or the list price); whole-catalog contracts only (no 404s)
            if (i % 2 == 0) {
                String[] line = contractLines.get(shopReadRandom.nextInt(contractLines.size()));
                shopItemReads.add("/api/buyers/" + line[0] + "/catalog/items/" + line[2] + "?contract=" + line[1]);
            } else {
                int b = wholeCatalogBuyer(shopReadRandom, contracts);
                shopItemReads.add("/api/buyers/buyer-" + b + "/catalog/items/P-" + (1 + shopReadRandom.nextInt(products))
                        + "?contract=C-" + b);
            }
        }
        String catalogAuth = "Basic " + Base64.getEncoder().encodeToString((SuiteProcesses.LOCAL_CATALOG_READER_USER + ":"
                + SuiteProcesses.LOCAL_CATALOG_READER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        long punchoutPid = punchoutRun.process().pid();
        long catalogPid = catalogRun.process().pid();

        System.out.printf("==> Measuring: wrk, %d connections, %d s warm-up + %d s per endpoint%n", connections, warmup, seconds);
        if (!catalogOnly) {
            measureWrk("HTTP ceiling: punchout GET /q/health/live", punchout.managementUrl() + "/q/health/live", "get.lua",
                    List.of(write("live.txt", List.of("/q/health/live"))), punchoutPid, catalogPid, null);
        }
        measureWrk("HTTP ceiling: catalog GET /q/health/live", catalog.managementUrl() + "/q/health/live", "get.lua",
                List.of(write("live-catalog.txt", List.of("/q/health/live"))), catalogPid, 0, null);
        String insert = "pgbench INSERT 500 B, 16 clients";
        String select = "pgbench SELECT by PK, 16 clients";
        String punchoutLive = "HTTP ceiling: punchout GET /q/health/live";
        if (!shopOnly && !catalogOnly) {
            measurePgbench(insert, pgPort, "INSERT INTO ceiling (payload) VALUES (repeat('x', 500));\n");
        }
        measurePgbench(select, pgPort, "\\set id random(1, 100000)\nSELECT payload FROM ceiling WHERE id = :id;\n");
        if (!shopOnly && !catalogOnly) {
            measureWrk("punchout setup (create), 1,000 users", punchoutBase + "/cxml/punchout", "setup.lua",
                    List.of(template.toString(), runId + "-u", "1000"), punchoutPid, catalogPid, insert);
            measureWrk("punchout setup (create), one hot user", punchoutBase + "/cxml/punchout", "setup.lua",
                    List.of(template.toString(), runId + "-h", "hot"), punchoutPid, catalogPid, insert);
        }
        if (setupOnly) {
            printTable();
            return rows.values().stream().anyMatch(r -> r.succeeded() <= 0 || r.failed() > 0) ? 1 : 0;
        }
        if (!catalogOnly) {
            measureWrk("shop product page", punchoutBase, "shop.lua", List.of(write("product-pages.txt", productPages)),
                    punchoutPid, catalogPid, punchoutLive);
            measureWrk("shop search", punchoutBase, "shop.lua", List.of(write("shop-searches.txt", shopSearches)),
                    punchoutPid, catalogPid, punchoutLive);
        }
        measureWrk("catalog price resolution (shop: buyer + contract)", catalog.baseUrl(), "get.lua",
                List.of(write("shop-item-reads.txt", shopItemReads), catalogAuth), catalogPid, 0, select);
        measureWrk("catalog item read, no contract named", catalog.baseUrl(), "get.lua",
                List.of(write("item-reads.txt", itemReads), catalogAuth), catalogPid, 0, select);
        measureWrk("catalog search", catalog.baseUrl(), "get.lua",
                List.of(write("catalog-searches.txt", catalogSearches), catalogAuth), catalogPid, 0, select);
        measureWrk("catalog facets", catalog.baseUrl(), "get.lua",
                List.of(write("catalog-facets.txt", catalogFacets), catalogAuth), catalogPid, 0, select);

        printTable();
        // --short runs cold JVMs for seconds: a slow first answer may time out, so it only fails when an endpoint
        // never answered right (the benchmark or the endpoint is broken); a full run fails on any error
        boolean broken = rows.values().stream().anyMatch(r -> r.succeeded() <= 0);
        boolean errors = rows.values().stream().anyMatch(r -> r.failed() > 0 || r.perSecond() <= 0);
        if (broken) {
            System.out.println("FAILED: an endpoint never answered as expected (see the first failure above)");
        } else if (errors) {
            System.out.println((shortMode ? "WARNING" : "FAILED") + ": an endpoint answered with errors (see above); "
                    + "the figures are not valid");
        }
        return broken || (errors && !shortMode) ? 1 : 0;
    }

    /**
     * A buyer whose contract shows the whole catalog: the loader gives every tenth buyer a contract restricted to its
     * lines ({@code loadCatalog}), where reading any product is a 404.
     */
    private static int wholeCatalogBuyer(Random random, int contracts) {
        int buyer = 1 + random.nextInt(contracts);
        return buyer % 10 == 0 ? buyer - 1 : buyer;
    }

    private static String searchQuery(Random random, int products) {
        return switch (random.nextInt(4)) {
            case 0 -> WORDS[random.nextInt(WORDS.length)];
            case 1 -> ADJECTIVES[random.nextInt(ADJECTIVES.length)] + "+" + WORDS[random.nextInt(WORDS.length)];
            case 2 -> "%22" + WORDS[random.nextInt(WORDS.length)] + "+for%22+-" + WORDS[random.nextInt(WORDS.length)];
            default -> "P-" + (1 + random.nextInt(products));
        };
    }

    private void measureWrk(String name, String url, String script, List<String> scriptArgs, long pid, long catalogPid,
                            String ceiling) throws Exception {
        Matcher warm = wrk(url, script, withRun(scriptArgs, "w"), warmup, true);
        // wrk counts answered requests; Lua counted the wrong answers among them; timeouts are neither
        long warmSucceeded = Long.parseLong(warm.group(1)) - Long.parseLong(warm.group(5));
        long cpu0 = cpuTicks(pid);
        long catalogCpu0 = catalogPid > 0 ? cpuTicks(catalogPid) : 0;
        Matcher m = wrk(url, script, withRun(scriptArgs, "m"), seconds, false);
        long cpu = cpuTicks(pid) - cpu0;
        long catalogCpu = catalogPid > 0 ? cpuTicks(catalogPid) - catalogCpu0 : 0;
        long requests = Long.parseLong(m.group(1));
        double duration = Long.parseLong(m.group(2)) / 1e6;
        long failed = Long.parseLong(m.group(5)) + Long.parseLong(m.group(6));
        double msPerTick = 1000.0 / CLOCK_TICKS_PER_SECOND;
        Row row = new Row(name, requests / duration, Long.parseLong(m.group(3)) / 1000.0, Long.parseLong(m.group(4)) / 1000.0,
                failed, requests == 0 ? 0 : cpu * msPerTick / requests,
                catalogPid > 0 && requests > 0 ? catalogCpu * msPerTick / requests : Double.NaN, ceiling,
                warmSucceeded + requests - Long.parseLong(m.group(5)));
        rows.put(name, row);
        System.out.printf("  %-40s %,9.0f req/s  p50 %7.2f ms  p99 %7.2f ms  %d failed%n", name, row.perSecond(),
                row.p50Ms(), row.p99Ms(), failed);
    }

    /** setup.lua's second argument is a run id that makes payloadIDs unique: one per wrk invocation. */
    private static List<String> withRun(List<String> scriptArgs, String phase) {
        if (scriptArgs.size() == 3) {
            List<String> copy = new ArrayList<>(scriptArgs);
            copy.set(1, scriptArgs.get(1) + phase);
            return copy;
        }
        return scriptArgs;
    }

    private Matcher wrk(String url, String script, List<String> scriptArgs, int duration, boolean warm) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + duration + "s",
                "--timeout", "10s", "-s", script, url, "--"));
        command.addAll(scriptArgs);
        ProcessBuilder builder = new ProcessBuilder(command).directory(lua.toFile()).redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        Matcher m = RESULT.matcher(output);
        if (exit != 0 || !m.find()) {
            throw new IllegalStateException("wrk failed (exit " + exit + "):\n" + output);
        }
        if (output.contains("BENCH-FIRST-FAILURE")) {
            System.out.println("  " + (warm ? "(warm-up) " : "") + output.lines().filter(l -> l.startsWith("BENCH-FIRST-FAILURE"))
                    .findFirst().orElse(""));
        }
        return m;
    }

    private void measurePgbench(String name, int pgPort, String sql) throws Exception {
        Path file = work.resolve(name.startsWith("pgbench INSERT") ? "insert.sql" : "select.sql");
        Files.writeString(file, sql);
        pgbench(pgPort, file, warmup);
        String output = pgbench(pgPort, file, seconds);
        Matcher tps = TPS.matcher(output);
        Matcher latency = LATENCY.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        double average = latency.find() ? Double.parseDouble(latency.group(1)) : Double.NaN;
        Row row = new Row(name, Double.parseDouble(tps.group(1)), average, Double.NaN, 0, Double.NaN, Double.NaN, null, 1);
        rows.put(name, row);
        System.out.printf("  %-40s %,9.0f tps    (latency average %.2f ms)%n", name, row.perSecond(), average);
    }

    private String pgbench(int pgPort, Path script, int duration) throws Exception {
        Process process = new ProcessBuilder("pgbench", "-h", "127.0.0.1", "-p", Integer.toString(pgPort), "-U", "postgres",
                "-n", "-c", "16", "-j", "2", "-M", "prepared", "-T", Integer.toString(duration), "-f", script.toString(),
                "bench_ceiling").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        return output;
    }

    private void printTable() {
        System.out.println();
        System.out.printf("Procurewire benchmark, %s, %d cores (%s), wrk %d connections, %d s per endpoint after %d s warm-up%s%n",
                DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.now().atOffset(ZoneOffset.UTC)),
                Runtime.getRuntime().availableProcessors(), cpuModel(), connections, seconds, warmup,
                shortMode ? " (--short: proves the benchmark runs; the figures mean nothing)" : "");
        System.out.println();
        System.out.println("| endpoint | req/s | p50 ms | p99 ms | CPU ms/req (service) | CPU ms/req (catalog-service) | of ceiling |");
        System.out.println("|---|---:|---:|---:|---:|---:|---|");
        for (Row row : rows.values()) {
            String ratio = "";
            if (row.ceiling() != null) {
                Row ceiling = rows.get(row.ceiling());
                ratio = String.format("%.3f of %s", row.perSecond() / ceiling.perSecond(), shortName(row.ceiling()));
            }
            boolean pg = row.name().startsWith("pgbench");
            System.out.printf("| %s%s | %,.0f | %s | %s | %s | %s | %s |%n", row.name(),
                    row.failed() > 0 ? " (" + row.failed() + " FAILED)" : "", row.perSecond(),
                    pg ? "avg " + format(row.p50Ms()) : format(row.p50Ms()), format(row.p99Ms()), format(row.cpuMs()),
                    format(row.catalogCpuMs()), ratio);
        }
    }

    private static String shortName(String ceiling) {
        if (ceiling.startsWith("pgbench INSERT")) {
            return "INSERT";
        }
        if (ceiling.startsWith("pgbench SELECT")) {
            return "SELECT";
        }
        return "punchout /q/health/live";
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "" : String.format("%.2f", value);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    /** utime + stime of a process in clock ticks (fields 14 and 15 of /proc/PID/stat, after the command name). */
    static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private String write(String name, List<String> lines) throws IOException {
        Path file = work.resolve(name);
        Files.write(file, lines);
        return file.toString();
    }

    private void registerConnection(String base) throws Exception {
        String body = """
                {"buyerName":"Bench Buyer","buyerCode":"%s","contractCode":"C-1","autoProvisionUsers":true,
                 "production":{"fromDomain":"DUNS","fromIdentity":"%s","toDomain":"DUNS","toIdentity":"987654321",
                               "senderDomain":"DUNS","senderIdentity":"%s","sharedSecret":"%s"}}"""
                .formatted(BUYER, FROM, FROM, SECRET);
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/connections"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((SuiteProcesses.LOCAL_ADMIN_USER
                        + ":" + SuiteProcesses.LOCAL_ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("could not register the connection: " + created.statusCode() + " " + created.body());
        }
    }

    /** A setup request, then the StartPage: the shop path /shop/{key} of a new session. */
    private String openShop(String base, String payloadId, String user) throws Exception {
        String template = Files.readString(lua.resolve("setup-request.xml"));
        String stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").format(Instant.now().atOffset(ZoneOffset.UTC));
        String document = String.format(template, payloadId, stamp, payloadId, user, user, user);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/cxml/punchout"))
                .header("Content-Type", "text/xml; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(document))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = START_PAGE.matcher(answer.body());
        if (!m.find()) {
            throw new IllegalStateException("setup request failed: " + answer.body());
        }
        HttpResponse<Void> redirect = http.send(HttpRequest.newBuilder(URI.create(base + URI.create(m.group(1)).getPath()))
                .GET().build(), HttpResponse.BodyHandlers.discarding());
        String path = URI.create(redirect.headers().firstValue("Location").orElseThrow(() ->
                new IllegalStateException("the StartPage did not redirect: " + redirect.statusCode()))).getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The catalog benchmark's data set (catalog-service's CatalogBenchmark loads the same). */
    private static void loadCatalog(Connection c, int products, int contracts) throws SQLException {
        try (Statement s = c.createStatement()) {
            String words = "(ARRAY['" + String.join("','", WORDS) + "'])";
            String adjectives = "(ARRAY['" + String.join("','", ADJECTIVES) + "'])";
            String unspsc = "(ARRAY['" + String.join("','", UNSPSC) + "'])";
            s.execute("INSERT INTO product (supplier_part_id, name, description, manufacturer_name, manufacturer_part_id, "
                    + "unspsc, unit_of_measure, list_price, currency, lead_time_days, price_version) "
                    + "SELECT 'P-' || g, "
                    + adjectives + "[1 + g % 16] || ' ' || " + words + "[1 + (g / 16) % 30] || ' ' || g, "
                    + "'A ' || " + adjectives + "[1 + (g / 7) % 16] || ' ' || " + words + "[1 + (g / 3) % 30] || ' for ' || "
                    + words + "[1 + (g / 11) % 30] || ' work, model ' || g, "
                    + "'Maker ' || (g % 200), 'MPN-' || g, " + unspsc + "[1 + g % 14], 'EA', "
                    + "round((1 + (g % 997)) * 1.37, 2), 'USD', g % 14, nextval('price_version_seq') "
                    + "FROM generate_series(1, " + products + ") g");
            s.execute("INSERT INTO contract (code, buyer_code, currency, effective_from, default_discount_percent, "
                    + "assortment, price_version) SELECT 'C-' || b, 'buyer-' || b, 'USD', DATE '2026-01-01', "
                    + "CASE WHEN b % 3 = 0 THEN 5 END, CASE WHEN b % 10 = 0 THEN 'CONTRACT_LINES' ELSE 'ALL' END, "
                    + "nextval('price_version_seq') FROM generate_series(1, " + contracts + ") b");
            s.execute("INSERT INTO contract_line (contract_id, product_id, fixed_price, discount_percent, tiers, price_version) "
                    + "SELECT c.id, 1 + ((c.id * 7919 + k * 997) % " + products + "), "
                    + "CASE WHEN k % 3 = 0 THEN 9.99 END, CASE WHEN k % 3 = 1 THEN 12.5 END, "
                    + "CASE WHEN k % 3 = 2 THEN '[{\"minQuantity\":10,\"unitPrice\":8.5},{\"minQuantity\":100,\"unitPrice\":7.25}]'::jsonb ELSE '[]'::jsonb END, "
                    + "nextval('price_version_seq') FROM contract c CROSS JOIN generate_series(1, 100) k "
                    + "ON CONFLICT (contract_id, product_id) DO NOTHING");
            s.execute("ANALYZE");
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
