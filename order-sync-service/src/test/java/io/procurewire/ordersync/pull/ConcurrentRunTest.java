package io.procurewire.ordersync.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.procurewire.ordersync.OrderSyncConfig;
import io.procurewire.ordersync.delivery.OrderWorker;
import io.procurewire.ordersync.fake.FakeCoupa;
import io.procurewire.ordersync.fake.FakeErp;
import io.procurewire.ordersync.integration.Integration;
import io.procurewire.ordersync.ledger.Ledger;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static io.procurewire.ordersync.TestIntegrations.admin;
import static io.procurewire.ordersync.TestIntegrations.create;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run works on several POs at once (delivery.workers threads, each with its own lease): the ERP really sees
 * that many calls in flight together, yet every PO version reaches the ERP once, is marked exported once after the
 * ERP accepted it, and the run counts (ours and option 3's integration run on the platform) add up although the POs
 * finish in any order; a second replica working the same integration at the same time changes none of that.
 */
@QuarkusTest
class ConcurrentRunTest {

    @Inject
    FakeCoupa coupa;
    @Inject
    FakeErp erp;
    @Inject
    OrderSyncConfig config;
    @Inject
    Ledger ledger;
    @Inject
    OrderWorker worker;

    @BeforeEach
    void reset() {
        coupa.reset();
        erp.reset();
    }

    private List<ObjectNode> issue(int count) {
        List<ObjectNode> pos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pos.add(coupa.issue(new Object[]{"PART-" + i, "1", "10"}, new Object[]{"BOLT-" + i, "4", "0.25"}));
        }
        return pos;
    }

    @Test
    void concurrentWorkersOfOneRunExportEachPoOnceAndTheOptionThreeRunCountsAddUp() {
        int workers = config.delivery().workers();
        assertThat(workers).isGreaterThan(1);
        String code = create(3);
        List<ObjectNode> pos = issue(24);
        // the first `workers` ERP calls wait for each other: only truly concurrent workers get past this gate
        erp.gate = new CountDownLatch(workers);
        erp.failNext(400, 400); // two POs are refused for good: dead letters, counted as failed

        JsonPath run = admin().when().post("/api/integrations/" + code + "/runs").then().statusCode(200)
                .extract().jsonPath();

        assertThat(erp.gate.getCount()).as("ERP calls in flight at once").isZero();
        assertThat(run.getString("state")).isEqualTo("succeeded");
        assertThat(run.getInt("listed")).isEqualTo(24);
        assertThat(run.getInt("newVersions")).isEqualTo(24);
        assertThat(run.getInt("succeeded")).isEqualTo(22);
        assertThat(run.getInt("failed")).isEqualTo(2);

        // every accepted PO version reached the ERP once and got one document
        Map<String, Long> sends = erp.received.stream().collect(Collectors.groupingBy(
                b -> b.get("po-number").asText() + "/" + b.get("version").asInt(), Collectors.counting()));
        assertThat(sends).hasSize(22).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
        assertThat(erp.documents).hasSize(22);
        // marked exported once each, by the success record, and only for what the ERP accepted
        assertThat(coupa.countCalls("POST /api/integration_history_records/mark_exported")).isEqualTo(22);
        int exported = 0;
        int refused = 0;
        for (ObjectNode po : pos) {
            List<ObjectNode> records = coupa.historyOf(po.get("id").asLong());
            assertThat(records).hasSize(1);
            boolean inErp = sends.containsKey(po.get("po-number").asText() + "/1");
            assertThat(coupa.orders.get(po.get("id").asLong()).get("exported").asBoolean()).isEqualTo(inErp);
            assertThat(records.get(0).get("status").asText()).isEqualTo(inErp ? "success" : "error");
            if (inErp) {
                exported++;
            } else {
                refused++;
            }
        }
        assertThat(exported).isEqualTo(22);
        assertThat(refused).isEqualTo(2);
        assertThat(coupa.errors).hasSize(2);
        // the integration run on the platform carries the same counts
        assertThat(coupa.runs).hasSize(1);
        JsonNode platformRun = coupa.runs.values().iterator().next();
        assertThat(platformRun.get("total-records").asInt()).isEqualTo(24);
        assertThat(platformRun.get("success-count").asInt()).isEqualTo(22);
        assertThat(platformRun.get("error-count").asInt()).isEqualTo(2);
        assertThat(platformRun.get("status").asText()).isEqualTo("successful");
        assertThat(coupa.historyOf(pos.get(0).get("id").asLong()).get(0).get("integration-run").get("id").asLong())
                .isEqualTo(platformRun.get("id").asLong());
    }

    @Test
    void aSecondReplicaWorkingTheSameIntegrationDuringTheRunNeverExportsAPoTwice() throws Exception {
        String code = create(2);
        long integrationId = QuarkusTransaction.requiringNew().call(() -> Integration.byCode(code).id);
        // no reconciliation pass in this run: a page it fetched before the other replica marked a PO would reopen
        // that PO for one more (idempotent) export mark, a completion counted twice; this test is about the workers
        QuarkusTransaction.requiringNew().run(() -> Integration.getEntityManager().createNativeQuery(
                "UPDATE integration SET next_reconcile_at = now() + interval '1 hour' WHERE id = ?1")
                .setParameter(1, integrationId).executeUpdate());
        List<ObjectNode> pos = issue(30);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<JsonPath> run = threads.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return admin().when().post("/api/integrations/" + code + "/runs").then().statusCode(200)
                        .extract().jsonPath();
            });
            Future<Integer> replica = threads.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                int completed = 0;
                boolean last = false;
                while (true) {
                    boolean runDone = run.isDone();
                    List<Ledger.Claim> claims = ledger.claimDue("replica-b", 2, Duration.ofMinutes(1), integrationId);
                    for (Ledger.Claim claim : claims) {
                        completed += worker.process(claim, null).completed();
                    }
                    if (claims.isEmpty()) {
                        if (last) {
                            return completed;
                        }
                        last = runDone;
                        Thread.sleep(20);
                    }
                }
            });
            JsonPath result = run.get(2, TimeUnit.MINUTES);
            int byReplica = replica.get(2, TimeUnit.MINUTES);
            assertThat(result.getString("state")).isEqualTo("succeeded");
            assertThat(result.getInt("failed")).isZero();
            assertThat(result.getInt("succeeded") + byReplica).isEqualTo(30);
        } finally {
            threads.shutdownNow();
        }
        Map<String, Long> sends = erp.received.stream().collect(Collectors.groupingBy(
                b -> b.get("po-number").asText() + "/" + b.get("version").asInt(), Collectors.counting()));
        assertThat(sends).hasSize(30).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
        assertThat(coupa.countCalls("POST /api/integration_history_records/mark_exported")).isEqualTo(30);
        for (ObjectNode po : pos) {
            assertThat(coupa.historyOf(po.get("id").asLong())).hasSize(1);
            assertThat(coupa.orders.get(po.get("id").asLong()).get("exported").asBoolean()).isTrue();
        }
    }
}
