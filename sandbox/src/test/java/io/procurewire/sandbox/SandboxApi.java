package io.procurewire.sandbox;

import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;
import static io.procurewire.testsupport.security.TestUsers.asAdmin;

/** Test helper: bearer tokens of the configured "suite" client, cached per scope set. */
public final class SandboxApi {

    public static final String ALL_SCOPES = "core.purchase_order.read core.purchase_order.write core.supplier.read "
            + "core.supplier.write core.catalog.read core.catalog.write core.integration.read core.integration.write "
            + "core.inventory.receiving.read core.inventory.receiving.write core.invoice.read core.invoice.write";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private SandboxApi() {
    }

    public static String token(String scopes) {
        return TOKENS.computeIfAbsent(scopes, s -> given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "suite").formParam("client_secret", "sandbox-suite-secret")
                .formParam("scope", s)
                .when().post("/oauth2/token").then().statusCode(200).extract().path("access_token"));
    }

    /** A request carrying a token with every scope. */
    public static RequestSpecification api() {
        return given().auth().oauth2(token(ALL_SCOPES));
    }

    public static int createSupplier(String number, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("name", "Supplier " + number, "number", number));
        body.putAll(extra);
        return api().contentType("application/json").body(body).when().post("/api/suppliers")
                .then().statusCode(201).extract().path("id");
    }

    public static int issuePo(String supplierNumber, String... lineDescriptions) {
        java.util.List<Map<String, Object>> lines = new java.util.ArrayList<>();
        int n = 1;
        for (String description : lineDescriptions) {
            lines.add(Map.of("line-num", n, "description", description, "quantity", "2", "price", "10.50",
                    "uom", Map.of("code", "EA"), "source-part-num", "P-" + n, "commodity", Map.of("name", "43211503")));
            n++;
        }
        return asAdmin().contentType("application/json")
                .body(Map.of("supplier", Map.of("number", supplierNumber), "currency", Map.of("code", "USD"),
                        "ship-to-address", Map.of("name", "HQ", "street1", "1 Main St", "city", "Chicago",
                                "postal-code", "60601", "country", Map.of("code", "US")),
                        "order-lines", lines))
                .when().post("/admin/purchase-orders").then().statusCode(201).extract().path("id");
    }
}
