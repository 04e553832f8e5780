package io.procurewire.ordersync.ledger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.procurewire.ordersync.TestIntegrations;
import io.procurewire.ordersync.delivery.OrderWorker;
import io.procurewire.ordersync.fake.FakeCoupa;
import io.procurewire.ordersync.fake.FakeErp;
import io.procurewire.ordersync.integration.Integration;
import io.procurewire.ordersync.pull.CoupaOrders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Two workers claim and process the same due POs at the same moment: every PO is exported exactly once. */
@QuarkusTest
class ConcurrentWorkersTest {

    @Inject
    Ledger ledger;
    @Inject
    OrderWorker worker;
    @Inject
    FakeCoupa coupa;
    @Inject
    FakeErp erp;

    @Test
    void twoConcurrentWorkersNeverExportOnePoTwice() throws Exception {
        coupa.reset();
        erp.reset();
        String code = TestIntegrations.create(1);
        long integrationId = QuarkusTransaction.requiringNew().call(() -> Integration.byCode(code).id);
        List<ObjectNode> pos = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ObjectNode po = coupa.issue(new Object[]{"PART-" + i, "1", "10"});
            pos.add(po);
            ledger.ingest(integrationId, CoupaOrders.snapshot(po), po.get("id").asLong(), null, Ledger.Source.PULL,
                    null, true, false);
        }
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String owner : List.of("worker-a", "worker-b")) {
                results.add(pool.submit(() -> {
                    int processed = 0;
                    start.await();   // both start claiming at the same moment
                    while (true) {
                        List<Ledger.Claim> claims = ledger.claimDue(owner, 5, Duration.ofMinutes(1), integrationId);
                        for (Ledger.Claim claim : claims) {
                            worker.process(claim, null);
                            processed++;
                        }
                        if (claims.isEmpty()) {
                            return processed;
                        }
                    }
                }));
            }
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get();
            }
            assertThat(total).isEqualTo(30);
        } finally {
            pool.shutdownNow();
        }
        assertThat(erp.received).hasSize(30);
        assertThat(erp.documents).hasSize(30);
        assertThat(coupa.calls.stream().filter(c -> c.startsWith("PUT /api/purchase_orders/") && c.endsWith("?exported=true")))
                .hasSize(30);
        for (ObjectNode po : pos) {
            assertThat(coupa.orders.get(po.get("id").asLong()).get("exported").asBoolean()).isTrue();
        }
    }
}
