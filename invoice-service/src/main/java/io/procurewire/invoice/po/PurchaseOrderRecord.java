package io.procurewire.invoice.po;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** PO header as last read from the PO source. */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrderRecord extends PanacheEntityBase {
    @Id
    @Column(name = "po_number")
    public String poNumber;
    public String buyer;
    public String supplier;
    public String currency;
    @Column(name = "order_date")
    public LocalDate orderDate;
    @Column(name = "fetched_at")
    public Instant fetchedAt;
}
