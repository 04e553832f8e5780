package io.procurewire.e2e;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The sandbox as the order-sync scenarios use it: the buyer issues, changes and cancels POs; the scenario reads what
 * the integration wrote back (export flag, custom fields, history records, integration runs) and what the ERP
 * simulator holds; and it turns bad weather on and off.
 */
final class BuyerPlatform {

    private final String url;
    private final String token;

    BuyerPlatform(String url) {
        this.url = url;
        this.token = SandboxApi.token(url);
    }

    String url() {
        return url;
    }

    RequestSpecification api() {
        return SandboxApi.api(url, token);
    }

    /** A supplier the buyer orders from by e-mail/portal (no cXML OrderRequest). */
    void promptSupplier(String number) {
        api().body(Map.of("name", "Supplier " + number, "number", number, "status", "active", "po-method", "prompt"))
                .post("/api/suppliers").then().statusCode(201);
    }

    /**
     * A supplier that gets every PO as a cXML OrderRequest at {@code orderRequestUrl}, with the credentials
     * order-sync-service expects (the same identity and secret also authenticate its order confirmations).
     */
    void cxmlSupplier(String number, String orderRequestUrl, String buyerIdentity, String supplierIdentity,
                      String secret) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Supplier " + number);
        body.put("number", number);
        body.put("status", "active");
        body.put("po-method", "cxml");
        body.put("cxml-url", orderRequestUrl);
        body.put("cxml-domain", "NetworkID");
        // OrderRequests go From/Sender the buyer's identity at the supplier, To the supplier's own identity
        body.put("cxml-identity", buyerIdentity);
        body.put("cxml-supplier-domain", "NetworkID");
        body.put("cxml-supplier-identity", supplierIdentity);
        body.put("cxml-secret", secret);
        api().body(body).post("/api/suppliers").then().statusCode(201);
    }

    /** Issues version 1 of a PO with {@code lines} lines (quantities 1..n); answers its id. */
    long issuePo(String supplierNumber, int lines) {
        List<Map<String, Object>> orderLines = new ArrayList<>();
        for (int n = 1; n <= lines; n++) {
            orderLines.add(line(n, n));
        }
        return admin().contentType("application/json")
                .body(Map.of("supplier", Map.of("number", supplierNumber), "currency", Map.of("code", "USD"),
                        "ship-to-address", Map.of("name", "Plant 7", "street1", "7 Foundry Road", "city", "Gary",
                                "postal-code", "46402", "country", Map.of("code", "US")),
                        "order-lines", orderLines))
                .post("/admin/purchase-orders").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> line(int lineNum, int quantity) {
        return Map.of("line-num", lineNum, "description", "Hex bolt M8 x " + (20 + lineNum * 5),
                "quantity", Integer.toString(quantity), "price", "0.35", "uom", Map.of("code", "EA"),
                "source-part-num", "HB-M8-" + lineNum, "commodity", Map.of("name", "31161500"));
    }

    /** The buyer changes quantities: a new PO version. */
    void changeQuantity(long poId, int lineNum, int quantity) {
        admin().contentType("application/json")
                .body(Map.of("order-lines", List.of(line(lineNum, quantity))))
                .post("/admin/purchase-orders/" + poId + "/versions").then().statusCode(200);
    }

    void cancel(long poId) {
        admin().contentType("application/json").post("/admin/purchase-orders/" + poId + "/cancel").then().statusCode(200);
    }

    JsonPath po(long poId) {
        return api().get("/api/purchase_orders/" + poId).then().statusCode(200).extract().jsonPath();
    }

    String poNumber(long poId) {
        return po(poId).getString("po-number");
    }

    /** Every version the ERP simulator received for a PO number, oldest first. */
    List<Map<String, Object>> erpDocuments(String poNumber) {
        return given().baseUri(url).queryParam("po-number", poNumber).get("/erp/api/purchase-orders")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** Every version the ERP simulator holds, of every PO (one call, however many POs a scenario watches). */
    List<Map<String, Object>> allErpDocuments() {
        return given().baseUri(url).get("/erp/api/purchase-orders")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /**
     * Ids of the supplier's POs not yet marked exported, in one call (a check per PO would spend the scenario's own
     * rate limit). Keyset over id like order-sync, in case there are more than a page.
     */
    List<Long> unexported(String supplierNumber) {
        List<Long> ids = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Number> page = api().queryParam("supplier[number]", supplierNumber).queryParam("exported", "false")
                    .queryParam("id[gt]", after).queryParam("limit", 50).queryParam("fields", "[\"id\"]")
                    .get("/api/purchase_orders").then().statusCode(200).extract().jsonPath().getList("id");
            if (page.isEmpty()) {
                return ids;
            }
            page.forEach(id -> ids.add(id.longValue()));
            after = page.getLast().longValue();
        }
    }

    List<Map<String, Object>> historyRecords(long poId) {
        return api().queryParam("document-type", "OrderHeader").queryParam("document-id", poId)
                .get("/api/integration_history_records").then().statusCode(200).extract().jsonPath().getList("$");
    }

    List<Map<String, Object>> integrationErrors(long poId) {
        return api().queryParam("document-type", "OrderHeader").queryParam("document-id", poId)
                .get("/api/integration_errors").then().statusCode(200).extract().jsonPath().getList("$");
    }

    JsonPath integrationRun(long runId) {
        return api().get("/api/integration_runs/" + runId).then().statusCode(200).extract().jsonPath();
    }

    List<Map<String, Object>> confirmations(long poId) {
        return api().get("/api/purchase_orders/" + poId + "/supplier_confirmations").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    /** Bad weather on /api, /erp, /cxml and /oauth2 (the sandbox's fault injection). */
    void faults(Map<String, Object> faults) {
        admin().contentType("application/json").body(faults).put("/admin/faults").then().statusCode(200);
    }

    void clearFaults() {
        admin().delete("/admin/faults").then().statusCode(200);
    }

    void rateLimit(boolean enabled, int requestsPerSecond, int burst) {
        admin().contentType("application/json")
                .body(Map.of("enabled", enabled, "requestsPerSecond", requestsPerSecond, "burst", burst))
                .put("/admin/rate-limit").then().statusCode(200);
    }

    void resetRateLimit() {
        admin().delete("/admin/rate-limit").then().statusCode(200);
    }

    /** The sandbox's set-up API (/admin) as an operator calls it: the local admin user the runner gives every service. */
    private io.restassured.specification.RequestSpecification admin() {
        return given().baseUri(url).auth().preemptive().basic(RunningSuite.ADMIN_USER, RunningSuite.ADMIN_PASSWORD);
    }
}
