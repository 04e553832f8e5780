package io.procurewire.sandbox.buyer;

import io.procurewire.sandbox.SandboxApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static io.procurewire.testsupport.security.TestUsers.asAdmin;

@QuarkusTest
class BuyerAdminTest {

    private static Map<String, Object> site(String name, String supplier, String organisation, String domain) {
        Map<String, Object> site = new HashMap<>(Map.of("name", name, "supplierNumber", supplier,
                "punchoutUrl", "https://supplier.example/cxml/punchout", "fromDomain", domain,
                "fromIdentity", "AN01234567890", "toDomain", "NetworkID", "toIdentity", "AN09876543210",
                "senderDomain", "NetworkID", "senderIdentity", "AN01234567890", "sharedSecret", "top-secret"));
        site.put("organisation", organisation);
        return site;
    }

    @Test
    void eachOrganisationSeesOnlyItsOwnPunchoutSuppliers() {
        String org = "Org " + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().contentType("application/json").body(Map.of("name", org, "billToStreet", "1 Rue de la Paix",
                        "billToCity", "Paris", "billToPostal", "75002", "billToCountry", "FR"))
                .post("/admin/organisations").then().statusCode(201).body("name", equalTo(org));
        asAdmin().contentType("application/json").body(Map.of("name", org, "billToStreet", "x", "billToCity", "y",
                "billToPostal", "z", "billToCountry", "FR")).post("/admin/organisations").then().statusCode(409);
        String email = UUID.randomUUID() + "@org.example";
        int userId = asAdmin().contentType("application/json").body(Map.of("email", email, "firstName", "Camille",
                        "lastName", "Achat", "organisation", org))
                .post("/admin/users").then().statusCode(201).extract().path("id");
        String supplier = "SUP-" + UUID.randomUUID().toString().substring(0, 8);
        SandboxApi.createSupplier(supplier, Map.of());
        asAdmin().contentType("application/json").body(site("Paris site " + supplier, supplier, org, "NetworkID"))
                .post("/admin/punchout-sites").then().statusCode(201)
                .body("sharedSecretSet", equalTo(true)).body("$", not(hasKey("sharedSecret")));
        asAdmin().contentType("application/json").body(site("Default site " + supplier, supplier, null, "NetworkID"))
                .post("/admin/punchout-sites").then().statusCode(201);

        String location = given().redirects().follow(false).formParam("userId", userId).formParam("title", "Paris")
                .post("/requisitions").then().statusCode(303).extract().header("Location");
        given().get(location).then().statusCode(200)
                .body(containsString("Shop at Paris site " + supplier))
                .body(not(containsString("Shop at Default site " + supplier)))
                .body(containsString("Requester: Camille Achat"));
    }

    @Test
    void refusesUnknownDomainsAndOrganisations() {
        String supplier = "SUP-" + UUID.randomUUID().toString().substring(0, 8);
        SandboxApi.createSupplier(supplier, Map.of());
        asAdmin().contentType("application/json").body(site("Bad " + supplier, supplier, null, "EMAIL"))
                .post("/admin/punchout-sites").then().statusCode(400)
                .body("detail", equalTo("domains must be DUNS or NetworkID, not EMAIL"));
        asAdmin().contentType("application/json").body(Map.of("email", "x@y.example", "firstName", "X", "lastName", "Y",
                "organisation", "No such org")).post("/admin/users").then().statusCode(404);
        asAdmin().get("/admin/organisations").then().statusCode(200).body("name", hasItem("Sandbox Buyer Inc."));
    }
}
