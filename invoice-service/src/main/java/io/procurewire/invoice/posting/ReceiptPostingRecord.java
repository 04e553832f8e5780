package io.procurewire.invoice.posting;

import io.procurewire.invoice.outbox.OutboxRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** One receipt's way to the buyer platform's receiving transactions (see V4__receipt_posting.sql). */
@Entity
@Table(name = "receipt_posting")
public class ReceiptPostingRecord extends OutboxRow {
    @Id
    @Column(name = "receipt_id")
    public Long receiptId;
    public String buyer;
    @Column(name = "po_number")
    public String poNumber;
    @Column(name = "po_line")
    public int poLine;
    @Column(name = "order_line_id")
    public Long orderLineId;
    public BigDecimal quantity;
    @Column(name = "transaction_date")
    public Instant transactionDate;
    @Column(name = "asn_number")
    public String asnNumber;
    /** PENDING, SENDING, SENT, FAILED */
    @Column(name = "attempts_at_requeue")
    public int attemptsAtRequeue;
    @Column(name = "platform_id")
    public Long platformId;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(name = "linked_at")
    public Instant linkedAt;

    public PostedTransaction transaction() {
        return new PostedTransaction(orderLineId, quantity, transactionDate, asnNumber);
    }
}
