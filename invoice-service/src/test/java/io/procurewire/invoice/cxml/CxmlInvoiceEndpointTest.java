package io.procurewire.invoice.cxml;

import io.procurewire.invoice.fakebuyer.FakeBuyerPlatform;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.procurewire.invoice.cxml.CxmlClient.fixture;
import static io.procurewire.invoice.cxml.CxmlClient.post;
import static io.procurewire.invoice.cxml.CxmlClient.storedId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** POST /cxml/invoices and /cxml/invoices/test: every Status code, with the fixtures in src/test/resources/cxml. */
@QuarkusTest
class CxmlInvoiceEndpointTest {

    private static final String URL = "/cxml/invoices";

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-test-password");
    }

    private static void receipt(String id, String po, int line, String quantity) {
        admin().contentType(ContentType.JSON).body("{\"receiptId\":\"%s\",\"poNumber\":\"%s\",\"poLineNumber\":%d,\"quantity\":%s}"
                .formatted(id, po, line, quantity)).post("/api/receipts").then().statusCode(201);
    }

    @Test
    void aStandardInvoiceIsStoredAndMatchedWithLineTaxChargesAndDiscountThenAnsweredOnce() {
        FakeBuyerPlatform.order("PO-C100", "USD", List.of(FakeBuyerPlatform.line(1, "10", "10.00", "EA"),
                FakeBuyerPlatform.line(2, "2", "25.00", "EA")));
        receipt("GR-C100-1", "PO-C100", 1, "10");
        receipt("GR-C100-2", "PO-C100", 2, "2");
        String xml = fixture("invoice-standard.xml");

        CxmlClient.Answer answer = post(URL, xml);
        assertThat(answer.code()).as(answer.text()).isEqualTo(200);
        assertThat(answer.text()).contains("invoice INV-C100 stored as", "match: EXCEPTION");
        long id = storedId(answer);

        admin().get("/api/invoices/" + id).then().statusCode(200)
                .body("origin", equalTo("cxml"))
                .body("supplier", equalTo("SUP-1"))
                .body("payloadId", equalTo("1764756000000.1.inv-c100@billing.supplier-one.example"))
                .body("document.buyer", equalTo("acme"))
                .body("document.purpose", equalTo("STANDARD"))
                .body("document.statedTotal", equalTo(173.38f))
                .body("document.lines[0].poNumber", equalTo("PO-C100"))
                .body("document.lines[0].poLineNumber", equalTo(1))
                .body("document.lines[0].taxAmount", equalTo(8.25f))
                .body("document.lines[0].taxRate", equalTo(8.25f))
                .body("document.lines[1].amount", equalTo(50.0f))
                .body("document.headerTax", equalTo(null))
                // line shipping 4.00 + header shipping 5.00 (9.00 in the summary), special handling, the line discount
                .body("document.charges.kind", hasItems("SHIPPING", "HANDLING", "DISCOUNT"))
                .body("document.charges.find { it.kind == 'SHIPPING' && it.invoiceLine == null }.amount", equalTo(5.0f))
                // the strict default profile permits no shipping or handling: each charge is its own exception
                .body("exceptions.code", hasItems("EXTRAS_NOT_PERMITTED"))
                .body("exceptions.code", not(hasItems("QUANTITY_NOT_RECEIVED")));

        CxmlClient.Answer again = post(URL, xml);
        assertThat(again.code()).isEqualTo(200);
        assertThat(again.text()).contains("was already received", "(" + id + ")");

        CxmlClient.Answer otherPayload = post(URL, xml.replace("1764756000000.1.inv-c100", "1764756000099.1.inv-c100"));
        assertThat(otherPayload.code()).as(otherPayload.text()).isEqualTo(409);
        assertThat(otherPayload.text()).contains("already sent invoice INV-C100");
        admin().get("/api/invoices?supplier=SUP-1").then().body("findAll { it.invoiceNumber == 'INV-C100' }.size()", equalTo(1));
    }

    @Test
    void headerTaxCreditMemoAndLineLevelCreditMemoReferenceTheOriginalInvoice() {
        FakeBuyerPlatform.order("PO-C200", "USD", List.of(FakeBuyerPlatform.line(1, "4", "12.50", "EA")));
        receipt("GR-C200", "PO-C200", 1, "4");
        CxmlClient.Answer invoice = post(URL, fixture("invoice-header-tax.xml"));
        assertThat(invoice.code()).as(invoice.text()).isEqualTo(200);
        long id = storedId(invoice);
        admin().get("/api/invoices/" + id).then()
                .body("document.headerTax", equalTo(0.0f))
                .body("document.lines[0].poNumber", equalTo("PO-C200"));

        CxmlClient.Answer memo = post(URL, fixture("invoice-credit-memo.xml"));
        assertThat(memo.code()).as(memo.text()).isEqualTo(200);
        admin().get("/api/invoices/" + storedId(memo)).then()
                .body("document.purpose", equalTo("CREDIT_MEMO"))
                .body("document.originalInvoiceNumber", equalTo("INV-C200"))
                .body("exceptions.findAll { it.state == 'OPEN' }.code", not(hasItems("UNKNOWN_ORIGINAL_INVOICE")));

        CxmlClient.Answer lineMemo = post(URL, fixture("invoice-line-level-credit-memo.xml"));
        assertThat(lineMemo.code()).as(lineMemo.text()).isEqualTo(200);
        admin().get("/api/invoices/" + storedId(lineMemo)).then()
                .body("document.purpose", equalTo("LINE_LEVEL_CREDIT_MEMO"))
                // only a DocumentReference: the original is found by its payloadID
                .body("document.originalInvoiceNumber", equalTo("INV-C200"))
                .body("document.lines[0].quantity", equalTo(-4));
    }

    @Test
    void theTestUrlChecksWithoutStoringAndEachUrlTakesItsOwnDeploymentMode() {
        String production = fixture("invoice-header-tax.xml").replace("INV-C200", "INV-T1")
                .replace("1764756000000.2.inv-c200", "1764756000000.9.inv-t1");
        String test = production.replace("deploymentMode=\"production\"", "deploymentMode=\"test\"");

        CxmlClient.Answer checked = post(URL + "/test", test);
        assertThat(checked.code()).as(checked.text()).isEqualTo(200);
        assertThat(checked.text()).contains("test invoice INV-T1 is valid", "not stored");
        admin().get("/api/invoices?supplier=SUP-1").then().body("findAll { it.invoiceNumber == 'INV-T1' }.size()", equalTo(0));

        assertThat(post(URL + "/test", production).code()).isEqualTo(400);
        CxmlClient.Answer misplaced = post(URL, test);
        assertThat(misplaced.code()).isEqualTo(400);
        assertThat(misplaced.text()).contains("deploymentMode test belongs on /cxml/invoices/test");
    }

    @Test
    void credentialsAreCheckedAgainstHashedSecrets() {
        String xml = fixture("invoice-header-tax.xml").replace("INV-C200", "INV-A1")
                .replace("1764756000000.2.inv-c200", "1764756000000.9.inv-a1");
        CxmlClient.Answer wrongSecret = post(URL, xml.replace("cxml-test-secret", "guess"));
        assertThat(wrongSecret.code()).isEqualTo(401);
        assertThat(wrongSecret.text()).isEqualTo("unknown From/Sender identity or wrong shared secret");
        assertThat(post(URL, xml.replace("<Identity>987654321</Identity>", "<Identity>111111111</Identity>")).code())
                .isEqualTo(401);
        assertThat(post(URL, xml.replace("<Identity>billing-system-1</Identity>", "<Identity>other-system</Identity>")).code())
                .isEqualTo(401);
        CxmlClient.Answer empty = post(URL, xml.replace("<Identity>987654321</Identity>", "<Identity></Identity>"));
        assertThat(empty.code()).isEqualTo(401);
        assertThat(empty.text()).contains("empty Header/From/Credential/Identity");

        // SUP-2's secret is configured only as its PBKDF2 hash
        String second = xml.replace("<Identity>987654321</Identity>", "<Identity>222222222</Identity>")
                .replace("<Credential domain=\"NetworkID\"><Identity>billing-system-1</Identity><SharedSecret>cxml-test-secret",
                        "<Credential domain=\"DUNS\"><Identity>222222222</Identity><SharedSecret>second-supplier-secret");
        CxmlClient.Answer hashed = post(URL, second);
        assertThat(hashed.code()).as(hashed.text()).isEqualTo(200);
        admin().get("/api/invoices/" + storedId(hashed)).then().body("supplier", equalTo("SUP-2"));
    }

    @Test
    void malformedOrIncompleteDocumentsAre400() {
        CxmlClient.Answer broken = post(URL, "<cXML payloadID=\"x\"><Header>");
        assertThat(broken.code()).isEqualTo(400);
        assertThat(broken.text()).contains("not well-formed");

        String xml = fixture("invoice-header-tax.xml").replace("INV-C200", "INV-B1")
                .replace("1764756000000.2.inv-c200", "1764756000000.9.inv-b1");
        CxmlClient.Answer noPoLine = post(URL, xml.replace("<InvoiceDetailItemReference lineNumber=\"1\">",
                "<InvoiceDetailItemReference>"));
        assertThat(noPoLine.code()).isEqualTo(400);
        assertThat(noPoLine.text()).isEqualTo("invoice line 1 must name its PO line (InvoiceDetailItemReference@lineNumber)");
        CxmlClient.Answer noPrice = post(URL, xml.replace("<UnitPrice><Money currency=\"USD\">12.50</Money></UnitPrice>", ""));
        assertThat(noPrice.code()).isEqualTo(400);
        assertThat(noPrice.text()).contains("has no UnitPrice");
        CxmlClient.Answer badCurrency = post(URL, xml.replace("USD", "XXQ"));
        assertThat(badCurrency.code()).isEqualTo(400);
        assertThat(badCurrency.text()).contains("currency must be an ISO 4217 code");
    }

    @Test
    void wellFormedButUnacceptableDocumentsAre406() {
        String xml = fixture("invoice-header-tax.xml").replace("INV-C200", "INV-N1")
                .replace("1764756000000.2.inv-c200", "1764756000000.9.inv-n1");
        CxmlClient.Answer proforma = post(URL, xml.replace("purpose=\"standard\"", "purpose=\"proforma\""));
        assertThat(proforma.code()).isEqualTo(406);
        assertThat(proforma.text()).contains("purpose 'proforma' is not supported");
        CxmlClient.Answer update = post(URL, xml.replace("operation=\"new\"", "operation=\"update\""));
        assertThat(update.code()).isEqualTo(406);
        assertThat(update.text()).contains("operation 'update' is not supported (supported: new, delete)");
        // a delete for an invoice that was never received cancels nothing
        CxmlClient.Answer delete = post(URL, xml.replace("operation=\"new\"", "operation=\"delete\""));
        assertThat(delete.code()).isEqualTo(406);
        assertThat(delete.text()).contains("INV-N1 of SUP-1 was never received");
        CxmlClient.Answer mixed = post(URL, xml.replace("<NetAmount><Money currency=\"USD\">", "<NetAmount><Money currency=\"EUR\">"));
        assertThat(mixed.code()).isEqualTo(406);
        assertThat(mixed.text()).contains("mixes currencies [EUR, USD]");
        admin().get("/api/invoices?supplier=SUP-1").then().body("findAll { it.invoiceNumber == 'INV-N1' }.size()", equalTo(0));
    }

    @Test
    void aNewPayloadIdWithOtherContentCorrectsTheInvoiceUntilItIsSentThenDebitMemosAndDeletesApply() {
        FakeBuyerPlatform.order("PO-C300", "USD", List.of(FakeBuyerPlatform.line(1, "10", "20.00", "EA")));
        receipt("GR-C300-1", "PO-C300", 1, "6");

        CxmlClient.Answer first = post(URL, fixture("invoice-c300.xml"));
        assertThat(first.code()).as(first.text()).isEqualTo(200);
        assertThat(first.text()).contains("match: EXCEPTION");
        long id = storedId(first);
        admin().get("/api/invoices/" + id).then().body("revision", equalTo(1))
                .body("exceptions.find { it.code == 'QUANTITY_NOT_RECEIVED' }.state", equalTo("OPEN"));

        // six chairs, not ten: a new payloadID, the same number, other content, while the invoice is in exception
        CxmlClient.Answer corrected = post(URL, fixture("invoice-c300-corrected.xml"));
        assertThat(corrected.code()).as(corrected.text()).isEqualTo(200);
        // matched now, and buyer acme has a delivery target: on its way to the buyer at once
        assertThat(corrected.text()).contains("invoice INV-C300 (" + id + ") corrected: revision 2; match: SENDING");
        admin().get("/api/invoices/" + id).then().body("revision", equalTo(2))
                .body("payloadId", equalTo("1764843600000.2.inv-c300@billing.supplier-one.example"))
                .body("document.lines[0].quantity", equalTo(6))
                .body("exceptions.find { it.code == 'QUANTITY_NOT_RECEIVED' }.state", equalTo("CLEARED"));
        admin().get("/api/invoices/" + id + "/revisions").then().statusCode(200)
                .body("revision", org.hamcrest.Matchers.contains(1, 2))
                .body("[0].payloadId", equalTo("1764840000000.1.inv-c300@billing.supplier-one.example"))
                .body("[0].document.lines[0].quantity", equalTo(10))
                .body("[0].statusWhenReplaced", equalTo("EXCEPTION"))
                .body("[1].current", equalTo(true));
        admin().get("/api/invoices/" + id + "/audit").then()
                .body("find { it.action == 'CORRECT' }.actor", equalTo("cxml:SUP-1"))
                .body("find { it.action == 'CORRECT' }.outcome", equalTo("REVISION_2"));

        // both payloadIDs stay replays, the replaced one too
        assertThat(post(URL, fixture("invoice-c300.xml")).text()).contains("was already received", "(" + id + ")");
        assertThat(post(URL, fixture("invoice-c300-corrected.xml")).text()).contains("was already received");

        // sent to the buyer: no more corrections, no cancellation; nothing changes
        CxmlClient.Answer late = post(URL, fixture("invoice-c300-corrected.xml")
                .replace("1764843600000.2.inv-c300", "1764843600099.9.inv-c300").replace("quantity=\"6\"", "quantity=\"5\""));
        assertThat(late.code()).as(late.text()).isEqualTo(409);
        assertThat(late.text()).contains("can no longer be corrected", "credit memo or debit memo");
        CxmlClient.Answer delete = post(URL, fixture("invoice-c300-delete.xml"));
        assertThat(delete.code()).as(delete.text()).isEqualTo(409);
        assertThat(delete.text()).contains("can no longer be cancelled");
        admin().get("/api/invoices/" + id).then().body("revision", equalTo(2)).body("document.lines[0].quantity", equalTo(6))
                .body("status", not(equalTo("CANCELLED")));

        // two more chairs billed by a debit memo: matched as additional billing, over what was received
        CxmlClient.Answer debit = post(URL, fixture("invoice-debit-memo.xml"));
        assertThat(debit.code()).as(debit.text()).isEqualTo(200);
        assertThat(debit.text()).contains("invoice DM-C300 stored as", "match: EXCEPTION");
        long debitId = storedId(debit);
        admin().get("/api/invoices/" + debitId).then()
                .body("document.purpose", equalTo("DEBIT_MEMO"))
                .body("document.originalInvoiceNumber", equalTo("INV-C300"))
                .body("actualTotal", equalTo(40.0f))
                .body("exceptions.code", org.hamcrest.Matchers.contains("OVER_BILLED"));

        // the debit memo is cancelled by a delete naming its invoiceID; once, then answered unchanged
        String deleteDebit = fixture("invoice-c300-delete.xml").replace("invoiceID=\"INV-C300\"", "invoiceID=\"DM-C300\"")
                .replace("1764847200000.3.inv-c300", "1764847200000.5.dm-c300");
        CxmlClient.Answer cancelled = post(URL, deleteDebit);
        assertThat(cancelled.code()).as(cancelled.text()).isEqualTo(200);
        assertThat(cancelled.text()).isEqualTo("invoice DM-C300 (" + debitId + ") cancelled");
        assertThat(post(URL, deleteDebit).text()).isEqualTo("invoice DM-C300 (" + debitId + ") was already cancelled");
        admin().get("/api/invoices/" + debitId).then().body("status", equalTo("CANCELLED"))
                .body("exceptions.find { it.code == 'OVER_BILLED' }.state", equalTo("CANCELLED"))
                .body("cancelledAt", not(equalTo(null)));
        admin().get("/api/invoices/" + debitId + "/audit").then()
                .body("find { it.action == 'CANCEL' }.reason", org.hamcrest.Matchers.containsString("operation=\"delete\""));
    }

    @Test
    void otherDocumentsAre450() {
        CxmlClient.Answer notice = post(URL, fixture("ship-notice-partial.xml"));
        assertThat(notice.code()).isEqualTo(450);
        assertThat(notice.text()).isEqualTo("/cxml/invoices accepts InvoiceDetailRequest only");
        CxmlClient.Answer unsupported = post(URL, fixture("invoice-header-tax.xml")
                .replaceAll("InvoiceDetailRequest>", "CatalogUploadRequest>"));
        assertThat(unsupported.code()).isEqualTo(450);
    }
}
