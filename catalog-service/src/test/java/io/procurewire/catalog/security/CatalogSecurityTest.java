package io.procurewire.catalog.security;

import io.procurewire.catalog.Fixtures;
import io.procurewire.testsupport.security.EndpointSecurityAudit;
import io.procurewire.testsupport.security.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static io.procurewire.testsupport.security.TestUsers.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every catalog API needs a user: anyone else gets 401, a role too weak 403; reads are open to every role. */
@QuarkusTest
class CatalogSecurityTest {

    @Test
    void everyEndpointCarriesAnExplicitRoleAndNoneIsOpenToAnonymousCallers() {
        EndpointSecurityAudit audit = EndpointSecurityAudit.ofModule();
        assertEquals(Set.of(), audit.unannotated(), "endpoints without @RolesAllowed/@PermitAll");
        assertEquals(Set.of(), audit.open(), "catalog-service has no anonymous endpoint");
        assertEquals(true, audit.endpoints().size() > 20, "the audit found the resources: " + audit.endpoints());
    }

    @Test
    void anonymousCallersGet401OnReadsChangesImportsAndSyncTargets() {
        anonymous().get("/api/products").then().statusCode(401);
        anonymous().get("/api/contracts").then().statusCode(401);
        anonymous().get("/api/sync-targets").then().statusCode(401);
        anonymous().get("/api/buyers/acme/catalog/search").then().statusCode(401);
        anonymous().contentType(ContentType.JSON).body(Fixtures.product("SEC-1", "x", "1.00", "USD"))
                .post("/api/products").then().statusCode(401);
        anonymous().contentType("text/csv").body("supplierPartId,name\nSEC-1,x\n")
                .queryParam("dryRun", "false").post("/api/catalog/imports").then().statusCode(401);
        // (without X-Requested-By the cross-site guard answers 403 before authentication)
        anonymous().header("X-Requested-By", "script").post("/api/sync-targets/1/runs").then().statusCode(401);
    }

    @Test
    void wrongPasswordIsRefusedLikeNoUser() {
        anonymous().auth().preemptive().basic("admin", "not-the-password").get("/api/products").then().statusCode(401);
    }

    @Test
    void viewersAndReviewersReadButCannotChange() {
        for (TestUsers reader : new TestUsers[] {TestUsers.VIEWER, TestUsers.REVIEWER}) {
            reader.given().get("/api/products").then().statusCode(200);
            reader.given().get("/api/contracts").then().statusCode(200);
            reader.given().get("/api/sync-targets").then().statusCode(200);
            reader.given().get("/api/catalog/imports").then().statusCode(200);
            reader.given().contentType(ContentType.JSON).body(Fixtures.product("SEC-2", "x", "1.00", "USD"))
                    .post("/api/products").then().statusCode(403);
            reader.given().delete("/api/products/SEC-2").then().statusCode(403);
            reader.given().contentType("text/csv").body("supplierPartId,name\nSEC-2,x\n")
                    .post("/api/catalog/imports").then().statusCode(403);
            reader.given().post("/api/sync-targets/1/runs").then().statusCode(403);
        }
    }

    @Test
    void adminsChange() {
        TestUsers.ADMIN.given().contentType(ContentType.JSON).body(Fixtures.product("SEC-3", "Secured item", "1.00", "USD"))
                .post("/api/products").then().statusCode(201);
        TestUsers.VIEWER.given().get("/api/products/SEC-3").then().statusCode(200).body("name", equalTo("Secured item"));
    }

    @Test
    void aCrossSiteFormCannotImportACatalogWithCachedCredentials() {
        String csv = "supplierPartId,name,price,currency\nSEC-CSRF,Forged,1.00,USD\n";
        for (String formType : new String[] {"text/plain", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x"}) {
            // sent as raw bytes, as a browser's form post is: REST Assured would otherwise re-encode form bodies itself
            TestUsers.ADMIN.given().config(io.restassured.RestAssured.config().encoderConfig(
                            io.restassured.config.EncoderConfig.encoderConfig()
                                    .encodeContentTypeAs("application/x-www-form-urlencoded", io.restassured.http.ContentType.TEXT)
                                    .encodeContentTypeAs("multipart/form-data", io.restassured.http.ContentType.TEXT)))
                    .contentType(formType).body(csv)
                    .queryParam("dryRun", "false")
                    .post("/api/catalog/imports").then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("a POST without a body or with a form's content type needs the header "
                            + "X-Requested-By (any value): browsers never send it cross-site, so this refuses forged requests"));
        }
        // even with the header a form's content type is no catalog file
        TestUsers.ADMIN.given().header("X-Requested-By", "script").contentType("text/plain")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("dryRun", "false").post("/api/catalog/imports").then().statusCode(415);
        TestUsers.ADMIN.given().get("/api/products/SEC-CSRF").then().statusCode(404);
    }

    @Test
    void bodylessPostsNeedTheHeaderThatNoCrossSiteFormSends() {
        TestUsers.ADMIN.given().post("/api/sync-targets/999999/runs").then().statusCode(403);
        TestUsers.ADMIN.given().post("/api/sync-runs/999999/retry").then().statusCode(403);
        TestUsers.ADMIN.given().header("X-Requested-By", "script").post("/api/sync-targets/999999/runs")
                .then().statusCode(404);
    }
}
