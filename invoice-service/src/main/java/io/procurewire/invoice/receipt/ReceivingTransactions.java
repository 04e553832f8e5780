package io.procurewire.invoice.receipt;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * What a Core API receiving transaction means for matching. {@code InventoryReceipt} is a receipt; the two
 * {@code ...ReturnToSupplier} types are returns (negative quantity); consumption and disposal move stock inside the
 * buyer and do not change what was received from the supplier, so they are skipped. A voided transaction cancels its
 * receipt: it becomes a second receipt record with the opposite quantity (key {@code <key>:void}), so history stays.
 */
public final class ReceivingTransactions {

    /** Prefix of receipt keys that come from the buyer platform's receiving transactions. */
    public static final String KEY_PREFIX = "buyer-rt:";
    static final Set<String> RECEIPTS = Set.of("InventoryReceipt");
    static final Set<String> RETURNS = Set.of("InventoryReturnToSupplier", "ReceivingReturnToSupplier");

    /** A receiving transaction as a receipt: quantity is signed (negative = return). */
    public record Pulled(long transactionId, String key, String poNumber, int poLine, BigDecimal quantity,
                         Instant receivedAt, boolean voided, OffsetDateTime updatedAt, String type, Long orderLineId,
                         String asnNumber) {

        public String voidKey() {
            return key + ":void";
        }
    }

    private ReceivingTransactions() {
    }

    public static long id(JsonNode transaction) {
        return transaction.path("id").asLong();
    }

    public static OffsetDateTime updatedAt(JsonNode transaction) {
        String value = transaction.path("updated-at").asText(null);
        return value == null || value.isBlank() ? null : OffsetDateTime.parse(value);
    }

    /** Empty for types that are not receipts or returns, and for transactions without a PO line or quantity. */
    public static Optional<Pulled> read(JsonNode t) {
        String type = t.path("type").asText("");
        boolean receipt = RECEIPTS.contains(type);
        if (!receipt && !RETURNS.contains(type)) {
            return Optional.empty();
        }
        JsonNode line = t.path("order-line");
        String poNumber = line.path("po-number").asText(null);
        String quantity = t.path("quantity").asText(null);
        if (poNumber == null || !line.hasNonNull("line-num") || quantity == null || quantity.isBlank()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(quantity).abs();
        if (amount.signum() == 0) {
            return Optional.empty();
        }
        String date = t.path("transaction-date").asText(null);
        Instant receivedAt = date == null || date.isBlank() ? null : OffsetDateTime.parse(date).toInstant();
        return Optional.of(new Pulled(id(t), KEY_PREFIX + id(t), poNumber, line.path("line-num").asInt(),
                receipt ? amount : amount.negate(), receivedAt, "voided".equals(t.path("status").asText()),
                updatedAt(t), type, line.hasNonNull("id") ? line.path("id").asLong() : null,
                t.path("asn-header").path("asn-number").asText(null)));
    }
}
