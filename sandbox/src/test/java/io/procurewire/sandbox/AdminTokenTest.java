package io.procurewire.sandbox;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** On a shared sandbox the admin API needs the configured token; the Core API and pages are unaffected. */
@QuarkusTest
@TestProfile(AdminTokenTest.WithAdminToken.class)
class AdminTokenTest {

    public static class WithAdminToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("procurewire.sandbox.admin-token", "let-me-in");
        }
    }

    @Test
    void adminCallsWithoutTheTokenAre401() {
        given().get("/admin/faults").then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", equalTo("header X-Sandbox-Admin-Token is missing or wrong"));
        given().header("X-Sandbox-Admin-Token", "wrong").get("/admin/rate-limit").then().statusCode(401);
    }

    @Test
    void adminCallsWithTheTokenWork() {
        given().header("X-Sandbox-Admin-Token", "let-me-in").get("/admin/faults").then().statusCode(200)
                .body("errorRate", equalTo(0.0f));
    }

    @Test
    void pagesAndTheTokenEndpointNeedNoAdminToken() {
        given().get("/requisitions").then().statusCode(200);
        given().formParam("grant_type", "client_credentials").formParam("client_id", "suite")
                .formParam("client_secret", "sandbox-suite-secret").post("/oauth2/token").then().statusCode(200);
    }
}
