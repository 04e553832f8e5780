package io.procurewire.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of order-sync-service on one database, both running the schedule against the same sandbox. The one
 * running the export is killed with SIGKILL in the middle of it (no shutdown hook, no drain: its leases simply stop
 * being renewed); the other takes the work over when the leases expire, and every PO still reaches the ERP exactly
 * once. The killed replica is then started again and rejoins without sending anything twice.
 */
class OrderSyncReplicasTest {

    private static final int POS = 40;

    private final OrderSyncWorld world = OrderSyncWorld.get();
    private final BuyerPlatform platform = new BuyerPlatform(world.sandbox());
    private final List<OrderSyncWorld.Replica> started = new ArrayList<>();
    private String code;
    private OrderSyncApi api;

    /** Both replicas run due integrations every second; a dead replica's leases expire after 10 s. */
    private Map<String, String> replicaConfiguration() {
        Map<String, String> config = new HashMap<>(OrderSyncApi.configuration(world.sandbox()));
        config.put("procurewire.order-sync.pull.schedule-enabled", "true");
        config.put("procurewire.order-sync.pull.tick", "1s");
        config.put("procurewire.order-sync.lease.duration", "PT10S");
        config.put("procurewire.order-sync.delivery.backoff-base", "PT0.2S");
        config.put("procurewire.order-sync.delivery.backoff-max", "PT2S");
        return config;
    }

    @AfterEach
    void cleanUp() {
        platform.clearFaults();
        platform.resetRateLimit();
        if (api != null) {
            api.deleteIntegration(code);
        }
        started.forEach(world::stop);
    }

    @Test
    void aReplicaKilledMidRunLeavesNoPoLostAndNoneTwiceAndRejoinsWithoutADuplicate() throws Exception {
        String supplier = "SUP-HA-" + UUID.randomUUID().toString().substring(0, 8);
        platform.promptSupplier(supplier);
        // the rate limit is not what this scenario is about; its per-PO checks would spend the scenario's own bucket
        platform.rateLimit(false, 25, 20);
        Map<Long, String> pos = new LinkedHashMap<>();
        for (int i = 0; i < POS; i++) {
            long po = platform.issuePo(supplier, 5);
            pos.put(po, platform.poNumber(po));
        }
        OrderSyncWorld.Replica first = world.startReplica("ha-1", replicaConfiguration());
        OrderSyncWorld.Replica second = world.startReplica("ha-2", replicaConfiguration());
        started.add(first);
        started.add(second);
        // every ERP call takes 600 ms more, so the run lasts long enough to be killed in the middle although a run
        // works on delivery.workers (4) POs at once, several of them in flight when it is killed (latency only:
        // the earlier run also set dropPath /erp/, which drops every ERP request, the scenario's own checks included,
        // and that was the "sandbox stopped answering" it met)
        Map<String, Object> slowErp = new LinkedHashMap<>(OrderSyncScenarioTest.faults(0, 600, null, 0));
        slowErp.put("eligiblePaths", List.of("/erp/"));
        platform.faults(slowErp);
        code = "e2e-ha-" + UUID.randomUUID().toString().substring(0, 6);
        api = new OrderSyncApi(first.baseUrl());
        api.createIntegration(code, 2, world.sandbox(), "PT2S", supplier);

        // wait until some, not all, of the POs are in the ERP, and kill the replica holding the run
        OrderSyncScenarioTest.awaitTrue(Duration.ofSeconds(300), () -> {
            try {
                return erpCount(pos) >= 5;
            } catch (Exception slowSandbox) {
                // a poll the (loaded) sandbox did not answer is just another poll
                return false;
            }
        });
        OptionalLong runner = world.runningReplicaPid(code);
        OrderSyncWorld.Replica victim = runner.isPresent() && runner.getAsLong() == second.pid() ? second : first;
        OrderSyncWorld.Replica survivor = victim == first ? second : first;
        int beforeKill = erpCount(pos);
        world.kill(victim);
        assertThat(victim.alive()).isFalse();
        assertThat(beforeKill).as("killed in the middle of the run").isLessThan(POS);

        api = new OrderSyncApi(survivor.baseUrl());
        awaitAllExported(supplier, Duration.ofMinutes(3));
        assertExactlyOnce(pos);

        // the killed replica comes back and rejoins; nothing is sent twice
        OrderSyncWorld.Replica restarted = world.startReplica(victim.name(), replicaConfiguration());
        started.add(restarted);
        long extra = platform.issuePo(supplier, 5);
        pos.put(extra, platform.poNumber(extra));
        awaitAllExported(supplier, Duration.ofMinutes(2));
        Thread.sleep(5000); // several more schedule ticks on both replicas
        assertExactlyOnce(pos);
        assertThat(api.deadLetters(code)).isEmpty();
    }

    private int erpCount(Map<Long, String> pos) {
        java.util.Set<String> numbers = new java.util.HashSet<>(pos.values());
        return (int) platform.allErpDocuments().stream().map(d -> (String) d.get("po-number"))
                .filter(numbers::contains).distinct().count();
    }

    private void awaitAllExported(String supplier, Duration timeout) {
        OrderSyncScenarioTest.awaitTrue(timeout, () -> {
            try {
                return platform.unexported(supplier).isEmpty();
            } catch (Exception | AssertionError slowSandbox) {
                return false;
            }
        });
    }

    private void assertExactlyOnce(Map<Long, String> pos) {
        List<Map<String, Object>> all = platform.allErpDocuments();
        for (Map.Entry<Long, String> po : pos.entrySet()) {
            List<Map<String, Object>> erp = all.stream().filter(d -> po.getValue().equals(d.get("po-number"))).toList();
            assertThat(erp).as("ERP documents of PO " + po.getValue()).hasSize(1);
            assertThat(erp.getFirst()).containsEntry("version", 1);
            assertThat(platform.historyRecords(po.getKey()).stream()
                    .filter(r -> "success".equals(r.get("status"))).count())
                    .as("success records of PO " + po.getValue()).isEqualTo(1);
        }
    }
}
