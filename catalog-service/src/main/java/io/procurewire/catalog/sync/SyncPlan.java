package io.procurewire.catalog.sync;

import io.procurewire.catalog.product.ProductKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The difference between the buyer's view (what the platform should hold) and what it holds: pure logic.
 * Items are matched by supplier part number + auxiliary part number. A remote item that is inactive and not wanted
 * is left alone; one that is inactive but wanted is changed back to active.
 */
public final class SyncPlan {

    public enum Action { ADD, CHANGE, REMOVE }

    /** desired is null for REMOVE; remoteId is null for ADD. */
    public record Step(Action action, ProductKey key, SupplierItem desired, Long remoteId, Long priceVersion) {
    }

    public record Desired(SupplierItem item, long priceVersion) {
    }

    private final List<Step> steps;
    private final int unchanged;

    private SyncPlan(List<Step> steps, int unchanged) {
        this.steps = steps;
        this.unchanged = unchanged;
    }

    public List<Step> steps() {
        return steps;
    }

    public int unchanged() {
        return unchanged;
    }

    public static ProductKey keyOf(SupplierItem item) {
        return new ProductKey(item.supplierPartNum(), item.supplierAuxPartNum());
    }

    /**
     * @param only when not null, only these keys are considered (a retry of failed items)
     */
    public static SyncPlan diff(Map<ProductKey, Desired> desired, Map<ProductKey, SupplierItem> remote, Set<ProductKey> only) {
        List<Step> steps = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<ProductKey, Desired> e : desired.entrySet()) {
            if (only != null && !only.contains(e.getKey())) {
                continue;
            }
            SupplierItem there = remote.get(e.getKey());
            SupplierItem wanted = e.getValue().item();
            if (there == null) {
                steps.add(new Step(Action.ADD, e.getKey(), wanted, null, e.getValue().priceVersion()));
            } else if (!same(wanted, there)) {
                steps.add(new Step(Action.CHANGE, e.getKey(), wanted.withId(there.id()), there.id(), e.getValue().priceVersion()));
            } else {
                unchanged++;
            }
        }
        for (Map.Entry<ProductKey, SupplierItem> e : remote.entrySet()) {
            if (only != null && !only.contains(e.getKey())) {
                continue;
            }
            if (!desired.containsKey(e.getKey()) && !Boolean.FALSE.equals(e.getValue().active())) {
                steps.add(new Step(Action.REMOVE, e.getKey(), null, e.getValue().id(), null));
            }
        }
        steps.sort(Comparator.comparing((Step s) -> s.key().supplierPartId())
                .thenComparing(s -> s.key().supplierPartAuxiliaryId()).thenComparing(Step::action));
        return new SyncPlan(steps, unchanged);
    }

    /** Whether the platform's item already says what we would push (amounts compared as numbers). */
    static boolean same(SupplierItem wanted, SupplierItem there) {
        return Objects.equals(wanted.name(), there.name())
                && Objects.equals(blank(wanted.description()), blank(there.description()))
                && samePrice(wanted.price(), there.price())
                && Objects.equals(code(wanted.currency()), code(there.currency()))
                && Objects.equals(code(wanted.uom()), code(there.uom()))
                && Objects.equals(wanted.commodity() == null ? null : blank(wanted.commodity().name()),
                there.commodity() == null ? null : blank(there.commodity().name()))
                && Objects.equals(blank(wanted.manufacturer()), blank(there.manufacturer()))
                && Objects.equals(blank(wanted.manufacturerPartNumber()), blank(there.manufacturerPartNumber()))
                && Objects.equals(wanted.leadTime(), there.leadTime())
                && Objects.equals(blank(wanted.imageUrl()), blank(there.imageUrl()))
                && !Boolean.FALSE.equals(there.active())
                && Objects.equals(wanted.contract() == null ? null : wanted.contract().number(),
                there.contract() == null ? null : there.contract().number());
    }

    private static boolean samePrice(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String code(SupplierItem.Code code) {
        return code == null ? null : code.code();
    }

    private static String blank(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
