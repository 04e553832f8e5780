package io.procurewire.ordersync.integration;

import io.procurewire.ordersync.TestIntegrations;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.procurewire.ordersync.TestIntegrations.admin;
import static io.procurewire.ordersync.TestIntegrations.viewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class IntegrationResourceTest {

    /** Metrics are on the management interface (a free port in tests), never on the service port. */
    @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
    java.net.URL management;


    @Test
    void anIntegrationIsCreatedAndShownWithReferencesButNeverSecrets() {
        Map<String, Object> body = TestIntegrations.body("api-" + System.nanoTime(), 2);
        body.put("inbound", Map.of("production", Map.of("fromDomain", "NetworkID", "fromIdentity", "AN-" + System.nanoTime(),
                "senderDomain", "NetworkID", "senderIdentity", "AN-S", "sharedSecret", "a-long-shared-secret")));
        String json = admin().contentType(ContentType.JSON).body(body).when().post("/api/integrations").then()
                .statusCode(201).body("code", equalTo(body.get("code"))).body("origin", equalTo("api"))
                .body("clientSecretRef", equalTo("coupa-test")).body("monitoringOption", equalTo(2))
                .body("erp.credentialsRef", equalTo("erp-test")).body("schedule", equalTo("PT5M"))
                .body("inbound.production.sharedSecretSet", equalTo(true))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(json).doesNotContain("a-long-shared-secret")
                .doesNotContain("fake-coupa-client-secret").doesNotContain("pbkdf2").doesNotContain("erp-password");
        viewer().when().get("/api/integrations/" + body.get("code")).then().statusCode(200)
                .body("contactEmail", equalTo("integrations@buyer.example"));
    }

    @Test
    void validationErrorsAreProblemJsonPerField() {
        Map<String, Object> body = TestIntegrations.body("bad " + System.nanoTime(), 4);
        body.put("platformUrl", "ftp://nowhere");
        body.put("statuses", List.of("approved"));
        admin().contentType(ContentType.JSON).body(body).when().post("/api/integrations").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400))
                .body("errors.field", hasItem("code")).body("errors.field", hasItem("platformUrl"))
                .body("errors.field", hasItem("monitoringOption"));
    }

    @Test
    void aClientSecretInTheBodyIsRefused() {
        Map<String, Object> body = TestIntegrations.body("secret-" + System.nanoTime(), 1);
        body.put("clientSecret", "plain-text");
        admin().contentType(ContentType.JSON).body(body).when().post("/api/integrations").then().statusCode(400)
                .body("errors.field", hasItem("clientSecret"))
                .body("errors.message", hasItem(containsString("client secrets are never accepted in a request")));
    }

    @Test
    void aSecretReferenceCannotBeSentToAnotherHost() {
        Map<String, Object> body = TestIntegrations.body("redirect-" + System.nanoTime(), 1);
        body.put("platformUrl", "https://attacker.example");
        body.put("erp", Map.of("url", "http://localhost:1/erp", "credentialsRef", "elsewhere"));
        admin().contentType(ContentType.JSON).body(body).when().post("/api/integrations").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.message", containsInAnyOrder("secret coupa-test may not be sent to https://attacker.example",
                        "secret elsewhere may not be sent to http://localhost:1/erp"));
        body.put("clientSecretRef", "no-such-secret");
        body.put("platformUrl", TestIntegrations.base() + "/fake-coupa");
        body.put("erp", Map.of("url", TestIntegrations.base() + "/fake-erp/purchase-orders"));
        admin().contentType(ContentType.JSON).body(body).when().post("/api/integrations").then().statusCode(422)
                .body("errors.message", hasItem("no secret no-such-secret is configured"));
    }

    @Test
    void aDuplicateCodeIsAConflictAndUnknownOneNotFound() {
        String code = TestIntegrations.create(1);
        admin().contentType(ContentType.JSON).body(TestIntegrations.body(code, 1)).when().post("/api/integrations")
                .then().statusCode(409).body("detail", equalTo("integration " + code + " already exists"));
        admin().when().get("/api/integrations/nope-" + System.nanoTime()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void readersMayReadButNotChangeAndStrangersNeither() {
        given().when().get("/api/integrations").then().statusCode(401);
        given().auth().preemptive().basic("admin", "wrong").when().get("/api/integrations").then().statusCode(401);
        viewer().when().get("/api/integrations").then().statusCode(200);
        viewer().contentType(ContentType.JSON).body(TestIntegrations.body("viewer-" + System.nanoTime(), 1))
                .when().post("/api/integrations").then().statusCode(403);
        given().auth().preemptive().basic("reviewer", "reviewer-test-password").when().get("/api/integrations")
                .then().statusCode(403);
        String code = TestIntegrations.create(1);
        viewer().when().post("/api/integrations/" + code + "/runs").then().statusCode(403);
        viewer().when().delete("/api/integrations/" + code).then().statusCode(403);
        admin().when().delete("/api/integrations/" + code).then().statusCode(204);
        given().when().get("/status/" + code).then().statusCode(401);
    }

    @Test
    void theMetricsCountPlatformCalls() {
        given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort())
                .when().get("/q/metrics").then().statusCode(200)
                .body(containsString("procurewire_order_sync_po_versions"))
                .body(not(containsString("fake-coupa-client-secret")));
    }
}
