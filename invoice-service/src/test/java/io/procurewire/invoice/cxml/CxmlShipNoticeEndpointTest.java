package io.procurewire.invoice.cxml;

import io.procurewire.invoice.fakebuyer.FakeBuyerPlatform;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.procurewire.invoice.cxml.CxmlClient.fixture;
import static io.procurewire.invoice.cxml.CxmlClient.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;

/** POST /cxml/ship-notices and /cxml/ship-notices/test: ship notices become receipts; every Status code. */
@QuarkusTest
class CxmlShipNoticeEndpointTest {

    private static final String URL = "/cxml/ship-notices";

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-test-password");
    }

    private static String invoiceStatus(long id, String wanted) throws InterruptedException {
        String status = null;
        for (int i = 0; i < 100; i++) {
            status = admin().get("/api/invoices/" + id).then().statusCode(200).extract().path("status");
            if (wanted.equals(status)) {
                return status;
            }
            Thread.sleep(100);
        }
        return status;
    }

    @Test
    void partialShipmentsBecomeReceiptsOnceAndTheLastOneMatchesTheWaitingInvoice() throws Exception {
        FakeBuyerPlatform.order("PO-S300", "USD", List.of(FakeBuyerPlatform.line(1, "8", "5.00", "EA"),
                FakeBuyerPlatform.line(2, "1", "20.00", "EA")));
        String first = fixture("ship-notice-partial.xml");

        CxmlClient.Answer booked = post(URL, first);
        assertThat(booked.code()).as(booked.text()).isEqualTo(200);
        assertThat(booked.text()).isEqualTo("ship notice SHIP-S300-1 booked as 3 receipt(s) for PO-S300");
        admin().get("/api/receipts?poNumber=PO-S300").then().statusCode(200)
                .body("receiptId", contains("asn:SUP-1:SHIP-S300-1:PO-S300:1#1", "asn:SUP-1:SHIP-S300-1:PO-S300:1#2",
                        "asn:SUP-1:SHIP-S300-1:PO-S300:2#1"))
                .body("quantity", contains(3.0f, 2.0f, 1.0f))
                .body("source", contains("cxml-asn", "cxml-asn", "cxml-asn"));

        CxmlClient.Answer again = post(URL, first.replace("1764756000000.5.asn-s300", "1764756000001.5.asn-s300"));
        assertThat(again.code()).isEqualTo(200);
        assertThat(again.text()).contains("was already received", "nothing booked twice");
        CxmlClient.Answer changed = post(URL, first.replace("quantity=\"3\"", "quantity=\"4\""));
        assertThat(changed.code()).isEqualTo(409);
        assertThat(changed.text()).contains("already received with other content");
        admin().get("/api/receipts?poNumber=PO-S300").then().body("$", hasSize(3));

        // 5 of 8 received on line 1: an invoice for 8 waits in exception until the second shipment arrives
        String invoice = """
                {"supplier":"SUP-1","buyer":"buyer","invoiceNumber":"INV-S300","invoiceDate":"2026-11-20","currency":"USD",
                 "lines":[{"lineNumber":1,"poNumber":"PO-S300","poLineNumber":1,"quantity":8,"unitPrice":5.00,"uom":"EA"},
                          {"lineNumber":2,"poNumber":"PO-S300","poLineNumber":2,"quantity":1,"unitPrice":20.00,"uom":"EA"}]}""";
        long id = admin().contentType(ContentType.JSON).body(invoice).post("/api/invoices").then().statusCode(201)
                .body("exceptions.code", contains("QUANTITY_NOT_RECEIVED")).extract().jsonPath().getLong("id");
        // the second delivery: the rest of line 1 (and more), packed like the first
        String second = first.replace("SHIP-S300-1", "SHIP-S300-2").replace("1764756000000.5.asn-s300", "1764756000000.6.asn-s300");
        CxmlClient.Answer last = post(URL, second);
        assertThat(last.code()).as(last.text()).isEqualTo(200);
        assertThat(last.text()).isEqualTo("ship notice SHIP-S300-2 booked as 3 receipt(s) for PO-S300");
        assertThat(invoiceStatus(id, "MATCHED")).isEqualTo("MATCHED");
    }

    @Test
    void theTestUrlChecksWithoutBooking() {
        String test = fixture("ship-notice-partial.xml").replace("PO-S300", "PO-S301")
                .replace("deploymentMode=\"production\"", "deploymentMode=\"test\"");
        CxmlClient.Answer checked = post(URL + "/test", test);
        assertThat(checked.code()).as(checked.text()).isEqualTo(200);
        assertThat(checked.text()).contains("test ship notice SHIP-S300-1 is valid (3 item(s))");
        admin().get("/api/receipts?poNumber=PO-S301").then().body("$", hasSize(0));
        assertThat(post(URL, test).code()).isEqualTo(400);
    }

    @Test
    void refusalsCarryTheirStatusCodes() {
        String xml = fixture("ship-notice-partial.xml").replace("PO-S300", "PO-S302");
        assertThat(post(URL, xml.replace("cxml-test-secret", "wrong")).code()).isEqualTo(401);
        CxmlClient.Answer noLine = post(URL, xml.replace("quantity=\"1\" lineNumber=\"2\"", "quantity=\"1\""));
        assertThat(noLine.code()).isEqualTo(400);
        assertThat(noLine.text()).isEqualTo("a ShipNoticeItem of PO-S302 has no lineNumber");
        assertThat(post(URL, xml.replace("quantity=\"3\"", "quantity=\"0\"")).code()).isEqualTo(400);
        CxmlClient.Answer longPo = post(URL, xml.replace("PO-S302", "PO-" + "9".repeat(70)));
        assertThat(longPo.code()).isEqualTo(400);
        assertThat(longPo.text()).isEqualTo("OrderReference@orderID is longer than 64 characters");
        assertThat(post(URL, xml.replace("<cXML", "<cXML-broken")).code()).isEqualTo(400);
        CxmlClient.Answer update = post(URL, xml.replace("operation=\"new\"", "operation=\"update\""));
        assertThat(update.code()).isEqualTo(406);
        assertThat(update.text()).contains("operation 'update' is not supported");
        CxmlClient.Answer invoice = post(URL, fixture("invoice-header-tax.xml"));
        assertThat(invoice.code()).isEqualTo(450);
        assertThat(invoice.text()).isEqualTo("/cxml/ship-notices accepts ShipNoticeRequest only");
        admin().get("/api/receipts?poNumber=PO-S302").then().body("$", hasSize(0));
    }
}
