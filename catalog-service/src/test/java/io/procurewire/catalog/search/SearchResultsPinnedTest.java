package io.procurewire.catalog.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.procurewire.catalog.Fixtures;
import io.procurewire.catalog.facets.CatalogFacets;
import io.procurewire.catalog.pricing.ContractTerms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.procurewire.testsupport.security.TestUsers.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins what a text search answers (ranking by {@code ts_rank}, ties by part ID, pages, totals, contract prices of the
 * page's rows, a restricted assortment) and what the facets count, and that the answers do not depend on how
 * PostgreSQL plans the statements: the same with a custom plan per execution as with the generic plan that a
 * prepared statement runs after a few executions. Every product here is made by "Rankco Tools".
 */
@QuarkusTest
class SearchResultsPinnedTest {

    private static final String MAKER = "Rankco Tools";
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper json;

    private static void product(String id, String name, String description, String unspsc) {
        Fixtures.createProduct(id, name, "4.00",
                Map.of("description", description, "unspsc", unspsc, "manufacturerName", MAKER));
    }

    @BeforeEach
    void catalog() {
        Fixtures.loadOnce(SearchResultsPinnedTest.class, () -> {
            // ts_rank for "marker": RK-4 (name, and twice in the description) > RK-1 = RK-2 (name) > RK-3 = RK-5 (description)
            product("RK-1", "Whiteboard marker", "Dry erase, black", "44121708");
            product("RK-2", "Whiteboard marker", "Dry erase, black", "44121708");
            product("RK-3", "Pen set", "Pens with a marker", "44121701");
            product("RK-4", "Marker", "Permanent marker, marker tip", "44121708");
            product("RK-5", "Highlighter", "Yellow, like a marker", "14111507");
            Fixtures.createContract("RK-C1", "rk-buyer", "USD", "2026-01-01", null, null, "ALL");
            Fixtures.putLine("RK-C1", "RK-2", Map.of("fixedPrice", "3.33"));
            Fixtures.createContract("RK-C2", "rk-restricted", "USD", "2026-01-01", null, null, "CONTRACT_LINES");
            Fixtures.putLine("RK-C2", "RK-3", Map.of("fixedPrice", "2.00"));
            Fixtures.putLine("RK-C2", "RK-4", Map.of("discountPercent", "50"));
        });
    }

    @Test
    void rankedPagesTotalsAndPricesOverHttp() {
        for (int run = 0; run < 8; run++) {
            asAdmin().queryParam("q", "marker").queryParam("manufacturer", MAKER).queryParam("size", 2)
                    .when().get("/api/buyers/rk-buyer/catalog/search").then().statusCode(200)
                    .body("items.supplierPartId", contains("RK-4", "RK-1")).body("total", equalTo(5))
                    .body("totalCapped", equalTo(false));
            asAdmin().queryParam("q", "marker").queryParam("manufacturer", MAKER).queryParam("size", 2)
                    .queryParam("page", 1).when().get("/api/buyers/rk-buyer/catalog/search").then().statusCode(200)
                    .body("items.supplierPartId", contains("RK-2", "RK-3"))
                    .body("items.priceSource", contains("CONTRACT_FIXED", "LIST"))
                    .body("items.price.amount", contains(3.33f, 4.00f))
                    .body("items.supplierPartAuxiliaryId", contains("contract:RK-C1", "contract:RK-C1"));
            asAdmin().queryParam("q", "marker").queryParam("manufacturer", MAKER).queryParam("size", 2)
                    .queryParam("page", 2).when().get("/api/buyers/rk-buyer/catalog/search").then().statusCode(200)
                    .body("items.supplierPartId", contains("RK-5")).body("total", equalTo(5));
            asAdmin().queryParam("q", "marker").queryParam("unspsc", "4412")
                    .when().get("/api/buyers/rk-restricted/catalog/search").then().statusCode(200)
                    .body("items.supplierPartId", contains("RK-4", "RK-3"))
                    .body("items.price.amount", contains(2.00f, 2.00f)).body("total", equalTo(2));
            asAdmin().queryParam("q", "marker").queryParam("manufacturer", MAKER)
                    .when().get("/api/buyers/rk-open/catalog/facets").then().statusCode(200)
                    .body("counted", equalTo(5)).body("exact", equalTo(true))
                    .body("segments.code", contains("44", "14")).body("segments.count", contains(4, 1))
                    .body("families.code", contains("4412", "1411")).body("families.count", contains(4, 1));
            asAdmin().when().get("/api/buyers/rk-buyer/catalog/items/RK-2").then().statusCode(200)
                    .body("price.amount", equalTo(3.33f)).body("attributes.color", equalTo("black"));
        }
    }

    @Test
    void theGenericPlanOfEveryStatementAnswersAsCustomPlansDo() throws Exception {
        ContractTerms contract = new BuyerCatalog(dataSource, json).contractFor("rk-buyer", null, LocalDate.now())
                .orElseThrow();
        ContractTerms restricted = new BuyerCatalog(dataSource, json).contractFor("rk-restricted", null, LocalDate.now())
                .orElseThrow();
        List<String> custom = answers(contract, restricted, "force_custom_plan");
        List<String> generic = answers(contract, restricted, "force_generic_plan");
        assertEquals(custom, generic);
        assertEquals("[RK-4, RK-1, RK-2, RK-3, RK-5] 5 false [RK-2:3.3300]", custom.getFirst());
    }

    /** Every page, filter and facet variant on one connection, its statements server-prepared, under a plan mode. */
    private List<String> answers(ContractTerms contract, ContractTerms restricted, String planMode) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            int threshold = pg.getPrepareThreshold();
            try (Statement s = c.createStatement()) {
                s.execute("SET plan_cache_mode = " + planMode);
            }
            pg.setPrepareThreshold(1);
            try {
                DataSource one = sharing(c);
                BuyerCatalog catalog = new BuyerCatalog(one, json);
                CatalogFacets facets = new CatalogFacets(one, 5000, 25);
                List<String> answers = new ArrayList<>();
                for (int run = 0; run < 3; run++) {
                    answers.add(page(catalog.search(contract, new BuyerCatalog.SearchQuery("marker", null, MAKER, 0, 20))));
                    for (int page = 0; page < 3; page++) {
                        answers.add(page(catalog.search(contract, new BuyerCatalog.SearchQuery("marker", null, MAKER, page, 2))));
                        answers.add(page(catalog.search(null, new BuyerCatalog.SearchQuery("marker -pens", "44", MAKER, page, 2))));
                        answers.add(page(catalog.search(null, new BuyerCatalog.SearchQuery(null, "44", MAKER, page, 2))));
                    }
                    answers.add(page(catalog.search(restricted, new BuyerCatalog.SearchQuery("marker", null, null, 0, 20))));
                    answers.add(page(catalog.search(contract, new BuyerCatalog.SearchQuery("\"whiteboard marker\"", null, null, 0, 20))));
                    answers.add(facets.facets(contract, "marker", null, MAKER).toString());
                    answers.add(facets.facets(restricted, "marker", "44", null).toString());
                    answers.add(facets.facets(null, null, "1411", MAKER).toString());
                }
                return answers;
            } finally {
                pg.setPrepareThreshold(threshold);
                try (Statement s = c.createStatement()) {
                    s.execute("RESET plan_cache_mode");
                }
            }
        }
    }

    private static String page(BuyerCatalog.SearchResult result) {
        return result.items().stream().map(BuyerItem::supplierPartId).toList() + " " + result.total() + " "
                + result.totalCapped() + " " + result.items().stream().filter(i -> i.line() != null)
                .map(i -> i.supplierPartId() + ":" + i.line().fixedPrice()).toList();
    }

    private static DataSource sharing(Connection connection) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(SearchResultsPinnedTest.class.getClassLoader(),
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
        return (DataSource) Proxy.newProxyInstance(SearchResultsPinnedTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return unclosable;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
