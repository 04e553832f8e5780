package io.procurewire.invoice.receipt;

import io.procurewire.invoice.fakebuyer.FakeBuyerPlatform;
import io.procurewire.invoice.fakebuyer.FakeReceivingTransactions;
import io.procurewire.testsupport.security.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Receipts pulled from the buyer platform's receiving transactions (the fake platform in src/test): idempotent,
 * keyset paging across pages, late-committed transactions caught by the overlap, voids, returns, failures that keep
 * the watermark, the re-match each new receipt triggers, and the admin role on the run.
 */
@QuarkusTest
class ReceivingPullTest {

    @AfterEach
    void heal() {
        FakeReceivingTransactions.FAILING.set(false);
    }

    private static io.restassured.response.Response pull() {
        return TestUsers.ADMIN.given().post("/api/receiving-pull/run");
    }

    private static String status(long id) {
        return TestUsers.ADMIN.given().get("/api/invoices/" + id).then().extract().path("status");
    }

    private static String waitFor(long id, String wanted) throws InterruptedException {
        String status = null;
        for (int i = 0; i < 100 && !wanted.equals(status = status(id)); i++) {
            Thread.sleep(100);
        }
        return status;
    }

    @Test
    void pulledReceiptsAreRecordedOnceAndReMatchTheInvoice() throws Exception {
        FakeBuyerPlatform.order("PO-RT-1", "USD", List.of(FakeBuyerPlatform.line(1, "10", "10.00", "EA")));
        long id = TestUsers.ADMIN.given().contentType(ContentType.JSON).body("""
                {"supplier":"SUP-1","buyer":"buyer","invoiceNumber":"INV-RT-1","invoiceDate":"2026-11-20","currency":"USD",
                 "purpose":"STANDARD","lines":[{"lineNumber":1,"poNumber":"PO-RT-1","poLineNumber":1,"quantity":10,
                 "unitPrice":10.00,"uom":"EA"}]}""").post("/api/invoices").then().statusCode(201)
                .body("status", equalTo("EXCEPTION")).extract().jsonPath().getLong("id");

        FakeReceivingTransactions.add(1001, "InventoryReceipt", "created", "4", "PO-RT-1", 1);
        FakeReceivingTransactions.add(1002, "ReceivingQuantityConsumption", "created", "3", "PO-RT-1", 1);
        FakeReceivingTransactions.add(1003, "InventoryReceipt", "created", "6", "PO-RT-1", 1);
        pull().then().statusCode(200).body("trigger", equalTo("api")).body("error", equalTo(null));
        assertEquals("MATCHED", waitFor(id, "MATCHED"));
        TestUsers.VIEWER.given().get("/api/receipts?poNumber=PO-RT-1").then().statusCode(200)
                .body("receiptId", contains("buyer-rt:1001", "buyer-rt:1003"))
                .body("source", contains("buyer-platform", "buyer-platform"));

        // the overlap reads them again: still one receipt each
        pull().then().statusCode(200).body("recorded", equalTo(0));
        TestUsers.VIEWER.given().get("/api/receipts?poNumber=PO-RT-1").then().body("receiptId.size()", equalTo(2));

        // a void later cancels its receipt (history kept): the invoice is short again
        FakeReceivingTransactions.voidIt(1003);
        pull().then().statusCode(200).body("recorded", equalTo(1));
        TestUsers.VIEWER.given().get("/api/receipts?poNumber=PO-RT-1").then()
                .body("receiptId", contains("buyer-rt:1001", "buyer-rt:1003", "buyer-rt:1003:void"));
        assertEquals("EXCEPTION", waitFor(id, "EXCEPTION"));
    }

    @Test
    void manyPagesAndALateTransactionWithALowerIdAreAllRead() {
        FakeBuyerPlatform.order("PO-RT-2", "USD", List.of(FakeBuyerPlatform.line(1, "1000", "1.00", "EA")));
        for (long i = 2001; i <= 2120; i++) {
            if (i != 2050) {
                FakeReceivingTransactions.add(i, "InventoryReceipt", "created", "1", "PO-RT-2", 1);
            }
        }
        pull().then().statusCode(200);
        // committed late on the platform: an id below what the last run saw
        FakeReceivingTransactions.add(2050, "InventoryReceipt", "created", "1", "PO-RT-2", 1);
        FakeReceivingTransactions.add(2121, "ReceivingReturnToSupplier", "created", "5", "PO-RT-2", 1);
        pull().then().statusCode(200);
        List<Float> quantities = TestUsers.VIEWER.given().get("/api/receipts?poNumber=PO-RT-2").then().statusCode(200)
                .extract().path("quantity");
        assertEquals(121, quantities.size());
        assertEquals(115.0, quantities.stream().mapToDouble(Float::doubleValue).sum(), 1e-9);
    }

    @Test
    void aPlatformFailureKeepsTheWatermarkAndTheNextRunContinues() {
        pull().then().statusCode(200);
        Object before = TestUsers.VIEWER.given().get("/api/receiving-pull").then().extract().path("watermark");
        FakeReceivingTransactions.add(3001, "InventoryReceipt", "created", "2", "PO-RT-3", 1);
        FakeReceivingTransactions.FAILING.set(true);
        pull().then().statusCode(502).contentType("application/problem+json");
        TestUsers.VIEWER.given().get("/api/receiving-pull").then().statusCode(200)
                .body("watermark", equalTo(before)).body("lastError", notNullValue()).body("running", equalTo(false));
        FakeReceivingTransactions.FAILING.set(false);
        pull().then().statusCode(200);
        TestUsers.VIEWER.given().get("/api/receipts?poNumber=PO-RT-3").then().body("receiptId", contains("buyer-rt:3001"));
        TestUsers.VIEWER.given().get("/api/receiving-pull").then().body("lastError", equalTo(null));
    }

    @Test
    void twoRunsAtOnceRecordEachTransactionOnce() throws Exception {
        FakeBuyerPlatform.order("PO-RT-4", "USD", List.of(FakeBuyerPlatform.line(1, "1000", "1.00", "EA")));
        for (long i = 4001; i <= 4060; i++) {
            FakeReceivingTransactions.add(i, "InventoryReceipt", "created", "1", "PO-RT-4", 1);
        }
        java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    barrier.await();
                    return pull().statusCode();
                }));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var run : runs) {
                statuses.add(run.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            org.junit.jupiter.api.Assertions.assertTrue(statuses.contains(200), "one run at least: " + statuses);
            org.junit.jupiter.api.Assertions.assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409),
                    "a run that finds the lease taken answers 409: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        pull().then().statusCode(200);
        TestUsers.VIEWER.given().get("/api/receipts?poNumber=PO-RT-4").then().body("receiptId.size()", equalTo(60));
    }

    @Test
    void onlyAnAdminRunsThePull() {
        TestUsers.anonymous().post("/api/receiving-pull/run").then().statusCode(401);
        TestUsers.VIEWER.given().post("/api/receiving-pull/run").then().statusCode(403);
        TestUsers.REVIEWER.given().post("/api/receiving-pull/run").then().statusCode(403);
        TestUsers.anonymous().get("/api/receiving-pull").then().statusCode(401);
    }
}
