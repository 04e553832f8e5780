package io.procurewire.catalog.search;

import io.procurewire.catalog.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.procurewire.testsupport.security.TestUsers.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class BuyerCatalogResourceTest {

    /** All products of this class have this manufacturer, so filters isolate them from other classes' data. */
    private static final String MAKER = "Searchco Industries";

    private static void product(String id, String name, String description, String unspsc, String price) {
        Map<String, Object> p = Fixtures.product(id, name, price, "USD");
        p.put("description", description);
        p.put("unspsc", unspsc);
        p.put("manufacturerName", MAKER);
        Fixtures.createProduct(p);
    }

    @BeforeEach
    void catalog() {
        Fixtures.loadOnce(BuyerCatalogResourceTest.class, () -> {
            product("SR-100", "Ballpoint pen blue", "Smooth writing pens, box of 12", "44121701", "6.00");
            product("SR-101", "Ballpoint pen red", "Red ink pens", "44121701", "6.00");
            product("SR-102", "Copy paper A4", "80 g/m2 white paper for printers", "14111507", "4.50");
            product("SR-103", "Stapler", "Desk stapler for up to 20 sheets of paper", "44121615", "12.00");
            product("SR-104", "Notebook computer", "Laptop with 16 GB memory", "43211503", "999.00");
            Fixtures.createProduct(Map.of("supplierPartId", "SR-OLD", "name", "Ballpoint pen green", "manufacturerName", MAKER,
                    "unitOfMeasure", "EA", "listPrice", "1", "currency", "USD", "active", false));
            Fixtures.createContract("SR-C1", "sr-buyer", "USD", "2026-01-01", null, null, "CONTRACT_LINES");
            Fixtures.putLine("SR-C1", "SR-100", Map.of("fixedPrice", "5.10"));
            Fixtures.putLine("SR-C1", "SR-102", Map.of("discountPercent", "10"));
        });
    }

    @Test
    void findsByWordsStemsAndPartNumbers() {
        asAdmin().queryParam("q", "pens").queryParam("manufacturer", MAKER)
                .when().get("/api/buyers/sr-open/catalog/search").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.supplierPartId", contains("SR-100", "SR-101"))
                .body("page", equalTo(0)).body("size", equalTo(20));
        asAdmin().queryParam("q", "SR-103").when().get("/api/buyers/sr-open/catalog/search").then().statusCode(200)
                .body("items.supplierPartId", contains("SR-103"));
        asAdmin().queryParam("q", "paper -copy").queryParam("manufacturer", MAKER)
                .when().get("/api/buyers/sr-open/catalog/search").then().statusCode(200)
                .body("items.supplierPartId", contains("SR-103"));
    }

    @Test
    void filtersByUnspscSegmentAndManufacturerAndPages() {
        asAdmin().queryParam("unspsc", "44").queryParam("manufacturer", "searchco industries").queryParam("size", 2)
                .when().get("/api/buyers/sr-open/catalog/search").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.supplierPartId", contains("SR-100", "SR-101"));
        asAdmin().queryParam("unspsc", "44").queryParam("manufacturer", MAKER).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/buyers/sr-open/catalog/search").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(1))
                .body("items.supplierPartId", contains("SR-103"));
        asAdmin().queryParam("unspsc", "44").queryParam("manufacturer", MAKER).queryParam("size", 2).queryParam("page", 5)
                .when().get("/api/buyers/sr-open/catalog/search").then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(0));
    }

    @Test
    void aRestrictedContractShowsOnlyItsLinesAtContractPrices() {
        asAdmin().queryParam("manufacturer", MAKER).when().get("/api/buyers/sr-buyer/catalog/search")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.supplierPartId", contains("SR-100", "SR-102"))
                .body("items.price.amount", contains(5.10f, 4.05f))
                .body("items.priceSource", contains("CONTRACT_FIXED", "CONTRACT_DISCOUNT"))
                .body("items.contractCode", contains("SR-C1", "SR-C1"));
    }

    @Test
    void readsOneItemAsTheBuyerSeesIt() {
        asAdmin().when().get("/api/buyers/sr-buyer/catalog/items/SR-100").then().statusCode(200)
                .body("supplierPartId", equalTo("SR-100"))
                .body("supplierPartAuxiliaryId", equalTo("contract:SR-C1"))
                .body("listPrice.amount", equalTo(6.00f))
                .body("price.amount", equalTo(5.10f))
                .body("price.currency", equalTo("USD"))
                .body("priceSource", equalTo("CONTRACT_FIXED"))
                .body("active", equalTo(true));
        asAdmin().when().get("/api/buyers/sr-open/catalog/items/SR-100").then().statusCode(200)
                .body("priceSource", equalTo("LIST")).body("contractCode", nullValue())
                .body("supplierPartAuxiliaryId", nullValue());
    }

    @Test
    void invisibleUnknownAndDiscontinuedItemsAre404() {
        asAdmin().when().get("/api/buyers/sr-buyer/catalog/items/SR-101").then().statusCode(404)
                .contentType("application/problem+json");
        asAdmin().when().get("/api/buyers/sr-open/catalog/items/SR-NOPE").then().statusCode(404);
        asAdmin().when().get("/api/buyers/sr-open/catalog/items/SR-OLD").then().statusCode(404);
        asAdmin().queryParam("q", "green").queryParam("manufacturer", MAKER)
                .when().get("/api/buyers/sr-open/catalog/search").then().body("total", equalTo(0));
    }

    @Test
    void readsAnItemUnderANamedContractOrItsAuxiliaryHintAndRefusesOthersContracts() {
        asAdmin().queryParam("contract", "SR-C1").when().get("/api/buyers/sr-buyer/catalog/items/SR-102").then()
                .statusCode(200).body("priceSource", equalTo("CONTRACT_DISCOUNT")).body("contractCode", equalTo("SR-C1"));
        asAdmin().queryParam("auxiliaryId", "contract:SR-C1").when().get("/api/buyers/sr-buyer/catalog/items/SR-100")
                .then().statusCode(200).body("price.amount", equalTo(5.10f));
        asAdmin().queryParam("contract", "SR-C1").when().get("/api/buyers/sr-open/catalog/items/SR-100").then()
                .statusCode(404).contentType("application/problem+json");
        asAdmin().queryParam("contract", "SR-NONE").when().get("/api/buyers/sr-buyer/catalog/items/SR-100").then()
                .statusCode(404);
        Fixtures.createContract("SR-C-LATER", "sr-later", "USD", "2099-01-01", null, null, "ALL");
        asAdmin().queryParam("contract", "SR-C-LATER").when().get("/api/buyers/sr-later/catalog/items/SR-100").then()
                .statusCode(422).contentType("application/problem+json");
        // a contract not yet effective does not govern the buyer's view: list prices
        asAdmin().when().get("/api/buyers/sr-later/catalog/items/SR-100").then().statusCode(200)
                .body("priceSource", equalTo("LIST"));
    }

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper json;

    @Test
    void boundsTheMatchesASearchRanksAndCounts() {
        BuyerCatalog bounded = new BuyerCatalog(dataSource, json, 2);
        BuyerCatalog.SearchResult first = bounded.search(null, new BuyerCatalog.SearchQuery(null, "44", MAKER, 0, 2));
        assertEquals(List.of("SR-100", "SR-101"), first.items().stream().map(BuyerItem::supplierPartId).toList());
        assertEquals(2, first.total());
        assertTrue(first.totalCapped());
        BuyerCatalog.SearchResult beyond = bounded.search(null, new BuyerCatalog.SearchQuery(null, "44", MAKER, 1, 2));
        assertEquals(List.of(), beyond.items());
        assertEquals(2, beyond.total());
        assertTrue(beyond.totalCapped());
        BuyerCatalog.SearchResult partial = bounded.search(null, new BuyerCatalog.SearchQuery(null, "44", MAKER, 1, 1));
        assertEquals(List.of("SR-101"), partial.items().stream().map(BuyerItem::supplierPartId).toList());
        BuyerCatalog.SearchResult exact = bounded.search(null, new BuyerCatalog.SearchQuery("pens", null, MAKER, 0, 20));
        assertEquals(2, exact.total());
        assertFalse(exact.totalCapped());
        BuyerCatalog.SearchResult words = new BuyerCatalog(dataSource, json, 1)
                .search(null, new BuyerCatalog.SearchQuery("pens", null, MAKER, 0, 20));
        assertEquals(1, words.items().size());
        assertEquals(1, words.total());
        assertTrue(words.totalCapped());
        asAdmin().queryParam("q", "pens").queryParam("manufacturer", MAKER)
                .when().get("/api/buyers/sr-open/catalog/search").then().statusCode(200)
                .body("totalCapped", equalTo(false));
    }

    @Test
    void rejectsBadPagingAndFilters() {
        asAdmin().queryParam("size", 1000).when().get("/api/buyers/sr-open/catalog/search").then().statusCode(400)
                .contentType("application/problem+json");
        asAdmin().queryParam("unspsc", "4x").when().get("/api/buyers/sr-open/catalog/search").then().statusCode(400);
        asAdmin().queryParam("contract", "NOPE").when().get("/api/buyers/sr-open/catalog/search").then().statusCode(404);
    }
}
