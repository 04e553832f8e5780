package io.procurewire.sandbox;

import io.procurewire.testsupport.security.EndpointSecurityAudit;
import io.procurewire.testsupport.security.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.procurewire.testsupport.security.TestUsers.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /admin needs a user with a role (admin changes, every role reads); the Core API keeps its own OAuth2, and the
 * buyer pages, the token endpoint, cXML and ERP endpoints are open on purpose.
 */
@QuarkusTest
class SandboxSecurityTest {

    /** Classes whose endpoints are open at the HTTP layer on purpose (each says why where it is declared). */
    private static final Set<String> OPEN_BY_DESIGN = Set.of(
            "io.procurewire.sandbox.buyer.BuyerPages",
            "io.procurewire.sandbox.auth.TokenResource",
            "io.procurewire.sandbox.cxmlin.CxmlInvoiceResource",
            "io.procurewire.sandbox.cxmlin.CxmlConfirmationResource",
            "io.procurewire.sandbox.erp.ErpResource",
            // Core API: OAuth2 bearer tokens with scopes (ApiAuthFilter)
            "io.procurewire.sandbox.catalog.SupplierItemResource",
            "io.procurewire.sandbox.po.PurchaseOrderResource",
            "io.procurewire.sandbox.invoice.InvoiceResource",
            "io.procurewire.sandbox.supplier.SupplierResource",
            "io.procurewire.sandbox.integration.IntegrationHistoryRecordResource",
            "io.procurewire.sandbox.integration.IntegrationRunResource",
            "io.procurewire.sandbox.integration.IntegrationErrorResource",
            "io.procurewire.sandbox.receiving.ReceivingTransactionResource");

    @Test
    void everyEndpointIsAnnotatedAndOnlyTheDeliberateOnesAreOpen() {
        EndpointSecurityAudit audit = EndpointSecurityAudit.ofModule();
        assertEquals(Set.of(), audit.unannotated(), "endpoints without @RolesAllowed/@PermitAll");
        Set<String> openElsewhere = new TreeSet<>();
        audit.endpoints().stream()
                .filter(e -> audit.open().contains(e.toString()))
                .filter(e -> !OPEN_BY_DESIGN.contains(e.declaredBy().substring(0, e.declaredBy().indexOf('#'))))
                .forEach(e -> openElsewhere.add(e + " (" + e.declaredBy() + ")"));
        assertEquals(Set.of(), openElsewhere, "open endpoints outside the allow-list");
        assertTrue(audit.endpoints().stream().filter(e -> e.path().startsWith("/admin")).count() >= 10,
                "the audit found the admin endpoints: " + audit.endpoints());
        assertTrue(audit.endpoints().stream().filter(e -> e.path().startsWith("/admin"))
                .noneMatch(e -> audit.open().contains(e.toString())), "no /admin endpoint is open");
    }

    @Test
    void adminEndpointsAnswer401WithoutAUser() {
        anonymous().get("/admin/faults").then().statusCode(401);
        anonymous().get("/admin/users").then().statusCode(401);
        anonymous().delete("/admin/rate-limit").then().statusCode(401);
        anonymous().contentType("application/json").body(Map.of("name", "x", "secret", "y", "scopes", "core.catalog.read"))
                .post("/admin/oauth-clients").then().statusCode(401);
        anonymous().auth().preemptive().basic("admin", "wrong").get("/admin/faults").then().statusCode(401);
    }

    @Test
    void viewersAndReviewersReadTheAdminApiButCannotChangeIt() {
        for (TestUsers reader : new TestUsers[] {TestUsers.VIEWER, TestUsers.REVIEWER}) {
            reader.given().get("/admin/faults").then().statusCode(200).body("errorRate", equalTo(0.0f));
            reader.given().get("/admin/organisations").then().statusCode(200);
            reader.given().delete("/admin/faults").then().statusCode(403);
            reader.given().contentType("application/json").body(Map.of("enabled", true, "requestsPerSecond", 5, "burst", 5))
                    .put("/admin/rate-limit").then().statusCode(403);
        }
    }

    @Test
    void adminsChangeTheSandbox() {
        TestUsers.ADMIN.given().delete("/admin/faults").then().statusCode(200).body("errorRate", equalTo(0.0f));
    }

    @Test
    void pagesTheTokenEndpointAndTheCoreApiNeedNoSandboxUser() {
        anonymous().get("/requisitions").then().statusCode(200);
        String token = anonymous().formParam("grant_type", "client_credentials").formParam("client_id", "suite")
                .formParam("client_secret", "sandbox-suite-secret").post("/oauth2/token").then().statusCode(200)
                .extract().path("access_token");
        anonymous().auth().oauth2(token).accept("application/json").get("/api/suppliers").then().statusCode(200);
        anonymous().accept("application/json").get("/api/suppliers").then().statusCode(401); // its own OAuth2
    }
}
