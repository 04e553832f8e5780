package io.procurewire.punchout;

import io.procurewire.testsupport.security.EndpointSecurityAudit;
import io.procurewire.testsupport.security.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.procurewire.testsupport.security.TestUsers.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The admin API needs a role; the punchout URL, StartPage and shop are open on purpose and are the only open ones. */
@QuarkusTest
class PunchoutSecurityTest {

    /** cXML credentials authenticate the setup URLs; an unguessable key from the StartPage authenticates the shop. */
    private static final Set<String> OPEN_BY_DESIGN = Set.of(
            "POST /cxml/punchout",
            "POST /cxml/punchout/test",
            "GET /punchout/start/{token}",
            "GET /shop/{key}",
            "GET /shop/{key}/items/{partId}",
            "GET /shop/{key}/cart",
            "POST /shop/{key}/cart/add",
            "POST /shop/{key}/cart/lines/{lineId}",
            "POST /shop/{key}/cart/lines/{lineId}/remove",
            "POST /shop/{key}/checkout",
            "POST /shop/{key}/cancel");

    @Test
    void everyEndpointIsAnnotatedAndOnlyTheAllowListIsOpen() {
        EndpointSecurityAudit audit = EndpointSecurityAudit.ofModule();
        assertEquals(Set.of(), audit.unannotated(), "endpoints without @RolesAllowed/@PermitAll");
        assertEquals(OPEN_BY_DESIGN, audit.open());
    }

    @Test
    void theAdminApiAnswers401WithoutAUserAnd403ToAWeakRole() {
        anonymous().get("/api/connections").then().statusCode(401);
        anonymous().auth().preemptive().basic("admin", "wrong").get("/api/connections").then().statusCode(401);
        TestUsers.VIEWER.given().get("/api/connections").then().statusCode(200);
        TestUsers.REVIEWER.given().get("/api/connections").then().statusCode(200); // every role reads
        TestUsers.REVIEWER.given().delete("/api/connections/999999").then().statusCode(403);
        TestUsers.VIEWER.given().contentType("application/json").body("{}").post("/api/connections").then().statusCode(403);
        TestUsers.ADMIN.given().get("/api/connections").then().statusCode(200);
    }
}
