package io.procurewire.sandbox.supplier;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.procurewire.testsupport.security.TestUsers.anonymous;
import static io.procurewire.testsupport.security.TestUsers.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class SupplierAdminTest {

    private static String number() {
        return "SUP-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> cxmlSupplier(String name) {
        Map<String, Object> form = new HashMap<>(Map.of("name", name, "poMethod", "cxml",
                "cxmlUrl", "http://127.0.0.1:8083/cxml/order-requests", "cxmlDomain", "NetworkID",
                "cxmlIdentity", "AN-BUYER", "cxmlSupplierDomain", "NetworkID", "cxmlSupplierIdentity", "AN-SUPPLIER"));
        form.put("cxmlSecret", "po-secret");
        return form;
    }

    @Test
    void putCreatesThenReplacesAndTheSecondIdenticalPutChangesNothing() {
        String number = number();
        asAdmin().contentType("application/json").body(cxmlSupplier("Acme Office"))
                .put("/admin/suppliers/" + number).then().statusCode(201)
                .body("number", equalTo(number)).body("po-method", equalTo("cxml"))
                .body("$", not(hasKey("cxml-secret")));
        String updatedAt = asAdmin().get("/admin/suppliers/" + number).then().statusCode(200)
                .extract().path("updated-at");
        asAdmin().contentType("application/json").body(cxmlSupplier("Acme Office"))
                .put("/admin/suppliers/" + number).then().statusCode(200)
                .body("updated-at", equalTo(updatedAt));
        asAdmin().contentType("application/json").body(Map.of("name", "Acme Office Supplies"))
                .put("/admin/suppliers/" + number).then().statusCode(200)
                .body("name", equalTo("Acme Office Supplies")).body("po-method", equalTo("prompt"));
        asAdmin().get("/admin/suppliers").then().statusCode(200).body("number", hasItem(number));
    }

    @Test
    void refusesWhatTheBuyerPlatformCouldNotUse() {
        String number = number();
        asAdmin().contentType("application/json").body(Map.of("name", "No URL", "poMethod", "cxml"))
                .put("/admin/suppliers/" + number).then().statusCode(400)
                .contentType(containsString("problem+json")).body("detail", containsString("cxmlUrl"));
        asAdmin().contentType("application/json").body(Map.of("name", "Odd", "status", "sleeping"))
                .put("/admin/suppliers/" + number).then().statusCode(400).body("detail", containsString("status"));
        asAdmin().contentType("application/json").body(Map.of("name", "Bad number"))
                .put("/admin/suppliers/has space").then().statusCode(400);
        asAdmin().get("/admin/suppliers/" + number).then().statusCode(404)
                .contentType(containsString("problem+json"));
    }

    @Test
    void deleteRemovesAnUnusedSupplierAndRefusesOneASiteStillUses() {
        String unused = number();
        asAdmin().contentType("application/json").body(Map.of("name", "Unused")).put("/admin/suppliers/" + unused)
                .then().statusCode(201);
        asAdmin().delete("/admin/suppliers/" + unused).then().statusCode(204);
        asAdmin().get("/admin/suppliers/" + unused).then().statusCode(404);

        String used = number();
        asAdmin().contentType("application/json").body(Map.of("name", "Used")).put("/admin/suppliers/" + used)
                .then().statusCode(201);
        int site = asAdmin().contentType("application/json").body(Map.of("name", "Site " + used, "supplierNumber", used,
                        "punchoutUrl", "https://supplier.example/cxml/punchout", "fromDomain", "NetworkID",
                        "fromIdentity", "AN-B", "toDomain", "NetworkID", "toIdentity", "AN-S", "senderDomain",
                        "NetworkID", "senderIdentity", "AN-B"))
                .post("/admin/punchout-sites").then().statusCode(201).extract().path("id");
        asAdmin().delete("/admin/suppliers/" + used).then().statusCode(409)
                .body("detail", containsString("inactive"));
        asAdmin().get("/admin/suppliers/" + used).then().statusCode(200);

        asAdmin().delete("/admin/punchout-sites/" + site).then().statusCode(204);
        asAdmin().delete("/admin/suppliers/" + used).then().statusCode(204);
    }

    @Test
    void aPunchoutSiteIsReplacedKeepingItsSecretWhenNoneIsGiven() {
        String supplier = number();
        asAdmin().contentType("application/json").body(Map.of("name", "Site owner"))
                .put("/admin/suppliers/" + supplier).then().statusCode(201);
        Map<String, Object> site = new HashMap<>(Map.of("name", "Site " + supplier, "supplierNumber", supplier,
                "punchoutUrl", "https://supplier.example/cxml/punchout", "fromDomain", "NetworkID",
                "fromIdentity", "AN-B", "toDomain", "NetworkID", "toIdentity", "AN-S", "senderDomain",
                "NetworkID", "senderIdentity", "AN-B"));
        site.put("sharedSecret", "first");
        int id = asAdmin().contentType("application/json").body(site).post("/admin/punchout-sites")
                .then().statusCode(201).extract().path("id");
        site.remove("sharedSecret");
        site.put("punchoutUrl", "https://supplier.example/cxml/punchout/v2");
        asAdmin().contentType("application/json").body(site).put("/admin/punchout-sites/" + id).then().statusCode(200)
                .body("punchoutUrl", equalTo("https://supplier.example/cxml/punchout/v2"))
                .body("sharedSecretSet", equalTo(true));
        asAdmin().contentType("application/json").body(site).put("/admin/punchout-sites/999999").then().statusCode(404);
    }

    @Test
    void anOrganisationInUseIsNotDeleted() {
        String name = "Org " + UUID.randomUUID().toString().substring(0, 8);
        int id = asAdmin().contentType("application/json").body(Map.of("name", name, "billToStreet", "1 Main St",
                        "billToCity", "Springfield", "billToPostal", "12345", "billToCountry", "US"))
                .post("/admin/organisations").then().statusCode(201).extract().path("id");
        asAdmin().contentType("application/json").body(Map.of("name", name + " Inc", "billToStreet", "2 Main St",
                        "billToCity", "Springfield", "billToPostal", "12345", "billToCountry", "US"))
                .put("/admin/organisations/" + id).then().statusCode(200).body("name", equalTo(name + " Inc"));
        asAdmin().contentType("application/json").body(Map.of("email", UUID.randomUUID() + "@org.example",
                        "firstName", "Sam", "lastName", "Buyer", "organisation", name + " Inc"))
                .post("/admin/users").then().statusCode(201);
        asAdmin().delete("/admin/organisations/" + id).then().statusCode(409);
    }

    @Test
    void onlyAnAdministratorChangesSuppliers() {
        anonymous().contentType("application/json").body(Map.of("name", "x")).put("/admin/suppliers/" + number())
                .then().statusCode(401);
        anonymous().get("/admin/suppliers").then().statusCode(401);
    }
}
