package io.procurewire.ordersync.pull;

import com.fasterxml.jackson.databind.JsonNode;
import io.procurewire.ordersync.ledger.PoSnapshot;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads the Core API's purchase-order JSON (hyphenated keys) into ledger snapshots. */
public final class CoupaOrders {

    /**
     * The fields the export needs (Coupa's {@code fields=} trimming): header, supplier number, ship-to, lines.
     * Everything else Coupa would send (full associations) stays on the platform.
     */
    public static final String FIELDS = "[\"id\",\"po-number\",\"status\",\"version\",\"updated-at\",\"exported\","
            + "{\"currency\":[\"code\"]},{\"supplier\":[\"number\"]},"
            + "{\"ship-to-address\":[\"name\",\"street1\",\"city\",\"postal-code\",{\"country\":[\"code\"]}]},"
            + "{\"ship-to-user\":[\"email\"]},"
            + "{\"order-lines\":[\"line-num\",\"description\",\"quantity\",\"price\",{\"uom\":[\"code\"]},"
            + "\"source-part-num\",\"supplier-aux-part-num\",{\"commodity\":[\"name\"]},\"need-by-date\",\"deleted\"]}]";

    private CoupaOrders() {
    }

    public static PoSnapshot snapshot(JsonNode po) {
        List<PoSnapshot.Line> lines = new ArrayList<>();
        for (JsonNode line : po.path("order-lines")) {
            lines.add(new PoSnapshot.Line(line.path("line-num").asInt(), text(line, "source-part-num"),
                    text(line, "supplier-aux-part-num"), text(line, "description"), decimal(line, "quantity"),
                    decimal(line, "price"), text(line.path("uom"), "code"), text(line.path("commodity"), "name"),
                    text(line, "need-by-date"), line.path("deleted").asBoolean(false)));
        }
        JsonNode ship = po.path("ship-to-address");
        return new PoSnapshot(text(po, "po-number"), po.hasNonNull("version") ? po.get("version").asInt() : null,
                text(po, "status"), text(po.path("currency"), "code"), text(po.path("supplier"), "number"),
                text(ship, "name"), text(ship, "street1"), text(ship, "city"), text(ship, "postal-code"),
                text(ship.path("country"), "code"), text(po.path("ship-to-user"), "email"), lines);
    }

    public static long id(JsonNode po) {
        return po.path("id").asLong();
    }

    public static boolean exported(JsonNode po) {
        return po.path("exported").asBoolean(false);
    }

    public static OffsetDateTime updatedAt(JsonNode po) {
        String value = text(po, "updated-at");
        return value == null ? null : OffsetDateTime.parse(value);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static BigDecimal decimal(JsonNode node, String field) {
        String value = text(node, field);
        return value == null || value.isBlank() ? null : new BigDecimal(value);
    }
}
