package io.procurewire.e2e;

import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.model.Status;
import io.procurewire.local.ServiceSpec;
import io.procurewire.local.SuiteProcesses;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The invoice flow across processes: a PO issued in the sandbox (the buyer platform), partial deliveries announced by
 * cXML ShipNoticeRequest to invoice-service, the invoice by cXML InvoiceDetailRequest before the last delivery (an
 * exception: quantity not received), the last ship notice re-matches it (event-driven) to MATCHED, and invoice-service
 * sends it as cXML to the sandbox's /cxml/invoices, which accepts it. And a delivery confirmation posted to the
 * sandbox's receiving transactions once, which the receiving pull then links instead of counting it again. Its own
 * sandbox and databases.
 */
class InvoiceScenarioTest {

    private static final String SUPPLIER = "SUP-INV-1";
    private static final String BUYER = "sandbox-buyer";
    /** The supplier's identity and secret at the buyer (the sandbox checks invoices with them). */
    private static final String SUPPLIER_AT_BUYER = "supplier-one-at-buyer";
    private static final String BUYER_SECRET = "sandbox-invoice-secret";
    /** The supplier's own billing system and warehouse, posting to invoice-service. */
    private static final String BILLING_IDENTITY = "supplier-one-billing";
    private static final String BILLING_SECRET = "billing-to-invoice-service";

    private static SuiteProcesses processes;
    private static String sandbox;
    private static String invoiceService;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        Path root = Path.of(System.getProperty("procurewire.root", "..")).toAbsolutePath().normalize();
        processes = new SuiteProcesses(root);
        ServiceSpec sandboxSpec = new ServiceSpec("sandbox", "sandbox", SuiteProcesses.freePort(), SuiteProcesses.freePort(),
                "sandbox_invoice");
        ServiceSpec invoiceSpec = new ServiceSpec("invoice-service", "invoice-service", SuiteProcesses.freePort(),
                SuiteProcesses.freePort(), "invoice_e2e");
        if (!processes.isBuilt(invoiceSpec) || !processes.isBuilt(sandboxSpec)) {
            throw new IllegalStateException("invoice-service and the sandbox must be packaged first: "
                    + "./mvnw -B -o -q -DskipTests package -pl invoice-service,sandbox,e2e-tests -am");
        }
        processes.startPostgres(0, null);
        SuiteProcesses.Running sandboxProcess = processes.launch(sandboxSpec,
                SuiteProcesses.wiring(sandboxSpec, Map.of()), "invoice-e2e-sandbox");
        if (!processes.awaitReady(sandboxProcess)) {
            throw new IllegalStateException("the sandbox did not become ready; see " + sandboxProcess.log());
        }
        sandbox = sandboxSpec.baseUrl();

        Map<String, String> config = new LinkedHashMap<>(SuiteProcesses.wiring(invoiceSpec, Map.of("sandbox", sandboxSpec)));
        // PO data from the sandbox's Core API
        config.put("procurewire.invoice.po-source", "buyer-platform");
        config.put("quarkus.rest-client.buyer-platform.url", sandbox);
        config.put("procurewire.invoice.buyer-platform.client-id", SuiteProcesses.SANDBOX_CLIENT_ID);
        config.put("procurewire.invoice.buyer-platform.client-secret", SuiteProcesses.SANDBOX_CLIENT_SECRET);
        config.put("procurewire.invoice.buyer-platform.buyer-name", BUYER);
        // the supplier's billing system and warehouse send cXML to invoice-service
        String sender = "procurewire.invoice.cxml.senders." + SUPPLIER + ".";
        config.put(sender + "from-domain", "NetworkID");
        config.put(sender + "from-identity", BILLING_IDENTITY);
        config.put(sender + "shared-secret", BILLING_SECRET);
        config.put(sender + "buyer", BUYER);
        // matched invoices go to the sandbox's cXML invoice URL with the supplier's credentials there
        String target = "procurewire.invoice.delivery.buyers." + BUYER + ".";
        config.put(target + "cxml-url", sandbox + "/cxml/invoices");
        config.put(target + "from-domain", "NetworkID");
        config.put(target + "from-identity", SUPPLIER_AT_BUYER);
        config.put(target + "to-domain", "NetworkID");
        config.put(target + "to-identity", "sandbox-buyer-org");
        config.put(target + "shared-secret", BUYER_SECRET);
        config.put("procurewire.invoice.delivery.poll-interval", "1s");
        // the buyer takes the supplier's delivery confirmations as receipts (ship notices are not posted: default)
        config.put("procurewire.invoice.receipt-posting.buyers." + BUYER + ".enabled", "true");
        config.put("procurewire.invoice.receipt-posting.poll-interval", "1s");
        SuiteProcesses.Running invoiceProcess = processes.launch(invoiceSpec, config, "invoice-e2e-invoice-service");
        if (!processes.awaitReady(invoiceProcess)) {
            throw new IllegalStateException("invoice-service did not become ready; see " + invoiceProcess.log());
        }
        invoiceService = invoiceSpec.baseUrl();
        token = SandboxApi.token(sandbox);
        // the buyer's supplier record carries the supplier's cXML identity and secret for invoices
        Map<String, Object> supplier = new LinkedHashMap<>();
        supplier.put("name", "Supplier One");
        supplier.put("number", SUPPLIER);
        supplier.put("status", "active");
        supplier.put("po-method", "prompt");
        supplier.put("cxml-supplier-domain", "NetworkID");
        supplier.put("cxml-supplier-identity", SUPPLIER_AT_BUYER);
        supplier.put("cxml-secret", BUYER_SECRET);
        SandboxApi.api(sandbox, token).body(supplier).post("/api/suppliers").then().statusCode(201);
    }

    /** A PO of 10 × hex bolts issued in the sandbox; answers its po-number. */
    private static String issuedPo() {
        long poId = sandboxAdmin().contentType("application/json")
                .body(Map.of("supplier", Map.of("number", SUPPLIER), "currency", Map.of("code", "USD"),
                        "ship-to-address", Map.of("name", "Plant 7", "street1", "7 Foundry Road", "city", "Gary",
                                "postal-code", "46402", "country", Map.of("code", "US")),
                        "order-lines", List.of(BuyerPlatform.line(1, 10))))
                .post("/admin/purchase-orders").then().statusCode(201).extract().jsonPath().getLong("id");
        return SandboxApi.api(sandbox, token).get("/api/purchase_orders/" + poId).then().statusCode(200)
                .extract().jsonPath().getString("po-number");
    }

    @AfterAll
    static void stop() {
        if (processes != null) {
            processes.close();
        }
    }

    private static RequestSpecification sandboxAdmin() {
        return given().baseUri(sandbox).auth().preemptive().basic(RunningSuite.ADMIN_USER, RunningSuite.ADMIN_PASSWORD);
    }

    private static RequestSpecification invoiceAdmin() {
        return given().baseUri(invoiceService).auth().preemptive().basic(RunningSuite.ADMIN_USER, RunningSuite.ADMIN_PASSWORD);
    }

    private static Status postCxml(String path, String xml) {
        byte[] answer = given().baseUri(invoiceService).contentType("text/xml; charset=UTF-8")
                .body(xml.getBytes(StandardCharsets.UTF_8)).post(path).then().statusCode(200).extract().asByteArray();
        return new CxmlReader().read(answer).status().orElseThrow();
    }

    private static String header() {
        return """
                  <Header>
                    <From><Credential domain="NetworkID"><Identity>%s</Identity></Credential></From>
                    <To><Credential domain="NetworkID"><Identity>sandbox-buyer-org</Identity></Credential></To>
                    <Sender><Credential domain="NetworkID"><Identity>%s</Identity><SharedSecret>%s</SharedSecret></Credential>
                      <UserAgent>Supplier One ERP</UserAgent></Sender>
                  </Header>
                """.formatted(BILLING_IDENTITY, BILLING_IDENTITY, BILLING_SECRET);
    }

    private static String shipNotice(String shipmentId, String poNumber, int quantity) {
        String now = java.time.OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString();
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/1.2.069/Fulfill.dtd">
                <cXML payloadID="%s@wms.supplier-one.example" timestamp="%s" xml:lang="en-US">
                %s  <Request deploymentMode="production">
                    <ShipNoticeRequest>
                      <ShipNoticeHeader shipmentID="%s" operation="new" noticeDate="%s" shipmentType="actual"/>
                      <ShipNoticePortion>
                        <OrderReference orderID="%s"><DocumentReference payloadID="%s@buyer"/></OrderReference>
                        <ShipNoticeItem quantity="%d" lineNumber="1">
                          <ItemID><SupplierPartID>HB-M8-1</SupplierPartID></ItemID>
                          <UnitOfMeasure>EA</UnitOfMeasure>
                        </ShipNoticeItem>
                      </ShipNoticePortion>
                    </ShipNoticeRequest>
                  </Request>
                </cXML>
                """.formatted(shipmentId, now, header(), shipmentId, now, poNumber, poNumber, quantity);
    }

    private static String invoice(String invoiceNumber, String poNumber, int quantity) {
        String date = LocalDate.now(ZoneOffset.UTC) + "T12:00:00+00:00";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/1.2.069/InvoiceDetail.dtd">
                <cXML payloadID="%s@billing.supplier-one.example" timestamp="%s" xml:lang="en-US">
                %s  <Request deploymentMode="production">
                    <InvoiceDetailRequest>
                      <InvoiceDetailRequestHeader invoiceID="%s" purpose="standard" operation="new" invoiceDate="%s">
                        <InvoiceDetailHeaderIndicator/>
                        <InvoiceDetailLineIndicator/>
                      </InvoiceDetailRequestHeader>
                      <InvoiceDetailOrder>
                        <InvoiceDetailOrderInfo><OrderIDInfo orderID="%s"/></InvoiceDetailOrderInfo>
                        <InvoiceDetailItem invoiceLineNumber="1" quantity="%d">
                          <UnitOfMeasure>EA</UnitOfMeasure>
                          <UnitPrice><Money currency="USD">0.35</Money></UnitPrice>
                          <InvoiceDetailItemReference lineNumber="1">
                            <ItemID><SupplierPartID>HB-M8-1</SupplierPartID></ItemID>
                            <Description xml:lang="en">Hex bolt M8 x 25</Description>
                          </InvoiceDetailItemReference>
                          <SubtotalAmount><Money currency="USD">%s</Money></SubtotalAmount>
                        </InvoiceDetailItem>
                      </InvoiceDetailOrder>
                      <InvoiceDetailSummary>
                        <SubtotalAmount><Money currency="USD">%s</Money></SubtotalAmount>
                        <Tax><Money currency="USD">0.00</Money><Description xml:lang="en">no tax</Description></Tax>
                        <NetAmount><Money currency="USD">%s</Money></NetAmount>
                      </InvoiceDetailSummary>
                    </InvoiceDetailRequest>
                  </Request>
                </cXML>
                """.formatted(invoiceNumber, date, header(), invoiceNumber, date, poNumber, quantity,
                new java.math.BigDecimal("0.35").multiply(java.math.BigDecimal.valueOf(quantity)).toPlainString(),
                new java.math.BigDecimal("0.35").multiply(java.math.BigDecimal.valueOf(quantity)).toPlainString(),
                new java.math.BigDecimal("0.35").multiply(java.math.BigDecimal.valueOf(quantity)).toPlainString());
    }

    private static void awaitTrue(Duration limit, Supplier<Boolean> condition, Supplier<String> state) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not within " + limit + ": " + state.get());
    }

    @Test
    void partialReceiptsExceptionLastReceiptRematchSentToTheSandboxAndAcceptedThere() throws Exception {
        String poNumber = issuedPo();

        // two partial deliveries of 10: 4, then 3
        assertEquals(200, postCxml("/cxml/ship-notices", shipNotice("ASN-" + poNumber + "-1", poNumber, 4)).getCode());
        assertEquals(200, postCxml("/cxml/ship-notices", shipNotice("ASN-" + poNumber + "-2", poNumber, 3)).getCode());
        invoiceAdmin().get("/api/receipts?poNumber=" + poNumber).then().statusCode(200).body("size()", org.hamcrest.Matchers.is(2));

        // the invoice for all 10 arrives before the last delivery: an exception, not sent
        String invoiceNumber = "INV-E2E-" + poNumber;
        Status stored = postCxml("/cxml/invoices", invoice(invoiceNumber, poNumber, 10));
        assertEquals(200, stored.getCode(), stored.getContent());
        long id = invoiceAdmin().get("/api/invoices?supplier=" + SUPPLIER).then().statusCode(200).extract().jsonPath()
                .getLong("find { it.invoiceNumber == '" + invoiceNumber + "' }.id");
        JsonPath exception = invoiceAdmin().get("/api/invoices/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("EXCEPTION", exception.getString("status"));
        assertEquals(List.of("QUANTITY_NOT_RECEIVED"), exception.getList("exceptions.code"));
        assertEquals("7", exception.getString("exceptions[0].expected"));
        invoiceAdmin().get("/api/deliveries/" + id).then().statusCode(404);

        // the last delivery: re-matched by the event, matched, sent, accepted by the buyer platform
        assertEquals(200, postCxml("/cxml/ship-notices", shipNotice("ASN-" + poNumber + "-3", poNumber, 3)).getCode());
        awaitTrue(Duration.ofSeconds(60), () -> "BUYER_ACCEPTED".equals(invoiceAdmin().get("/api/invoices/" + id)
                        .then().extract().path("status")),
                () -> invoiceAdmin().get("/api/invoices/" + id).asString() + " / "
                        + invoiceAdmin().get("/api/deliveries/" + id).asString());
        JsonPath done = invoiceAdmin().get("/api/invoices/" + id).then().extract().jsonPath();
        assertEquals(List.of("CLEARED"), done.getList("exceptions.state"), "the exception is kept, cleared");
        JsonPath delivery = invoiceAdmin().get("/api/deliveries/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("ACCEPTED", delivery.getString("state"));
        assertEquals(200, delivery.getInt("statusCode"));
        assertEquals(1, delivery.getInt("attempts"));
        List<String> actions = invoiceAdmin().get("/api/invoices/" + id + "/audit").then().extract().jsonPath()
                .getList("outcome");
        assertTrue(actions.containsAll(List.of("EXCEPTION", "MATCHED", "SENDING", "BUYER_ACCEPTED")), actions.toString());

        JsonPath atBuyer = SandboxApi.api(sandbox, token).queryParam("invoice-number", invoiceNumber).get("/api/invoices")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, atBuyer.getList("$").size());
        assertEquals("cxml", atBuyer.getString("[0].origin"));
        assertEquals("3.50", atBuyer.getString("[0].total"));
        assertEquals(poNumber, atBuyer.getString("[0].invoice-lines[0].po-number"));
    }

    @Test
    void aDeliveryConfirmationIsPostedToTheSandboxOnceAndThePullLinksItInsteadOfCountingItAgain() throws Exception {
        String poNumber = issuedPo();
        String receivedAt = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        invoiceAdmin().contentType("application/json").body(Map.of("receiptId", "POD-" + poNumber, "poNumber", poNumber,
                        "poLineNumber", 1, "quantity", 6, "receivedAt", receivedAt, "source", "delivery-confirmation"))
                .post("/api/receipts").then().statusCode(201);
        awaitTrue(Duration.ofSeconds(60), () -> "SENT".equals(invoiceAdmin().queryParam("receiptId", "POD-" + poNumber)
                        .get("/api/receipt-postings").then().extract().path("[0].state")),
                () -> invoiceAdmin().queryParam("receiptId", "POD-" + poNumber).get("/api/receipt-postings").asString());
        JsonPath posting = invoiceAdmin().queryParam("receiptId", "POD-" + poNumber).get("/api/receipt-postings")
                .then().statusCode(200).extract().jsonPath();
        long platformId = posting.getLong("[0].platformId");
        assertEquals(1, posting.getInt("[0].attempts"));

        // at the buyer: one InventoryReceipt of 6 against the PO's order line, by the platform's order-line id
        JsonPath atBuyer = SandboxApi.api(sandbox, token).queryParam("order-line[po-number]", poNumber)
                .get("/api/receiving_transactions").then().statusCode(200).extract().jsonPath();
        assertEquals(1, atBuyer.getList("$").size(), atBuyer.prettify());
        assertEquals(platformId, atBuyer.getLong("[0].id"));
        assertEquals("InventoryReceipt", atBuyer.getString("[0].type"));
        assertEquals("6", atBuyer.getString("[0].quantity"));
        assertEquals(posting.getLong("[0].orderLineId"), atBuyer.getLong("[0].order-line.id"));
        assertEquals(1, atBuyer.getInt("[0].order-line.line-num"));
        assertEquals(receivedAt, atBuyer.getString("[0].transaction-date"));

        // the pull reads it back: linked to our receipt, not a second one
        invoiceAdmin().post("/api/receiving-pull/run").then().statusCode(200);
        invoiceAdmin().get("/api/receipts?poNumber=" + poNumber).then().statusCode(200)
                .body("receiptId", org.hamcrest.Matchers.contains("POD-" + poNumber))
                .body("quantity", org.hamcrest.Matchers.contains(6.0f));
        JsonPath linked = invoiceAdmin().queryParam("receiptId", "POD-" + poNumber).get("/api/receipt-postings")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(platformId, linked.getLong("[0].platformId"));
        assertTrue(linked.getString("[0].linkedAt") != null, linked.prettify());
    }
}
