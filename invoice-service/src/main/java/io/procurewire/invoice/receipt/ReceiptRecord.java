package io.procurewire.invoice.receipt;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "receipt")
public class ReceiptRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "receipt_key")
    public String receiptKey;
    @Column(name = "po_number")
    public String poNumber;
    @Column(name = "po_line")
    public int poLine;
    public BigDecimal quantity;
    @Column(name = "received_at")
    public Instant receivedAt;
    public String source;
    @Column(name = "created_at")
    public Instant createdAt;
}
