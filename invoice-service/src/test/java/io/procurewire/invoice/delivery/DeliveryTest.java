package io.procurewire.invoice.delivery;

import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Extrinsic;
import io.procurewire.cxml.model.InvoiceDetailRequest;
import io.procurewire.invoice.fakebuyer.FakeBuyerPlatform;
import io.procurewire.invoice.fakebuyer.FakeCxmlBuyer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * Matched invoices of a buyer with a delivery target (buyer "acme" in %test, the fake cXML buyer of the test
 * application) go out as cXML once: accepted, rejected, an answer lost on the way back, a buyer that is down.
 * The scheduler is off in tests ({@code poll-interval=1h}); the test sends the due deliveries itself.
 */
@QuarkusTest
class DeliveryTest {

    @Inject
    Deliveries deliveries;

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-test-password");
    }

    private static long matchedInvoice(String number, String po) {
        FakeBuyerPlatform.order(po, "USD", List.of(FakeBuyerPlatform.line(1, "3", "7.00", "EA")));
        admin().contentType(ContentType.JSON).body("{\"receiptId\":\"GR-%s\",\"poNumber\":\"%s\",\"poLineNumber\":1,\"quantity\":3}"
                .formatted(po, po)).post("/api/receipts").then().statusCode(201);
        return admin().contentType(ContentType.JSON).body("""
                        {"supplier":"SUP-1","buyer":"acme","invoiceNumber":"%s","invoiceDate":"2026-11-20","currency":"USD",
                         "lines":[{"lineNumber":1,"poNumber":"%s","poLineNumber":1,"quantity":3,"unitPrice":7.00,"uom":"EA",
                                   "taxAmount":1.68,"taxRate":8}]}""".formatted(number, po))
                .post("/api/invoices").then().statusCode(201).body("status", equalTo("SENDING"))
                .extract().jsonPath().getLong("id");
    }

    private static ValidatableResponse delivery(long id) {
        return admin().get("/api/deliveries/" + id).then().statusCode(200);
    }

    private void sendAll() {
        while (deliveries.sendDue(50) > 0) {
            // until nothing is due
        }
    }

    @Test
    void aMatchedInvoiceIsSentOnceWithItsMatchResultAndTheBuyersAcceptanceIsRecorded() {
        long id = matchedInvoice("INV-D1", "PO-D1");
        delivery(id).body("state", equalTo("QUEUED")).body("attempts", equalTo(0));

        sendAll();
        sendAll();

        delivery(id).body("state", equalTo("ACCEPTED")).body("statusCode", equalTo(200)).body("attempts", equalTo(1));
        admin().get("/api/invoices/" + id).then().body("status", equalTo("BUYER_ACCEPTED"));
        admin().get("/api/invoices/" + id + "/audit").then().body("action", hasItems("MATCH", "SEND"))
                .body("outcome", hasItems("SENDING", "BUYER_ACCEPTED"));
        List<CxmlDocument> sent = FakeCxmlBuyer.accepted("INV-D1");
        assertThat(sent).hasSize(1);
        CxmlDocument doc = sent.get(0);
        assertThat(doc.getPayloadId()).isEqualTo(delivery(id).extract().path("payloadId"));
        InvoiceDetailRequest invoice = doc.getRequest().getInvoiceDetailRequest();
        assertThat(Extrinsic.find(invoice.getHeader().getExtrinsics(), "MatchStatus")).contains("MATCHED");
        assertThat(Extrinsic.find(invoice.getHeader().getExtrinsics(), "MatchExpectedTotal")).contains("22.68");
        assertThat(invoice.getOrders().get(0).getOrderInfo().orderId()).contains("PO-D1");
        assertThat(invoice.getOrders().get(0).getItems().get(0).getItemReference().getLineNumber()).isEqualTo(1);
        assertThat(invoice.getSummary().getNetAmount().getMoney().getAmount()).isEqualByComparingTo("22.68");
        assertThat(doc.getHeader().getFrom().getCredentials().get(0).getIdentity()).isEqualTo("987654321");
    }

    @Test
    void aRejectionIsFinalAndKeepsTheBuyersReason() {
        FakeCxmlBuyer.script("INV-D2", 400);
        long id = matchedInvoice("INV-D2", "PO-D2");
        sendAll();
        delivery(id).body("state", equalTo("REJECTED")).body("statusCode", equalTo(400))
                .body("statusText", equalTo("Bad Request: scripted answer for INV-D2"));
        admin().get("/api/invoices/" + id).then().body("status", equalTo("BUYER_REJECTED"));
        assertThat(FakeCxmlBuyer.accepted("INV-D2")).isEmpty();
    }

    @Test
    void anAnswerLostOnTheWayBackIsRetriedWithTheSamePayloadIdAndCountsOnce() {
        FakeCxmlBuyer.script("INV-D3", FakeCxmlBuyer.LOST_ANSWER);
        long id = matchedInvoice("INV-D3", "PO-D3");
        sendAll();
        // the retry (same bytes) met "payloadID ... was already received": the first attempt had arrived
        delivery(id).body("state", equalTo("ACCEPTED")).body("statusCode", equalTo(409));
        assertThat(FakeCxmlBuyer.accepted("INV-D3")).hasSize(1);
    }

    @Test
    void aBuyerThatIsDownIsTriedAgainUntilMaxAttemptsThenParkedAndAnAdminRequeuesIt() {
        Integer[] down = new Integer[9];
        java.util.Arrays.fill(down, FakeCxmlBuyer.HTTP_503);
        FakeCxmlBuyer.script("INV-D4", down);      // 3 sends x (1 + 2 retries)
        long id = matchedInvoice("INV-D4", "PO-D4");
        deliveries.sendDue(50);
        delivery(id).body("state", equalTo("QUEUED")).body("attempts", equalTo(1))
                .body("statusText", equalTo("buyer platform answered HTTP 503"));
        sendAll();
        delivery(id).body("state", equalTo("FAILED")).body("attempts", equalTo(3));
        admin().get("/api/invoices/" + id).then().body("status", equalTo("SENDING"));

        admin().post("/api/deliveries/" + id + "/retry").then().statusCode(200).body("state", equalTo("QUEUED"));
        sendAll();
        delivery(id).body("state", equalTo("ACCEPTED"));
        assertThat(FakeCxmlBuyer.accepted("INV-D4")).hasSize(1);
        given().auth().preemptive().basic("auditor", "auditor-test-password").post("/api/deliveries/" + id + "/retry")
                .then().statusCode(403);
    }

    @Test
    void anInvoiceThatCannotBeWrittenAsCxmlStaysMatchedWithTheReasonInTheAuditTrail() {
        long id = admin().contentType(ContentType.JSON).body("""
                        {"supplier":"SUP-1","buyer":"acme","invoiceNumber":"INV-D6","invoiceDate":"2026-11-20","currency":"USD",
                         "lines":[{"lineNumber":1,"description":"Shipping & Handling","quantity":1,"unitPrice":0.00}]}""")
                .post("/api/invoices").then().statusCode(201).body("status", equalTo("MATCHED"))
                .extract().jsonPath().getLong("id");
        admin().get("/api/invoices/" + id + "/audit").then().body("outcome", hasItems("NOT_SENT"));
        admin().get("/api/deliveries/" + id).then().statusCode(404);
    }

    @Test
    void invoicesOfABuyerWithoutTargetStayMatched() {
        FakeBuyerPlatform.order("PO-D5", "USD", List.of(FakeBuyerPlatform.line(1, "1", "7.00", "EA")));
        admin().contentType(ContentType.JSON).body("{\"receiptId\":\"GR-PO-D5\",\"poNumber\":\"PO-D5\",\"poLineNumber\":1,\"quantity\":1}")
                .post("/api/receipts").then().statusCode(201);
        long id = admin().contentType(ContentType.JSON).body("""
                        {"supplier":"SUP-1","buyer":"buyer","invoiceNumber":"INV-D5","invoiceDate":"2026-11-20","currency":"USD",
                         "lines":[{"lineNumber":1,"poNumber":"PO-D5","poLineNumber":1,"quantity":1,"unitPrice":7.00,"uom":"EA"}]}""")
                .post("/api/invoices").then().statusCode(201).body("status", equalTo("MATCHED"))
                .extract().jsonPath().getLong("id");
        admin().get("/api/deliveries/" + id).then().statusCode(404);
    }
}
