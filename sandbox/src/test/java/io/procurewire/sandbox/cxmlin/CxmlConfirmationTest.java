package io.procurewire.sandbox.cxmlin;

import io.procurewire.sandbox.SandboxApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.procurewire.sandbox.SandboxApi.api;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CxmlConfirmationTest {

    private static final String PATH = "/cxml/order_confirmation_request";

    private static String fixture(String name) throws IOException {
        try (InputStream in = CxmlConfirmationTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private record Setup(String supplier, int poId, String poNumber, String xml) {
    }

    private static Setup setup(String secret) throws IOException {
        String supplier = "SUP-" + UUID.randomUUID().toString().substring(0, 8);
        SandboxApi.createSupplier(supplier, Map.of("cxml-supplier-domain", "NetworkID", "cxml-supplier-identity",
                "AN-" + supplier, "cxml-secret", "confirm-secret"));
        int po = SandboxApi.issuePo(supplier, "Widget", "Gadget");
        String poNumber = api().get("/api/purchase_orders/" + po).then().extract().path("po-number");
        return new Setup(supplier, po, poNumber, confirmation(supplier, secret, poNumber));
    }

    private static String confirmation(String supplier, String secret, String poNumber) throws IOException {
        return fixture("confirmation-request.xml").replace("${identity}", "AN-" + supplier).replace("${secret}", secret)
                .replace("${po}", poNumber).replace("${payload}", UUID.randomUUID().toString());
    }

    private static String post(String xml) {
        return given().contentType("text/xml").body(xml).post(PATH).then().statusCode(200)
                .contentType(containsString("text/xml")).extract().asString();
    }

    @Test
    void aConfirmationIsStoredOnItsPurchaseOrderWithEveryLineStatus() throws IOException {
        Setup s = setup("confirm-secret");
        String updatedBefore = api().get("/api/purchase_orders/" + s.poId()).then().extract().path("updated-at");

        assertThat(post(s.xml())).contains("<Status code=\"200\" text=\"OK\"");

        List<Map<String, Object>> confirmations = api().accept("application/json")
                .get("/api/purchase_orders/" + s.poId() + "/supplier_confirmations")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(confirmations).hasSize(1);
        Map<String, Object> stored = confirmations.getFirst();
        assertThat(stored).containsEntry("confirm-id", "OC-7781").containsEntry("type", "detail")
                .containsEntry("operation", "new").containsEntry("po-version", 1)
                .containsEntry("notice-date", "2024-05-03T15:00:00Z");
        assertThat((String) stored.get("payload-id")).endsWith("@supplier.example");
        assertThat(stored.get("confirmation-items")).isEqualTo(List.of(
                Map.of("line-num", 1, "quantity", "2", "uom", "EA", "status", "accept", "status-quantity", "2"),
                Map.of("line-num", 2, "quantity", "2", "uom", "EA", "status", "accept", "status-quantity", "1"),
                Map.of("line-num", 2, "quantity", "2", "uom", "EA", "status", "backordered", "status-quantity", "1")));

        // the header shows the latest type; a supplier's confirmation is not a change the ERP must see again
        api().get("/api/purchase_orders/" + s.poId()).then().statusCode(200)
                .body("supplier-confirmation-status", equalTo("detail"))
                .body("updated-at", equalTo(updatedBefore))
                .body("exported", equalTo(false));
        given().get("/purchase-orders/" + s.poId()).then().statusCode(200)
                .body(containsString("<span id=\"confirmation-status\">detail</span>"))
                .body(containsString("<td>OC-7781</td>"))
                .body(containsString("line 1: 2 accept; line 2: 1 accept; line 2: 1 backordered"));
    }

    @Test
    void aConfirmationArrivingAfterTheExportMarkLeavesTheMarkInPlace() throws IOException {
        Setup s = setup("confirm-secret");
        api().put("/api/purchase_orders/" + s.poId() + "?exported=true").then().statusCode(200);

        assertThat(post(s.xml())).contains("code=\"200\"");

        api().get("/api/purchase_orders/" + s.poId()).then()
                .body("exported", equalTo(true)).body("supplier-confirmation-status", equalTo("detail"));
    }

    @Test
    void aPurchaseOrderWithoutConfirmationsShowsNone() throws IOException {
        Setup s = setup("confirm-secret");
        api().get("/api/purchase_orders/" + s.poId()).then().body("supplier-confirmation-status", nullValue());
        api().get("/api/purchase_orders/" + s.poId() + "/supplier_confirmations").then().statusCode(200)
                .body("size()", equalTo(0));
        given().get("/purchase-orders/" + s.poId()).then()
                .body(containsString("<span id=\"confirmation-status\">none</span>"))
                .body(containsString("No order confirmation received."));
    }

    @Test
    void aReplayedPayloadIdIsAConflictAndStoresNothingMore() throws IOException {
        Setup s = setup("confirm-secret");
        assertThat(post(s.xml())).contains("code=\"200\"");

        String again = post(s.xml());

        assertThat(again).contains("<Status code=\"409\" text=\"Conflict\"").contains("was already received");
        api().get("/api/purchase_orders/" + s.poId() + "/supplier_confirmations").then().body("size()", equalTo(1));
    }

    @Test
    void aWrongSharedSecretIsUnauthorizedAndStoresNothing() throws IOException {
        Setup s = setup("not-the-secret");

        assertThat(post(s.xml())).contains("<Status code=\"401\" text=\"Unauthorized\"")
                .contains("unknown supplier identity or wrong shared secret");
        api().get("/api/purchase_orders/" + s.poId() + "/supplier_confirmations").then().body("size()", equalTo(0));
    }

    @Test
    void aSupplierCannotConfirmAnotherSuppliersPurchaseOrder() throws IOException {
        Setup mine = setup("confirm-secret");
        Setup theirs = setup("confirm-secret");
        String xml = confirmation(mine.supplier(), "confirm-secret", theirs.poNumber());

        assertThat(post(xml)).contains("<Status code=\"400\" text=\"Bad Request\"")
                .contains("purchase order " + theirs.poNumber() + " was not issued to this supplier");
        api().get("/api/purchase_orders/" + theirs.poId() + "/supplier_confirmations").then().body("size()", equalTo(0));
    }

    @Test
    void aLineThatIsNotOnThePurchaseOrderIsABadRequest() throws IOException {
        Setup s = setup("confirm-secret");
        String xml = s.xml().replace("lineNumber=\"2\"", "lineNumber=\"7\"");

        assertThat(post(xml)).contains("code=\"400\"")
                .contains("line 7 is not a line of purchase order " + s.poNumber() + " version 1");
    }

    @Test
    void anInvalidConfirmationNamesWhatIsWrong() throws IOException {
        Setup s = setup("confirm-secret");
        String xml = s.xml().replace("type=\"backordered\" quantity=\"1\"", "type=\"backordered\" quantity=\"5\"");

        assertThat(post(xml)).contains("code=\"400\"")
                .contains("the ConfirmationStatus quantities of line 2 add up to 6, not the line's 2");
    }

    @Test
    void otherRequestTypesAreNotImplemented() throws IOException {
        Setup s = setup("confirm-secret");
        String invoice = fixture("invoice-detail-request.xml").replace("${identity}", "AN-" + s.supplier())
                .replace("${secret}", "confirm-secret").replace("${po}", s.poNumber())
                .replace("${payload}", UUID.randomUUID().toString());

        assertThat(post(invoice)).contains("<Status code=\"450\" text=\"Not Implemented\"")
                .contains("this endpoint accepts ConfirmationRequest only");
    }

    @Test
    void garbageIsABadRequestStatus() {
        assertThat(post("<nope/>")).contains("code=\"400\"").contains("root element must be cXML");
    }
}
