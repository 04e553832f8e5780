package io.procurewire.invoice.posting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A receipt as a Core API receiving transaction ({@code InventoryReceipt} against the platform's order-line id), and
 * how one of ours is recognised on the platform when its id is not known (plain Java, unit-tested).
 *
 * <p>The platform keeps no field of ours that is unique per receipt and can be queried (the sandbox keeps type,
 * quantity, price, uom, order-line, transaction-date and asn-header; Coupa's match-reference is not modelled there), so
 * a transaction is ours when it has the same order line, type, quantity, transaction date (whole seconds, as the
 * platform keeps it) and ASN number, and no other receipt of ours holds its id. Two unconfirmed receipts identical
 * in all of these are interchangeable for what was received, so confusing them does not change a quantity.
 */
public record PostedTransaction(long orderLineId, BigDecimal quantity, Instant transactionDate, String asnNumber) {

    public static final String TYPE = "InventoryReceipt";

    public PostedTransaction {
        transactionDate = seconds(transactionDate);
    }

    public static Instant seconds(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The POST body. */
    public ObjectNode body() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("type", TYPE);
        body.put("quantity", quantity.stripTrailingZeros().toPlainString());
        body.putObject("order-line").put("id", orderLineId);
        body.put("transaction-date", java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(transactionDate.atOffset(ZoneOffset.UTC)));
        if (asnNumber != null) {
            body.putObject("asn-header").put("asn-number", asnNumber);
        }
        return body;
    }

    /** Whether a transaction the platform lists has this receipt's content. */
    public boolean matches(JsonNode t) {
        String q = t.path("quantity").asText(null);
        String date = t.path("transaction-date").asText(null);
        return matches(t.path("type").asText(), t.path("order-line").path("id").asLong(-1),
                q == null || q.isBlank() ? null : new BigDecimal(q),
                date == null || date.isBlank() ? null : OffsetDateTime.parse(date).toInstant(),
                t.path("asn-header").path("asn-number").asText(null));
    }

    /** The same, for a transaction already read. */
    public boolean matches(String type, long lineId, BigDecimal q, Instant date, String asn) {
        return TYPE.equals(type) && lineId == orderLineId && q != null && q.compareTo(quantity) == 0
                && date != null && seconds(date).equals(transactionDate)
                && (asnNumber == null ? asn == null || asn.isBlank() : asnNumber.equals(asn));
    }
}
