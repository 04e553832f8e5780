package io.procurewire.invoice.rematch;

import io.agroal.api.AgroalDataSource;
import io.procurewire.invoice.fakebuyer.FakeBuyerPlatform;
import io.procurewire.testsupport.security.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two corrections of one invoice and a re-match of it, started together (CyclicBarrier), several rounds: every
 * correction is kept (one archived revision per correction, numbered without gaps, exactly one current document, the
 * last one to commit), and no re-match writes back a document a correction replaced (the current document's line
 * result is its own quantity).
 */
@QuarkusTest
class CorrectionRaceTest {

    private static final int ROUNDS = 4;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    RematchQueue queue;

    private static String json(String quantity) {
        return """
                {"supplier":"SUP-1","buyer":"buyer","invoiceNumber":"INV-RACE-COR","invoiceDate":"2026-11-20",
                 "currency":"USD","purpose":"STANDARD","lines":[{"lineNumber":1,"poNumber":"PO-RACE-COR",
                 "poLineNumber":1,"quantity":%s,"unitPrice":10.00,"uom":"EA"}]}""".formatted(quantity);
    }

    @Test
    void concurrentCorrectionsAndAReMatchLoseNoUpdateAndLeaveOneCurrentRevision() throws Exception {
        FakeBuyerPlatform.order("PO-RACE-COR", "USD", List.of(FakeBuyerPlatform.line(1, "100", "10.00", "EA")));
        TestUsers.ADMIN.given().contentType(ContentType.JSON)
                .body("{\"receiptId\":\"GR-RACE-COR\",\"poNumber\":\"PO-RACE-COR\",\"poLineNumber\":1,\"quantity\":100}")
                .post("/api/receipts").then().statusCode(201);
        long id = TestUsers.ADMIN.given().contentType(ContentType.JSON).body(json("1")).post("/api/invoices")
                .then().statusCode(201).body("status", equalTo("MATCHED")).extract().jsonPath().getLong("id");

        ExecutorService threads = Executors.newFixedThreadPool(3);
        Set<String> sent = new HashSet<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier start = new CyclicBarrier(3);
                List<Future<Integer>> corrections = new ArrayList<>();
                for (int k = 0; k < 2; k++) {
                    String quantity = Integer.toString(10 + round * 2 + k);
                    sent.add(quantity);
                    corrections.add(threads.submit(() -> {
                        start.await(60, TimeUnit.SECONDS);
                        return TestUsers.ADMIN.given().contentType(ContentType.JSON).body(json(quantity))
                                .put("/api/invoices/" + id).statusCode();
                    }));
                }
                Future<?> rematch = threads.submit(() -> {
                    try (Connection c = dataSource.getConnection(); PreparedStatement request = c.prepareStatement(
                            "insert into rematch_request (invoice_id, cause, requested_at) values (?, 'race', now()) "
                                    + "on conflict (invoice_id) do nothing")) {
                        request.setLong(1, id);
                        request.executeUpdate();
                    }
                    start.await(60, TimeUnit.SECONDS);
                    queue.drain();
                    return null;
                });
                for (Future<Integer> correction : corrections) {
                    assertEquals(200, correction.get(120, TimeUnit.SECONDS));
                }
                rematch.get(120, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        queue.drain();

        int expectedRevisions = 1 + 2 * ROUNDS;
        JsonPath invoice = TestUsers.ADMIN.given().get("/api/invoices/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(expectedRevisions, invoice.getInt("revision"), "one revision per correction");
        List<Integer> numbers = TestUsers.ADMIN.given().get("/api/invoices/" + id + "/revisions").then().statusCode(200)
                .extract().jsonPath().getList("revision", Integer.class);
        List<Integer> wanted = new ArrayList<>();
        for (int n = 1; n <= expectedRevisions; n++) {
            wanted.add(n);
        }
        assertEquals(wanted, numbers, "every revision kept, numbered without gaps");
        JsonPath revisions = TestUsers.ADMIN.given().get("/api/invoices/" + id + "/revisions").then()
                .extract().jsonPath();
        Set<String> kept = new HashSet<>();
        for (int i = 1; i < expectedRevisions; i++) {
            kept.add(revisions.getString("[" + i + "].document.lines[0].quantity"));
        }
        assertEquals(sent, kept, "no correction was lost");
        try (Connection c = dataSource.getConnection(); PreparedStatement current = c.prepareStatement(
                "select count(*) from invoice where supplier = 'SUP-1' and normalized_number = 'INVRACECOR'")) {
            try (ResultSet r = current.executeQuery()) {
                r.next();
                assertEquals(1, r.getLong(1), "one current invoice row");
            }
        }
        // the last match ran on the current document, not on one a correction replaced
        String currentQuantity = invoice.getString("document.lines[0].quantity");
        assertEquals(new java.math.BigDecimal(currentQuantity).stripTrailingZeros(),
                new java.math.BigDecimal(invoice.getString("lines[0].consumed")).stripTrailingZeros());
        assertTrue(invoice.getString("status").equals("MATCHED"), invoice.getString("status"));
    }
}
