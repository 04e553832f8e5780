package io.procurewire.catalog.pricing;

import io.procurewire.catalog.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.procurewire.testsupport.security.TestUsers.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ContractResourceTest {

    @Test
    void createsAContractWithLinesAndReadsThemBack() {
        Fixtures.createProduct(Fixtures.product("CR-1", "Gloves", "4.00", "USD"));
        Fixtures.createContract("CR-C1", "cr-listed", "USD", "2026-01-01", "2026-12-31", "5", "ALL");
        Fixtures.putLine("CR-C1", "CR-1", Map.of("tiers", List.of(Map.of("minQuantity", 100, "unitPrice", "3.10"),
                Map.of("minQuantity", 10, "unitPrice", "3.50")), "validFrom", "2026-02-01"));
        asAdmin().when().get("/api/contracts/CR-C1").then().statusCode(200)
                .body("buyerCode", equalTo("cr-listed"))
                .body("currency", equalTo("USD"))
                .body("effectiveTo", equalTo("2026-12-31"))
                .body("defaultDiscountPercent", equalTo(5.0f))
                .body("assortment", equalTo("ALL"))
                .body("lines", hasSize(1))
                .body("lines[0].supplierPartId", equalTo("CR-1"))
                .body("lines[0].fixedPrice", nullValue())
                .body("lines[0].tiers.minQuantity", contains(10, 100))
                .body("lines[0].validFrom", equalTo("2026-02-01"));
        asAdmin().queryParam("buyerCode", "cr-listed").when().get("/api/contracts").then().statusCode(200)
                .body("code", contains("CR-C1"));
    }

    @Test
    void everyLineChangeIsANewTraceablePriceVersion() {
        Fixtures.createProduct(Fixtures.product("CR-2", "Mask", "2.00", "USD"));
        Fixtures.createContract("CR-C2", "cr-buyer", "USD", "2026-01-01", null, null, null);
        int v1 = asAdmin().contentType(ContentType.JSON).body(Map.of("fixedPrice", "1.80"))
                .put("/api/contracts/CR-C2/lines/CR-2").then().statusCode(200).extract().path("priceVersion");
        int v2 = asAdmin().contentType(ContentType.JSON).body(Map.of("fixedPrice", "1.70"))
                .put("/api/contracts/CR-C2/lines/CR-2").then().statusCode(200).extract().path("priceVersion");
        org.junit.jupiter.api.Assertions.assertTrue(v2 > v1);
        asAdmin().get("/api/price-versions/" + v1).then().statusCode(200)
                .body("subject", equalTo("CONTRACT_LINE")).body("contractCode", equalTo("CR-C2"))
                .body("snapshot.fixedPrice", equalTo("1.80"));
        asAdmin().get("/api/price-versions/" + v2).then().body("snapshot.fixedPrice", equalTo("1.70"));
        asAdmin().when().delete("/api/contracts/CR-C2/lines/CR-2").then().statusCode(204);
        asAdmin().when().get("/api/contracts/CR-C2").then().body("lines", hasSize(0));
        asAdmin().when().delete("/api/contracts/CR-C2/lines/CR-2").then().statusCode(404);
    }

    @Test
    void rejectsInvalidContractsAndLines() {
        asAdmin().contentType(ContentType.JSON).body(Map.of("code", "CR-BAD", "buyerCode", "cr-buyer", "currency", "usd",
                        "effectiveFrom", "2026-05-01", "effectiveTo", "2026-04-01", "defaultDiscountPercent", 120))
                .when().post("/api/contracts").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("currency", "effectiveTo", "defaultDiscountPercent"));
        Fixtures.createProduct(Fixtures.product("CR-3", "Helmet", "20", "USD"));
        Fixtures.createContract("CR-C3", "cr-buyer", "USD", "2026-01-01", null, null, null);
        asAdmin().contentType(ContentType.JSON).body(Map.of("validFrom", "2026-01-01"))
                .put("/api/contracts/CR-C3/lines/CR-3").then().statusCode(400)
                .body("errors[0].message", equalTo("one of fixedPrice, discountPercent or tiers is required"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("tiers", List.of(Map.of("minQuantity", 0, "unitPrice", "1"),
                        Map.of("minQuantity", 5, "unitPrice", "-1"))))
                .put("/api/contracts/CR-C3/lines/CR-3").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("tiers[0].minQuantity", "tiers[1].unitPrice"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("fixedPrice", "1"))
                .put("/api/contracts/CR-C3/lines/NO-SUCH").then().statusCode(404);
        asAdmin().contentType(ContentType.JSON).body(Map.of("fixedPrice", "1"))
                .put("/api/contracts/NO-SUCH/lines/CR-3").then().statusCode(404)
                .body("detail", equalTo("contract NO-SUCH does not exist"));
    }

    @Test
    void duplicateContractCodeIsAConflict() {
        Fixtures.createContract("CR-C4", "cr-buyer", "EUR", "2026-01-01", null, null, null);
        asAdmin().contentType(ContentType.JSON).body(Map.of("code", "CR-C4", "buyerCode", "other", "currency", "EUR",
                "effectiveFrom", "2026-01-01")).when().post("/api/contracts").then().statusCode(409);
    }

    @Test
    void changingTermsBumpsTheContractVersion() {
        Fixtures.createContract("CR-C5", "cr-buyer", "USD", "2026-01-01", null, null, null);
        int before = asAdmin().get("/api/contracts/CR-C5").then().extract().path("priceVersion");
        int after = asAdmin().contentType(ContentType.JSON).body(Map.of("code", "CR-C5", "buyerCode", "cr-buyer",
                        "currency", "USD", "effectiveFrom", "2026-01-01", "defaultDiscountPercent", "3"))
                .put("/api/contracts/CR-C5").then().statusCode(200).body("defaultDiscountPercent", equalTo(3))
                .extract().path("priceVersion");
        org.junit.jupiter.api.Assertions.assertTrue(after > before);
    }

    @Test
    void anUnknownAssortmentOrAnotherDateFormatNamesTheFieldAndWhatItMustBe() {
        Map<String, Object> contract = new java.util.LinkedHashMap<>(Map.of("code", "CR-BAD", "buyerCode", "cr-bad",
                "name", "Bad", "currency", "USD", "effectiveFrom", "2026-01-01", "assortment", "SOME"));
        asAdmin().contentType(ContentType.JSON).body(contract).when().post("/api/contracts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("assortment"))
                .body("errors[0].pointer", equalTo("/assortment"))
                .body("errors[0].message", equalTo("must be one of ALL, CONTRACT_LINES, was 'SOME'"));
        contract.put("assortment", "ALL");
        contract.put("effectiveFrom", "01/31/2026");
        asAdmin().contentType(ContentType.JSON).body(contract).when().post("/api/contracts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("effectiveFrom"))
                .body("errors[0].message", equalTo("must be a date as YYYY-MM-DD (ISO 8601), e.g. 2026-01-31, "
                        + "was '01/31/2026'"));
        asAdmin().get("/api/contracts/CR-BAD").then().statusCode(404);
    }
}
