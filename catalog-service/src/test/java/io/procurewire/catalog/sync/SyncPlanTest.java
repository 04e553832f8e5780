package io.procurewire.catalog.sync;

import io.procurewire.catalog.product.ProductKey;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SyncPlanTest {

    private static SupplierItem item(Long id, String part, String price, Boolean active) {
        return new SupplierItem(id, part, null, "Name " + part, "Desc", price, new SupplierItem.Code("USD"),
                new SupplierItem.Code("EA"), new SupplierItem.Named("43211503"), "Acme", "M-1", 3, null, active,
                new SupplierItem.Numbered("SUP-1"), null, null);
    }

    private static Map<ProductKey, SyncPlan.Desired> desired(SupplierItem... items) {
        Map<ProductKey, SyncPlan.Desired> map = new LinkedHashMap<>();
        for (SupplierItem i : items) {
            map.put(SyncPlan.keyOf(i), new SyncPlan.Desired(i, 7));
        }
        return map;
    }

    private static Map<ProductKey, SupplierItem> remote(SupplierItem... items) {
        Map<ProductKey, SupplierItem> map = new LinkedHashMap<>();
        for (SupplierItem i : items) {
            map.put(SyncPlan.keyOf(i), i);
        }
        return map;
    }

    @Test
    void pushesOnlyAdditionsChangesAndRemovals() {
        SyncPlan plan = SyncPlan.diff(
                desired(item(null, "A", "1.00", true), item(null, "B", "2.00", true), item(null, "C", "3.00", true)),
                remote(item(11L, "B", "2.5", true), item(12L, "C", "3", true), item(13L, "D", "4", true)), null);
        assertEquals(List.of("ADD A", "CHANGE B", "REMOVE D"), plan.steps().stream()
                .map(s -> s.action() + " " + s.key().supplierPartId()).toList());
        assertEquals(1, plan.unchanged(), "3.00 and 3 are the same price");
        assertEquals(11L, plan.steps().get(1).desired().id());
        assertEquals(13L, plan.steps().get(2).remoteId());
    }

    @Test
    void inactiveRemoteItemsAreReactivatedWhenWantedAndLeftAloneOtherwise() {
        SyncPlan plan = SyncPlan.diff(desired(item(null, "A", "1", true)),
                remote(item(11L, "A", "1", false), item(12L, "Z", "1", false)), null);
        assertEquals(List.of("CHANGE A"), plan.steps().stream().map(s -> s.action() + " " + s.key().supplierPartId()).toList());
    }

    @Test
    void aRetryConsidersOnlyTheFailedKeys() {
        SyncPlan plan = SyncPlan.diff(desired(item(null, "A", "1", true), item(null, "B", "2", true)),
                remote(item(13L, "D", "4", true)), Set.of(new ProductKey("B", null)));
        assertEquals(List.of("ADD B"), plan.steps().stream().map(s -> s.action() + " " + s.key().supplierPartId()).toList());
    }
}
