package io.procurewire.e2e;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/**
 * Flow 4, catalog sync, across real processes: catalog-service computes a buyer's view at contract prices and pushes
 * it to the sandbox's Coupa-compatible supplier items API; a second run pushes only what changed; an outage injected
 * in the sandbox fails a run with an alert, and the run after it catches up.
 */
class CatalogSyncScenarioTest {

    private static final String SUPPLIER = "SUP-E2E-SYNC";
    private static final String BUYER = "e2e-sync-buyer";

    private final RunningSuite suite = RunningSuite.get();

    @Test
    void pushesTheBuyersContractPricesThenOnlyTheChanges() {
        String sandbox = suite.url("sandbox");
        String catalog = suite.url("catalog-service");
        String token = SandboxApi.token(sandbox);

        SandboxApi.api(sandbox, token).body(Map.of("name", "E2E Sync Supplier", "number", SUPPLIER, "status", "active",
                        "po-method", "prompt"))
                .post("/api/suppliers").then().statusCode(201);

        product(catalog, "E2E-SYNC-1", "Copy paper A4, 500 sheets", "14111507", "12.50");
        product(catalog, "E2E-SYNC-2", "Stapler, heavy duty", "44121615", "30.00");
        RunningSuite.asAdmin().baseUri(catalog).contentType("application/json")
                .body(Map.of("code", "C-E2E-SYNC", "buyerCode", BUYER, "name", "E2E sync contract", "currency", "USD",
                        "effectiveFrom", "2020-01-01", "assortment", "CONTRACT_LINES"))
                .post("/api/contracts").then().statusCode(201);
        // The buyer sees only its contract's lines: a fixed price, and 10 % off the list price.
        RunningSuite.asAdmin().baseUri(catalog).contentType("application/json").body(Map.of("fixedPrice", 11.25))
                .put("/api/contracts/C-E2E-SYNC/lines/E2E-SYNC-1").then().statusCode(200);
        RunningSuite.asAdmin().baseUri(catalog).contentType("application/json").body(Map.of("discountPercent", 10))
                .put("/api/contracts/C-E2E-SYNC/lines/E2E-SYNC-2").then().statusCode(200);

        long target = RunningSuite.asAdmin().baseUri(catalog).contentType("application/json")
                .body(Map.of("buyerCode", BUYER, "platform", "sandbox", "supplierNumber", SUPPLIER,
                        "scheduleEnabled", false))
                .post("/api/sync-targets").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        JsonPath first = runToEnd(catalog, target);
        assertThat(first.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(first.getInt("added")).isEqualTo(2);
        assertThat(first.getInt("failed")).isZero();

        List<Map<String, Object>> items = supplierItems(sandbox, token);
        assertThat(items).hasSize(2);
        Map<String, Object> paper = byPart(items, "E2E-SYNC-1");
        assertThat(paper.get("price")).asString().isEqualTo("11.25");
        assertThat(paper.get("supplier-aux-part-num")).isEqualTo("contract:C-E2E-SYNC");
        assertThat(((Map<?, ?>) paper.get("commodity")).get("name")).isEqualTo("14111507");
        assertThat(byPart(items, "E2E-SYNC-2").get("price")).asString().isEqualTo("27.00");

        // The contract price changes: the next run pushes that one item and leaves the other alone.
        RunningSuite.asAdmin().baseUri(catalog).contentType("application/json").body(Map.of("fixedPrice", 10.90))
                .put("/api/contracts/C-E2E-SYNC/lines/E2E-SYNC-1").then().statusCode(200);
        JsonPath second = runToEnd(catalog, target);
        assertThat(second.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(second.getInt("changed")).isEqualTo(1);
        assertThat(second.getInt("unchanged")).isEqualTo(1);
        assertThat(second.getInt("added")).isZero();
        assertThat(byPart(supplierItems(sandbox, token), "E2E-SYNC-1").get("price")).asString().isEqualTo("10.90");

        // The buyer platform's items API goes down: the run fails after its retries and raises an alert...
        RunningSuite.asAdmin().baseUri(catalog).contentType("application/json").body(Map.of("fixedPrice", 10.50))
                .put("/api/contracts/C-E2E-SYNC/lines/E2E-SYNC-1").then().statusCode(200);
        RunningSuite.asAdmin().baseUri(sandbox).contentType("application/json")
                .body("""
                        {"errorRate":0,"errorStatus":503,"latencyMillis":0,"failPath":"/api/supplier_items",
                         "failStatus":503,"dropPath":null,"dropRate":0,
                         "eligiblePaths":["/api/","/erp/","/cxml/","/oauth2/"]}""")
                .put("/admin/faults").then().statusCode(200);
        JsonPath outage;
        try {
            outage = runToEnd(catalog, target);
        } finally {
            RunningSuite.asAdmin().baseUri(sandbox).delete("/admin/faults").then().statusCode(anyOf(is(200), is(204)));
        }
        assertThat(outage.getString("status")).isEqualTo("FAILED");
        assertThat(outage.getString("error")).contains("503");
        List<Map<String, Object>> alerts = RunningSuite.asAdmin().baseUri(catalog).queryParam("targetId", target)
                .get("/api/sync-alerts").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(alerts).anySatisfy(alert -> assertThat(alert.get("runId")).isEqualTo(outage.getInt("id")));
        assertThat(byPart(supplierItems(sandbox, token), "E2E-SYNC-1").get("price")).asString().isEqualTo("10.90");

        // ...and once it is back, the next run pushes what the failed one could not.
        JsonPath recovered = runToEnd(catalog, target);
        assertThat(recovered.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(recovered.getInt("changed")).isEqualTo(1);
        assertThat(byPart(supplierItems(sandbox, token), "E2E-SYNC-1").get("price")).asString().isEqualTo("10.50");
    }

    private static void product(String catalog, String part, String name, String unspsc, String price) {
        RunningSuite.asAdmin().baseUri(catalog).contentType("application/json")
                .body(Map.of("supplierPartId", part, "name", name, "description", name, "unspsc", unspsc,
                        "unitOfMeasure", "EA", "listPrice", price, "currency", "USD", "leadTimeDays", 3))
                .post("/api/products").then().statusCode(201);
    }

    private static JsonPath runToEnd(String catalog, long target) {
        String location = RunningSuite.asAdmin().baseUri(catalog).header("X-Requested-By", "e2e").post("/api/sync-targets/" + target + "/runs")
                .then().statusCode(202).extract().header("Location");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonPath run = RunningSuite.asAdmin().baseUri(catalog).get(location).then().statusCode(200).extract().jsonPath();
            if (!"RUNNING".equals(run.getString("status"))) {
                return run;
            }
            sleep(200);
        }
        throw new AssertionError("sync run " + location + " did not finish within 60 s");
    }

    private static List<Map<String, Object>> supplierItems(String sandbox, String token) {
        RequestSpecification api = SandboxApi.api(sandbox, token);
        return api.queryParam("supplier[number]", SUPPLIER).get("/api/supplier_items")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static Map<String, Object> byPart(List<Map<String, Object>> items, String part) {
        return items.stream().filter(i -> part.equals(i.get("supplier-part-num"))).findFirst()
                .orElseThrow(() -> new AssertionError(part + " not on the buyer platform: " + items));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
