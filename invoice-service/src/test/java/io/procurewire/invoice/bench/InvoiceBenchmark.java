package io.procurewire.invoice.bench;

import io.procurewire.invoice.matching.Charge;
import io.procurewire.invoice.matching.ExtraRule;
import io.procurewire.invoice.matching.Invoice;
import io.procurewire.invoice.matching.Limit;
import io.procurewire.invoice.matching.MatchResult;
import io.procurewire.invoice.matching.MatchingEngine;
import io.procurewire.invoice.matching.Money;
import io.procurewire.invoice.matching.PurchaseOrder;
import io.procurewire.invoice.matching.Receipt;
import io.procurewire.invoice.matching.ToleranceProfile;
import io.procurewire.invoice.matching.ToleranceProfiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The invoice benchmark (not a test; run by {@code scripts/bench-invoice}). Matches 100,000 invoice lines (20,000
 * invoices × 5 lines; see {@link MatchingBenchmark} for the data) and prints lines per second and CPU per line:
 * <ol>
 *   <li><b>engine</b> alone, one thread, best of N rounds after two warm-up rounds; ceiling: the least arithmetic any
 *   match does (q × p rounded, summed per invoice), same run;</li>
 *   <li><b>end to end through the database</b>: the packaged invoice-service jar against its own embedded
 *   PostgreSQL (default durability settings), with the POs and receipts loaded by SQL, then (a) every invoice
 *   POSTed to {@code /api/invoices} by one client (stored, matched and its result written in its transaction), and
 *   (b) every invoice re-matched through the re-match queue (the service's own scheduler, batches of 50). Ceiling:
 *   single-row SELECTs per second on the same PostgreSQL, one client — {@code pgbench} (Debian's, when installed:
 *   the embedded PostgreSQL ships no pgbench) and the same SELECT over JDBC.</li>
 * </ol>
 * Arguments: {@code --invoices N} (default 20000), {@code --rounds N} (5), {@code --engine-only},
 * {@code --jar PATH} (default invoice-service/target/quarkus-app/quarkus-run.jar).
 */
public final class InvoiceBenchmark {

    private static final String USER = "bench";
    private static final String PASSWORD = "bench-password";

    private InvoiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int invoices = MatchingBenchmark.INVOICES;
        int rounds = 5;
        boolean engineOnly = false;
        Path jar = Path.of("invoice-service/target/quarkus-app/quarkus-run.jar");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--invoices" -> invoices = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--engine-only" -> engineOnly = true;
                case "--jar" -> jar = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<MatchingBenchmark.Case> cases = MatchingBenchmark.build(invoices);
        long lines = (long) invoices * MatchingBenchmark.LINES_PER_INVOICE;
        System.out.printf("invoice-service benchmark, %s, JDK %s, %d available processors, load average %s%n",
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), Runtime.version(),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.printf("%,d invoice lines (%,d invoices × %d)%n%n", lines, invoices, MatchingBenchmark.LINES_PER_INVOICE);
        engine(cases, lines, rounds);
        if (!engineOnly) {
            database(cases, lines, jar);
        }
    }

    static ToleranceProfiles profiles() {
        return new ToleranceProfiles(List.of(
                ToleranceProfile.builder().scope("ACME", null, null).priceOver(Limit.of("2", "0.50"))
                        .quantityOverReceived(Limit.percent("5")).shipping(ExtraRule.upTo(Limit.percent("10")))
                        .taxAmount(Limit.amount("0.01")).writeOff("0.05").build(),
                ToleranceProfile.builder().scope("ACME", "SUP-1", "paper").priceOver(Limit.percent("5")).build()),
                ToleranceProfile.strict());
    }

    // ---------------------------------------------------------------------------------------------------- engine

    private static void engine(List<MatchingBenchmark.Case> cases, long lines, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ToleranceProfiles profiles = profiles();
        MatchingEngine engine = new MatchingEngine();
        double bestCeiling = 0;
        double bestEngine = 0;
        long bestEngineCpu = Long.MAX_VALUE;
        long bestCeilingCpu = Long.MAX_VALUE;
        long matched = 0;
        for (int round = 0; round < rounds + 2; round++) {        // the first two rounds warm up the JIT
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            BigDecimal sink = BigDecimal.ZERO;
            for (MatchingBenchmark.Case c : cases) {
                BigDecimal total = BigDecimal.ZERO;
                for (Invoice.Line line : c.invoice().lines()) {
                    total = total.add(Money.round(line.quantity().multiply(line.unitPrice()), "USD"));
                }
                sink = sink.add(total);
            }
            double ceiling = lines / ((System.nanoTime() - start) / 1e9);
            long ceilingCpu = threads.getCurrentThreadCpuTime() - cpu;

            cpu = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            long matchedThisRound = 0;
            for (MatchingBenchmark.Case c : cases) {
                MatchResult result = engine.match(c.invoice(), c.context(), profiles);
                if (result.matched()) {
                    matchedThisRound++;
                }
            }
            double rate = lines / ((System.nanoTime() - start) / 1e9);
            long engineCpu = threads.getCurrentThreadCpuTime() - cpu;
            if (round >= 2) {
                bestCeiling = Math.max(bestCeiling, ceiling);
                bestEngine = Math.max(bestEngine, rate);
                bestEngineCpu = Math.min(bestEngineCpu, engineCpu);
                bestCeilingCpu = Math.min(bestCeilingCpu, ceilingCpu);
                matched = matchedThisRound;
            }
            if (sink.signum() < 0) {
                System.out.println("impossible");
            }
        }
        System.out.printf("ENGINE (one thread, best of %d rounds; %,d invoices matched, %,d with exceptions)%n",
                rounds, matched, cases.size() - matched);
        System.out.printf("  ceiling  q x p rounded, summed      %,12.0f lines/s   %.5f CPU ms/line%n",
                bestCeiling, bestCeilingCpu / 1e6 / lines);
        System.out.printf("  engine   three-way match            %,12.0f lines/s   %.5f CPU ms/line   %.1f %% of the ceiling%n%n",
                bestEngine, bestEngineCpu / 1e6 / lines, 100 * bestEngine / bestCeiling);
    }

    // -------------------------------------------------------------------------------------------------- database

    private static void database(List<MatchingBenchmark.Case> cases, long lines, Path jar) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package invoice-service first (scripts/bench-invoice does)");
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "50").start()) {
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            int httpPort = freePort();
            int managementPort = freePort();
            Path log = Path.of("invoice-service/target/bench-invoice-service.log");
            Process service = startService(jar, url, httpPort, managementPort, log);
            try (Connection db = DriverManager.getConnection(url + "?reWriteBatchedInserts=true", "postgres", "postgres")) {
                waitReady(service, managementPort, log);
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                String base = "http://localhost:" + httpPort;
                post(http, base + "/api/tolerance-profiles", """
                        {"buyer":"ACME","priceOver":{"percent":2,"amount":0.50},"quantityOverReceived":{"percent":5},
                         "shipping":{"allowed":true,"limit":{"percent":10}},"taxAmount":{"amount":0.01},"writeOff":0.05}""", 201);
                post(http, base + "/api/tolerance-profiles", """
                        {"buyer":"ACME","supplier":"SUP-1","commodity":"paper","priceOver":{"percent":5}}""", 201);
                long loadStart = System.nanoTime();
                load(db, cases);
                System.out.printf("END TO END through the database (invoice-service jar + PostgreSQL %s, one client)%n",
                        serverVersion(db));
                System.out.printf("  loaded %,d POs and %,d receipts by SQL in %.1f s%n", cases.size(),
                        cases.size() * MatchingBenchmark.LINES_PER_INVOICE * 2L, (System.nanoTime() - loadStart) / 1e9);

                Cpu cpu = Cpu.of(service, db);
                long start = System.nanoTime();
                int exceptions = 0;
                for (MatchingBenchmark.Case c : cases) {
                    String answer = post(http, base + "/api/invoices", json(c.invoice()), 201);
                    if (answer.contains("\"status\":\"EXCEPTION\"")) {
                        exceptions++;
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                Cpu used = cpu.since(service, db);
                System.out.printf("  intake   POST /api/invoices: store, match, write result   %,10.0f lines/s   "
                                + "%.4f CPU ms/line (service %.4f + PostgreSQL %.4f)   %,d invoices with exceptions%n",
                        lines / seconds, used.total() / lines, used.serviceMs / lines, used.postgresMs / lines, exceptions);

                cpu = Cpu.of(service, db);
                start = System.nanoTime();
                try (Statement s = db.createStatement()) {
                    s.executeUpdate("insert into rematch_request (invoice_id, cause, requested_at) "
                            + "select id, 'benchmark', now() from invoice on conflict do nothing");
                }
                waitEmpty(db, service);
                seconds = (System.nanoTime() - start) / 1e9;
                used = cpu.since(service, db);
                System.out.printf("  re-match queue: read PO, receipts, billings; match; write  %,10.0f lines/s   "
                                + "%.4f CPU ms/line (service %.4f + PostgreSQL %.4f)%n",
                        lines / seconds, used.total() / lines, used.serviceMs / lines, used.postgresMs / lines);

                System.out.printf("  ceiling  single-row SELECT, one client:%n");
                String pgbench = pgbench(postgres.getPort(), cases.size() * MatchingBenchmark.LINES_PER_INVOICE * 2);
                System.out.printf("           pgbench %s%n", pgbench);
                System.out.printf("           JDBC    %,10.0f SELECTs/s (prepared statement, same query, 5 s)%n", jdbcSelects(db,
                        cases.size() * MatchingBenchmark.LINES_PER_INVOICE * 2));
            } finally {
                service.destroy();
                if (!service.waitFor(20, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
        }
    }

    private static Process startService(Path jar, String url, int httpPort, int managementPort, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:ActiveProcessorCount=2", "-jar", jar.toString());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", url);
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        env.put("QUARKUS_SECURITY_USERS_EMBEDDED_USERS_" + USER.toUpperCase(), PASSWORD);
        env.put("QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_" + USER.toUpperCase(), "admin");
        env.put("PROCUREWIRE_INVOICE_PO_SOURCE", "stored-only");
        env.put("PROCUREWIRE_INVOICE_RECEIVING_PULL_INTERVAL", "off");
        env.put("QUARKUS_LOG_LEVEL", "WARN");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }

    private static void waitReady(Process service, int managementPort, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("invoice-service stopped; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("invoice-service not ready in 300 s; see " + log);
    }

    private static void load(Connection db, List<MatchingBenchmark.Case> cases) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement po = db.prepareStatement("insert into purchase_order (po_number, buyer, supplier, currency, "
                + "order_date, fetched_at) values (?, ?, ?, ?, ?, now())");
             PreparedStatement line = db.prepareStatement("insert into purchase_order_line (po_number, line_number, "
                     + "quantity, unit_price, uom, commodity, tax_rate) values (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement receipt = db.prepareStatement("insert into receipt (receipt_key, po_number, po_line, "
                     + "quantity, received_at, source, created_at) values (?, ?, ?, ?, ?, 'benchmark', now())")) {
            int n = 0;
            for (MatchingBenchmark.Case c : cases) {
                for (PurchaseOrder order : c.context().purchaseOrders().values()) {
                    po.setString(1, order.poNumber());
                    po.setString(2, order.buyer());
                    po.setString(3, order.supplier());
                    po.setString(4, order.currency());
                    po.setObject(5, order.orderDate());
                    po.addBatch();
                    for (PurchaseOrder.Line l : order.lines()) {
                        line.setString(1, order.poNumber());
                        line.setInt(2, l.lineNumber());
                        line.setBigDecimal(3, l.quantity());
                        line.setBigDecimal(4, l.unitPrice());
                        line.setString(5, l.uom());
                        line.setString(6, l.commodity());
                        line.setBigDecimal(7, l.taxRate());
                        line.addBatch();
                    }
                }
                for (Receipt r : c.context().receipts()) {
                    receipt.setString(1, r.receiptId());
                    receipt.setString(2, r.poNumber());
                    receipt.setInt(3, r.poLineNumber());
                    receipt.setBigDecimal(4, r.quantity());
                    receipt.setTimestamp(5, Timestamp.from(r.receivedAt()));
                    receipt.addBatch();
                }
                if (++n % 1000 == 0) {
                    po.executeBatch();
                    line.executeBatch();
                    receipt.executeBatch();
                }
            }
            po.executeBatch();
            line.executeBatch();
            receipt.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("analyze");
        }
    }

    /** The invoice as the JSON API takes it (earlier billings of the engine run are not part of the database run). */
    static String json(Invoice invoice) {
        StringBuilder b = new StringBuilder(1024);
        b.append("{\"supplier\":\"").append(invoice.supplier()).append("\",\"buyer\":\"").append(invoice.buyer())
                .append("\",\"invoiceNumber\":\"").append(invoice.invoiceNumber()).append("\",\"invoiceDate\":\"")
                .append(invoice.invoiceDate()).append("\",\"currency\":\"").append(invoice.currency())
                .append("\",\"purpose\":\"STANDARD\",\"lines\":[");
        for (int i = 0; i < invoice.lines().size(); i++) {
            Invoice.Line l = invoice.lines().get(i);
            b.append(i == 0 ? "" : ",").append("{\"lineNumber\":").append(l.lineNumber()).append(",\"poNumber\":\"")
                    .append(l.poNumber()).append("\",\"poLineNumber\":").append(l.poLineNumber())
                    .append(",\"quantity\":").append(l.quantity().toPlainString())
                    .append(",\"unitPrice\":").append(l.unitPrice().toPlainString())
                    .append(",\"uom\":\"").append(l.uom()).append('"');
            if (l.taxAmount() != null) {
                b.append(",\"taxAmount\":").append(l.taxAmount().toPlainString());
            }
            if (l.taxRate() != null) {
                b.append(",\"taxRate\":").append(l.taxRate().toPlainString());
            }
            b.append('}');
        }
        b.append("],\"charges\":[");
        for (int i = 0; i < invoice.charges().size(); i++) {
            Charge c = invoice.charges().get(i);
            b.append(i == 0 ? "" : ",").append("{\"kind\":\"").append(c.kind()).append("\",\"amount\":")
                    .append(c.amount().toPlainString()).append('}');
        }
        return b.append("]}").toString();
    }

    private static String post(HttpClient http, String url, String body, int expected) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static void waitEmpty(Connection db, Process service) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select count(*) from rematch_request")) {
                r.next();
                if (r.getLong(1) == 0) {
                    return;
                }
            }
            if (!service.isAlive()) {
                throw new IllegalStateException("invoice-service stopped during the re-match");
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the re-match queue did not drain in 30 minutes");
    }

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private static String pgbench(int port, int receipts) {
        Path executable = Path.of("/usr/bin/pgbench");
        if (!Files.isExecutable(executable)) {
            return "not installed (apt-get install postgresql-client); the embedded PostgreSQL has no pgbench";
        }
        try {
            Path script = Files.createTempFile("bench-invoice", ".sql");
            Files.writeString(script, "\\set id random(1, " + receipts + ")\nSELECT quantity FROM receipt WHERE id = :id;\n");
            ProcessBuilder builder = new ProcessBuilder(executable.toString(), "-n", "-c", "1", "-j", "1", "-T", "10",
                    "-M", "prepared", "-f", script.toString(), "-h", "localhost", "-p", String.valueOf(port), "-U",
                    "postgres", "postgres").redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", "postgres");
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            Files.deleteIfExists(script);
            Matcher tps = TPS.matcher(output);
            String version = new String(new ProcessBuilder(executable.toString(), "--version").start().getInputStream()
                    .readAllBytes(), StandardCharsets.UTF_8).trim();
            return tps.find() ? String.format("%,10.0f SELECTs/s (%s, -c 1 -T 10 -M prepared, SELECT quantity FROM "
                    + "receipt WHERE id = :id)", Double.parseDouble(tps.group(1)), version)
                    : "failed: " + output.replace('\n', ' ');
        } catch (IOException | InterruptedException e) {
            return "failed: " + e;
        }
    }

    private static double jdbcSelects(Connection db, int receipts) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT quantity FROM receipt WHERE id = ?")) {
            java.util.SplittableRandom random = new java.util.SplittableRandom(42);
            long count = 0;
            long start = System.nanoTime();
            long end = start + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < end) {
                s.setLong(1, 1 + random.nextInt(receipts));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                }
                count++;
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** CPU time of the service process and of the PostgreSQL server's processes (from /proc, via ProcessHandle). */
    private record Cpu(double serviceMs, double postgresMs) {

        static Cpu of(Process service, Connection db) throws SQLException {
            return new Cpu(cpuMs(service.toHandle()), postgresCpuMs(db));
        }

        Cpu since(Process service, Connection db) throws SQLException {
            return new Cpu(cpuMs(service.toHandle()) - serviceMs, postgresCpuMs(db) - postgresMs);
        }

        double total() {
            return serviceMs + postgresMs;
        }

        private static double cpuMs(ProcessHandle process) {
            return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(0.0);
        }

        private static double postgresCpuMs(Connection db) throws SQLException {
            long backend;
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select pg_backend_pid()")) {
                r.next();
                backend = r.getLong(1);
            }
            ProcessHandle postmaster = ProcessHandle.of(backend).flatMap(ProcessHandle::parent).orElse(null);
            if (postmaster == null) {
                return 0;
            }
            return cpuMs(postmaster) + postmaster.descendants().mapToDouble(Cpu::cpuMs).sum();
        }
    }

    private static String serverVersion(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("show server_version")) {
            r.next();
            return r.getString(1);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
