package io.procurewire.ordersync;

import io.restassured.http.ContentType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Creates integrations through the admin API, pointed at the fakes inside this test application. */
public final class TestIntegrations {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestIntegrations() {
    }

    public static String base() {
        return "http://localhost:" + io.restassured.RestAssured.port;
    }

    public static Map<String, Object> body(String code, int option) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("platformUrl", base() + "/fake-coupa");
        body.put("clientId", "order-sync");
        body.put("clientSecretRef", "coupa-test");
        body.put("statuses", List.of("issued", "cancelled", "closed"));
        body.put("schedule", "PT5M");
        body.put("monitoringOption", option);
        body.put("contactEmail", "integrations@buyer.example");
        body.put("contactName", "Integration Desk");
        body.put("erp", Map.of("url", base() + "/fake-erp/purchase-orders", "credentialsRef", "erp-test",
                "format", "coupa-json"));
        return body;
    }

    public static String create(int option) {
        String code = "acme-" + option + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        create(body(code, option));
        return code;
    }

    public static void create(Map<String, Object> body) {
        given().auth().preemptive().basic("admin", "admin-test-password").contentType(ContentType.JSON).body(body)
                .when().post("/api/integrations").then().statusCode(201);
    }

    public static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-test-password");
    }

    public static io.restassured.specification.RequestSpecification viewer() {
        return given().auth().preemptive().basic("auditor", "auditor-test-password");
    }
}
