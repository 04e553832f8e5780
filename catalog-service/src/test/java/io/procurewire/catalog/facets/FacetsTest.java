package io.procurewire.catalog.facets;

import io.procurewire.catalog.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.procurewire.testsupport.security.TestUsers.anonymous;
import static io.procurewire.testsupport.security.TestUsers.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * Facet counts of a buyer's search (test profile: at most 10 matches counted). Every product here has the word
 * "quokka", so a query for it isolates them from other classes' products.
 */
@QuarkusTest
class FacetsTest {

    private static void product(String id, String unspsc, String maker) {
        Fixtures.createProduct(id, "Quokka " + id, "3.00", Map.of("unspsc", unspsc, "manufacturerName", maker));
    }

    @BeforeEach
    void catalog() {
        Fixtures.loadOnce(FacetsTest.class, () -> {
            // 44 Office (4412 ×3, 4410 ×2), 43 IT (4321 ×2), 99 unknown (9911 ×1): 8 products
            product("FQ-1", "44121701", "Pilot");
            product("FQ-2", "44121701", "Pilot");
            product("FQ-3", "44121615", "BIC");
            product("FQ-4", "44103103", "Printwell");
            product("FQ-5", "44103103", "Printwell");
            product("FQ-6", "43211708", "Logitech");
            product("FQ-7", "43211706", "logitech");
            product("FQ-8", "99110000", "Nobody");
            Fixtures.createProduct(Map.of("supplierPartId", "FQ-OLD", "name", "Quokka old", "manufacturerName", "Pilot",
                    "unspsc", "44121701", "unitOfMeasure", "EA", "listPrice", "1", "currency", "USD", "active", false));
            Fixtures.createContract("FQ-C1", "fq-buyer", "USD", "2026-01-01", null, null, "CONTRACT_LINES");
            Fixtures.putLine("FQ-C1", "FQ-1", Map.of("fixedPrice", "2.50"));
            Fixtures.putLine("FQ-C1", "FQ-6", Map.of("fixedPrice", "2.50"));
        });
    }

    @Test
    void countsSegmentsFamiliesWithNamesAndManufacturersOfTheMatches() {
        asAdmin().queryParam("q", "quokka").when().get("/api/buyers/fq-open/catalog/facets").then().statusCode(200)
                .body("counted", equalTo(8)).body("exact", equalTo(true)).body("maxScanned", equalTo(10))
                .body("segments.code", contains("44", "43", "99"))
                .body("segments.name", contains("Office Equipment and Accessories and Supplies",
                        "Information Technology Broadcasting and Telecommunications", "99"))
                .body("segments.count", contains(5, 2, 1))
                .body("families.code", contains("4412", "4321", "4410", "9911"))
                .body("families.name", contains("Office supplies", "Computer Equipment and Accessories",
                        "Office machines and their supplies and accessories", "9911"))
                .body("families.count", contains(3, 2, 2, 1))
                // one entry per manufacturer whatever its case (the manufacturer filter ignores case too)
                .body("manufacturers.name", contains("Logitech", "Pilot", "Printwell", "BIC", "Nobody"))
                .body("manufacturers.count", contains(2, 2, 2, 1, 1))
                .body("manufacturers[0].code", nullValue());
    }

    @Test
    void filtersNarrowTheCountsAsTheyNarrowTheSearch() {
        asAdmin().queryParam("q", "quokka").queryParam("unspsc", "44")
                .when().get("/api/buyers/fq-open/catalog/facets").then().statusCode(200)
                .body("counted", equalTo(5)).body("segments.code", contains("44"))
                .body("families.code", contains("4412", "4410"))
                .body("manufacturers.name", contains("Pilot", "Printwell", "BIC"));
        asAdmin().queryParam("q", "quokka").queryParam("manufacturer", "LOGITECH")
                .when().get("/api/buyers/fq-open/catalog/facets").then().statusCode(200)
                .body("counted", equalTo(2)).body("families.code", contains("4321"))
                .body("manufacturers.count", contains(2));
        // the search agrees with the facet it came from
        asAdmin().queryParam("q", "quokka").queryParam("unspsc", "4410")
                .when().get("/api/buyers/fq-open/catalog/search").then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void aRestrictedContractCountsOnlyItsLines() {
        asAdmin().queryParam("q", "quokka").when().get("/api/buyers/fq-buyer/catalog/facets").then().statusCode(200)
                .body("counted", equalTo(2)).body("segments.code", contains("43", "44"))
                .body("manufacturers.name", contains("Logitech", "Pilot"));
    }

    @Test
    void aBroadQueryCountsAtMostTheConfiguredNumberOfMatches() {
        for (int i = 1; i <= 12; i++) {
            Map<String, Object> p = Fixtures.product("FQ-B" + i, "Numbat " + i, "1.00", "USD");
            p.put("manufacturerName", "Broadco");
            Fixtures.createProduct(p);
        }
        asAdmin().queryParam("q", "numbat").when().get("/api/buyers/fq-open/catalog/facets").then().statusCode(200)
                .body("counted", equalTo(10)).body("exact", equalTo(false))
                .body("manufacturers.name", contains("Broadco")).body("manufacturers.count", contains(10));
        asAdmin().queryParam("q", "numbat").when().get("/api/buyers/fq-open/catalog/search").then().statusCode(200)
                .body("total", equalTo(12));
    }

    @Test
    void refusesABadUnspscAndAnonymousCallers() {
        asAdmin().queryParam("unspsc", "4").when().get("/api/buyers/fq-open/catalog/facets").then().statusCode(400)
                .contentType("application/problem+json");
        anonymous().when().get("/api/buyers/fq-open/catalog/facets").then().statusCode(401);
    }

    @Test
    void anItemReadCarriesTheProductsAttributesAndImage() {
        Map<String, Object> p = Fixtures.product("FQ-ATTR", "Wombat gloves", "8.90", "USD");
        p.put("attributes", Map.of("Size", "M", "Colour", "blue", "Pack contents", "100 gloves"));
        p.put("imageUrl", "https://img.example.com/gloves.png");
        Fixtures.createProduct(p);
        asAdmin().when().get("/api/buyers/fq-open/catalog/items/FQ-ATTR").then().statusCode(200)
                .body("attributes.Size", equalTo("M")).body("attributes.Colour", equalTo("blue"))
                .body("attributes.'Pack contents'", equalTo("100 gloves"))
                .body("imageUrl", equalTo("https://img.example.com/gloves.png"));
        // search results stay as they were: no attributes member
        asAdmin().queryParam("q", "FQ-ATTR").when().get("/api/buyers/fq-open/catalog/search").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].containsKey('attributes')", equalTo(false));
    }
}
