package io.procurewire.catalog.sync;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplicaIdTest {

    @Test
    void namesTheReplicaAfterThePodWithASuffixDrawnAtStart() {
        String id = new ReplicaId(Map.of("HOSTNAME", "catalog-service-7d9f5-x2k8q")).value();
        assertTrue(id.matches("catalog-service-7d9f5-x2k8q-[0-9a-f]{8}"), id);
    }

    @Test
    void everyStartDrawsItsOwnIdEvenOnIdenticalPods() {
        Map<String, String> sameImageSameName = Map.of("HOSTNAME", "catalog");
        assertNotEquals(new ReplicaId(sameImageSameName).value(), new ReplicaId(sameImageSameName).value());
        assertNotEquals(new ReplicaId(Map.of()).value(), new ReplicaId(Map.of()).value());
    }

    @Test
    void staysWithinTheLeaseOwnerColumn() {
        String id = new ReplicaId(Map.of("HOSTNAME", "h".repeat(300))).value();
        assertEquals(100, id.length());
        assertTrue(new ReplicaId(Map.of()).value().startsWith("replica-"));
    }
}
