package io.procurewire.invoice.api;

import io.procurewire.invoice.fakebuyer.FakeBuyerPlatform;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class InvoiceApiTest {

    private static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user + "-test-password");
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-test-password");
    }

    private static String invoiceJson(String number, String po, String quantity, String price) {
        return """
                {"supplier":"SUP-1","buyer":"buyer","invoiceNumber":"%s","invoiceDate":"2026-11-20","currency":"USD",
                 "purpose":"STANDARD","lines":[{"lineNumber":1,"poNumber":"%s","poLineNumber":1,"quantity":%s,
                 "unitPrice":%s,"uom":"EA"}]}""".formatted(number, po, quantity, price);
    }

    private static Response submit(String json) {
        return admin().contentType(ContentType.JSON).body(json).post("/api/invoices");
    }

    private static void receipt(String id, String po, String quantity) {
        admin().contentType(ContentType.JSON)
                .body("{\"receiptId\":\"%s\",\"poNumber\":\"%s\",\"poLineNumber\":1,\"quantity\":%s}".formatted(id, po, quantity))
                .post("/api/receipts").then().statusCode(201);
    }

    private static String statusAfterRematch(long id, String wanted) throws InterruptedException {
        String status = null;
        for (int i = 0; i < 40; i++) {
            status = admin().get("/api/invoices/" + id).then().statusCode(200).extract().path("status");
            if (wanted.equals(status)) {
                return status;
            }
            Thread.sleep(100);
        }
        return status;
    }

    @Test
    void invoiceBeforeTheLastReceiptIsAnExceptionAndMatchesWhenTheReceiptArrivesKeepingHistory() throws Exception {
        FakeBuyerPlatform.order("PO-2001", "USD", List.of(FakeBuyerPlatform.line(1, "10", "10.00", "EA")));
        receipt("GR-2001-a", "PO-2001", "4");
        Response created = submit(invoiceJson("INV-2001", "PO-2001", "10", "10.00"));
        created.then().statusCode(201)
                .body("status", equalTo("EXCEPTION"))
                .body("exceptions", hasSize(1))
                .body("exceptions[0].code", equalTo("QUANTITY_NOT_RECEIVED"))
                .body("exceptions[0].expected", equalTo("4"))
                .body("exceptions[0].actual", equalTo("10"))
                .body("exceptions[0].limit", equalTo("4"))
                .body("exceptions[0].breachAmount", equalTo(60.0f))
                .body("exceptions[0].state", equalTo("OPEN"));
        long id = created.jsonPath().getLong("id");

        receipt("GR-2001-b", "PO-2001", "6");
        assertEquals("MATCHED", statusAfterRematch(id, "MATCHED"));
        admin().get("/api/invoices/" + id).then()
                .body("exceptions[0].state", equalTo("CLEARED"))
                .body("lines[0].allocations.receiptId", contains("GR-2001-a", "GR-2001-b"));
        as("auditor").get("/api/invoices/" + id + "/audit").then().statusCode(200)
                .body("action", contains("MATCH", "MATCH"))
                .body("outcome", contains("EXCEPTION", "MATCHED"));
    }

    @Test
    void theSamePayloadIdOrTheSameDocumentAgainIsAReplayAndAnotherDocumentWithTheNumberIsADuplicate() {
        FakeBuyerPlatform.order("PO-2002", "USD", List.of(FakeBuyerPlatform.line(1, "5", "3.00", "EA")));
        String json = invoiceJson("INV-2002", "PO-2002", "5", "3.00");
        long id = admin().header("Idempotency-Key", "payload-2002").contentType(ContentType.JSON).body(json)
                .post("/api/invoices").then().statusCode(201).extract().jsonPath().getLong("id");
        admin().header("Idempotency-Key", "payload-2002").contentType(ContentType.JSON).body(json)
                .post("/api/invoices").then().statusCode(200).body("id", equalTo((int) id));
        submit(invoiceJson("inv 2002", "PO-2002", "5", "3.10")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("DUPLICATE_INVOICE_NUMBER"))
                .body("existingInvoiceId", equalTo((int) id))
                .body("detail", equalTo("supplier SUP-1 already sent invoice INV-2002"));
    }

    @Test
    void concurrentSubmissionsOfOneInvoiceStoreItOnce() throws Exception {
        FakeBuyerPlatform.order("PO-2003", "USD", List.of(FakeBuyerPlatform.line(1, "5", "3.00", "EA")));
        String json = invoiceJson("INV-2003", "PO-2003", "5", "3.00");
        int clients = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return admin().header("Idempotency-Key", "payload-2003").contentType(ContentType.JSON).body(json)
                        .post("/api/invoices");
            }));
        }
        start.countDown();
        int created = 0;
        List<Integer> ids = new ArrayList<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.asString());
            created += response.statusCode() == 201 ? 1 : 0;
            ids.add(response.jsonPath().getInt("id"));
        }
        pool.shutdown();
        assertEquals(1, created);
        assertEquals(1, ids.stream().distinct().count());
    }

    @Test
    void poDataThatCannotBeReadParksTheInvoiceAsWaitingNeverMatched() {
        FakeBuyerPlatform.FAILING.add("PO-DOWN");
        submit(invoiceJson("INV-2004", "PO-DOWN", "1", "1.00")).then().statusCode(201)
                .body("status", equalTo("WAITING_FOR_PO_DATA"))
                .body("exceptions", hasSize(0));
    }

    @Test
    void aReviewerAcceptsAnExceptionWithAReasonAndTheDecisionIsAudited() {
        FakeBuyerPlatform.order("PO-2005", "USD", List.of(FakeBuyerPlatform.line(1, "2", "50.00", "EA")));
        receipt("GR-2005", "PO-2005", "2");
        long id = submit(invoiceJson("INV-2005", "PO-2005", "2", "51.00")).then().statusCode(201)
                .body("status", equalTo("EXCEPTION")).body("exceptions[0].code", equalTo("PRICE_OVER_TOLERANCE"))
                .extract().jsonPath().getLong("id");
        as("auditor").get("/api/exceptions").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem((int) id));
        as("reviewer").contentType(ContentType.JSON).body("{}").post("/api/invoices/" + id + "/accept")
                .then().statusCode(400).body("detail", equalTo("accepting an invoice in exception needs a reason"));
        as("auditor").contentType(ContentType.JSON).body("{\"reason\":\"ok\"}").post("/api/invoices/" + id + "/accept")
                .then().statusCode(403);
        as("reviewer").contentType(ContentType.JSON).body("{\"reason\":\"freight surcharge agreed by phone\"}")
                .post("/api/invoices/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("exceptions[0].state", equalTo("ACCEPTED"));
        as("reviewer").contentType(ContentType.JSON).body("{\"reason\":\"again\"}")
                .post("/api/invoices/" + id + "/reject").then().statusCode(409);
        as("auditor").get("/api/invoices/" + id + "/audit").then()
                .body("action", contains("MATCH", "ACCEPT"))
                .body("[1].actor", equalTo("reviewer"))
                .body("[1].reason", equalTo("freight surcharge agreed by phone"));
    }

    @Test
    void endpointsDenyAnonymousCallersAndViewersCannotChangeAnything() {
        given().get("/api/invoices").then().statusCode(401);
        as("auditor").get("/api/invoices").then().statusCode(200);
        as("auditor").contentType(ContentType.JSON).body(invoiceJson("X", "PO-1", "1", "1")).post("/api/invoices")
                .then().statusCode(403);
        as("reviewer").contentType(ContentType.JSON).body("{}").post("/api/tolerance-profiles").then().statusCode(403);
    }

    @Test
    void anInvalidInvoiceIsRefusedWithEveryProblemAndNothingIsStored() {
        submit("""
                {"supplier":"SUP-1","invoiceNumber":"INV-BAD","currency":"XYZ","lines":[]}""")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors", contains("invoiceDate is required", "currency must be an ISO 4217 code",
                        "an invoice needs at least one line"));
        admin().get("/api/invoices?supplier=SUP-1&status=RECEIVED").then().body("$", hasSize(0));
    }

    @Test
    void toleranceProfilesAreStoredPerScopeAndApplyToTheNextMatch() {
        FakeBuyerPlatform.order("PO-2006", "USD", List.of(FakeBuyerPlatform.line(1, "1", "100.00", "EA")));
        receipt("GR-2006", "PO-2006", "1");
        admin().contentType(ContentType.JSON).body("""
                {"supplier":"SUP-9","priceOver":{"percent":5}}""").post("/api/tolerance-profiles")
                .then().statusCode(201).body("profile.priceOver.percent", is(5))
                .body("profile.uomMustMatch", is(true));
        admin().contentType(ContentType.JSON).body("""
                {"supplier":"SUP-9"}""").post("/api/tolerance-profiles").then().statusCode(409);
        // SUP-9's profile does not apply to SUP-1: the strict default rejects one cent over
        submit(invoiceJson("INV-2006", "PO-2006", "1", "100.01")).then().statusCode(201)
                .body("status", equalTo("EXCEPTION"));
    }
}
