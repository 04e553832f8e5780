package io.procurewire.sandbox.invoice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One invoice line, referencing the PO line it bills. */
@Entity
@Table(name = "invoice_lines")
public class InvoiceLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "invoice_id")
    public Invoice invoice;
    @Column(name = "line_num")
    public int lineNum;
    public String description;
    public BigDecimal quantity;
    public BigDecimal price;
    public BigDecimal total;
    public String uom;
    @Column(name = "po_number")
    public String poNumber;
    @Column(name = "order_line_num")
    public Integer orderLineNum;
    @Column(name = "supplier_part_num")
    public String supplierPartNum;
}
