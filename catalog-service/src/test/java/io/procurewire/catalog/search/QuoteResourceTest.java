package io.procurewire.catalog.search;

import io.procurewire.catalog.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.procurewire.testsupport.security.TestUsers.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class QuoteResourceTest {

    @BeforeEach
    void catalogWithOneContract() {
        Fixtures.loadOnce(QuoteResourceTest.class, () -> {
            Fixtures.createProduct(Fixtures.product("QT-FIX", "Fixed item", "12.50", "USD"));
            Fixtures.createProduct(Fixtures.product("QT-TIER", "Tier item", "10.00", "USD"));
            Fixtures.createProduct(Fixtures.product("QT-LIST", "List item", "8.00", "USD"));
            Fixtures.createProduct(Fixtures.product("QT-EUR", "Euro item", "8.00", "EUR"));
            Map<String, Object> aux = Fixtures.product("QT-AUX", "Own aux item", "5.00", "USD");
            aux.put("supplierPartAuxiliaryId", "PK10");
            Fixtures.createProduct(aux);
            Fixtures.createContract("QT-C1", "qt-acme", "USD", "2026-01-01", "2026-12-31", "10", "ALL");
            Fixtures.putLine("QT-C1", "QT-FIX", Map.of("fixedPrice", "11.25"));
            Fixtures.putLine("QT-C1", "QT-TIER", Map.of("discountPercent", "5",
                    "tiers", List.of(Map.of("minQuantity", 10, "unitPrice", "8.00"))));
            Fixtures.createContract("QT-C2", "qt-acme", "USD", "2027-01-01", null, null, "CONTRACT_LINES");
        });
    }

    private static Map<String, Object> line(String part, String aux, Object qty) {
        Map<String, Object> l = new HashMap<>();
        l.put("supplierPartId", part);
        l.put("supplierPartAuxiliaryId", aux);
        l.put("quantity", qty);
        return l;
    }

    private static Map<String, Object> quote(String buyer, String contract, String date, List<Map<String, Object>> lines) {
        Map<String, Object> q = new HashMap<>();
        q.put("buyerCode", buyer);
        q.put("contractCode", contract);
        q.put("date", date);
        q.put("lines", lines);
        return q;
    }

    @Test
    void pricesAWholeCartByPrecedenceInOneCall() {
        asAdmin().contentType(ContentType.JSON).body(quote("qt-acme", null, "2026-11-24", List.of(
                        line("QT-FIX", null, 5), line("QT-TIER", null, 12), line("QT-TIER", null, 2),
                        line("QT-LIST", null, 1), line("QT-AUX", "PK10", 1))))
                .when().post("/api/prices/quote").then().statusCode(200)
                .body("buyerCode", equalTo("qt-acme"))
                .body("currency", equalTo("USD"))
                .body("quotedAt", notNullValue())
                .body("lines.available", everyItem(equalTo(true)))
                .body("lines.priceSource", contains("CONTRACT_FIXED", "CONTRACT_TIER", "CONTRACT_DISCOUNT",
                        "CONTRACT_DISCOUNT", "CONTRACT_DISCOUNT"))
                .body("lines.unitPrice.amount", contains(11.25f, 8.00f, 9.50f, 7.20f, 4.50f))
                .body("lines.contractCode", everyItem(equalTo("QT-C1")))
                .body("lines.supplierPartAuxiliaryId", contains("contract:QT-C1", "contract:QT-C1", "contract:QT-C1",
                        "contract:QT-C1", "PK10"))
                .body("lines[0].listPrice.amount", equalTo(12.50f))
                .body("lines[0].name", equalTo("Fixed item"))
                .body("lines[0].unitOfMeasure", equalTo("EA"))
                .body("lines[0].unspsc", equalTo("43211503"))
                .body("lines[0].manufacturerPartId", equalTo("M-QT-FIX"))
                .body("lines[0].leadTimeDays", equalTo(3))
                .body("lines[0].priceVersion", notNullValue());
    }

    @Test
    void unknownAndUnpriceablePartsAreUnavailableLinesNotAFailedCart() {
        asAdmin().contentType(ContentType.JSON).body(quote("qt-acme", null, "2026-11-24", List.of(
                        line("QT-NOPE", null, 1), line("QT-EUR", null, 1), line("QT-FIX", null, 1))))
                .when().post("/api/prices/quote").then().statusCode(200)
                .body("lines.available", contains(false, false, true))
                .body("lines[0].reason", equalTo("unknown product QT-NOPE"))
                .body("lines[0].unitPrice", nullValue())
                .body("lines[1].reason", equalTo("percent off list needs the list price in the contract currency USD, list price is in EUR"));
    }

    @Test
    void theEchoedDerivedAuxiliaryIdFindsTheContractAgain() {
        // a buyer without a contract of its own date window: the echoed aux ID names the contract
        asAdmin().contentType(ContentType.JSON).body(quote("qt-acme", null, "2026-06-01", List.of(
                        line("QT-FIX", "contract:QT-C1", 1))))
                .when().post("/api/prices/quote").then().statusCode(200)
                .body("lines[0].priceSource", equalTo("CONTRACT_FIXED"))
                .body("lines[0].contractCode", equalTo("QT-C1"));
    }

    @Test
    void withoutContractListPricesInTheDefaultCurrency() {
        asAdmin().contentType(ContentType.JSON).body(quote("qt-nobody", null, "2026-11-24", List.of(
                        line("QT-FIX", null, 1), line("QT-EUR", null, 1))))
                .when().post("/api/prices/quote").then().statusCode(200)
                .body("currency", equalTo("USD"))
                .body("lines[0].priceSource", equalTo("LIST"))
                .body("lines[0].unitPrice.amount", equalTo(12.50f))
                .body("lines[0].contractCode", nullValue())
                .body("lines[0].supplierPartAuxiliaryId", nullValue())
                .body("lines[1].available", equalTo(false))
                .body("lines[1].reason", equalTo("priced in EUR, the quote is in USD"));
    }

    @Test
    void theNextContractTakesOverOnItsDateAndRestrictsTheAssortment() {
        asAdmin().contentType(ContentType.JSON).body(quote("qt-acme", null, "2027-02-01", List.of(line("QT-FIX", null, 1))))
                .when().post("/api/prices/quote").then().statusCode(200)
                .body("lines[0].available", equalTo(false))
                .body("lines[0].contractCode", equalTo("QT-C2"))
                .body("lines[0].reason", equalTo("not in the assortment of contract QT-C2"));
    }

    @Test
    void aContractOfAnotherBuyerIs404AndOneOutOfDateIs422() {
        asAdmin().contentType(ContentType.JSON).body(quote("someone-else", "QT-C1", "2026-11-24", List.of(line("QT-FIX", null, 1))))
                .when().post("/api/prices/quote").then().statusCode(404).contentType("application/problem+json");
        asAdmin().contentType(ContentType.JSON).body(quote("qt-acme", "QT-C2", "2026-11-24", List.of(line("QT-FIX", null, 1))))
                .when().post("/api/prices/quote").then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("contract QT-C2 is not effective on 2026-11-24"));
    }

    @Test
    void rejectsInvalidQuoteRequests() {
        asAdmin().contentType(ContentType.JSON).body(quote(null, null, null, List.of(line("QT-FIX", null, 0), line(null, null, 1))))
                .when().post("/api/prices/quote").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("buyerCode", "lines[0].quantity", "lines[1].supplierPartId"));
        asAdmin().contentType(ContentType.JSON).body(quote("qt-acme", null, null, List.of()))
                .when().post("/api/prices/quote").then().statusCode(400);
    }

    @Test
    void aFiftyLineCartIsPricedInOrder() {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            lines.add(line(i % 2 == 0 ? "QT-FIX" : "QT-LIST", null, i + 1));
        }
        asAdmin().contentType(ContentType.JSON).body(quote("qt-acme", null, "2026-11-24", lines))
                .when().post("/api/prices/quote").then().statusCode(200)
                .body("lines", hasSize(50))
                .body("lines[49].supplierPartId", equalTo("QT-LIST"))
                .body("lines[49].quantity", equalTo(50));
    }

    @Test
    void aQuantityThatIsNotANumberNamesTheLine() {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("buyerCode", "qt-acme", "lines", List.of(line("QT-FIX", null, 1), line("QT-LIST", null, "two"))))
                .when().post("/api/prices/quote")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("lines[1].quantity"))
                .body("errors[0].pointer", equalTo("/lines/1/quantity"))
                .body("errors[0].message", equalTo("must be a number, was 'two'"));
    }
}
