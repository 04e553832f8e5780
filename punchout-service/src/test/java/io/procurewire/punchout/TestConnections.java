package io.procurewire.punchout;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Registers buyer connections through the admin API, each with From identities no other test uses. */
public final class TestConnections {

    static {
        asAdmin();
    }

    private TestConnections() {
    }

    /** Every RestAssured call of the test JVM authenticates as the test admin (the shop and cXML ignore it). */
    public static void asAdmin() {
        RestAssured.authentication = RestAssured.preemptive().basic("admin", "admin-test-password");
    }

    public record Registered(long id, String fromIdentity, String testFromIdentity, String secret, String testSecret) {
    }

    public static Map<String, Object> credentialSet(String fromDomain, String fromIdentity, String secret) {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("fromDomain", fromDomain);
        set.put("fromIdentity", fromIdentity);
        set.put("toDomain", "DUNS");
        set.put("toIdentity", "987654321");
        set.put("senderDomain", fromDomain);
        set.put("senderIdentity", fromIdentity);
        set.put("sharedSecret", secret);
        return set;
    }

    public static Map<String, Object> body(String buyerCode, String contract, boolean autoProvision, String encoding,
                                           Map<String, Object> production, Map<String, Object> test) {
        Map<String, Object> body = new HashMap<>();
        body.put("buyerName", "Acme Corporation");
        body.put("buyerCode", buyerCode);
        body.put("contractCode", contract);
        body.put("autoProvisionUsers", autoProvision);
        body.put("cartEncoding", encoding);
        body.put("production", production);
        if (test != null) {
            body.put("test", test);
        }
        return body;
    }

    public static String uniqueIdentity() {
        return "AN" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    /** Acme on contract C-1, DUNS From identities, production and test sets. */
    public static Registered acme(boolean autoProvision, String encoding) {
        return register("acme", "C-1", autoProvision, encoding, "DUNS", "s3cr3t-prod");
    }

    public static Registered register(String buyerCode, String contract, boolean autoProvision, String encoding,
                                      String domain, String secret) {
        String prod = uniqueIdentity();
        String test = uniqueIdentity() + "-T";
        Number id = given().contentType(ContentType.JSON)
                .body(body(buyerCode, contract, autoProvision, encoding, credentialSet(domain, prod, secret),
                        credentialSet(domain, test, "s3cr3t-test")))
                .post("/api/connections")
                .then().statusCode(201).extract().path("id");
        return new Registered(id.longValue(), prod, test, secret, "s3cr3t-test");
    }
}
