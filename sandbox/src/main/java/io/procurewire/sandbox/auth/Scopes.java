package io.procurewire.sandbox.auth;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which scope a Core API call needs, named as Coupa names them: {@code core.<object>.read} for GET,
 * {@code core.<object>.write} for anything else. Confirmed in public sources: core.purchase_order.*, core.invoice.*,
 * core.supplier.*, core.common.read. Chosen by analogy (UNVERIFIED): core.integration.*, core.inventory.receiving.*,
 * core.catalog.* (agreed with catalog-service for supplier_items).
 */
public final class Scopes {

    private static final Map<String, String> OBJECT_BY_RESOURCE = Map.ofEntries(
            Map.entry("purchase_orders", "core.purchase_order"),
            Map.entry("purchase_order_lines", "core.purchase_order"),
            Map.entry("suppliers", "core.supplier"),
            Map.entry("supplier_items", "core.catalog"),
            Map.entry("integration_runs", "core.integration"),
            Map.entry("integration_history_records", "core.integration"),
            Map.entry("integration_errors", "core.integration"),
            Map.entry("integrations", "core.integration"),
            Map.entry("receiving_transactions", "core.inventory.receiving"),
            Map.entry("invoices", "core.invoice"));

    private Scopes() {
    }

    public static Set<String> parse(String spaceSeparated) {
        if (spaceSeparated == null || spaceSeparated.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** @param apiPath path below /api/, e.g. "purchase_orders/12/cancel" */
    public static Optional<String> required(String method, String apiPath) {
        String resource = apiPath.split("/", 2)[0];
        String object = OBJECT_BY_RESOURCE.get(resource);
        if (object == null) {
            return Optional.empty();
        }
        boolean read = "GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method);
        return Optional.of(object + (read ? ".read" : ".write"));
    }

    public static Set<String> known() {
        Set<String> all = new LinkedHashSet<>();
        OBJECT_BY_RESOURCE.values().forEach(o -> {
            all.add(o + ".read");
            all.add(o + ".write");
        });
        return all;
    }
}
