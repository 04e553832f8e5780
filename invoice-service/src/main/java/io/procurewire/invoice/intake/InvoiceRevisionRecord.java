package io.procurewire.invoice.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A revision of an invoice that a correction replaced: the document as it was, and the status it had then. */
@Entity
@Table(name = "invoice_revision")
public class InvoiceRevisionRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "invoice_id")
    public Long invoiceId;
    public int revision;
    @Column(name = "payload_id")
    public String payloadId;
    public String origin;
    public String purpose;
    public String document;
    public String status;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "replaced_at")
    public Instant replacedAt;
}
