package io.procurewire.sandbox.erp;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static io.procurewire.testsupport.security.TestUsers.asAdmin;

@QuarkusTest
class ErpSimulatorTest {

    @Test
    void confirmsAPoVersionOnceWithAnErpDocumentNumberAndRepeatsItForResends() {
        String po = "PO-" + UUID.randomUUID().toString().substring(0, 8);
        String number = given().contentType("application/json").body(Map.of("po-number", po, "version", 1, "total", "42.00"))
                .post("/erp/api/purchase-orders").then().statusCode(201)
                .body("status", equalTo("confirmed")).body("erp-document-number", startsWith("ERP-"))
                .extract().path("erp-document-number");
        given().contentType("application/json").body(Map.of("po-number", po, "version", 1, "total", "42.00"))
                .post("/erp/api/purchase-orders").then().statusCode(200)
                .body("erp-document-number", equalTo(number));
        String second = given().contentType("application/json").body(Map.of("po-number", po, "version", 2))
                .post("/erp/api/purchase-orders").then().statusCode(201).extract().path("erp-document-number");
        given().queryParam("po-number", po).get("/erp/api/purchase-orders").then().statusCode(200)
                .body("erp-document-number", contains(number, second)).body("version", contains(1, 2));
        given().get("/erp/api/purchase-orders/" + number).then().statusCode(200).body("po-number", equalTo(po));
    }

    @Test
    void anUpdateCancelOrCloseIsAppliedToTheDocumentTheFirstVersionOpened() {
        String po = "PO-" + UUID.randomUUID().toString().substring(0, 8);
        String number = given().contentType("application/json").body(Map.of("po-number", po, "version", 1))
                .post("/erp/api/purchase-orders").then().statusCode(201).body("action", equalTo("create"))
                .extract().path("erp-document-number");
        given().contentType("application/json")
                .body(Map.of("po-number", po, "version", 2, "action", "update", "erp-document-number", number))
                .post("/erp/api/purchase-orders").then().statusCode(201)
                .body("erp-document-number", equalTo(number)).body("version", equalTo(2)).body("action", equalTo("update"));
        // a resent change is the same answer, not a second change
        given().contentType("application/json")
                .body(Map.of("po-number", po, "version", 2, "action", "update", "erp-document-number", number))
                .post("/erp/api/purchase-orders").then().statusCode(200).body("erp-document-number", equalTo(number));
        given().contentType("application/json")
                .body(Map.of("po-number", po, "version", 3, "action", "cancel", "erp-document-number", number))
                .post("/erp/api/purchase-orders").then().statusCode(201).body("erp-document-number", equalTo(number));

        given().queryParam("po-number", po).get("/erp/api/purchase-orders").then().statusCode(200)
                .body("erp-document-number", contains(number, number, number))
                .body("version", contains(1, 2, 3)).body("action", contains("create", "update", "cancel"));
        given().get("/erp/api/purchase-orders/" + number).then().statusCode(200)
                .body("version", equalTo(3)).body("action", equalTo("cancel"));
    }

    @Test
    void aChangeMustNameADocumentOfTheSamePurchaseOrder() {
        String po = "PO-" + UUID.randomUUID().toString().substring(0, 8);
        String other = given().contentType("application/json").body(Map.of("po-number", po + "-other", "version", 1))
                .post("/erp/api/purchase-orders").then().statusCode(201).extract().path("erp-document-number");
        given().contentType("application/json").body(Map.of("po-number", po, "version", 2, "action", "update"))
                .post("/erp/api/purchase-orders").then().statusCode(400)
                .body("detail", equalTo("an update needs the erp-document-number it applies to"));
        given().contentType("application/json")
                .body(Map.of("po-number", po, "version", 2, "action", "update", "erp-document-number", other))
                .post("/erp/api/purchase-orders").then().statusCode(404)
                .body("detail", equalTo("ERP document of purchase order " + po + " " + other + " does not exist"));
        given().contentType("application/json").body(Map.of("po-number", po, "version", 1, "action", "merge"))
                .post("/erp/api/purchase-orders").then().statusCode(400)
                .body("detail", equalTo("action must be create, update, cancel or close, not merge"));
        given().queryParam("po-number", po).get("/erp/api/purchase-orders").then().body("size()", equalTo(0));
    }

    @Test
    void refusesAPoWithoutNumberOrVersion() {
        given().contentType("application/json").body(Map.of("po-number", "X"))
                .post("/erp/api/purchase-orders").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("po-number and a positive version are required"));
    }

    @Test
    void faultInjectionAppliesToTheErp() {
        asAdmin().contentType("application/json").body(Map.of("errorRate", 0, "errorStatus", 503, "latencyMillis", 0,
                        "failPath", "/erp/", "failStatus", 503, "dropRate", 0,
                        "eligiblePaths", java.util.List.of("/api/", "/erp/")))
                .put("/admin/faults").then().statusCode(200);
        try {
            given().contentType("application/json").body(Map.of("po-number", "X", "version", 1))
                    .post("/erp/api/purchase-orders").then().statusCode(503);
        } finally {
            asAdmin().delete("/admin/faults").then().statusCode(200);
        }
    }
}
