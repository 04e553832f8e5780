package io.procurewire.invoice.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "invoice_line_result")
public class InvoiceLineResultRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "invoice_id")
    public Long invoiceId;
    @Column(name = "invoice_line")
    public int invoiceLine;
    public String kind;
    @Column(name = "po_number")
    public String poNumber;
    @Column(name = "po_line")
    public Integer poLine;
    public BigDecimal consumed;
    @Column(name = "unit_price")
    public BigDecimal unitPrice;
    /** "receiptKey=quantity;..." in FIFO order. */
    public String allocations;
}
