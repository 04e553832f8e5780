package io.procurewire.catalog.search;

import io.procurewire.catalog.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.procurewire.testsupport.security.TestUsers.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * A text search's UNSPSC filter is answered by the full-text index (the product's codes are lexemes 'unspsc 44' of
 * search_vector, V5): the same products as a prefix comparison, for segments, families, classes and commodities, in
 * search and facets, and no query word ever matches those lexemes. Every product here has the word "wallaby".
 */
@QuarkusTest
class UnspscFilterTest {

    private static void product(String id, String name, String unspsc) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("unspsc", unspsc); // null: a product without a code
        Fixtures.createProduct(id, name, "2.00", changes);
    }

    @BeforeEach
    void catalog() {
        Fixtures.loadOnce(UnspscFilterTest.class, () -> {
            product("WU-1", "Wallaby pen", "44121701");
            product("WU-2", "Wallaby pencil", "44121706");
            product("WU-3", "Wallaby ink", "44121615");
            product("WU-4", "Wallaby toner", "44103103");
            product("WU-5", "Wallaby mouse", "43211708");
            product("WU-6", "Wallaby unspsc 44 sticker", "43211706");
            product("WU-7", "Wallaby without code", null);
        });
    }

    private static void search(String q, String unspsc, String... expected) {
        asAdmin().queryParam("q", q).queryParam("unspsc", unspsc).queryParam("size", 20)
                .when().get("/api/buyers/wu-open/catalog/search").then().statusCode(200)
                .body("items.supplierPartId", expected.length == 0 ? empty() : contains((Object[]) expected))
                .body("total", equalTo(expected.length));
    }

    @Test
    void everyPrefixLengthFiltersAsAPrefixComparisonWould() {
        search("wallaby", "44", "WU-1", "WU-2", "WU-3", "WU-4");
        search("wallaby", "4412", "WU-1", "WU-2", "WU-3");
        search("wallaby", "441217", "WU-1", "WU-2");
        search("wallaby", "44121701", "WU-1");
        search("wallaby", "43", "WU-5", "WU-6");
        search("wallaby", "4410", "WU-4");
        search("wallaby", "99");
        search("wallaby -pen", "441217", "WU-2");
        search("pencil or mouse", "44", "WU-2");
    }

    @Test
    void queryWordsNeverMatchTheCodeLexemes() {
        // the words of WU-6's name, not the code of WU-1..4
        search("\"unspsc 44\"", null, "WU-6");
        search("unspsc", "44");
        // a query of stop words only matches nothing, with a filter as without
        search("the", null);
        search("the", "44");
    }

    @Test
    void facetsCountWhatTheFilteredSearchLists() {
        asAdmin().queryParam("q", "wallaby").queryParam("unspsc", "4412")
                .when().get("/api/buyers/wu-open/catalog/facets").then().statusCode(200)
                .body("counted", equalTo(3)).body("families.code", contains("4412"))
                .body("families.count", contains(3));
    }
}
