package io.procurewire.invoice.receipt;

import io.procurewire.invoice.posting.ReceiptPostings;
import io.procurewire.invoice.rematch.RematchQueue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Records receipts from every channel (API, ShipNotice, the buyer platform's receiving transactions) once per key,
 * and requests the re-match of the PO's undecided invoices in the same transaction. A receipt the buyer takes back
 * ({@link ReceiptPostings}) gets its outbox row in that transaction too.
 */
@ApplicationScoped
public class ReceiptBook {

    public record Recorded(ReceiptRecord receipt, boolean created) {
    }

    private final RematchQueue rematch;
    private final ReceiptPostings postings;

    public ReceiptBook(RematchQueue rematch, ReceiptPostings postings) {
        this.rematch = rematch;
        this.postings = postings;
    }

    public Recorded record(String key, String poNumber, int poLine, BigDecimal quantity, Instant receivedAt,
                           String source) {
        return record(key, poNumber, poLine, quantity, receivedAt, source, null);
    }

    /** {@code buyer}: the buyer the channel names, or null (then the PO's buyer decides whether it is posted). */
    public Recorded record(String key, String poNumber, int poLine, BigDecimal quantity, Instant receivedAt,
                           String source, String buyer) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Optional<ReceiptRecord> known = ReceiptRecord.find("receiptKey", key).firstResultOptional();
                if (known.isPresent()) {
                    return new Recorded(known.get(), false);
                }
                ReceiptRecord receipt = new ReceiptRecord();
                receipt.receiptKey = key;
                receipt.poNumber = poNumber;
                receipt.poLine = poLine;
                receipt.quantity = quantity;
                receipt.receivedAt = receivedAt == null ? Instant.now() : receivedAt;
                receipt.source = source;
                receipt.createdAt = Instant.now();
                receipt.persistAndFlush();
                postings.enqueue(receipt, buyer, null);
                rematch.requestForPurchaseOrder(poNumber, "receipt " + key + " for PO " + poNumber);
                return new Recorded(receipt, true);
            });
        } catch (PersistenceException raceLost) {
            return QuarkusTransaction.requiringNew().call(() -> new Recorded(
                    ReceiptRecord.<ReceiptRecord>find("receiptKey", key).firstResultOptional().orElseThrow(() -> raceLost),
                    false));
        }
    }
}
