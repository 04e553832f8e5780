package io.procurewire.catalog.sync;

import io.procurewire.catalog.Fixtures;
import io.procurewire.catalog.IsolatedDatabaseProfile;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.procurewire.testsupport.security.TestUsers.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What keeps a sync safe across replicas and failures: the lease is renewed while a run lasts longer than the lease,
 * a run that lost its lease stops, a crashed run is marked FAILED and does not block the next, a create whose
 * answer was lost is not duplicated, and a broken platform opens only its own circuit breaker.
 */
@QuarkusTest
@TestProfile(SyncReplicaSafetyTest.ShortLeaseProfile.class)
class SyncReplicaSafetyTest {

    public static class ShortLeaseProfile extends IsolatedDatabaseProfile {
        @Override
        protected String database() {
            return "catalog_sync_safety";
        }

        /** Platforms are configuration read at start, so the test application's port is fixed before it starts. */
        static final int PORT = freePort();

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.http.test-port", Integer.toString(PORT));
            // one platform, and two more that differ only by host: two base URLs are two circuit breakers
            platform(config, "fake", "localhost");
            platform(config, "fake-a", "127.0.0.1");
            platform(config, "fake-b", "localhost");
            config.put("procurewire.catalog.sync.schedule-enabled", "false");
            config.put("procurewire.catalog.sync.tick", "1h"); // the tests sweep abandoned runs themselves
            config.put("procurewire.catalog.sync.lease", "2s");
            config.put("procurewire.catalog.sync.max-requests-per-second", "0");
            config.put("procurewire.catalog.sync.circuit-breaker.request-volume-threshold", "4");
            config.put("procurewire.catalog.sync.circuit-breaker.failure-ratio", "0.5");
            config.put("procurewire.catalog.sync.circuit-breaker.delay", "60s");
            config.put("io.procurewire.catalog.sync.BuyerPlatformClient/Retry/delay", "10");
            config.put("io.procurewire.catalog.sync.BuyerPlatformClient/Retry/jitter", "5");
            return config;
        }

        private static void platform(Map<String, String> config, String name, String host) {
            config.put("procurewire.catalog.platforms." + name + ".base-url", "http://" + host + ":" + PORT + "/fake-coupa");
            config.put("procurewire.catalog.platforms." + name + ".client-id", FakeCoupa.CLIENT_ID);
            config.put("procurewire.catalog.platforms." + name + ".client-secret", FakeCoupa.SECRET);
        }

        private static int freePort() {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** An operator's script: the admin user, and the header catalog-service wants on body-less POSTs. */
    private static io.restassured.specification.RequestSpecification given() {
        return asAdmin().header("X-Requested-By", "test");
    }

    @Inject
    FakeCoupa coupa;
    @Inject
    SyncRunner runner;
    @Inject
    SyncLease lease;


    @BeforeEach
    void cleanPlatform() {
        coupa.reset();
    }

    /** A target whose buyer sees only the given parts (a CONTRACT_LINES contract), whatever other tests created. */
    private long target(String buyer, String supplier, String platform, String... parts) {
        String contract = "C-" + buyer;
        Fixtures.createContract(contract, buyer, "USD", "2026-01-01", null, null, "CONTRACT_LINES");
        for (String part : parts) {
            Fixtures.createProduct(Fixtures.product(part, "Item " + part, "3.00", "USD"));
            Fixtures.putLine(contract, part, Map.of("fixedPrice", "2.50"));
        }
        Map<String, Object> t = new HashMap<>();
        t.put("buyerCode", buyer);
        t.put("contractCode", contract);
        t.put("platform", platform);
        t.put("supplierNumber", supplier);
        t.put("scheduleEnabled", false);
        return given().contentType(ContentType.JSON).body(t).post("/api/sync-targets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static JsonPath run(long runId) {
        return given().get("/api/sync-runs/" + runId).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitEnd(long runId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonPath run = run(runId);
            if (!"RUNNING".equals(run.getString("status"))) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + runId + " did not finish in 60 s");
    }

    private static void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = Panache.getEntityManager().createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    @Test
    void aRunLastingSeveralLeasesKeepsItsLeaseSoNoOtherRunStarts() throws Exception {
        long target = target("ls-long", "SUP-LONG", "fake", "LS-1", "LS-2", "LS-3", "LS-4", "LS-5");
        coupa.writeLatencyMillis = 1_000; // five creates: about 5 s, two and a half leases of 2 s
        long runId = given().post("/api/sync-targets/" + target + "/runs").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        List<Integer> others = new ArrayList<>();
        List<Long> startedLater = new ArrayList<>();
        while ("RUNNING".equals(run(runId).getString("status"))) {
            // what another replica's scheduler or a second admin would try meanwhile
            var attempt = given().post("/api/sync-targets/" + target + "/runs").then().extract();
            if (attempt.statusCode() == 202) {
                // the run may have finished between the status check and this attempt: then a new run is right
                startedLater.add(attempt.jsonPath().getLong("id"));
            } else {
                others.add(attempt.statusCode());
            }
            Thread.sleep(250);
        }
        JsonPath done = run(runId);
        for (long later : startedLater) {
            JsonPath second = awaitEnd(later);
            assertFalse(java.time.Instant.parse(second.getString("startedAt"))
                    .isBefore(java.time.Instant.parse(done.getString("finishedAt"))),
                    "a second run started while the first held its lease: " + second.prettify());
        }
        assertEquals("SUCCEEDED", done.getString("status"), done.prettify());
        assertEquals(5, done.getInt("added"));
        java.time.Duration lasted = java.time.Duration.between(java.time.Instant.parse(done.getString("startedAt")),
                java.time.Instant.parse(done.getString("finishedAt")));
        assertTrue(lasted.compareTo(java.time.Duration.ofSeconds(4)) > 0, "the run lasted two leases: " + lasted);
        assertTrue(others.size() + startedLater.size() >= 3, "tried again while it ran: " + others.size() + " times");
        assertTrue(others.stream().allMatch(status -> status == 409), "no second run started while it ran: " + others);
        assertEquals(5, coupa.writes.size(), "each item pushed once: " + coupa.writes);
    }

    @Test
    void aRunWhoseLeaseWasTakenOverStopsBeforeItsNextWrite() throws Exception {
        long target = target("lt-taken", "SUP-TAKEN", "fake", "LT-1", "LT-2", "LT-3", "LT-4", "LT-5");
        coupa.writeLatencyMillis = 700;
        long runId = given().post("/api/sync-targets/" + target + "/runs").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        while (coupa.writes.isEmpty()) {
            Thread.sleep(50);
        }
        // another replica took the target over (as after an expiry while this run was stalled)
        sql("UPDATE sync_target SET lease_run_id = -1, lease_owner = 'other-replica' WHERE id = ?1", target);
        JsonPath done = awaitEnd(runId);
        assertEquals("FAILED", done.getString("status"));
        assertEquals("the run lost the lease of target " + target + " (it was not renewed in time and another run may "
                + "have taken over); it stopped", done.getString("error"));
        assertTrue(coupa.writes.size() <= 3, "it stopped within a heartbeat of losing the lease: " + coupa.writes);
        Number holders = (Number) QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM sync_target WHERE id = ?1 AND lease_run_id = -1 "
                        + "AND lease_owner = 'other-replica'").setParameter(1, target).getSingleResult());
        assertEquals(1, holders.intValue(), "the stopped run left the new holder's lease alone");
        sql("UPDATE sync_target SET lease_run_id = NULL, lease_owner = NULL, lease_until = NULL WHERE id = ?1", target);
    }

    @Test
    void aCrashedRunIsMarkedFailedWhenItsLeaseExpiresAndTheNextRunProceeds() throws Exception {
        long target = target("lc-crash", "SUP-CRASH", "fake", "LC-1");
        long crashed = runner.start(target, SyncRun.Trigger.SCHEDULED, null).id; // its replica died before running it
        given().post("/api/sync-targets/" + target + "/runs").then().statusCode(409);
        sql("UPDATE sync_target SET lease_until = now() - interval '1 second' WHERE id = ?1", target);

        long next = given().post("/api/sync-targets/" + target + "/runs").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        assertEquals("SUCCEEDED", awaitEnd(next).getString("status"));
        JsonPath abandoned = run(crashed);
        assertEquals("FAILED", abandoned.getString("status"));
        assertEquals(SyncLease.ABANDONED, abandoned.getString("error"));

        // without a next run, the sweep every replica runs on its scheduler tick does the same
        long crashedAgain = runner.start(target, SyncRun.Trigger.SCHEDULED, null).id;
        assertEquals(0, lease.expireAbandonedRuns(), "a run whose lease is alive is not touched");
        sql("UPDATE sync_target SET lease_until = now() - interval '1 second' WHERE id = ?1", target);
        assertEquals(1, lease.expireAbandonedRuns());
        assertEquals("FAILED", run(crashedAgain).getString("status"));
        assertEquals("SUCCEEDED", awaitEnd(given().post("/api/sync-targets/" + target + "/runs").then().statusCode(202)
                .extract().jsonPath().getLong("id")).getString("status"));
    }

    @Test
    void aCreateWhoseAnswerWasLostIsLookedUpInsteadOfSentAgain() throws Exception {
        long target = target("ld-dup", "SUP-DUP", "fake", "LD-1");
        coupa.storeThenFailCreatesNext.set(1);
        JsonPath done = awaitEnd(given().post("/api/sync-targets/" + target + "/runs").then().statusCode(202)
                .extract().jsonPath().getLong("id"));
        assertEquals("SUCCEEDED", done.getString("status"), done.prettify());
        assertEquals(List.of("POST LD-1"), coupa.writes, "sent once, not repeated after the 503");
        List<SupplierItem> onPlatform = coupa.items.values().stream()
                .filter(i -> i.supplier().number().equals("SUP-DUP")).toList();
        assertEquals(1, onPlatform.size(), "no duplicate supplier item: " + onPlatform);
        assertEquals(onPlatform.getFirst().id().intValue(), done.getInt("items[0].remoteId"));
        assertEquals("OK", done.getString("items[0].outcome"));
    }

    @Test
    void aBrokenPlatformOpensOnlyItsOwnCircuitBreaker() throws Exception {
        long onA = target("lb-buyer-a", "SUP-A", "fake-a", "LB-A");
        long onB = target("lb-buyer-b", "SUP-B", "fake-b", "LB-B");
        coupa.downHosts.add("127.0.0.1");

        String firstError = awaitEnd(given().post("/api/sync-targets/" + onA + "/runs").then().statusCode(202)
                .extract().jsonPath().getLong("id")).getString("error");
        assertTrue(firstError.startsWith("the buyer platform failed: HTTP 503"), firstError);
        assertEquals("the buyer platform is unavailable (circuit breaker open)", awaitEnd(given()
                .post("/api/sync-targets/" + onA + "/runs").then().statusCode(202).extract().jsonPath().getLong("id"))
                .getString("error"));

        JsonPath other = awaitEnd(given().post("/api/sync-targets/" + onB + "/runs").then().statusCode(202)
                .extract().jsonPath().getLong("id"));
        assertEquals("SUCCEEDED", other.getString("status"), "platform B is not blocked by A's breaker: " + other.prettify());
        assertEquals(1, other.getInt("added"));
    }
}
