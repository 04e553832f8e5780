package io.procurewire.invoice.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A received invoice, credit or debit note: its current document (JSON of the matching model, the latest revision) and
 * its current match state.
 */
@Entity
@Table(name = "invoice")
public class InvoiceRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String supplier;
    public String buyer;
    @Column(name = "invoice_number")
    public String invoiceNumber;
    @Column(name = "normalized_number")
    public String normalizedNumber;
    @Column(name = "payload_id")
    public String payloadId;
    public String purpose;
    @Column(name = "invoice_date")
    public LocalDate invoiceDate;
    public String currency;
    public String origin;
    public String document;
    public String status;
    @Column(name = "expected_total")
    public BigDecimal expectedTotal;
    @Column(name = "actual_total")
    public BigDecimal actualTotal;
    @Column(name = "written_off")
    public BigDecimal writtenOff;
    @Column(name = "match_runs")
    public int matchRuns;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "matched_at")
    public Instant matchedAt;
    /** 1 for the first document; each correction adds one (earlier revisions in {@link InvoiceRevisionRecord}). */
    public int revision = 1;
    @Column(name = "cancelled_at")
    public Instant cancelledAt;
}
