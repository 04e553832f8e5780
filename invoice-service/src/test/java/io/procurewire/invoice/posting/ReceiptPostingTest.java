package io.procurewire.invoice.posting;

import io.procurewire.invoice.fakebuyer.FakeBuyerPlatform;
import io.procurewire.invoice.fakebuyer.FakeReceivingTransactions;
import io.procurewire.testsupport.security.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Receipts the supplier learned of, posted to the buyer platform's receiving transactions (the fake platform in
 * src/test, with the sandbox's create semantics) through the outbox: once per receipt with the platform's order-line
 * id, states and retry over the API, lost answers found instead of posted again, 5xx/429 then recovery, two workers
 * at once, and the receiving pull linking what we posted instead of counting it twice.
 */
@QuarkusTest
class ReceiptPostingTest {

    @Inject
    ReceiptPostings postings;

    @AfterEach
    void heal() {
        FakeReceivingTransactions.POST_FAULTS.clear();
    }

    private static void receipt(String key, String po, int line, String quantity, String extra) {
        TestUsers.ADMIN.given().contentType(ContentType.JSON).body("""
                {"receiptId":"%s","poNumber":"%s","poLineNumber":%d,"quantity":%s,"receivedAt":"2026-11-19T10:00:00Z"%s}"""
                .formatted(key, po, line, quantity, extra)).post("/api/receipts").then().statusCode(201);
    }

    private static JsonPath posting(String key) {
        List<Map<String, Object>> found = TestUsers.VIEWER.given().queryParam("receiptId", key)
                .get("/api/receipt-postings").then().statusCode(200).extract().path("$");
        assertEquals(1, found.size(), "one posting for " + key + ": " + found);
        return TestUsers.VIEWER.given().get("/api/receipt-postings/" + found.get(0).get("id")).then().statusCode(200)
                .extract().jsonPath();
    }

    private static JsonPath run() {
        return TestUsers.ADMIN.given().post("/api/receipt-postings/run").then().statusCode(200).extract().jsonPath();
    }

    private static int posts(long lineId) {
        var count = FakeReceivingTransactions.POSTS.get(lineId);
        return count == null ? 0 : count.get();
    }

    private static String status(long id, String wanted) throws InterruptedException {
        String status = null;
        for (int i = 0; i < 100; i++) {
            status = TestUsers.ADMIN.given().get("/api/invoices/" + id).then().statusCode(200).extract().path("status");
            if (wanted.equals(status)) {
                return status;
            }
            Thread.sleep(100);
        }
        return status;
    }

    @Test
    void aReceiptIsPostedOnceAgainstThePlatformsOrderLineAndItsStateIsVisible() {
        FakeBuyerPlatform.order("PO-RP-1", "USD", List.of(FakeBuyerPlatform.line(1, "10", "2.00", "EA"),
                FakeBuyerPlatform.line(2, "10", "2.00", "EA")));
        long lineId = FakeBuyerPlatform.lineId("PO-RP-1", 2);
        receipt("GR-RP-1", "PO-RP-1", 2, "4", ",\"source\":\"delivery-confirmation\"");
        assertEquals("PENDING", posting("GR-RP-1").getString("state"));

        run();
        JsonPath sent = posting("GR-RP-1");
        assertEquals("SENT", sent.getString("state"));
        assertEquals(lineId, sent.getLong("orderLineId"));
        assertEquals("buyer", sent.getString("buyer"));
        assertEquals(1, sent.getInt("attempts"));
        assertEquals(null, sent.getString("lastError"));
        List<Map<String, Object>> onPlatform = FakeReceivingTransactions.onLine(lineId);
        assertEquals(1, onPlatform.size());
        assertEquals(sent.getLong("platformId"), ((Number) onPlatform.get(0).get("id")).longValue());
        assertEquals("4", onPlatform.get(0).get("quantity"));
        assertEquals("2026-11-19T10:00:00Z", onPlatform.get(0).get("transaction-date"));

        run();
        assertEquals(1, posts(lineId));
        // the same receipt again is one receipt, one posting
        TestUsers.ADMIN.given().contentType(ContentType.JSON).body("""
                {"receiptId":"GR-RP-1","poNumber":"PO-RP-1","poLineNumber":2,"quantity":4}""").post("/api/receipts")
                .then().statusCode(200);
        run();
        assertEquals(1, posts(lineId));
        TestUsers.VIEWER.given().queryParam("poNumber", "PO-RP-1").queryParam("state", "sent")
                .get("/api/receipt-postings").then().statusCode(200).body("receiptId", contains("GR-RP-1"));
    }

    @Test
    void postedThenPulledIsCountedOnceAndTheMatchIsUnchanged() throws Exception {
        FakeBuyerPlatform.order("PO-RP-2", "USD", List.of(FakeBuyerPlatform.line(1, "4", "10.00", "EA")));
        receipt("GR-RP-2", "PO-RP-2", 1, "4", "");
        long id = TestUsers.ADMIN.given().contentType(ContentType.JSON).body("""
                {"supplier":"SUP-1","buyer":"buyer","invoiceNumber":"INV-RP-2","invoiceDate":"2026-11-20","currency":"USD",
                 "purpose":"STANDARD","lines":[{"lineNumber":1,"poNumber":"PO-RP-2","poLineNumber":1,"quantity":4,
                 "unitPrice":10.00,"uom":"EA"}]}""").post("/api/invoices").then().statusCode(201)
                .body("status", equalTo("MATCHED")).extract().jsonPath().getLong("id");
        Map<String, Object> before = TestUsers.VIEWER.given().get("/api/invoices/" + id).then().extract().path("$");

        run();
        long platformId = posting("GR-RP-2").getLong("platformId");
        TestUsers.ADMIN.given().post("/api/receiving-pull/run").then().statusCode(200);
        TestUsers.ADMIN.given().post("/api/receiving-pull/run").then().statusCode(200);

        TestUsers.VIEWER.given().get("/api/receipts?poNumber=PO-RP-2").then().statusCode(200)
                .body("receiptId", contains("GR-RP-2")).body("quantity", contains(4.0f));
        JsonPath linked = posting("GR-RP-2");
        assertEquals(platformId, linked.getLong("platformId"));
        assertEquals("SENT", linked.getString("state"));
        org.hamcrest.MatcherAssert.assertThat(linked.getString("linkedAt"), notNullValue());
        Thread.sleep(1000);         // a re-match, had one been requested, runs within the 500 ms poll
        Map<String, Object> after = TestUsers.VIEWER.given().get("/api/invoices/" + id).then().extract().path("$");
        for (String field : List.of("status", "expectedTotal", "actualTotal", "matchRuns", "exceptions", "lines")) {
            assertEquals(before.get(field), after.get(field), field);
        }

        // the buyer voids our receipt on the platform: the pull takes it back (history kept)
        FakeReceivingTransactions.voidIt(platformId);
        TestUsers.ADMIN.given().post("/api/receiving-pull/run").then().statusCode(200);
        TestUsers.VIEWER.given().get("/api/receipts?poNumber=PO-RP-2").then()
                .body("receiptId", contains("GR-RP-2", "buyer-rt:" + platformId + ":void"))
                .body("quantity", contains(4.0f, -4.0f));
        assertEquals("EXCEPTION", status(id, "EXCEPTION"));
    }

    @Test
    void aPostWhoseAnswerWasLostIsFoundOnThePlatformNotPostedAgain() {
        FakeBuyerPlatform.order("PO-RP-3", "USD", List.of(FakeBuyerPlatform.line(1, "10", "1.00", "EA")));
        long lineId = FakeBuyerPlatform.lineId("PO-RP-3", 1);
        receipt("GR-RP-3", "PO-RP-3", 1, "3", "");
        FakeReceivingTransactions.POST_FAULTS.add("LOST");
        run();
        JsonPath sent = posting("GR-RP-3");
        assertEquals("SENT", sent.getString("state"));
        assertEquals("found on the platform after an attempt whose answer was lost", sent.getString("lastError"));
        assertEquals(1, posts(lineId));
        assertEquals(1, FakeReceivingTransactions.onLine(lineId).size());
        assertEquals(sent.getLong("platformId"), ((Number) FakeReceivingTransactions.onLine(lineId).get(0).get("id")).longValue());
    }

    @Test
    void platform5xxAnd429ThenRecoveryGiveOneReceivingTransaction() {
        FakeBuyerPlatform.order("PO-RP-4", "USD", List.of(FakeBuyerPlatform.line(1, "10", "1.00", "EA")));
        long lineId = FakeBuyerPlatform.lineId("PO-RP-4", 1);
        receipt("GR-RP-4", "PO-RP-4", 1, "5", "");
        // one run = the call and its 2 retries: all three refused for now
        FakeReceivingTransactions.POST_FAULTS.addAll(List.of("503", "429", "500", "LOST"));
        run();
        JsonPath waiting = posting("GR-RP-4");
        assertEquals("PENDING", waiting.getString("state"));
        org.hamcrest.MatcherAssert.assertThat(waiting.getString("lastError"), containsString("HTTP 500"));
        assertEquals(0, FakeReceivingTransactions.onLine(lineId).size());
        // the next run: created, but the answer is lost again; its retry finds it
        run();
        JsonPath sent = posting("GR-RP-4");
        assertEquals("SENT", sent.getString("state"));
        assertEquals(2, sent.getInt("attempts"));
        assertEquals(4, posts(lineId));
        assertEquals(1, FakeReceivingTransactions.onLine(lineId).size());
        run();
        assertEquals(4, posts(lineId));
    }

    @Test
    void twoWorkersAtOnceSendEachReceiptOnce() throws Exception {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            lines.add(FakeBuyerPlatform.line(n, "100", "1.00", "EA"));
        }
        FakeBuyerPlatform.order("PO-RP-5", "USD", lines);
        for (int n = 1; n <= 5; n++) {
            receipt("GR-RP-5-" + n + "a", "PO-RP-5", n, "1", "");
            receipt("GR-RP-5-" + n + "b", "PO-RP-5", n, "2", "");
        }
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ReceiptPostings.Run>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    barrier.await();
                    return postings.postDue(100);
                }));
            }
            for (Future<ReceiptPostings.Run> r : runs) {
                r.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (int n = 1; n <= 5; n++) {
            long lineId = FakeBuyerPlatform.lineId("PO-RP-5", n);
            assertEquals(2, posts(lineId), "line " + n);
            assertEquals(2, FakeReceivingTransactions.onLine(lineId).size(), "line " + n);
        }
        TestUsers.VIEWER.given().queryParam("poNumber", "PO-RP-5").queryParam("state", "SENT")
                .get("/api/receipt-postings").then().body("size()", equalTo(10));
    }

    @Test
    void aPostingThatCannotBeMadeFailsWithItsReasonAndAnAdminRetriesIt() {
        // a PO stored by the supplier, not on the platform yet: no order-line id to post against
        TestUsers.ADMIN.given().contentType(ContentType.JSON).body("""
                {"poNumber":"PO-RP-6","buyer":"buyer","supplier":"SUP-1","currency":"USD","orderDate":"2026-11-01",
                 "lines":[{"lineNumber":1,"quantity":10,"unitPrice":1.00,"uom":"EA"}]}""")
                .put("/api/purchase-orders/PO-RP-6").then().statusCode(200);
        receipt("GR-RP-6", "PO-RP-6", 1, "2", "");
        run();
        JsonPath failed = posting("GR-RP-6");
        assertEquals("FAILED", failed.getString("state"));
        assertEquals("PO PO-RP-6 line 1 is not on the buyer platform (no order-line id to post against)",
                failed.getString("lastError"));
        TestUsers.VIEWER.given().post("/api/receipt-postings/" + failed.getLong("id") + "/retry").then().statusCode(403);

        FakeBuyerPlatform.order("PO-RP-6", "USD", List.of(FakeBuyerPlatform.line(1, "10", "1.00", "EA")));
        TestUsers.ADMIN.given().post("/api/receipt-postings/" + failed.getLong("id") + "/retry").then().statusCode(200)
                .body("state", equalTo("PENDING"));
        run();
        assertEquals("SENT", posting("GR-RP-6").getString("state"));
        // the mapping is recorded with the stored PO line
        assertEquals(FakeBuyerPlatform.lineId("PO-RP-6", 1), posting("GR-RP-6").getLong("orderLineId"));

        // refused by the platform (4xx): failed at once with the platform's words, not retried
        receipt("GR-RP-6b", "PO-RP-6", 1, "1", "");
        FakeReceivingTransactions.POST_FAULTS.add("422");
        run();
        JsonPath refused = posting("GR-RP-6b");
        assertEquals("FAILED", refused.getString("state"));
        org.hamcrest.MatcherAssert.assertThat(refused.getString("lastError"), containsString("HTTP 422"));
    }

    @Test
    void notPostedForABuyerWithPostingOffNorForReturnsNorForTheirOwnTransactions() {
        FakeBuyerPlatform.order("PO-RP-7", "USD", List.of(FakeBuyerPlatform.line(1, "10", "1.00", "EA")));
        receipt("GR-RP-7-acme", "PO-RP-7", 1, "2", ",\"buyer\":\"acme\"");
        receipt("GR-RP-7-return", "PO-RP-7", 1, "-1", "");
        FakeReceivingTransactions.add(7001, "InventoryReceipt", "created", "2", "PO-RP-7", 1);
        TestUsers.ADMIN.given().post("/api/receiving-pull/run").then().statusCode(200);
        TestUsers.VIEWER.given().queryParam("poNumber", "PO-RP-7").get("/api/receipt-postings").then()
                .statusCode(200).body("$", empty());
    }

    @Test
    void rolesOnThePostingApi() {
        TestUsers.anonymous().get("/api/receipt-postings").then().statusCode(401);
        TestUsers.anonymous().post("/api/receipt-postings/run").then().statusCode(401);
        TestUsers.VIEWER.given().post("/api/receipt-postings/run").then().statusCode(403);
        TestUsers.REVIEWER.given().post("/api/receipt-postings/1/retry").then().statusCode(403);
        TestUsers.VIEWER.given().get("/api/receipt-postings/987654321").then().statusCode(404)
                .contentType("application/problem+json").body("detail", notNullValue());
        TestUsers.VIEWER.given().get("/api/receipt-postings?state=NONE").then().statusCode(200).body("$", empty());
    }
}
