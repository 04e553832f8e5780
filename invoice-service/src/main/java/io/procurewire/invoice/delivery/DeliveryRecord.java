package io.procurewire.invoice.delivery;

import io.procurewire.invoice.outbox.OutboxRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One invoice's way to the buyer platform (see V2__buyer_delivery.sql for the state machine). */
@Entity
@Table(name = "invoice_delivery")
public class DeliveryRecord extends OutboxRow {
    @Id
    @Column(name = "invoice_id")
    public Long invoiceId;
    public String buyer;
    @Column(name = "target_url")
    public String targetUrl;
    @Column(name = "payload_id")
    public String payloadId;
    public String document;
    /** QUEUED, SENT, ACCEPTED, REJECTED, FAILED */
    @Column(name = "status_code")
    public Integer statusCode;
    @Column(name = "status_text")
    public String statusText;
    @Column(name = "queued_at")
    public Instant queuedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
}
