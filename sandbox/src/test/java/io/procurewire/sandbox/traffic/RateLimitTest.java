package io.procurewire.sandbox.traffic;

import io.procurewire.sandbox.SandboxApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static io.procurewire.testsupport.security.TestUsers.asAdmin;

@QuarkusTest
class RateLimitTest {

    /** Health answers on the management interface (a free port in tests), which faults and the rate limit never touch. */
    @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
    java.net.URL management;


    @AfterEach
    void switchOff() {
        asAdmin().contentType("application/json").body(Map.of("enabled", false, "requestsPerSecond", 25, "burst", 20))
                .put("/admin/rate-limit").then().statusCode(200);
    }

    @Test
    void defaultsAreCoupasNumbers() {
        asAdmin().when().delete("/admin/rate-limit").then().statusCode(200)
                .body("requestsPerSecond", equalTo(25.0f)).body("burst", equalTo(20));
    }

    @Test
    void answers429WithRetryAfterOnceTheBurstIsSpent() {
        asAdmin().contentType("application/json").body(Map.of("enabled", true, "requestsPerSecond", 0.5, "burst", 3))
                .when().put("/admin/rate-limit").then().statusCode(200).body("enabled", equalTo(true));
        String token = SandboxApi.token(SandboxApi.ALL_SCOPES);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/api/suppliers").then().statusCode(200);
        }
        given().auth().oauth2(token).get("/api/suppliers")
                .then().statusCode(429)
                .header("Retry-After", "2")
                .body("errors.error", hasItem(startsWith("Rate limit exceeded")));
        given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort())
                .get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("procurewire_sandbox_rate_limited_total"));
    }

    @Test
    void limitsApiCallersOnlyNotAdminOrHealth() {
        asAdmin().contentType("application/json").body(Map.of("enabled", true, "requestsPerSecond", 0.1, "burst", 1))
                .when().put("/admin/rate-limit").then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort())
                .get("/q/health/live").then().statusCode(200);
            asAdmin().get("/admin/faults").then().statusCode(200);
        }
    }

    @Test
    void rejectsNonsenseSettings() {
        asAdmin().contentType("application/json").body(Map.of("enabled", true, "requestsPerSecond", 0, "burst", 1))
                .when().put("/admin/rate-limit").then().statusCode(400);
    }
}
