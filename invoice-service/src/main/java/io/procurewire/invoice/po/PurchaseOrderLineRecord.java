package io.procurewire.invoice.po;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "purchase_order_line")
public class PurchaseOrderLineRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "po_number")
    public String poNumber;
    @Column(name = "line_number")
    public int lineNumber;
    public BigDecimal quantity;
    @Column(name = "unit_price")
    public BigDecimal unitPrice;
    public String uom;
    public String commodity;
    @Column(name = "tax_rate")
    public BigDecimal taxRate;
    /** The buyer platform's id of this line (Core API order-line id), once a receipt posting resolved it. */
    @Column(name = "platform_line_id")
    public Long platformLineId;
}
