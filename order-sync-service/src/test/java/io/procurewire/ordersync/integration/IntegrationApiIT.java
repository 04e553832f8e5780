package io.procurewire.ordersync.integration;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Integrations over the admin API against the packaged application (quarkus-run.jar, or the native executable with
 * -Pnative): an integration whose secrets are references to the service's configuration is created, read back by a
 * viewer without any secret, and a body carrying a plain secret is refused. The export itself needs a buyer platform
 * and an ERP: e2e-tests runs it against the sandbox (and OrderSyncReplicasTest with two replicas and a SIGKILL).
 */
@QuarkusIntegrationTest
class IntegrationApiIT {

    private static Map<String, Object> body(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("platformUrl", "http://localhost:9/coupa");
        body.put("clientId", "order-sync");
        body.put("clientSecretRef", "coupa-test");
        body.put("statuses", List.of("issued", "cancelled", "closed"));
        body.put("schedule", "PT5M");
        body.put("monitoringOption", 2);
        body.put("contactEmail", "integrations@buyer.example");
        body.put("contactName", "Integration Desk");
        body.put("erp", Map.of("url", "http://localhost:9/erp/purchase-orders", "credentialsRef", "erp-test",
                "format", "coupa-json"));
        return body;
    }

    @Test
    void theAdminApiRefusesAnonymousCallers() {
        given().auth().none().get("/api/integrations").then().statusCode(401);
    }

    @Test
    void anIntegrationIsCreatedAndReadBackWithReferencesButNeverSecrets() {
        String code = "it-" + System.nanoTime();
        String json = given().auth().preemptive().basic("admin", "admin-test-password").contentType(ContentType.JSON)
                .body(body(code)).post("/api/integrations").then().statusCode(201)
                .body("code", equalTo(code)).body("clientSecretRef", equalTo("coupa-test"))
                .body("erp.credentialsRef", equalTo("erp-test"))
                .extract().asString();
        assertThat(json).doesNotContain("it-coupa-client-secret").doesNotContain("erp-password");
        given().auth().preemptive().basic("auditor", "auditor-test-password").get("/api/integrations/" + code)
                .then().statusCode(200).body("monitoringOption", equalTo(2));
    }

    @Test
    void aPlainSecretInTheBodyIsRefused() {
        Map<String, Object> body = body("plain-" + System.nanoTime());
        body.put("clientSecret", "plain-text");
        given().auth().preemptive().basic("admin", "admin-test-password").contentType(ContentType.JSON)
                .body(body).post("/api/integrations").then().statusCode(400);
    }
}
