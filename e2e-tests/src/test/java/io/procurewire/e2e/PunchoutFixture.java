package io.procurewire.e2e;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a supplier and a buyer set up before their first punchout, done through the real APIs: a product at list
 * 20.00 and the buyer's contract at 17.50 in catalog-service, the buyer connection in punchout-service, and the
 * supplier with its punchout site in the buyer platform (sandbox). Each scenario gets its own codes and identities.
 */
record PunchoutFixture(String partId, String contract, String supplierNumber, long siteId, String punchoutUrl,
                       String apiToken) {

    static final String LIST_PRICE = "20.00";
    static final String CONTRACT_PRICE = "17.50";
    static final String UNSPSC = "46181504";

    static PunchoutFixture create(RunningSuite suite, String name, String buyerDuns) {
        String catalog = suite.url("catalog-service");
        String punchout = suite.url("punchout-service");
        String sandbox = suite.url("sandbox");
        String upper = name.toUpperCase();
        String buyer = "e2e-" + name + "-buyer";
        String partId = "E2E-" + upper + "-GLOVES";
        String contract = "C-E2E-" + upper;
        String supplierNumber = "SUP-E2E-" + upper;
        String supplierDuns = "222222222";
        String secret = "shared-secret-" + name;

        RunningSuite.asAdmin().baseUri(catalog).contentType("application/json")
                .body(Map.of("supplierPartId", partId, "name", "Safety gloves, nitrile, size M",
                        "description", "Nitrile safety gloves, box of 100", "unspsc", UNSPSC,
                        "manufacturerName", "Acme Safety", "manufacturerPartId", "AS-NIT-M",
                        "unitOfMeasure", "BX", "listPrice", LIST_PRICE, "currency", "USD", "leadTimeDays", 2))
                .post("/api/products").then().statusCode(201);
        RunningSuite.asAdmin().baseUri(catalog).contentType("application/json")
                .body(Map.of("code", contract, "buyerCode", buyer, "name", "Gloves contract of " + name,
                        "currency", "USD", "effectiveFrom", "2020-01-01", "assortment", "CONTRACT_LINES"))
                .post("/api/contracts").then().statusCode(201);
        RunningSuite.asAdmin().baseUri(catalog).contentType("application/json").body(Map.of("fixedPrice", CONTRACT_PRICE))
                .put("/api/contracts/" + contract + "/lines/" + partId).then().statusCode(200);

        // The supplier registers the buyer's connection in punchout-service...
        String punchoutUrl = given().baseUri(punchout).auth().preemptive()
                .basic(RunningSuite.ADMIN_USER, RunningSuite.ADMIN_PASSWORD)
                .contentType("application/json")
                .body(Map.of("buyerName", "Buyer of " + name, "buyerCode", buyer, "contractCode", contract,
                        "autoProvisionUsers", true, "cartEncoding", "URLENCODED",
                        "production", Map.of("fromDomain", "DUNS", "fromIdentity", buyerDuns,
                                "toDomain", "DUNS", "toIdentity", supplierDuns,
                                "senderDomain", "DUNS", "senderIdentity", buyerDuns, "sharedSecret", secret)))
                .post("/api/connections").then().statusCode(201)
                .extract().jsonPath().getString("production.punchoutUrl");
        assertThat(punchoutUrl).isEqualTo(punchout + "/cxml/punchout");

        // ...and the buyer's admin enters that URL and the credentials on the supplier record of the buyer platform.
        String token = SandboxApi.token(sandbox);
        SandboxApi.api(sandbox, token).body(Map.of("name", "Gloves supplier " + name, "number", supplierNumber,
                "status", "active", "po-method", "prompt")).post("/api/suppliers").then().statusCode(201);
        long siteId = RunningSuite.asAdmin().baseUri(sandbox).contentType("application/json")
                .body(Map.ofEntries(Map.entry("name", "Safety shop " + name), Map.entry("supplierNumber", supplierNumber),
                        Map.entry("punchoutUrl", punchoutUrl),
                        Map.entry("fromDomain", "DUNS"), Map.entry("fromIdentity", buyerDuns),
                        Map.entry("toDomain", "DUNS"), Map.entry("toIdentity", supplierDuns),
                        Map.entry("senderDomain", "DUNS"), Map.entry("senderIdentity", buyerDuns),
                        Map.entry("sharedSecret", secret), Map.entry("deploymentMode", "production")))
                .post("/admin/punchout-sites").then().statusCode(201).extract().jsonPath().getLong("id");
        return new PunchoutFixture(partId, contract, supplierNumber, siteId, punchoutUrl, token);
    }

    String auxiliaryId() {
        return "contract:" + contract;
    }

    /**
     * What the ERP export will pick up: exactly one purchase order to this supplier, version 1, with one line at the
     * contract price for the quantity shopped, naming the part and the contract line (auxiliary ID).
     */
    void assertOnePurchaseOrderAtContractPrice(String sandbox, String quantity) {
        List<Map<String, Object>> orders = SandboxApi.api(sandbox, apiToken)
                .queryParam("supplier[number]", supplierNumber)
                .get("/api/purchase_orders").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(orders).hasSize(1);
        Map<?, ?> order = orders.get(0);
        assertThat(order.get("version")).isEqualTo(1);
        List<?> lines = (List<?>) order.get("order-lines");
        assertThat(lines).hasSize(1);
        Map<?, ?> line = (Map<?, ?>) lines.get(0);
        assertThat(new BigDecimal(line.get("price").toString())).isEqualByComparingTo(CONTRACT_PRICE);
        assertThat(new BigDecimal(line.get("quantity").toString())).isEqualByComparingTo(quantity);
        assertThat(line.get("source-part-num")).isEqualTo(partId);
        assertThat(line.get("supplier-aux-part-num")).isEqualTo(auxiliaryId());
    }
}
