package io.procurewire.catalog.product;

import io.procurewire.catalog.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.procurewire.testsupport.security.TestUsers.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ProductResourceTest {

    @Test
    void createsAndReadsAProductWithAllFields() {
        Map<String, Object> product = Fixtures.product("PR-1", "Cordless drill", "129.90", "USD");
        asAdmin().contentType(ContentType.JSON).body(product).when().post("/api/products")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/products/PR-1"))
                .body("supplierPartId", equalTo("PR-1"))
                .body("supplierPartAuxiliaryId", nullValue())
                .body("listPrice.amount", equalTo(129.90f))
                .body("listPrice.currency", equalTo("USD"))
                .body("priceVersion", greaterThan(0));
        asAdmin().when().get("/api/products/PR-1").then().statusCode(200)
                .body("name", equalTo("Cordless drill"))
                .body("manufacturerName", equalTo("Acme Tools"))
                .body("manufacturerPartId", equalTo("M-PR-1"))
                .body("unspsc", equalTo("43211503"))
                .body("unitOfMeasure", equalTo("EA"))
                .body("leadTimeDays", equalTo(3))
                .body("imageUrl", equalTo("https://img.example.com/PR-1.png"))
                .body("attributes.color", equalTo("black"))
                .body("active", equalTo(true));
    }

    @Test
    void productsWithTheSamePartIdDifferByAuxiliaryId() {
        Map<String, Object> box = Fixtures.product("PR-2", "Screws, box", "9.00", "USD");
        box.put("supplierPartAuxiliaryId", "BOX100");
        Fixtures.createProduct(box);
        Fixtures.createProduct(Fixtures.product("PR-2", "Screws, single", "0.10", "USD"));
        asAdmin().queryParam("auxiliaryId", "BOX100").when().get("/api/products/PR-2")
                .then().statusCode(200).body("name", equalTo("Screws, box"))
                .body("supplierPartAuxiliaryId", equalTo("BOX100"));
        asAdmin().when().get("/api/products/PR-2").then().statusCode(200).body("name", equalTo("Screws, single"));
    }

    @Test
    void rejectsADuplicateWithConflict() {
        Fixtures.createProduct(Fixtures.product("PR-3", "Hammer", "20", "USD"));
        asAdmin().contentType(ContentType.JSON).body(Fixtures.product("PR-3", "Hammer", "20", "USD"))
                .when().post("/api/products").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("product PR-3 already exists"));
    }

    @Test
    void rejectsInvalidFieldsWithOneErrorEach() {
        Map<String, Object> bad = Fixtures.product("PR-4", "", "-1", "ZZZ");
        bad.put("unspsc", "4321");
        bad.put("unitOfMeasure", "each");
        asAdmin().contentType(ContentType.JSON).body(bad).when().post("/api/products")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "unspsc", "unitOfMeasure", "listPrice", "currency"));
        asAdmin().when().get("/api/products/PR-4").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void priceChangeBumpsTheVersionAndKeepsHistory() {
        Fixtures.createProduct(Fixtures.product("PR-5", "Saw", "30.00", "USD"));
        int first = asAdmin().get("/api/products/PR-5").then().extract().path("priceVersion");
        Map<String, Object> renamed = Fixtures.product("PR-5", "Saw, fine", "30.00", "USD");
        asAdmin().contentType(ContentType.JSON).body(renamed).when().put("/api/products/PR-5")
                .then().statusCode(200).body("priceVersion", equalTo(first)).body("name", equalTo("Saw, fine"));
        Map<String, Object> dearer = Fixtures.product("PR-5", "Saw, fine", "32.50", "USD");
        int second = asAdmin().contentType(ContentType.JSON).body(dearer).when().put("/api/products/PR-5")
                .then().statusCode(200).extract().path("priceVersion");
        org.junit.jupiter.api.Assertions.assertTrue(second > first);
        asAdmin().when().get("/api/products/PR-5/price-history").then().statusCode(200)
                .body("priceVersion", contains(second, first))
                .body("snapshot.listPrice", contains("32.50", "30.00"));
        asAdmin().when().get("/api/price-versions/" + first).then().statusCode(200)
                .body("subject", equalTo("PRODUCT")).body("supplierPartId", equalTo("PR-5"))
                .body("snapshot.currency", equalTo("USD"));
    }

    @Test
    void discontinuingKeepsTheProductButMarksItInactive() {
        Fixtures.createProduct(Fixtures.product("PR-6", "Old drill", "10", "USD"));
        asAdmin().when().delete("/api/products/PR-6").then().statusCode(200).body("active", equalTo(false));
        asAdmin().when().get("/api/products/PR-6").then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void updatingAnUnknownProductIs404AndAMismatchedBodyIs400() {
        asAdmin().contentType(ContentType.JSON).body(Fixtures.product("PR-404", "X", "1", "USD"))
                .when().put("/api/products/PR-404").then().statusCode(404).contentType("application/problem+json");
        Fixtures.createProduct(Fixtures.product("PR-7", "Y", "1", "USD"));
        asAdmin().contentType(ContentType.JSON).body(Fixtures.product("PR-8", "Y", "1", "USD"))
                .when().put("/api/products/PR-7").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void malformedJsonIsAProblem() {
        asAdmin().contentType(ContentType.JSON).body("{\"supplierPartId\":").when().post("/api/products")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void listsProductsPaged() {
        asAdmin().queryParam("size", 2).when().get("/api/products").then().statusCode(200)
                .body("items", hasSize(2)).body("size", equalTo(2)).body("total", greaterThan(1));
    }
}
