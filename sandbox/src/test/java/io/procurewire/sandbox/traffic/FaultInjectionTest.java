package io.procurewire.sandbox.traffic;

import io.procurewire.sandbox.SandboxApi;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static io.procurewire.testsupport.security.TestUsers.asAdmin;

@QuarkusTest
class FaultInjectionTest {

    /** Health answers on the management interface (a free port in tests), which faults and the rate limit never touch. */
    @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
    java.net.URL management;


    @TestHTTPResource("/")
    URI base;

    @AfterEach
    void clearFaults() {
        asAdmin().when().delete("/admin/faults").then().statusCode(200).body("errorRate", equalTo(0.0f));
    }

    private static void setFaults(Map<String, Object> overrides) {
        Map<String, Object> faults = new HashMap<>(Map.of("errorRate", 0, "errorStatus", 503, "latencyMillis", 0,
                "failStatus", 500, "dropRate", 0, "eligiblePaths", List.of("/api/", "/erp/", "/cxml/", "/oauth2/")));
        faults.putAll(overrides);
        asAdmin().contentType("application/json").body(faults).when().put("/admin/faults").then().statusCode(200);
    }

    @Test
    void fixedFailureForAPathPrefixLeavesOtherPathsAlone() {
        String token = SandboxApi.token(SandboxApi.ALL_SCOPES);
        setFaults(Map.of("failPath", "/api/purchase_orders", "failStatus", 502));
        given().auth().oauth2(token).get("/api/purchase_orders")
                .then().statusCode(502).header("X-Sandbox-Fault", "injected")
                .body("errors.error", hasItem(containsString("fixed fault for /api/purchase_orders")));
        given().auth().oauth2(token).get("/api/suppliers").then().statusCode(200);
    }

    @Test
    void errorRateOfOneFailsEveryEligibleRequestButNotAdminOrHealth() {
        setFaults(Map.of("errorRate", 1.0, "errorStatus", 503));
        given().formParam("grant_type", "client_credentials").post("/oauth2/token").then().statusCode(503);
        given().get("/erp/api/purchase-orders").then().statusCode(503);
        given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort())
                .get("/q/health/live").then().statusCode(200);
        asAdmin().get("/admin/faults").then().statusCode(200).body("errorRate", equalTo(1.0f));
    }

    @Test
    void addsLatency() {
        String token = SandboxApi.token(SandboxApi.ALL_SCOPES);
        setFaults(Map.of("latencyMillis", 400));
        long start = System.nanoTime();
        given().auth().oauth2(token).get("/api/suppliers").then().statusCode(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void dropsTheConnectionWithoutAnyResponse() {
        setFaults(Map.of("dropPath", "/erp/"));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/erp/api/purchase-orders"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void rejectsImpossibleSettings() {
        asAdmin().contentType("application/json").body(Map.of("errorRate", 2, "errorStatus", 503, "failStatus", 500))
                .when().put("/admin/faults").then().statusCode(400);
    }
}
