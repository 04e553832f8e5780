package io.procurewire.punchout.connection;

import io.procurewire.punchout.TestConnections;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ConnectionResourceTest {

    @Inject
    EntityManager em;

    @org.junit.jupiter.api.BeforeEach
    void asAdmin() {
        TestConnections.asAdmin();
    }

    @Test
    void adminApiNeedsAnAdminToChangeAndAViewerToRead() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        given().auth().none().get("/api/connections").then().statusCode(401);
        given().auth().preemptive().basic("admin", "wrong").get("/api/connections").then().statusCode(401);
        given().auth().preemptive().basic("auditor", "auditor-test-password").get("/api/connections/" + acme.id())
                .then().statusCode(200);
        given().auth().preemptive().basic("auditor", "auditor-test-password")
                .get("/api/connections/" + acme.id() + "/exchanges").then().statusCode(200);
        given().auth().preemptive().basic("auditor", "auditor-test-password").delete("/api/connections/" + acme.id())
                .then().statusCode(403);
        given().auth().preemptive().basic("auditor", "auditor-test-password").contentType(ContentType.JSON)
                .body(Map.of("email", "x@acme.example")).post("/api/connections/" + acme.id() + "/accounts")
                .then().statusCode(403);
        given().get("/api/connections/" + acme.id()).then().statusCode(200);
    }

    @Test
    void registersConnectionAndShowsUrlsButNeverTheSecret() {
        String from = TestConnections.uniqueIdentity();
        String body = given().contentType(ContentType.JSON)
                .body(TestConnections.body("acme", "C-1", true, "BASE64",
                        TestConnections.credentialSet("NetworkID", from, "Very-Secret-1"),
                        TestConnections.credentialSet("NetworkID", from + "-T", "Very-Secret-Test")))
                .post("/api/connections")
                .then().statusCode(201)
                .header("Location", containsString("/api/connections/"))
                .body("buyerName", equalTo("Acme Corporation"))
                .body("buyerCode", equalTo("acme"))
                .body("contractCode", equalTo("C-1"))
                .body("autoProvisionUsers", equalTo(true))
                .body("cartEncoding", equalTo("BASE64"))
                .body("production.fromDomain", equalTo("NetworkID"))
                .body("production.fromIdentity", equalTo(from))
                .body("production.toIdentity", equalTo("987654321"))
                .body("production.senderIdentity", equalTo(from))
                .body("production.sharedSecretSet", equalTo(true))
                .body("production.sharedSecretIsNone", equalTo(false))
                .body("production.punchoutUrl", equalTo("https://punchout.example.test/cxml/punchout"))
                .body("production.orderRequestUrl", equalTo("http://localhost:8083/cxml/order-requests"))
                .body("test.fromIdentity", equalTo(from + "-T"))
                .body("test.punchoutUrl", equalTo("https://punchout.example.test/cxml/punchout/test"))
                .body("test.orderRequestUrl", equalTo("http://localhost:8083/cxml/order-requests/test"))
                .body("production", not(org.hamcrest.Matchers.hasKey("sharedSecret")))
                .extract().asString();
        assertFalse(body.contains("Very-Secret"), body);

        List<?> hashes = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select secret_hash from connection_credential where from_identity like ?1")
                .setParameter(1, from + "%").getResultList());
        assertEquals(2, hashes.size());
        for (Object hash : hashes) {
            assertTrue(hash.toString().startsWith("pbkdf2-sha256$1000$"), hash.toString());
            assertFalse(hash.toString().contains("Very-Secret"));
        }
    }

    @Test
    void listsAndGetsConnectionsWithoutSecrets() {
        TestConnections.Registered acme = TestConnections.acme(true, "URLENCODED");
        given().get("/api/connections/" + acme.id()).then().statusCode(200)
                .body("id", equalTo((int) acme.id()))
                .body("production.fromIdentity", equalTo(acme.fromIdentity()))
                .body(not(containsString("s3cr3t")));
        given().get("/api/connections").then().statusCode(200)
                .body("id", hasItem((int) acme.id()))
                .body(not(containsString("s3cr3t")));
    }

    @Test
    void flagsTheLiteralNoneSecretThatCoupaSendsWithoutAPassword() {
        given().contentType(ContentType.JSON)
                .body(TestConnections.body("acme", null, false, null,
                        TestConnections.credentialSet("DUNS", TestConnections.uniqueIdentity(), "none"), null))
                .post("/api/connections")
                .then().statusCode(201)
                .body("production.sharedSecretIsNone", equalTo(true))
                .body("cartEncoding", equalTo("URLENCODED"))
                .body("contractCode", nullValue())
                .body("test", nullValue());
    }

    @Test
    void rejectsIncompleteConnectionWithProblemJson() {
        Map<String, Object> body = TestConnections.body("acme corp!", null, true, null, null, null);
        body.put("buyerName", " ");
        given().contentType(ContentType.JSON).body(body)
                .post("/api/connections")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Bad Request"))
                .body("errors.field", hasItem("buyerName"))
                .body("errors.field", hasItem("buyerCode"))
                .body("errors.field", hasItem("production"));
    }

    @Test
    void rejectsNewConnectionWithoutSharedSecret() {
        Map<String, Object> set = TestConnections.credentialSet("DUNS", TestConnections.uniqueIdentity(), null);
        given().contentType(ContentType.JSON).body(TestConnections.body("acme", null, true, null, set, null))
                .post("/api/connections")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("production.sharedSecret is required for a new connection"));
    }

    @Test
    void rejectsFromIdentityAlreadyUsedByAnotherConnection() {
        TestConnections.Registered first = TestConnections.acme(true, null);
        given().contentType(ContentType.JSON)
                .body(TestConnections.body("acme", null, true, null,
                        TestConnections.credentialSet("duns", first.fromIdentity(), "other"), null))
                .post("/api/connections")
                .then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Conflict"))
                .body("detail", containsString(first.fromIdentity()));
    }

    @Test
    void replaceKeepsTheStoredSecretWhenNoneIsGivenAndDropsAnOmittedTestSet() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String before = secretHash(acme.fromIdentity());
        Map<String, Object> production = TestConnections.credentialSet("DUNS", acme.fromIdentity(), null);
        production.put("toIdentity", "111222333");
        given().contentType(ContentType.JSON)
                .body(TestConnections.body("acme", "C-2", false, "BASE64", production, null))
                .put("/api/connections/" + acme.id())
                .then().statusCode(200)
                .body("contractCode", equalTo("C-2"))
                .body("autoProvisionUsers", equalTo(false))
                .body("production.toIdentity", equalTo("111222333"))
                .body("production.sharedSecretSet", equalTo(true))
                .body("test", nullValue());
        assertEquals(before, secretHash(acme.fromIdentity()));

        production.put("sharedSecret", "rotated");
        given().contentType(ContentType.JSON)
                .body(TestConnections.body("acme", "C-2", false, "BASE64", production, null))
                .put("/api/connections/" + acme.id())
                .then().statusCode(200);
        assertNotEquals(before, secretHash(acme.fromIdentity()));
    }

    @Test
    void unknownConnectionIsNotFoundProblem() {
        given().get("/api/connections/999999").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Connection 999999 does not exist"));
    }

    @Test
    void deletesConnection() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        given().delete("/api/connections/" + acme.id()).then().statusCode(204);
        given().get("/api/connections/" + acme.id()).then().statusCode(404);
    }

    @Test
    void registersAndListsCustomerAccounts() {
        TestConnections.Registered acme = TestConnections.acme(false, null);
        given().contentType(ContentType.JSON)
                .body(Map.of("uniqueName", "jdoe", "email", "John.Doe@Acme.example", "firstName", "John"))
                .post("/api/connections/" + acme.id() + "/accounts")
                .then().statusCode(201)
                .body("uniqueName", equalTo("jdoe"))
                .body("email", equalTo("john.doe@acme.example"))
                .body("provisionedByPunchout", equalTo(false));
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "john.doe@ACME.example"))
                .post("/api/connections/" + acme.id() + "/accounts")
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("firstName", "Nobody"))
                .post("/api/connections/" + acme.id() + "/accounts")
                .then().statusCode(400).body("detail", endsWith("needs a uniqueName or an email"));
        given().get("/api/connections/" + acme.id() + "/accounts").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].email", equalTo("john.doe@acme.example"));
    }

    String secretHash(String fromIdentity) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "select secret_hash from connection_credential where from_identity = ?1")
                .setParameter(1, fromIdentity).getSingleResult());
    }

    @Test
    void bodiesThatDoNotBindAnswerProblemJsonNamingTheField() {
        String from = TestConnections.uniqueIdentity();
        Map<String, Object> body = TestConnections.body("acme-bad", null, true, "GZIP",
                TestConnections.credentialSet("NetworkID", from, "Very-Secret-1"), null);
        given().contentType(ContentType.JSON).body(body).post("/api/connections")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Bad Request"))
                .body("detail", equalTo("The request body does not match this endpoint: cartEncoding must be one of "
                        + "URLENCODED, BASE64, was 'GZIP'"))
                .body("errors[0].field", equalTo("cartEncoding"))
                .body("errors[0].pointer", equalTo("/cartEncoding"))
                .body("errors[0].message", equalTo("must be one of URLENCODED, BASE64, was 'GZIP'"));

        body.put("cartEncoding", "BASE64");
        body.put("autoProvisionUsers", List.of(true));
        given().contentType(ContentType.JSON).body(body).post("/api/connections")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("autoProvisionUsers"))
                .body("errors[0].message", equalTo("must be true or false"));

        body.put("autoProvisionUsers", true);
        body.put("production", Map.of("fromDomain", List.of("NetworkID")));
        given().contentType(ContentType.JSON).body(body).post("/api/connections")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("production.fromDomain"))
                .body("errors[0].pointer", equalTo("/production/fromDomain"))
                .body("errors[0].message", equalTo("must be a string"));

        given().contentType(ContentType.JSON).body("{\"buyerName\": \"Acme\", }").post("/api/connections")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.startsWith("The request body is not well-formed JSON (line 1, column "));
        given().get("/api/connections").then().statusCode(200)
                .body("buyerCode", not(hasItem("acme-bad")));
    }
}
