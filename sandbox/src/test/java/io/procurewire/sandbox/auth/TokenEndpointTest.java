package io.procurewire.sandbox.auth;

import io.procurewire.sandbox.SandboxApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.containsString;
import static io.procurewire.testsupport.security.TestUsers.asAdmin;

@QuarkusTest
class TokenEndpointTest {

    @Test
    void issuesABearerTokenWithTheRequestedScopes() {
        given().formParam("grant_type", "client_credentials").formParam("client_id", "suite")
                .formParam("client_secret", "sandbox-suite-secret")
                .formParam("scope", "core.catalog.read core.catalog.write")
                .when().post("/oauth2/token")
                .then().statusCode(200)
                .body("token_type", equalTo("bearer"))
                .body("expires_in", equalTo(7200))
                .body("scope", equalTo("core.catalog.read core.catalog.write"))
                .body("access_token", hasLength(43));
    }

    @Test
    void acceptsClientCredentialsByHttpBasic() {
        given().auth().preemptive().basic("suite", "sandbox-suite-secret")
                .formParam("grant_type", "client_credentials").formParam("scope", "core.invoice.read")
                .when().post("/oauth2/token")
                .then().statusCode(200).body("scope", equalTo("core.invoice.read"));
    }

    @Test
    void refusesAWrongSecretWith401InvalidClient() {
        given().formParam("grant_type", "client_credentials").formParam("client_id", "suite")
                .formParam("client_secret", "wrong").formParam("scope", "core.catalog.read")
                .when().post("/oauth2/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void refusesAScopeTheClientDoesNotHave() {
        given().formParam("grant_type", "client_credentials").formParam("client_id", "suite")
                .formParam("client_secret", "sandbox-suite-secret").formParam("scope", "core.expense.write")
                .when().post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("invalid_scope"))
                .body("error_description", containsString("core.expense.write"));
    }

    @Test
    void refusesOtherGrantTypes() {
        given().formParam("grant_type", "password").formParam("client_id", "suite")
                .formParam("client_secret", "sandbox-suite-secret")
                .when().post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
    }

    @Test
    void apiCallsWithoutATokenAre401() {
        given().when().get("/api/purchase_orders")
                .then().statusCode(401).body("errors.error", hasItem(containsString("Missing bearer token")));
    }

    @Test
    void apiCallsWithAnUnknownTokenAre401() {
        given().auth().oauth2("not-a-token").when().get("/api/purchase_orders")
                .then().statusCode(401).body("errors.error", hasItem("Invalid or expired access token"));
    }

    @Test
    void apiCallsWithoutTheObjectsScopeAre403InCoupasXmlErrorShape() {
        String catalogOnly = SandboxApi.token("core.catalog.read");
        String body = given().auth().oauth2(catalogOnly).accept("application/xml")
                .when().get("/api/purchase_orders")
                .then().statusCode(403).extract().asString();
        org.assertj.core.api.Assertions.assertThat(body)
                .contains("<errors>", "<error>Access denied: scope core.purchase_order.read is required</error>");
    }

    @Test
    void readScopeDoesNotAllowWrites() {
        String readOnly = SandboxApi.token("core.purchase_order.read");
        given().auth().oauth2(readOnly).when().put("/api/purchase_orders/1?exported=true")
                .then().statusCode(403)
                .body("errors.error", hasItem("Access denied: scope core.purchase_order.write is required"));
    }

    @Test
    void clientsRegisteredThroughTheAdminApiGetTokens() {
        asAdmin().contentType("application/json")
                .body(Map.of("clientId", "erp-bridge", "clientSecret", "s3cret", "scopes", "core.purchase_order.read"))
                .when().post("/admin/oauth-clients")
                .then().statusCode(201).body("scopes", equalTo("core.purchase_order.read"));
        String token = given().formParam("grant_type", "client_credentials").formParam("client_id", "erp-bridge")
                .formParam("client_secret", "s3cret").when().post("/oauth2/token")
                .then().statusCode(200).body("scope", equalTo("core.purchase_order.read"))
                .extract().path("access_token");
        given().auth().oauth2(token).when().get("/api/purchase_orders").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/suppliers").then().statusCode(403);
    }
}
