package io.procurewire.sandbox;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.procurewire.testsupport.security.TestUsers.asAdmin;

/** Test helper: a supplier with a punchout site pointing at {@link FakeSupplier}, and a draft requisition. */
public final class BuyerSetup {

    public record Site(String supplierNumber, int siteId, String siteName) {
    }

    private BuyerSetup() {
    }

    public static Site punchoutSupplier(URI base, Map<String, Object> supplierExtras) {
        String number = "SUP-" + UUID.randomUUID().toString().substring(0, 8);
        SandboxApi.createSupplier(number, supplierExtras);
        String name = "Fake Supplier " + number;
        int siteId = asAdmin().contentType("application/json").body(Map.ofEntries(
                        Map.entry("name", name), Map.entry("supplierNumber", number),
                        Map.entry("punchoutUrl", base.resolve("/test-supplier/punchout").toString()),
                        Map.entry("fromDomain", "DUNS"), Map.entry("fromIdentity", "123456789"),
                        Map.entry("toDomain", "DUNS"), Map.entry("toIdentity", "987654321"),
                        Map.entry("senderDomain", "DUNS"), Map.entry("senderIdentity", "123456789"),
                        Map.entry("sharedSecret", "s3cr3t"), Map.entry("deploymentMode", "test")))
                .post("/admin/punchout-sites").then().statusCode(201).extract().path("id");
        return new Site(number, siteId, name);
    }

    /** Creates a draft requisition through the page form; returns its id. */
    public static long requisition() {
        int userId = asAdmin().get("/admin/users").then().statusCode(200).extract().path("[0].id");
        String location = given().redirects().follow(false).formParam("userId", userId).formParam("title", "Office supplies")
                .post("/requisitions").then().statusCode(303).extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
