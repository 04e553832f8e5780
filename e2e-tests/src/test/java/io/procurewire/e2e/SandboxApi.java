package io.procurewire.e2e;

import io.procurewire.local.SuiteProcesses;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** The sandbox's Coupa-compatible Core API as an integrator calls it: OAuth2 client credentials, then bearer calls. */
final class SandboxApi {

    static final String CLIENT_ID = SuiteProcesses.SANDBOX_CLIENT_ID;
    static final String CLIENT_SECRET = SuiteProcesses.SANDBOX_CLIENT_SECRET;

    private SandboxApi() {
    }

    static String token(String sandbox) {
        return given().baseUri(sandbox)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", CLIENT_ID)
                .formParam("client_secret", CLIENT_SECRET)
                .post("/oauth2/token")
                .then().statusCode(200)
                .extract().jsonPath().getString("access_token");
    }

    static RequestSpecification api(String sandbox, String token) {
        return given().baseUri(sandbox).auth().oauth2(token).contentType("application/json").accept("application/json");
    }
}
