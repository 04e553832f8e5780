package io.procurewire.ordersync.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Line-level changes of a PO version against the version last sent to the ERP: lines added, changed (same line
 * number, different content) and deleted (gone, or flagged deleted by show_deleted_lines).
 */
public record LineDiff(List<PoSnapshot.Line> added, List<Change> changed, List<PoSnapshot.Line> deleted) {

    public record Change(PoSnapshot.Line before, PoSnapshot.Line after) {
    }

    public static LineDiff between(PoSnapshot previous, PoSnapshot current) {
        Map<Integer, PoSnapshot.Line> before = byNumber(previous == null ? List.of() : previous.activeLines());
        Map<Integer, PoSnapshot.Line> after = byNumber(current.activeLines());
        List<PoSnapshot.Line> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        List<PoSnapshot.Line> deleted = new ArrayList<>();
        for (PoSnapshot.Line line : after.values()) {
            PoSnapshot.Line old = before.get(line.lineNumber());
            if (old == null) {
                added.add(line);
            } else if (!old.contentKey().equals(line.contentKey())) {
                changed.add(new Change(old, line));
            }
        }
        for (PoSnapshot.Line old : before.values()) {
            if (!after.containsKey(old.lineNumber())) {
                deleted.add(old);
            }
        }
        return new LineDiff(List.copyOf(added), List.copyOf(changed), List.copyOf(deleted));
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && deleted.isEmpty();
    }

    private static Map<Integer, PoSnapshot.Line> byNumber(List<PoSnapshot.Line> lines) {
        Map<Integer, PoSnapshot.Line> map = new LinkedHashMap<>();
        lines.forEach(l -> map.put(l.lineNumber(), l));
        return map;
    }
}
