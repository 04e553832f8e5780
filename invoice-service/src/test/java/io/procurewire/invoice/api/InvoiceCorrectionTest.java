package io.procurewire.invoice.api;

import io.procurewire.invoice.fakebuyer.FakeBuyerPlatform;
import io.procurewire.testsupport.security.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Corrections ({@code PUT /api/invoices/{id}}) and cancellations ({@code POST /api/invoices/{id}/cancel}) through the
 * JSON API: a new revision matched at once with the history kept, refused with problem JSON once the invoice is final;
 * a cancelled invoice's billing released for the other invoices of its PO.
 */
@QuarkusTest
class InvoiceCorrectionTest {

    private static String json(String buyer, String number, String po, String quantity, String purpose) {
        return """
                {"supplier":"SUP-1","buyer":"%s","invoiceNumber":"%s","invoiceDate":"2026-11-20","currency":"USD",
                 "purpose":"%s","lines":[{"lineNumber":1,"poNumber":"%s","poLineNumber":1,"quantity":%s,
                 "unitPrice":10.00,"uom":"EA"}]}""".formatted(buyer, number, purpose, po, quantity);
    }

    private static long submit(String json, String status) {
        return TestUsers.ADMIN.given().contentType(ContentType.JSON).body(json).post("/api/invoices")
                .then().statusCode(201).body("status", equalTo(status)).extract().jsonPath().getLong("id");
    }

    private static void receipt(String id, String po, String quantity) {
        TestUsers.ADMIN.given().contentType(ContentType.JSON)
                .body("{\"receiptId\":\"%s\",\"poNumber\":\"%s\",\"poLineNumber\":1,\"quantity\":%s}".formatted(id, po, quantity))
                .post("/api/receipts").then().statusCode(201);
    }

    private static String statusEventually(long id, String wanted) throws InterruptedException {
        String status = null;
        for (int i = 0; i < 300 && !wanted.equals(status); i++) {
            if (i > 0) {
                Thread.sleep(100);
            }
            status = TestUsers.ADMIN.given().get("/api/invoices/" + id).then().statusCode(200).extract().path("status");
        }
        return status;
    }

    @Test
    void aCorrectionReplacesTheDocumentAsANewRevisionAndMatchesAgainAtOnce() {
        FakeBuyerPlatform.order("PO-COR-1", "USD", List.of(FakeBuyerPlatform.line(1, "10", "10.00", "EA")));
        receipt("GR-COR-1", "PO-COR-1", "5");
        long id = submit(json("buyer", "INV-COR-1", "PO-COR-1", "10", "STANDARD"), "EXCEPTION");

        TestUsers.ADMIN.given().contentType(ContentType.JSON).header("Idempotency-Key", "cor-1-rev-2")
                .body(json("buyer", "INV-COR-1", "PO-COR-1", "5", "STANDARD")).put("/api/invoices/" + id)
                .then().statusCode(200)
                .body("revision", equalTo(2))
                .body("payloadId", equalTo("cor-1-rev-2"))
                .body("status", equalTo("MATCHED"))
                .body("document.lines[0].quantity", equalTo(5))
                .body("exceptions.find { it.code == 'QUANTITY_NOT_RECEIVED' }.state", equalTo("CLEARED"));
        // the same correction again: no third revision
        TestUsers.ADMIN.given().contentType(ContentType.JSON)
                .body(json("buyer", "INV-COR-1", "PO-COR-1", "5", "STANDARD")).put("/api/invoices/" + id)
                .then().statusCode(200).body("revision", equalTo(2));
        TestUsers.VIEWER.given().get("/api/invoices/" + id + "/revisions").then().statusCode(200)
                .body("revision", contains(1, 2))
                .body("[0].document.lines[0].quantity", equalTo(10))
                .body("[0].statusWhenReplaced", equalTo("EXCEPTION"))
                .body("[0].replacedAt", not(equalTo(null)))
                .body("[1].current", equalTo(true))
                .body("[1].payloadId", equalTo("cor-1-rev-2"));
        TestUsers.VIEWER.given().get("/api/invoices/" + id + "/audit").then()
                .body("action", hasItem("CORRECT"))
                .body("find { it.action == 'CORRECT' }.actor", equalTo("admin"))
                .body("find { it.action == 'CORRECT' }.reason", containsString("revision 1 replaced by revision 2"));

        // POST with the number is still a duplicate; a correction cannot change the number or the purpose
        TestUsers.ADMIN.given().contentType(ContentType.JSON)
                .body(json("buyer", "INV-COR-1", "PO-COR-1", "4", "STANDARD")).post("/api/invoices")
                .then().statusCode(409).body("code", equalTo("DUPLICATE_INVOICE_NUMBER"));
        TestUsers.ADMIN.given().contentType(ContentType.JSON)
                .body(json("buyer", "INV-COR-2", "PO-COR-1", "4", "STANDARD")).put("/api/invoices/" + id)
                .then().statusCode(422).body("errors[0]", containsString("invoiceNumber must stay INV-COR-1"));
        TestUsers.ADMIN.given().contentType(ContentType.JSON)
                .body(json("buyer", "INV-COR-1", "PO-COR-1", "4", "DEBIT_MEMO")).put("/api/invoices/" + id)
                .then().statusCode(422).body("errors[0]", containsString("purpose must stay STANDARD"));
        TestUsers.ADMIN.given().contentType(ContentType.JSON)
                .body(json("buyer", "INV-COR-1", "PO-COR-1", "4", "STANDARD")).put("/api/invoices/999999")
                .then().statusCode(404);
        TestUsers.VIEWER.given().contentType(ContentType.JSON)
                .body(json("buyer", "INV-COR-1", "PO-COR-1", "4", "STANDARD")).put("/api/invoices/" + id)
                .then().statusCode(403);
        TestUsers.ADMIN.given().get("/api/invoices/" + id).then().body("revision", equalTo(2));
    }

    @Test
    void anInvoiceSentToTheBuyerIsNeitherCorrectedNorCancelled() throws Exception {
        FakeBuyerPlatform.order("PO-COR-2", "USD", List.of(FakeBuyerPlatform.line(1, "10", "10.00", "EA")));
        receipt("GR-COR-2", "PO-COR-2", "10");
        // buyer acme has a delivery target: matched means sent
        long id = submit(json("acme", "INV-COR-3", "PO-COR-2", "10", "STANDARD"), "SENDING");
        TestUsers.ADMIN.given().contentType(ContentType.JSON)
                .body(json("acme", "INV-COR-3", "PO-COR-2", "9", "STANDARD")).put("/api/invoices/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("INVOICE_FINAL"))
                .body("detail", containsString("can no longer be corrected"));
        TestUsers.ADMIN.given().contentType(ContentType.JSON).body("{\"reason\":\"wrong customer\"}")
                .post("/api/invoices/" + id + "/cancel")
                .then().statusCode(409).body("code", equalTo("INVOICE_FINAL"));
        TestUsers.ADMIN.given().get("/api/invoices/" + id).then()
                .body("revision", equalTo(1)).body("document.lines[0].quantity", equalTo(10))
                .body("status", not(equalTo("CANCELLED")));
        TestUsers.ADMIN.given().get("/api/invoices/" + id + "/revisions").then().body("size()", equalTo(1));
    }

    @Test
    void cancellingAnInvoiceReleasesWhatItBilledAndClosesItsExceptions() throws Exception {
        FakeBuyerPlatform.order("PO-CAN-1", "USD", List.of(FakeBuyerPlatform.line(1, "10", "10.00", "EA")));
        receipt("GR-CAN-1", "PO-CAN-1", "10");
        long first = submit(json("buyer", "INV-CAN-1", "PO-CAN-1", "10", "STANDARD"), "MATCHED");
        long second = submit(json("buyer", "INV-CAN-2", "PO-CAN-1", "10", "STANDARD"), "EXCEPTION");

        TestUsers.ADMIN.given().contentType(ContentType.JSON).body("{}").post("/api/invoices/" + first + "/cancel")
                .then().statusCode(400);
        TestUsers.ADMIN.given().contentType(ContentType.JSON).body("{\"reason\":\"billed twice by mistake\"}")
                .post("/api/invoices/" + first + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("cancelledAt", not(equalTo(null)));
        // the receipts the cancelled invoice had consumed are free: the second invoice matches now
        assertEquals("MATCHED", statusEventually(second, "MATCHED"));
        TestUsers.ADMIN.given().get("/api/invoices/" + second).then()
                .body("exceptions.find { it.code == 'OVER_BILLED' }.state", equalTo("CLEARED"));

        long third = submit(json("buyer", "INV-CAN-3", "PO-CAN-1", "1", "STANDARD"), "EXCEPTION");
        TestUsers.ADMIN.given().contentType(ContentType.JSON).body("{\"reason\":\"sent in error\"}")
                .post("/api/invoices/" + third + "/cancel").then().statusCode(200)
                .body("exceptions.state", org.hamcrest.Matchers.everyItem(equalTo("CANCELLED")))
                .body("exceptions.size()", org.hamcrest.Matchers.greaterThan(0));
        TestUsers.ADMIN.given().contentType(ContentType.JSON).body("{\"reason\":\"again\"}")
                .post("/api/invoices/" + third + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        TestUsers.ADMIN.given().get("/api/invoices/" + third + "/audit").then()
                .body("findAll { it.action == 'CANCEL' }.size()", equalTo(1))
                .body("find { it.action == 'CANCEL' }.reason", equalTo("sent in error"))
                .body("find { it.action == 'CANCEL' }.actor", equalTo("admin"));
        // a cancelled invoice is final: not corrected, not matched again
        TestUsers.ADMIN.given().contentType(ContentType.JSON)
                .body(json("buyer", "INV-CAN-3", "PO-CAN-1", "2", "STANDARD")).put("/api/invoices/" + third)
                .then().statusCode(409).body("status", equalTo("CANCELLED"));
        TestUsers.ADMIN.given().contentType(ContentType.JSON).post("/api/invoices/" + third + "/rematch").then().statusCode(409);
        TestUsers.REVIEWER.given().contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .post("/api/invoices/" + third + "/cancel").then().statusCode(403);
    }
}
