package io.procurewire.catalog.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.procurewire.catalog.pricing.ContractTerms;
import io.procurewire.catalog.search.BuyerCatalog;
import io.procurewire.catalog.search.BuyerItem;
import io.procurewire.testsupport.EmbeddedPostgresResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Load test of the hot read paths (price resolution, search) on the embedded PostgreSQL, NOT part of the test suite.
 * Loads 100,000 products and 1,000 contracts (100 lines each), then measures, single-threaded on one warm
 * connection (like one worker of the service's pool):
 * <ul>
 *   <li>single price resolutions per second (contract lookup + product/line read + precedence), as GET item does;</li>
 *   <li>50-line cart quotes per second (contract lookup + one unnest statement for 50 lines), as POST /api/prices/quote;</li>
 *   <li>search latency p50/p99 (websearch_to_tsquery over the GIN index, with and without filters, page of 20);</li>
 *   <li>the ceiling on the same database and connection: a pgbench-style single-row primary-key SELECT and a
 *       single-row INSERT (autocommit), and the ratio of each measured path to the SELECT ceiling.</li>
 * </ul>
 * Run: see catalog-service/README.md ("Benchmark"). Argument: seconds per measurement (default 10).
 */
public final class CatalogBenchmark {

    private static final String[] WORDS = {"pen", "paper", "stapler", "drill", "hammer", "glove", "helmet", "cable",
            "laptop", "monitor", "chair", "desk", "lamp", "battery", "charger", "tape", "marker", "folder", "binder",
            "scissors", "screw", "bolt", "nut", "washer", "valve", "pump", "filter", "sensor", "switch", "relay"};
    private static final String[] ADJECTIVES = {"blue", "red", "heavy", "light", "premium", "compact", "steel",
            "plastic", "wireless", "ergonomic", "industrial", "recycled", "large", "small", "black", "white"};
    private static final String[] UNSPSC = {"44121701", "14111507", "44121615", "27112700", "46181504", "43211503",
            "56101504", "39101600", "26111700", "31161500", "40141700", "40161500", "32151700", "39121500"};

    private CatalogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        EmbeddedPostgres postgres = EmbeddedPostgresResource.server();
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS catalog_bench WITH (FORCE)");
            s.execute("CREATE DATABASE catalog_bench");
        }
        String url = EmbeddedPostgresResource.jdbcUrl(postgres.getPort(), "catalog_bench");
        Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres")) {
            long t0 = System.nanoTime();
            load(connection);
            System.out.printf("loaded 100,000 products, 1,000 contracts, 100,000 contract lines in %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
            if (Boolean.getBoolean("bench.explain")) {
                explain(connection);
            }
            BuyerCatalog catalog = new BuyerCatalog(sharing(connection), new ObjectMapper());
            Random random = new Random(42);
            LocalDate today = LocalDate.of(2026, 11, 24);

            warmUp(catalog, random, today);
            double single = singleResolutions(catalog, random, today, seconds);
            double[] bulk = cartQuotes(catalog, random, today, seconds);
            double[] search = searches(catalog, random, today, seconds);
            double selectCeiling = ceilingSelect(connection, random, seconds);
            double insertCeiling = ceilingInsert(connection, seconds);

            System.out.println();
            System.out.println("=== catalog-service benchmark (single thread, one warm connection, embedded PostgreSQL) ===");
            System.out.printf("price resolution, single item      : %,10.0f resolutions/s%n", single);
            System.out.printf("price resolution, 50-line cart      : %,10.0f carts/s = %,.0f lines/s%n", bulk[0], bulk[0] * 50);
            System.out.printf("search latency                      : p50 %.2f ms, p99 %.2f ms (%d searches, %,.0f/s)%n",
                    search[0], search[1], (long) search[2], search[3]);
            System.out.printf("ceiling: PK single-row SELECT       : %,10.0f queries/s%n", selectCeiling);
            System.out.printf("ceiling: single-row INSERT          : %,10.0f inserts/s%n", insertCeiling);
            System.out.printf("ratio single resolution / SELECT     : %.2f (a resolution costs 2 statements)%n", single / selectCeiling);
            System.out.printf("ratio cart quote / SELECT            : %.2f (one cart = 2 statements for 50 lines)%n", bulk[0] / selectCeiling);
            System.out.printf("ratio cart lines / SELECT            : %.2f%n", bulk[0] * 50 / selectCeiling);
            System.out.printf("ratio searches / SELECT              : %.3f%n", search[3] / selectCeiling);
        }
    }

    private static void load(Connection c) throws SQLException {
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
                    + "FROM generate_series(1, 100000) g");
            s.execute("INSERT INTO contract (code, buyer_code, currency, effective_from, default_discount_percent, "
                    + "assortment, price_version) SELECT 'C-' || b, 'buyer-' || b, 'USD', DATE '2026-01-01', "
                    + "CASE WHEN b % 3 = 0 THEN 5 END, CASE WHEN b % 10 = 0 THEN 'CONTRACT_LINES' ELSE 'ALL' END, "
                    + "nextval('price_version_seq') FROM generate_series(1, 1000) b");
            s.execute("INSERT INTO contract_line (contract_id, product_id, fixed_price, discount_percent, tiers, price_version) "
                    + "SELECT c.id, 1 + ((c.id * 7919 + k * 997) % 100000), "
                    + "CASE WHEN k % 3 = 0 THEN 9.99 END, CASE WHEN k % 3 = 1 THEN 12.5 END, "
                    + "CASE WHEN k % 3 = 2 THEN '[{\"minQuantity\":10,\"unitPrice\":8.5},{\"minQuantity\":100,\"unitPrice\":7.25}]'::jsonb ELSE '[]'::jsonb END, "
                    + "nextval('price_version_seq') FROM contract c CROSS JOIN generate_series(1, 100) k "
                    + "ON CONFLICT (contract_id, product_id) DO NOTHING");
            s.execute("ANALYZE");
        }
    }

    /** -Dbench.explain=true: the plans of the hot statements, to see where time goes. */
    private static void explain(Connection c) throws SQLException {
        String[] statements = {
                "SELECT id FROM contract WHERE buyer_code = 'buyer-7' AND effective_from <= DATE '2026-11-24' "
                        + "AND (effective_to IS NULL OR effective_to >= DATE '2026-11-24') ORDER BY effective_from DESC, code LIMIT 1",
                "SELECT r.ord, p.id, l.id FROM unnest(ARRAY['P-5','P-77']::varchar[], ARRAY[NULL,NULL]::varchar[]) "
                        + "WITH ORDINALITY AS r(part, aux, ord) JOIN LATERAL (SELECT * FROM product x WHERE x.supplier_part_id = r.part "
                        + "AND (r.aux IS NULL OR x.supplier_part_auxiliary_id = r.aux) ORDER BY (x.supplier_part_auxiliary_id = '') DESC, "
                        + "x.id LIMIT 1) p ON true LEFT JOIN contract_line l ON l.product_id = p.id AND l.contract_id = 7"};
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
                    while (rs.next()) {
                        System.out.println(rs.getString(1));
                    }
                }
            }
        }
    }

    private static void warmUp(BuyerCatalog catalog, Random random, LocalDate today) {
        long end = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < end) {
            resolveOne(catalog, random, today);
            catalog.search(null, new BuyerCatalog.SearchQuery(WORDS[random.nextInt(WORDS.length)], null, null, 0, 20));
        }
    }

    private static boolean resolveOne(BuyerCatalog catalog, Random random, LocalDate today) {
        // as the item read does: contract, product and line in one statement
        BuyerCatalog.ItemRead read = catalog.read("buyer-" + (1 + random.nextInt(1000)), null,
                new BuyerCatalog.Lookup("P-" + (1 + random.nextInt(100000)), null), today);
        return read.item().price(read.contract(), BigDecimal.valueOf(1 + random.nextInt(150)), today).available();
    }

    private static double singleResolutions(BuyerCatalog catalog, Random random, LocalDate today, int seconds) {
        long n = 0;
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            resolveOne(catalog, random, today);
            n++;
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static double[] cartQuotes(BuyerCatalog catalog, Random random, LocalDate today, int seconds) {
        long carts = 0;
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            ContractTerms contract = catalog.contractFor("buyer-" + (1 + random.nextInt(1000)), null, today).orElse(null);
            List<BuyerCatalog.Lookup> lookups = new ArrayList<>(50);
            for (int i = 0; i < 50; i++) {
                lookups.add(new BuyerCatalog.Lookup("P-" + (1 + random.nextInt(100000)), null));
            }
            List<BuyerItem> items = catalog.find(contract, lookups);
            for (BuyerItem item : items) {
                item.price(contract, BigDecimal.valueOf(1 + random.nextInt(150)), today);
            }
            carts++;
        }
        return new double[] {carts / ((System.nanoTime() - start) / 1e9)};
    }

    private static double[] searches(BuyerCatalog catalog, Random random, LocalDate today, int seconds) {
        List<Long> nanos = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            String q = switch (random.nextInt(4)) {
                case 0 -> WORDS[random.nextInt(WORDS.length)];
                case 1 -> ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + WORDS[random.nextInt(WORDS.length)];
                case 2 -> "\"" + WORDS[random.nextInt(WORDS.length)] + " for\" -" + WORDS[random.nextInt(WORDS.length)];
                default -> "P-" + (1 + random.nextInt(100000));
            };
            String segment = random.nextInt(3) == 0 ? UNSPSC[random.nextInt(UNSPSC.length)].substring(0, 2) : null;
            String maker = random.nextInt(5) == 0 ? "Maker " + random.nextInt(200) : null;
            long t = System.nanoTime();
            ContractTerms contract = catalog.contractFor("buyer-" + (1 + random.nextInt(1000)), null, today).orElse(null);
            BuyerCatalog.SearchResult result = catalog.search(contract,
                    new BuyerCatalog.SearchQuery(q, segment, maker, random.nextInt(3), 20));
            result.items().forEach(i -> i.toCatalogItem(contract, today));
            nanos.add(System.nanoTime() - t);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new double[] {sorted[(int) (sorted.length * 0.50)] / 1e6, sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e6,
                sorted.length, sorted.length / elapsed};
    }

    private static double ceilingSelect(Connection c, Random random, int seconds) throws SQLException {
        long n = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT list_price FROM product WHERE id = ?")) {
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                s.setLong(1, 1 + random.nextInt(100000));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                }
                n++;
            }
            return n / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static double ceilingInsert(Connection c, int seconds) throws SQLException {
        try (Statement ddl = c.createStatement()) {
            ddl.execute("CREATE TABLE bench_insert (id bigserial PRIMARY KEY, v integer NOT NULL)");
        }
        long n = 0;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO bench_insert (v) VALUES (?)")) {
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                s.setInt(1, (int) n);
                s.executeUpdate();
                n++;
            }
            return n / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** A DataSource lending the one warm connection (close() is a no-op), standing in for the service's pool. */
    private static DataSource sharing(Connection connection) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(CatalogBenchmark.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(CatalogBenchmark.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> unclosable;
                    case "getLogWriter" -> (PrintWriter) null;
                    case "getParentLogger" -> Logger.getGlobal();
                    case "isWrapperFor" -> false;
                    case "toString" -> "single-connection DataSource";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName() + Arrays.toString(args));
                });
    }
}
