package io.procurewire.catalog.sync;

import io.procurewire.catalog.Fixtures;
import io.procurewire.catalog.IsolatedDatabaseProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.procurewire.testsupport.security.TestUsers.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Catalog sync against the fake buyer platform, on a database of its own; steps build on each other. */
@QuarkusTest
@TestProfile(SyncResourceTest.SyncProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncResourceTest {

    public static class SyncProfile extends IsolatedDatabaseProfile {
        @Override
        protected String database() {
            return "catalog_sync";
        }

        /** Platforms are configuration read at start, so the test application's port is fixed before it starts. */
        static final int PORT = freePort();

        @Override
        public Map<String, String> getConfigOverrides() {
            String fakeCoupa = "http://localhost:" + PORT + "/fake-coupa";
            return Map.ofEntries(
                    Map.entry("quarkus.http.test-port", Integer.toString(PORT)),
                    Map.entry("procurewire.catalog.platforms.fake.base-url", fakeCoupa),
                    Map.entry("procurewire.catalog.platforms.fake.client-id", FakeCoupa.CLIENT_ID),
                    Map.entry("procurewire.catalog.platforms.fake.client-secret", FakeCoupa.SECRET),
                    Map.entry("procurewire.catalog.platforms.fake.alert-webhook-url", fakeCoupa + "/webhook"),
                    Map.entry("procurewire.catalog.platforms.wrong.base-url", fakeCoupa),
                    Map.entry("procurewire.catalog.platforms.wrong.client-id", FakeCoupa.CLIENT_ID),
                    Map.entry("procurewire.catalog.platforms.wrong.client-secret", "not-the-secret"),
                    Map.entry("procurewire.catalog.platforms.missing.base-url", fakeCoupa),
                    Map.entry("procurewire.catalog.platforms.missing.client-id", FakeCoupa.CLIENT_ID),
                    Map.entry("procurewire.catalog.sync.schedule-enabled", "false"),
                    Map.entry("procurewire.catalog.sync.max-requests-per-second", "0"),
                    Map.entry("procurewire.catalog.sync.max-retry-after", "1s"),
                    Map.entry("io.procurewire.catalog.sync.BuyerPlatformClient/Retry/delay", "10"),
                    Map.entry("io.procurewire.catalog.sync.BuyerPlatformClient/Retry/jitter", "5"),
                    Map.entry("io.procurewire.catalog.sync.BuyerPlatformClient/Timeout/value", "2"));
        }

        private static int freePort() {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Inject
    FakeCoupa coupa;
    @Inject
    SyncScheduler scheduler;

    private static long targetId;
    private static long partialRunId;

    private static SupplierItem remoteItem(String part, String aux, String price, String supplier) {
        return new SupplierItem(null, part, aux, "Old " + part, null, price, new SupplierItem.Code("USD"),
                new SupplierItem.Code("EA"), null, null, null, null, null, true, new SupplierItem.Numbered(supplier), null, null);
    }

    private Map<String, Object> target(String buyer, String contract, String supplier, String platform) {
        Map<String, Object> t = new HashMap<>();
        t.put("buyerCode", buyer);
        t.put("contractCode", contract);
        t.put("platform", platform);
        t.put("supplierNumber", supplier);
        return t;
    }

    private static JsonPath runToEnd(io.restassured.response.Response started) {
        started.then().statusCode(202);
        long runId = started.jsonPath().getLong("id");
        for (int i = 0; i < 300; i++) {
            JsonPath run = asAdmin().get("/api/sync-runs/" + runId).then().statusCode(200).extract().jsonPath();
            if (!"RUNNING".equals(run.getString("status"))) {
                return run;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("run " + runId + " did not finish in 30 s");
    }

    private JsonPath syncNow() {
        return runToEnd(asAdmin().header("X-Requested-By", "test").post("/api/sync-targets/" + targetId + "/runs"));
    }

    @Test
    @Order(1)
    void firstSyncPushesTheBuyersViewAndRemovesWhatTheBuyerNoLongerGets() {
        coupa.reset();
        for (String part : List.of("SY-1", "SY-2", "SY-3", "SY-4")) {
            Fixtures.createProduct(Fixtures.product(part, "Item " + part, "10.00", "USD"));
        }
        Fixtures.createProduct(Fixtures.product("SY-EUR", "Euro item", "10.00", "EUR"));
        Fixtures.createContract("SY-C1", "sy-acme", "USD", "2026-01-01", null, null, "ALL");
        Fixtures.putLine("SY-C1", "SY-1", Map.of("fixedPrice", "9.99"));
        coupa.seed(remoteItem("SY-2", "contract:SY-C1", "12.00", "SUP-1"));
        coupa.seed(remoteItem("SY-OLD", null, "5.00", "SUP-1"));
        SupplierItem otherSupplier = coupa.seed(remoteItem("SY-OLD", null, "5.00", "SUP-9"));

        targetId = asAdmin().contentType(ContentType.JSON).body(target("sy-acme", "SY-C1", "SUP-1", "fake"))
                .post("/api/sync-targets").then().statusCode(201)
                .body("secretConfigured", equalTo(true)).body("scope", equalTo("core.catalog.read core.catalog.write"))
                .body("$", not(hasKey("clientSecret")))
                .extract().jsonPath().getLong("id");

        JsonPath run = syncNow();
        assertEquals("SUCCEEDED", run.getString("status"));
        assertEquals("MANUAL", run.getString("trigger"));
        assertEquals(List.of(4, 2, 3, 1, 1, 0, 0), List.of(run.getInt("desiredItems"), run.getInt("remoteItems"),
                run.getInt("added"), run.getInt("changed"), run.getInt("removed"), run.getInt("unchanged"), run.getInt("failed")));
        assertEquals(List.of("ADD SY-1", "CHANGE SY-2", "ADD SY-3", "ADD SY-4", "REMOVE SY-OLD"),
                run.getList("items", Map.class).stream().map(i -> i.get("action") + " " + i.get("supplierPartId")).toList());

        SupplierItem pushed = coupa.find("SUP-1", "SY-1");
        assertEquals("9.99", pushed.price());
        assertEquals("contract:SY-C1", pushed.supplierAuxPartNum());
        assertEquals("SY-C1", pushed.contract().number());
        assertEquals("43211503", pushed.commodity().name());
        assertEquals("EA", pushed.uom().code());
        assertEquals("10.00", coupa.find("SUP-1", "SY-2").price());
        assertEquals(false, coupa.find("SUP-1", "SY-OLD").active());
        assertEquals(otherSupplier, coupa.items.get(otherSupplier.id()), "another supplier's items are never touched");
        assertNull(coupa.find("SUP-1", "SY-EUR"), "an item without a price in the contract currency is not offered");
    }

    @Test
    @Order(2)
    void aSecondSyncWithoutChangesPushesNothing() {
        coupa.writes.clear();
        JsonPath run = syncNow();
        assertEquals("SUCCEEDED", run.getString("status"));
        assertEquals(4, run.getInt("unchanged"));
        assertEquals(List.of(), coupa.writes);
    }

    @Test
    @Order(3)
    void aRejectedItemFailsAloneWhileRateLimitsAndOutagesAreRiddenOut() {
        Fixtures.createProduct(Fixtures.product("SY-5", "Item SY-5", "1.00", "USD"));
        asAdmin().contentType(ContentType.JSON).body(Fixtures.product("SY-3", "Item SY-3", "11.00", "USD")).put("/api/products/SY-3")
                .then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).body(Fixtures.product("SY-4", "Item SY-4", "11.00", "USD")).put("/api/products/SY-4")
                .then().statusCode(200);
        asAdmin().delete("/api/products/SY-5").then().statusCode(200); // SY-5 stays out of this run
        coupa.writes.clear();
        coupa.rejectParts.put("SY-3", 422);
        coupa.unavailableWritesNext.set(2);
        coupa.rateLimitNext.set(1);

        JsonPath run = syncNow();
        partialRunId = run.getLong("id");
        assertEquals("PARTIAL", run.getString("status"));
        assertEquals(List.of(1, 1, 2), List.of(run.getInt("changed"), run.getInt("failed"), run.getInt("unchanged")));
        Map<String, Object> failed = run.getMap("items.find { it.outcome == 'FAILED' }");
        assertEquals("SY-3", failed.get("supplierPartId"));
        assertEquals(422, failed.get("httpStatus"));
        assertTrue(((String) failed.get("message")).contains("is rejected by the test for SY-3"), failed.toString());
        assertEquals(1, coupa.rateLimitsSent.get(), "the 429 was answered and waited out");
        assertEquals(List.of("PUT SY-4"), coupa.writes, "503s were retried; SY-4 went through once");
        assertEquals("11.00", coupa.find("SUP-1", "SY-4").price());

        asAdmin().queryParam("targetId", targetId).get("/api/sync-alerts").then().statusCode(200)
                .body("runId", contains((int) partialRunId))
                .body("[0].failedItems", equalTo(1))
                .body("[0].webhookStatus", equalTo("DELIVERED"));
        assertEquals(1, coupa.webhooks.size());
        assertEquals("PARTIAL", coupa.webhooks.getFirst().get("status"));
        assertEquals(1, coupa.webhooks.getFirst().get("failedItems"));
    }

    @Test
    @Order(4)
    void retryPushesOnlyTheFailedItems() {
        coupa.rejectParts.clear();
        coupa.writes.clear();
        asAdmin().contentType(ContentType.JSON).body(Fixtures.product("SY-5", "Item SY-5", "1.00", "USD"))
                .put("/api/products/SY-5").then().statusCode(200); // active again, but not a failed item
        JsonPath run = runToEnd(asAdmin().header("X-Requested-By", "test").post("/api/sync-runs/" + partialRunId + "/retry"));
        assertEquals("SUCCEEDED", run.getString("status"));
        assertEquals("RETRY", run.getString("trigger"));
        assertEquals(partialRunId, run.getLong("retryOfRunId"));
        assertEquals(List.of("PUT SY-3"), coupa.writes);
        assertEquals("11.00", coupa.find("SUP-1", "SY-3").price());
        assertNull(coupa.find("SUP-1", "SY-5"), "the retry did not push items that had not failed");
        asAdmin().header("X-Requested-By", "test").post("/api/sync-runs/" + run.getLong("id") + "/retry").then().statusCode(409);
    }

    @Test
    @Order(5)
    void aPlatformThatIsDownFailsTheRunAndAlerts() {
        coupa.down = true;
        try {
            JsonPath run = syncNow();
            assertEquals("FAILED", run.getString("status"));
            assertTrue(run.getString("error").startsWith("the buyer platform failed: HTTP 503"), run.getString("error"));
        } finally {
            coupa.down = false;
        }
        asAdmin().queryParam("targetId", targetId).get("/api/sync-alerts").then()
                .body("[0].message", org.hamcrest.Matchers.containsString("failed: the buyer platform failed: HTTP 503"));
    }

    @Test
    @Order(6)
    void oneRunAtATimePerTarget() {
        coupa.listLatencyMillis = 700;
        try {
            io.restassured.response.Response first = asAdmin().header("X-Requested-By", "test").post("/api/sync-targets/" + targetId + "/runs");
            asAdmin().header("X-Requested-By", "test").post("/api/sync-targets/" + targetId + "/runs").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("sync target " + targetId + " is being synced right now"));
            assertEquals("SUCCEEDED", runToEnd(first).getString("status"));
        } finally {
            coupa.listLatencyMillis = 0;
        }
    }

    @Test
    @Order(7)
    void theSchedulerSyncsDueTargetsOnly() {
        long second = asAdmin().contentType(ContentType.JSON).body(target("sy-other", null, "SUP-2", "fake"))
                .post("/api/sync-targets").then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(1, scheduler.runDueTargets(), "the new target is due, the one just synced is not");
        asAdmin().get("/api/sync-targets/" + second + "/runs").then().statusCode(200)
                .body("trigger", contains("SCHEDULED")).body("status", contains("SUCCEEDED"))
                .body("[0].added", equalTo(6));
        // without a contract: list prices in each product's currency, the euro item included
        assertEquals("EUR", coupa.find("SUP-2", "SY-EUR").currency().code());
        assertEquals(0, scheduler.runDueTargets());
    }

    @Test
    @Order(8)
    void wrongCredentialsFailTheRunWithTheReason() {
        long wrong = asAdmin().contentType(ContentType.JSON).body(target("sy-acme", "SY-C1", "SUP-3", "wrong"))
                .post("/api/sync-targets").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath run = runToEnd(asAdmin().header("X-Requested-By", "test").post("/api/sync-targets/" + wrong + "/runs"));
        assertEquals("FAILED", run.getString("status"));
        assertTrue(run.getString("error").contains("HTTP 401"), run.getString("error"));
        long unset = asAdmin().contentType(ContentType.JSON).body(target("sy-acme", "SY-C1", "SUP-4", "missing"))
                .post("/api/sync-targets").then().statusCode(201).body("secretConfigured", equalTo(false))
                .extract().jsonPath().getLong("id");
        assertEquals("no client secret configured: set procurewire.catalog.platforms.missing.client-secret",
                runToEnd(asAdmin().header("X-Requested-By", "test").post("/api/sync-targets/" + unset + "/runs")).getString("error"));
    }

    @Test
    @Order(9)
    void rejectsInvalidTargetsAndUnknownIds() {
        Map<String, Object> bad = target("", null, "", "Bad Ref");
        asAdmin().contentType(ContentType.JSON).body(bad).post("/api/sync-targets").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("buyerCode", "platform", "supplierNumber"))
                .body("errors.find { it.field == 'platform' }.message", equalTo("'Bad Ref' is not a configured buyer "
                        + "platform (configured: fake, missing, wrong); platforms are set in "
                        + "procurewire.catalog.platforms.<name>.*"));
        asAdmin().contentType(ContentType.JSON).body(target("sy-acme", "SY-C1", "SUP-1", "fake"))
                .post("/api/sync-targets").then().statusCode(409);
        asAdmin().get("/api/sync-targets/999999").then().statusCode(404);
        asAdmin().header("X-Requested-By", "test").post("/api/sync-targets/999999/runs").then().statusCode(404);
        asAdmin().get("/api/sync-runs/999999").then().statusCode(404);
    }

    @Test
    @Order(10)
    void aRequestNeverChoosesWhereASecretOrAnAlertGoes() {
        int before = asAdmin().get("/api/sync-targets").then().statusCode(200).extract().jsonPath().getList("$").size();
        Map<String, Object> hostile = target("sy-acme", null, "SUP-EVIL", "fake");
        hostile.put("baseUrl", "http://127.0.0.1:9/steal");
        hostile.put("clientId", "x");
        hostile.put("secretRef", "fake");
        hostile.put("alertWebhookUrl", "http://127.0.0.1:9/hook");
        asAdmin().contentType(ContentType.JSON).body(hostile).post("/api/sync-targets").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("alertWebhookUrl", "baseUrl", "clientId", "secretRef"))
                .body("errors.find { it.field == 'baseUrl' }.message", equalTo("is configuration, not part of a sync "
                        + "target: set procurewire.catalog.platforms.<platform>.base-url"));
        asAdmin().contentType(ContentType.JSON).body(hostile).put("/api/sync-targets/" + targetId).then().statusCode(400);
        asAdmin().get("/api/sync-targets").then().statusCode(200).body("$", hasSize(before));
        // the stored target shows where its platform is, from configuration
        asAdmin().get("/api/sync-targets/" + targetId).then().statusCode(200)
                .body("platform", equalTo("fake"))
                .body("platformConfigured", equalTo(true))
                .body("baseUrl", equalTo("http://localhost:" + SyncProfile.PORT + "/fake-coupa"))
                .body("alertWebhookUrl", equalTo("http://localhost:" + SyncProfile.PORT + "/fake-coupa/webhook"))
                .body("secretConfigured", equalTo(true))
                .body("$", not(hasKey("clientSecret")));
    }
}
