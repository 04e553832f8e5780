package io.procurewire.invoice.rematch;

import io.agroal.api.AgroalDataSource;
import io.procurewire.invoice.fakebuyer.FakeBuyerPlatform;
import io.procurewire.testsupport.security.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cause (a receipt, a PO change) that commits while its invoice's earlier request is being matched must lead to one
 * more match: the running match read the data before that cause committed. The test holds the request row as a
 * running match does, lets a new request arrive (it must wait for that row, not be absorbed by it), then ends the
 * "match"; the late cause must show up as a match of its own in the invoice's audit trail.
 */
@QuarkusTest
class RematchRaceTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    RematchQueue queue;

    @Test
    void aRequestArrivingWhileItsInvoiceIsBeingMatchedIsNotAbsorbedByThatRun() throws Exception {
        FakeBuyerPlatform.order("PO-RACE-1", "USD", List.of(FakeBuyerPlatform.line(1, "10", "10.00", "EA")));
        long id = TestUsers.ADMIN.given().contentType(ContentType.JSON).body("""
                {"supplier":"SUP-1","buyer":"buyer","invoiceNumber":"INV-RACE-1","invoiceDate":"2026-11-20",
                 "currency":"USD","purpose":"STANDARD","lines":[{"lineNumber":1,"poNumber":"PO-RACE-1",
                 "poLineNumber":1,"quantity":10,"unitPrice":10.00,"uom":"EA"}]}""").post("/api/invoices")
                .then().statusCode(201).body("status", equalTo("EXCEPTION")).extract().jsonPath().getLong("id");

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> runningMatch = threads.submit(() -> {
                try (Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(true);
                    try (PreparedStatement insert = c.prepareStatement("insert into rematch_request "
                            + "(invoice_id, cause, requested_at) values (?, 'being matched', now())")) {
                        insert.setLong(1, id);
                        insert.executeUpdate();
                    }
                    c.setAutoCommit(false);
                    try (PreparedStatement claim = c.prepareStatement(
                            "select invoice_id from rematch_request where invoice_id = ? for update")) {
                        claim.setLong(1, id);
                        claim.executeQuery().close();
                    }
                    held.countDown();
                    assertTrue(release.await(60, TimeUnit.SECONDS));
                    try (PreparedStatement done = c.prepareStatement("delete from rematch_request where invoice_id = ?")) {
                        done.setLong(1, id);
                        done.executeUpdate();
                    }
                    c.commit();
                }
                return null;
            });
            assertTrue(held.await(60, TimeUnit.SECONDS));
            Future<?> lateCause = threads.submit(() ->
                    QuarkusTransaction.requiringNew().run(() -> queue.request(id, "late receipt during a match")));

            assertTrue(waitUntilARequestWaitsForTheRunningMatch(), "the late request waits for the running match's row");
            release.countDown();
            runningMatch.get(60, TimeUnit.SECONDS);
            lateCause.get(60, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }

        boolean rematched = false;
        for (int i = 0; i < 300 && !rematched; i++) {
            List<String> reasons = TestUsers.ADMIN.given().get("/api/invoices/" + id + "/audit").then().statusCode(200)
                    .extract().jsonPath().getList("reason");
            rematched = reasons.contains("late receipt during a match");
            if (!rematched) {
                Thread.sleep(100);
            }
        }
        assertTrue(rematched, "the late cause ran a match of its own");
    }

    private boolean waitUntilARequestWaitsForTheRunningMatch() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement waiting = c.prepareStatement(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%rematch_request%'")) {
            for (int i = 0; i < 600; i++) {
                try (ResultSet r = waiting.executeQuery()) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        return true;
                    }
                }
                Thread.sleep(100);
            }
        }
        return false;
    }
}
