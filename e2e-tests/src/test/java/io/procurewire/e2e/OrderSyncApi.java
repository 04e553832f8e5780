package io.procurewire.e2e;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** order-sync-service's admin API as an operator calls it (local admin user, as the runner wires it). */
final class OrderSyncApi {

    /** The inbound cXML credentials the sandbox's cXML suppliers use towards order-sync (and it back to them). */
    static final String SUPPLIER_IDENTITY = "AN-PROCUREWIRE-E2E";
    static final String SHARED_SECRET = "order-request-secret-e2e";
    static final String BUYER_IDENTITY = "sandbox-buyer";

    private final String url;

    OrderSyncApi(String url) {
        this.url = url;
    }

    String url() {
        return url;
    }

    RequestSpecification admin() {
        return given().baseUri(url).auth().preemptive().basic(RunningSuite.ADMIN_USER, RunningSuite.ADMIN_PASSWORD)
                .contentType("application/json").accept("application/json");
    }

    /** {@link #createIntegration(String, int, String, String, String)} for the POs of every supplier. */
    void createIntegration(String code, int option, String sandbox, String schedule) {
        createIntegration(code, option, sandbox, schedule, null);
    }

    /**
     * An integration with the sandbox as buyer platform and ERP, monitoring {@code option}, exporting issued,
     * cancelled and closed POs of {@code supplierNumber} (every supplier when null: scenarios sharing one sandbox
     * give each integration its own supplier, so no scenario exports another's POs); the schedule is long so that
     * runs happen when the scenario asks, unless {@code schedule} says otherwise. Inbound cXML credentials: the
     * sandbox's OrderRequest sender.
     */
    void createIntegration(String code, int option, String sandbox, String schedule, String supplierNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("platformUrl", sandbox);
        body.put("clientId", SandboxApi.CLIENT_ID);
        body.put("clientSecretRef", "sandbox");
        body.put("statuses", List.of("issued", "cancelled", "closed"));
        body.put("schedule", schedule);
        body.put("monitoringOption", option);
        body.put("contactEmail", "erp-integration@buyer.example");
        body.put("contactName", "ERP integration team");
        body.put("erp", Map.of("url", sandbox + "/erp/api/purchase-orders", "format", "coupa-json"));
        body.put("confirmationUrl", sandbox + "/cxml/order_confirmation_request");
        body.put("confirmationSecretRef", "e2e-confirmation");
        body.put("inbound", Map.of("production", Map.of("fromDomain", "NetworkID", "fromIdentity", BUYER_IDENTITY,
                "senderDomain", "NetworkID", "senderIdentity", BUYER_IDENTITY, "sharedSecret", SHARED_SECRET)));
        if (supplierNumber != null) {
            body.put("supplierNumbers", List.of(supplierNumber));
        }
        admin().body(body).post("/api/integrations").then().statusCode(201);
    }

    /** Configuration a replica needs for the integrations above: the confirmation secret, sent only to the sandbox. */
    static Map<String, String> configuration(String sandbox) {
        return Map.of("procurewire.order-sync.secrets.e2e-confirmation.value", SHARED_SECRET,
                "procurewire.order-sync.secrets.e2e-confirmation.allowed-urls", sandbox);
    }

    void deleteIntegration(String code) {
        admin().delete("/api/integrations/" + code).then().statusCode(204);
    }

    /** Runs the pull now and answers the finished run. */
    JsonPath runNow(String code) {
        return admin().post("/api/integrations/" + code + "/runs").then().statusCode(200).extract().jsonPath();
    }

    int deliverNow(String code) {
        return admin().post("/api/integrations/" + code + "/deliveries").then().statusCode(200)
                .extract().jsonPath().getInt("processed");
    }

    JsonPath order(String code, String poNumber) {
        return admin().get("/api/integrations/" + code + "/orders/" + poNumber).then().statusCode(200)
                .extract().jsonPath();
    }

    List<Map<String, Object>> deadLetters(String code) {
        return admin().get("/api/integrations/" + code + "/dead-letters").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }
}
