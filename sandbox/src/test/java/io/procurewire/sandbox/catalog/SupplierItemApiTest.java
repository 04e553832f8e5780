package io.procurewire.sandbox.catalog;

import io.procurewire.sandbox.SandboxApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class SupplierItemApiTest {

    private static Map<String, Object> item(String supplier, String part) {
        Map<String, Object> item = new HashMap<>(Map.of("supplier-part-num", part, "name", "Paper " + part,
                "description", "A4 copy paper", "price", "11.25", "currency", Map.of("code", "USD"),
                "uom", Map.of("code", "EA"), "commodity", Map.of("name", "43211503"), "lead-time", 3,
                "supplier", Map.of("number", supplier), "contract", Map.of("number", "C-1")));
        item.put("manufacturer", "Acme");
        return item;
    }

    @Test
    void catalogSyncCreatesListsUpdatesAndSoftDeletesItemsWithCatalogScopes() {
        String supplier = "SUP-" + UUID.randomUUID().toString().substring(0, 8);
        SandboxApi.createSupplier(supplier, Map.of());
        String token = SandboxApi.token("core.catalog.read core.catalog.write");
        int id = given().auth().oauth2(token).contentType("application/json").body(item(supplier, "P-1"))
                .post("/api/supplier_items").then().statusCode(201)
                .body("supplier-part-num", equalTo("P-1")).body("price", equalTo("11.25"))
                .body("currency.code", equalTo("USD")).body("uom.code", equalTo("EA"))
                .body("commodity.name", equalTo("43211503")).body("lead-time", equalTo(3))
                .body("supplier.number", equalTo(supplier)).body("contract.number", equalTo("C-1"))
                .body("active", equalTo(true)).extract().path("id");
        given().auth().oauth2(token).contentType("application/json").body(item(supplier, "P-1"))
                .post("/api/supplier_items").then().statusCode(422);
        given().auth().oauth2(token).contentType("application/json").body(Map.of("price", "12.00"))
                .put("/api/supplier_items/" + id).then().statusCode(200).body("price", equalTo("12.00"))
                .body("name", equalTo("Paper P-1"));
        given().auth().oauth2(token).queryParam("supplier[number]", supplier).queryParam("offset", 0).queryParam("limit", 50)
                .get("/api/supplier_items").then().statusCode(200).body("$", hasSize(1)).body("id", contains(id));
        given().auth().oauth2(token).delete("/api/supplier_items/" + id).then().statusCode(200)
                .body("active", equalTo(false));
        given().auth().oauth2(token).queryParam("supplier[number]", supplier).queryParam("active", "true")
                .get("/api/supplier_items").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void catalogReadScopeCannotWrite() {
        given().auth().oauth2(SandboxApi.token("core.catalog.read")).contentType("application/json")
                .body(item("X", "P-9")).post("/api/supplier_items").then().statusCode(403);
    }
}
